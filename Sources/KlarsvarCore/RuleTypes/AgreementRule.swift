import KlarsvarLanguage
import KlarsvarText

/// Agreement inside the noun phrase and in the predicative, from the lexicon's genders and forms:
///
/// - `gender`: determiner and noun (*ett bra lösning*, *det nya rutinen*);
/// - `number`: a plural determiner with a singular noun or the reverse (*era nya uträkning*, *fler
///   trygghetsboende*);
/// - `definiteness`: a possessive with a definite noun (*deras schemat*);
/// - `adjective`: an adjective that does not fit the phrase (*ett skriftlig beslut*, *de viktig frågan*,
///   *eventuell frågor*);
/// - `predicative`: a plural or neuter subject with a singular or common-gender predicative
///   (*föräldrar är föräldraledig*, *beslutet är fattad*).
///
/// Only words the lexicon knows are judged, and a word with a reading that would fit is never flagged.
struct AgreementRule: RuleType {
  static let typeName = "agreement"

  enum Check: String, CaseIterable {
    case gender, number, definiteness, adjective, predicative
  }

  let check: Check
  /// Words that count as plural determiners besides the language data's (*fler*, *två*).
  let pluralWords: Set<String>
  /// Determiners that are also pronouns (*det*, *den*, *de*, *er*): judged only with an adjective
  /// between them and the noun, where they cannot be a pronoun.
  let needAdjective: Set<String>
  /// Determiners never judged (*nästa*, *hela*: they take either form of the noun).
  let exceptDeterminers: Set<String>
  /// Nouns and adjectives never judged: words with a second gender or number the lexicon lacks
  /// (*procent*), and *egen*, which keeps its strong form after a possessive (*din egen bostad*).
  let exceptWords: Set<String>
  /// Copulas for `predicative`.
  let copulas: Set<String>

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    check = try reader.choice("check", as: Check.self)
    pluralWords = Set(try reader.optionalStringArray("pluralWords") ?? [])
    needAdjective = Set(try reader.optionalStringArray("needAdjective") ?? [])
    exceptDeterminers = Set(try reader.optionalStringArray("exceptDeterminers") ?? [])
    exceptWords = Set(try reader.optionalStringArray("exceptWords") ?? [])
    copulas = Set(try reader.optionalStringArray("copulas") ?? [])
  }

  func check(_ context: inout RuleCheckContext) {
    let language = context.scratch.language.language
    for index in context.text.sentences.indices {
      let sentence = GrammarSentence(index, in: context.text)
      let words = sentence.words
      var phrase = NounPhraseReader(words: words, language: language)
      for position in words.indices where words[position].isWord {
        switch check {
        case .predicative:
          checkPredicative(at: position, &phrase, &context)
        case .adjective where !isDeterminer(words[position].folded, language):
          checkBareAdjective(at: position, &phrase, &context)
        default:
          guard let determiner = determiner(words[position].folded, language),
            let found = phrase.read(from: position, determiner: determiner)
          else { continue }
          if needAdjective.contains(words[position].folded) && found.adjectives.isEmpty { continue }
          if let noun = found.noun, exceptWords.contains(words[noun].folded) { continue }
          if found.adjectives.contains(where: { exceptWords.contains(words[$0].folded) }) { continue }
          judge(found, determiner: determiner, &phrase, &context)
        }
      }
    }
  }

  private func isDeterminer(_ folded: String, _ language: SwedishLanguage) -> Bool {
    determiner(folded, language) != nil
  }

  /// A determiner as agreement sees it.
  struct Determiner {
    var gender: Gender?
    var isPlural: Bool
    /// Whether the adjective after it takes the definite form (*den nya*, *min nya*).
    var isDefinite: Bool
    /// Whether the noun after it is in the indefinite form (*min rutin*, *kommunens beslut*).
    var isPossessive: Bool
    /// False for possessives that go with either number (*hans*, *deras*).
    var hasNumber = true
  }

  /// The determiner a word is, from the language data and `pluralWords`.
  func determiner(_ folded: String, _ language: SwedishLanguage) -> Determiner? {
    if exceptDeterminers.contains(folded) { return nil }
    if let known = language.functionWords.determiner(folded) {
      let possessive = language.functionWords.pronoun(folded)?.grammaticalCase == .possessive
      return Determiner(
        gender: known.gender, isPlural: known.number == .plural, isDefinite: known.isDefinite,
        isPossessive: possessive, hasNumber: !(possessive && known.gender == nil && known.number == .singular))
    }
    if pluralWords.contains(folded) {
      return Determiner(gender: nil, isPlural: true, isDefinite: false, isPossessive: false)
    }
    return nil
  }

  private func judge(
    _ found: NounPhraseReader.Phrase, determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    switch check {
    case .gender: judgeGender(found, determiner, &phrase, &context)
    case .number: judgeNumber(found, determiner, &phrase, &context)
    case .definiteness: judgeDefiniteness(found, determiner, &phrase, &context)
    case .adjective: judgeAdjectives(found, determiner, &phrase, &context)
    case .predicative: break
    }
  }
}
