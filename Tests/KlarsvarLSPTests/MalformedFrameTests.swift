import Foundation
import XCTest

@testable import KlarsvarLSP

/// The server after a frame it cannot use (issue 15: after one malformed header it stayed alive but
/// never answered again): it resynchronises on the next header and answers the skipped request.
final class MalformedFrameTests: XCTestCase {
  private let hover =
    #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.txt"},"position":{"line":0,"character":0}}}"#

  private func assertServesAfter(
    _ broken: String, skippedIsAnswered: Bool, file: StaticString = #filePath, line: UInt = #line
  )
    async throws
  {
    let client = TestClient()
    try await client.initialize()
    client.sendRaw(Data(broken.utf8))
    let response = try await client.request("textDocument/codeLens", ["textDocument": ["uri": "file:///a.txt"]])
    XCTAssertEqual(response["result"], .array([]), broken, file: file, line: line)
    if skippedIsAnswered {
      let skipped = try await client.response(id: 5)
      XCTAssertEqual(skipped["error"]?["code"], .int(ErrorCode.parseError.rawValue), file: file, line: line)
    }
    let logs = client.notifications("window/logMessage").compactMap { $0["params"]?["message"]?.stringValue }
    XCTAssertTrue(logs.contains { $0.contains("malformed message header") }, "\(logs)", file: file, line: line)
  }

  func testNonNumericLength() async throws {
    try await assertServesAfter("Content-Length: abc\r\n\r\n" + hover, skippedIsAnswered: true)
  }

  func testMissingLength() async throws {
    try await assertServesAfter("Content-Type: application/vscode-jsonrpc\r\n\r\n" + hover, skippedIsAnswered: true)
  }

  func testTooSmallLength() async throws {
    let client = TestClient()
    try await client.initialize()
    client.sendRaw(Data(("Content-Length: 5\r\n\r\n" + hover).utf8))
    let response = try await client.request("textDocument/codeLens", ["textDocument": ["uri": "file:///a.txt"]])
    XCTAssertEqual(response["result"], .array([]))
    // The five bytes are not JSON: answered with a parse error whose id is null.
    let parseError = client.messages.first { $0["id"] == .null && $0["error"] != nil }
    XCTAssertEqual(parseError?["error"]?["code"], .int(ErrorCode.parseError.rawValue))
  }

  func testHugeLength() async throws {
    try await assertServesAfter("Content-Length: 100000000000000\r\n\r\n" + hover, skippedIsAnswered: true)
  }

  func testLengthLongerThanTheMessage() async throws {
    let client = TestClient()
    try await client.initialize()
    client.sendRaw(Data(("Content-Length: 100000\r\n\r\n" + hover).utf8))
    let response = try await client.request("textDocument/codeLens", ["textDocument": ["uri": "file:///a.txt"]])
    XCTAssertEqual(response["result"], .array([]))
    let skipped = try await client.response(id: 5)
    XCTAssertEqual(skipped["error"]?["code"], .int(ErrorCode.parseError.rawValue))
  }

  func testBodyWithoutHeader() async throws {
    try await assertServesAfter(hover, skippedIsAnswered: true)
  }
}
