/// Word-level classification for the tokenizer: which punctuation joins a word, which digit words are
/// dates, years or list markers.
extension Tokenizer.State {
  /// The value of the scalar that ends at `end` (0 if that is the word's `start`), for `joins`.
  @inline(never)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> UInt32 {
    guard end > start else { return 0 }
    var lead = end - 1
    while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return ScalarClass.decode(bytes, at: lead).value
  }

  /// Whether a non-alphanumeric scalar continues the word: inner hyphens (e-post), dots of
  /// abbreviations and domains (t.ex, ivo.se), genitive colons (IVO:s), number punctuation (1,5 30/6 9–15).
  ///
  /// Static so that calls from the mutating scanner never copy the scanner's state.
  static func joins(
    _ bytes: UnsafeBufferPointer<UInt8>, _ value: UInt32, length: Int, at cursor: Int, previous: UInt32,
    firstIsDigit: Bool
  ) -> Bool {
    switch value {
    case 0x2D, 0x2011, 0x2E, 0x3A, 0x2F, 0x2C, 0x2013: break
    default: return false
    }
    let nextOffset = cursor + length
    guard nextOffset < bytes.count else { return false }
    let (next, _) = ScalarClass.decode(bytes, at: nextOffset)
    let previousIsDigit = ScalarClass.isDigit(previous)
    switch value {
    case 0x2D, 0x2011:  // hyphen, non-breaking hyphen
      return (ScalarClass.isLetter(next) || ScalarClass.isDigit(next))
        && (ScalarClass.isLetter(previous) || previousIsDigit)
    case 0x2E:  // .
      if previousIsDigit && ScalarClass.isDigit(next) { return true }
      guard ScalarClass.isLetter(previous) && ScalarClass.isLetter(next) else { return false }
      // Only short segments: "t.ex", "ivo.se"; "slut.Nästa" is a missing space, not a word.
      var segment = 0
      var offset = nextOffset
      while offset < bytes.count && segment <= 4 {
        let (scalar, scalarLength) = ScalarClass.decode(bytes, at: offset)
        guard ScalarClass.isLetter(scalar) else { break }
        segment += 1
        offset += scalarLength
      }
      return segment <= 3
    case 0x3A:  // :
      return (ScalarClass.isUppercase(previous) || previousIsDigit)
        && (ScalarClass.isLetter(next) || ScalarClass.isDigit(next))
    default:  // / , –
      return firstIsDigit && previousIsDigit && ScalarClass.isDigit(next)
    }
  }

  @inline(never)
  static func isNumberedListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start <= 3, end + 1 < bytes.count else { return false }
    for offset in start..<end where !ScalarClass.isDigit(UInt32(bytes[offset])) { return false }
    return (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"))
      && (bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09)
  }

  /// `2027-06-30`, `30/6`, `30.6.2027` are dates; `1900`–`2099` are years; other digit words are numbers.
  @inline(never)
  static func numberKind(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token.Kind {
    var digits = 0
    var dashes = 0
    var slashes = 0
    var dots = 0
    var other = 0
    for offset in start..<end {
      let byte = bytes[offset]
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
      } else if byte == UInt8(ascii: "-") {
        dashes += 1
      } else if byte == UInt8(ascii: "/") {
        slashes += 1
      } else if byte == UInt8(ascii: ".") {
        dots += 1
      } else {
        other += 1
      }
    }
    let length = end - start
    if other == 0 && dashes == 2 && length == 10 && digits == 8 { return .date }
    if other == 0 && slashes == 1 && dashes == 0 && dots == 0 && digits <= 4 { return .date }
    if other == 0 && dots == 2 && dashes == 0 && slashes == 0 && digits >= 4 { return .date }
    if digits == 4 && length == 4 {
      let first = bytes[start]
      let second = bytes[start + 1]
      if (first == UInt8(ascii: "1") && second == UInt8(ascii: "9"))
        || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
      {
        return .year
      }
    }
    return .number
  }
}

extension ASCIISet {
  /// ASCII letters and digits (`TokenizerFastPathTests` checks the masks against their definition).
  @inline(__always)
  static var lettersAndDigits: ASCIISet { ASCIISet(low: 0x03FF_0000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE) }

  /// ASCII bytes that may continue a word: letters, digits and the joiners `, - . / :`.
  @inline(__always)
  static var wordContinuations: ASCIISet { ASCIISet(low: 0x07FF_F000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE) }
}
