import Foundation
import TestSupport
import XCTest

@testable import KlarsvarServe

/// The request parser on whole, split, joined and broken input.
final class HTTPRequestParserTests: XCTestCase {
  private func drain(_ parser: inout HTTPRequestParser) -> [HTTPRequestParser.Event] {
    var events: [HTTPRequestParser.Event] = []
    while let event = parser.next() { events.append(event) }
    return events
  }

  private func parse(_ text: String, limits: HTTPRequestParser.Limits = .init()) -> [HTTPRequestParser.Event] {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(Array(text.utf8))
    return drain(&parser)
  }

  private func requests(_ events: [HTTPRequestParser.Event]) -> [HTTPRequest] {
    events.compactMap { if case .request(let request) = $0 { request } else { nil } }
  }

  /// The status of the one failure among `events`, nil when there is none.
  private func failureStatus(_ events: [HTTPRequestParser.Event], file: StaticString = #filePath, line: UInt = #line)
    -> Int?
  {
    let failures = events.compactMap { if case .failure(let failure) = $0 { failure } else { nil } }
    XCTAssertLessThanOrEqual(failures.count, 1, "at most one failure", file: file, line: line)
    if let failure = failures.first { XCTAssertFalse(failure.message.isEmpty, file: file, line: line) }
    return failures.first?.status.rawValue
  }

  private let get = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:4870\r\n\r\n"
  private let post =
    "POST /api/check?x=%C3%A5 HTTP/1.1\r\nHost: localhost:4870\r\nContent-Type: application/json\r\n"
    + "Content-Length: \(#"{"text":"hej å"}"#.utf8.count)\r\n\r\n{\"text\":\"hej å\"}"
  private let chunked =
    "POST /api/check HTTP/1.1\r\nHost: localhost:4870\r\nTransfer-Encoding: chunked\r\n\r\n"
    + "5;name=value\r\n{\"tex\r\nC\r\nt\":\"hej å\"}\r\n0\r\nX-Trailer: ok\r\n\r\n"

  func testOneGet() {
    let request = requests(parse(get)).first
    XCTAssertEqual(request?.method, "GET")
    XCTAssertEqual(request?.path, "/api/health")
    XCTAssertEqual(request?.authority, "127.0.0.1:4870")
    XCTAssertEqual(request?.body, Data())
    XCTAssertEqual(request?.keepAlive, true)
  }

  func testPostWithBodyQueryAndUTF8() {
    let request = requests(parse(post)).first
    XCTAssertEqual(request?.body, Data(#"{"text":"hej å"}"#.utf8))
    XCTAssertEqual(request?.query["x"], "å")
    XCTAssertEqual(request?.mediaType, "application/json")
  }

  func testChunkedBodyWithExtensionAndTrailer() {
    let events = parse(chunked)
    XCTAssertEqual(requests(events).first?.body, Data(#"{"text":"hej å"}"#.utf8))
    XCTAssertNil(failureStatus(events))
  }

  func testPipelinedRequestsInOneChunk() {
    let all = requests(parse(get + post + chunked + get))
    XCTAssertEqual(all.map(\.method), ["GET", "POST", "POST", "GET"])
    XCTAssertEqual(all[1].body, all[2].body)
  }

  func testSplitAtEveryPosition() {
    let stream = Array((post + chunked + get).utf8)
    let whole = requests(parse(post + chunked + get))
    for cut in 0...stream.count {
      var parser = HTTPRequestParser()
      parser.append(stream[..<cut])
      var events = drain(&parser)
      parser.append(stream[cut...])
      events += drain(&parser)
      XCTAssertEqual(requests(events), whole, "cut at \(cut)")
    }
  }

  func testOneByteAtATime() {
    var parser = HTTPRequestParser()
    var events: [HTTPRequestParser.Event] = []
    for byte in Array((chunked + post).utf8) {
      parser.append([byte])
      events += drain(&parser)
    }
    XCTAssertEqual(requests(events), requests(parse(chunked + post)))
  }

  func testEmptyLinesBeforeARequestAreSkipped() {
    XCTAssertEqual(requests(parse("\r\n\r\n" + get)).count, 1)
  }

  func testInsideRequestAndReadingBody() {
    var parser = HTTPRequestParser()
    XCTAssertFalse(parser.isInsideRequest)
    parser.append(Array("\r\n".utf8))
    XCTAssertFalse(parser.isInsideRequest, "empty lines between requests are idle")
    parser.append(Array("POST / HTTP/1.1\r\nHost: a:1\r\nContent-Length: 4\r\n\r\nab".utf8))
    XCTAssertNil(parser.next())
    XCTAssertTrue(parser.isInsideRequest)
    XCTAssertTrue(parser.isReadingBody)
    parser.append(Array("cd".utf8))
    XCTAssertEqual(requests(drain(&parser)).first?.body, Data("abcd".utf8))
    XCTAssertFalse(parser.isInsideRequest)
  }

  func testExpectContinueComesBeforeTheBody() {
    var parser = HTTPRequestParser()
    parser.append(Array("POST / HTTP/1.1\r\nHost: a:1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
    XCTAssertEqual(drain(&parser), [.continueExpected])
    parser.append(Array("ok".utf8))
    XCTAssertEqual(requests(drain(&parser)).first?.body, Data("ok".utf8))
    XCTAssertEqual(
      failureStatus(parse("POST / HTTP/1.1\r\nHost: a:1\r\nExpect: magic\r\nContent-Length: 2\r\n\r\nok")), 417)
  }

  func testAbsoluteFormTargetGivesTheAuthority() {
    let request = requests(parse("GET http://127.0.0.1:9/api/rules HTTP/1.1\r\nHost: evil.example\r\n\r\n")).first
    XCTAssertEqual(request?.target, "/api/rules")
    XCTAssertEqual(request?.authority, "127.0.0.1:9", "the target's authority wins over Host (RFC 9112 §3.2.2)")
  }

  func testHTTP10ClosesUnlessKeptAlive() {
    XCTAssertEqual(requests(parse("GET / HTTP/1.0\r\n\r\n")).first?.keepAlive, false)
    XCTAssertEqual(requests(parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")).first?.keepAlive, true)
    XCTAssertEqual(requests(parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")).first?.keepAlive, false)
  }

  func testMalformedRequestLines() {
    for line in [
      "GARBAGE", "GET /", "GET  / HTTP/1.1", "GET / HTTP/1.1 extra", "GET relative HTTP/1.1", "G(T / HTTP/1.1",
      "GET / http/1.1", "GET /\u{7F} HTTP/1.1", "GET / HTTP/1.1x", "\u{1}GET / HTTP/1.1",
    ] {
      XCTAssertEqual(failureStatus(parse(line + "\r\nHost: a\r\n\r\n")), 400, line)
    }
    XCTAssertEqual(failureStatus(parse("GET / HTTP/2.0\r\nHost: a\r\n\r\n")), 505)
  }

  func testMalformedHeaders() {
    for header in [
      "Host : a", "Host: a\r\n Folded: b", "Bad Name: x", ": empty", "NoColon", "X: a\u{1}b", "Host: a\r\nHost: b",
    ] {
      XCTAssertEqual(failureStatus(parse("GET / HTTP/1.1\r\n\(header)\r\n\r\n")), 400, header)
    }
    XCTAssertEqual(failureStatus(parse("GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n")), 400, "HTTP/1.1 without Host")
    XCTAssertEqual(failureStatus(parse("GET / HTTP/1.1\nHost: a\n\n")), 400, "bare LF line ends")
  }

  func testAmbiguousFramingIsRefused() {
    let head = "POST / HTTP/1.1\r\nHost: a\r\n"
    XCTAssertEqual(failureStatus(parse(head + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n")), 400)
    XCTAssertEqual(failureStatus(parse(head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nabc")), 400)
    XCTAssertEqual(failureStatus(parse(head + "Content-Length: 2, 3\r\n\r\nabc")), 400)
    XCTAssertNil(failureStatus(parse(head + "Content-Length: 2, 2\r\n\r\nab")), "identical repeats are one length")
    for value in ["-1", "1a", "+2", "", "99999999999999999999"] {
      XCTAssertEqual(failureStatus(parse(head + "Content-Length: \(value)\r\n\r\n")), 400, value)
    }
    XCTAssertEqual(failureStatus(parse(head + "Transfer-Encoding: gzip, chunked\r\n\r\n")), 501)
    XCTAssertEqual(failureStatus(parse("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n")), 400)
    for body in ["zz\r\n", "5\r\nabcdeXX", "1\r\na\r\n0\r\nbad trailer\r\n\r\n"] {
      XCTAssertEqual(failureStatus(parse(head + "Transfer-Encoding: chunked\r\n\r\n" + body)), 400, body)
    }
  }

  func testLimits() {
    var limits = HTTPRequestParser.Limits()
    limits.bodyBytes = 10
    limits.requestLineBytes = 40
    limits.headerBytes = 200
    limits.headerCount = 3
    let head = "POST / HTTP/1.1\r\nHost: a\r\n"
    XCTAssertEqual(failureStatus(parse(head + "Content-Length: 11\r\n\r\n", limits: limits)), 413)
    XCTAssertNil(failureStatus(parse(head + "Content-Length: 10\r\n\r\n0123456789", limits: limits)))
    let chunks = head + "Transfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\nghijk\r\n0\r\n\r\n"
    XCTAssertEqual(failureStatus(parse(chunks, limits: limits)), 413, "the decoded size counts")
    let longTarget = "GET /" + String(repeating: "a", count: 50)
    XCTAssertEqual(failureStatus(parse(longTarget, limits: limits)), 414, "known before the line ends")
    XCTAssertEqual(failureStatus(parse(longTarget + " HTTP/1.1\r\n", limits: limits)), 414, "known once the line ends")
    XCTAssertEqual(failureStatus(parse(longTarget + " HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits)), 414)
    let many = (0..<4).map { "X-\($0): 1\r\n" }.joined()
    XCTAssertEqual(failureStatus(parse("GET / HTTP/1.1\r\nHost: a\r\n" + many + "\r\n", limits: limits)), 431)
    let big = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 300)
    XCTAssertEqual(failureStatus(parse(big, limits: limits)), 431, "known before the head ends")
  }

  func testNothingIsReadAfterAFailure() {
    var parser = HTTPRequestParser()
    parser.append(Array("BROKEN\r\n\r\n".utf8))
    XCTAssertEqual(failureStatus(drain(&parser)), 400)
    parser.append(Array(get.utf8))
    XCTAssertEqual(drain(&parser), [])
    XCTAssertEqual(parser.bufferedByteCount, 0)
  }

  /// Random bytes and random cuts of valid requests: never a trap, at most one failure, and a
  /// failure is the last event.
  func testRandomInputNeverTraps() {
    var random = SeededRandom(seed: 14)
    let valid = Array((get + post + chunked).utf8)
    let alphabet = Array("GET POST/ HTTP/1.1\r\n:Host Content-Length: 5 Transfer-Encoding: chunked 0aZ;\u{0}".utf8)
    for round in 0..<2000 {
      var parser = HTTPRequestParser()
      var events: [HTTPRequestParser.Event] = []
      var bytes: [UInt8] =
        round % 2 == 0
        ? (0..<random.next(300)).map { _ in alphabet[random.next(alphabet.count)] }
        : valid.map { random.next(20) == 0 ? alphabet[random.next(alphabet.count)] : $0 }
      while !bytes.isEmpty {
        let take = min(bytes.count, 1 + random.next(40))
        parser.append(bytes.prefix(take))
        bytes.removeFirst(take)
        events += drain(&parser)
      }
      _ = failureStatus(events)
      if let index = events.firstIndex(where: { if case .failure = $0 { true } else { false } }) {
        XCTAssertEqual(index, events.count - 1, "round \(round): nothing after a failure")
      }
    }
  }
}
