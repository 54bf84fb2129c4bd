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
