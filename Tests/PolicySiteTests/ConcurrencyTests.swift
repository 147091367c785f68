import Dispatch
@testable import PolicySite
import Testing

@Suite("Running work on all cores")
struct ConcurrencyTests {
    @Test("concurrentMap returns results in the array's order, and rethrows the first failure in that order")
    func concurrentMapOrder() throws {
        let numbers = Array(0..<500)
        #expect(numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
        struct Failure: Error, Equatable { var index: Int }
        #expect(throws: Failure(index: 7)) {
            try numbers.concurrentMap { number -> Int in
                if number == 7 || number == 400 { throw Failure(index: number) }
                return number
            }
        }
    }

    @Test("concurrently runs every task, at the same time, and returns results in the tasks' order")
    func concurrentlyOrder() {
        // Each task waits until every task has arrived, so running them one after another could
        // not finish; the wait is bounded, so that failure shows as `false`, not a stuck test.
        let count = 3
        let arrivals = DispatchGroup()
        for _ in 0..<count { arrivals.enter() }
        let tasks: [@Sendable () -> Bool] = (0..<count).map { _ in
            {
                arrivals.leave()
                return arrivals.wait(timeout: .now() + 10) == .success
            }
        }
        #expect(concurrently(tasks) == Array(repeating: true, count: count))
        #expect(concurrently([{ "a" }, { "b" }, { "c" }]) == ["a", "b", "c"])
        let (one, two) = concurrently({ 1 }, { "two" })
        #expect(one == 1 && two == "two")
    }
}
