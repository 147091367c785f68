import PolicyModel

/// Escapes text so that CommonMark (and GitHub) shows every character literally.
enum MarkdownEscaping {
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
    static func escape(_ text: String, atLineStart: Bool) -> String {
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
            if startsWord,
                ["http://", "https://", "www.", "mailto:"].contains(where: { bytes[index...].starts(with: $0.utf8) })
            {
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
    static func codeSpan(_ text: String) -> String {
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

    /// Rendered Markdown made fit for one table cell: its line breaks (`\` before a newline)
    /// as `<br>`, and every `|` that no backslash escapes (in a link's address) escaped, since
    /// GitHub splits a row at each unescaped `|` before it reads the cell's inline markup.
    static func cell(_ rendered: String) -> String {
        guard rendered.utf8.contains(where: { $0 == 0x0A || $0 == 0x7C }) else { return rendered }
        var result = ""
        var previous: Character?
        for character in rendered {
            switch character {
            case "\n":
                if previous == "\\" { result.removeLast() }
                result += "<br>"
            case "|" where previous != "\\":
                result += "\\|"
            default:
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// Text for inside `<ins>` or `<del>`: HTML's special characters as entity references,
    /// every other Markdown-significant character as a numeric reference, each escaped once,
    /// and line breaks as spaces;
    /// `_` and `#` of a web address stay as they are, as `MarkdownEscaping.escape` leaves them.
    static func referenceEscaped(_ text: String) -> String {
        let addresses = addressRanges(text)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for (offset, byte) in text.utf8.enumerated() {
            if byte == 0x0A || byte == 0x0D {
                // A line break would let the next line start a block inside the paragraph.
                bytes.append(0x20)
            } else if let reference = HTMLEscaping.reference(for: byte) {
                bytes += reference.utf8
            } else if isAlwaysEscaped(byte), !isRawInAddress(byte, at: offset, addresses) {
                bytes += "&#\(byte);".utf8
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
