/// A compound split at its longest known last part: *hemtjänstbesluten* = *hemtjänst* + *besluten*.
public struct CompoundAnalysis: Sendable, Hashable {
  /// The first part as written (folded), linking *-s-* included: *bistånds*.
  public var modifier: String
  /// The last part (folded): *besluten*.
  public var head: String
  /// Whether the first part ends in a linking *-s-* (*biståndsbeslut*).
  public var hasLinkingS: Bool
  /// Readings of the head, with the head's lemma (*beslut/pluralDefinite*).
  public var analyses: [WordAnalysis]
}

extension Lexicon {
  /// Minimum letters of a compound's first part and of its head.
  static let minimumPartLetters = 3

  /// The compound reading of a folded word: the longest known noun or adjective ending whose first part
  /// has at least three letters. After a hyphen (*LSS-beslutet*) the part after the last hyphen is the head.
  /// Nil when no ending is known. Linear in the word's length.
  public func compound(_ word: String) -> CompoundAnalysis? {
    if word.utf8.contains(UInt8(ascii: "-")), let hyphen = word.lastIndex(of: "-") {
      let head = String(word[word.index(after: hyphen)...])
      let modifier = String(word[..<hyphen])
      let analyses = self.analyses(of: head)
      if !analyses.isEmpty {
        return CompoundAnalysis(modifier: modifier, head: head, hasLinkingS: false, analyses: analyses)
      }
      return compound(head).map {
        CompoundAnalysis(
          modifier: modifier + "-" + $0.modifier, head: $0.head, hasLinkingS: $0.hasLinkingS, analyses: $0.analyses)
      }
    }
    var best: (start: Int, id: Int32)?
    let found: Void? = word.utf8.withContiguousStorageIfAvailable { utf8 in
      compoundHeads.forEachEnding(of: utf8) { start, id in
        if Self.letters(utf8, 0..<start) >= Self.minimumPartLetters
          && Self.letters(utf8, start..<utf8.count) >= Self.minimumPartLetters
        {
          best = (start, id)
        }
        return true
      }
    }
    if found == nil {
      var contiguous = word
      contiguous.makeContiguousUTF8()
      return compound(contiguous)
    }
    guard let best else { return nil }
    let utf8 = Array(word.utf8)
    let modifier = String(decoding: utf8[..<best.start], as: UTF8.self)
    let head = String(decoding: utf8[best.start...], as: UTF8.self)
    return CompoundAnalysis(
      modifier: modifier, head: head, hasLinkingS: modifier.hasSuffix("s") && modifier.count > Self.minimumPartLetters,
      analyses: readings(of: best.id).map(analysis))
  }

  /// The form id of a word's compound head, without building the analysis (the clause tagger's probe).
  func compoundHeadFormID(of word: String) -> Int32? {
    guard !word.utf8.contains(UInt8(ascii: "-")) else { return compound(word).flatMap { formID(of: $0.head) } }
    var best: Int32?
    let found: Void? = word.utf8.withContiguousStorageIfAvailable { utf8 in
      compoundHeads.forEachEnding(of: utf8) { start, id in
        if Self.letters(utf8, 0..<start) >= Self.minimumPartLetters
          && Self.letters(utf8, start..<utf8.count) >= Self.minimumPartLetters
        {
          best = id
        }
        return true
      }
    }
    if found == nil { return compound(word).flatMap { formID(of: $0.head) } }
    return best
  }

  /// The readings of a word's longest known last part and that part's length in letters, without
  /// building the parts as strings: the probe for callers that look up every word. Nil when no ending
  /// is known.
  public func compoundHeadReadings(of word: String) -> (analyses: [WordAnalysis], headLetters: Int)? {
    if word.utf8.contains(UInt8(ascii: "-")) {
      return compound(word).map { ($0.analyses, $0.head.count) }
    }
    var best: (id: Int32, letters: Int)?
    var contiguous = word
    contiguous.makeContiguousUTF8()
    _ = contiguous.utf8.withContiguousStorageIfAvailable { utf8 in
      compoundHeads.forEachEnding(of: utf8) { start, id in
        let headLetters = Self.letters(utf8, start..<utf8.count)
        if Self.letters(utf8, 0..<start) >= Self.minimumPartLetters && headLetters >= Self.minimumPartLetters {
          best = (id, headLetters)
        }
        return true
      }
    }
    guard let best else { return nil }
    return (readings(of: best.id).map(analysis), best.letters)
  }

  /// The readings of a word, or when it is unknown, of its compound head (with the head's lemma).
  public func analysesOrCompoundHead(of word: String) -> [WordAnalysis] {
    let own = analyses(of: word)
    return own.isEmpty ? (compound(word)?.analyses ?? []) : own
  }

  private static func letters(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where utf8[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
