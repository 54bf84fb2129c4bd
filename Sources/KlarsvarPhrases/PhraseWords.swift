import KlarsvarText

/// Splits a literal phrase word the way the tokenizer splits text, so `t.ex.` in a phrase matches
/// the token `t.ex` and `IVO:s` matches `ivo:s`.
enum PhraseWords {
  static func split(_ text: String) -> [String] {
    // Most phrase words are plain letters (with inner hyphens): fold them directly.
    if let first = text.unicodeScalars.first, first.properties.isAlphabetic,
      text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }), !text.hasSuffix("-"),
      !text.unicodeScalars.contains(where: { ScalarClass.isCombiningMark($0.value) })
    {
      return [WordFolder.fold(text)]
    }
    let tokenized = Tokenizer(index: .empty).tokenize(SourceText(text), format: .plain, placeholders: [])
    return tokenized.tokens.filter { $0.kind != .placeholder }.map { tokenized.folded($0) }
  }

  /// Whether the UTF-8 bytes are one word of Latin-1 letters with inner hyphens: the words `split`
  /// folds whole, as one word, and `foldLatin1` folds exactly like `WordFolder.fold`.
  static func isPlainWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != 0x2D, bytes.last != 0x2D else { return false }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let lower = byte | 0x20
      if byte == 0x2D || (lower >= 0x61 && lower <= 0x7A) {
        index += 1
      } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] != 0x97, bytes[index + 1] != 0xB7 {
        // U+00C0–U+00FF are all letters except × and ÷.
        index += 2
      } else {
        return false
      }
    }
    return true
  }

  /// Folds Latin-1 text in place like `WordFolder.fold` (A–Z and À–Þ but × to lower case; the
  /// length does not change). Returns false, leaving the bytes unspecified, if a scalar is beyond Latin-1.
  static func foldLatin1(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
        index += 1
      } else if byte == 0xC2 || byte == 0xC3 {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if byte == 0xC3 && next <= 0x9E && next != 0x97 { bytes[index + 1] = next + 0x20 }
        index += 2
      } else {
        return false
      }
    }
    return true
  }
}
