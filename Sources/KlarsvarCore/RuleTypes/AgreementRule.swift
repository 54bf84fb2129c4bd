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
    case gender, number, definiteness, doubleDefinite, adjective, predicative
  }

  let check: Check
  /// Words that count as plural determiners besides the language data's (*fler*, *två*).
  let pluralWords: WordHashes
  /// Determiners that are also pronouns (*det*, *den*, *de*, *er*): judged only with an adjective
  /// between them and the noun, where they cannot be a pronoun.
  let needAdjective: WordHashes
  /// Determiners never judged (*nästa*, *hela*: they take either form of the noun).
  let exceptDeterminers: WordHashes
  /// Nouns and adjectives never judged: words with a second gender or number the lexicon lacks
  /// (*procent*), and *egen*, which keeps its strong form after a possessive (*din egen bostad*).
  let exceptWords: WordHashes
  /// Copulas for `predicative`.
  let copulas: WordHashes
  /// Whether a noun in the genitive counts as a possessive (*kommunens beslutet*), for `definiteness`.
  let genitives: Bool
  /// Words after the noun that open a relative clause, where the noun may stay indefinite (*den långa
  /// väntetid som du har haft*, *den bästa omsorg vi kan ge*), for `doubleDefinite`.
  let relativeWords: WordHashes
  /// Pronouns that stand as a formal subject before a copula (*det*), for `predicative`: the predicative
  /// is then neuter singular (*det är viktigt att …*).
  let formalSubjects: WordHashes
  /// Determiners after which the noun stays indefinite as after a possessive (*denna fråga*, *detta
  /// fall*), for `definiteness`.
  let indefiniteNounAfter: WordHashes

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    check = try reader.choice("check", as: Check.self)
    pluralWords = WordHashes(try reader.optionalStringArray("pluralWords") ?? [])
    needAdjective = WordHashes(try reader.optionalStringArray("needAdjective") ?? [])
    exceptDeterminers = WordHashes(try reader.optionalStringArray("exceptDeterminers") ?? [])
    exceptWords = WordHashes(try reader.optionalStringArray("exceptWords") ?? [])
    copulas = WordHashes(try reader.optionalStringArray("copulas") ?? [])
    genitives = try reader.optionalBool("genitives") ?? false
    relativeWords = WordHashes(try reader.optionalStringArray("relativeWords") ?? [])
    formalSubjects = WordHashes(try reader.optionalStringArray("formalSubjects") ?? [])
    indefiniteNounAfter = WordHashes(try reader.optionalStringArray("indefiniteNounAfter") ?? [])
  }

  func check(_ context: inout RuleCheckContext) {
    let grammar = context.scratch.grammar
    for index in context.text.sentences.indices {
      let words = grammar.sentence(index).words
      var phrase = NounPhraseReader(words: words, grammar: grammar)
      for position in words.indices where words[position].isWord {
        switch check {
        case .predicative:
          checkPredicative(at: position, &phrase, &context)
        case .adjective where determiner(words[position], grammar) == nil:
          checkBareAdjective(at: position, &phrase, &context)
        default:
          guard let determiner = determiner(words[position], grammar) ?? genitive(words[position], grammar),
            let found = phrase.read(from: position, determiner: determiner)
          else { continue }
          if needAdjective.contains(words[position]) && found.adjectives.isEmpty { continue }
          if found.adjectives.isEmpty && isInvertedSubject(at: position, &phrase) { continue }
          if let noun = found.noun, exceptWords.contains(words[noun]) { continue }
          if found.adjectives.contains(where: { exceptWords.contains(words[$0]) }) { continue }
          judge(found, determiner: determiner, &phrase, &context)
        }
      }
    }
  }

  /// *Enligt lagen har alla rätt till bistånd*: a pronoun that can stand alone (*alla*, *båda*) right after
  /// a finite verb is the inverted subject, and the bare noun after it is its object.
  private func isInvertedSubject(at position: Int, _ phrase: inout NounPhraseReader) -> Bool {
    let words = phrase.words
    guard position > 0, words[position].isAdjacent,
      phrase.grammar.closedClass(words[position])?.pronoun?.grammaticalCase == .subject
    else { return false }
    return phrase.readings(position - 1).analyses.contains {
      $0.partOfSpeech == .verb && ($0.inflection.tense == .present || $0.inflection.tense == .past)
    }
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
  func determiner(_ word: GrammarWord, _ grammar: GrammarText) -> Determiner? {
    if exceptDeterminers.contains(word) { return nil }
    if let entry = grammar.closedClass(word), let known = entry.determiner {
      let possessive = entry.pronoun?.grammaticalCase == .possessive || indefiniteNounAfter.contains(word)
      return Determiner(
        gender: known.gender, isPlural: known.number == .plural, isDefinite: known.isDefinite,
        isPossessive: possessive, hasNumber: !(possessive && known.gender == nil && known.number == .singular))
    }
    if pluralWords.contains(word) {
      return Determiner(gender: nil, isPlural: true, isDefinite: false, isPossessive: false)
    }
    return nil
  }

  /// A noun in the genitive as a possessive determiner (with `genitives`): every reading a noun's
  /// genitive, so that *hus* (also the genitive *hus*) or *besöks* (also a passive verb) is none.
  private func genitive(_ word: GrammarWord, _ grammar: GrammarText) -> Determiner? {
    guard genitives, word.isWord, let last = word.folded.utf8.last, last == UInt8(ascii: "s") else { return nil }
    let readings = grammar.readings(word)
    guard readings.isOnlyNoun, readings.isReliable, readings.analyses.allSatisfy(\.inflection.isGenitive) else {
      return nil
    }
    return Determiner(gender: nil, isPlural: false, isDefinite: true, isPossessive: true, hasNumber: false)
  }

  private func judge(
    _ found: NounPhraseReader.Phrase, determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    switch check {
    case .gender: judgeGender(found, determiner, &phrase, &context)
    case .number: judgeNumber(found, determiner, &phrase, &context)
    case .definiteness: judgeDefiniteness(found, determiner, &phrase, &context)
    case .doubleDefinite: judgeDoubleDefinite(found, determiner, &phrase, &context)
    case .adjective: judgeAdjectives(found, determiner, &phrase, &context)
    case .predicative: break
    }
  }
}
