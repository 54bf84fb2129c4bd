import KlarsvarText

/// Parses the phrase syntax (`{a|b c}`, `ord?`, `förbättr*`, `~3`, `<number>`) into expanded phrases.
///
/// Works on UTF-8 bytes: the syntax is ASCII and packs hold thousands of phrases, so Character
/// indexing, String hashing and Foundation searches made loading slow. `CharacterPhraseParser` is
/// the same grammar over Characters; it takes the rare phrases where the two would disagree (a
/// syntax character joined to a combining mark) and the words that have no byte-level rule here.
package enum PhraseParser {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
  }

  static let maximumExpansions = 4096
  static let maximumGap = 20

  private static let space: UInt8 = 0x20
  private static let openBrace: UInt8 = 0x7B
  private static let closeBrace: UInt8 = 0x7D
  private static let bar: UInt8 = 0x7C
  private static let question: UInt8 = 0x3F
  private static let star: UInt8 = 0x2A
  private static let tilde: UInt8 = 0x7E
  private static let lessThan: UInt8 = 0x3C

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

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

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
    guard trimmed.withUnsafeBufferPointer(syntaxStandsAlone) else {
      return try CharacterPhraseParser.parseSyntax(phrase)
    }
    return try trimmed.withUnsafeBufferPointer { trimmed in
      try expandPhrase(Source(phrase: phrase, bytes: trimmed), cache: &cache)
    }
  }

  /// The phrase for messages and the (blank-collapsed) bytes that ranges index.
  private struct Source {
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

  /// Expands `{a|b}` and `{a|b}?` groups inside a word textually; returns each text with the index of
  /// the first multi-option group's choice.
  private static func expandGroups(_ piece: Range<Int>, _ source: Source) throws -> [([UInt8], Int)] {
    let bytes = source.bytes
    var results: [([UInt8], Int)] = [([], 0)]
    var firstGroupSeen = false
    var index = piece.lowerBound
    while index < piece.upperBound {
      if bytes[index] == closeBrace {
        throw Failure(description: "\"}\" utan \"{\" i \"\(source.text(piece))\"")
      }
      guard bytes[index] == openBrace else {
        // Append the whole literal run up to the next group at once.
        var runEnd = index
        while runEnd < piece.upperBound && bytes[runEnd] != openBrace && bytes[runEnd] != closeBrace { runEnd += 1 }
        for result in results.indices { results[result].0 += bytes[index..<runEnd] }
        index = runEnd
        continue
      }
      guard let close = source.firstIndex(of: closeBrace, in: index..<piece.upperBound) else {
        throw Failure(description: "\"{\" utan \"}\" i \"\(source.text(piece))\"")
      }
      let body = (index + 1)..<close
      if source.firstIndex(of: openBrace, in: body) != nil {
        throw Failure(description: "nästlade {…} stöds inte i \"\(source.text(piece))\"")
      }
      var options: [Range<Int>] = []
      var optionStart = body.lowerBound
      for position in body.lowerBound...body.upperBound where position == body.upperBound || bytes[position] == bar {
        options.append(WhitespaceTrimming.trimmed(optionStart..<position, in: bytes))
        optionStart = position + 1
      }
      var after = close + 1
      if after < piece.upperBound && bytes[after] == question {
        options.append(after..<after)
        after += 1
      }
      let tracksChoice = !firstGroupSeen && options.count > 1
      if options.count > 1 { firstGroupSeen = true }
      var next: [([UInt8], Int)] = []
      next.reserveCapacity(results.count * options.count)
      for (prefix, choice) in results {
        for (number, option) in options.enumerated() {
          next.append((prefix + bytes[option], tracksChoice ? number : choice))
        }
      }
      guard next.count <= maximumExpansions else {
        throw Failure(description: "frasen \"\(source.text(piece))\" ger fler än \(maximumExpansions) varianter")
      }
      results = next
      index = after
    }
    return results
  }

  /// Where the element ids of one piece (a word, class, gap or prefix) are in `cache.pieceElements`.
  private static func elementIDs(of piece: UnsafeBufferPointer<UInt8>, _ phrase: String, cache: inout Cache) throws
    -> Range<Int>
  {
    let hash = Vocabulary.hash(piece)
    if let known = cache.piece(piece, hash: hash) { return known }
    if let id = singleElementID(of: piece, cache: &cache) {
      return cache.store(piece: piece, hash: hash, CollectionOfOne(id))
    }
    let elements = try CharacterPhraseParser.elementsOf(String(decoding: piece, as: UTF8.self), in: phrase)
    let ids = elements.map { cache.id(of: $0) }
    return cache.store(piece: piece, hash: hash, ids)
  }

  private static let classes: [(name: [UInt8], id: Int32)] = [
    ("<number>", 0), ("<tal>", 0), ("<date>", 1), ("<datum>", 1), ("<year>", 2), ("<år>", 2), ("<word>", 3),
    ("<ord>", 3), ("<same>", Cache.sameAsPreviousID), ("<samma>", Cache.sameAsPreviousID), ("<email>", 5),
    ("<e-post>", 5), ("<url>", 6),
  ].map { (Array($0.0.utf8), $0.1) }

  /// The element of a well-formed class, gap, Latin-1 prefix or plain word; nil for anything that
  /// needs `CharacterPhraseParser` (other words, and every malformed piece, for its message).
  private static func singleElementID(of piece: UnsafeBufferPointer<UInt8>, cache: inout Cache) -> Int32? {
    guard let first = piece.first else { return nil }
    if first == lessThan {
      return classes.first { $0.name.elementsEqual(piece) }?.id
    }
    if first == tilde {
      guard piece.count == 2 || piece.count == 3, piece.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        return nil
      }
      let count = piece.dropFirst().reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return count >= 1 && count <= maximumGap ? Cache.gapID(count) : nil
    }
    let isPrefix = piece.last == star
    let word = isPrefix ? UnsafeBufferPointer(rebasing: piece.dropLast()) : piece
    guard !word.isEmpty, isPrefix ? !word.contains(star) : PhraseWords.isPlainWord(word) else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { folded -> Int32? in
      _ = folded.initialize(fromContentsOf: word)
      guard PhraseWords.foldLatin1(folded) else { return nil }
      return cache.id(folded: UnsafeBufferPointer(folded), prefix: isPrefix)
    }
  }

  /// Whether every space, brace, bar and question mark is a Character of its own, so that working on
  /// bytes splits the phrase where `CharacterPhraseParser` would. Only a combining mark (or the like)
  /// after one, a prepended concatenation mark before one, or a CR LF pair can join them.
  private static func syntaxStandsAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in bytes.indices {
      switch bytes[index] {
      case 0x0D:
        return false
      case space, openBrace, closeBrace, bar, question:
        // Scalars below U+0300 never extend the one before; below U+0600 none is prepended.
        if index + 1 < bytes.count && bytes[index + 1] >= 0xCC {
          var end = index + 2
          while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
          if String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).count < 2 {
            return false
          }
        }
        if index > 0 && bytes[index - 1] >= 0x80 {
          var start = index - 1
          while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
          if bytes[start] >= 0xD8
            && String(decoding: UnsafeBufferPointer(rebasing: bytes[start...index]), as: UTF8.self).count < 2
          {
            return false
          }
        }
      default:
        break
      }
    }
    return true
  }
}
