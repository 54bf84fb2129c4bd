/// Built-in token classes read from the characters of a token: numbers, dates, clock times.
enum TokenShape {
  /// Names of the built-in classes; data files may use them in patterns but not redefine them.
  static let names: [String] = [
    "number", "day", "year", "week", "isoDate", "numericDate", "clock", "yearSpan", "quarter", "capitalized", "word",
  ]

  /// The built-in classes `token` belongs to, as bits (index into `names`).
  static func classBits(of token: LanguageToken, isSentenceStart: Bool) -> UInt64 {
    switch token.kind {
    case .word:
      var bits: UInt64 = 1 << 10
      if token.isCapitalized && !isSentenceStart { bits |= 1 << 9 }
      let utf8 = token.folded.utf8
      if utf8.count == 2, utf8.first == UInt8(ascii: "q"), let digit = utf8.last, digit >= 0x31 && digit <= 0x34 {
        bits |= 1 << 8
      }
      return bits
    case .number:
      return classes(of: token, isSentenceStart: isSentenceStart).reduce(0) { $0 | (1 << UInt64($1)) }
    default:
      return 0
    }
  }

  /// The built-in classes `token` belongs to, as indices into `names`.
  static func classes(of token: LanguageToken, isSentenceStart: Bool) -> [Int] {
    var result: [Int] = []
    let text = token.folded
    switch token.kind {
    case .number:
      let parts = numberParts(text)
      if parts.count == 1, let value = parts[0].value {
        result.append(0)
        let ordinal = parts[0].suffix == ":e" || parts[0].suffix == ":a"
        if (1...31).contains(value) && (parts[0].suffix.isEmpty || ordinal) { result.append(1) }
        if (1900...2099).contains(value) && parts[0].digits == 4 { result.append(2) }
        if (1...53).contains(value) && parts[0].suffix.isEmpty { result.append(3) }
        if (0...24).contains(value) && parts[0].suffix.isEmpty { result.append(6) }
      } else if let shape = dateShape(text, parts) {
        result.append(shape)
      }
    case .word:
      result.append(10)
      if token.isCapitalized && !isSentenceStart { result.append(9) }
      if text.count == 2, text.first == "q", let digit = text.last?.wholeNumberValue, (1...4).contains(digit) {
        result.append(8)
      }
    default:
      break
    }
    return result
  }

  private struct Part {
    var value: Int?
    var digits: Int
    var suffix: String
    var separator: Character?
  }

  /// Digit groups of a number token with the separator before each (`2026-03-03` → 2026, -03, -03).
  private static func numberParts(_ text: String) -> [Part] {
    var parts: [Part] = []
    var current = Part(value: 0, digits: 0, suffix: "", separator: nil)
    for character in text {
      if let digit = character.wholeNumberValue, current.suffix.isEmpty {
        current.value = (current.value ?? 0) * 10 + digit
        current.digits += 1
      } else if "-/.:,".contains(character) && current.suffix.isEmpty && current.digits > 0 {
        parts.append(current)
        current = Part(value: 0, digits: 0, suffix: "", separator: character)
      } else {
        current.suffix.append(character)
      }
    }
    parts.append(current)
    // `3:e`, `1:a`: an ordinal day, one part with a suffix.
    if parts.count == 2, parts[1].separator == ":", parts[1].digits == 0 {
      return [Part(value: parts[0].value, digits: parts[0].digits, suffix: ":" + parts[1].suffix, separator: nil)]
    }
    return parts
  }

  private static func dateShape(_ text: String, _ parts: [Part]) -> Int? {
    let values = parts.map { $0.value ?? -1 }
    let separators = parts.dropFirst().map(\.separator)
    // `14.30`, `9.45`, `9:45`: a clock time.
    if parts.count == 2, separators[0] == "." || separators[0] == ":", values[0] <= 24, parts[1].digits == 2,
      values[1] <= 59
    {
      return 6
    }
    if parts.count == 3, separators == ["-", "-"], parts[0].digits == 4, (1...12).contains(values[1]),
      (1...31).contains(values[2])
    {
      return 4
    }
    if parts.count >= 2, separators.allSatisfy({ $0 == "/" || $0 == "." }), (1...31).contains(values[0]),
      (1...12).contains(values[1]), parts.count == 2 || parts[2].digits == 4 || parts[2].digits == 2
    {
      return 5
    }
    if parts.count == 2, separators[0] == "/", parts[0].digits == 4, parts[1].digits == 2 || parts[1].digits == 4 {
      return 7
    }
    return nil
  }
}
