import PolicyModel

/// Finds partials that can include themselves forever, which would overflow the stack.
///
/// A partial may include itself, directly or through others, only from inside
/// `{{#subsections}}`: each time round it then renders a section nested one level deeper than
/// the last, so it stops where the policy's nesting does. A cycle of includes with no such tag,
/// or one that passes through `{{#sections}}` (which starts again at the top-level sections),
/// never stops.
enum TemplateCycles {
    private struct Edge {
        var from: String
        var to: String
        var location: SourceLocation
        var descends: Bool
        var restarts: Bool
    }

    /// One error per cycle that never stops, at the include that starts it.
    /// - Complexity: O(t · e) for t templates and e includes.
    static func find(_ scans: [String: TemplateScan], paths: [String: String]) -> [Diagnostic] {
        var edges: [String: [Edge]] = [:]
        for (name, scan) in scans {
            edges[name] = scan.includes.filter { !$0.isDynamic && scans[$0.name] != nil }.map { include in
                let keys = include.sections.compactMap(\.last)
                let all = include.sections.flatMap { $0 }
                return Edge(
                    from: name, to: include.name,
                    location: SourceLocation(file: paths[name] ?? name, line: include.line, column: include.column),
                    descends: keys.contains("subsections"), restarts: all.contains("sections"))
            }
        }
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for name in scans.keys.sorted() where !reported.contains(name) {
            // A cycle with no descending include, or with an include that restarts at the top.
            var reason = "outside {{#subsections}}"
            var cycle = path(from: name, to: name, edges, allowing: { !$0.descends })
            if cycle == nil {
                reason = "inside {{#sections}}, which starts again at the top"
                cycle = (edges[name] ?? []).lazy.filter(\.restarts).compactMap { edge in
                    edge.to == name ? [edge] : path(from: edge.to, to: name, edges, allowing: { _ in true }).map { [edge] + $0 }
                }.first
            }
            guard let cycle, let first = cycle.first else { continue }
            let through = cycle.dropLast().map { "'\($0.to)'" }
            reported.formUnion(cycle.map(\.from))
            diagnostics.append(
                Diagnostic(
                    .error, "template-cycle",
                    "partial '\(name)' includes itself" + (through.isEmpty ? "" : " through " + through.joined(separator: ", "))
                        + " \(reason), so it never stops", at: first.location))
        }
        return diagnostics
    }

    /// The shortest chain of edges, each `allowing`, from `start` to `goal` (at least one edge).
    private static func path(
        from start: String, to goal: String, _ edges: [String: [Edge]], allowing: (Edge) -> Bool
    ) -> [Edge]? {
        var previous: [String: Edge] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            for edge in edges[node] ?? [] where allowing(edge) {
                if edge.to == goal {
                    var chain = [edge]
                    var current = edge.from
                    while current != start, let back = previous[current] {
                        chain.insert(back, at: 0)
                        current = back.from
                    }
                    return chain
                }
                if previous[edge.to] == nil, edge.to != start {
                    previous[edge.to] = edge
                    queue.append(edge.to)
                }
            }
        }
        return nil
    }
}
