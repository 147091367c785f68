import PolicyModel

/// Builds inline content with whitespace collapsed as the source format reads it: runs of
/// spaces, tabs and line breaks become one space, none at a block's edges or beside a line
/// break, none just inside an element's edges; empty elements and control characters are dropped.
struct TextCollector {
    private var stack: [[Inline]] = [[]]
    private var pendingSpace = false
    private var atLineStart = true

    /// Appends text, collapsing whitespace.
    mutating func append(text: String) {
        var buffer = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !atLineStart { pendingSpace = true }
            } else if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
                continue
            } else {
                if pendingSpace { buffer.unicodeScalars.append(" ") }
                pendingSpace = false
                atLineStart = false
                buffer.unicodeScalars.append(scalar)
            }
        }
        appendRaw(buffer)
    }

    /// Appends an atomic node (a reference) after any pending space.
    mutating func append(atom: Inline) {
        flushSpace()
        atLineStart = false
        stack[stack.count - 1].append(atom)
    }

    /// Appends a line break; whitespace around it is dropped, and so is a break at the start.
    mutating func appendLineBreak() {
        pendingSpace = false
        guard stack.count > 1 || !stack[0].isEmpty, stack[stack.count - 1].last != .lineBreak else { return }
        atLineStart = true
        stack[stack.count - 1].append(.lineBreak)
    }

    /// Starts a container; a pending space stays outside it.
    mutating func open() {
        flushSpace()
        stack.append([])
    }

    /// Ends the innermost container; an empty one is dropped, and `make` may return nil to unwrap it.
    mutating func close(_ make: ([Inline]) -> Inline?) {
        var children = stack.removeLast()
        while children.last == .lineBreak { children.removeLast() }
        guard !children.isEmpty else { return }
        if let node = make(children) {
            stack[stack.count - 1].append(node)
        } else {
            for child in children {
                if case .text(let text) = child { appendRaw(text) } else { stack[stack.count - 1].append(child) }
            }
        }
    }

    /// The finished content, without trailing space or line breaks.
    var result: [Inline] {
        var content = stack[0]
        while content.last == .lineBreak { content.removeLast() }
        return content
    }

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        appendRaw(" ")
    }

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

extension Array where Element == Inline {
    /// The content normalized again after editing: whitespace collapsed, empty elements dropped.
    var normalized: [Inline] {
        var collector = TextCollector()
        collector.add(self)
        return collector.result
    }
}

extension TextCollector {
    /// Appends existing inline content, normalizing it.
    mutating func add(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text(let text): append(text: text)
            case .lineBreak: appendLineBreak()
            case .noteReference, .crossReference: append(atom: inline)
            case .emphasis(let children): open(); add(children); close { .emphasis($0) }
            case .strong(let children): open(); add(children); close { .strong($0) }
            case .term(let children): open(); add(children); close { .term($0) }
            case .link(let href, let children): open(); add(children); close { .link(href: href, content: $0) }
            }
        }
    }
}
