@testable import KlarsvarLanguage

/// The scalar-by-scalar tokenizer the layer had before `TokenScanner`: the oracle `TokenScannerTests`
/// compares the byte-level one with.
///
/// Words keep inner hyphens, colons and abbreviation periods (`LSS-beslut`, `IVO:s`, `t.ex`); numbers
/// keep inner `-` `/` `.` `:` `,` (`2026-03-03`, `3/3`, `14.30`); e-mail and web addresses are one token.
enum ReferenceTokenizer {
  /// The tokens of `text`, line breaks included, in order.
  static func tokenize(_ text: String) -> [LanguageToken] {
    var tokens: [LanguageToken] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" {
        let next = scalars.index(after: index)
        tokens.append(make(text, index..<next, .lineBreak))
        index = next
      } else if scalar == " " || (scalar.value >= 0x80 || scalar.value < 0x20) && scalar.properties.isWhitespace
        || scalar == "\u{FEFF}"
      {
        index = scalars.index(after: index)
      } else if isLetter(scalar) || isDigit(scalar) {
        let (end, kind) = scanWord(scalars, from: index)
        tokens.append(make(text, index..<end, kind))
        index = end
      } else {
        let next = scalars.index(after: index)
        tokens.append(make(text, index..<next, .punctuation))
        index = next
      }
    }
    return tokens
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic || (scalar.value >= 0x300 && scalar.value < 0x370)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

  private static func make(
    _ text: String, _ range: Range<String.Index>, _ kind: LanguageToken.Kind
  ) -> LanguageToken {
    let slice = text[range]
    let lower = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    let upper = lower + text.utf8.distance(from: range.lowerBound, to: range.upperBound)
    let folded = kind == .lineBreak ? "\n" : CaseFolding.fold(slice)
    return LanguageToken(text: slice, folded: folded, utf8Range: lower..<upper, kind: kind)
  }

  /// The end of the word or number starting at `start`, and its kind.
  private static func scanWord(
    _ scalars: String.UnicodeScalarView, from start: String.Index
  ) -> (String.Index, LanguageToken.Kind) {
    let startsWithDigit = isDigit(scalars[start])
    var index = scalars.index(after: start)
    var sawAt = false
    var sawDot = false
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isLetter(scalar) || isDigit(scalar) {
        index = scalars.index(after: index)
        continue
      }
      let next = scalars.index(after: index)
      guard next < scalars.endIndex else { break }
      let following = scalars[next]
      let joinsWords = isLetter(following) || isDigit(following)
      if scalar == "@" && joinsWords {
        sawAt = true
      } else if scalar == "." && joinsWords && (sawAt || !startsWithDigit || isDigit(following)) {
        sawDot = true
      } else if (scalar == "-" || scalar == ":") && joinsWords {
      } else if (scalar == "/" || scalar == ",") && startsWithDigit && isDigit(following) {
      } else if scalar == "_" && sawAt == false && joinsWords && followsAddress(scalars, next) {
      } else {
        break
      }
      index = next
    }
    if sawAt { return (index, .email) }
    if let url = scanURL(scalars, from: start, wordEnd: index) { return (url, .url) }
    if sawDot && !startsWithDigit && looksLikeHost(String(scalars[start..<index])) { return (index, .url) }
    return (index, startsWithDigit ? .number : .word)
  }

  private static func followsAddress(_ scalars: String.UnicodeScalarView, _ index: String.Index) -> Bool {
    var index = index
    while index < scalars.endIndex, !scalars[index].properties.isWhitespace {
      if scalars[index] == "@" { return true }
      index = scalars.index(after: index)
    }
    return false
  }

  /// `http://…` and `https://…` up to the next space, without trailing punctuation.
  private static func scanURL(
    _ scalars: String.UnicodeScalarView, from start: String.Index, wordEnd: String.Index
  ) -> String.Index? {
    let word = String(scalars[start..<wordEnd]).lowercased()
    guard word == "http" || word == "https", wordEnd < scalars.endIndex, scalars[wordEnd] == ":" else { return nil }
    var index = wordEnd
    while index < scalars.endIndex, !scalars[index].properties.isWhitespace { index = scalars.index(after: index) }
    while index > wordEnd, ".,;:!?)”\"»".unicodeScalars.contains(scalars[scalars.index(before: index)]) {
      index = scalars.index(before: index)
    }
    return index
  }

  private static func looksLikeHost(_ word: String) -> Bool {
    let lower = word.lowercased()
    if lower.hasPrefix("www.") { return true }
    return [".se", ".nu", ".com", ".org", ".net", ".eu", ".info"].contains { lower.hasSuffix($0) }
  }
}
