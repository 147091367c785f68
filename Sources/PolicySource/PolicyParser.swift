internal import CLibXML2
import Foundation
import PolicyModel

/// What parsing one source file gave: the policy when it has no error, and every problem found.
public struct ParseResult: Sendable {
    public var path: String
    /// The policy, or nil when any diagnostic is an error.
    public var policy: Policy?
    /// Every problem found, sorted by position.
    public var diagnostics: [Diagnostic]
    /// Where the revision's effective date is written, for problems about the date.
    public var effectiveDateLocation: SourceLocation
}

/// Reads policy source files: well-formedness, the RELAX NG schema, then semantic checks.
public enum PolicyParser {
    /// The largest source accepted, in bytes (64 MiB); a larger one is refused before it is read.
    public static let maximumSize = 64 << 20

    /// Parses a source file from disk; an unreadable or too large file is reported as a diagnostic.
    public static func parse(fileAtPath path: String) -> ParseResult {
        // The size as `attributesOfItem` gives it (lstat), without its dictionary of Any.
        var status = stat()
        if lstat(path, &status) == 0, Int(status.st_size) > maximumSize {
            return tooLarge(path: path, size: Int(status.st_size))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = Diagnostic(
                .error, "unreadable", "cannot read file", at: SourceLocation(file: path, line: 1, column: 1))
            return ParseResult(path: path, policy: nil, diagnostics: [diagnostic], effectiveDateLocation: diagnostic.location)
        }
        return parse(bytes: Array(data), path: path)
    }

    /// Parses source text held in memory; `path` is used only in diagnostics.
    public static func parse(bytes: [UInt8], path: String) -> ParseResult {
        if bytes.count > maximumSize { return tooLarge(path: path, size: bytes.count) }
        let source = SourceText(path: path, bytes: bytes)
        var diagnostics: [Diagnostic] = []
        var dateLocation = SourceLocation(file: path, line: 1, column: 1)
        let policy = read(source, into: &diagnostics, dateLocation: &dateLocation)
        let sorted = Diagnostic.sorted(diagnostics)
        return ParseResult(
            path: path, policy: sorted.containsErrors ? nil : policy, diagnostics: sorted,
            effectiveDateLocation: dateLocation)
    }

    /// The result for a source over `maximumSize`, which is never parsed.
    private static func tooLarge(path: String, size: Int) -> ParseResult {
        let mebibytes = Double(size) / Double(1 << 20)
        let shown = mebibytes.rounded(.down) == mebibytes ? "\(Int(mebibytes))" : String(format: "%.1f", mebibytes)
        let diagnostic = Diagnostic(
            .error, "source-too-large",
            "the source is \(shown) MiB (\(size) bytes); the limit is \(maximumSize >> 20) MiB",
            at: SourceLocation(file: path, line: 0))
        return ParseResult(path: path, policy: nil, diagnostics: [diagnostic], effectiveDateLocation: diagnostic.location)
    }

    private static func read(
        _ source: SourceText, into diagnostics: inout [Diagnostic], dateLocation: inout SourceLocation
    ) -> Policy? {
        func error(_ code: String, _ message: String, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(.error, code, message, at: location))
        }
        if source.bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            error("empty-file", "file is empty; expected a <policy> document", source.location(line: 1, column: 1))
            return nil
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            let byte = String(source.bytes[offset], radix: 16, uppercase: true)
            error(
                "not-utf8", "file is not valid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte)); save it as UTF-8",
                source.location(offset: offset))
            return nil
        }
        if let offset = EntityDeclarations.firstOffset(in: source.bytes) {
            error("entity-declaration", "entity declarations are not allowed in policy sources", source.location(offset: offset))
            return nil
        }
        let scan = SourceScan.scan(source.bytes)
        if let offset = scan.tooDeep {
            error("xml", "elements nest deeper than 256 levels; a policy source never needs that", source.location(offset: offset))
            return nil
        }
        for (index, character) in scan.forbidden.prefix(Self.forbiddenShown).enumerated() {
            let name = SourceScan.name(of: character.scalar)
            let rest = scan.forbidden.count - Self.forbiddenShown
            let more = index == Self.forbiddenShown - 1 && rest > 0 ? " (and \(rest) more after this one)" : ""
            error(
                "forbidden-character",
                "the character \(name) is not allowed in a policy source: HTML forbids it\(more)",
                source.location(offset: character.offset))
        }
        let (document, parseErrors) = LibXML.collectingErrors { _ in parseDocument(source.bytes, path: source.path) }
        defer { if let document { xmlFreeDoc(document) } }
        var seen: Set<String> = []
        for raw in parseErrors where !raw.isWarning && seen.insert("\(raw.line):\(raw.column) \(raw.message)").inserted {
            let message =
                raw.message.hasPrefix("Excessive depth in document")
                ? "elements nest deeper than 256 levels; a policy source never needs that" : raw.message
            error("xml", message, source.location(line: raw.line, column: raw.column))
        }
        guard let document, parseErrors.allSatisfy(\.isWarning) else { return nil }
        if codicil_declares_entities(document) != 0 {
            let line = document.pointee.intSubset.map { Int(xmlGetLineNo(UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlNode.self))) } ?? 1
            error(
                "entity-declaration", "entity declarations are not allowed in policy sources",
                source.location(line: max(line, 1), column: 1))
            return nil
        }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            error("empty-file", "file has no root element; expected <policy>", source.location(line: 1, column: 1))
            return nil
        }
        let root = XMLNode(pointer: rootPointer)
        let offsets = ElementOffsets.compute(root, startTags: scan.startTags, in: source)
        guard root.name == "policy", root.namespace == PolicySchema.namespace else {
            let found = root.namespace.map { "<\(root.name)> in namespace \($0)" } ?? "<\(root.name)> in no namespace"
            error(
                "wrong-root", "expected root element <policy> in namespace \(PolicySchema.namespace), found \(found)",
                offsets.location(of: root, in: source))
            return nil
        }
        var stack = [root]
        // Elements whose attribute values were reported precisely, so the schema's vaguer
        // messages about the same values are left out.
        var valuesReported: [SourceLocation: Set<String>] = [:]
        while let node = stack.popLast() {
            for (attribute, message) in StructureCheck.numberingProblems(in: node) {
                error("invalid-attribute", message, offsets.attributeLocation(attribute, of: node, in: source))
                valuesReported[offsets.location(of: node, in: source), default: []].insert(attribute)
            }
            for problem in StructureCheck.problems(in: node) {
                error(problem.code, problem.message, offsets.location(of: node, in: source))
            }
            for (name, message) in StructureCheck.controlCharacters(in: node) {
                error("control-character", message, offsets.attributeLocation(name, of: node, in: source))
            }
            node.appendElementChildren(to: &stack)
        }
        let schemaErrors = RelaxNGValidator.shared.validate(document)
        let othersExist = !diagnostics.isEmpty || schemaErrors.contains { !$0.message.contains(" failed to validate ") }
        seen = []
        for raw in schemaErrors {
            guard let message = SchemaMessage.rewrite(raw.message, othersExist: othersExist) else { continue }
            let location =
                raw.node.map { offsets.location(of: XMLNode(pointer: $0.assumingMemoryBound(to: xmlNode.self)), in: source) }
                ?? source.location(line: raw.line)
            if let reported = valuesReported[location], SchemaMessage.isAboutValue(raw.message, of: reported) { continue }
            if seen.insert("\(location) \(message)").inserted { error("schema", message, location) }
        }
        var builder = PolicyBuilder(source: source, offsets: offsets)
        let policy = builder.build(root)
        diagnostics += builder.diagnostics
        dateLocation = builder.effectiveDateLocation ?? dateLocation
        return policy
    }

    /// How many forbidden characters are listed one by one; the last listed counts the rest.
    private static let forbiddenShown = 50

    private static func parseDocument(_ bytes: [UInt8], path: String) -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { base in
                xmlCtxtReadMemory(context, base, Int32(clamping: bytes.count), path, "UTF-8", LibXML.safeOptions)
            }
        }
    }
}

/// The byte offset of every element's start tag.
struct ElementOffsets {
    private var offsets: [UnsafeMutableRawPointer: Int] = [:]

    /// Pairs the elements, in document order, with the start tags the scan found in the same
    /// order; an element whose tag does not carry its name (never expected) gets no offset.
    static func compute(_ root: XMLNode, startTags: [Int], in source: SourceText) -> ElementOffsets {
        var result = ElementOffsets()
        result.offsets.reserveCapacity(startTags.count)
        var stack = [root]
        var index = 0
        while let node = stack.popLast() {
            if index < startTags.count, source.hasStartTag(of: node, at: startTags[index]) {
                result.offsets[UnsafeMutableRawPointer(node.pointer)] = startTags[index]
            }
            index += 1
            node.appendElementChildren(to: &stack, reversed: true)
        }
        return result
    }

    func offset(of node: XMLNode) -> Int? { offsets[UnsafeMutableRawPointer(node.pointer)] }

    func location(of node: XMLNode, in source: SourceText) -> SourceLocation {
        offset(of: node).map { source.location(offset: $0) } ?? source.location(line: node.line)
    }

    /// Where attribute `name` is written on `node`, or the node's start tag.
    func attributeLocation(_ name: String, of node: XMLNode, in source: SourceText) -> SourceLocation {
        guard let tag = offset(of: node), let offset = source.attributeOffset(name, inTagAt: tag) else {
            return location(of: node, in: source)
        }
        return source.location(offset: offset)
    }
}
