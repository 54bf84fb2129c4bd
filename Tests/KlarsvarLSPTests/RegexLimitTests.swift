import Foundation
import XCTest

@testable import KlarsvarLSP

/// A user pack whose pattern would backtrack without end: the server stops it on the document,
/// says which rule was skipped, and keeps answering.
final class RegexLimitTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-lsp-regex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let pack = """
      {"schemaVersion": 1, "id": "seg", "name": "Seg", "language": "sv", "version": "1.0.0", "description": "Test"}
      """
    // Splits runs of a's into twos and threes: gets past the load-time shape check, exponential on "aaa…ab".
    let rules = """
      {"rules": [{"id": "seg-pattern", "type": "pattern", "category": "tone", "severity": "warning",
        "message": "Fynd.", "explanation": "Ett mönster för tester.", "pattern": "(aa|aaa)*$",
        "examples": {"flag": [], "pass": []}}]}
      """
    try Data(pack.utf8).write(to: folder.appendingPathComponent("pack.json"))
    try Data(rules.utf8).write(to: folder.appendingPathComponent("rules.json"))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testARunawayRuleIsSkippedWithANoticeAndTheServerKeepsAnswering() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: ["rulePaths": [.string(folder.path)]])
    let slow = folder.appendingPathComponent("seg.txt").absoluteString
    let letter = folder.appendingPathComponent("brev.txt").absoluteString
    client.open(slow, DiagnosticsTests.letter + "\n" + String(repeating: "a", count: 400) + "b\n")
    client.open(letter, DiagnosticsTests.letter)
    let hover = try await client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": .string(letter)],
        "position": TextLocator.range(of: "erhåller", in: DiagnosticsTests.letter)["start"]!,
      ])
    XCTAssertNotNil(hover["result"]?["contents"], "\(hover)")

    let diagnostics = try await client.diagnostics(slow, version: 1, timeout: 30)
    let notices = diagnostics.withCode(DiagnosticTranslator.noticeCode)
    XCTAssertEqual(notices.count, 1, "\(diagnostics)")
    let message = notices.first?["message"]?.stringValue ?? ""
    XCTAssertTrue(message.hasPrefix("regeln seg-pattern tog för lång tid och hoppades över"), message)
    XCTAssertTrue(diagnostics.withCode("seg-pattern").isEmpty)
    XCTAssertFalse(diagnostics.withCode("plain-officialese").isEmpty, "the built-in rules still report")
    try await client.shutdownAndExit()
  }
}
