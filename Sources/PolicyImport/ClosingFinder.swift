import Foundation
import PolicyModel

/// Finds closing matter: a date line ("December, 2012", "Last updated: …", "Effective …") among
/// the last few paragraphs of the document, with everything after it.
enum ClosingFinder {
    private static let months =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?"
    private static let date =
        "(?:\(months)\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+\(months),?\\s+\\d{4}|\(months),?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?)"
    private static let prefix =
        "(?:(?:last\\s+)?(?:updated|modified|revised|amended)(?:\\s+on)?|effective(?:\\s+date)?(?:\\s+as\\s+of)?|dated?|(?:this\\s+)?(?:policy|notice|statement)\\s+(?:was\\s+)?(?:last\\s+)?(?:updated|revised|modified)(?:\\s+on)?)\\s*[:：]?\\s*"
    static let pattern = FixedPattern.compile(
        "^(?:\(prefix))?(\(date))\\.?$", options: [.caseInsensitive])

    /// True when the text is only a date line.
    static func isDateLine(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return pattern?.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    /// The date as written in a date line, without "Last updated:" or similar words before it.
    static func writtenDate(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        guard let match = pattern?.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
            let range = Range(match.range(at: 1), in: trimmed)
        else { return nil }
        return String(trimmed[range])
    }

    /// Removes and returns the closing matter at the end of the last section, depth first.
    static func take(from section: inout DraftSection) -> [RawBlock] {
        if !section.subsections.isEmpty {
            return take(from: &section.subsections[section.subsections.count - 1])
        }
        return take(from: &section.raw)
    }

    /// Removes and returns a trailing date line and the at most three paragraphs after it.
    static func take(from blocks: inout [RawBlock]) -> [RawBlock] {
        for index in blocks.indices.reversed() {
            guard case .paragraph(let content, _) = blocks[index] else { return [] }
            if isDateLine(content.plainText()) {
                guard blocks.count - index <= 4 else { return [] }
                let closing = Array(blocks[index...])
                blocks.removeSubrange(index...)
                return closing
            }
        }
        return []
    }

    /// Marks the date line and a short signature line right after it.
    static func roles(_ blocks: [Block]) -> [Block] {
        var result = blocks
        guard case .paragraph(var date)? = result.first else { return result }
        date.role = .date
        result[0] = .paragraph(date)
        if result.count > 1, case .paragraph(var signature) = result[1] {
            let text = signature.content.plainText()
            let words = text.split(separator: " ").count
            let abbreviation = ["Ltd.", "Inc.", "Co.", "LLC.", "Corp.", "S.A.", "GmbH."].contains { text.hasSuffix($0) }
            if words <= 8, !text.hasSuffix(":"), !text.hasSuffix(".") || abbreviation {
                signature.role = .signature
                result[1] = .paragraph(signature)
            }
        }
        return result
    }
}
