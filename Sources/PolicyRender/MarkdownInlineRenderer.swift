import PolicyModel

/// Escapes text so that CommonMark (and GitHub) shows every character literally.
public enum MarkdownEscaping {
    /// Whether a byte is a character that is markup wherever it stands: \ ` * _ [ ] < > # | ~ & ! $
    static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C, 0x7E, 0x26, 0x21, 0x24: true
        default: false
        }
    }

    /// Backslash-escapes markup characters; `atLineStart` also drops leading spaces and tabs
    /// (four would make a code block) and escapes list, heading-underline and thematic-break
    /// markers that only count at the start of a line. A line break inside the text (from a
    /// value no check has seen) becomes a space, so no value can start a block of its own.
    public static func escape(_ text: String, atLineStart: Bool) -> String {
        var result = text
        if text.containsUTF8Byte(where: { isAlwaysEscaped($0) || $0 == 0x0A || $0 == 0x0D }) {
            let addresses = addressRanges(text)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + 8)
            for (offset, byte) in text.utf8.enumerated() {
                if byte == 0x0A || byte == 0x0D {
                    bytes.append(0x20)
                    continue
                }
                if isAlwaysEscaped(byte), !isRawInAddress(byte, at: offset, addresses) { bytes.append(0x5C) }
                bytes.append(byte)
            }
            result = String(decoding: bytes, as: UTF8.self)
        }
        guard atLineStart else { return result }
        result = String(result.drop { $0 == " " || $0 == "\t" })
        if let first = result.first, first == "-" || first == "+" || first == "=" {
            return "\\" + result
        }
        // `1.` or `1)` at the start of a line would begin an ordered list.
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }

    /// The UTF-8 offsets of web and mail addresses written out in text: from `http://`,
    /// `https://`, `www.` or `mailto:` at the start of a word to the next white space or `<`.
    /// GitHub's autolinker takes such an address raw into a link, escapes included.
    static func addressRanges(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let startsWord = index == 0 || [0x20, 0x09, 0x0A, 0x28, 0x2A, 0x5F, 0x7E].contains(bytes[index - 1])
            if startsWord, ["http://", "https://", "www.", "mailto:"].contains(where: { bytes[index...].starts(with: $0.utf8) }) {
                var end = index
                while end < bytes.count, bytes[end] > 0x20, bytes[end] != 0x3C { end += 1 }
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// Whether a markup character is left as it is: `_` and `#` inside an address, where they
    /// are not markup mid-word and an escape would show in the link GitHub makes.
    static func isRawInAddress(_ byte: UInt8, at offset: Int, _ addresses: [Range<Int>]) -> Bool {
        (byte == 0x5F || byte == 0x23) && addresses.contains { $0.contains(offset) }
    }

    /// Text as a code span: fenced by one more backtick than its longest run of backticks, and
    /// padded with a space where it begins or ends with a backtick or space.
    public static func codeSpan(_ text: String) -> String {
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            run = byte == 0x60 ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.first == "`" || text.last == "`" || text.first == " " ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// Percent-encodes the characters that would end or break a link destination.
    static func destination(_ href: String) -> String {
        var result = ""
        for scalar in href.unicodeScalars {
            switch scalar {
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "(": result += "%28"
            case ")": result += "%29"
            case "\\": result += "%5C"
            // A backslash keeps `&amp;` in an address from being read as a character reference.
            case "&": result += "\\&"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Renders inline text as CommonMark with every policy character escaped.
struct MarkdownInlineRenderer {
    let citations: [ClauseID: String]
    let noteNumbers: [NoteID: Int]
    /// `Note {n}`, or the page language's words for it.
    let noteLabel: UIText

    init(policy: Policy, noteLabel: UIText = UIText("Note {n}")) {
        citations = policy.citations
        noteNumbers = policy.noteNumbers
        self.noteLabel = noteLabel
    }

    /// Renders `inlines` as if they begin a line.
    func render(_ inlines: [Inline]) -> String {
        var output = ""
        append(inlines, to: &output)
        return output
    }

    private func append(_ inlines: [Inline], to output: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                output += MarkdownEscaping.escape(text, atLineStart: output.isEmpty || output.hasSuffix("\n"))
            case .emphasis(let children), .term(let children):
                output += "*" + render(children) + "*"
            case .strong(let children):
                output += "**" + render(children) + "**"
            case .link(let href, let children):
                let content = render(children)
                if !LinkTarget.isAllowed(href) {
                    output += content
                } else if children == [.text(href)], !href.contains("&") {
                    output += "<\(MarkdownEscaping.destination(href))>"
                } else {
                    output += "[\(content)](\(MarkdownEscaping.destination(href)))"
                }
            case .noteReference(let id):
                let number = noteNumbers[id].map(String.init) ?? "?"
                let name = MarkdownEscaping.escape(noteLabel.before + number + noteLabel.after, atLineStart: false)
                output += " [\(name)](#note-\(number))"
            case .crossReference(let id):
                output += MarkdownEscaping.escape(citations[id] ?? id.rawValue, atLineStart: false)
            case .lineBreak:
                output += "\\\n"
            }
        }
    }
}
