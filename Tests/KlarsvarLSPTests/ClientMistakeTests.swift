import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// A client's mistakes beyond broken frames (issue 15): requests about documents it never opened,
/// notifications with the wrong shape, versions that go backwards, odd request ids, JSON nested
/// without end. Each is answered or logged, and the server keeps answering afterwards.
final class ClientMistakeTests: XCTestCase {
  private static let letter = DiagnosticsTests.letter

  /// The server still answers a request, so it is neither silent nor stopped.
  private func assertStillServing(_ client: TestClient, file: StaticString = #filePath, line: UInt = #line)
    async throws
  {
    let uri = "file:///tmp/still-\(UUID().uuidString).txt"
    client.open(uri, Self.letter)
    let diagnostics = try await client.diagnostics(uri, version: 1)
    XCTAssertFalse(diagnostics.isEmpty, "diagnostics for a fresh letter", file: file, line: line)
  }

  func testRequestsAboutDocumentsNeverOpenedAreAnswered() async throws {
    let client = TestClient()
    try await client.initialize()
    let document: JSONValue = ["uri": "file:///tmp/aldrig-oppnad.txt"]
    let requests: [(String, JSONValue)] = [
      ("textDocument/hover", ["textDocument": document, "position": .position(0, 0)]),
      (
        "textDocument/codeAction",
        ["textDocument": document, "range": .range(0, 0, 0, 1), "context": ["diagnostics": []]]
      ),
      ("textDocument/codeLens", ["textDocument": document]),
      ("textDocument/diagnostic", ["textDocument": document]),
    ]
    for (method, params) in requests {
      let response = try await client.request(method, params)
      XCTAssertTrue(response["result"] != nil || response["error"] != nil, "\(method): \(response)")
    }
    try await assertStillServing(client)
  }

  func testNotificationsOfTheWrongShapeOrForUnknownDocumentsAreLogged() async throws {
    let client = TestClient()
    try await client.initialize()
    let before = client.messages.count
    client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///tmp/x.txt", "text": 5]])
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": "file:///tmp/okand.txt", "version": 2], "contentChanges": [["text": "Hej"]]])
    client.notify("textDocument/didClose", ["textDocument": ["uri": "file:///tmp/okand.txt"]])
    client.notify("textDocument/didChange", .array([]))
    try await assertStillServing(client)
    let logs = client.messages[before...].filter { $0["method"] == "window/logMessage" }
    XCTAssertGreaterThanOrEqual(logs.count, 3, "each mistake is logged: \(logs)")
  }

  func testVersionsGoingBackwardsAndRangesPastTheEndStillGiveCurrentDiagnostics() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/bakat.txt"
    client.open(uri, Self.letter, version: 5)
    _ = try await client.diagnostics(uri, version: 5)
    client.change(uri, version: 3, [["range": .range(400, 0, 900, 7), "text": " Du erhåller svar."]])
    let diagnostics = try await client.diagnostics(uri, version: 3, after: client.messages.count - 1, timeout: 10)
    XCTAssertGreaterThan(
      diagnostics.withCode("plain-officialese").count, 1, "the text past the end was appended: \(diagnostics)")
  }

  func testOddRequestIdsAreAnsweredAndServingContinues() async throws {
    let client = TestClient()
    try await client.initialize()
    let before = client.messages.count
    client.sendBody(#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#)
    client.sendBody(#"{"jsonrpc":"2.0","id":1.5,"method":"textDocument/hover","params":{}}"#)
    client.sendBody(#"{"jsonrpc":"2.0","id":"sträng-ö","method":"klarsvar/okänd"}"#)
    let answered = try await client.waitFor("answer to the string id") { $0["id"] == "sträng-ö" }
    XCTAssertEqual(answered["error"]?["code"], .int(ErrorCode.methodNotFound.rawValue))
    try await assertStillServing(client)
    let nullIDErrors = client.messages[before...].filter { $0["id"] == .null && $0["error"] != nil }
    XCTAssertEqual(nullIDErrors.count, 2, "ids that are no string or integer get an error with id null")
  }

  func testJSONNestedWithoutEndIsAParseErrorNotACrash() async throws {
    let client = TestClient()
    try await client.initialize()
    let before = client.messages.count
    client.sendBody(
      #"{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":"# + String(repeating: "[", count: 200_000))
    client.sendBody(String(repeating: "{\"a\":", count: 100_000))
    try await assertStillServing(client)
    let errors = client.messages[before...].filter { $0["error"] != nil }
    XCTAssertEqual(errors.count, 2, "\(errors)")
  }
}
