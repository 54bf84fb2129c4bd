import KlarsvarLanguage
import KlarsvarText

extension AgreementRule {
  /// Words after which a subject starts its clause (for `predicative`): the subject is then not inside a
  /// prepositional phrase or after a head noun (*antalet platser är begränsat*).
  static let subjectOpeners = WordHashes([
    "och", "men", "eller", "att", "om", "när", "eftersom", "då", "medan", "ifall", "vars", "därför", "så", "där",
    "innan", "tills",
  ])
  static let pluralPronouns = WordHashes(["vi", "de"])
  static let nounCoordinators = WordHashes(["och", "eller", "samt"])
  static let verbCoordinators = WordHashes(["och", "eller"])

  /// An adjective in a phrase whose determiner and noun agree, but which itself does not (*ett skriftlig
  /// beslut*, *de viktig frågan*); the suggestion is its agreeing form.
  func judgeAdjectives(
    _ found: NounPhraseReader.Phrase, _ determiner: Determiner, _ phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext
  ) {
    guard let nounIndex = found.noun, !found.adjectives.isEmpty else { return }
    let noun = phrase.readings(nounIndex)
    let nouns = noun.nouns
    guard noun.isOnlyNounOrVerb, noun.isReliable, let first = nouns.first,
      nouns.allSatisfy({ $0.gender == first.gender })
    else {
      return
    }
    let isPlural = nouns.allSatisfy(\.inflection.isPlural)
    // Determiner and noun must agree: otherwise the determiner is what is wrong (`gender`, `number`).
    if let gender = determiner.gender, gender != first.gender { return }
    if determiner.isPlural != isPlural && nouns.allSatisfy({ $0.inflection.isPlural != determiner.isPlural }) { return }
    if needAdjective.contains(phrase.words[found.determiner]) && !nouns.allSatisfy(\.inflection.isDefinite) {
      return
    }
    let slot = AgreementSlot(gender: first.gender, isPlural: determiner.isPlural, isDefinite: determiner.isDefinite)
    for index in found.adjectives {
      let readings = phrase.readings(index)
      guard AgreementForms.isAdjectival(readings), !AgreementForms.fits(readings.analyses, slot) else { continue }
      // *en högsta avgift*, *ett lägsta belopp*: a superlative in its definite form names a limit after *en*,
      // *ett* as well.
      if !determiner.isDefinite, readings.analyses.contains(where: { $0.inflection == .superlativeDefinite }) {
        continue
      }
      reportAdjective(at: index, slot: slot, readings: readings, phrase: &phrase, &context)
      return
    }
  }

  /// An adjective without a determiner before a plural noun (*eventuell frågor*).
  func checkBareAdjective(at position: Int, _ phrase: inout NounPhraseReader, _ context: inout RuleCheckContext) {
    let words = phrase.words
    guard phrase.isAdjacent(position + 1), words[position].isLowerCase || position == 0 else { return }
    // A plural indefinite noun ends in -r or -n (*frågor*, *boenden*); most words stop here unlooked-up.
    guard let last = words[position + 1].folded.utf8.last, last == UInt8(ascii: "r") || last == UInt8(ascii: "n")
    else { return }
    if position > 0 && words[position].isAdjacent {
      let previous = words[position - 1]
      if copulas.contains(previous) || determiner(previous, phrase.grammar) != nil { return }
      let before = phrase.readings(position - 1)
      if before.has(.adjective) || before.has(.verb) && !before.has(.noun) { return }
    }
    let readings = phrase.readings(position)
    let plural = AgreementSlot(gender: nil, isPlural: true, isDefinite: false)
    guard AgreementForms.isAdjectival(readings), !AgreementForms.fits(readings.analyses, plural) else { return }
    let noun = phrase.readings(position + 1)
    guard noun.isOnlyNoun, noun.isReliable, noun.analyses.allSatisfy({ $0.inflection == .pluralIndefinite }),
      !(phrase.isAdjacent(position + 2) && phrase.readings(position + 2).isOnlyNoun)
    else { return }
    reportAdjective(at: position, slot: plural, readings: readings, phrase: &phrase, &context, through: position + 1)
  }

  /// A plural or neuter subject with a predicative that is neither (*föräldrar är föräldraledig*,
  /// *beslutet är fattad*); also after an inverted copula (*i dag är vi nöjd*).
  func checkPredicative(at position: Int, _ phrase: inout NounPhraseReader, _ context: inout RuleCheckContext) {
    let words = phrase.words
    guard copulas.contains(words[position]), position > 0, words[position].isAdjacent else { return }
    var predicative = position + 1
    // *om barnet redan är placerad*: in a subordinate clause sentence adverbs stand before the verb.
    var subjectEnd = position
    while subjectEnd - 1 > 0, position - subjectEnd < 2, words[subjectEnd].isAdjacent,
      phrase.grammar.closedClass(words[subjectEnd - 1])?.isSentenceAdverb == true
    {
      subjectEnd -= 1
    }
    var slot = subjectSlot(before: subjectEnd, &phrase)
    var start = subjectEnd - 1
    if slot == nil, let shared = sharedSubjectEnd(beforeConjunctionAt: subjectEnd - 1, &phrase) {
      slot = subjectSlot(before: shared, &phrase)
      start = shared - 1
    }
    if slot == nil, phrase.isAdjacent(position + 1), Self.pluralPronouns.contains(words[position + 1]) {
      slot = AgreementSlot(gender: nil, isPlural: true, isDefinite: false)
      predicative += 1
      start = position
    }
    // *Det är viktig att …*: a formal subject asks for the neuter; judged only on a common-gender singular,
    // since a plural after it belongs to a noun or a cleft (*det är många som …*).
    var formalSubject = false
    if slot == nil, subjectEnd == position, formalSubjects.contains(words[position - 1]),
      position == 1 || !words[position - 1].isAdjacent || Self.subjectOpeners.contains(words[position - 2])
    {
      slot = AgreementSlot(gender: .neutrum, isPlural: false, isDefinite: false)
      start = position - 1
      formalSubject = true
    }
    guard let slot else { return }
    while phrase.isAdjacent(predicative), predicative - position <= 3,
      phrase.grammar.closedClass(words[predicative])?.isSentenceAdverb == true
        || NounPhraseReader.degreeAdverbs.contains(words[predicative])
    {
      predicative += 1
    }
    guard phrase.isAdjacent(predicative) else { return }
    let readings = phrase.readings(predicative)
    guard AgreementForms.isAdjectival(readings), !AgreementForms.fits(readings.analyses, slot) else { return }
    if formalSubject,
      !readings.analyses.allSatisfy({ $0.inflection == .positiveUtr || $0.inflection == .pastParticipleUtr })
    {
      return
    }
    // *är viktig information*: an adjective before a noun belongs to that noun.
    if phrase.isAdjacent(predicative + 1) {
      let next = phrase.readings(predicative + 1)
      if next.has(.noun) || next.has(.adjective) { return }
    }
    reportAdjective(at: predicative, slot: slot, readings: readings, phrase: &phrase, &context, from: start)
  }

  /// *barnet ska börja eller redan är placerad*: a copula after `och`/`eller` with no subject of its own
  /// shares the subject of the verbs before the conjunction. Returns where that subject ends (the index of
  /// the first verb), or nil unless only verbs and sentence adverbs stand between subject and conjunction.
  private func sharedSubjectEnd(beforeConjunctionAt conjunction: Int, _ phrase: inout NounPhraseReader) -> Int? {
    let words = phrase.words
    guard conjunction > 1, words[conjunction].isAdjacent, Self.verbCoordinators.contains(words[conjunction])
    else { return nil }
    var first = conjunction
    var verbs = 0
    while first - 1 > 0, conjunction - first < 4, words[first].isAdjacent || first == conjunction {
      let previous = phrase.readings(first - 1)
      if previous.has(.verb) && !previous.has(.noun) && !previous.has(.adjective) {
        verbs += 1
      } else if phrase.grammar.closedClass(words[first - 1])?.isSentenceAdverb != true {
        break
      }
      first -= 1
    }
    guard verbs > 0, first < conjunction, words[first].isAdjacent else { return nil }
    return first
  }

  /// The slot the subject right before a copula sets: plural (*vi*, *de*, a plural noun) or neuter
  /// singular definite (*barnet*); nil when the subject is anything else or not surely the subject.
  private func subjectSlot(before copula: Int, _ phrase: inout NounPhraseReader) -> AgreementSlot? {
    let words = phrase.words
    let subject = copula - 1
    if Self.pluralPronouns.contains(words[subject]) {
      return AgreementSlot(gender: nil, isPlural: true, isDefinite: false)
    }
    let readings = phrase.readings(subject)
    guard readings.isOnlyNoun, readings.isReliable else { return nil }
    let nouns = readings.nouns
    guard !nouns.contains(where: \.inflection.isGenitive) else { return nil }
    let slot: AgreementSlot
    if nouns.allSatisfy(\.inflection.isPlural) {
      slot = AgreementSlot(gender: nil, isPlural: true, isDefinite: false)
    } else if nouns.allSatisfy({ $0.gender == .neutrum && $0.inflection == .singularDefinite }) {
      slot = AgreementSlot(gender: .neutrum, isPlural: false, isDefinite: false)
    } else if nouns.allSatisfy({ $0.gender == .neutrum }),
      nouns.contains(where: { $0.inflection == .singularIndefinite }),
      subject > 0, words[subject].isAdjacent, let before = determiner(words[subject - 1], phrase.grammar),
      before.gender == .neutrum, !before.isPlural, before.hasNumber
    {
      // *ett barn*, *ditt barn*: a determiner of neuter singular settles the number the bare form leaves open.
      slot = AgreementSlot(gender: .neutrum, isPlural: false, isDefinite: false)
    } else {
      return nil
    }
    // The noun phrase must open its clause: walk back over its determiner and adjectives.
    var start = subject
    while start > 0, words[start].isAdjacent {
      if determiner(words[start - 1], phrase.grammar) != nil {
        start -= 1
        continue
      }
      let before = phrase.readings(start - 1)
      if AgreementForms.isAdjectival(before) {
        start -= 1
        continue
      }
      break
    }
    if start == 0 || !(words[start].isAdjacent || words[start].followsQuotationMark) { return slot }
    guard Self.subjectOpeners.contains(words[start - 1]) else { return nil }
    // *med barn och ungdomar är*: after a coordinator that joins two nouns the subject may be elsewhere.
    if start >= 2, Self.nounCoordinators.contains(words[start - 1]), words[start - 1].isAdjacent,
      phrase.readings(start - 2).has(.noun)
    {
      return nil
    }
    return slot
  }

  private func reportAdjective(
    at index: Int, slot: AgreementSlot, readings: WordReadings, phrase: inout NounPhraseReader,
    _ context: inout RuleCheckContext, from start: Int? = nil, through end: Int? = nil
  ) {
    let words = phrase.words
    let word = words[index]
    var suggestions: [Suggestion] = []
    var advice = "en form av ”\(word.text)” som passar"
    if let form = AgreementForms.form(of: word.folded, readings: readings, for: slot, lexicon: phrase.language.lexicon)
    {
      (advice, suggestions) = Self.replacing(word, with: form)
    }
    let lower = words[start ?? index].range.lowerBound
    let upper = words[end ?? index].range.upperBound
    context.report(range: TextRange(lower, upper), values: [("suggestion", advice)], suggestions: suggestions)
  }
}
