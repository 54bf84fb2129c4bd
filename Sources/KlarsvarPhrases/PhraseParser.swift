import KlarsvarText

/// Parses the phrase syntax (`{a|b c}`, `ord?`, `förbättr*`, `~3`, `<number>`) into expanded phrases.
///
/// Works on UTF-8 bytes: the syntax is ASCII and packs hold thousands of phrases, so Character
/// indexing, String hashing and Foundation searches made loading slow (`d57df68`: one-letter check
/// 37.7 → 15 ms with the other loading work). A syntax character is one even where a combining mark
/// follows it. The same grammar over Characters is the test oracle (`CharacterPhraseParser` in the tests).
package enum PhraseParser {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
  }

  static let maximumExpansions = 4096
  static let maximumGap = 20

  static let space: UInt8 = 0x20
  static let openBrace: UInt8 = 0x7B
  static let closeBrace: UInt8 = 0x7D
  static let bar: UInt8 = 0x7C
  static let question: UInt8 = 0x3F
  static let star: UInt8 = 0x2A
  static let tilde: UInt8 = 0x7E
  static let lessThan: UInt8 = 0x3C

  static func parse(_ phrase: String) throws -> [ExpandedPhrase] {
    var cache = Cache()
    return try parse(phrase, cache: &cache)
  }

  package static func parse(_ phrase: String, cache: inout Cache) throws -> [ExpandedPhrase] {
    if let parsed = try phrase.utf8.withContiguousStorageIfAvailable({ try parse(phrase, $0, cache: &cache) }) {
      return parsed
    }
    return try Array(phrase.utf8).withUnsafeBufferPointer { try parse(phrase, $0, cache: &cache) }
  }

  private static func parse(_ phrase: String, _ bytes: UnsafeBufferPointer<UInt8>, cache: inout Cache) throws
    -> [ExpandedPhrase]
  {
    let hash = Vocabulary.hash(bytes)
    if let known = cache.phrase(bytes, hash: hash) { return known }
    let parsed = try parseUncached(phrase, bytes, cache: &cache)
    cache.store(phrase: bytes, hash: hash, parsed)
    return parsed
  }

  /// Blanks separate words; a CR (of a CR LF) counts as one, as the tokenizer has it.
  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

  private static func parseUncached(_ phrase: String, _ bytes: UnsafeBufferPointer<UInt8>, cache: inout Cache)
    throws -> [ExpandedPhrase]
  {
    // Most phrases are plain words: no groups, options, wildcards, gaps or classes.
    let hasSyntax = bytes.contains {
      $0 == openBrace || $0 == closeBrace || $0 == question || $0 == star || $0 == tilde || $0 == lessThan
    }
    guard hasSyntax else {
      var ids: [Int32] = []
      ids.reserveCapacity(8)
      var start = 0
      for index in 0...bytes.count where index == bytes.count || isBlank(bytes[index]) {
        if start < index {
          let range = try elementIDs(of: UnsafeBufferPointer(rebasing: bytes[start..<index]), phrase, cache: &cache)
          ids += cache.pieceElements[range]
        }
        start = index + 1
      }
      guard !ids.isEmpty else {
        throw Failure(description: phrase.isEmpty ? "tom fras" : "frasen \"\(phrase)\" innehåller inga ord")
      }
      return [cache.expanded(ids[...], choice: 0)]
    }
    // Pieces are separated by single spaces, as if the phrase's blanks were collapsed.
    var trimmed: [UInt8] = []
    trimmed.reserveCapacity(bytes.count)
    for (index, byte) in bytes.enumerated() {
      if !isBlank(byte) {
        trimmed.append(byte)
      } else if !trimmed.isEmpty && index + 1 < bytes.count && !isBlank(bytes[index + 1]) {
        trimmed.append(space)
      }
    }
    guard !trimmed.isEmpty else { throw Failure(description: "tom fras") }
    return try trimmed.withUnsafeBufferPointer { trimmed in
      try expandPhrase(Source(phrase: phrase, bytes: trimmed), cache: &cache)
    }
  }

  /// The phrase for messages and the (blank-collapsed) bytes that ranges index.
  struct Source {
    let phrase: String
    let bytes: UnsafeBufferPointer<UInt8>

    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
      range.first { bytes[$0] == byte }
    }
  }

  private static func expandPhrase(_ source: Source, cache: inout Cache) throws -> [ExpandedPhrase] {
    let phrase = source.phrase
    var choiceTaken = false
    let runs = try expandSequence(0..<source.bytes.count, source, cache: &cache, choiceTaken: &choiceTaken)
    var kept: [Int] = []
    for run in 0..<runs.count {
      let elements = runs.elements(run)
      guard let first = elements.first, let last = elements.last else { continue }
      if Cache.isGap(first) {
        throw Failure(description: "en lucka (~N) får inte inleda frasen \"\(phrase)\"")
      }
      if first == Cache.sameAsPreviousID {
        throw Failure(description: "<same> behöver ett ord före sig i frasen \"\(phrase)\"")
      }
      if Cache.isGap(last) {
        throw Failure(description: "en lucka (~N) får inte avsluta frasen \"\(phrase)\"")
      }
      kept.append(run)
    }
    guard !kept.isEmpty else { throw Failure(description: "frasen \"\(phrase)\" innehåller inga ord") }
    if kept.count > 1 { kept = runs.firstOccurrences(of: kept) }
    return kept.map { cache.expanded(runs.elements($0), choice: runs.choices[$0]) }
  }

  /// Expands a sequence of space-separated pieces piece by piece; the first `{…}` group with several
  /// options sets the choice.
  private static func expandSequence(
    _ range: Range<Int>, _ source: Source, cache: inout Cache, choiceTaken: inout Bool
  ) throws -> ElementRuns {
    let bytes = source.bytes
    var alternatives = ElementRuns(reservingIDs: range.count / 2, runs: 8)
    var slots: [(first: Int, count: Int, tracks: Bool)] = []
    slots.reserveCapacity(8)
    var total = 1
    for piece in try pieces(range, source) {
      let first = alternatives.count
      var isGroup = false
      let last = bytes[piece.upperBound - 1]
      if bytes[piece.lowerBound] == openBrace, let close = source.firstIndex(of: closeBrace, in: piece),
        close + 1 == piece.upperBound || (close + 2 == piece.upperBound && last == question)
      {
        isGroup = true
        let inner = (piece.lowerBound + 1)..<close
        if source.firstIndex(of: openBrace, in: inner) != nil {
          throw Failure(description: "nästlade {…} stöds inte i \"\(source.phrase)\"")
        }
        var innerTaken = true
        var number = 0
        var optionStart = inner.lowerBound
        for index in inner.lowerBound...inner.upperBound where index == inner.upperBound || bytes[index] == bar {
          let option = optionStart..<index
          if option.allSatisfy({ bytes[$0] == space }) {
            alternatives.append(EmptyCollection(), choice: number)
          } else if !option.contains(where: { bytes[$0] == question }) {
            // Without `?` (and braces, checked above) every piece has one alternative: concatenate.
            var start = option.lowerBound
            for index in option.lowerBound...option.upperBound where index == option.upperBound || bytes[index] == space
            {
              if start < index {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let ids = try elementIDs(of: word, source.phrase, cache: &cache)
                alternatives.extend(cache.pieceElements[ids])
              }
              start = index + 1
            }
            alternatives.close(choice: number)
          } else {
            let expanded = try expandSequence(option, source, cache: &cache, choiceTaken: &innerTaken)
            for run in 0..<expanded.count { alternatives.append(expanded.elements(run), choice: number) }
          }
          number += 1
          optionStart = index + 1
        }
        if last == question { alternatives.append(EmptyCollection(), choice: number) }
      } else if piece.contains(where: { bytes[$0] == openBrace || bytes[$0] == closeBrace }) {
        isGroup = true
        for (word, choice) in try expandGroups(piece, source) {
          if word.isEmpty {
            alternatives.append(EmptyCollection(), choice: choice)
          } else {
            let ids = try word.withUnsafeBufferPointer { try elementIDs(of: $0, source.phrase, cache: &cache) }
            alternatives.append(cache.pieceElements[ids], choice: choice)
          }
        }
      } else {
        let optional = piece.count > 1 && last == question
        let word = UnsafeBufferPointer(rebasing: bytes[optional ? piece.dropLast() : piece])
        let ids = try elementIDs(of: word, source.phrase, cache: &cache)
        alternatives.append(cache.pieceElements[ids], choice: 0)
        if optional { alternatives.append(EmptyCollection(), choice: 0) }
      }
      let count = alternatives.count - first
      let tracks =
        isGroup && !choiceTaken
        && (first..<alternatives.count).contains { alternatives.choices[$0] != alternatives.choices[first] }
      if tracks { choiceTaken = true }
      total *= count
      guard total <= maximumExpansions else {
        throw Failure(description: "frasen \"\(source.phrase)\" ger fler än \(maximumExpansions) varianter")
      }
      slots.append((first, count, tracks))
    }
    return alternatives.product(slots)
  }

  /// Splits on spaces outside braces.
  private static func pieces(_ range: Range<Int>, _ source: Source) throws -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(8)
    var depth = 0
    var start = range.lowerBound
    for index in range {
      let byte = source.bytes[index]
      if byte == openBrace { depth += 1 }
      if byte == closeBrace {
        depth -= 1
        if depth < 0 { throw Failure(description: "\"}\" utan \"{\" i \"\(source.phrase)\"") }
      }
      if byte == space && depth == 0 {
        if start < index { result.append(start..<index) }
        start = index + 1
      }
    }
    if depth > 0 { throw Failure(description: "\"{\" utan \"}\" i \"\(source.phrase)\"") }
    if start < range.upperBound { result.append(start..<range.upperBound) }
    return result
  }
}
