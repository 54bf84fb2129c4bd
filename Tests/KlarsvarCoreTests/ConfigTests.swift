import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// `.klarsvar.json`: discovery, rule and glob overrides, ignore globs, placeholders, failOn, kind,
/// strict decoding; and `Glob` itself.
final class ConfigTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-config-\(UUID().uuidString)")
      .standardizedFileURL
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: root)
  }

  private func write(_ text: String, to relative: String) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  private func parse(_ json: String) throws -> KlarsvarConfig {
    try KlarsvarConfig.parse(Data(json.utf8), file: root.appendingPathComponent(".klarsvar.json"))
  }

  private func assertConfigError(
    _ json: String, path: String, mentions: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try parse(json), file: file, line: line) { error in
      guard let error = error as? PackLoadError else { return XCTFail("\(error)", file: file, line: line) }
      XCTAssertEqual(error.file, self.root.appendingPathComponent(".klarsvar.json").path, file: file, line: line)
      XCTAssertEqual(error.jsonPath, path, file: file, line: line)
      XCTAssertTrue(
        error.message.contains(mentions), "\"\(error.message)\" should mention \(mentions)", file: file, line: line)
    }
  }

  // MARK: Discovery

  func testConfigIsFoundByWalkingUpAndTheNearestWins() throws {
    try write(#"{ "failOn": "error" }"#, to: ".klarsvar.json")
    try write(#"{ "failOn": "never" }"#, to: "svar/.klarsvar.json")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("beslut/2027/juni"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("svar/djup"), withIntermediateDirectories: true)
    let resolver = ConfigResolver()
    let deep = resolver.config(forDirectory: root.appendingPathComponent("beslut/2027/juni"))
    XCTAssertEqual(deep?.file.standardizedFileURL.path, root.appendingPathComponent(".klarsvar.json").path)
    XCTAssertEqual(deep?.failOn, .error)
    let nearer = resolver.config(forDirectory: root.appendingPathComponent("svar/djup"))
    XCTAssertEqual(nearer?.file.standardizedFileURL.path, root.appendingPathComponent("svar/.klarsvar.json").path)
    XCTAssertEqual(nearer?.failOn, .never)
    XCTAssertEqual(resolver.errors.count, 0)
  }

  func testBrokenConfigIsReportedOnce() throws {
    try write("{ \"failOn\": \"sometimes\" }", to: ".klarsvar.json")
    try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    let resolver = ConfigResolver()
    _ = resolver.config(forDirectory: root.appendingPathComponent("a/b"))
    _ = resolver.config(forDirectory: root.appendingPathComponent("a"))
    _ = resolver.config(forDirectory: root)
    XCTAssertEqual(resolver.errors.map(\.jsonPath), ["/failOn"])
  }

  func testLocalRulesFolderAndRulePathsResolveAgainstTheConfig() throws {
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent(".klarsvar/rules"), withIntermediateDirectories: true)
    let config = try parse(#"{ "rulePaths": ["paket/egna", "/abs/paket"] }"#)
    XCTAssertEqual(
      config.rulePaths.map(\.path),
      [
        root.appendingPathComponent("paket/egna").path, "/abs/paket",
        root.appendingPathComponent(".klarsvar/rules").path,
      ])
  }

  // MARK: Settings

  func testRuleOverridesGlobOverridesAndKind() throws {
    let config = try parse(
      """
      {
        "packs": ["sv-klarsprak"],
        "rules": { "test-a": "off", "test-b": "error" },
        "kind": "reply",
        "overrides": [
          { "files": ["beslut/**"], "rules": { "test-b": "hint", "test-c": "off" }, "kind": "decision" },
          { "files": ["*.utkast.md"], "rules": { "test-b": "info" } }
        ]
      }
      """)
    let plain = config.options(for: root.appendingPathComponent("svar/brev.md"), format: .markdown)
    XCTAssertEqual(plain.rules.enabledPacks, ["sv-klarsprak"])
    XCTAssertEqual(plain.rules.overrides, ["test-a": .off, "test-b": .severity(.error)])
    XCTAssertEqual(plain.kind, .reply)
    XCTAssertEqual(plain.format, .markdown)

    let decision = config.options(for: root.appendingPathComponent("beslut/2027/avslag.md"), format: .markdown)
    XCTAssertEqual(decision.rules.overrides, ["test-a": .off, "test-b": .severity(.hint), "test-c": .off])
    XCTAssertEqual(decision.kind, .decision)

    let both = config.options(for: root.appendingPathComponent("beslut/avslag.utkast.md"), format: .markdown)
    XCTAssertEqual(both.rules.overrides["test-b"], .severity(.info), "later overrides win")
    XCTAssertEqual(
      config.mentionedRuleIDs.map(\.path),
      [
        "/rules/test-a", "/rules/test-b", "/overrides/0/rules/test-b", "/overrides/0/rules/test-c",
        "/overrides/1/rules/test-b",
      ])
  }

  func testOverridesChangeWhatTheLinterReports() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-a", type: "phrase", ["phrases": ["inom kort"]]),
      TestPack.rule("test-b", type: "phrase", severity: "info", ["phrases": ["inom kort"]]),
    ])
    func findings(_ overrides: [String: RuleOverride], packs: Set<String>? = nil) -> [String] {
      let options = LintOptions(rules: RuleSettings(enabledPacks: packs, overrides: overrides))
      return linter.lint("Vi svarar inom kort.", options: options).findings.map { "\($0.ruleID):\($0.severity)" }
    }
    XCTAssertEqual(findings([:]), ["test-a:warning", "test-b:info"])
    XCTAssertEqual(findings(["test-a": .off, "test-b": .severity(.error)]), ["test-b:error"])
    XCTAssertEqual(findings([:], packs: ["annat"]), [])
    XCTAssertEqual(findings([:], packs: ["test"]), ["test-a:warning", "test-b:info"])
  }

  func testIgnorePlaceholdersFailOnAndExtensions() throws {
    let config = try parse(
      """
      { "ignore": ["utkast/**", "*.tmp.md", "arkiv/"], "failOn": "info",
        "placeholders": [{ "open": "<<", "close": ">>" }], "extensions": ["txt", ".MD"] }
      """)
    XCTAssertTrue(config.isIgnored(root.appendingPathComponent("utkast/a.md")))
    XCTAssertTrue(config.isIgnored(root.appendingPathComponent("svar/b.tmp.md")))
    XCTAssertTrue(config.isIgnored(root.appendingPathComponent("arkiv/2020/c.md")))
    XCTAssertFalse(config.isIgnored(root.appendingPathComponent("svar/utkast.md")))
    XCTAssertFalse(
      config.isIgnored(URL(fileURLWithPath: "/någon/annanstans/utkast/a.md")), "outside the config's folder")
    XCTAssertEqual(config.failOn, .info)
    XCTAssertEqual(config.extensions, [".txt", ".md"])
    let options = config.options(for: root.appendingPathComponent("a.md"), format: .plain)
    XCTAssertEqual(options.placeholders, [PlaceholderDelimiters(open: "<<", close: ">>")])
    XCTAssertEqual(try parse("{}").options(for: root, format: .plain).placeholders, PlaceholderDelimiters.defaults)
    XCTAssertEqual(try parse("{}").failOn, nil)
  }

  func testFailLevels() {
    XCTAssertEqual(Severity.allCases.filter(FailLevel.error.fails), [.error])
    XCTAssertEqual(Severity.allCases.filter(FailLevel.warning.fails), [.warning, .error])
    XCTAssertEqual(Severity.allCases.filter(FailLevel.info.fails), [.info, .warning, .error])
    XCTAssertEqual(Severity.allCases.filter(FailLevel.never.fails), [])
  }

  // MARK: Strict decoding

  func testUnknownKeysAndBadValuesNameTheirPath() {
    assertConfigError(#"{ "colour": "röd" }"#, path: "/colour", mentions: "colour")
    assertConfigError(
      #"{ "overrides": [{ "files": ["a"], "rulez": {} }] }"#, path: "/overrides/0/rulez", mentions: "rulez")
    assertConfigError(#"{ "overrides": [{ "rules": {} }] }"#, path: "/overrides/0/files", mentions: "saknas")
    assertConfigError(#"{ "rules": { "test-a": "loud" } }"#, path: "/rules/test-a", mentions: "off")
    assertConfigError(#"{ "failOn": "sometimes" }"#, path: "/failOn", mentions: "sometimes")
    assertConfigError(#"{ "kind": "brev" }"#, path: "/kind", mentions: "brev")
    assertConfigError(#"{ "placeholders": [{ "open": "<<" }] }"#, path: "/placeholders/0/close", mentions: "saknas")
    assertConfigError(
      #"{ "placeholders": [{ "open": "", "close": ">>" }] }"#, path: "/placeholders/0", mentions: "tomma")
    assertConfigError(#"{ "ignore": "utkast" }"#, path: "/ignore", mentions: "lista")
    assertConfigError("[]", path: "", mentions: "objekt")
  }

  func testSchemaReferenceIsAcceptedAndIgnored() throws {
    let config = try parse(
      #"{ "$schema": "https://example.org/config.schema.json", "failOn": "error", "ignore": ["utkast/**"] }"#)
    XCTAssertEqual(config.failOn, .error)
    XCTAssertEqual(config.ignore, ["utkast/**"])
    XCTAssertEqual(try parse(#"{ "$schema": "./config.schema.json" }"#).failOn, nil)
    assertConfigError(#"{ "$schema": 2 }"#, path: "/$schema", mentions: "sträng")
    assertConfigError(
      #"{ "overrides": [{ "files": ["a"], "$schema": "x" }] }"#, path: "/overrides/0/$schema", mentions: "okänt")
  }

  func testInvalidJSONNamesLineAndColumn() {
    XCTAssertThrowsError(try parse("{\n  \"failOn\": \"error\"\n  \"kind\": \"reply\"\n}")) { error in
      let error = error as? PackLoadError
      XCTAssertEqual(error?.line, 3)
      XCTAssertEqual(error?.column, 3)
    }
  }

  // MARK: Unknown rule ids

  func testCheckerReportsUnknownRuleIDsAndPacksInConfig() throws {
    try write(
      """
      { "packs": ["sv-klarsprak", "sv-okänt"],
        "rules": { "no-such-rule": "off", "structure-greeting": "off" },
        "overrides": [{ "files": ["*.md"], "rules": { "also-unknown": "error" } }] }
      """,
      to: ".klarsvar.json")
    try write("Hej!\n\nTack för ditt brev.\n", to: "brev.md")
    var options = Checker.Options(currentDirectory: root)
    options.includeBuiltIn = true
    let outcome = Checker(options: options).run(paths: ["brev.md"])
    XCTAssertEqual(
      outcome.configErrors.map(\.jsonPath), ["/rules/no-such-rule", "/overrides/0/rules/also-unknown", "/packs/1"])
    XCTAssertTrue(
      outcome.configErrors.allSatisfy { $0.file == self.root.appendingPathComponent(".klarsvar.json").path })
    XCTAssertEqual(outcome.exitCode, 2)
    XCTAssertEqual(outcome.reports.count, 1, "the file is still checked")
    XCTAssertFalse(outcome.reports[0].findings.contains { $0.ruleID == "structure-greeting" })
  }

  // MARK: Glob

  func testGlobs() {
    let cases: [(String, String, Bool)] = [
      ("*.md", "a.md", true),
      ("*.md", "svar/djup/a.md", true),
      ("*.md", "a.txt", false),
      ("*.md", "a.md.txt", false),
      ("beslut/**", "beslut/a.md", true),
      ("beslut/**", "beslut/2027/juni/a.md", true),
      ("beslut/**", "svar/beslut/a.md", false),
      ("beslut/*.md", "beslut/a.md", true),
      ("beslut/*.md", "beslut/2027/a.md", false),
      ("**/utkast/*.md", "utkast/a.md", true),
      ("**/utkast/*.md", "svar/utkast/a.md", true),
      ("**/utkast/*.md", "utkast/x/a.md", false),
      ("svar/**/a.md", "svar/a.md", true),
      ("svar/**/a.md", "svar/x/y/a.md", true),
      ("brev?.md", "brev1.md", true),
      ("brev?.md", "brev12.md", false),
      ("a?b", "a/b", false),
      ("utkast/", "utkast/a.md", true),
      ("utkast/", "utkastet/a.md", false),
      ("./a.md", "a.md", true),
      ("./a.md", "x/a.md", false),
      ("/a.md", "a.md", true),
      ("/a.md", "x/a.md", false),
      ("/utkast/", "utkast/a.md", true),
      ("ärenden/*", "ärenden/brev.md", true),
      ("*", "a/b/c.md", true),
    ]
    for (pattern, path, expected) in cases {
      XCTAssertEqual(Glob.matches(pattern, path: path), expected, "\(pattern) on \(path)")
    }
  }
}
