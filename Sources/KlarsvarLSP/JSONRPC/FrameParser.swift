import Foundation
import KlarsvarText

/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers.
///
/// A pure parser: feed it chunks of any size with `append(_:)`, then drain `next()` until it returns nil.
/// It never blocks and never throws. After a frame it cannot use — a header without a usable length,
/// bytes that are no header, a length over the limit, a body that runs into the next header — it
/// reports the problem once and resynchronises on the next `Content-Length:` header line, so one bad
/// frame never silences the stream. A request found in the skipped bytes is reported by its id, so
/// the server can answer it instead of leaving the client waiting.
public struct FrameParser: Sendable {
  /// One result of parsing.
  public enum Event: Equatable, Sendable {
    /// A complete message body (UTF-8 JSON, not yet decoded).
    case message(Data)
    /// A frame that could not be used; the text says why. Bytes up to the next header are skipped.
    case malformedHeader(String)
    /// A request whose frame was skipped (the problem is the second value): it deserves an error answer.
    case skippedRequest(RequestID, String)
  }

  private enum State: Sendable {
    case header
    case body(length: Int)
    case resynchronising
  }

  /// Largest header block accepted before it is treated as garbage.
  public static let maximumHeaderLength = 8 * 1024
  /// Largest body accepted; a larger length is treated as a broken header.
  public static let maximumBodyLength = 64 * 1024 * 1024
  /// How much of a skipped run is kept for finding a request id in it.
  static let skippedPrefixLength = 4096

  private var buffer: [UInt8] = []
  private var start = 0
  private var state = State.header
  /// In a body or while resynchronising: where the search for a header line goes on.
  private var scanned = 0
  /// The beginning of the bytes skipped since the last problem, and whether a request in them was reported.
  private var skipped: [UInt8] = []
  private var problem = ""
  private var skippedReported = false
  /// Events decided together, handed out in order.
  private var queued: [Event] = []

  public init() {}

  /// Bytes received but not yet returned as a message or skipped.
  public var bufferedByteCount: Int { buffer.count - start }

  public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next complete event, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    if !queued.isEmpty { return queued.removeFirst() }
    while true {
      switch state {
      case .header:
        switch readHeader() {
        case .needMore: return nil
        case .event(let event): return event
        case .continue: continue
        }
      case .body(let length):
        let end = start + length
        // A header line starting inside the body means the length was wrong (valid JSON holds no raw
        // line break before a header), so the frame is dropped rather than swallowing the next message.
        let limit = min(end + Self.headerLineLookBehind, buffer.count)
        if let header = Self.headerLine(in: buffer, from: max(scanned, start), to: limit, notBefore: start),
          header < end
        {
          return resynchronise(
            at: start,
            "Content-Length \(length) is longer than the message: the next header follows after \(header - start) bytes",
            header: header)
        }
        scanned = max(scanned, limit)
        guard buffer.count >= end else { return nil }
        let body = Data(buffer[start..<end])
        start = end
        state = .header
        return .message(body)
      case .resynchronising:
        if let header = Self.headerLine(in: buffer, from: scanned, to: buffer.count, notBefore: scanned) {
          keepSkipped(upTo: header)
          start = header
          state = .header
          if let event = reportSkippedRequest() { return event }
          continue
        }
        // Keep the tail: a header line may be arriving in pieces.
        let keep = max(start, buffer.count - Self.headerLineLookBehind)
        keepSkipped(upTo: keep)
        start = keep
        // Never below where the search began: the line that failed is not taken again.
        scanned = max(scanned, keep)
        return reportSkippedRequest()
      }
    }
  }

  private enum HeaderStep {
    case needMore, `continue`, event(Event)
  }

  /// Reads a header block at `start`, or decides it is not one.
  private mutating func readHeader() -> HeaderStep {
    // Line breaks between frames are tolerated silently.
    while start < buffer.count && (buffer[start] == 0x0D || buffer[start] == 0x0A) { start += 1 }
    guard start < buffer.count else { return .needMore }
    if let garbage = Self.garbageBeforeHeader(buffer, from: start) {
      return .event(resynchronise(at: start, garbage, header: nil, searchFrom: start + 1))
    }
    guard let (blockEnd, bodyStart) = Self.headerEnd(in: buffer, from: start) else {
      if buffer.count - start > Self.maximumHeaderLength {
        return .event(
          resynchronise(
            at: start, "header longer than \(Self.maximumHeaderLength) bytes without a blank line", header: nil,
            searchFrom: start + 1))
      }
      return .needMore
    }
    let header = String(decoding: buffer[start..<blockEnd], as: UTF8.self)
    switch Self.contentLength(in: header) {
    case .success(let length) where length > Self.maximumBodyLength:
      return .event(
        resynchronise(
          at: bodyStart, "Content-Length \(length) exceeds the limit of \(Self.maximumBodyLength) bytes", header: nil))
    case .success(let length):
      start = bodyStart
      scanned = bodyStart
      state = .body(length: length)
      return .continue
    case .failure(let failure):
      // Searched from the next byte: a usable header line may follow inside the same block.
      return .event(resynchronise(at: start, failure.message, header: nil, searchFrom: start + 1))
    }
  }

  /// Reports `message` and skips from `offset` to the next header line (`header` when already known;
  /// else the first starting at `searchFrom` or later, never the line that failed).
  private mutating func resynchronise(at offset: Int, _ message: String, header: Int?, searchFrom: Int? = nil)
    -> Event
  {
    problem = message
    skipped = []
    skippedReported = false
    start = offset
    scanned = searchFrom ?? offset
    state = .resynchronising
    if let header {
      keepSkipped(upTo: header)
      start = header
      state = .header
      // The skipped run is complete: a request in it is reported right after the problem.
      if let event = reportSkippedRequest() { queued.append(event) }
    }
    return .malformedHeader(message)
  }

  /// Records skipped bytes `start..<end` (only the first few kilobytes are kept).
  private mutating func keepSkipped(upTo end: Int) {
    guard end > start else { return }
    let room = Self.skippedPrefixLength - skipped.count
    if room > 0 { skipped += buffer[start..<min(end, start + room)] }
  }

  /// A request id in the bytes skipped so far, reported once per skipped run.
  private mutating func reportSkippedRequest() -> Event? {
    guard !skippedReported, let id = RequestSalvage.requestID(in: skipped) else { return nil }
    skippedReported = true
    return .skippedRequest(id, problem)
  }
}
