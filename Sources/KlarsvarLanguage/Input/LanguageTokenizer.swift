/// Makes `LanguageToken`s of a text or of a range of it: plain words directly (`PlainWord`), every
/// other token as `TokenScanner` finds it.
public enum LanguageTokenizer {
  /// The tokens of `text`, line breaks included, in order.
  public static func tokenize(_ text: String) -> [LanguageToken] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      tokenize(bytes, range: 0..<bytes.count, lineBreaks: true)
    } ?? []
  }

  /// The tokens of the `range` of a text's UTF-8 bytes, line breaks left out (a sentence's tokens), as
  /// if that range were the whole text; their ranges are offsets in the whole text.
  ///
  /// - Important: `range` must start and end on scalar boundaries.
  public static func tokenize(utf8: [UInt8], range: Range<Int>) -> [LanguageToken] {
    utf8.withUnsafeBufferPointer { tokenize($0, range: range, lineBreaks: false) }
  }

  /// The tokens of `bytes[range]`, as if that range were the whole text.
  static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lineBreaks: Bool
  ) -> [LanguageToken] {
    var tokens: [LanguageToken] = []
    tokens.reserveCapacity(range.count / 5 + 4)
    var scanner = TokenScanner(bytes, range: range)
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = bytes[position]
      if byte == 0x20 {
        position += 1
        continue
      }
      // Plain words, the most common token, skip the scanner; their text is their folded form unless
      // they have a capital.
      if let word = PlainWord.scan(bytes, at: position, limit: range.upperBound) {
        let wordRange = position..<word.end
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordRange]), as: UTF8.self)
        let folded = word.hasUppercase ? CaseFolding.fold(bytes, wordRange) : written
        tokens.append(LanguageToken(text: written, folded: folded, utf8Range: wordRange, kind: .word))
        position = word.end
        continue
      }
      scanner.seek(to: position)
      guard let (tokenRange, kind) = scanner.next() else { break }
      position = tokenRange.upperBound
      if kind == .lineBreak {
        if lineBreaks { tokens.append(LanguageToken(text: "\n", folded: "\n", utf8Range: tokenRange, kind: kind)) }
        continue
      }
      let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenRange]), as: UTF8.self)
      tokens.append(
        LanguageToken(text: written, folded: CaseFolding.fold(bytes, tokenRange), utf8Range: tokenRange, kind: kind))
    }
    return tokens
  }
}
