import PolicyModel

extension Array where Element == Inline {
    /// The content normalized again after editing: whitespace collapsed, empty elements dropped.
    var normalized: [Inline] {
        var collector = InlineCollector(tidy: true)
        collector.append(self)
        return collector.result
    }
}
