/// The string literals of a Swift source file, each with the line it starts on, and each
/// interpolation in it written as `\(…)`: what a check for markup built in Swift reads.
///
/// Comments are skipped; raw strings (`#"…"#`) and multi-line strings (`"""…"""`) are read
/// to their end; a literal inside an interpolation is a literal of its own.
enum SwiftLiterals {
    struct Literal: Equatable {
        var line: Int
        var text: String
    }

    /// Every string literal in `source`, in order of where it ends.
    static func literals(in source: String) -> [Literal] {
        let chars = Array(source.unicodeScalars)
        var scanner = Scanner(chars: chars)
        scanner.code(untilCloseParen: false)
        return scanner.found.sorted { $0.line < $1.line }
    }

    private struct Scanner {
        let chars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var found: [Literal] = []

        init(chars: [Unicode.Scalar]) { self.chars = chars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < chars.count ? chars[index + offset] : nil
        }

        mutating func advance() {
            if chars[index] == "\n" { line += 1 }
            index += 1
        }

        func starts(with text: String) -> Bool {
            for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
            return true
        }

        /// Code up to the end of the file, or to the `)` that closes an interpolation.
        mutating func code(untilCloseParen: Bool) {
            var depth = 0
            while let scalar = peek() {
                if starts(with: "//") {
                    while let next = peek(), next != "\n" { _ = next; advance() }
                } else if starts(with: "/*") {
                    while peek() != nil, !starts(with: "*/") { advance() }
                    if peek() != nil { advance(); advance() }
                } else if scalar == "#" || scalar == "\"" {
                    var hashes = 0
                    while peek(hashes) == "#" { hashes += 1 }
                    if peek(hashes) == "\"" {
                        for _ in 0..<hashes { advance() }
                        string(hashes: hashes)
                    } else {
                        advance()
                    }
                } else if scalar == "(" {
                    depth += 1
                    advance()
                } else if scalar == ")" {
                    if untilCloseParen, depth == 0 {
                        advance()
                        return
                    }
                    depth -= 1
                    advance()
                } else {
                    advance()
                }
            }
        }

        /// A string literal from its opening quote(s), after any `#`s.
        mutating func string(hashes: Int) {
            let start = line
            let closing = String(repeating: "#", count: hashes)
            let multiline = starts(with: "\"\"\"")
            for _ in 0..<(multiline ? 3 : 1) { advance() }
            var text = ""
            let escape = "\\" + closing
            while let scalar = peek() {
                if multiline ? starts(with: "\"\"\"" + closing) : starts(with: "\"" + closing) {
                    for _ in 0..<((multiline ? 3 : 1) + hashes) { advance() }
                    break
                }
                if !multiline, scalar == "\n" { break }
                if starts(with: escape) {
                    for _ in 0..<escape.unicodeScalars.count { advance() }
                    if peek() == "(" {
                        advance()
                        text += "\\(…)"
                        code(untilCloseParen: true)
                    } else if let next = peek() {
                        text += "\\" + String(next)
                        advance()
                    }
                    continue
                }
                text.unicodeScalars.append(scalar)
                advance()
            }
            found.append(Literal(line: start, text: text))
        }
    }
}
