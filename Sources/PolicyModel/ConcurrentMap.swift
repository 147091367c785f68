import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed on all cores, in the array's order, as `map` would return them.
    ///
    /// When transforms throw, the error of the first element that failed is rethrown.
    public func concurrentMap<Result: Sendable>(
        _ transform: @Sendable (Element) throws -> Result
    ) throws -> [Result] {
        try concurrentMap { element in Swift.Result { try transform(element) } }.map { try $0.get() }
    }

    /// The elements transformed on all cores, in the array's order, as `map` would return them.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
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
