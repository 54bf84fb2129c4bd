import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// The real binary over pipes: handshake, framing, positions, robustness, cancellation, load, exit codes.
final class ProcessTests: XCTestCase {
  private func message(_ id: Int?, _ method: String, _ params: JSONValue = [:]) -> JSONValue {
    var object: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method), "params": params]
    if let id { object["id"] = .int(id) }
    return .object(object)
  }

  private func frame(_ value: JSONValue) -> Data { Frame.encode(JSONWriter.compact(value)) }

  private func handshake(_ server: ServerProcess, capabilities: JSONValue = [:]) throws -> JSONValue {
    server.write(message(1, "initialize", ["processId": .null, "capabilities": capabilities]))
    let response = try server.waitFor("initialize response") { $0["id"] == 1 }
    server.write(message(nil, "initialized"))
    return response
  }

  private func open(_ server: ServerProcess, _ uri: String, _ text: String) {
    server.write(
      message(
        nil, "textDocument/didOpen",
        ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": .string(text)]]))
  }

  private func diagnostics(_ server: ServerProcess, _ uri: String, version: Int, timeout: TimeInterval = 10) throws
    -> [JSONValue]
  {
    try server.waitFor("diagnostics v\(version)", timeout: timeout) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
        && $0["params"]?["version"] == .int(version)
    }["params"]?["diagnostics"]?.arrayValue ?? []
  }

  private func shutdown(_ server: ServerProcess, id: Int = 99) throws -> Int32 {
    server.write(message(id, "shutdown"))
    _ = try server.waitFor("shutdown response") { $0["id"] == .int(id) }
    server.write(message(nil, "exit"))
    return try server.waitForExit()
  }

  func testHandshakeAndCleanExit() throws {
    let server = try ServerProcess()
    let response = try handshake(server)
    XCTAssertEqual(response["result"]?["capabilities"]?["positionEncoding"], "utf-16")
    XCTAssertEqual(try shutdown(server), 0)
    XCTAssertTrue(server.messages.allSatisfy { $0["klarsvarTestError"] == nil }, "stdout carries only frames")
  }

  func testExitWithoutShutdownAndEndOfInput() throws {
    let server = try ServerProcess()
    _ = try handshake(server)
    server.write(message(nil, "exit"))
    XCTAssertEqual(try server.waitForExit(), 1)
    let closed = try ServerProcess()
    _ = try handshake(closed)
    closed.closeInput()
    XCTAssertEqual(try closed.waitForExit(), 1)
  }

  func testFramingSplitAcrossWrites() throws {
    let server = try ServerProcess()
    var bytes = frame(message(1, "initialize", ["capabilities": [:]]))
    bytes += frame(message(nil, "initialized"))
    bytes += frame(message(2, "textDocument/codeLens", ["textDocument": ["uri": "file:///none.txt"]]))
    var index = 0
    var size = 1
    while index < bytes.count {
      let end = min(index + size, bytes.count)
      server.write(bytes.subdata(in: index..<end))
      index = end
      size = size % 7 + 1
      if index % 50 == 0 { Thread.sleep(forTimeInterval: 0.001) }
    }
    _ = try server.waitFor("initialize") { $0["id"] == 1 }
    let lens = try server.waitFor("codeLens") { $0["id"] == 2 }
    XCTAssertEqual(lens["result"], .array([]))
    XCTAssertEqual(try shutdown(server), 0)
  }

  func testEmojiPositionsAfterIncrementalEdits() throws {
    let server = try ServerProcess()
    _ = try handshake(server)
    let uri = "file:///tmp/klarsvar-emoji.txt"
    var text = "Hej 👩‍👩‍👧 Åsa!\n\nDu erhåller 🎉 beslutet.\n"
    open(server, uri, text)
    _ = try diagnostics(server, uri, version: 1)
    let at = TextLocator.range(of: "Du", in: text)["start"]!
    server.write(
      message(
        nil, "textDocument/didChange",
        [
          "textDocument": ["uri": .string(uri), "version": 2],
          "contentChanges": [.edit(["start": at, "end": at], "😀🇸🇪 e\u{301}")],
        ]))
    text = text.replacingOccurrences(of: "Du", with: "😀🇸🇪 e\u{301}Du")
    let emoji = TextLocator.range(of: "🎉", in: text)
    server.write(
      message(
        nil, "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": 3], "contentChanges": [.edit(emoji, "🧡🧡")]]))
    text = text.replacingOccurrences(of: "🎉", with: "🧡🧡")
    let found = try diagnostics(server, uri, version: 3).withCode("plain-officialese")
    XCTAssertEqual(found.first?["range"], TextLocator.range(of: "erhåller", in: text))
    XCTAssertEqual(try shutdown(server), 0)
  }

  func testMalformedInputDoesNotStopTheServer() throws {
    let server = try ServerProcess()
    _ = try handshake(server)
    server.write(Data("Content-Length: twelve\r\n\r\n".utf8))
    server.write(Frame.encode(Data(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"#.utf8)))
    server.write(Frame.encode(Data("\u{00}\u{01}binary".utf8)))
    server.write(
      Frame.encode(Data(#"{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"position":"x"}}"#.utf8)))
    server.write(Frame.encode(Data([0xFF, 0xFE, 0x7B])))
    let parseError = try server.waitFor("parse error") { $0["id"] == 5 }
    XCTAssertEqual(parseError["error"]?["code"], .int(ErrorCode.parseError.rawValue))
    let invalid = try server.waitFor("invalid params") { $0["id"] == 6 }
    XCTAssertEqual(invalid["error"]?["code"], .int(ErrorCode.invalidParams.rawValue))
    XCTAssertEqual(try shutdown(server), 0)
    XCTAssertTrue(server.standardError.contains("malformed message header"), server.standardError)
  }

  func testCancellation() throws {
    let server = try ServerProcess()
    _ = try handshake(server)
    let uri = "file:///tmp/klarsvar-cancel.txt"
    open(server, uri, "Hej!\n\nDu erhåller den.\n")
    _ = try diagnostics(server, uri, version: 1)
    var batch = Data()
    batch += frame(
      message(
        nil, "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [.edit(.range(2, 0, 2, 0), "X")]]))
    batch += frame(
      message(
        nil, "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": 3], "contentChanges": [.edit(.range(2, 0, 2, 1), "")]]))
    batch += frame(
      message(7, "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": .position(2, 4)]))
    batch += frame(message(nil, "$/cancelRequest", ["id": 7]))
    server.write(batch)
    let response = try server.waitFor("cancelled hover") { $0["id"] == 7 }
    XCTAssertEqual(response["error"]?["code"], .int(ErrorCode.requestCancelled.rawValue))
    _ = try diagnostics(server, uri, version: 3)
    XCTAssertEqual(server.messages.filter { $0["id"] == 7 }.count, 1)
    XCTAssertEqual(try shutdown(server), 0)
  }

  func testThousandRapidChangesEndWithDiagnosticsOfTheFinalText() throws {
    let server = try ServerProcess()
    _ = try handshake(server)
    let uri = "file:///tmp/klarsvar-rapid.txt"
    var text = "Hej!\n\n"
    open(server, uri, text)
    let typed = String(repeating: "Du erhåller 🙂 svar i dagsläget. ", count: 40).prefix(1000)
    var batch = Data()
    var version = 1
    for character in typed {
      version += 1
      let end = TextLocator.position(text.endIndex, in: text, unit: "utf-16")
      batch += frame(
        message(
          nil, "textDocument/didChange",
          [
            "textDocument": ["uri": .string(uri), "version": .int(version)],
            "contentChanges": [.edit(["start": end, "end": end], String(character))],
          ]))
      text.append(character)
      if version % 100 == 0 {
        server.write(batch)
        batch = Data()
      }
    }
    server.write(batch)
    let final = try diagnostics(server, uri, version: version, timeout: 30)
    let officialese = final.withCode("plain-officialese")
    XCTAssertEqual(officialese.count, text.components(separatedBy: "erhåller").count - 1)
    XCTAssertEqual(
      officialese.last?["range"], TextLocator.range(of: "erhåller", in: text, occurrence: officialese.count - 1))
    // Published versions never go backwards, and nothing newer than the final version can follow.
    let versions = server.messages.filter { $0["method"] == "textDocument/publishDiagnostics" }.compactMap {
      $0["params"]?["version"]?.intValue
    }
    XCTAssertEqual(versions, versions.sorted())
    XCTAssertLessThan(versions.count, 500, "edits were coalesced")
    XCTAssertEqual(try shutdown(server), 0)
  }

  func testRequestsBeforeInitializeAndAfterShutdown() throws {
    let server = try ServerProcess()
    server.write(message(3, "textDocument/codeLens", ["textDocument": ["uri": "file:///x.txt"]]))
    let early = try server.waitFor("early") { $0["id"] == 3 }
    XCTAssertEqual(early["error"]?["code"], .int(ErrorCode.serverNotInitialized.rawValue))
    _ = try handshake(server)
    server.write(message(4, "shutdown"))
    _ = try server.waitFor("shutdown") { $0["id"] == 4 }
    server.write(message(5, "textDocument/codeLens", ["textDocument": ["uri": "file:///x.txt"]]))
    let late = try server.waitFor("late") { $0["id"] == 5 }
    XCTAssertEqual(late["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
    server.write(message(nil, "exit"))
    XCTAssertEqual(try server.waitForExit(), 0)
  }
}
