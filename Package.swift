// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Codicil",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "codicil", targets: ["codicil"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "PolicySource", targets: ["PolicySource"]),
        .library(name: "PolicyRender", targets: ["PolicyRender"]),
        .library(name: "PolicySite", targets: ["PolicySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PolicyModel"),
        .target(name: "PolicySource", dependencies: ["PolicyModel", "CLibXML2"]),
        .target(
            name: "PolicyRender",
            dependencies: ["PolicyModel", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "PolicySite", dependencies: ["PolicyModel", "PolicySource", "PolicyRender"]),
        .target(
            name: "CodicilCLI",
            dependencies: [
                "PolicyModel",
                "PolicySource",
                "PolicyRender",
                "PolicySite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "codicil", dependencies: ["CodicilCLI"]),
        .testTarget(
            name: "PolicyRenderTests", dependencies: ["PolicyRender", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PolicySiteTests", dependencies: ["PolicySite", "PolicyRender", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
