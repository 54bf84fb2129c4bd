import KlarsvarLanguage
import KlarsvarText

extension AgreementRule {
  /// The other-gender form of a determiner (*ett* for *en*), for the suggestion.
  static let counterparts: [String: String] = [
    "en": "ett", "ett": "en", "den": "det", "det": "den", "denna": "detta", "detta": "denna", "min": "mitt",
    "mitt": "min", "din": "ditt", "ditt": "din", "sin": "sitt", "sitt": "sin", "vår": "vårt", "vårt": "vår",
    "ert": "er", "någon": "något", "något": "någon", "ingen": "inget", "inget": "ingen", "annan": "annat",
    "annat": "annan", "vilken": "vilket", "vilket": "vilken", "all": "allt", "allt": "all",
  ]

  /// Whether the phrase is judged at all: a determiner that may be a pronoun (*det*, *de*) only before an
  /// adjective in the definite form and a definite noun (*det nya rutinen*), where it cannot be one.
  func isJudgeable(
    _ found: NounPhraseReader.Phrase, noun: WordReadings, _ phrase: inout NounPhraseReader
  ) -> Bool {
    // *före detta partner*: *före detta* means "former" and determines nothing.
    if found.determiner > 0, phrase.words[found.determiner].folded == "detta",
      phrase.words[found.determiner - 1].folded == "före"
    {
      return false
    }
    guard needAdjective.contains(phrase.words[found.determiner]) else { return true }
    guard !found.adjectives.isEmpty, noun.nouns.allSatisfy(\.inflection.isDefinite) else { return false }
    let definite = AgreementSlot(gender: nil, isPlural: false, isDefinite: true)
    return found.adjectives.allSatisfy { AgreementForms.fits(phrase.readings($0).analyses, definite) }
  }

  func judgeGender(
    _ found: NounPhraseReader.Phrase, _ determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    guard let gender = determiner.gender, !determiner.isPlural, let nounIndex = found.noun else { return }
    let noun = phrase.readings(nounIndex)
    let nouns = noun.nouns
    guard noun.isOnlyNounOrVerb, noun.isReliable, !nouns.isEmpty, isJudgeable(found, noun: noun, &phrase),
      nouns.contains(where: { !$0.inflection.isPlural }),
      nouns.allSatisfy({ $0.gender != nil && $0.gender != gender })
    else { return }
    let words = phrase.words
    let written = words[found.determiner]
    var suggestions: [Suggestion] = []
    let slot = AgreementSlot(gender: nouns[0].gender, isPlural: false, isDefinite: determiner.isDefinite)
    let adjectivesFit = found.adjectives.allSatisfy { AgreementForms.fits(phrase.readings($0).analyses, slot) }
    var advice = "ett bestämningsord som passar ”\(words[nounIndex].text)”"
    if adjectivesFit, let other = Self.counterparts[written.folded] {
      (advice, suggestions) = Self.replacing(written, with: other)
    }
    report(found, words: words, advice: advice, suggestions: suggestions, &context)
  }

  func judgeNumber(
    _ found: NounPhraseReader.Phrase, _ determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    guard determiner.hasNumber, let nounIndex = found.noun else { return }
    let noun = phrase.readings(nounIndex)
    let nouns = noun.nouns
    guard noun.isOnlyNounOrVerb, noun.isReliable, !nouns.isEmpty, isJudgeable(found, noun: noun, &phrase),
      !nouns.contains(where: \.inflection.isGenitive)
    else { return }
    // *de två bostadsbolagen*: a numeral after *de* goes with a definite noun, and a compound's head
    // may be misread (*bolagen* as *lagen*).
    if !determiner.isDefinite && nouns.contains(where: \.inflection.isDefinite) { return }
    let words = phrase.words
    let nounWord = words[nounIndex]
    if determiner.isPlural {
      guard nouns.allSatisfy({ !$0.inflection.isPlural }) else { return }
      var suggestions: [Suggestion] = []
      var advice = "pluralform av ”\(nounWord.text)”"
      // After a quantifier or a numeral the noun is surely plural; after *de* or *era* the determiner may
      // be what is wrong (*det sjuka barnet*, *er nya uträkning*).
      if !determiner.isDefinite && !determiner.isPossessive,
        let form = AgreementForms.nounForm(
          of: nounWord.folded, readings: noun, cell: .pluralIndefinite, lexicon: phrase.language.lexicon)
      {
        (advice, suggestions) = Self.replacing(nounWord, with: form)
      }
      report(found, words: words, advice: advice, suggestions: suggestions, &context)
    } else {
      guard nouns.allSatisfy(\.inflection.isPlural) else { return }
      report(found, words: words, advice: "singularform av ”\(nounWord.text)”", suggestions: [], &context)
    }
  }

  func judgeDefiniteness(
    _ found: NounPhraseReader.Phrase, _ determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    guard determiner.isPossessive, let nounIndex = found.noun else { return }
    let noun = phrase.readings(nounIndex)
    let nouns = noun.nouns
    guard noun.isOnlyNounOrVerb, noun.isReliable, !nouns.isEmpty, nouns.allSatisfy({ $0.inflection.isDefinite }),
      !nouns.contains(where: \.inflection.isGenitive)
    else { return }
    let words = phrase.words
    let nounWord = words[nounIndex]
    let cells = Set(nouns.map { $0.inflection.isPlural ? Inflection.pluralIndefinite : .singularIndefinite })
    var suggestions: [Suggestion] = []
    var advice = "obestämd form av ”\(nounWord.text)”"
    if cells.count == 1, let cell = cells.first,
      let form = AgreementForms.nounForm(
        of: nounWord.folded, readings: noun, cell: cell, lexicon: phrase.language.lexicon)
    {
      (advice, suggestions) = Self.replacing(nounWord, with: form)
    }
    report(found, words: words, advice: advice, suggestions: suggestions, &context)
  }

  /// Reports a phrase from its determiner to its noun.
  func report(
    _ found: NounPhraseReader.Phrase, words: [GrammarWord], advice: String, suggestions: [Suggestion],
    _ context: inout RuleCheckContext
  ) {
    let end = found.noun ?? found.adjectives.last ?? found.determiner
    let range = TextRange(words[found.determiner].range.lowerBound, words[end].range.upperBound)
    context.report(range: range, values: [("suggestion", advice)], suggestions: suggestions)
  }
}

extension WordReadings {
  /// Whether every reading is a noun or a verb (a noun that is also an imperative, *besök*), so that
  /// the word is no adjective or participle used as a noun (*de boende*, *de anställda*).
  var isOnlyNounOrVerb: Bool {
    isKnown && !isFunctionWord
      && analyses.allSatisfy {
        $0.partOfSpeech == .noun || ($0.partOfSpeech == .verb && $0.inflection.tense != .participle)
      }
  }
}

extension AgreementRule {
  /// The advice naming `form` in the word's case, and the suggestion that writes it over the word.
  static func replacing(_ word: GrammarWord, with form: String) -> (String, [Suggestion]) {
    let cased = CasePreservation.apply(form, like: word.text)
    let suggestion = Suggestion(
      kind: .replacement, title: "Ersätt med ”\(cased)”", edit: TextEdit(range: word.range, newText: cased))
    return ("”\(cased)”", [suggestion])
  }
}
