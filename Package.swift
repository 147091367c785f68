// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Codicil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "codicil", targets: ["codicil"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "PolicySource", targets: ["PolicySource"]),
        .library(name: "PolicyDiff", targets: ["PolicyDiff"]),
        .library(name: "PolicyRules", targets: ["PolicyRules"]),
        .library(name: "PolicyRender", targets: ["PolicyRender"]),
        .library(name: "PolicyImport", targets: ["PolicyImport"]),
        .library(name: "PolicySite", targets: ["PolicySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The preview server (`codicil serve`) and what its API names; see docs/serve.md.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        .target(name: "CPathExchange"),
        .target(name: "PolicyModel"),
        .target(name: "PolicySource", dependencies: ["PolicyModel", "CLibXML2"]),
        .target(name: "PolicyDiff", dependencies: ["PolicyModel"]),
        .target(name: "PolicyRules", dependencies: ["PolicyModel", "PolicyDiff"]),
        .target(
            name: "PolicyRender",
            dependencies: ["PolicyModel", "PolicyDiff", "PolicyRules", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "PolicyImport", dependencies: ["PolicyModel", "CCmarkGFM", "CGumbo"]),
        .target(
            name: "PolicySite",
            dependencies: ["PolicyModel", "PolicySource", "PolicyDiff", "PolicyRender", "PolicyRules", "CPathExchange"]
        ),
        .target(
            name: "PolicyServe",
            dependencies: [
                "PolicyModel", "PolicyRender", "PolicySite", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CodicilCLI",
            dependencies: [
                "PolicyModel",
                "PolicySource",
                "PolicyDiff",
                "PolicyRules",
                "PolicyRender",
                "PolicyImport",
                "PolicySite",
                "PolicyServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "codicil", dependencies: ["CodicilCLI"]),
        .executableTarget(
            name: "codicil-bench",
            dependencies: ["PolicyModel", "PolicySource", "PolicyRender", "PolicyDiff", "PolicyImport", "PolicySite"],
            path: "Benchmarks/CodicilBench"
        ),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicySourceTests", dependencies: ["PolicySource", "PolicyModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PolicyDiffTests",
            dependencies: ["PolicyDiff", "PolicyModel", "PolicyRender", "PolicySource"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PolicyRulesTests", dependencies: ["PolicyRules", "PolicyDiff", "PolicyRender", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PolicyRenderTests", dependencies: ["PolicyRender", "PolicyDiff", "PolicyRules", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PolicyImportTests", dependencies: ["PolicyImport", "PolicyDiff", "PolicyRender", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PolicySiteTests", dependencies: ["PolicySite", "PolicyRender", "PolicyDiff", "PolicyRules", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PolicyServeTests", dependencies: ["PolicyServe", "PolicySite", "PolicyModel"]),
        .testTarget(
            name: "CodicilCLITests",
            dependencies: ["CodicilCLI", "PolicySource", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
