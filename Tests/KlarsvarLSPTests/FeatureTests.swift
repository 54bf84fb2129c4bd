import Foundation
import KlarsvarCore
import KlarsvarJSON
import KlarsvarText
import XCTest

@testable import KlarsvarLSP
@testable import KlarsvarText

/// Code actions, hover, the summary code lens and `klarsvar.listCommitments`.
final class FeatureTests: XCTestCase {
  static let letter = DiagnosticsTests.letter

  private func openLetter(_ client: TestClient, _ uri: String, _ text: String, language: String = "plaintext")
    async throws -> [JSONValue]
  {
    try await client.initialize()
    client.open(uri, text, language: language)
    return try await client.diagnostics(uri, version: 1)
  }

  private func codeActions(_ client: TestClient, _ uri: String, _ range: JSONValue, only: [String]? = nil) async throws
    -> [JSONValue]
  {
    var context: JSONValue = ["diagnostics": []]
    if let only { context = ["diagnostics": [], "only": .array(only.map { .string($0) })] }
    let response = try await client.request(
      "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": range, "context": context])
    return response["result"]?.arrayValue ?? []
  }

  func testQuickFixReplacesTheWord() async throws {
    let client = TestClient()
    let uri = "file:///tmp/fix.txt"
    _ = try await openLetter(client, uri, Self.letter)
    let range = TextLocator.range(of: "erhåller", in: Self.letter)
    let actions = try await codeActions(client, uri, ["start": range["start"]!, "end": range["start"]!])
    let fix = try XCTUnwrap(actions.first { $0["title"]?.stringValue?.contains("får") == true }, "\(actions)")
    XCTAssertEqual(fix["kind"], "quickfix")
    XCTAssertEqual(fix["isPreferred"], true)
    XCTAssertEqual(fix["diagnostics"]?[0]?["code"], "plain-officialese")
    let edits = try XCTUnwrap(fix["edit"]?["changes"]?[uri]?.arrayValue)
    XCTAssertEqual(
      EditApplier.apply(edits, to: Self.letter), Self.letter.replacingOccurrences(of: "erhåller", with: "får"))
  }

  func testInsertReferralPlacedBeforeTheClosing() async throws {
    let client = TestClient()
    let uri = "file:///tmp/referral.txt"
    let text =
      "Hej!\n\nTack för ditt klagomål om hemtjänsten. Vi ber om ursäkt.\n\nMed vänliga hälsningar\nAnna Lind\n070-123 45 67\n"
    let diagnostics = try await openLetter(client, uri, text)
    let referral = try XCTUnwrap(diagnostics.first { $0["data"]?["category"] == "referral" }, "\(diagnostics)")
    let actions = try await codeActions(client, uri, referral["range"]!)
    let insert = try XCTUnwrap(actions.first { $0["title"] == "Infoga hänvisning" }, "\(actions.map { $0["title"] })")
    let edits = try XCTUnwrap(insert["edit"]?["changes"]?[uri]?.arrayValue)
    let fixed = EditApplier.apply(edits, to: text)
    let ivo = try XCTUnwrap(fixed.range(of: "IVO"))
    let closing = try XCTUnwrap(fixed.range(of: "Med vänliga hälsningar"))
    XCTAssertLessThan(ivo.lowerBound, closing.lowerBound, fixed)
  }

  func testDisableRuleOnLineInMarkdownAndPlainText() async throws {
    for (language, uri, expected) in [
      ("markdown", "file:///tmp/disable.md", "<!-- klarsvar-disable-next-line plain-officialese -->\n"),
      ("plaintext", "file:///tmp/disable.txt", "klarsvar-disable-next-line plain-officialese\n"),
    ] {
      let client = TestClient()
      _ = try await openLetter(client, uri, Self.letter, language: language)
      let range = TextLocator.range(of: "erhåller", in: Self.letter)
      let actions = try await codeActions(client, uri, range)
      let disable = try XCTUnwrap(
        actions.first { $0["title"]?.stringValue?.hasPrefix("Stäng av plain-officialese") == true })
      let edits = try XCTUnwrap(disable["edit"]?["changes"]?[uri]?.arrayValue)
      let fixed = EditApplier.apply(edits, to: Self.letter)
      XCTAssertTrue(fixed.contains("\n\n" + expected + "Vi skickar"), fixed)
      client.change(uri, version: 2, [["text": .string(fixed)]])
      let diagnostics = try await client.diagnostics(uri, version: 2)
      XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty, "\(language): \(diagnostics)")
      XCTAssertFalse(diagnostics.withCode("plain-prepositions").isEmpty, "other rules still apply")
      XCTAssertTrue(diagnostics.withCode("klarsvar-notice").isEmpty)
    }
  }

  func testFixAllAppliesEveryUnambiguousReplacement() async throws {
    let client = TestClient()
    let uri = "file:///tmp/fixall.txt"
    _ = try await openLetter(client, uri, Self.letter)
    let actions = try await codeActions(client, uri, .range(0, 0, 0, 0), only: ["source.fixAll"])
    XCTAssertEqual(actions.count, 1, "\(actions)")
    XCTAssertEqual(actions.first?["kind"], "source.fixAll.klarsvar")
    let edits = try XCTUnwrap(actions.first?["edit"]?["changes"]?[uri]?.arrayValue)
    let fixed = EditApplier.apply(edits, to: Self.letter)
    XCTAssertTrue(fixed.contains("Du får beslutet"), fixed)
    XCTAssertTrue(fixed.contains("blanketten nu"), fixed)
    let quickOnly = try await codeActions(client, uri, .range(0, 0, 0, 0), only: ["quickfix"])
    XCTAssertFalse(quickOnly.contains { $0["kind"] == "source.fixAll.klarsvar" })
  }

  func testHoverExplainsTheRule() async throws {
    let client = TestClient()
    let uri = "file:///tmp/hover.txt"
    _ = try await openLetter(client, uri, Self.letter)
    let start = TextLocator.range(of: "erhåller", in: Self.letter)["start"]!
    let hover = try await client.request(
      "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": start])
    XCTAssertEqual(hover["result"]?["contents"]?["kind"], "markdown")
    let value = hover["result"]?["contents"]?["value"]?.stringValue ?? ""
    XCTAssertTrue(value.contains("plain-officialese"), value)
    XCTAssertTrue(value.contains("Källa:"), value)
    XCTAssertTrue(value.contains("Flaggas:") && value.contains("Godtas:"), value)
    XCTAssertEqual(hover["result"]?["range"], TextLocator.range(of: "erhåller", in: Self.letter))
    let nothing = try await client.request(
      "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": TextLocator.range(of: "skickar", in: Self.letter)["start"]!])
    XCTAssertEqual(nothing["result"], .null)
    let unknown = try await client.request(
      "textDocument/hover", ["textDocument": ["uri": "file:///nope.txt"], "position": .position(0, 0)])
    XCTAssertEqual(unknown["result"], .null)
  }

  func testSummaryCodeLensAndListCommitments() async throws {
    let client = TestClient()
    let uri = "file:///tmp/summary.txt"
    let text =
      "Hej!\n\nTack för ditt klagomål om hemtjänsten. Vi ska se över rutinerna. Vi kommer att ringa dig senast den 4 april.\n\nMed vänliga hälsningar\nAnna Lind\n070-123 45 67\n"
    _ = try await openLetter(client, uri, text)
    let lenses = try await client.request("textDocument/codeLens", ["textDocument": ["uri": .string(uri)]])
    let lens = try XCTUnwrap(lenses["result"]?[0])
    XCTAssertEqual(lens["range"], .range(0, 0, 0, 0))
    let title = lens["command"]?["title"]?.stringValue ?? ""
    XCTAssertTrue(title.hasPrefix("Svar till enskild (upptäckt) · LIX "), title)
    XCTAssertTrue(title.contains("löften, 1 utan tidpunkt") || title.contains("löfte, 1 utan tidpunkt"), title)
    XCTAssertTrue(title.contains("hänvisning saknas"), title)
    XCTAssertEqual(lens["command"]?["command"], "klarsvar.listCommitments")
    let listed = try await client.request(
      "workspace/executeCommand", ["command": "klarsvar.listCommitments", "arguments": [.string(uri)]])
    let commitments = try XCTUnwrap(listed["result"]?.arrayValue, "\(listed)")
    XCTAssertFalse(commitments.isEmpty)
    let unanchored = commitments.filter { $0["anchor"] == .null }
    XCTAssertEqual(unanchored.count, 1, "\(commitments)")
    XCTAssertEqual(unanchored.first?["promise"], "Vi ska se över rutinerna")
    let bad = try await client.request("workspace/executeCommand", ["command": "klarsvar.nope"])
    XCTAssertEqual(bad["error"]?["code"], .int(ErrorCode.invalidParams.rawValue))
    let missing = try await client.request("workspace/executeCommand", ["command": "klarsvar.listCommitments"])
    XCTAssertEqual(missing["error"]?["code"], .int(ErrorCode.invalidParams.rawValue))
  }
}
