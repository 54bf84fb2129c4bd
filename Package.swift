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
    .target(name: "KlarsvarJSON"),
    .target(name: "KlarsvarLanguage", dependencies: ["KlarsvarJSON"]),
    .target(name: "KlarsvarCore", dependencies: ["CZlib", "KlarsvarJSON"]),
    .target(name: "KlarsvarLSP", dependencies: ["KlarsvarCore", "KlarsvarJSON"]),
    .executableTarget(name: "klarsvar", dependencies: ["KlarsvarCore", "KlarsvarLSP"]),
    .target(name: "TestSupport", dependencies: ["KlarsvarCore"], path: "Tests/TestSupport"),
    .testTarget(name: "KlarsvarCoreTests", dependencies: ["KlarsvarCore", "TestSupport", "CZlib"]),
    .testTarget(name: "KlarsvarLanguageTests", dependencies: ["KlarsvarLanguage", "KlarsvarJSON"]),
    .testTarget(name: "KlarsvarLSPTests", dependencies: ["KlarsvarLSP", "KlarsvarCore", "KlarsvarJSON", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

// A statically linked Swift runtime and Foundation start in about half the time (no relocation of
// the shared libraries), which is a large part of a one-letter `klarsvar check`. Modules are compiled
// for it too, so they auto-link the static libraries and their dependencies.
let staticRuntime = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
for target in package.targets where target.type == .regular || target.type == .executable {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticRuntime)]
}
for target in package.targets where target.type == .executable {
  target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticRuntime)]
}
