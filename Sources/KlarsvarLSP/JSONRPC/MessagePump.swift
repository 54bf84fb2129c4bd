import Foundation

/// Connects a byte stream to the server: frames are parsed as bytes arrive (on any thread) and the
/// bodies are handed to the server one at a time, in order.
public final class MessagePump: @unchecked Sendable {
  private enum Input: Sendable {
    case body(Data)
    case malformed(String)
    case skippedRequest(RequestID, String)
    case closed
  }

  private let lock = NSLock()
  private var parser = FrameParser()
  private let continuation: AsyncStream<Input>.Continuation
  private let consumer: Task<Void, Never>
  private let drained = DispatchSemaphore(value: 0)

  /// Starts handing bodies to `server`.
  ///
  /// - Important: The pump holds the server weakly: its owner keeps it alive for as long as it serves,
  ///   and the server is released with its owner's last reference, not kept by a waiting task.
  public init(server: LanguageServer) {
    let (stream, continuation) = AsyncStream.makeStream(of: Input.self)
    self.continuation = continuation
    consumer = Task { [weak server, drained] in
      defer { drained.signal() }
      for await input in stream {
        guard let server else { return }
        switch input {
        case .body(let body): await server.handle(body)
        case .malformed(let problem): await server.handleMalformedFrame(problem)
        case .skippedRequest(let id, let problem): await server.handleSkippedRequest(id, problem: problem)
        case .closed:
          await server.inputClosed()
          return
        }
      }
    }
  }

  // A pump dropped without `close()` ends its consumer task too, which would otherwise wait forever.
  deinit {
    continuation.finish()
  }

  /// Feeds bytes as they were read; any chunking is fine.
  public func receive<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    lock.lock()
    defer { lock.unlock() }
    parser.append(bytes)
    while let event = parser.next() {
      switch event {
      case .message(let body): continuation.yield(.body(body))
      case .malformedHeader(let problem): continuation.yield(.malformed(problem))
      case .skippedRequest(let id, let problem): continuation.yield(.skippedRequest(id, problem))
      }
    }
  }

  /// The input ended (end of file): the server exits as after `exit`.
  public func close() {
    continuation.yield(.closed)
    continuation.finish()
  }

  /// Blocks until the consumer has handed over everything up to `close()` and holds no reference to
  /// the server any more.
  ///
  /// - Important: Call `close()` first, and not from the server's own executor.
  public func waitUntilDrained() {
    drained.wait()
  }
}
