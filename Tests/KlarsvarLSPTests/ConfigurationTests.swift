import Foundation
import XCTest

@testable import KlarsvarLSP

/// Settings from `initializationOptions`, `workspace/configuration`, `didChangeConfiguration` and
/// `.klarsvar.json`; rule packs reloaded from disk.
final class ConfigurationTests: XCTestCase {
  static let letter = DiagnosticsTests.letter
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func uri(_ name: String) -> String { folder.appendingPathComponent(name).absoluteString }

  func testInitializationOptionsTurnOffAndReSeverityRules() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: [
      "klarsvar": ["rules": ["plain-officialese": "off", "plain-prepositions": "error"]]
    ])
    let uri = uri("a.txt")
    client.open(uri, Self.letter)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty)
    XCTAssertEqual(diagnostics.withCode("plain-prepositions").first?["severity"], 1)
  }

  func testWorkspaceConfigurationIsPulledAndDidChangeConfigurationRePulls() async throws {
    let client = TestClient()
    try await client.initialize(capabilities: ["workspace": ["configuration": true]])
    let pull = try await client.waitFor("workspace/configuration") { $0["method"] == "workspace/configuration" }
    XCTAssertEqual(pull["params"]?["items"]?[0]?["section"], "klarsvar")
    client.send(["jsonrpc": "2.0", "id": pull["id"]!, "result": [["rules": ["plain-officialese": "off"]]]])
    let uri = uri("b.txt")
    client.open(uri, Self.letter)
    var diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty, "\(diagnostics)")
    let count = client.messages.count
    client.notify("workspace/didChangeConfiguration", ["settings": .null])
    let again = try await client.waitFor("second pull", after: count) { $0["method"] == "workspace/configuration" }
    client.send(["jsonrpc": "2.0", "id": again["id"]!, "result": [[:]]])
    diagnostics = try await client.diagnostics(uri, version: 1, after: count)
    XCTAssertFalse(diagnostics.withCode("plain-officialese").isEmpty, "settings cleared: rule back")
  }

  func testNullConfigurationAnswerKeepsInitializationOptions() async throws {
    let client = TestClient()
    try await client.initialize(
      capabilities: ["workspace": ["configuration": true]],
      initializationOptions: ["klarsvar": ["rules": ["plain-officialese": "off"]]])
    let pull = try await client.waitFor("workspace/configuration") { $0["method"] == "workspace/configuration" }
    client.send(["jsonrpc": "2.0", "id": pull["id"]!, "result": [.null]])
    let uri = uri("n.txt")
    client.open(uri, Self.letter)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty, "null means no opinion: \(diagnostics)")
    XCTAssertFalse(diagnostics.isEmpty)
  }

  func testDidChangeConfigurationPushedSettings() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = uri("c.md")
    client.open(uri, Self.letter, language: "markdown")
    _ = try await client.diagnostics(uri, version: 1)
    let count = client.messages.count
    client.notify("workspace/didChangeConfiguration", ["settings": ["klarsvar": ["languages": ["plaintext"]]]])
    let diagnostics = try await client.diagnostics(uri, after: count)
    XCTAssertEqual(diagnostics, [], "markdown no longer checked")
  }

  func testInvalidSettingsAreShownAndOldOnesStay() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: ["rules": ["plain-officialese": "off"]])
    client.notify("workspace/didChangeConfiguration", ["settings": ["rules": ["plain-officialese": "loud"]]])
    let shown = try await client.waitFor("showMessage") { $0["method"] == "window/showMessage" }
    XCTAssertTrue(shown["params"]?["message"]?.stringValue?.contains("/rules/plain-officialese") == true, "\(shown)")
    let uri = uri("d.txt")
    client.open(uri, Self.letter)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty)
  }

  func testLanguagesDefaultToPlaintextAndMarkdown() async throws {
    let client = TestClient()
    try await client.initialize()
    client.open(uri("e.json"), Self.letter, language: "json")
    let uri = uri("e.txt")
    client.open(uri, Self.letter)
    _ = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(
      client.notifications("textDocument/publishDiagnostics").allSatisfy { $0["params"]?["uri"] == .string(uri) })
  }

  func testKlarsvarJSONInTheWorkspaceIsHonoured() async throws {
    try Data(#"{"rules": {"plain-officialese": "warning"}, "languages": ["plaintext", "markdown", "text"]}"#.utf8)
      .write(to: folder.appendingPathComponent(".klarsvar.json"))
    let sub = folder.appendingPathComponent("svar")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let client = TestClient()
    try await client.initialize(rootURI: folder.absoluteString)
    let uri = sub.appendingPathComponent("brev.txt").absoluteString
    client.open(uri, Self.letter, language: "text")
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertEqual(diagnostics.withCode("plain-officialese").first?["severity"], 2)
  }

  // MARK: Rule packs

  private func writePack(_ directory: URL, phrase: String, brokenJSON: Bool = false) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(
      #"{"schemaVersion": 1, "id": "test-pack", "name": "Test", "language": "sv", "version": "1.0.0", "description": "Test"}"#
        .utf8
    )
    .write(to: directory.appendingPathComponent("pack.json"))
    let rules = """
      {"rules": [{"id": "test-word", "type": "phrase", "category": "tone", "severity": "warning",
        "message": "Testord: ”{match}”.", "explanation": "Ett ord för tester.",
        "phrases": [{"phrase": "\(phrase)", "suggestions": ["ord"]}],
        "examples": {"flag": ["Det här är \(phrase)."], "pass": ["Det här är ord."]}}]}
      """
    try Data((brokenJSON ? String(rules.dropLast(3)) : rules).utf8).write(
      to: directory.appendingPathComponent("rules.json"))
  }

  func testRulePackReloadOnWatchedFileChangeAndBrokenPackKeepsLastGoodRules() async throws {
    let packs = folder.appendingPathComponent("regler")
    try writePack(packs.appendingPathComponent("test-pack"), phrase: "blanketten")
    let client = TestClient()
    try await client.initialize(
      capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]],
      initializationOptions: ["rulePaths": [.string(packs.path)]])
    let registration = try await client.waitFor("registerCapability") { $0["method"] == "client/registerCapability" }
    XCTAssertEqual(registration["params"]?["registrations"]?[0]?["method"], "workspace/didChangeWatchedFiles")
    client.send(["jsonrpc": "2.0", "id": registration["id"]!, "result": .null])
    let uri = uri("f.txt")
    client.open(uri, Self.letter)
    var diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertEqual(
      diagnostics.withCode("test-word").first?["range"], TextLocator.range(of: "blanketten", in: Self.letter))

    try writePack(packs.appendingPathComponent("test-pack"), phrase: "beslutet")
    var count = client.messages.count
    client.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(packs.appendingPathComponent("test-pack/rules.json").absoluteString), "type": 2]]])
    diagnostics = try await client.diagnostics(uri, version: 1, after: count)
    XCTAssertEqual(
      diagnostics.withCode("test-word").first?["range"], TextLocator.range(of: "beslutet", in: Self.letter))

    try writePack(packs.appendingPathComponent("test-pack"), phrase: "Anna", brokenJSON: true)
    count = client.messages.count
    client.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(packs.appendingPathComponent("test-pack/rules.json").absoluteString), "type": 2]]])
    let shown = try await client.waitFor("showMessage", after: count) { $0["method"] == "window/showMessage" }
    let message = shown["params"]?["message"]?.stringValue ?? ""
    XCTAssertEqual(shown["params"]?["type"], 1)
    XCTAssertTrue(message.contains("test-pack/rules.json:"), message)
    // The last good rules stay: still "beslutet".
    let hover = try await client.request(
      "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": TextLocator.range(of: "beslutet", in: Self.letter)["start"]!])
    XCTAssertTrue(hover["result"]?["contents"]?["value"]?.stringValue?.contains("test-word") == true, "\(hover)")
  }

  func testRulePackReloadByPollingWhenTheClientCannotWatch() async throws {
    let packs = folder.appendingPathComponent("regler")
    try writePack(packs, phrase: "blanketten")
    var options = ServerOptions.forTests
    options.pollInterval = .milliseconds(100)
    let client = TestClient(options: options)
    try await client.initialize(initializationOptions: ["rulePaths": [.string(packs.path)]])
    let uri = uri("g.txt")
    client.open(uri, Self.letter)
    var diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertFalse(diagnostics.withCode("test-word").isEmpty)
    try await Task.sleep(for: .milliseconds(20))
    try writePack(packs, phrase: "snart")
    let count = client.messages.count
    diagnostics = try await client.diagnostics(uri, version: 1, after: count, timeout: 5)
    XCTAssertEqual(diagnostics.withCode("test-word").first?["range"], TextLocator.range(of: "snart", in: Self.letter))
  }
}
