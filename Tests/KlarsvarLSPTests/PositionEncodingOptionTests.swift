import Foundation
import KlarsvarJSON
import KlarsvarText
import XCTest

@testable import KlarsvarLSP

/// `initializationOptions.positionEncoding`: clients that cannot offer `general.positionEncodings` (Vim's
/// ALE counts bytes) choose the unit of columns; the capability still wins; unknown values are ignored.
final class PositionEncodingOptionTests: XCTestCase {
  /// Å, ä, ö and an emoji (with a skin tone) before the finding on its line: UTF-8, UTF-16 and UTF-32
  /// columns all differ there.
  static let letter = "Hej Åsa 👋🏽!\n\nVi har gått igenom ärendet 😊 och du erhåller beslutet snart.\n"

  @discardableResult
  private func initialize(_ client: TestClient, capabilities: JSONValue = [:], options: JSONValue?) async throws
    -> JSONValue
  {
    try await client.initialize(capabilities: capabilities, initializationOptions: options)
  }

  private func officialese(_ client: TestClient, _ uri: String) async throws -> JSONValue {
    client.open(uri, Self.letter)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    return try XCTUnwrap(diagnostics.withCode("plain-officialese").first, "\(diagnostics)")
  }

  private func logMessages(_ client: TestClient) -> [String] {
    client.notifications("window/logMessage").compactMap { $0["params"]?["message"]?.stringValue }
  }

  func testNegotiationPrefersWhatTheClientOffers() {
    XCTAssertEqual(PositionConverter.negotiate(offered: [], requested: .utf8), .utf8)
    XCTAssertEqual(PositionConverter.negotiate(offered: [], requested: nil), .utf16)
    XCTAssertEqual(PositionConverter.negotiate(offered: ["utf-16"], requested: .utf8), .utf16)
    XCTAssertEqual(PositionConverter.negotiate(offered: ["utf-32", "utf-16"], requested: .utf8), .utf32)
  }

  func testOptionsSplitIntoEncodingAndSettings() {
    let flat = InitializationOptions(["positionEncoding": "utf-8", "rules": ["plain-archaic": "off"]])
    XCTAssertEqual(flat.positionEncoding, .utf8)
    XCTAssertEqual(flat.settings, ["rules": ["plain-archaic": "off"]])
    XCTAssertNil(flat.unknownPositionEncoding)
    // Anything without the member passes through untouched (null, an empty Lua table, settings).
    for value: JSONValue? in [nil, .null, [], ["rules": [:]]] {
      let options = InitializationOptions(value)
      XCTAssertNil(options.positionEncoding)
      XCTAssertNil(options.unknownPositionEncoding)
      XCTAssertEqual(options.settings, value)
    }
    let none = InitializationOptions(["positionEncoding": .null])
    XCTAssertNil(none.positionEncoding)
    XCTAssertNil(none.unknownPositionEncoding)
    XCTAssertEqual(none.settings, [:])
    let unknown = InitializationOptions(["positionEncoding": "UTF8"])
    XCTAssertNil(unknown.positionEncoding)
    XCTAssertEqual(unknown.unknownPositionEncoding, "\"UTF8\"")
  }

  func testColumnsAreUTF8BytesWhenTheOptionAsksForThem() async throws {
    let client = TestClient()
    let result = try await initialize(client, options: ["positionEncoding": "utf-8"])
    XCTAssertEqual(result["capabilities"]?["positionEncoding"], "utf-8")
    let finding = try await officialese(client, "file:///tmp/ale.txt")
    let bytes = TextLocator.range(of: "erhåller", in: Self.letter, unit: "utf-8")
    XCTAssertEqual(finding["range"], bytes)
    // The byte column: 4 for "ä" and "å" twice over, 4 for the emoji; UTF-16 would say 2 less.
    let line = "Vi har gått igenom ärendet 😊 och du "
    XCTAssertEqual(finding["range"]?["start"], .position(2, line.utf8.count))
    XCTAssertNotEqual(finding["range"]?["start"], .position(2, line.utf16.count))
  }

  func testEditsAndHoverCountBytesToo() async throws {
    let client = TestClient()
    try await initialize(client, options: ["positionEncoding": "utf-8"])
    let uri = "file:///tmp/ale-edit.txt"
    _ = try await officialese(client, uri)
    var text = Self.letter
    let word = TextLocator.range(of: "beslutet", in: text, unit: "utf-8")
    client.change(uri, version: 2, [.edit(word, "brevet")])
    text = text.replacingOccurrences(of: "beslutet", with: "brevet")
    let diagnostics = try await client.diagnostics(uri, version: 2)
    XCTAssertEqual(
      diagnostics.withCode("plain-officialese").first?["range"],
      TextLocator.range(of: "erhåller", in: text, unit: "utf-8"))
    let hover = try await client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": .string(uri)],
        "position": TextLocator.range(of: "erhåller", in: text, unit: "utf-8")["start"]!,
      ])
    XCTAssertNotEqual(hover["result"], .null)
  }

  func testUTF32AndUTF16CanBeAskedFor() async throws {
    for unit in ["utf-32", "utf-16"] {
      let client = TestClient()
      let result = try await initialize(client, options: ["positionEncoding": .string(unit)])
      XCTAssertEqual(result["capabilities"]?["positionEncoding"], .string(unit))
      let finding = try await officialese(client, "file:///tmp/\(unit).txt")
      XCTAssertEqual(finding["range"], TextLocator.range(of: "erhåller", in: Self.letter, unit: unit), unit)
    }
  }

  func testTheOfferedCapabilityWins() async throws {
    for (offered, expected) in [(["utf-16"], "utf-16"), (["utf-32", "utf-16"], "utf-32")] {
      let client = TestClient()
      let capabilities: JSONValue = ["general": ["positionEncodings": .array(offered.map { .string($0) })]]
      let result = try await initialize(client, capabilities: capabilities, options: ["positionEncoding": "utf-8"])
      XCTAssertEqual(result["capabilities"]?["positionEncoding"], .string(expected), "\(offered)")
      let finding = try await officialese(client, "file:///tmp/offered-\(expected).txt")
      XCTAssertEqual(finding["range"], TextLocator.range(of: "erhåller", in: Self.letter, unit: expected))
      XCTAssertTrue(
        logMessages(client).contains { $0.contains("positionEncoding i initializationOptions (utf-8) används inte") },
        "\(logMessages(client))")
    }
  }

  func testUnknownValuesAreIgnoredAndLoggedInSwedish() async throws {
    for (value, shown) in [(JSONValue.string("latin-1"), "\"latin-1\""), (.int(8), "8"), (["utf-8"], "[\"utf-8\"]")] {
      let client = TestClient()
      let result = try await initialize(client, options: ["positionEncoding": value])
      XCTAssertEqual(result["capabilities"]?["positionEncoding"], "utf-16", "\(value)")
      let finding = try await officialese(client, "file:///tmp/unknown.txt")
      XCTAssertEqual(finding["range"], TextLocator.range(of: "erhåller", in: Self.letter, unit: "utf-16"))
      let expected = "positionEncoding i initializationOptions är okänd och ignoreras: \(shown)"
      XCTAssertTrue(logMessages(client).contains { $0.hasPrefix(expected) }, "\(logMessages(client))")
    }
  }

  /// The option sits next to the settings, flat or wrapped in `klarsvar`; the settings still apply and
  /// are not reported as invalid.
  func testSettingsBesideTheOptionStillApply() async throws {
    let settings: JSONValue = ["rules": ["plain-officialese": "error"]]
    for options: JSONValue in [
      ["positionEncoding": "utf-8", "rules": ["plain-officialese": "error"]],
      ["positionEncoding": "utf-8", "klarsvar": settings],
    ] {
      let client = TestClient()
      try await initialize(client, options: options)
      let finding = try await officialese(client, "file:///tmp/settings.txt")
      XCTAssertEqual(finding["severity"], 1, "\(options)")
      XCTAssertEqual(finding["range"], TextLocator.range(of: "erhåller", in: Self.letter, unit: "utf-8"))
      XCTAssertTrue(client.notifications("window/showMessage").isEmpty, "\(client.notifications("window/showMessage"))")
    }
  }

  /// The real binary: an unknown value is a Swedish line on standard error, never a crash.
  func testUnknownValueIsAStandardErrorLineForTheRealServer() throws {
    let server = try ServerProcess()
    server.write(
      .object([
        "jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": ["processId": .null, "capabilities": [:], "initializationOptions": ["positionEncoding": "utf-7"]],
      ]))
    let response = try server.waitFor("initialize response") { $0["id"] == 1 }
    XCTAssertEqual(response["result"]?["capabilities"]?["positionEncoding"], "utf-16")
    server.write(.object(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]))
    _ = try server.waitFor("shutdown response") { $0["id"] == 2 }
    server.write(.object(["jsonrpc": "2.0", "method": "exit"]))
    XCTAssertEqual(try server.waitForExit(), 0)
    let line = "klarsvar lsp: positionEncoding i initializationOptions är okänd och ignoreras: \"utf-7\""
    // Standard error is read on its own thread: give it a moment after the exit.
    let deadline = Date().addingTimeInterval(5)
    while !server.standardError.contains(line) && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    XCTAssertTrue(server.standardError.contains(line), server.standardError)
  }
}
