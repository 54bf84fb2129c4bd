/// `CasePreservation.apply` with the matched text read from its UTF-8 bytes when it is Latin-1
/// (all of Swedish), so no Unicode property tables are consulted per finding.
enum LatinCasePreservation {
  /// Same result as `CasePreservation.apply(replacement, like: original)`.
  static func apply(_ replacement: String, like original: String) -> String {
    guard let shape = shape(of: original) else { return CasePreservation.apply(replacement, like: original) }
    guard shape.letters > 0, let replacementFirst = replacement.first else { return replacement }
    if shape.letters > 1 && shape.allUppercase { return replacement.uppercased() }
    if shape.firstIsUppercase {
      return replacementFirst.uppercased() + replacement.dropFirst()
    }
    return replacement
  }

  struct Shape {
    var letters = 0
    var allUppercase = true
    var firstIsUppercase = false
  }

  /// Letter count and case of a Latin-1 text; nil when some scalar lies beyond U+00FF.
  static func shape(of text: String) -> Shape? {
    // Read through the contiguous bytes: the UTF-8 view's iterator costs far more per byte.
    var text = text
    return text.withUTF8 { bytes -> Shape? in
      var shape = Shape()
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        let value: UInt32
        if byte < 0x80 {
          value = UInt32(byte)
        } else if (byte == 0xC2 || byte == 0xC3) && index < bytes.count {
          value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index] & 0x3F)
          index += 1
        } else {
          return nil
        }
        guard isAlphabetic(value) else { continue }
        let upper = isUppercase(value)
        if shape.letters == 0 { shape.firstIsUppercase = upper }
        shape.letters += 1
        if !upper { shape.allUppercase = false }
      }
      return shape
    }
  }

  /// Whether valid UTF-8 holds only scalars up to U+00FF, read eight bytes at a time: it does exactly
  /// when no byte is 0xC4 or above (the lead bytes of every later scalar).
  static func isLatin1(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A byte of 0xC4 or above has its high bit set and its low seven bits at 0x44 or above, which
      // adding 0x3C carries into the high bit (never into the next byte).
      if ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3C3C_3C3C_3C3C_3C3C) & word & 0x8080_8080_8080_8080 != 0 {
        return false
      }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0xC4 { return false }
      index += 1
    }
    return true
  }

  /// Unicode's Alphabetic property below U+0100: A–Z, a–z, ª, µ, º, À–Ö, Ø–ö, ø–ÿ.
  static func isAlphabetic(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    if value >= 0xC0 { return value != 0xD7 && value != 0xF7 }
    return value == 0xAA || value == 0xB5 || value == 0xBA
  }

  /// Unicode's Uppercase property below U+0100: A–Z, À–Ö, Ø–Þ.
  static func isUppercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return value &- 0x41 < 26 }
    return value >= 0xC0 && value <= 0xDE && value != 0xD7
  }
}
