// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; each target may use only the ones listed as its dependencies (the README's
// architecture section draws the graph).
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
    .target(name: "KlarsvarText"),
    .target(name: "KlarsvarPhrases", dependencies: ["KlarsvarText"]),
    .target(name: "KlarsvarFormats", dependencies: ["CZlib", "KlarsvarText"]),
    .target(name: "KlarsvarLanguage", dependencies: ["KlarsvarJSON"], exclude: ["README.md"]),
    .executableTarget(name: "klarsvar-embed-packs"),
    .plugin(
      name: "EmbedPacksPlugin", capability: .buildTool(), dependencies: ["klarsvar-embed-packs"],
      path: "Sources/EmbedPacksPlugin"),
    .target(name: "KlarsvarBuiltinPacks", plugins: ["EmbedPacksPlugin"]),
    .target(
      name: "KlarsvarCore",
      dependencies: [
        "KlarsvarJSON", "KlarsvarText", "KlarsvarPhrases", "KlarsvarLanguage", "KlarsvarFormats",
        "KlarsvarBuiltinPacks",
      ]),
    .target(
      name: "KlarsvarReporting", dependencies: ["KlarsvarCore", "KlarsvarJSON", "KlarsvarText", "KlarsvarFormats"]),
    .target(name: "KlarsvarLSP", dependencies: ["KlarsvarCore", "KlarsvarJSON", "KlarsvarText"]),
    // The page's files are plain files in Page/, embedded in the binary as byte arrays at build time.
    .target(
      name: "KlarsvarServe",
      dependencies: ["KlarsvarCore", "KlarsvarJSON", "KlarsvarReporting", "KlarsvarText", "KlarsvarFormats"],
      resources: ["api.js", "index.html", "markdown.js", "page.css", "page.js", "view.js"].map {
        .embedInCode("Page/" + $0)
      }
    ),
    .target(
      name: "KlarsvarCLI",
      dependencies: [
        "KlarsvarCore", "KlarsvarJSON", "KlarsvarReporting", "KlarsvarLSP", "KlarsvarServe", "KlarsvarText",
        "KlarsvarLanguage", "KlarsvarFormats",
      ]),
    .executableTarget(name: "klarsvar", dependencies: ["KlarsvarCLI", "KlarsvarCore"]),
    .executableTarget(
      name: "klarsvar-bench",
      dependencies: ["KlarsvarCLI", "KlarsvarCore", "KlarsvarJSON", "KlarsvarLSP", "KlarsvarServe"]),
    // Tests mirror the targets: one test target per module, each depending only on what it tests;
    // TestSupport holds helpers that need no product module (random input, ZIP fixtures, the built binary).
    .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
    .testTarget(name: "KlarsvarJSONTests", dependencies: ["KlarsvarJSON", "TestSupport"]),
    .testTarget(name: "KlarsvarTextTests", dependencies: ["KlarsvarText", "TestSupport"]),
    .testTarget(
      name: "KlarsvarPhrasesTests",
      dependencies: ["KlarsvarPhrases", "KlarsvarText", "KlarsvarBuiltinPacks", "TestSupport"]),
    .testTarget(name: "KlarsvarFormatsTests", dependencies: ["KlarsvarFormats", "KlarsvarText", "TestSupport"]),
    .testTarget(name: "KlarsvarLanguageTests", dependencies: ["KlarsvarLanguage", "KlarsvarJSON"]),
    .testTarget(
      name: "KlarsvarCoreTests",
      dependencies: [
        "KlarsvarCore", "KlarsvarJSON", "KlarsvarText", "KlarsvarPhrases", "KlarsvarFormats", "TestSupport",
      ]),
    .testTarget(
      name: "KlarsvarReportingTests",
      dependencies: ["KlarsvarReporting", "KlarsvarCore", "KlarsvarText", "KlarsvarFormats", "TestSupport"]),
    .testTarget(
      name: "KlarsvarLSPTests",
      dependencies: ["KlarsvarLSP", "KlarsvarCore", "KlarsvarJSON", "KlarsvarText", "TestSupport"]),
    .testTarget(
      name: "KlarsvarServeTests",
      dependencies: ["KlarsvarServe", "KlarsvarCore", "KlarsvarJSON", "KlarsvarReporting", "TestSupport"]),
    .testTarget(name: "KlarsvarCLITests", dependencies: ["KlarsvarCore", "KlarsvarReporting", "TestSupport"]),
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
