import Foundation
import XCTest

@testable import KlarsvarLSP

/// JSON-RPC behaviour: error codes, lifecycle, cancellation, robustness against client mistakes.
final class DispatchTests: XCTestCase {
  func testRequestBeforeInitializeIsRejected() async throws {
    let client = TestClient()
    let response = try await client.request(
      "textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)])
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.serverNotInitialized.rawValue))
  }

  func testInitializeAnswersCapabilities() async throws {
    let client = TestClient()
    let result = try await client.initialize()
    let capabilities = result["capabilities"]
    XCTAssertEqual(capabilities?["positionEncoding"], "utf-16")
    XCTAssertEqual(capabilities?["textDocumentSync"]?["change"], 2)
    XCTAssertEqual(capabilities?["hoverProvider"], true)
    XCTAssertEqual(capabilities?["executeCommandProvider"]?["commands"], .array(["klarsvar.listCommitments"]))
    XCTAssertNil(capabilities?["diagnosticProvider"], "push-only clients get no pull provider")
    XCTAssertEqual(result["serverInfo"]?["name"], "klarsvar")
  }

  func testSecondInitializeIsInvalid() async throws {
    let client = TestClient()
    try await client.initialize()
    let response = try await client.request("initialize", ["capabilities": [:]])
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
  }

  func testUnknownRequestAndNotification() async throws {
    let client = TestClient()
    try await client.initialize()
    client.notify("klarsvar/somethingNew", ["x": 1])
    let response = try await client.request("textDocument/formatting", [:])
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.methodNotFound.rawValue))
    XCTAssertTrue(client.messages.filter { $0["id"] != nil }.count == 2, "only initialize and formatting are answered")
  }

  func testInvalidParamsNameTheMember() async throws {
    let client = TestClient()
    try await client.initialize()
    let response = try await client.request(
      "textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": ["line": "zero"]])
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.invalidParams.rawValue))
    let message = response["error"]?["message"]?.stringValue ?? ""
    XCTAssertTrue(message.contains("position"), message)
    // Still serving.
    let again = try await client.request(
      "textDocument/hover", ["textDocument": ["uri": "file:///a.txt"], "position": .position(0, 0)])
    XCTAssertEqual(again["result"], .null)
  }

  func testMalformedJSONWithReadableID() async throws {
    let client = TestClient()
    try await client.initialize()
    client.sendBody(#"{"jsonrpc":"2.0","id":42,"method":"textDocument/hover","params":{"#)
    let response = try await client.response(id: 42)
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.parseError.rawValue))
  }

  /// JSON-RPC: a body that is not JSON is answered with a parse error whose id is null (issue 15: it
  /// used to be logged only, so the client never heard of it).
  func testUnparsableJSONIsAnsweredWithNullIDAndServingContinues() async throws {
    let client = TestClient()
    try await client.initialize()
    let before = client.messages.count
    client.sendBody("this is not json")
    client.sendRaw(Data("Content-Length: nope\r\n\r\n".utf8))
    let response = try await client.request("shutdown")
    XCTAssertEqual(response["result"], .null)
    let errors = client.messages[before...].filter { $0["id"] == .null && $0["error"] != nil }
    XCTAssertEqual(errors.map { $0["error"]?["code"] }, [.int(ErrorCode.parseError.rawValue)])
    let logs = client.messages[before...].filter { $0["method"] == "window/logMessage" }
    XCTAssertGreaterThanOrEqual(logs.count, 2, "\(logs)")
  }

  func testValidJSONThatIsNoMessage() async throws {
    let client = TestClient()
    try await client.initialize()
    client.sendBody(#"{"id": 7, "jsonrpc": "2.0"}"#)  // a response to nothing: logged
    client.sendBody(#"[1, 2, 3]"#)
    client.sendBody(#"{"id": 8, "method": 5}"#)
    let response = try await client.response(id: 8)
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
    let batch = client.messages.first { $0["id"] == .null && $0["error"] != nil }
    XCTAssertEqual(batch?["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
  }

  func testShutdownThenExitExitsWithZero() async throws {
    let client = TestClient()
    try await client.initialize()
    try await client.shutdownAndExit()
    try await waitForExit(client)
    XCTAssertEqual(client.exitCode, 0)
  }

  func testExitWithoutShutdownExitsWithOne() async throws {
    let client = TestClient()
    try await client.initialize()
    client.notify("exit")
    try await waitForExit(client)
    XCTAssertEqual(client.exitCode, 1)
  }

  func testRequestsAfterShutdownAreInvalid() async throws {
    let client = TestClient()
    try await client.initialize()
    _ = try await client.request("shutdown")
    let response = try await client.request("textDocument/codeLens", ["textDocument": ["uri": "file:///a.txt"]])
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
    XCTAssertNil(client.exitCode)
  }

  func testCancelAnswersPendingRequest() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/cancel.txt"
    client.open(uri, "Hej!\n\nVi erhåller svar.\n")
    _ = try await client.diagnostics(uri, version: 1)
    // Two quick edits: the second falls in the debounce window, so a hover waits for the trailing lint.
    client.change(uri, version: 2, [.edit(.range(2, 0, 2, 0), "A")])
    client.change(uri, version: 3, [.edit(.range(2, 0, 2, 1), "")])
    let id = client.sendRequest(
      "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": .position(2, 4)])
    client.notify("$/cancelRequest", ["id": .int(id)])
    let response = try await client.response(id: id)
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.requestCancelled.rawValue))
    _ = try await client.diagnostics(uri, version: 3)
    try await Task.sleep(for: .milliseconds(50))
    XCTAssertEqual(client.messages.filter { $0["id"] == .int(id) }.count, 1, "exactly one reply")
  }

  func testCancelOfAnsweredOrUnknownRequestIsIgnored() async throws {
    let client = TestClient()
    try await client.initialize()
    client.notify("$/cancelRequest", ["id": 999])
    client.notify("$/cancelRequest", ["id": "x"])
    let response = try await client.request("shutdown")
    XCTAssertEqual(response["result"], .null)
  }

  func testRegistryIsSortedAndComplete() {
    let requests = MessageRegistry.requests.map { $0.method }
    XCTAssertEqual(requests, requests.sorted())
    XCTAssertEqual(Set(requests).count, requests.count)
    let notifications = MessageRegistry.notifications.map { $0.method }
    XCTAssertEqual(notifications, notifications.sorted())
    XCTAssertEqual(
      Set(requests),
      [
        "initialize", "klarsvar/status", "shutdown", "textDocument/codeAction", "textDocument/codeLens",
        "textDocument/diagnostic",
        "textDocument/hover", "workspace/executeCommand",
      ])
    XCTAssertTrue(notifications.contains("$/cancelRequest") && notifications.contains("textDocument/didChange"))
  }

  private func waitForExit(_ client: TestClient, file: StaticString = #filePath, line: UInt = #line) async throws {
    let deadline = Date().addingTimeInterval(5)
    while client.exitCode == nil && Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
    XCTAssertNotNil(client.exitCode, "server did not exit", file: file, line: line)
  }
}
