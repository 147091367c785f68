import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed on all cores, in the array's order, as `map` would return them.
    ///
    /// When transforms throw, the error of the first element that failed is rethrown.
    func concurrentMap<Result: Sendable>(
        _ transform: @Sendable (Element) throws -> Result
    ) throws -> [Result] {
        try concurrentMap { element in Swift.Result { try transform(element) } }.map { try $0.get() }
    }

    /// The elements transformed on all cores, in the array's order, as `map` would return them.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let transform = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.set(index, transform.value(self[index]))
            }
        }
        return slots.values
    }
}

/// One slot per element, each written by exactly one iteration, read after all have finished.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value] { storage.map { $0! } }
}

/// Carries a closure into `concurrentPerform`, whose iterations only read it.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Runs every task at the same time, the first on the calling thread and each other on a thread
/// of the shared pool, and returns their results in the order of `tasks`.
///
/// Unlike `concurrentMap`, the tasks are not iterations of one loop, so a `concurrentMap` inside
/// a task still spreads over every core the other tasks leave free.
func concurrently<Result: Sendable>(_ tasks: [@Sendable () -> Result]) -> [Result] {
    guard let first = tasks.first else { return [] }
    let slots = Slots<Result>(count: tasks.count)
    let group = DispatchGroup()
    for index in tasks.indices.dropFirst() {
        let task = tasks[index]
        DispatchQueue.global().async(group: group) { slots.set(index, task()) }
    }
    slots.set(0, first())
    group.wait()
    return slots.values
}

/// Runs `first` on the calling thread while `second` runs on a thread of the shared pool, and
/// returns both results.
func concurrently<First, Second: Sendable>(
    _ first: () -> First, _ second: @escaping @Sendable () -> Second
) -> (First, Second) {
    let slot = Slots<Second>(count: 1)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { slot.set(0, second()) }
    let one = first()
    group.wait()
    return (one, slot.values[0])
}
