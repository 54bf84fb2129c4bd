import Foundation
import TestSupport
import XCTest

@testable import KlarsvarLSP

/// After a frame it cannot use, the parser resynchronises on the next `Content-Length:` header and
/// reports requests in the skipped bytes by id (issue 15: one bad header used to silence the server).
final class FrameResyncTests: XCTestCase {
  private func frame(_ body: String) -> [UInt8] {
    Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
  }

  private func events(_ bytes: [UInt8]) -> [FrameParser.Event] {
    var parser = FrameParser()
    parser.append(bytes)
    var events: [FrameParser.Event] = []
    while let event = parser.next() { events.append(event) }
    return events
  }

  private func message(_ text: String) -> FrameParser.Event { .message(Data(text.utf8)) }

  private func assertShape(
    _ events: [FrameParser.Event], _ expected: [String], file: StaticString = #filePath, line: UInt = #line
  ) {
    let shape = events.map { event -> String in
      switch event {
      case .message(let body): "message " + String(decoding: body, as: UTF8.self)
      case .malformedHeader: "malformed"
      case .skippedRequest(let id, _): "skipped \(id)"
      }
    }
    XCTAssertEqual(shape, expected, file: file, line: line)
  }

  private let request = #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{}}"#

  func testNonNumericLengthSkipsToTheNextHeaderAndReportsTheRequest() {
    let stream = Array("Content-Length: abc\r\n\r\n".utf8) + Array(request.utf8) + frame("[1]") + frame("[2]")
    assertShape(events(stream), ["malformed", "skipped 5", "message [1]", "message [2]"])
  }

  func testMissingLength() {
    let stream = Array("Content-Type: application/json\r\n\r\n".utf8) + Array(request.utf8) + frame("[1]")
    assertShape(events(stream), ["malformed", "skipped 5", "message [1]"])
  }

  func testTooSmallLengthDeliversThePrefixThenResynchronises() {
    let stream = Array("Content-Length: 5\r\n\r\n".utf8) + Array(request.utf8) + frame("[1]")
    assertShape(events(stream), [#"message {"jso"#, "malformed", "message [1]"])
  }

  func testHugeLengthIsABrokenHeaderNotAWaitForever() {
    for length in ["100000000000000", "99999999999999999999999", "-4", "1e14"] {
      let stream = Array("Content-Length: \(length)\r\n\r\n".utf8) + Array(request.utf8) + frame("[1]")
      assertShape(events(stream), ["malformed", "skipped 5", "message [1]"])
    }
  }

  func testLengthLongerThanTheMessageStopsAtTheNextHeader() {
    let stream = Array("Content-Length: 5000\r\n\r\n".utf8) + Array(request.utf8) + frame("[1]") + frame("[2]")
    assertShape(events(stream), ["malformed", "skipped 5", "message [1]", "message [2]"])
  }

  func testBodyWithoutAnyHeader() {
    assertShape(events(Array(request.utf8) + frame("[1]")), ["malformed", "skipped 5", "message [1]"])
  }

  func testBareLineFeedsAndBlankLinesBetweenFrames() {
    let stream = Array("Content-Length: 3\n\n[1]\r\n".utf8) + frame("[2]")
    assertShape(events(stream), ["message [1]", "message [2]"])
  }

  func testGarbageLinesBeforeAValidHeaderInTheSameBlock() {
    let stream = Array("garbage\r\nContent-Length: 3\r\n\r\n[1]".utf8) + frame("[2]")
    assertShape(events(stream), ["malformed", "message [1]", "message [2]"])
  }

  func testAValidLengthBesideABrokenLineIsNotTakenAgain() {
    var parser = FrameParser()
    parser.append(Array("Content-Length: 3\r\nbroken line\r\n\r\n[1]".utf8))
    var seen: [FrameParser.Event] = []
    while let event = parser.next() { seen.append(event) }
    parser.append(frame("[2]"))
    while let event = parser.next() { seen.append(event) }
    assertShape(seen, ["malformed", "message [2]"])
  }

  /// A request split across chunks is reported once, when it has arrived.
  func testSkippedRequestArrivingInPiecesIsReportedOnce() {
    var parser = FrameParser()
    var seen: [FrameParser.Event] = []
    let stream = Array("Content-Length: x\r\n\r\n".utf8) + Array(request.utf8)
    for byte in stream {
      parser.append([byte])
      while let event = parser.next() { seen.append(event) }
    }
    parser.append(frame("[1]"))
    while let event = parser.next() { seen.append(event) }
    assertShape(seen, ["malformed", "skipped 5", "message [1]"])
  }

  func testNoIdForNotificationsResponsesOrCancellations() {
    for body in [
      #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
      #"{"jsonrpc":"2.0","id":"klarsvar-1","result":null}"#,
      #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3}}"#,
      #"{"jsonrpc":"2.0","method":"x","params":{"id":3}}"#,
    ] {
      XCTAssertNil(RequestSalvage.requestID(in: Array(body.utf8)), body)
    }
    XCTAssertEqual(RequestSalvage.requestID(in: Array(#"{"method":"a","id":"q\"1"}"#.utf8)), .string("q\"1"))
    XCTAssertEqual(
      RequestSalvage.requestID(in: Array(#"x{"id":-3,"params":{"a":[1,{"b":"}"}]},"method":"m"}"#.utf8)), .number(-3))
  }

  /// Whatever garbage comes first, frames after it are recovered, however the stream is chunked. Garbage
  /// that ends like a header claiming the bytes after it can take the frames right after it, but the
  /// parser is back in step by the third.
  func testRandomGarbageThenFramesInRandomChunks() {
    var random = SeededRandom(seed: 15)
    let pieces = [
      "{", "}", "\"", ":", ",", "\r\n", "\n", "\r\n\r\n", "Content-Length: ", "Content-Length: 12", "abc", "7",
      "\"id\":4", "Content-Type: x", " ", "é", "\u{0}",
    ]
    for round in 0..<300 {
      let garbage = Array(random.text(from: pieces, count: random.next(30)).utf8)
      let stream = garbage + frame("[1]") + frame("[2]") + frame("[3]")
      var parser = FrameParser()
      var messages: [String] = []
      var index = 0
      while index < stream.count {
        let end = min(stream.count, index + 1 + random.next(40))
        parser.append(stream[index..<end])
        index = end
        while let event = parser.next() {
          if case .message(let body) = event { messages.append(String(decoding: body, as: UTF8.self)) }
        }
      }
      XCTAssertEqual(
        messages.last, "[3]", "round \(round): \(String(decoding: garbage, as: UTF8.self).debugDescription)")
    }
  }
}
