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
  let grammar: GrammarText
  var language: SwedishLanguage { grammar.language }

  /// Adverbs of degree that may stand before an adjective (*ett mycket bra beslut*).
  static let degreeAdverbs = WordHashes([
    "mycket", "väldigt", "helt", "ganska", "så", "mer", "mest", "extra", "särskilt", "alltför", "lite", "riktigt",
    "verkligen", "oerhört", "betydligt", "något", "allt", "fullt", "fullständigt", "tillräckligt", "relativt",
    "ytterst", "synnerligen", "tämligen",
  ])

  init(words: [GrammarWord], grammar: GrammarText) {
    self.words = words
    self.grammar = grammar
  }

  func readings(_ index: Int) -> WordReadings { grammar.readings(words[index]) }

  /// Whether the word at `index` follows the one before with nothing but spaces between.
  func isAdjacent(_ index: Int) -> Bool { index < words.count && words[index].isAdjacent && words[index].isWord }

  /// The phrase a determiner at `start` opens: up to three adjectives and a noun, all adjacent. Nil
  /// when the words after it are no such phrase, or the noun is followed by another noun (a compound
  /// written apart, an apposition) which makes the head uncertain.
  mutating func read(from start: Int, determiner: AgreementRule.Determiner) -> Phrase? {
    var index = start + 1
    var adjectives: [Int] = []
    while isAdjacent(index), adjectives.count <= 3 {
      if Self.degreeAdverbs.contains(words[index]) && isAdjacent(index + 1) {
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
