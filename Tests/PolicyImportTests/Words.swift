import Foundation
import PolicyModel

/// Words as the fidelity report counts them: runs of letters and digits, lower-cased; each
/// Han, Hiragana or Katakana character is a word of its own, as Japanese has no spaces.
enum Words {
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            let value = scalar.value
            let ideographic = (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            if ideographic {
                if !current.isEmpty { words.append(current) }
                current = ""
                words.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The reader's text of a policy, in order: title, preamble, sections (heading, body,
    /// subsections), closing and notes. Note references and numbers are computed, so left out.
    /// (A stand-in for `codicil render --format txt` until the renderer exists.)
    static func of(_ policy: Policy) -> [String] {
        var text: [String] = [policy.title.plainText()]
        func addBlocks(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): text.append(paragraph.content.plainText())
                case .list(let list):
                    for item in list.items {
                        text.append(item.content.plainText())
                        addBlocks(item.blocks)
                    }
                case .table(let table):
                    if let caption = table.caption { text.append(caption.plainText()) }
                    for row in (table.header.map { [$0] } ?? []) + table.rows.map(\.cells) {
                        text += row.map { $0.plainText() }
                    }
                }
            }
        }
        func addSections(_ sections: [Section]) {
            for section in sections {
                text.append(section.heading.plainText())
                addBlocks(section.blocks)
                addSections(section.subsections)
            }
        }
        addBlocks(policy.preamble)
        addSections(policy.sections)
        addBlocks(policy.closing)
        for note in policy.notes { text.append(note.content.plainText()) }
        return text.flatMap { of($0) }
    }
}

/// How many words of an original a copy kept, lost and added, counted as multisets.
struct WordComparison {
    var original: Int
    var kept: Int
    var lost: Int
    var added: Int
    /// Lost words that were written section numbers, the only words allowed to go.
    var lostNumbers: Int
    /// The words lost other than section numbers, most frequent first.
    var lostWords: [(String, Int)]

    init(original: [String], copy: [String], numbers: [String]) {
        var counts: [String: Int] = [:]
        for word in original { counts[word, default: 0] += 1 }
        var copyCounts: [String: Int] = [:]
        for word in copy { copyCounts[word, default: 0] += 1 }
        var numberCounts: [String: Int] = [:]
        for word in numbers { numberCounts[word, default: 0] += 1 }
        self.original = original.count
        kept = counts.reduce(0) { $0 + min($1.value, copyCounts[$1.key] ?? 0) }
        lost = original.count - kept
        added = copy.count - kept
        var numbersLost = 0
        var others: [(String, Int)] = []
        for (word, count) in counts {
            let missing = count - min(count, copyCounts[word] ?? 0)
            guard missing > 0 else { continue }
            let asNumber = min(missing, numberCounts[word] ?? 0)
            numbersLost += asNumber
            if missing > asNumber { others.append((word, missing - asNumber)) }
        }
        lostNumbers = numbersLost
        lostWords = others.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    }

    /// Kept words as a share of the words that had to be kept (all but section numbers).
    var keptShare: Double {
        let required = original - lostNumbers
        return required == 0 ? 1 : Double(kept) / Double(required)
    }
}
