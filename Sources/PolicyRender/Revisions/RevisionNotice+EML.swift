import Foundation

extension RevisionNotice {
    /// The notice as a complete RFC 5322 message: `multipart/alternative` with the text and the
    /// HTML body, each base64-encoded UTF-8. `From:` and `To:` are left empty for the sender to
    /// fill; there is no `Date:` or `Message-ID:`, which the sending system adds. The boundary
    /// is derived from the policy and date, so the same revision always gives the same bytes.
    public func eml() -> String {
        let boundary = "=_codicil_\(entry.effective)_alternative"
        var lines = [
            "From: ",
            "To: ",
            "Subject: \(Self.encodedWord(subject))",
            "MIME-Version: 1.0",
            "Content-Language: \(language)",
            "Content-Type: multipart/alternative;", " boundary=\"\(boundary)\"",
            "",
            "This is a multi-part message in MIME format.",
        ]
        for (type, body) in [("text/plain", text()), ("text/html", html())] {
            lines += [
                "",
                "--\(boundary)",
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: base64",
                "",
                Data(body.utf8).base64EncodedString(options: [
                    .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
                ]),
            ]
        }
        lines += ["", "--\(boundary)--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// The text as is when it is printable ASCII (folded at spaces to keep header lines within
    /// 78 characters), else as RFC 2047 encoded words of at most 75 characters each, folded
    /// onto continuation lines.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return TextWrapper.wrap(text, width: 68).replacingOccurrences(of: "\n", with: "\r\n ")
        }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 become 60 base64 characters, which with `=?utf-8?B?…?=` stays under 75.
            if chunk.utf8.count + character.utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }
}
