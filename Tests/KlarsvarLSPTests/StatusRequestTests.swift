import Foundation
import KlarsvarCore
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// `klarsvar/status`: rules and packs loaded, packs the settings leave out, and the kind a document
/// was read as, answered for the version the client has.
final class StatusRequestTests: XCTestCase {
  static let fixtureRules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("editors/fixtures/rules")

  private func status(_ client: TestClient, _ uri: String? = nil) async throws -> JSONValue {
    let params: JSONValue = uri.map { ["textDocument": ["uri": .string($0)]] } ?? .object([:])
    let response = try await client.request("klarsvar/status", params)
    return try XCTUnwrap(response["result"], "\(response)")
  }

  func testWithoutADocumentListsTheBuiltInPacksAndTheirRules() async throws {
    let client = TestClient()
    try await client.initialize()
    let result = try await status(client)
    let packs = try XCTUnwrap(result["packs"]?.arrayValue)
    XCTAssertEqual(packs.compactMap { $0["id"]?.stringValue }, ["sv-klarsprak", "sv-socialtjanst", "sv-sprak"])
    XCTAssertEqual(packs.first?["version"], "1.0.0")
    XCTAssertEqual(packs.first?["enabled"], true)
    XCTAssertEqual(packs.last?["rules"], 0, "the language data pack has no rules")
    let total = try XCTUnwrap(result["rules"]?.intValue)
    XCTAssertGreaterThan(total, 50)
    XCTAssertEqual(packs.compactMap { $0["rules"]?.intValue }.reduce(0, +), total)
    XCTAssertEqual(result["version"]?.stringValue, KlarsvarVersion.current)
    XCTAssertNil(result["document"])
  }

  func testADocumentGetsItsKindAndTheRulesItWasLintedWith() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: [
      "rulePaths": [.string(Self.fixtureRules.path)], "packs": ["sv-klarsprak", "norra-berga"],
    ])
    let uri = "file:///tmp/status/brev.txt"
    client.open(uri, DiagnosticsTests.letter)
    let result = try await status(client, uri)
    let packs = try XCTUnwrap(result["packs"]?.arrayValue)
    let byID = Dictionary(uniqueKeysWithValues: packs.compactMap { pack in pack["id"]?.stringValue.map { ($0, pack) } })
    XCTAssertEqual(byID["norra-berga"]?["enabled"], true, "\(packs)")
    XCTAssertEqual(byID["sv-klarsprak"]?["enabled"], true)
    XCTAssertEqual(byID["sv-socialtjanst"]?["enabled"], false, "left out by the packs setting")
    XCTAssertGreaterThan(byID["norra-berga"]?["rules"]?.intValue ?? 0, 0)
    let document = try XCTUnwrap(result["document"])
    XCTAssertEqual(document["uri"], .string(uri))
    XCTAssertEqual(document["linted"], true)
    XCTAssertEqual(document["kind"], "reply")
    XCTAssertEqual(document["kindName"], "svar till enskild")
    XCTAssertEqual(document["kindSource"], "detected")
  }

  func testDeclaredKindAndADocumentTheSettingsLeaveOut() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: ["languages": ["markdown"]])
    let markdown = "file:///tmp/status/beslut.md"
    client.open(markdown, "---\nkind: decision\n---\n" + DiagnosticsTests.letter, language: "markdown")
    let declared = try await status(client, markdown)
    XCTAssertEqual(declared["document"]?["kind"], "decision")
    XCTAssertEqual(declared["document"]?["kindSource"], "declared")
    let plain = "file:///tmp/status/brev.txt"
    client.open(plain, DiagnosticsTests.letter, language: "plaintext")
    let skipped = try await status(client, plain)
    XCTAssertEqual(skipped["document"]?["linted"], false)
    XCTAssertNil(skipped["document"]?["kind"])
    XCTAssertGreaterThan(skipped["rules"]?.intValue ?? 0, 50, "rules are listed all the same")
    let closed = try await status(client, "file:///tmp/status/stängd.txt")
    XCTAssertNil(closed["document"], "a document that is not open has no document status")
  }

  func testBeforeInitializeItIsRefused() async throws {
    let client = TestClient()
    let response = try await client.request("klarsvar/status")
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.serverNotInitialized.rawValue))
  }
}
