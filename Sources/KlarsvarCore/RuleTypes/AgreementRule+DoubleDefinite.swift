import KlarsvarLanguage
import KlarsvarText

extension AgreementRule {
  /// The definite article with an adjective before an indefinite noun (*den nya rutin*, *det senaste
  /// beslut*, *de nya lokaler*): Swedish marks the noun definite as well, so the suggestion is the
  /// noun's definite form. Only articles listed in `needAdjective` are judged, so *denna rutin* is not.
  func judgeDoubleDefinite(
    _ found: NounPhraseReader.Phrase, _ determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    let words = phrase.words
    guard needAdjective.contains(words[found.determiner]), determiner.isDefinite, !determiner.isPossessive,
      !found.adjectives.isEmpty, let nounIndex = found.noun, !words[nounIndex].isCapitalized
    else { return }
    let noun = phrase.readings(nounIndex)
    let nouns = noun.nouns
    guard noun.isOnlyNounOrVerb, noun.isReliable, !nouns.isEmpty,
      nouns.allSatisfy({ !$0.inflection.isDefinite && !$0.inflection.isGenitive })
    else { return }
    // Number and gender must fit the article: a mismatch is the other checks' finding.
    let plural = determiner.isPlural
    let fitting = nouns.filter { $0.inflection.isPlural == plural }
    guard !fitting.isEmpty, plural || fitting.allSatisfy({ $0.gender != nil && $0.gender == determiner.gender })
    else { return }
    // *är det*, *finns det*: after a finite verb *det* is the subject, not an article.
    if found.determiner > 0,
      phrase.readings(found.determiner - 1).analyses.contains(where: {
        $0.partOfSpeech == .verb && ($0.inflection.tense == .present || $0.inflection.tense == .past)
      })
    {
      return
    }
    let definite = AgreementSlot(gender: nil, isPlural: plural, isDefinite: true)
    guard found.adjectives.allSatisfy({ AgreementForms.fits(phrase.readings($0).analyses, definite) }) else { return }
    if nounIndex + 1 < words.count, opensRelativeClause(nounIndex + 1, &phrase) { return }
    var suggestions: [Suggestion] = []
    var advice = "bestämd form av ”\(words[nounIndex].text)”"
    if let form = AgreementForms.nounForm(
      of: words[nounIndex].folded, readings: noun, cell: plural ? .pluralDefinite : .singularDefinite,
      lexicon: phrase.language.lexicon)
    {
      (advice, suggestions) = Self.replacing(words[nounIndex], with: form)
    }
    report(found, words: words, advice: advice, suggestions: suggestions, &context)
  }

  /// Whether a relative clause without *som* may start at the word: a relative word, a pronoun subject,
  /// or a definite noun or name as its subject (*den bästa hjälp personalen kan ge*).
  private func opensRelativeClause(_ index: Int, _ phrase: inout NounPhraseReader) -> Bool {
    let word = phrase.words[index]
    if relativeWords.contains(word) { return true }
    guard word.isAdjacent, word.isWord else { return false }
    if word.isCapitalized { return true }
    let readings = phrase.readings(index)
    return readings.nouns.contains { $0.inflection.isDefinite && !$0.inflection.isGenitive }
  }
}
