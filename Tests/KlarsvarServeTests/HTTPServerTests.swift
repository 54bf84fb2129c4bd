import Foundation
import XCTest

@testable import KlarsvarServe

/// The server over real sockets on loopback: every limit, and that it keeps serving after each.
final class HTTPServerTests: XCTestCase {
  private var servers: [HTTPServer] = []

  override func tearDown() {
    for server in servers {
      server.stop()
      server.wait()
    }
    servers = []
  }

  /// A running server whose handler echoes the body and path, with short timeouts for the tests.
  private func start(
    _ adjust: (inout HTTPServer.Configuration) -> Void = { _ in },
    handler: @escaping HTTPServer.Handler = { request in
      var response = HTTPResponse(status: .ok, body: request.body.isEmpty ? Data(request.target.utf8) : request.body)
      response.headers.append("Content-Type", "text/plain")
      return response
    }
  ) throws -> UInt16 {
    var configuration = HTTPServer.Configuration()
    configuration.idleTimeout = 1
    configuration.headerTimeout = 0.6
    configuration.requestTimeout = 1.5
    configuration.limits.bodyBytes = 1024
    adjust(&configuration)
    let server = try HTTPServer(host: "127.0.0.1", port: 0, configuration: configuration)
    server.start(handler)
    servers.append(server)
    return server.port
  }

  private func client(_ port: UInt16, timeout: Double = 5) throws -> LoopbackClient {
    try LoopbackClient(port: port, timeout: timeout)
  }

  /// The server still answers a plain request on a new connection.
  private func assertStillServing(_ port: UInt16, file: StaticString = #filePath, line: UInt = #line) throws {
    let response = try client(port).request("GET", "/still", port: port)
    XCTAssertEqual(response.status, 200, file: file, line: line)
    XCTAssertEqual(response.text, "/still", file: file, line: line)
  }

  func testThousandRequestsInARowOnOneConnectionAndOnNewOnes() throws {
    let port = try start()
    let connection = try client(port)
    for index in 0..<1000 {
      let response = try connection.request("POST", "/echo", body: Data("nr \(index)".utf8), port: port)
      XCTAssertEqual(response.status, 200)
      XCTAssertEqual(response.text, "nr \(index)")
    }
    for index in 0..<1000 {
      let response = try client(port).request("GET", "/new/\(index)", headers: [("Connection", "close")], port: port)
      XCTAssertEqual(response.text, "/new/\(index)")
      XCTAssertEqual(response.headers["Connection"], "close")
    }
    try assertStillServing(port)
  }

  func testPipelinedRequestsAreAnsweredInOrder() throws {
    let port = try start()
    let connection = try client(port)
    let requests = (1...3).map { "GET /\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined()
    try connection.send(Array(requests.utf8))
    XCTAssertEqual(try (1...3).map { _ in try connection.readResponse().text }, ["/1", "/2", "/3"])
  }

  func testMalformedRequestLineGets400AndTheServerGoesOn() throws {
    let port = try start()
    for garbage in ["GARBAGE\r\n\r\n", "GET / HTTP/1.1\nHost: a\n\n", "\u{16}\u{3}\u{1}\u{2}\u{0}\r\n\r\n"] {
      let connection = try client(port)
      try connection.send(Array(garbage.utf8))
      let response = try connection.readResponse()
      XCTAssertEqual(response.status, 400, garbage)
      XCTAssertTrue(response.text.contains("\"message\""), response.text)
      XCTAssertEqual(response.headers["Connection"], "close")
      XCTAssertTrue(connection.waitForClose())
    }
    try assertStillServing(port)
  }

  func testOversizedBodyGets413BeforeItIsSent() throws {
    let port = try start()
    let connection = try client(port)
    try connection.send(Array("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n".utf8))
    let response = try connection.readResponse()
    XCTAssertEqual(response.status, 413)
    XCTAssertTrue(response.text.contains("1024"), response.text)
    XCTAssertTrue(connection.waitForClose())
    let chunked = try client(port)
    let chunk = "400\r\n" + String(repeating: "a", count: 1024) + "\r\n1\r\nb\r\n0\r\n\r\n"
    try chunked.send(Array(("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk).utf8))
    XCTAssertEqual(try chunked.readResponse().status, 413)
    let exact = try client(port).request("POST", "/", body: Data(repeating: 65, count: 1024), port: port)
    XCTAssertEqual(exact.body.count, 1024, "the limit itself is allowed")
  }

  func testHeaderSizeAndCountLimits() throws {
    let port = try start { $0.limits.headerCount = 10 }
    let many = try client(port)
    let fields = (0..<11).map { "X-\($0): 1\r\n" }.joined()
    try many.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\(fields)\r\n".utf8))
    XCTAssertEqual(try many.readResponse().status, 431)
    let big = try client(port)
    try big.send(Array("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "b", count: 40_000))\r\n\r\n".utf8))
    XCTAssertEqual(try big.readResponse().status, 431)
    let long = try client(port)
    try long.send(Array("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\n".utf8))
    XCTAssertEqual(try long.readResponse().status, 414)
    try assertStillServing(port)
  }

  /// Slowloris: a head sent a byte at a time never completes within the header timeout; the server
  /// answers 408, closes, and serves others meanwhile.
  func testSlowClientTimesOutWithoutBlockingOthers() throws {
    let port = try start()
    let slow = try client(port)
    let started = Date()
    let head = Array("GET /slow HTTP/1.1\r\nHost: x\r\nX-Drip: ".utf8)
    var answer: LoopbackClient.Response?
    for byte in head + Array(repeating: UInt8(ascii: "z"), count: 200) {
      guard (try? slow.send([byte])) != nil else { break }
      Thread.sleep(forTimeInterval: 0.02)
      if Date().timeIntervalSince(started) > 0.3 { try assertStillServing(port) }
      if Date().timeIntervalSince(started) > 1.2 { break }
    }
    answer = try? slow.readResponse()
    XCTAssertEqual(answer?.status, 408)
    XCTAssertTrue(slow.waitForClose())
    XCTAssertLessThan(Date().timeIntervalSince(started), 4)
    try assertStillServing(port)
  }

  func testSlowBodyTimesOut() throws {
    let port = try start()
    let slow = try client(port)
    try slow.send(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc".utf8))
    XCTAssertEqual(try slow.readResponse().status, 408)
  }

  func testIdleConnectionIsClosed() throws {
    let port = try start()
    let idle = try client(port)
    let started = Date()
    XCTAssertTrue(idle.waitForClose())
    XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.5)
  }

  func testConnectionsBeyondTheLimitGet503() throws {
    let port = try start { $0.maxConnections = 2 }
    let first = try client(port)
    let second = try client(port)
    _ = try first.request("GET", "/a", port: port)
    _ = try second.request("GET", "/b", port: port)
    let third = try client(port)
    try? third.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    XCTAssertEqual(try third.readResponse().status, 503)
    XCTAssertEqual(try first.request("GET", "/c", port: port).text, "/c", "the open ones go on")
  }

  func testRequestsBeyondTheLimitGet503() throws {
    let release = DispatchSemaphore(value: 0)
    let port = try start({ $0.maxConcurrentRequests = 1 }) { request in
      if request.target == "/wait" { release.wait() }
      return HTTPResponse(status: .ok, body: Data(request.target.utf8))
    }
    let waiting = try client(port)
    try waiting.send(Array("GET /wait HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    Thread.sleep(forTimeInterval: 0.2)
    let refused = try client(port).request("GET", "/other", port: port)
    XCTAssertEqual(refused.status, 503)
    XCTAssertEqual(refused.headers["Retry-After"], "1")
    release.signal()
    XCTAssertEqual(try waiting.readResponse().text, "/wait")
    XCTAssertEqual(try client(port).request("GET", "/other", port: port).text, "/other")
  }

  func testStopLetsTheRequestInFlightFinish() throws {
    let release = DispatchSemaphore(value: 0)
    var configuration = HTTPServer.Configuration()
    configuration.shutdownGrace = 5
    let server = try HTTPServer(host: "127.0.0.1", port: 0, configuration: configuration)
    server.start { request in
      release.wait()
      return HTTPResponse(status: .ok, body: Data("done".utf8))
    }
    let connection = try LoopbackClient(port: server.port)
    try connection.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    Thread.sleep(forTimeInterval: 0.2)
    server.stop()
    release.signal()
    let response = try connection.readResponse()
    XCTAssertEqual(response.text, "done")
    XCTAssertEqual(response.headers["Connection"], "close")
    server.wait()
    XCTAssertThrowsError(try LoopbackClient(port: server.port), "nothing listens after the stop")
  }

  func testExpectContinueAndHead() throws {
    let port = try start()
    let connection = try client(port)
    try connection.send(Array("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
    XCTAssertEqual(try connection.readResponse().status, 100)
    try connection.send(Array("ok".utf8))
    XCTAssertEqual(try connection.readResponse().text, "ok")
    try connection.send(Array("HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
    let head = try connection.readResponse(toHEAD: true)
    XCTAssertEqual(head.headers["Content-Length"], "5")
    XCTAssertEqual(try connection.request("GET", "/after", port: port).text, "/after", "no body was sent for HEAD")
  }

  func testServerTimingAndDateOnEveryAnswer() throws {
    let port = try start()
    let response = try client(port).request("GET", "/", port: port)
    XCTAssertNotNil(response.headers["Date"])
    XCTAssertTrue(response.headers["Server-Timing"]?.hasPrefix("total;dur=") ?? false)
  }

  func testClientLeavingMidRequestDoesNotDisturbTheServer() throws {
    let port = try start()
    for _ in 0..<20 {
      let leaving = try client(port)
      try leaving.send(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nhalf".utf8))
    }
    try assertStillServing(port)
  }
}
