import TestSupport
import XCTest

@testable import KlarsvarCore

/// Broken packs are reported precisely (file, line and column, or rule id and JSON path), and
/// everything sound around them still loads.
final class RulePackLoadingTests: XCTestCase {
  private func good(_ id: String) -> [String: Any] {
    TestPack.rule(id, type: "phrase", ["phrases": ["inom kort"]])
  }

  /// Loads a pack whose `rules.json` holds a sound rule, the broken one and another sound rule,
  /// next to a second sound pack; expects exactly one error.
  private func loadWithBrokenRule(
    _ broken: [String: Any], file: StaticString = #filePath, line: UInt = #line
  ) -> PackLoadError? {
    let folders = [
      TestPack.folder(id: "first", rules: [good("test-before"), broken, good("test-after")]),
      TestPack.folder(id: "second", rules: [good("test-other-pack")]),
    ]
    let result = RuleSetLoader.load(folders)
    XCTAssertEqual(
      result.ruleSet.ruleIDs, ["test-before", "test-after", "test-other-pack"], "sound rules still load", file: file,
      line: line)
    XCTAssertEqual(result.ruleSet.packs.map(\.id), ["first", "second"], file: file, line: line)
    XCTAssertEqual(result.errors.count, 1, "\(result.errors)", file: file, line: line)
    let linter = Linter(ruleSet: result.ruleSet)
    XCTAssertEqual(
      Set(linter.lint("Vi svarar inom kort.").findings.map(\.ruleID)),
      ["test-before", "test-after", "test-other-pack"],
      file: file, line: line)
    return result.errors.first
  }

  private func assertError(
    _ error: PackLoadError?, ruleID: String?, path: String, mentions: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    guard let error else { return XCTFail("no error", file: file, line: line) }
    XCTAssertEqual(error.file, "test/first/rules.json", file: file, line: line)
    XCTAssertEqual(error.ruleID, ruleID, file: file, line: line)
    XCTAssertEqual(error.jsonPath, path, file: file, line: line)
    XCTAssertTrue(
      error.message.contains(mentions), "\"\(error.message)\" should mention \(mentions)", file: file, line: line)
    let expected = "test/first/rules.json: " + (ruleID.map { "regel \($0), " } ?? "") + "vid \(path): "
    XCTAssertTrue(error.description.hasPrefix(expected), "\(error.description)", file: file, line: line)
  }

  func testInvalidJSONNamesFileLineAndColumn() {
    // The stray "x" sits on line 3, column 17 (counted in characters: å is one, though two bytes).
    let broken = "{\n  \"rules\": [\n    { \"id\": \"å\" \"x\" }\n  ]\n}\n"
    let folders = [
      TestPack.folder(id: "first", rules: [good("test-sound")], rawFiles: ["zz-broken.json": broken]),
      TestPack.folder(id: "second", rules: [good("test-other-pack")]),
    ]
    let result = RuleSetLoader.load(folders)
    XCTAssertEqual(result.errors.count, 1)
    let error = result.errors.first
    XCTAssertEqual(error?.file, "test/first/zz-broken.json")
    XCTAssertEqual(error?.line, 3)
    XCTAssertEqual(error?.column, 17)
    XCTAssertTrue(
      error?.description.hasPrefix("test/first/zz-broken.json:3:17: ogiltig JSON") ?? false,
      "\(String(describing: error))")
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-sound", "test-other-pack"])
  }

  func testInvalidManifestDropsOnlyThatPack() {
    var broken = TestPack.folder(id: "first", rules: [good("test-lost")])
    broken.files[0] = PackFolder.File(name: "pack.json", contents: Data("{ \"id\": \"first\",\n  \"name\": }".utf8))
    let result = RuleSetLoader.load([broken, TestPack.folder(id: "second", rules: [good("test-other-pack")])])
    XCTAssertEqual(result.errors.map(\.file), ["test/first/pack.json"])
    XCTAssertEqual(result.errors.first?.line, 2)
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-other-pack"])
  }

  func testManifestMayNameItsSchema() throws {
    var pack = TestPack.folder(id: "first", rules: [good("test-sound")])
    var manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: pack.files[0].contents) as? [String: Any])
    manifest["$schema"] = "../schema/pack.schema.json"
    pack.files[0] = PackFolder.File(name: "pack.json", contents: PackJSON.json(manifest))
    let result = RuleSetLoader.load([pack])
    XCTAssertEqual(result.errors.map(\.description), [])
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-sound"])
    manifest["$schema"] = ["url": "x"]
    pack.files[0] = PackFolder.File(name: "pack.json", contents: PackJSON.json(manifest))
    let broken = RuleSetLoader.load([pack])
    XCTAssertEqual(broken.errors.map(\.jsonPath), ["/$schema"])
    XCTAssertEqual(broken.errors.map(\.file), ["test/first/pack.json"])
  }

  func testUnknownRuleType() {
    let error = loadWithBrokenRule(TestPack.rule("test-broken", type: "fancy", ["phrases": ["x"]]))
    assertError(error, ruleID: "test-broken", path: "/rules/1/type", mentions: "fancy")
  }

  func testUnknownField() {
    var rule = good("test-broken")
    rule["colour"] = "röd"
    assertError(loadWithBrokenRule(rule), ruleID: "test-broken", path: "/rules/1/colour", mentions: "colour")
    var nested = good("test-broken")
    nested["examples"] = ["flag": [] as [Any], "pass": [] as [Any], "maybe": [] as [Any]]
    assertError(loadWithBrokenRule(nested), ruleID: "test-broken", path: "/rules/1/examples/maybe", mentions: "maybe")
    var entry = good("test-broken")
    entry["phrases"] = [["phrase": "inom kort", "suggestion": ["snart"]]]
    assertError(
      loadWithBrokenRule(entry), ruleID: "test-broken", path: "/rules/1/phrases/0/suggestion", mentions: "suggestion")
  }

  func testMissingField() {
    var rule = good("test-broken")
    rule.removeValue(forKey: "message")
    assertError(loadWithBrokenRule(rule), ruleID: "test-broken", path: "/rules/1/message", mentions: "saknas")
    var noPhrases = good("test-broken")
    noPhrases.removeValue(forKey: "phrases")
    assertError(loadWithBrokenRule(noPhrases), ruleID: "test-broken", path: "/rules/1/phrases", mentions: "saknas")
    var noID = good("test-broken")
    noID.removeValue(forKey: "id")
    assertError(loadWithBrokenRule(noID), ruleID: nil, path: "/rules/1/id", mentions: "saknas")
  }

  func testWrongCategoryOrSeverity() {
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "phrase", category: "style", ["phrases": ["x"]])),
      ruleID: "test-broken", path: "/rules/1/category", mentions: "style")
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "phrase", severity: "fatal", ["phrases": ["x"]])),
      ruleID: "test-broken", path: "/rules/1/severity", mentions: "fatal")
  }

  func testErrorsSayWhatToWriteInstead() {
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "phrase", severity: "fatal", ["phrases": ["x"]])),
      ruleID: "test-broken", path: "/rules/1/severity",
      mentions: #"välj ett av "hint", "info", "warning", "error""#)
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "pattern", ["pattern": "(inom kort"])),
      ruleID: "test-broken", path: "/rules/1/pattern", mentions: "kontrollera parenteser och hakparenteser")
  }

  func testDuplicateRuleIDAcrossPacks() {
    let folders = [
      TestPack.folder(id: "second", rules: [good("test-shared"), good("test-second")]),
      TestPack.folder(id: "first", rules: [good("test-first"), good("test-shared")]),
    ]
    let result = RuleSetLoader.load(folders)
    XCTAssertEqual(result.errors.count, 1)
    let error = result.errors.first
    XCTAssertEqual(error?.file, "test/first/rules.json")
    XCTAssertEqual(error?.ruleID, "test-shared")
    XCTAssertEqual(error?.jsonPath, "/rules/1/id")
    XCTAssertTrue(error?.message.contains("test/second/rules.json") ?? false, "names where it was defined first")
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-shared", "test-second", "test-first"])
    XCTAssertEqual(result.ruleSet.rule(withID: "test-shared")?.metadata.packID, "second", "the first definition wins")
  }

  func testInvalidRegex() {
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "pattern", ["pattern": "(inom kort"])),
      ruleID: "test-broken", path: "/rules/1/pattern", mentions: "(inom kort")
    let evidence = TestPack.rule(
      "test-broken", type: "requires", ["triggers": ["klagomål"], "evidence": [[["pattern": "[a-"]]]])
    assertError(
      loadWithBrokenRule(evidence), ruleID: "test-broken", path: "/rules/1/evidence/0/0/pattern", mentions: "[a-")
  }

  func testPatternShapesThatBacktrackCatastrophicallyAreLoadErrors() {
    for pattern in [#"(a+)+$"#, "(a|a)*", "(.*)*x", #"^(\w+\s?)*$"#] {
      assertError(
        loadWithBrokenRule(TestPack.rule("test-slow", type: "pattern", ["pattern": pattern])),
        ruleID: "test-slow", path: "/rules/1/pattern", mentions: "mönstret kan ta exponentiell tid")
    }
    let evidence = TestPack.rule(
      "test-slow", type: "requires", ["triggers": ["klagomål"], "evidence": [[["pattern": "(x+x+)+y"]]]])
    assertError(
      loadWithBrokenRule(evidence), ruleID: "test-slow", path: "/rules/1/evidence/0/0/pattern", mentions: "(x+x+)+")
  }

  func testWrongValueTypes() {
    var rule = good("test-broken")
    rule["phrases"] = "inom kort"
    assertError(loadWithBrokenRule(rule), ruleID: "test-broken", path: "/rules/1/phrases", mentions: "lista")
    assertError(
      loadWithBrokenRule(
        TestPack.rule("test-broken", type: "metric", ["metric": "lix", "scope": "sentence", "max": 40])),
      ruleID: "test-broken", path: "/rules/1/scope", mentions: "LIX")
    assertError(
      loadWithBrokenRule(TestPack.rule("test-broken", type: "phrase", ["phrases": ["@okänt"]])),
      ruleID: "test-broken", path: "/rules/1/phrases/0", mentions: "okänt")
  }

  func testBadDataFileShapeNamesTheFile() {
    let folders = [TestPack.folder(id: "first", rules: [good("test-sound")], extra: ["extra.json": ["rule": []]])]
    let result = RuleSetLoader.load(folders)
    XCTAssertEqual(result.errors.map(\.file), ["test/first/extra.json"])
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-sound"])
  }

  func testPacksReadFromDisk() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-packs-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let pack = directory.appendingPathComponent("lokal")
    try FileManager.default.createDirectory(at: pack.appendingPathComponent("under"), withIntermediateDirectories: true)
    for file in TestPack.folder(id: "lokal", rules: [good("test-disk")]).files {
      try file.contents.write(to: pack.appendingPathComponent(file.name))
    }
    try Data("not json".utf8).write(to: pack.appendingPathComponent("under/ignored.json"))
    try Data("notes".utf8).write(to: pack.appendingPathComponent("README.md"))
    let found = try PackFolder.discover(in: directory)
    XCTAssertEqual(found.map(\.displayPath), [pack.path])
    XCTAssertEqual(
      found.first?.files.map(\.name), ["pack.json", "rules.json"], "sub-folders and non-JSON are not read")
    let result = RuleSetLoader.load(found)
    XCTAssertEqual(result.errors.map(\.description), [])
    XCTAssertEqual(result.ruleSet.ruleIDs, ["test-disk"])
    XCTAssertThrowsError(try PackFolder.discover(in: directory.appendingPathComponent("saknas")))
    XCTAssertThrowsError(try PackFolder.read(directory: pack.appendingPathComponent("under"))) { error in
      XCTAssertTrue("\(error)".contains("pack.json"))
    }
  }
}
