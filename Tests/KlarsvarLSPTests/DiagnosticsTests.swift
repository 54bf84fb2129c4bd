import Foundation
import KlarsvarCore
import XCTest

@testable import KlarsvarLSP

final class DiagnosticsTests: XCTestCase {
  static let letter =
    "Hej!\n\nVi skickar blanketten i dagsläget. Du erhåller beslutet snart.\n\nMed vänliga hälsningar\nAnna\n"

  func testPushCarriesVersionCodeSourceCategoryAndFixes() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/brev.txt"
    client.open(uri, Self.letter, version: 7)
    let diagnostics = try await client.diagnostics(uri, version: 7)
    let officialese = try XCTUnwrap(diagnostics.withCode("plain-officialese").first, "\(diagnostics)")
    XCTAssertEqual(officialese["source"], "klarsvar")
    XCTAssertEqual(officialese["severity"], 3)
    XCTAssertEqual(officialese["range"], TextLocator.range(of: "erhåller", in: Self.letter))
    XCTAssertEqual(officialese["data"]?["category"], "plain-language")
    let fix = officialese["data"]?["fixes"]?[0]
    XCTAssertEqual(fix?["kind"], "replacement")
    XCTAssertEqual(fix?["edit"]?["newText"], "får")
    XCTAssertEqual(fix?["edit"]?["range"], TextLocator.range(of: "erhåller", in: Self.letter))
  }

  func testRelatedInformationForFurtherTriggers() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/klagomal.txt"
    let text =
      "Hej!\n\nTack för ditt klagomål om hemtjänsten. Vi har läst ditt klagomål noga.\n\nMed vänliga hälsningar\nAnna Lind\n070-123 45 67\n"
    client.open(uri, text)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    let referral = try XCTUnwrap(diagnostics.first { $0["data"]?["category"] == "referral" }, "\(diagnostics)")
    let related = try XCTUnwrap(referral["relatedInformation"]?[0], "\(referral)")
    XCTAssertEqual(related["location"]?["uri"], .string(uri))
    XCTAssertEqual(related["location"]?["range"], TextLocator.range(of: "ditt klagomål", in: text, occurrence: 1))
  }

  func testPositionsInUTF16UTF8AndUTF32AfterIncrementalEdits() async throws {
    for unit in ["utf-16", "utf-8", "utf-32"] {
      let client = TestClient()
      let result = try await client.initialize(capabilities: ["general": ["positionEncodings": .array([.string(unit)])]]
      )
      XCTAssertEqual(result["capabilities"]?["positionEncoding"], .string(unit))
      let uri = "file:///tmp/emoji-\(unit).txt"
      var text = "Hej 👋🏽 Åsa!\n\nDu erhåller beslutet.\n"
      client.open(uri, text)
      _ = try await client.diagnostics(uri, version: 1)
      // Insert emoji and NFD letters before the finding on its own line, then replace a word after it.
      let insertAt = TextLocator.range(of: "Du", in: text, unit: unit)["start"]!
      client.change(uri, version: 2, [.edit(["start": insertAt, "end": insertAt], "🇸🇪 Ångest e\u{301} ")])
      text = text.replacingOccurrences(of: "Du erhåller", with: "🇸🇪 Ångest e\u{301} Du erhåller")
      let word = TextLocator.range(of: "beslutet", in: text, unit: unit)
      client.change(uri, version: 3, [.edit(word, "brevet")])
      text = text.replacingOccurrences(of: "beslutet", with: "brevet")
      let diagnostics = try await client.diagnostics(uri, version: 3)
      let officialese = try XCTUnwrap(diagnostics.withCode("plain-officialese").first, "\(unit): \(diagnostics)")
      XCTAssertEqual(officialese["range"], TextLocator.range(of: "erhåller", in: text, unit: unit), unit)
      let lens = try await client.request(
        "textDocument/hover",
        [
          "textDocument": ["uri": .string(uri)],
          "position": TextLocator.range(of: "erhåller", in: text, unit: unit)["start"]!,
        ])
      XCTAssertNotEqual(lens["result"], .null, unit)
    }
  }

  func testOutOfRangeEditIsClampedAndLogged() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/clamp.txt"
    client.open(uri, "Hej!\n")
    client.change(uri, version: 2, [.edit(.range(40, 3, 99, 0), "\nDu erhåller den.")])
    client.change(uri, version: 3, [.edit(.range(0, 500, 0, 2), "")])  // reversed and past the line end
    let diagnostics = try await client.diagnostics(uri, version: 3)
    XCTAssertFalse(diagnostics.withCode("plain-officialese").isEmpty, "\(diagnostics)")
    let warnings = client.notifications("window/logMessage").filter {
      ($0["params"]?["message"]?.stringValue ?? "").contains("clamped")
    }
    XCTAssertEqual(warnings.count, 2)
  }

  func testFullTextChangeAndClose() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/full.txt"
    client.open(uri, "Hej!\n")
    _ = try await client.diagnostics(uri, version: 1)
    client.change(uri, version: 2, [["text": "Du erhåller den.\n"]])
    let diagnostics = try await client.diagnostics(uri, version: 2)
    XCTAssertFalse(diagnostics.withCode("plain-officialese").isEmpty)
    let count = client.messages.count
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    let cleared = try await client.waitFor("cleared", after: count) {
      $0["method"] == "textDocument/publishDiagnostics"
    }
    XCTAssertEqual(cleared["params"]?["diagnostics"], .array([]))
  }

  func testRapidEditsAreCoalescedAndFinalDiagnosticsMatchFinalText() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/rapid.txt"
    var text = "Hej!\n\n"
    client.open(uri, text)
    let phrase = "Du erhåller svar i dagsläget. "
    var version = 1
    for character in String(repeating: phrase, count: 7) {
      version += 1
      let end = TextLocator.position(text.endIndex, in: text, unit: "utf-16")
      client.change(uri, version: version, [.edit(["start": end, "end": end], String(character))])
      text.append(character)
    }
    let diagnostics = try await client.diagnostics(uri, version: version, timeout: 10)
    let expected = Linter(ruleSet: RuleSetLoader.load(PackFolder.builtIn).ruleSet).lint(text).findings
    XCTAssertEqual(diagnostics.compactMap { $0["code"]?.stringValue }, expected.map(\.ruleID))
    XCTAssertEqual(diagnostics.withCode("plain-officialese").count, 7)
    let published = client.notifications("textDocument/publishDiagnostics").compactMap {
      $0["params"]?["version"]?.intValue
    }
    XCTAssertEqual(published, published.sorted(), "versions only go forward")
    let statistics = await client.server.statistics
    XCTAssertLessThan(statistics.lintsStarted, version / 2, "edits were coalesced: \(statistics)")
  }

  func testPullDiagnosticsWhenTheClientSupportsThem() async throws {
    let client = TestClient()
    let result = try await client.initialize(capabilities: [
      "textDocument": ["diagnostic": ["dynamicRegistration": false]]
    ])
    XCTAssertEqual(result["capabilities"]?["diagnosticProvider"]?["identifier"], "klarsvar")
    let uri = "file:///tmp/pull.txt"
    client.open(uri, Self.letter)
    let report = try await client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    XCTAssertEqual(report["result"]?["kind"], "full")
    XCTAssertFalse((report["result"]?["items"]?.arrayValue ?? []).withCode("plain-officialese").isEmpty)
    let resultID = try XCTUnwrap(report["result"]?["resultId"])
    let again = try await client.request(
      "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": resultID])
    XCTAssertEqual(again["result"]?["kind"], "unchanged")
    XCTAssertTrue(client.notifications("textDocument/publishDiagnostics").isEmpty, "pull clients get no pushes")
  }

  func testNoticeForUnknownRuleInDirective() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/notice.md"
    client.open(uri, "<!-- klarsvar-disable-next-line no-such-rule -->\nHej!\n", language: "markdown")
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertFalse(diagnostics.withCode("klarsvar-notice").isEmpty, "\(diagnostics)")
  }
}
