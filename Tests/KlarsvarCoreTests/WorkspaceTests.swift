import KlarsvarFormats
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarJSON
@testable import KlarsvarText

/// The workspace policy both front ends share: settings layered over `.klarsvar.json`, paths, file
/// types, the rule-set cache and the disable directive.
final class WorkspaceTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-workspace-\(UUID().uuidString)")
      .standardizedFileURL
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("beslut"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: root)
  }

  private func writeProject(_ json: String) throws {
    try Data(json.utf8).write(to: root.appendingPathComponent(KlarsvarConfig.fileName))
  }

  /// Editor settings as the language server hands them over (its tests cover reading the client's JSON).
  private func editor(_ settings: [String: Any]) throws -> SettingsOverlay {
    let value = try JSONParser.parse(try JSONSerialization.data(withJSONObject: settings))
    return SettingsOverlay(editor: try KlarsvarConfig(json: value, file: root.appendingPathComponent("(redigeraren)")))
  }

  // MARK: Layers

  func testEditorSettingsLayerOverTheProject() throws {
    try writeProject(
      """
      {"packs": ["sv-klarsprak"], "rules": {"a": "warning", "b": "info"}, "kind": "reply",
       "overrides": [{"files": ["beslut/**"], "kind": "decision"}], "rulePaths": ["projekt"],
       "languages": ["plaintext"], "failOn": "error"}
      """)
    let overlay = try editor([
      "rules": ["b": "off", "c": "error"], "placeholders": [["open": "[[", "close": "]]"]],
      "rulePaths": ["redigerare"], "languages": ["markdown"],
    ])
    let workspace = Workspace(overlay: overlay, ruleSets: RuleSetCache(includeBuiltIn: false))
    let settings = workspace.settings(forDirectory: root.appendingPathComponent("beslut"))
    let options = settings.lintOptions(for: root.appendingPathComponent("beslut/x.md"), format: .markdown)
    XCTAssertEqual(options.rules.enabledPacks, ["sv-klarsprak"], "the editor names no packs: the project's stay")
    XCTAssertEqual(options.rules.overrides, ["a": .severity(.warning), "b": .off, "c": .severity(.error)])
    XCTAssertEqual(options.placeholders, [PlaceholderDelimiters(open: "[[", close: "]]")])
    XCTAssertEqual(options.kind, .decision, "the project's override for the file")
    XCTAssertEqual(options.format, .markdown)
    XCTAssertEqual(
      settings.ruleFolders.map(\.lastPathComponent), ["projekt", "redigerare"], "the editor's folders load last")
    XCTAssertEqual(settings.languages, ["markdown"])
    XCTAssertEqual(settings.failOn, .error)
  }

  func testCommandLineFlagsWinAndItsRuleFoldersLoadFirst() throws {
    try writeProject(#"{"kind": "summary", "failOn": "never", "rulePaths": ["projekt"]}"#)
    var overlay = SettingsOverlay()
    overlay.kind = .opinion
    overlay.failOn = .info
    overlay.extraRulePaths = [URL(fileURLWithPath: "/regler")]
    let settings = Workspace(overlay: overlay, ruleSets: RuleSetCache(includeBuiltIn: false))
      .settings(forDirectory: root)
    XCTAssertEqual(settings.lintOptions(for: root.appendingPathComponent("a.txt"), format: .plain).kind, .opinion)
    XCTAssertEqual(settings.failOn, .info)
    XCTAssertEqual(settings.ruleFolders.map(\.lastPathComponent), ["regler", "projekt"])
  }

  func testWithoutAnyConfigTheDefaultsApply() {
    let settings = Workspace(ruleSets: RuleSetCache(includeBuiltIn: false)).settings(forDirectory: nil)
    XCTAssertNil(settings.project)
    XCTAssertEqual(settings.failOn, .warning)
    XCTAssertEqual(settings.languages, FileTypes.defaultLanguages)
    XCTAssertEqual(settings.extensions, FileTypes.defaultExtensions)
    XCTAssertEqual(settings.lintOptions(for: root, format: .plain), LintOptions())
  }

  func testTheProjectsIgnoreAndExtensionsChooseTheFilesCheckTakes() throws {
    try writeProject(#"{"ignore": ["arkiv/**"], "extensions": ["md"]}"#)
    let workspace = Workspace(ruleSets: RuleSetCache(includeBuiltIn: false))
    XCTAssertTrue(workspace.accepts(root.appendingPathComponent("svar/a.MD")))
    XCTAssertFalse(workspace.accepts(root.appendingPathComponent("svar/a.txt")))
    XCTAssertFalse(workspace.accepts(root.appendingPathComponent("arkiv/a.md")))
  }

  // MARK: Paths and file types

  func testPathsResolveAgainstTheBaseTheHomeOrNothing() {
    let base = URL(fileURLWithPath: "/projekt/svar")
    let home = FileManager.default.homeDirectoryForCurrentUser
    XCTAssertEqual(WorkspacePath.resolve("regler", against: base).path, "/projekt/svar/regler")
    XCTAssertEqual(WorkspacePath.resolve("/regler", against: base).path, "/regler")
    XCTAssertEqual(
      WorkspacePath.resolve("~/regler", against: base).path, home.appendingPathComponent("regler").path)
  }

  func testEveryDefaultExtensionHasAFormatAndMarkdownIsReadAsMarkdown() {
    for ext in FileTypes.defaultExtensions {
      XCTAssertNotNil(TemplateFormat(fileExtension: String(ext.dropFirst())), ext)
    }
    XCTAssertEqual(FileTypes.documentFormat(ofPath: "svar/Brev.MD"), .markdown)
    XCTAssertEqual(FileTypes.documentFormat(ofPath: "svar/brev.markdown"), .markdown)
    XCTAssertEqual(
      FileTypes.documentFormat(ofPath: "svar/brev.html"), .html, "HTML is linted as extracted text with its directives")
    XCTAssertEqual(FileTypes.documentFormat(languageID: "markdown", path: "untitled:Untitled-1"), .markdown)
    XCTAssertEqual(FileTypes.documentFormat(languageID: "plaintext", path: "file:///a/b.md"), .markdown)
    XCTAssertEqual(FileTypes.documentFormat(languageID: "plaintext", path: "file:///a/b.txt"), .plain)
  }

  // MARK: Rule sets

  func testARuleSetIsLoadedOnceAndItsErrorsComeWithTheFirstLoad() {
    let cache = RuleSetCache(includeBuiltIn: false)
    let missing = root.appendingPathComponent("saknas")
    let first = cache.linter(for: [missing])
    XCTAssertEqual(first.errors.count, 1)
    XCTAssertEqual(cache.linter(for: [missing]).errors, [], "cached")
    XCTAssertEqual(cache.errors, first.errors)
    XCTAssertEqual(cache.reloadChanged().changed, false)
  }

  // MARK: Disable directive

  func testDisableDirectiveFollowsTheMarkupTheIndentationAndTheLineEnding() {
    let linter = TestPack.phraseLinter(["erhålla"])
    func disabled(_ text: String, _ format: DocumentFormat) -> String {
      let result = linter.lint(text, options: LintOptions(format: format))
      guard let finding = result.findings.first else { return "no finding" }
      let edit = DisableDirective.edit(disabling: finding, in: result)
      return String(
        decoding: FixSelection.apply([.init(ruleID: "", title: "", edit: edit)], to: Array(text.utf8)), as: UTF8.self)
    }
    XCTAssertEqual(
      disabled("Hej.\n  Du kan erhålla stöd.\n", .markdown),
      "Hej.\n  <!-- klarsvar-disable-next-line test-phrase -->\n  Du kan erhålla stöd.\n")
    XCTAssertEqual(
      disabled("Hej.\r\nDu kan erhålla stöd.", .plain),
      "Hej.\r\nklarsvar-disable-next-line test-phrase\r\nDu kan erhålla stöd.")
  }
}
