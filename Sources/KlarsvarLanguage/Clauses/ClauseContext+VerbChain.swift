/// The verbs of a clause: the first (finite) verb, its auxiliaries and the lexical verb.
struct VerbChain {
  var first: ClauseVerb
  var main: ClauseVerb
  var auxiliaries: [ClauseAuxiliary] = []
  /// Index after the last verb or particle.
  var end: Int
}

extension ClauseContext {
  /// The chain starting at the verb `index` read with one of `forms`, inside `index..<limit`.
  func verbChain(at index: Int, forms: TokenTag.VerbForms, limit: Int) -> VerbChain? {
    guard let reading = verbReading(index, forms), let tense = reading.inflection.tense else { return nil }
    let first = ClauseVerb(tokenIndex: index, lemma: reading.lemma, tense: tense, isPassive: reading.isPassive)
    var chain = VerbChain(first: first, main: first, end: index + 1)
    var current = first
    for _ in 0..<4 {
      guard let (auxiliary, next) = auxiliaryStep(from: current, isFirst: current == first, limit: limit) else { break }
      let complement: TokenTag.VerbForms =
        switch auxiliary.complement {
        case .infinitive: .infinitive
        case .supine: .supine
        case .pastParticiple: .participle
        }
      guard let verb = verbReading(next, complement), let verbTense = verb.inflection.tense else { break }
      let thenEnd = current.tokenIndex + 1 + auxiliary.then.count
      let contiguous =
        !auxiliary.then.isEmpty && (current.tokenIndex + 1..<thenEnd).allSatisfy { next > $0 }
        && folded(current.tokenIndex + 1) == auxiliary.then[0]
      chain.auxiliaries.append(
        ClauseAuxiliary(
          tokenRange: current.tokenIndex..<(contiguous ? thenEnd : current.tokenIndex + 1), lemma: auxiliary.lemma,
          auxiliaryClass: auxiliary.auxiliaryClass))
      current = ClauseVerb(
        tokenIndex: next, lemma: verb.lemma, tense: verbTense,
        isPassive: verb.isPassive || auxiliary.auxiliaryClass == .passive)
    }
    chain.main = current
    chain.end = current.tokenIndex + 1
    if let (lemma, particle) = particle(of: current, limit: limit) {
      chain.main.lemma = lemma
      chain.main.particleIndex = particle
      chain.end = particle + lemma.split(separator: " ").count - 1
    }
    if chain.auxiliaries.isEmpty { chain.first = chain.main }
    return chain
  }

  /// The auxiliary reading of `verb` and the index of the verb it governs.
  private func auxiliaryStep(
    from verb: ClauseVerb, isFirst: Bool, limit: Int
  ) -> (FunctionWords.Auxiliary, Int)? {
    for auxiliary in functionWords.auxiliaries(lemma: verb.lemma) {
      // An inverted subject sits between the finite verb and the rest: *kommer vi att ringa*, also
      // after a sentence adverb (*kommer säkert de nya husen att …*).
      var index = isFirst ? skipAdverbs(verb.tokenIndex + 1, before: limit) : verb.tokenIndex + 1
      if isFirst, index < limit, tags[index].pronoun?.grammaticalCase != .object,
        let end = nounPhraseEnd(from: index, limit: limit), end < limit, !isVerb(index, [.infinitive, .supine])
      {
        index = end
        // *kommer de nya husen i Ekeby att …*: a phrase with a preposition may follow the subject.
        if !auxiliary.then.isEmpty, index < limit, tags[index].isPreposition,
          let phraseEnd = nounPhraseEnd(from: index + 1, limit: limit), phraseEnd < limit,
          folded(phraseEnd) == auxiliary.then[0]
        {
          index = phraseEnd
        }
      }
      index = skipAdverbs(index, before: limit)
      // *kommer även i fortsättningen att …*, *ska under våren se över …*: a short adverbial with a
      // preposition before the rest of the chain.
      if index < limit, tags[index].isPreposition,
        let phraseEnd = nounPhraseEnd(from: index + 1, limit: min(limit, index + 4)), phraseEnd < limit
      {
        let after = skipAdverbs(phraseEnd, before: limit)
        let resumes =
          auxiliary.then.isEmpty
          ? isVerb(after, [.infinitive, .supine]) && !tags[after].isNoun : folded(after) == auxiliary.then[0]
        if resumes { index = after }
      }
      guard index + auxiliary.then.count < limit + (auxiliary.then.isEmpty ? 0 : 0) else { continue }
      var matched = true
      for word in auxiliary.then {
        if index < limit && folded(index) == word { index += 1 } else { matched = false }
      }
      index = skipAdverbs(index, before: limit)
      guard matched, index < limit else { continue }
      let forms: TokenTag.VerbForms =
        switch auxiliary.complement {
        case .infinitive: .infinitive
        case .supine: .supine
        case .pastParticiple: .participle
        }
      if isVerb(index, forms) && !(tags[index].isNoun && auxiliary.then.isEmpty && forms == .infinitive) {
        return (auxiliary, index)
      }
    }
    return nil
  }

  /// The particle verb (*se över*, *höra av sig*) whose particle follows `verb` within three words.
  private func particle(of verb: ClauseVerb, limit: Int) -> (String, Int)? {
    let candidates = lexicon.particleVerbs(of: LemmaWords.head(verb.lemma))
    guard !candidates.isEmpty else { return nil }
    var start = verb.tokenIndex + 1
    var steps = 0
    while start < limit && steps < 3 {
      steps += 1
      for (lemma, particle) in candidates where particleMatches(particle, at: start, limit: limit) {
        return (lemma, start)
      }
      // Object pronouns, adverbs and an inverted subject may stand before the particle.
      if tags[start].pronoun != nil || tags[start].isSentenceAdverb {
        start += 1
      } else if let end = nounPhraseEnd(from: start, limit: limit), end > start, !tags[start].isParticle {
        start = end
      } else {
        break
      }
    }
    return nil
  }

  private func particleMatches(_ particle: String, at start: Int, limit: Int) -> Bool {
    var index = start
    // Word by word without splitting (an array per call showed up in profiles).
    return LemmaWords.allWords(of: particle) { word in
      guard index < limit else { return false }
      let reflexive = word == "sig" && tags[index].pronoun?.grammaticalCase == .object
      guard folded(index) == word || reflexive else { return false }
      index += 1
      return true
    }
  }
}
