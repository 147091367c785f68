import Foundation
import PolicyModel
import Testing

/// The one JSON writer: the bytes of every JSON output.
@Suite struct JSONValueTests {
    static let value = JSONValue.object([
        "zeta": .array([.int(1), .bool(true), .string("a/b \"q\" \\ é\n\t\u{1}")]), "alpha": nil,
        "empty": .array([]), "nested": .object(["b": .int(-2), "a": .object([:])]),
    ])

    @Test("pretty JSON: sorted keys, two spaces, \"key\" : value, empty containers on three lines, nil left out")
    func pretty() {
        #expect(
            Self.value.pretty() == """
                {
                  "empty" : [

                  ],
                  "nested" : {
                    "a" : {

                    },
                    "b" : -2
                  },
                  "zeta" : [
                    1,
                    true,
                    "a/b \\"q\\" \\\\ é\\n\\t\\u0001"
                  ]
                }
                """)
    }

    @Test("compact JSON is one line with no spaces, for JSON Lines")
    func compact() {
        #expect(
            Self.value.compact()
                == #"{"empty":[],"nested":{"a":{},"b":-2},"zeta":[1,true,"a/b \"q\" \\ é\n\t\u0001"]}"#)
        #expect(JSONValue.quoted("plain") == "\"plain\"")
        // Keys already in order are written as they stand, those out of order sorted: the same bytes.
        #expect(JSONValue.object(["a": .int(1), "b": nil, "c": .int(3)]).compact() == #"{"a":1,"c":3}"#)
        #expect(JSONValue.object(["c": .int(3), "b": nil, "a": .int(1)]).compact() == #"{"a":1,"c":3}"#)
        #expect(JSONValue.object(["B": .int(1), "a": .int(2), "é": .int(3)]).compact() == #"{"B":1,"a":2,"é":3}"#)
        #expect(JSONValue.object(["é": .int(3), "a": .int(2), "B": .int(1)]).compact() == #"{"B":1,"a":2,"é":3}"#)
    }

    /// What the diff, `check` and `rules check` printed through `JSONEncoder` before the one writer.
    struct Encoded: Encodable {
        var name = "x/y"
        var count = 3
        var flag = false
        var none: String? = nil
        var list: [String] = []
        var inner = ["b": 1, "a": 2]
    }

    @Test("pretty JSON is byte for byte what JSONEncoder writes with sorted keys and unescaped slashes")
    func matchesFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let foundation = String(decoding: try encoder.encode(Encoded()), as: UTF8.self)
        let ours = JSONValue.object([
            "name": .string("x/y"), "count": .int(3), "flag": .bool(false), "none": nil, "list": .array([]),
            "inner": .object(["b": .int(1), "a": .int(2)]),
        ])
        #expect(ours.pretty() == foundation)
    }
}
