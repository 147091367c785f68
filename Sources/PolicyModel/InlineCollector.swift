/// Builds inline content with whitespace collapsed as the source format reads it: runs of
/// spaces, tabs and line breaks become one space, none at the start or end of a block, none just
/// inside an element's edges. Non-breaking spaces are text, not whitespace, and are kept.
///
/// The parser reads sources as they are. Importers, which meet whatever a web page holds, ask
/// for `tidy`: control characters and noncharacters are dropped, and so are empty elements,
/// line breaks at the start or end of a block, and a line break repeated.
public struct InlineCollector {
    private var stack: [[Inline]] = [[]]
    private var pendingSpace = false
    private var atLineStart = true
    /// True when what was collected last ends in a space, so a space inside a container that
    /// just opened after it is not doubled.
    private var endsWithSpace = false
    private let tidy: Bool

    /// Makes an empty collector; `tidy` drops what an imported page may hold that a source cannot.
    public init(tidy: Bool = false) {
        self.tidy = tidy
    }

    /// Appends text, collapsing whitespace.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public mutating func append(text: String) {
        var text = text
        if !pendingSpace, !text.isEmpty, text.withUTF8(Self.isCollapsed) {
            // Nothing to collapse or drop: the text as it is (and it ends in no whitespace).
            atLineStart = false
            appendRaw(text)
            return
        }
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends UTF-8 text, collapsing whitespace; an invalid sequence becomes U+FFFD.
    /// - Complexity: O(n) in the length of `bytes`.
    public mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        // The state is read into locals for the loop and written back after it.
        var (pendingSpace, atLineStart) = (self.pendingSpace, self.atLineStart)
        let (tidy, endsWithSpace) = (self.tidy, self.endsWithSpace)
        // Written straight into the string's storage: at most one byte more than was read.
        let text = String(unsafeUninitializedCapacity: bytes.count + 1) { output in
            var written = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if !atLineStart { pendingSpace = true }
                    continue
                }
                if tidy {
                    if byte < 0x20 || byte == 0x7F { continue }
                    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters.
                    if byte == 0xEF, index + 1 < bytes.count, bytes[index] == 0xBF, bytes[index + 1] >= 0xBE {
                        index += 2
                        continue
                    }
                }
                if pendingSpace, !(written == 0 && endsWithSpace) {
                    output[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                atLineStart = false
                output[written] = byte
                written += 1
            }
            return written
        }
        (self.pendingSpace, self.atLineStart) = (pendingSpace, atLineStart)
        if !text.isEmpty { appendRaw(text) }
    }

    /// True when the text has nothing for `append(text:)` to change when no space is pending:
    /// no control character, no whitespace but single spaces between other characters, and no
    /// noncharacter (a cheap scan that lets most text through uncopied).
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = bytes.count - 1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte > 0x20, byte != 0x7F, byte != 0xEF { continue }
            if byte == 0x20, index > 0, index < last, bytes[index + 1] != 0x20 { continue }
            if byte == 0xEF, index + 2 <= last, !(bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) { continue }
            return false
        }
        return true
    }

    /// Appends an atomic node (a reference), after any pending space.
    public mutating func append(atom: Inline) {
        flushSpace()
        atLineStart = false
        endsWithSpace = false
        stack[stack.count - 1].append(atom)
    }

    /// Appends a line break; whitespace around it is dropped (when tidy, a break at the start or
    /// just after another is dropped too).
    public mutating func appendLineBreak() {
        pendingSpace = false
        if tidy {
            guard stack.count > 1 || !stack[0].isEmpty, stack[stack.count - 1].last != .lineBreak else { return }
        }
        atLineStart = true
        endsWithSpace = false
        stack[stack.count - 1].append(.lineBreak)
    }

    /// Starts a container (emphasis, link…); a pending space stays outside it.
    public mutating func open() {
        flushSpace()
        stack.append([])
    }

    /// Ends the innermost container, wrapping its children with `make`. When tidy, trailing line
    /// breaks and an empty container are dropped, and `make` may return nil to keep the
    /// children without a wrapper.
    public mutating func close(_ make: ([Inline]) -> Inline?) {
        var children = stack.removeLast()
        if tidy {
            while children.last == .lineBreak { children.removeLast() }
            guard !children.isEmpty else { return }
        }
        if let node = make(children) {
            stack[stack.count - 1].append(node)
        } else {
            for child in children {
                if case .text(let text) = child { appendRaw(text) } else { stack[stack.count - 1].append(child) }
            }
        }
    }

    /// Appends existing inline content, collapsing its whitespace again.
    public mutating func append(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text(let text): append(text: text)
            case .lineBreak: appendLineBreak()
            case .noteReference, .crossReference: append(atom: inline)
            case .emphasis(let children): open(); append(children); close { .emphasis($0) }
            case .strong(let children): open(); append(children); close { .strong($0) }
            case .term(let children): open(); append(children); close { .term($0) }
            case .link(let href, let children): open(); append(children); close { .link(href: href, content: $0) }
            }
        }
    }

    /// The finished content; a trailing space is dropped (when tidy, trailing line breaks too).
    public var result: [Inline] {
        var content = stack[0]
        if tidy { while content.last == .lineBreak { content.removeLast() } }
        return content
    }

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        appendRaw(" ")
    }

    /// Adds text to the innermost container, merged with text just before it.
    private mutating func appendRaw(_ text: String) {
        guard !text.isEmpty else { return }
        endsWithSpace = text.utf8.last == 0x20
        let top = stack.count - 1
        if case .text(var previous)? = stack[top].last {
            // Taken out first, so that it is appended to in place rather than copied.
            stack[top].removeLast()
            previous += text
            stack[top].append(.text(previous))
        } else {
            stack[top].append(.text(text))
        }
    }
}
