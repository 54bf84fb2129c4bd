import Foundation
import XCTest

@testable import KlarsvarLSP

final class FrameParserTests: XCTestCase {
  private func frame(_ body: String) -> [UInt8] {
    Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
  }

  private func drain(_ parser: inout FrameParser) -> [FrameParser.Event] {
    var events: [FrameParser.Event] = []
    while let event = parser.next() { events.append(event) }
    return events
  }

  private func message(_ text: String) -> FrameParser.Event { .message(Data(text.utf8)) }

  func testOneMessage() {
    var parser = FrameParser()
    parser.append(frame(#"{"a":1}"#))
    XCTAssertEqual(drain(&parser), [message(#"{"a":1}"#)])
    XCTAssertEqual(parser.bufferedByteCount, 0)
  }

  func testSeveralMessagesInOneChunk() {
    var parser = FrameParser()
    parser.append(frame("[1]") + frame("[2]") + frame("[3]"))
    XCTAssertEqual(drain(&parser), [message("[1]"), message("[2]"), message("[3]")])
  }

  func testMessageSplitIntoSingleBytes() {
    var parser = FrameParser()
    var events: [FrameParser.Event] = []
    let body = #"{"text":"åäö 👋🏽 ok"}"#
    for byte in frame(body) + frame("[2]") {
      parser.append([byte])
      events += drain(&parser)
    }
    XCTAssertEqual(events, [message(body), message("[2]")])
  }

  func testSplitAtEveryPosition() {
    let stream = frame(#"{"x":"é"}"#) + frame("{}")
    for cut in 0...stream.count {
      var parser = FrameParser()
      parser.append(stream[..<cut])
      var events = drain(&parser)
      parser.append(stream[cut...])
      events += drain(&parser)
      XCTAssertEqual(events, [message(#"{"x":"é"}"#), message("{}")], "cut at \(cut)")
    }
  }

  func testContentLengthCountsBytesNotCharacters() {
    var parser = FrameParser()
    parser.append(Array("Content-Length: 4\r\n\r\n".utf8) + Array("åå".utf8) + frame("[1]"))
    XCTAssertEqual(drain(&parser), [message("åå"), message("[1]")])
  }

  func testContentTypeAndCaseAreTolerated() {
    var parser = FrameParser()
    let body = "[7]"
    parser.append(
      Array("content-length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8)
        + Array(body.utf8))
    XCTAssertEqual(drain(&parser), [message(body)])
  }

  func testMalformedHeaderIsReportedAndSkipped() {
    var parser = FrameParser()
    parser.append(Array("Content-Length: abc\r\n\r\n".utf8) + frame("[1]"))
    let events = drain(&parser)
    XCTAssertEqual(events.count, 2)
    guard case .malformedHeader(let problem) = events[0] else { return XCTFail("expected a malformed header") }
    XCTAssertTrue(problem.contains("Content-Length"), problem)
    XCTAssertEqual(events[1], message("[1]"))
  }

  func testHeaderWithoutContentLength() {
    var parser = FrameParser()
    parser.append(Array("Content-Type: x\r\n\r\n".utf8) + frame("[1]"))
    let events = drain(&parser)
    XCTAssertEqual(events.last, message("[1]"))
    guard case .malformedHeader = events.first else { return XCTFail("expected a malformed header") }
  }

  func testHeaderLineWithoutColon() {
    var parser = FrameParser()
    parser.append(Array("garbage\r\n\r\n".utf8) + frame("[1]"))
    let events = drain(&parser)
    XCTAssertEqual(events.count, 2)
    XCTAssertEqual(events.last, message("[1]"))
  }

  func testEndlessHeaderIsDiscarded() {
    var parser = FrameParser()
    parser.append([UInt8](repeating: UInt8(ascii: "x"), count: FrameParser.maximumHeaderLength + 10))
    guard case .malformedHeader = parser.next() else { return XCTFail("expected a malformed header") }
    parser.append(frame("[1]"))
    XCTAssertEqual(drain(&parser), [message("[1]")])
  }

  func testEmptyBody() {
    var parser = FrameParser()
    parser.append(Array("Content-Length: 0\r\n\r\n".utf8))
    XCTAssertEqual(drain(&parser), [.message(Data())])
  }

  func testIncompleteBodyWaits() {
    var parser = FrameParser()
    parser.append(Array("Content-Length: 10\r\n\r\n[1,".utf8))
    XCTAssertNil(parser.next())
    parser.append(Array("2,3,45]".utf8))
    XCTAssertEqual(drain(&parser), [message("[1,2,3,45]")])
  }
}
