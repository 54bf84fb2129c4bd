import KlarsvarLanguage

/// Reads noun phrases of a sentence for `AgreementRule`: a determiner, adverbs of degree, adjectives and
/// the noun, each word looked up once.
struct NounPhraseReader {
  struct Phrase {
    let determiner: Int
    let adjectives: [Int]
    /// The head noun; nil when the phrase ends without one the lexicon knows.
    let noun: Int?
  }

  let words: [GrammarWord]
  let language: SwedishLanguage
  private(set) var cache: [WordReadings?]

  /// Adverbs of degree that may stand before an adjective (*ett mycket bra beslut*).
  static let degreeAdverbs: Set<String> = [
    "mycket", "väldigt", "helt", "ganska", "så", "mer", "mest", "extra", "särskilt", "alltför", "lite", "riktigt",
    "verkligen", "oerhört", "betydligt", "något", "allt",
  ]

  init(words: [GrammarWord], language: SwedishLanguage) {
    self.words = words
    self.language = language
    cache = Array(repeating: nil, count: words.count)
  }

  mutating func readings(_ index: Int) -> WordReadings {
    if let known = cache[index] { return known }
    let found = WordReadings(words[index].folded, language: language)
    cache[index] = found
    return found
  }

  /// Whether the word at `index` follows the one before with nothing but spaces between.
  func isAdjacent(_ index: Int) -> Bool { index < words.count && words[index].isAdjacent && words[index].isWord }

  /// The phrase a determiner at `start` opens: up to three adjectives and a noun, all adjacent. Nil
  /// when the words after it are no such phrase, or the noun is followed by another noun (a compound
  /// written apart, an apposition) which makes the head uncertain.
  mutating func read(from start: Int, determiner: AgreementRule.Determiner) -> Phrase? {
    var index = start + 1
    var adjectives: [Int] = []
    while isAdjacent(index), adjectives.count <= 3 {
      let folded = words[index].folded
      if Self.degreeAdverbs.contains(folded) && isAdjacent(index + 1) {
        index += 1
        continue
      }
      let current = readings(index)
      guard current.isKnown, !current.isFunctionWord else { return nil }
      if current.has(.noun) && !(AgreementForms.isAdjectival(current)) {
        // A noun that is also an adjective (*anhörig*) is the head unless a noun follows it.
        if current.has(.adjective) && isAdjacent(index + 1) && readings(index + 1).isOnlyNoun {
          adjectives.append(index)
          index += 1
          continue
        }
        if isAdjacent(index + 1) && readings(index + 1).isOnlyNoun { return nil }
        return Phrase(determiner: start, adjectives: adjectives, noun: index)
      }
      guard AgreementForms.isAdjectival(current) || current.has(.adjective) else { return nil }
      adjectives.append(index)
      index += 1
    }
    return nil
  }
}
