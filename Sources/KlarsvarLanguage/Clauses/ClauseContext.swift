/// A sentence with its tags, and the questions the clause analysis asks about its tokens.
struct ClauseContext {
  let tokens: [LanguageToken]
  let tags: [TokenTag]
  let language: SwedishLanguage

  var lexicon: Lexicon { language.lexicon }
  var functionWords: FunctionWords { language.functionWords }
  var count: Int { tokens.count }

  func folded(_ index: Int) -> String { tokens[index].folded }

  /// Whether the token can be a finite verb here (present or past, not a closed-class word, not right
  /// after a determiner: *de lagar* is a noun).
  func isFinite(_ index: Int) -> Bool {
    guard index < count, !tags[index].verbForms.isDisjoint(with: .finite), !tags[index].isFunctionWord else {
      return false
    }
    if index > 0, tags[index].isNoun, tags[index - 1].determiner != nil,
      tags[index - 1].pronoun?.grammaticalCase != .subject
    {
      return false
    }
    return true
  }

  /// Whether the token has one of the verb forms.
  func isVerb(_ index: Int, _ forms: TokenTag.VerbForms) -> Bool {
    guard index < count, !tags[index].verbForms.isDisjoint(with: forms) else { return false }
    // *få* is also a determiner; other closed-class words are never verbs.
    let tag = tags[index]
    return tag.pronoun == nil && !tag.isPreposition && !tag.isCoordinator && !tag.isSubordinator && !tag.isInterrogative
  }

  /// The verb reading of a token with one of the forms: lemma, cell, deponent.
  func verbReading(_ index: Int, _ forms: TokenTag.VerbForms) -> WordAnalysis? {
    let tag = tags[index]
    let formID = tag.formID >= 0 ? tag.formID : tag.prefixedVerbFormID
    guard formID >= 0 else { return nil }
    var found: WordAnalysis?
    for reading in lexicon.readings(of: formID) {
      var analysis = lexicon.analysis(reading)
      if tag.formID < 0 { analysis.lemma = String(folded(index).prefix(Int(tag.verbPrefixLetters))) + analysis.lemma }
      if analysis.partOfSpeech == .verb && !SwedishLanguage.verbForms(reading.inflection).isDisjoint(with: forms) {
        // A deponent reading (*finns* of *finnas*) wins over a passive one (of *finna*).
        if analysis.isDeponent || !analysis.isPassive { return analysis }
        found = found ?? analysis
      }
    }
    return found
  }

  /// The noun reading of a token, or of its compound head (with the head's lemma).
  func nounReading(_ index: Int) -> WordAnalysis? {
    let formID = tags[index].formID >= 0 ? tags[index].formID : tags[index].compoundHeadFormID
    guard formID >= 0 else { return nil }
    return lexicon.readings(of: formID).lazy.map(lexicon.analysis).first { $0.partOfSpeech == .noun }
  }

  /// First index at or after `index` that is not a sentence adverb (*inte*, *också*).
  func skipAdverbs(_ index: Int, before end: Int) -> Int {
    var index = index
    while index < end && tags[index].isSentenceAdverb { index += 1 }
    return index
  }

  /// Whether the token is a subject pronoun used as a pronoun (*det* before a noun is a determiner).
  func isSubjectPronoun(_ index: Int) -> Bool {
    guard index < count, let pronoun = tags[index].pronoun, pronoun.grammaticalCase == .subject else { return false }
    guard let determiner = tags[index].determiner else { return true }
    return !determines(determiner, from: index + 1)
  }

  /// Whether a noun agreeing with the determiner follows (after adjectives): *det beslut*, not *det lediga
  /// platser*.
  func determines(_ determiner: FunctionWords.Determiner, from start: Int) -> Bool {
    var index = start
    while index < count && tags[index].isAdjective && !tags[index].isNoun { index += 1 }
    guard index < count, tags[index].isNoun, !isFinite(index) || index > start else { return false }
    let formID = tags[index].formID >= 0 ? tags[index].formID : tags[index].compoundHeadFormID
    guard formID >= 0 else { return false }
    return lexicon.readings(of: formID).contains { reading in
      let noun = lexicon.analysis(reading)
      guard noun.partOfSpeech == .noun, (determiner.number == .plural) == noun.inflection.isPlural else { return false }
      guard let gender = determiner.gender, let nounGender = noun.gender, determiner.number == .singular else {
        return true
      }
      return gender == nounGender
    }
  }

  /// Whether the noun phrase in `range` is headed by a noun of time (*nästa vecka*, *jul*).
  func isTimePhrase(_ range: Range<Int>) -> Bool {
    range.contains { index in nounReading(index).map { functionWords.isTimeNoun(lemma: $0.lemma) } ?? false }
  }

  /// Whether an unknown word of letters (no lexicon or function-word reading).
  func isUnknownWord(_ index: Int) -> Bool {
    let tag = tags[index]
    return tokens[index].kind == .word && tag.formID < 0 && tag.compoundHeadFormID < 0 && !tag.isFunctionWord
      && !tag.isSentenceAdverb && !tag.isParticle
  }
}
