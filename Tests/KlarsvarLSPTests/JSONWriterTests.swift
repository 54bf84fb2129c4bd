import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

final class JSONWriterTests: XCTestCase {
  func testDiagnosticsWrittenByHandMatchCodable() throws {
    let range = LSPRange(start: Position(line: 1, character: 2), end: Position(line: 3, character: 4))
    let diagnostic = Diagnostic(
      range: range, severity: 2, code: "rule-id", codeDescription: nil, source: "klarsvar",
      message: "Citat ”x” \"y\" \\ tab\t ny\nrad \u{01} 👋🏽",
      relatedInformation: [
        DiagnosticRelatedInformation(location: Location(uri: "file:///a%20b.txt", range: range), message: "även här")
      ],
      data: DiagnosticData(
        category: "tone",
        fixes: [.init(kind: "replacement", title: "Ersätt", edit: LSPTextEdit(range: range, newText: "å\r\n"))]))
    let notification = PublishDiagnosticsNotification(
      uri: "file:///a.txt", version: 3, diagnostics: [diagnostic, diagnostic])
    let fast = try OutgoingMessage.notification(method: PublishDiagnosticsNotification.method, params: notification)
    let slow = try JSONEncoder().encode(notification)
    let parsedFast = try XCTUnwrap(JSONSerialization.jsonObject(with: fast) as? [String: Any])
    XCTAssertEqual(parsedFast["method"] as? String, "textDocument/publishDiagnostics")
    let fastParams = try JSONSerialization.data(withJSONObject: parsedFast["params"]!, options: [.sortedKeys])
    let slowParams = try JSONSerialization.data(
      withJSONObject: JSONSerialization.jsonObject(with: slow), options: [.sortedKeys])
    XCTAssertEqual(String(decoding: fastParams, as: UTF8.self), String(decoding: slowParams, as: UTF8.self))
    XCTAssertTrue(
      String(decoding: fast, as: UTF8.self).hasPrefix(
        #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///a.txt","version":3,"#))
  }

  func testEmptyContainersAndNull() throws {
    let notification = PublishDiagnosticsNotification(uri: "u", version: nil, diagnostics: [])
    let data = try OutgoingMessage.notification(method: "m", params: notification)
    XCTAssertEqual(
      String(decoding: data, as: UTF8.self),
      #"{"jsonrpc":"2.0","method":"m","params":{"uri":"u","version":null,"diagnostics":[]}}"#)
    let report = try OutgoingMessage.response(
      id: .string("x"), result: DocumentDiagnosticReport(kind: "unchanged", resultId: "1.0", items: nil))
    XCTAssertEqual(
      String(decoding: report, as: UTF8.self),
      #"{"jsonrpc":"2.0","id":"x","result":{"kind":"unchanged","resultId":"1.0"}}"#)
  }

  func testEscapesRunsNumbersAndNesting() throws {
    var writer = JSONWriter()
    writer.object { writer in
      writer.field("text", "ren \"citat\" och \\ \u{1F} slut\n")
      writer.field("empty", "")
      writer.key("numbers")
      writer.array([0, 7, -42, Int.max, Int.min]) { $0.value($1) }
      writer.key("nested")
      writer.array([[1, 2], [], [3]]) { writer, inner in writer.array(inner) { $0.value($1) } }
      writer.key("flags")
      writer.object { writer in
        writer.key("yes")
        writer.value(true)
        writer.key("none")
        writer.null()
      }
    }
    XCTAssertEqual(
      String(decoding: writer.bytes, as: UTF8.self),
      #"{"text":"ren \"citat\" och \\ \u001f slut\n","empty":"","numbers":[0,7,-42,9223372036854775807,"#
        + #"-9223372036854775808],"nested":[[1,2],[],[3]],"flags":{"yes":true,"none":null}}"#)
  }
}
