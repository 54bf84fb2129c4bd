import Foundation

/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers.
///
/// A pure parser: feed it chunks of any size with `append(_:)`, then drain `next()` until it returns nil.
/// It never blocks and never throws; a malformed header block is reported once as `.malformedHeader`
/// and skipped, so the stream recovers at the next header.
public struct FrameParser: Sendable {
  /// One result of parsing.
  public enum Event: Equatable, Sendable {
    /// A complete message body (UTF-8 JSON, not yet decoded).
    case message(Data)
    /// A header block that could not be used; the text says why.
    case malformedHeader(String)
  }

  /// Largest header block accepted before the buffer is discarded.
  public static let maximumHeaderLength = 8 * 1024
  /// Largest body accepted; larger frames are reported and skipped.
  public static let maximumBodyLength = 256 * 1024 * 1024

  private var buffer: [UInt8] = []
  private var start = 0
  /// Body bytes still to skip after an oversized frame.
  private var skipping = 0
  private var pendingBodyLength: Int?

  public init() {}

  /// Bytes received but not yet returned as a message.
  public var bufferedByteCount: Int { buffer.count - start }

  public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next complete event, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    while true {
      if skipping > 0 {
        let available = min(skipping, buffer.count - start)
        start += available
        skipping -= available
        if skipping > 0 { return nil }
      }
      if let length = pendingBodyLength {
        guard buffer.count - start >= length else { return nil }
        let body = Data(buffer[start..<(start + length)])
        start += length
        pendingBodyLength = nil
        return .message(body)
      }
      guard let headerEnd = findHeaderEnd() else {
        if buffer.count - start > Self.maximumHeaderLength {
          start = buffer.count
          return .malformedHeader("header longer than \(Self.maximumHeaderLength) bytes without a blank line")
        }
        return nil
      }
      let header = String(decoding: buffer[start..<headerEnd.lowerBound], as: UTF8.self)
      start = headerEnd.upperBound
      switch Self.contentLength(in: header) {
      case .success(let length):
        if length > Self.maximumBodyLength {
          skipping = length
          return .malformedHeader("Content-Length \(length) exceeds the limit of \(Self.maximumBodyLength) bytes")
        }
        pendingBodyLength = length
      case .failure(let problem):
        return .malformedHeader(problem.message)
      }
    }
  }

  /// The range of the `\r\n\r\n` that ends the next header block.
  private func findHeaderEnd() -> Range<Int>? {
    var index = start
    let end = buffer.count - 3
    while index < end {
      if buffer[index] == 0x0D && buffer[index + 1] == 0x0A && buffer[index + 2] == 0x0D && buffer[index + 3] == 0x0A {
        return index..<(index + 4)
      }
      index += 1
    }
    return nil
  }

  struct HeaderProblem: Error {
    var message: String
  }

  /// Reads `Content-Length` from a header block; other fields (`Content-Type`) are tolerated.
  static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
    var length: Int?
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(HeaderProblem(message: "header line without a colon: \"\(line.prefix(80))\""))
      }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name == "content-length" {
        guard let parsed = Int(value), parsed >= 0 else {
          return .failure(
            HeaderProblem(message: "Content-Length is not a non-negative integer: \"\(value.prefix(40))\""))
        }
        length = parsed
      }
    }
    guard let length else { return .failure(HeaderProblem(message: "header without Content-Length")) }
    return .success(length)
  }
}
