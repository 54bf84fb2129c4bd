import Dispatch
import Foundation

/// One client connection, owned by the server's event loop thread (never touched by another).
final class Connection {
  /// What the connection is doing.
  enum Phase: Equatable {
    /// Reading (or waiting idle for) the next request.
    case reading
    /// A request is with a handler; nothing more is read until its answer is written.
    case busy(headRequest: Bool, keepAlive: Bool)
    /// Writing what is left of the output, then closing.
    case closing
    /// The answer is written and our side shut; what the client still sends is read and dropped
    /// until it closes or time runs out, so its unread bytes cannot reset the connection before it
    /// has read the answer (a lingering close, as for a 413 refused mid-upload).
    case draining(until: UInt64)
  }

  /// Unique for the server's lifetime, unlike descriptors, which the system reuses.
  let id: Int
  let descriptor: Int32
  var parser: HTTPRequestParser
  var phase = Phase.reading
  private(set) var output: [UInt8] = []
  private var outputStart = 0
  /// When the connection last became idle (opened, or finished an answer).
  var idleSince: UInt64
  /// When the first byte of the current request arrived; nil between requests.
  var requestStarted: UInt64?
  /// When the current request was complete (for `Server-Timing: total`).
  var requestCompleted: UInt64 = 0
  /// When the pending output began to wait for the client.
  var writeStarted: UInt64?

  init(id: Int, descriptor: Int32, limits: HTTPRequestParser.Limits, now: UInt64) {
    self.id = id
    self.descriptor = descriptor
    parser = HTTPRequestParser(limits: limits)
    idleSince = now
  }

  var hasOutput: Bool { outputStart < output.count }

  /// Whether the connection counts against the limit: not one that is only being closed.
  var isServing: Bool {
    switch phase {
    case .reading, .busy: true
    case .closing, .draining: false
    }
  }

  func enqueue(_ bytes: [UInt8], now: UInt64) {
    if !hasOutput { writeStarted = now }
    output += bytes
  }

  /// Writes as much of the output as the socket takes.
  ///
  /// - Returns: false when the connection broke.
  func flush() -> Bool {
    while hasOutput {
      let transfer = output[outputStart...].withUnsafeBytes { Socket.write(descriptor, $0) }
      switch transfer {
      case .bytes(let count): outputStart += count
      case .wouldBlock: return true
      case .closed: return false
      }
    }
    output = []
    outputStart = 0
    writeStarted = nil
    return true
  }

  /// Reads and drops what has arrived.
  ///
  /// - Returns: false when the peer closed or the connection broke.
  func discard(_ scratch: inout [UInt8]) -> Bool {
    while true {
      switch scratch.withUnsafeMutableBytes({ Socket.read(descriptor, into: $0) }) {
      case .bytes: continue
      case .wouldBlock: return true
      case .closed: return false
      }
    }
  }

  /// Reads what has arrived into the parser.
  ///
  /// - Returns: false when the peer closed or the connection broke.
  func fill(_ scratch: inout [UInt8]) -> Bool {
    let transfer = scratch.withUnsafeMutableBytes { Socket.read(descriptor, into: $0) }
    switch transfer {
    case .bytes(let count):
      parser.append(scratch[0..<count])
      return true
    case .wouldBlock:
      return true
    case .closed:
      return false
    }
  }
}

/// Monotonic time in nanoseconds, for deadlines and `Server-Timing`.
enum Clock {
  static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

  static func seconds(_ value: Double) -> UInt64 { UInt64(value * 1_000_000_000) }

  static func milliseconds(from start: UInt64, to end: UInt64) -> Double {
    Double(end &- start) / 1_000_000
  }
}
