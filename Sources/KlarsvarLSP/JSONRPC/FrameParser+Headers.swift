import KlarsvarText

/// Reading header blocks and finding the next header line in bytes that are not one.
extension FrameParser {
  /// How far before a line feed a `Content-Length: N` line can start (name, spaces, 20 digits).
  static let headerLineLookBehind = 64

  struct HeaderProblem: Error {
    var message: String
  }

  /// Reads `Content-Length` from a header block; other fields (`Content-Type`) are tolerated.
  static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
    var length: Int?
    // "\r\n" is one Character, so lines are split at either kind of break.
    for line in header.split(whereSeparator: \.isNewline) {
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

  /// The end of the header block starting at `start` (before its blank line) and where the body begins;
  /// nil until the blank line has arrived. Lines may end in CRLF (as specified) or a bare LF.
  static func headerEnd(in buffer: [UInt8], from start: Int) -> (blockEnd: Int, bodyStart: Int)? {
    let limit = min(buffer.count, start + maximumHeaderLength + 3)
    var from = start
    while let feed = ByteScan.firstIndex(of: 0x0A, in: buffer, from: from, to: limit) {
      let blockEnd = feed > start && buffer[feed - 1] == 0x0D ? feed - 1 : feed
      if feed + 1 < buffer.count && buffer[feed + 1] == 0x0A { return (blockEnd, feed + 2) }
      if feed + 2 < buffer.count && buffer[feed + 1] == 0x0D && buffer[feed + 2] == 0x0A {
        return (blockEnd, feed + 3)
      }
      from = feed + 1
    }
    return nil
  }

  /// Why the bytes at `start` cannot begin a header (a header starts with a field name and a colon),
  /// or nil when they can or it is too early to tell.
  static func garbageBeforeHeader(_ buffer: [UInt8], from start: Int) -> String? {
    var index = start
    while index < buffer.count && index - start < headerLineLookBehind {
      let byte = buffer[index]
      if byte == UInt8(ascii: ":") && index > start { return nil }
      let isToken =
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "_")
      guard isToken else { break }
      index += 1
    }
    guard index < buffer.count || index - start >= headerLineLookBehind else { return nil }
    let shown = String(decoding: buffer[start..<min(buffer.count, start + 40)], as: UTF8.self)
    return "bytes where a header should begin: \"\(shown)\""
  }

  /// The start (at `notBefore` or later) of the first `Content-Length: N` line whose line feed lies in
  /// `from..<to`: the place to resynchronise at. Found through the line feeds (rare inside a JSON body,
  /// where a line break is always escaped), each checked backwards.
  static func headerLine(in buffer: [UInt8], from: Int, to: Int, notBefore: Int) -> Int? {
    var next = from
    while next < to, let feed = ByteScan.firstIndex(of: 0x0A, in: buffer, from: next, to: to) {
      if let lineStart = contentLengthLine(endingAt: feed, in: buffer), lineStart >= notBefore { return lineStart }
      next = feed + 1
    }
    return nil
  }

  /// The start of `Content-Length:[ \t]*DIGITS[ \t]*\r?` ending right before `feed`, case-insensitively.
  private static func contentLengthLine(endingAt feed: Int, in buffer: [UInt8]) -> Int? {
    var index = feed - 1
    func skipBlanks() { while index >= 0 && (buffer[index] == 0x20 || buffer[index] == 0x09) { index -= 1 } }
    if index >= 0 && buffer[index] == 0x0D { index -= 1 }
    skipBlanks()
    let digitsEnd = index
    while index >= 0 && buffer[index] >= UInt8(ascii: "0") && buffer[index] <= UInt8(ascii: "9") { index -= 1 }
    guard index < digitsEnd, digitsEnd - index <= 20 else { return nil }
    skipBlanks()
    guard index >= 0 && buffer[index] == UInt8(ascii: ":") else { return nil }
    let name = Array("content-length".utf8)
    let nameStart = index - name.count
    guard nameStart >= 0, feed - nameStart <= headerLineLookBehind else { return nil }
    for (offset, expected) in name.enumerated() where buffer[nameStart + offset] | 0x20 != expected {
      return nil
    }
    return nameStart
  }
}
