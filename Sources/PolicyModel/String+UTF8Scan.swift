extension String {
    /// Whether any UTF-8 byte of the string satisfies `predicate`: the test escapers make before
    /// copying, so that text with nothing to escape is returned as it is.
    @inlinable
    public func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        // A plain loop over contiguous bytes is about three times as fast as the view's iterator.
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
