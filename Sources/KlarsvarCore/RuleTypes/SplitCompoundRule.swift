import KlarsvarLanguage
import KlarsvarText

/// Compounds written as two words, told by the lexicon rather than a list of pairs:
///
/// - the two words together are a word the lexicon knows (*kontakt person*, *social tjänsten*), and the
///   first is no adjective or participle before an indefinite noun (*äldre boende* are elderly residents);
/// - a noun in its stem form right before a definite noun (*mat lådorna*, *Center ledamöterna*), which
///   Swedish never puts side by side otherwise;
/// - a first part that is no word of its own but a compound's first part with a linking *-s*
///   (*arbets miljön*), before a noun.
///
/// The suggestion is the two words joined.
struct SplitCompoundRule: RuleType {
  static let typeName = "split-compound"

  /// First words never judged, as written or as a noun's lemma (*hem* is also an adverb: *åka hem dagen
  /// efter*; a title before an organisation: *ordförande äldrenämnden*).
  let exceptFirst: Set<String>
  let exceptFirstWords: WordHashes
  /// Second words never judged.
  let exceptSecond: WordHashes

  /// Judges only first parts written as an abbreviation in capitals (*LVU utredning* → *LVU-utredning*),
  /// joined with a hyphen; other rules of the type skip such words.
  let abbreviationFirst: Bool

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    abbreviationFirst = try reader.optionalBool("abbreviationFirst") ?? false
    let first = try reader.optionalStringArray("exceptFirst") ?? []
    exceptFirst = Set(first)
    exceptFirstWords = WordHashes(first)
    exceptSecond = WordHashes(try reader.optionalStringArray("exceptSecond") ?? [])
  }

  /// Endings of a first part with a linking *-s* (*försörjnings*, *trygghets*, *kostnads*, *bistånds*): a
  /// bare *-s* would also take passive verbs the lexicon lacks (*tillförs*, *utförs*).
  static let linkingEndings = [
    "ings", "hets", "nads", "ions", "tets", "ånds", "ands", "orgs", "skaps", "doms", "arbets",
  ]

  func check(_ context: inout RuleCheckContext) {
    if abbreviationFirst {
      checkAbbreviations(&context)
      return
    }
    let grammar = context.scratch.grammar
    for index in context.text.sentences.indices {
      let words = grammar.sentence(index).words
      guard words.count >= 2 else { continue }
      var position = 1
      while position < words.count {
        let first = words[position - 1]
        let second = words[position]
        let before = position >= 2 && first.isAdjacent ? words[position - 2] : nil
        position += 1
        // Cheap tests first: most pairs end here without a lexicon lookup.
        guard second.isAdjacent, first.isWord, second.isWord, second.isLowerCase, first.folded.count >= 3,
          second.folded.count >= 3, !exceptFirstWords.contains(first), !exceptSecond.contains(second)
        else { continue }
        let secondReadings = grammar.readings(second)
        guard secondReadings.isOnlyNoun else { continue }
        let firstReadings = grammar.readings(first)
        guard !firstReadings.nouns.contains(where: { exceptFirst.contains($0.lemma) }),
          !hasExceptedHead(first, grammar),
          !secondReadings.nouns.contains(where: { grammar.functionWords.isTimeNoun(lemma: $0.lemma) }),
          isSplit(first, firstReadings, second, secondReadings, after: before, grammar: grammar)
        else { continue }
        let joined = CasePreservation.apply(first.folded + second.folded, like: first.text)
        let range = TextRange(first.range.lowerBound, second.range.upperBound)
        context.report(
          range: range, values: [("suggestion", "”\(joined)”")],
          suggestions: [
            Suggestion(
              kind: .replacement, title: "Skriv ihop: ”\(joined)”", edit: TextEdit(range: range, newText: joined))
          ])
        position += 1
      }
    }
  }

  /// Whether the first word is a compound of an excepted word (*Enhetschef hemtjänsten*: a role and its
  /// unit, as a signature writes them). Heads of three letters are left out: *person* is no *son*.
  private func hasExceptedHead(_ first: GrammarWord, _ grammar: GrammarText) -> Bool {
    guard let head = grammar.lexicon.compound(first.folded)?.head, head.count >= 4 else { return false }
    return exceptFirst.contains(head)
  }

  private func isSplit(
    _ first: GrammarWord, _ firstReadings: WordReadings, _ second: GrammarWord, _ secondReadings: WordReadings,
    after before: GrammarWord?, grammar: GrammarText
  ) -> Bool {
    guard secondReadings.isOnlyNoun, secondReadings.isReliable, !firstReadings.isFunctionWord,
      first.folded.count >= 3, second.folded.count >= 3
    else { return false }
    let secondIsDefinite = secondReadings.nouns.allSatisfy(\.inflection.isDefinite)
    let joined = first.folded + second.folded
    // The lexicon knows the joined word itself.
    let whole = grammar.lexicon.analyses(of: joined)
    if !whole.isEmpty && whole.allSatisfy({ $0.partOfSpeech == .noun }) {
      let attributive = firstReadings.analyses.contains {
        $0.partOfSpeech == .adjective || $0.inflection.tense == .participle || $0.partOfSpeech == .verb
      }
      return !attributive || secondIsDefinite
    }
    // A noun in its stem form before a definite noun – unless a determiner stands before it, where the
    // definite noun opens a relative clause without *som* (*det stöd barnet behöver*).
    let afterDeterminer = before.map { grammar.closedClass($0)?.determiner != nil } ?? false
    if secondIsDefinite, !afterDeterminer, firstReadings.isOnlyNoun, firstReadings.isReliable,
      !firstReadings.isCompound || first.isLowerCase,
      firstReadings.nouns.contains(where: { $0.inflection == .singularIndefinite }),
      !firstReadings.nouns.contains(where: { $0.inflection.isDefinite || $0.inflection.isGenitive }),
      !firstReadings.nouns.contains(where: { grammar.functionWords.isTimeNoun(lemma: $0.lemma) })
    {
      return true
    }
    // A first part with a linking -s that is no word: *arbets miljön*.
    if secondIsDefinite, !firstReadings.isKnown, first.isLowerCase,
      Self.linkingEndings.contains(where: first.folded.hasSuffix),
      let compound = grammar.lexicon.compound(joined), compound.head == second.folded,
      grammar.lexicon.compound(first.folded) == nil
    {
      return true
    }
    return false
  }
}
