import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An HTTP/1.1 server on one listening socket: one event-loop thread owns every connection (reading,
/// parsing, timeouts, writing); handlers run on a concurrent queue and hand their answers back.
///
/// Every limit a client could abuse is bounded: request size (the parser's `Limits`), time to send a
/// request and to take an answer, open connections and requests being handled (then 503). A broken
/// request gets its status and the connection closes; the server goes on.
package final class HTTPServer: @unchecked Sendable {
  package struct Configuration: Sendable {
    package var limits = HTTPRequestParser.Limits()
    /// Open connections; one more is answered 503 and closed.
    package var maxConnections = 64
    /// Requests with a handler at once; one more is answered 503.
    package var maxConcurrentRequests = 32
    /// A kept-alive connection with no request in progress is closed after this many seconds.
    package var idleTimeout = 5.0
    /// The head of a request must arrive within this many seconds of its first byte (else 408).
    package var headerTimeout = 10.0
    /// The whole request must arrive within this many seconds of its first byte (else 408).
    package var requestTimeout = 30.0
    /// A client that takes no part of an answer for this long is dropped.
    package var writeTimeout = 30.0
    /// On stop, requests being handled get this long to finish.
    package var shutdownGrace = 5.0

    package init() {}
  }

  package typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

  package let configuration: Configuration
  /// Set by `start` before the loop runs; only read afterwards.
  private var handler: Handler = { _ in HTTPResponse.error(.serviceUnavailable, "servern startar") }
  let listener: Int32
  package let port: UInt16
  let workers = DispatchQueue(label: "klarsvar.serve.handlers", qos: .userInitiated, attributes: .concurrent)
  let wakeReader: Int32
  let wakeWriter: Int32
  private let lock = NSLock()
  private var finishedAnswers: [(connection: Int, response: HTTPResponse)] = []
  private var stopRequested = false
  private let stopped = DispatchSemaphore(value: 0)

  /// Binds the listening socket (so the port is known); serving starts with `start(_:)`.
  ///
  /// - Throws: `Socket.Failure` when the address cannot be bound (in use, not local, no permission).
  package init(host: String, port: UInt16, configuration: Configuration = Configuration()) throws {
    self.configuration = configuration
    (listener, self.port) = try Socket.listen(host: host, port: port)
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else {
      Socket.close(listener)
      throw Socket.Failure("kan inte skapa en väckningskanal")
    }
    (wakeReader, wakeWriter) = (ends[0], ends[1])
    Socket.setNonBlocking(wakeReader)
    Socket.setNonBlocking(wakeWriter)
  }

  /// Starts the event loop on its own thread; `handler` answers every request that parses.
  package func start(_ handler: @escaping Handler) {
    self.handler = handler
    // A client that disconnects mid-answer must not end the process.
    signal(SIGPIPE, SIG_IGN)
    let thread = Thread { [self] in
      var loop = EventLoop(server: self)
      loop.run()
      Socket.close(listener)
      Socket.close(wakeReader)
      Socket.close(wakeWriter)
      stopped.signal()
    }
    thread.name = "klarsvar-serve"
    // Not kept: the thread's block holds the server, and a server holding its thread made a cycle that
    // outlived the stop (LeakSanitizer reported the whole rule set at exit).
    thread.start()
  }

  /// Asks the loop to stop: it stops accepting, lets requests being handled finish (up to
  /// `shutdownGrace`), writes their answers and closes every connection. Safe from any thread.
  package func stop() {
    lock.lock()
    stopRequested = true
    lock.unlock()
    wake()
  }

  /// Blocks until the loop has ended and every socket is closed.
  package func wait() {
    stopped.wait()
  }

  var isStopRequested: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopRequested
  }

  /// Runs `handler` for a request on the worker queue and hands the answer to the loop.
  func dispatch(_ request: HTTPRequest, connection: Int) {
    workers.async { [self] in
      let response = handler(request)
      lock.lock()
      finishedAnswers.append((connection, response))
      lock.unlock()
      wake()
    }
  }

  /// The answers handlers have finished since the last call.
  func takeFinishedAnswers() -> [(connection: Int, response: HTTPResponse)] {
    lock.lock()
    defer { lock.unlock() }
    let answers = finishedAnswers
    finishedAnswers = []
    return answers
  }

  /// Interrupts the loop's `poll`.
  private func wake() {
    var byte: UInt8 = 1
    _ = write(wakeWriter, &byte, 1)
  }
}
