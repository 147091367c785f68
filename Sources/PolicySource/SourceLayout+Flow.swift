/// The content of an element that holds text, cut into words at its white space (where a line may
/// break without changing what the text says) and around the blocks among them (rules, nested
/// lists), which stand on lines of their own.
struct Flow {
    /// A run of characters and tags with no white space in it.
    struct Word {
        var text: String
        /// Whether the author broke the line before this word.
        var breakBefore: Bool
    }

    enum Segment {
        case words([Word])
        case block(SourceNode)
    }

    /// Whether a line break written between two words is kept.
    let keepsLineBreaks: Bool
    /// The first block written between two words with no white space on either side, if any:
    /// where it starts and its name.
    private(set) var glued: (offset: Int, name: String)?
    private var segments: [Segment] = []
    private var words: [Word] = []
    private var current = ""
    private var currentBreak = false
    private var gap = Gap.none
    /// A block written straight after a word, which needs white space after it.
    private var blockAfterWord: (offset: Int, name: String)?

    init(keepsLineBreaks: Bool) { self.keepsLineBreaks = keepsLineBreaks }

    /// The white space seen since the last character.
    private enum Gap: Comparable { case none, space, lineBreak }

    /// Adds nodes in document order.
    mutating func add(_ nodes: [SourceNode]) {
        for node in nodes {
            switch node {
            case .text(let raw): add(text: raw)
            case .markup(let raw): glue(raw)
            case .element(let element) where SourceLayout.inlineNames.contains(element.name):
                if element.children.isEmpty {
                    glue(SourceLayout.tag(element, empty: true))
                } else {
                    glue(SourceLayout.tag(element))
                    add(element.children)
                    glue("</\(element.name)>")
                }
            case .element(let element): block(node, at: (element.range.lowerBound, element.name))
            }
        }
    }

    /// The words and blocks, in order; white space at either end of a run of words is left out.
    mutating func finish() -> [Segment] {
        endWord()
        if !words.isEmpty { segments.append(.words(words)) }
        words = []
        return segments
    }

    private mutating func add(text raw: String) {
        var word: [UInt8] = []
        for byte in raw.utf8 {
            if SourceLayout.isSpace(byte) {
                if !word.isEmpty { glue(String(decoding: word, as: UTF8.self)) }
                word = []
                gap = max(gap, byte == 0x0A || byte == 0x0D ? .lineBreak : .space)
            } else {
                word.append(byte)
            }
        }
        if !word.isEmpty { glue(String(decoding: word, as: UTF8.self)) }
    }

    private mutating func glue(_ text: String) {
        if let block = blockAfterWord {
            if gap == .none, glued == nil { glued = block }
            blockAfterWord = nil
        }
        if gap != .none { endWord() }
        if current.isEmpty { currentBreak = keepsLineBreaks && gap == .lineBreak && !words.isEmpty }
        current += text
        gap = .none
    }

    private mutating func endWord() {
        guard !current.isEmpty else { return }
        words.append(Word(text: current, breakBefore: currentBreak))
        current = ""
    }

    private mutating func block(_ node: SourceNode, at place: (offset: Int, name: String)) {
        let afterWord = !current.isEmpty && gap == .none
        if gap != .none { blockAfterWord = nil }
        endWord()
        if !words.isEmpty { segments.append(.words(words)) }
        words = []
        segments.append(.block(node))
        if afterWord { blockAfterWord = place }
        gap = .none
    }
}
