import Foundation

/// The regular expressions the importers write into their own source, compiled once.
enum FixedPattern {
    /// The compiled expression; nil only for a pattern that does not compile, which then matches
    /// nothing instead of stopping the import (`FixedPatternTests` holds every one compiling).
    static func compile(_ pattern: String, options: NSRegularExpression.Options = []) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: options)
    }
}
