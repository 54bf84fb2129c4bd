/// The layer's tokenizer: token boundaries and kinds, one pass over UTF-8 bytes.
///
/// Words keep inner hyphens, colons and abbreviation periods (`LSS-beslut`, `IVO:s`, `t.ex`); numbers
/// keep inner `-` `/` `.` `:` `,` (`2026-03-03`, `3/3`, `14.30`); e-mail and web addresses are one token;
/// every other character that is not a space is a token of its own. Nothing past `end` is read, so a
/// range of a text tokenizes as if it were the whole text.
struct TokenScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position: Int
  let end: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) {
    self.bytes = bytes
    position = range?.lowerBound ?? 0
    end = range?.upperBound ?? bytes.count
  }

  /// Goes on from `position` (a scalar boundary outside any token), after a caller read tokens itself.
  mutating func seek(to position: Int) { self.position = position }

  /// The next token's byte range and kind, or nil at the end.
  mutating func next() -> (range: Range<Int>, kind: LanguageToken.Kind)? {
    while position < end {
      let start = position
      let byte = bytes[start]
      if byte < 0x80 {
        if UTF8Scalars.isASCIILetterOrDigit(byte) { return word(from: start) }
        position += 1
        if byte == 0x0A { return (start..<position, .lineBreak) }
        if UTF8Scalars.isSpace(UInt32(byte)) { continue }
        return (start..<position, .punctuation)
      }
      let (value, length) = UTF8Scalars.decode(bytes, at: start)
      if UTF8Scalars.isLetter(value) { return word(from: start) }
      position += length
      if UTF8Scalars.isSpace(value) { continue }
      return (start..<position, .punctuation)
    }
    return nil
  }

  /// A word, number, e-mail or web address starting at `start` (a letter or digit).
  private mutating func word(from start: Int) -> (range: Range<Int>, kind: LanguageToken.Kind) {
    let startsWithDigit = UTF8Scalars.isDigit(UInt32(bytes[start]))
    var index = start + UTF8Scalars.decode(bytes, at: start).length
    var sawAt = false
    var sawDot = false
    while index < end {
      let byte = bytes[index]
      if UTF8Scalars.isASCIILetterOrDigit(byte) {
        index += 1
        continue
      }
      let (value, length) = byte < 0x80 ? (UInt32(byte), 1) : UTF8Scalars.decode(bytes, at: index)
      if value >= 0x80 {
        guard UTF8Scalars.isLetter(value) else { break }
        index += length
        continue
      }
      // An inner joiner: kept when a letter or digit follows (and, for some, only in numbers).
      let next = index + 1
      guard next < end else { break }
      let following = UTF8Scalars.decode(bytes, at: next).value
      let joinsWords = UTF8Scalars.isLetterOrDigit(following)
      guard joinsWords else { break }
      switch byte {
      case UInt8(ascii: "@"): sawAt = true
      case UInt8(ascii: "."):
        guard sawAt || !startsWithDigit || UTF8Scalars.isDigit(following) else {
          return finish(start, index, sawAt, sawDot)
        }
        sawDot = true
      case UInt8(ascii: "-"), UInt8(ascii: ":"): break
      case UInt8(ascii: "/"), UInt8(ascii: ","):
        guard startsWithDigit && UTF8Scalars.isDigit(following) else { return finish(start, index, sawAt, sawDot) }
      case UInt8(ascii: "_"):
        guard !sawAt && followsAddress(next) else { return finish(start, index, sawAt, sawDot) }
      default: return finish(start, index, sawAt, sawDot)
      }
      index = next
    }
    return finish(start, index, sawAt, sawDot)
  }

  private mutating func finish(
    _ start: Int, _ wordEnd: Int, _ sawAt: Bool, _ sawDot: Bool
  ) -> (range: Range<Int>, kind: LanguageToken.Kind) {
    var tokenEnd = wordEnd
    var kind: LanguageToken.Kind = UTF8Scalars.isDigit(UInt32(bytes[start])) ? .number : .word
    if sawAt {
      kind = .email
    } else if wordEnd - start <= 5, let url = urlEnd(start, wordEnd: wordEnd) {
      tokenEnd = url
      kind = .url
    } else if sawDot && kind == .word && looksLikeHost(start..<wordEnd) {
      kind = .url
    }
    position = tokenEnd
    return (start..<tokenEnd, kind)
  }

  /// Whether an `@` comes before the next white space (an address like `anna_berg@ekeby.se`).
  private func followsAddress(_ from: Int) -> Bool {
    var index = from
    while index < end {
      let (value, length) = UTF8Scalars.decode(bytes, at: index)
      if UTF8Scalars.isWhitespace(value) { return false }
      if value == 0x40 { return true }
      index += length
    }
    return false
  }

  /// For `http` or `https` before a colon: the end of the address at the next space, trailing
  /// punctuation left out.
  private func urlEnd(_ start: Int, wordEnd: Int) -> Int? {
    let length = wordEnd - start
    guard length == 4 || length == 5, wordEnd < end, bytes[wordEnd] == UInt8(ascii: ":"),
      bytes[start] | 0x20 == UInt8(ascii: "h"), bytes[start + 1] | 0x20 == UInt8(ascii: "t"),
      bytes[start + 2] | 0x20 == UInt8(ascii: "t"), bytes[start + 3] | 0x20 == UInt8(ascii: "p"),
      length == 4 || bytes[start + 4] | 0x20 == UInt8(ascii: "s")
    else { return nil }
    var index = wordEnd
    while index < end {
      let (value, length) = UTF8Scalars.decode(bytes, at: index)
      if UTF8Scalars.isWhitespace(value) { break }
      index += length
    }
    while index > wordEnd {
      let previous = UTF8Scalars.start(before: index, in: bytes)
      guard Self.isURLTrailer(UTF8Scalars.decode(bytes, at: previous).value) else { break }
      index = previous
    }
    return index
  }

  /// `.,;:!?)”"»`: punctuation after a web address that belongs to the sentence.
  private static func isURLTrailer(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x201D, 0x22, 0xBB: true
    default: false
    }
  }

  /// `www.…` or a name ending in a common top-level domain.
  private func looksLikeHost(_ range: Range<Int>) -> Bool {
    func lower(_ index: Int) -> UInt8 {
      let byte = bytes[index]
      return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    func hasPrefix(_ text: String) -> Bool {
      let utf8 = Array(text.utf8)
      return range.count >= utf8.count && utf8.indices.allSatisfy { lower(range.lowerBound + $0) == utf8[$0] }
    }
    func hasSuffix(_ text: String) -> Bool {
      let utf8 = Array(text.utf8)
      let from = range.upperBound - utf8.count
      return range.count >= utf8.count && utf8.indices.allSatisfy { lower(from + $0) == utf8[$0] }
    }
    // As a `String` prefix: a combining mark after the period makes a character of its own with it.
    if hasPrefix("www."),
      range.count == 4 || !(0x300..<0x370).contains(UTF8Scalars.decode(bytes, at: range.lowerBound + 4).value)
    {
      return true
    }
    return [".se", ".nu", ".com", ".org", ".net", ".eu", ".info"].contains { hasSuffix($0) }
  }
}
