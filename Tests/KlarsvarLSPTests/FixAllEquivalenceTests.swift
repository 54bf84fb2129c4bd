import Foundation
import KlarsvarCore
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// The editor's "fix all" and `check --fix` apply the same edits: both front ends take their
/// settings, rules and fix selection from the core's workspace policy.
final class FixAllEquivalenceTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every Markdown file of `examples/` and `Tests/Fixtures/eval`, relative to the repository.
  private func fixtures() throws -> [String] {
    try ["examples", "Tests/Fixtures/eval"].flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent(folder).path)
        .filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  /// The text `check --fix` would write (a dry run: the plan, not the files).
  private func fixedByCheck(_ path: String) throws -> String {
    let outcome = Checker(options: Checker.Options(currentDirectory: Self.repository)).run(paths: [path])
    let plan = Fixer.plan(outcome)
    XCTAssertEqual(plan.refused, [], path)
    let original = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
    return plan.files.first.map { String(decoding: $0.fixed, as: UTF8.self) } ?? original
  }

  /// The text after applying the server's `source.fixAll.klarsvar` action.
  private func fixedByEditor(_ client: TestClient, _ path: String) async throws -> String {
    let url = Self.repository.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let uri = url.absoluteString
    client.open(uri, text, language: "markdown")
    let response = try await client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)], "range": .range(0, 0, 0, 0),
        "context": ["diagnostics": [], "only": ["source.fixAll"]],
      ])
    let edits = response["result"]?[0]?["edit"]?["changes"]?[uri]?.arrayValue ?? []
    return EditApplier.apply(edits, to: text)
  }

  func testEditorFixAllAndCheckFixApplyTheSameEditsOnTheFixtures() async throws {
    let client = TestClient()
    try await client.initialize(rootURI: Self.repository.absoluteString)
    let paths = try fixtures()
    XCTAssertGreaterThan(paths.count, 40)
    var changed = 0
    for path in paths {
      let byCheck = try fixedByCheck(path)
      let byEditor = try await fixedByEditor(client, path)
      XCTAssertEqual(byEditor, byCheck, path)
      let original = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
      if byCheck != original { changed += 1 }
    }
    XCTAssertGreaterThan(changed, 10, "the fixtures hold fixable findings")
  }
}
