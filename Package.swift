// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Codicil",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "codicil", targets: ["codicil"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "PolicySource", targets: ["PolicySource"]),
        .library(name: "PolicyImport", targets: ["PolicyImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PolicyModel"),
        .target(name: "PolicySource", dependencies: ["PolicyModel", "CLibXML2"]),
        .target(name: "PolicyImport", dependencies: ["PolicyModel", "CLibXML2"]),
        .target(
            name: "CodicilCLI",
            dependencies: [
                "PolicyModel",
                "PolicySource",
                "PolicyImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "codicil", dependencies: ["CodicilCLI"]),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicySourceTests", dependencies: ["PolicySource", "PolicyModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PolicyImportTests", dependencies: ["PolicyImport", "PolicySource", "PolicyModel"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CodicilCLITests", dependencies: ["CodicilCLI", "PolicySource"]),
    ],
    swiftLanguageModes: [.v6]
)
