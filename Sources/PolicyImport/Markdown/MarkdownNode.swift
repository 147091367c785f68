internal import CCmarkGFM
import Foundation

/// A read-only view of a cmark-gfm node; never outlives the document it belongs to.
struct MarkdownNode: Equatable {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// The type's name, which also names the nodes of extensions (`table`, `table_cell`, `strikethrough`).
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "" }
    /// The text of a text, code, HTML or footnote node.
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    /// True for a code block between fences, false for one indented four spaces.
    var isFenced: Bool {
        // The library writes through every pointer it is given, so none may be nil.
        var (length, offset, character): (Int32, Int32, CChar) = (0, 0, 0)
        return cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
    }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    /// The 1-based line and column where the node starts in the source.
    var line: Int { Int(cmark_node_get_start_line(pointer)) }
    var column: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }

    /// The node's children, first to last.
    var children: UnfoldSequence<MarkdownNode, MarkdownNode?> {
        sequence(state: firstChild) { next in
            defer { next = next?.next }
            return next
        }
    }

    /// Visits the nodes below this one in document order, without recursion; `visit` returns
    /// false to skip the children of the node it was given.
    /// - Complexity: O(*n*) for *n* nodes below, in constant stack space.
    func walkDescendants(_ visit: (MarkdownNode) -> Bool) {
        var current = firstChild
        while let node = current {
            if visit(node), let child = node.firstChild {
                current = child
                continue
            }
            var climbing: MarkdownNode? = node
            current = nil
            while let step = climbing, step != self {
                if let sibling = step.next {
                    current = sibling
                    break
                }
                climbing = step.parent
            }
        }
    }
}

/// Parses Markdown with cmark-gfm: CommonMark with GitHub's tables, strikethrough, autolinks
/// and footnotes, each node knowing where it starts.
public enum CommonMarkParser {
    /// The extensions' registry is filled once; the library's own check is not thread-safe.
    private static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// Parses the text and lends its document node to `body`; the tree is freed afterwards.
    static func withDocument<Result>(_ text: String, _ body: (MarkdownNode) -> Result) -> Result {
        withParsed(text) { _, document in body(MarkdownNode(pointer: document)) }
    }

    /// cmark-gfm's own HTML of the text, parsed as the importer parses it (same options and
    /// extensions): what `codicil-bench measure` times the importer against.
    public static func html(_ text: String) -> String {
        withParsed(text) { parser, document in
            guard
                let html = cmark_render_html(document, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser))
            else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Parses the text and lends the parser and its document to `body`; both are freed afterwards.
    private static func withParsed<Result>(
        _ text: String, _ body: (OpaquePointer?, OpaquePointer) -> Result
    ) -> Result {
        _ = registered
        let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS)
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        return body(parser, document)
    }
}
