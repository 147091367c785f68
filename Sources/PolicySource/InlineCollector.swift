import PolicyModel

/// Builds inline content with XML whitespace collapsed: runs of spaces, tabs and line breaks
/// become one space, none at the start or end of a block, none just inside an element's edges.
/// Non-breaking spaces are text, not whitespace, and are kept.
struct InlineCollector {
    private var stack: [[Inline]] = [[]]
    private var pendingSpace = false
    private var atLineStart = true

    /// Appends text, collapsing XML whitespace.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    mutating func append(text: String) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count + 1)
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !atLineStart { pendingSpace = true }
            } else {
                if pendingSpace { buffer.append(0x20) }
                pendingSpace = false
                atLineStart = false
                buffer.append(byte)
            }
        }
        if !buffer.isEmpty { appendRaw(String(decoding: buffer, as: UTF8.self)) }
    }

    /// Appends an atomic node (a reference), after any pending space.
    mutating func append(atom: Inline) {
        flushSpace()
        atLineStart = false
        stack[stack.count - 1].append(atom)
    }

    /// Appends a line break; whitespace around it is dropped.
    mutating func appendLineBreak() {
        pendingSpace = false
        atLineStart = true
        stack[stack.count - 1].append(.lineBreak)
    }

    /// Starts a container (emphasis, link…); a pending space stays outside it.
    mutating func open() {
        flushSpace()
        stack.append([])
    }

    /// Ends the innermost container, wrapping its children with `make`; a trailing space moves outside.
    mutating func close(_ make: ([Inline]) -> Inline) {
        let children = stack.removeLast()
        stack[stack.count - 1].append(make(children))
    }

    /// The finished content; a trailing space is dropped.
    var result: [Inline] { stack[0] }

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        appendRaw(" ")
    }

    /// Adds text to the innermost container, merged with text just before it.
    private mutating func appendRaw(_ text: String) {
        guard !text.isEmpty else { return }
        let top = stack.count - 1
        if case .text(let previous)? = stack[top].last {
            stack[top][stack[top].count - 1] = .text(previous + text)
        } else {
            stack[top].append(.text(text))
        }
    }
}
