import KlarsvarText

/// Gives a replacement the capitalisation of the words it replaces ("Erhåller" → "Får"): all capitals
/// when the original has two letters or more and all are capitals (unless the replacement spells out
/// more words than it replaces), a capital first letter when the original's first letter is one, else
/// the replacement as written.
enum CasePreservation {
  /// The case a replacement takes.
  enum Form: Int, CaseIterable {
    case asWritten, uppercased, capitalized
  }

  static func apply(_ replacement: String, like original: String) -> String {
    form(of: original).spelledOut(replacementWords: wordCount(replacement), original: original).apply(to: replacement)
  }

  /// Words separated by spaces, as `spelledOut` compares them.
  static func wordCount(_ text: String) -> Int {
    text.split(separator: " ").count
  }

  /// The form `original` asks for. Latin-1 text (all of Swedish) is read from its UTF-8 bytes, so
  /// no Unicode property tables are consulted per finding; other text through Unicode's properties.
  static func form(of original: String) -> Form {
    // Read through the contiguous bytes: the UTF-8 view's iterator costs far more per byte.
    var text = original
    return text.withUTF8(Form.init(latin1:)) ?? Form(unicode: original)
  }
}

extension CasePreservation.Form {
  /// An abbreviation in capitals spelled out (*MVH* → *Med vänliga hälsningar*) is no shouting:
  /// capitals become a capital first letter when the replacement has more words than the original.
  func spelledOut(replacementWords: Int, original: String) -> Self {
    guard self == .uppercased, replacementWords > CasePreservation.wordCount(original) else { return self }
    return .capitalized
  }

  func apply(to replacement: String) -> String {
    switch self {
    case .asWritten: replacement
    case .uppercased: replacement.uppercased()
    case .capitalized: replacement.first.map { $0.uppercased() + replacement.dropFirst() } ?? replacement
    }
  }

  /// The form of valid UTF-8 that holds only scalars up to U+00FF; nil for any other text. Reads the
  /// bytes only up to where the form is settled (mostly the first letter), then only checks that the
  /// rest is Latin-1.
  init?(latin1 bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let count = bytes.count
    var letters = 0
    while index < count {
      let byte = bytes[index]
      index += 1
      let value: UInt32
      if byte < 0x80 {
        value = UInt32(byte)
      } else if (byte == 0xC2 || byte == 0xC3) && index < count {
        value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index] & 0x3F)
        index += 1
      } else {
        return nil
      }
      guard Self.isAlphabetic(value) else { continue }
      letters += 1
      if !Self.isUppercase(value) {
        // A lowercase first letter keeps the text as written; after a capital, it capitalizes.
        guard ByteScan.isLatin1(UnsafeBufferPointer(rebasing: bytes[index...])) else { return nil }
        self = letters == 1 ? .asWritten : .capitalized
        return
      }
    }
    // Every letter a capital.
    self = letters == 0 ? .asWritten : letters == 1 ? .capitalized : .uppercased
  }

  /// The form of any text, from Unicode's Alphabetic and Uppercase properties.
  init(unicode original: String) {
    let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count > 1 && letters.allSatisfy({ $0.properties.isUppercase }) {
      self = .uppercased
    } else if letters.first?.properties.isUppercase == true {
      self = .capitalized
    } else {
      self = .asWritten
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
