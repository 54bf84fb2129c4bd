import Foundation

/// Splits the bytes of one connection into HTTP/1.1 requests.
///
/// A pure parser: feed it chunks of any size with `append(_:)`, then drain `next()` until it returns
/// nil. It never blocks and never throws. It is strict: lines end in CRLF, field names are tokens,
/// values carry no control characters, a request has one `Host`, and `Content-Length` and
/// `Transfer-Encoding` never meet (the classic request-smuggling ambiguities are refused, not
/// guessed). Every size is bounded by `Limits`.
///
/// - Important: after a `.failure` the stream's framing is lost: the parser ignores further input
///   and the connection must answer the failure's status and close.
package struct HTTPRequestParser: Sendable {
  /// Bounds on what one request may hold; exceeding one is a failure with its own status.
  package struct Limits: Sendable, Equatable {
    /// The request line (414 above it).
    package var requestLineBytes = 8 * 1024
    /// The whole header block, request line included (431 above it).
    package var headerBytes = 32 * 1024
    /// Header fields (431 above it).
    package var headerCount = 100
    /// The body, after removing chunked framing (413 above it).
    package var bodyBytes = 10 * 1024 * 1024
    /// One chunk-size line of a chunked body.
    package var chunkLineBytes = 1024

    package init() {}
  }

  /// Why the stream cannot be read: the status to answer and a Swedish sentence for the client.
  package struct Failure: Error, Equatable, Sendable {
    package var status: HTTPStatus
    package var message: String
  }

  package enum Event: Equatable, Sendable {
    /// A complete request.
    case request(HTTPRequest)
    /// The client sent `Expect: 100-continue` and waits for `100 Continue` before its body.
    case continueExpected
    /// The stream is malformed or over a limit; see the type's note.
    case failure(Failure)
  }

  /// Where the parser stands in the current request.
  enum State: Sendable {
    case head
    case body(HTTPRequest, remaining: Int)
    case chunkSize(HTTPRequest)
    case chunkData(HTTPRequest, remaining: Int)
    case chunkEnd(HTTPRequest)
    case trailers(HTTPRequest, bytes: Int, count: Int)
    case failed
  }

  package let limits: Limits
  var state = State.head
  var buffer: [UInt8] = []
  var start = 0
  /// How far past `start` the search for the end of the header block has looked.
  var scanned = 0
  /// The length of the request line once its CRLF has been seen.
  var requestLineLength: Int?
  var sawBareLineFeed = false
  var pendingContinue = false
  var chunkedBody: [UInt8] = []

  package init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Bytes received but not yet part of a returned request.
  package var bufferedByteCount: Int { buffer.count - start }

  /// Whether a request has begun (some of it received) but is not complete: the connection is
  /// reading a request rather than waiting idle for the next one.
  package var isInsideRequest: Bool {
    switch state {
    case .head: buffer[start...].contains { $0 != 0x0D && $0 != 0x0A }
    case .failed: false
    default: true
    }
  }

  /// Whether the head of the current request is complete and its body is being read.
  package var isReadingBody: Bool {
    switch state {
    case .head, .failed: false
    default: true
    }
  }

  package mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    if case .failed = state { return }
    dropConsumedBytes()
    buffer.append(contentsOf: bytes)
  }

  /// Forgets the bytes of returned requests once they are most of the buffer, so each byte is
  /// moved at most a few times however the stream is cut.
  private mutating func dropConsumedBytes() {
    guard start > 0, start * 2 >= buffer.count else { return }
    buffer.removeSubrange(..<start)
    start = 0
  }

  /// The next event, or nil when more bytes are needed (or after a failure).
  package mutating func next() -> Event? {
    if pendingContinue {
      pendingContinue = false
      return .continueExpected
    }
    while true {
      switch state {
      case .failed:
        return nil
      case .head:
        switch readHead() {
        case nil: return nil
        case .failure(let failure)?: return fail(failure)
        case .success(let request)?:
          if let event = beginBody(of: request) { return event }
        }
      case .body(var request, let remaining):
        guard bufferedByteCount >= remaining else { return nil }
        request.body = Data(buffer[start..<(start + remaining)])
        start += remaining
        return finish(request)
      case .chunkSize, .chunkData, .chunkEnd, .trailers:
        switch readChunked() {
        case nil: return nil
        case .failure(let failure)?: return fail(failure)
        case .success(let request)?: return finish(request)
        }
      }
    }
  }

  /// Chooses how the body is framed once the head is read; an event when there is one to return.
  private mutating func beginBody(of request: HTTPRequest) -> Event? {
    switch Self.framing(of: request, limits: limits) {
    case .failure(let failure):
      return fail(failure)
    case .success(.none):
      return finish(request)
    case .success(.length(let length)):
      if length == 0 { return finish(request) }
      state = .body(request, remaining: length)
    case .success(.chunked):
      chunkedBody = []
      state = .chunkSize(request)
    }
    if let expect = request.headers["Expect"] {
      guard HTTPHeaders.same(expect, "100-continue") else {
        return fail(Failure(status: .expectationFailed, message: "Expect: \(expect.prefix(40)) stöds inte"))
      }
      // Only when the body has not already arrived with the head.
      if bufferedByteCount == 0 { return .continueExpected }
    }
    return nil
  }

  private mutating func finish(_ request: HTTPRequest) -> Event {
    state = .head
    scanned = 0
    chunkedBody = []
    return .request(request)
  }

  private mutating func fail(_ failure: Failure) -> Event {
    state = .failed
    buffer = []
    start = 0
    return .failure(failure)
  }
}
