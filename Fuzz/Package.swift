// swift-tools-version: 6.0
// Fuzzing harness, kept apart from the main package so CI never builds it.
// Build: swift build --package-path Fuzz --product PolicyParserFuzzer -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let package = Package(
    name: "CodicilFuzz",
    dependencies: [.package(name: "Codicil", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "PolicyParserFuzzer",
            dependencies: ["FuzzDriver", .product(name: "PolicySource", package: "Codicil")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
