/// Fast character classes for the tokenizer, with ASCII and Latin-1 answered without tables.
package enum ScalarClass {
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let count = bytes.count
    func continuation(_ offset: Int) -> UInt32 {
      index + offset < count ? UInt32(bytes[index + offset] & 0x3F) : 0
    }
    if lead < 0xE0 { return ((UInt32(lead & 0x1F) << 6) | continuation(1), min(2, count - index)) }
    if lead < 0xF0 {
      return ((UInt32(lead & 0x0F) << 12) | (continuation(1) << 6) | continuation(2), min(3, count - index))
    }
    return (
      (UInt32(lead & 0x07) << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3),
      min(4, count - index)
    )
  }

  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

  @inline(__always)
  static func isASCIILetter(_ value: UInt32) -> Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

  /// General punctuation, symbols and arrows (U+2000–U+2BFF): quotes, dashes, ellipsis are common
  /// in Swedish text and need no table lookup.
  @inline(__always)
  static func isPunctuationBlock(_ value: UInt32) -> Bool { value >= 0x2000 && value <= 0x2BFF }

  package static func isCombiningMark(_ value: UInt32) -> Bool {
    if value < 0x300 { return false }
    if value <= 0x36F { return true }
    if value < 0x100 || isPunctuationBlock(value) { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIILetter(value) }
    if value >= 0xC0 && value <= 0xFF { return value != 0xD7 && value != 0xF7 }
    if value < 0xC0 || isPunctuationBlock(value) || (value >= 0x1F000 && value <= 0x1FAFF) { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic && !isCombiningMark(value)
  }

  static func isUppercase(_ value: UInt32) -> Bool { hasCase(value, upper: true) }

  static func isLowercase(_ value: UInt32) -> Bool { hasCase(value, upper: false) }

  /// Whether a scalar is an upper-case (`upper`) or a lower-case letter. In Latin-1 the capitals are
  /// À–Þ and the small letters ß–ÿ, without × and ÷.
  @inline(__always)
  private static func hasCase(_ value: UInt32, upper: Bool) -> Bool {
    if value < 0x80 { return upper ? value >= 0x41 && value <= 0x5A : value >= 0x61 && value <= 0x7A }
    if value >= 0xC0 && value <= 0xFF { return value != 0xD7 && value != 0xF7 && (value <= 0xDE) == upper }
    if value < 0x100 || isPunctuationBlock(value) { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return upper ? scalar.properties.isUppercase : scalar.properties.isLowercase
  }

  /// What a scalar is inside a word.
  enum WordRole {
    case letter, digit, mark, other
  }

  /// The tokenizer's classification of scalars beyond Latin-1, kept out of line so the Unicode
  /// property look-ups (and their metadata set-up) stay off the per-word path.
  @inline(never)
  static func wordRole(_ value: UInt32) -> WordRole {
    if isLetter(value) { return .letter }
    if isDigit(value) { return .digit }
    if isCombiningMark(value) { return .mark }
    return .other
  }
}
