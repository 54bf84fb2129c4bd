import Foundation

/// Connects a byte stream to the server: frames are parsed as bytes arrive (on any thread) and the
/// bodies are handed to the server one at a time, in order.
public final class MessagePump: @unchecked Sendable {
  private enum Input: Sendable {
    case body(Data)
    case malformed(String)
    case closed
  }

  private let lock = NSLock()
  private var parser = FrameParser()
  private let continuation: AsyncStream<Input>.Continuation
  private let consumer: Task<Void, Never>

  public init(server: LanguageServer) {
    let (stream, continuation) = AsyncStream.makeStream(of: Input.self)
    self.continuation = continuation
    consumer = Task {
      for await input in stream {
        switch input {
        case .body(let body): await server.handle(body)
        case .malformed(let problem): await server.handleMalformedFrame(problem)
        case .closed:
          await server.inputClosed()
          return
        }
      }
    }
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
      }
    }
  }

  /// The input ended (end of file): the server exits as after `exit`.
  public func close() {
    continuation.yield(.closed)
    continuation.finish()
  }
}
