/// Scalars read from valid UTF-8 bytes, and the character classes the tokenizer asks about.
///
/// ASCII and Latin-1 are answered from the value; other scalars ask their Unicode properties, which
/// is the slow part and rare in Swedish text.
enum UTF8Scalars {
  /// The scalar starting at `index` and its length in bytes (the bytes are valid UTF-8).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    let value =
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
      | UInt32(bytes[index + 3] & 0x3F)
    return (value, 4)
  }

  /// The start of the scalar that ends at `index` (exclusive).
  static func start(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  // Arithmetic rather than a table: a static table costs a lazy-initialisation check on every call.
  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  @inline(__always)
  static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

  /// Letters: ASCII letters, alphabetic scalars, and combining marks (U+0300–U+036F) so that decomposed
  /// å/ä/ö stay inside their word.
  @inline(__always)
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIILetter(UInt8(value)) }
    return isNonASCIILetter(value)
  }

  @inline(__always)
  static func isLetterOrDigit(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIILetterOrDigit(UInt8(value)) }
    return isNonASCIILetter(value)
  }

  private static func isNonASCIILetter(_ value: UInt32) -> Bool {
    if value < 0x100 {
      return value == 0xAA || value == 0xB5 || value == 0xBA || (value >= 0xC0 && value != 0xD7 && value != 0xF7)
    }
    if value >= 0x300 && value < 0x370 { return true }
    return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
  }

  /// Space the tokenizer skips: Unicode white space (the line feed aside, which is a token) and the byte
  /// order mark.
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D && value != 0x0A) }
    if value == 0x85 || value == 0xA0 || value == 0xFEFF { return true }
    return value >= 0x1680 && (Unicode.Scalar(value)?.properties.isWhitespace ?? false)
  }

  /// Unicode white space, the line feed included (where an address or a web link ends).
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool { value == 0x0A || (value != 0xFEFF && isSpace(value)) }

  /// Whether the scalar is an upper-case letter.
  static func isUppercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
    return Unicode.Scalar(value)?.properties.isUppercase ?? false
  }
}
