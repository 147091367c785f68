import Foundation
import PolicyModel

/// Who sends a notice by e-mail, to whom, and the day it is dated.
public struct EmailEnvelope: Sendable {
    /// The sender.
    public var from: EmailAddress
    /// The recipient.
    public var to: EmailAddress
    /// The message's date, at 00:00 UTC.
    public var date: PolicyDate

    /// Makes an envelope.
    public init(from: EmailAddress, to: EmailAddress, date: PolicyDate) {
        self.from = from
        self.to = to
        self.date = date
    }

    /// `Mon, 01 Apr 2013 00:00:00 +0000`.
    var dateHeader: String {
        let days = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = days[((date.daysSinceEpoch % 7) + 7) % 7]
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(weekday), \(day) \(months[date.month - 1]) \(date.year) 00:00:00 +0000"
    }

    /// `<fujixerox-privacy.2013-04-01.<recipient hash>@<sender's domain>>`: the same for the
    /// same policy, revision and recipient, and different for each recipient.
    func messageID(policy: String, effective: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in to.address.lowercased().utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "<\(policy).\(effective).\(String(repeating: "0", count: 16 - hex.count) + hex)@\(from.domain)>"
    }
}

/// An e-mail address with an optional display name: `privacy@example.com` or
/// `Example Privacy Team <privacy@example.com>`.
public struct EmailAddress: Sendable, Hashable {
    /// The display name, when given.
    public let name: String?
    /// `local@domain`.
    public let address: String

    /// Reads `local@domain` or `Name <local@domain>`; nil when it is not one, or holds a
    /// character that could end a header (a line break, a control character) or a quote.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\"" }) else {
            return nil
        }
        var spec = trimmed
        var display = ""
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            display = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            spec = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        }
        guard Self.isAddrSpec(spec), !display.contains(where: { $0 == "<" || $0 == ">" }) else { return nil }
        name = display.isEmpty ? nil : display
        address = spec
    }

    /// The part after `@`.
    public var domain: String { address.split(separator: "@").last.map(String.init) ?? address }

    /// The address as a header value: `"Name" <local@domain>`, a name outside ASCII as RFC 2047
    /// encoded words.
    var header: String {
        guard let name else { return address }
        let shown =
            name.allSatisfy { $0.isASCII }
            ? "\"\(name.replacingOccurrences(of: "\\", with: "\\\\"))\"" : EmailHeader.encoded(name)
        return "\(shown) <\(address)>"
    }

    /// A dot-atom `local@domain` of printable ASCII (RFC 5322 §3.4.1, without quoted local parts).
    static func isAddrSpec(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
        func isDotAtom(_ part: Substring) -> Bool {
            !part.isEmpty
                && part.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                    !$0.isEmpty && $0.allSatisfy(atext.contains)
                }
        }
        return isDotAtom(parts[0]) && isDotAtom(parts[1])
    }
}

/// Header and body encodings of an e-mail message.
enum EmailHeader {
    /// The text as is when it is printable ASCII (folded at spaces so no line passes 76
    /// characters), else as RFC 2047 encoded words of at most 75 characters each, one a line.
    static func encoded(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            // `Subject: ` takes 9 of the first line's 76 characters.
            return TextWrapper.wrap(text, width: 66).replacingOccurrences(of: "\n", with: "\n ")
        }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 become 60 base64 characters: with `=?utf-8?B?…?=` and the space
            // that folds it, 73 characters. The first word shares its line with `Subject: `, so
            // it takes 39 bytes (52 characters, 73 with both).
            if chunk.utf8.count + character.utf8.count > (words.isEmpty ? 39 : 45) {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\n ")
    }

    /// UTF-8 text as base64 in lines of 76 characters.
    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
    }
}

extension PolicyDate {
    /// Days since 1970-01-01 (negative before it).
    var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
