import ArgumentParser
import Foundation
import PolicyModel
import PolicyRules

/// `codicil rules check`: decides one request, or a file of them, and cites the deciding clauses.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide a request against a revision's rules and cite the clauses that decide it.",
        discussion: """
            Exits 0 for permit, 1 for deny, 2 for a bad request (a term the policy does not declare) \
            or a source with errors. With --requests, reads one JSON request a line ({"action": …, \
            "purpose"?: …, "recipient"?: …, "data"?: …, "facts"?: […]}) and prints one JSON answer \
            a line in the same order; a bad line gets {"error": …} and the exit status is 2, else 0.
            """
    )

    @Argument(help: "The revision's source file.")
    var file: String

    @Option(help: "The action (use, disclose, …).")
    var action: String?

    @Option(help: "The purpose, if any.")
    var purpose: String?

    @Option(help: "The recipient, if any.")
    var recipient: String?

    @Option(help: "The data category, if any.")
    var data: String?

    @Option(name: .customLong("fact"), help: "A fact that holds; repeat for several.")
    var facts: [String] = []

    @Option(help: "A JSON Lines file of requests to decide.")
    var requests: String?

    @Option(help: "Output format for one request: text or json.")
    var format: DiagnosticFormat = .text

    func validate() throws {
        if requests == nil, action == nil { throw ValidationError("give --action, or --requests FILE.jsonl") }
        if requests != nil, action != nil || purpose != nil || recipient != nil || data != nil || !facts.isEmpty {
            throw ValidationError("--requests cannot be combined with --action, --purpose, --recipient, --data or --fact")
        }
    }

    func run() throws {
        let rules = try RulesSource.load(file)
        if let requests { return try RulesBatch.run(rules, path: requests) }
        let request = Request(
            action: TermID(action ?? ""), purpose: purpose.map(TermID.init), recipient: recipient.map(TermID.init),
            data: data.map(TermID.init), facts: Set(facts.map(TermID.init)))
        let problems = rules.problems(in: request)
        guard problems.isEmpty else {
            for problem in problems { Output.standardError("error: \(problem)") }
            throw ExitCode(2)
        }
        let decision = rules.decide(request)
        switch format {
        case .json: try Output.line(decision.json.pretty(), failure: ExitCode(2))
        case .text:
            let citations = decision.citations.map { "  \($0.clause) [\($0.id)] \($0.text)\n" }.joined()
            try Output.standardOutput(decision.decision.rawValue + "\n" + citations, failure: ExitCode(2))
        }
        if !decision.isPermit { throw ExitCode(1) }
    }
}
