// swift-tools-version: 6.0
// Fuzzing harness, kept apart from the main package so CI never builds it.
// Build: swift build --package-path Fuzz --product <Target> -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
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
        .executableTarget(
            name: "HTMLImportFuzzer",
            dependencies: [
                "FuzzDriver", .product(name: "PolicyImport", package: "Codicil"),
                .product(name: "PolicyModel", package: "Codicil"),
            ]
        ),
        .executableTarget(
            name: "MarkdownImportFuzzer",
            dependencies: [
                "FuzzDriver", .product(name: "PolicyImport", package: "Codicil"),
                .product(name: "PolicyModel", package: "Codicil"),
            ]
        ),
        .executableTarget(
            name: "TemplateFuzzer",
            dependencies: [
                "FuzzDriver", .product(name: "PolicyRender", package: "Codicil"),
                .product(name: "PolicySource", package: "Codicil"), .product(name: "PolicyModel", package: "Codicil"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
