// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "klarsvar",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "klarsvar", targets: ["klarsvar"]),
    .library(name: "KlarsvarCore", targets: ["KlarsvarCore"]),
  ],
  targets: [
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "KlarsvarCore", dependencies: ["CZlib"]),
    .target(name: "KlarsvarLSP", dependencies: ["KlarsvarCore"]),
    .executableTarget(name: "klarsvar", dependencies: ["KlarsvarCore", "KlarsvarLSP"]),
    .target(name: "TestSupport", dependencies: ["KlarsvarCore"], path: "Tests/TestSupport"),
    .testTarget(name: "KlarsvarCoreTests", dependencies: ["KlarsvarCore", "TestSupport", "CZlib"]),
    .testTarget(name: "KlarsvarLSPTests", dependencies: ["KlarsvarLSP", "KlarsvarCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
