import Foundation

/// Chunked bodies (RFC 9112 §7.1): size lines in hex, data, CRLF, a zero chunk and optional
/// trailer fields, which are read for their framing and otherwise ignored.
extension HTTPRequestParser {
  /// Reads as far as the buffer allows; the request once its last chunk and trailers are in.
  mutating func readChunked() -> Result<HTTPRequest, Failure>? {
    while true {
      switch state {
      case .chunkSize(let request):
        guard let line = takeLine(limit: limits.chunkLineBytes) else {
          return bufferedByteCount > limits.chunkLineBytes ? .failure(badChunk("storleksraden är för lång")) : nil
        }
        guard let size = Self.chunkSize(line) else { return .failure(badChunk("ogiltig chunkstorlek")) }
        if size == 0 {
          state = .trailers(request, bytes: 0, count: 0)
        } else {
          guard chunkedBody.count + size <= limits.bodyBytes else { return .failure(Self.tooLarge(limits)) }
          state = .chunkData(request, remaining: size)
        }
      case .chunkData(let request, let remaining):
        let available = min(remaining, bufferedByteCount)
        chunkedBody += buffer[start..<(start + available)]
        start += available
        guard available == remaining else {
          state = .chunkData(request, remaining: remaining - available)
          return nil
        }
        state = .chunkEnd(request)
      case .chunkEnd(let request):
        guard bufferedByteCount >= 2 else { return nil }
        guard buffer[start] == 0x0D && buffer[start + 1] == 0x0A else {
          return .failure(badChunk("en chunk slutar inte med CRLF"))
        }
        start += 2
        state = .chunkSize(request)
      case .trailers(var request, let bytes, let count):
        let lineLimit = min(limits.headerBytes - bytes, limits.requestLineBytes)
        guard let line = takeLine(limit: lineLimit) else {
          return bufferedByteCount > lineLimit + 2
            ? .failure(Failure(status: .headerFieldsTooLarge, message: "för stora avslutande fält (trailers)"))
            : nil
        }
        if line.isEmpty {
          request.body = Data(chunkedBody)
          return .success(request)
        }
        if case .failure(let failure) = Self.parseField(line[...]) { return .failure(failure) }
        guard count + 1 <= limits.headerCount else {
          return .failure(Failure(status: .headerFieldsTooLarge, message: "för många avslutande fält (trailers)"))
        }
        state = .trailers(request, bytes: bytes + line.count + 2, count: count + 1)
      case .head, .body, .failed:
        return nil
      }
    }
  }

  /// The next CRLF-terminated line (without its CRLF), consumed; nil when none ends within `limit`
  /// bytes of what is buffered.
  private mutating func takeLine(limit: Int) -> [UInt8]? {
    let end = min(buffer.count, start + max(0, limit) + 2)
    var index = start
    while index + 1 < end {
      if buffer[index] == 0x0D && buffer[index + 1] == 0x0A {
        let line = Array(buffer[start..<index])
        start = index + 2
        return line
      }
      index += 1
    }
    return nil
  }

  /// The size of a chunk-size line (`1a;name=value`), nil when it is not hex or too large to be real.
  static func chunkSize(_ line: [UInt8]) -> Int? {
    let digits = line.prefix { $0 != UInt8(ascii: ";") && $0 != 0x20 && $0 != 0x09 }
    guard !digits.isEmpty, digits.count <= 15 else { return nil }
    let rest = line[digits.count...].drop { $0 == 0x20 || $0 == 0x09 }
    guard rest.isEmpty || rest.first == UInt8(ascii: ";"), rest.allSatisfy({ $0 >= 0x20 && $0 != 0x7F || $0 == 0x09 })
    else { return nil }
    var size = 0
    for digit in digits {
      guard let value = HTTPRequest.hexValue(digit) else { return nil }
      size = size << 4 | Int(value)
    }
    return size
  }

  private func badChunk(_ detail: String) -> Failure {
    Failure(status: .badRequest, message: "felaktig chunkad kropp: \(detail)")
  }
}
