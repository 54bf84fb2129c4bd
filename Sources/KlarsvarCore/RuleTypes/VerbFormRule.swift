import KlarsvarLanguage
import KlarsvarText

/// The form of the verb an auxiliary governs: a finite verb after a modal (*kan varierar*, *ska du
/// skickar*, *måste begärs*) where the infinitive belongs, or an infinitive after *kommer* without *att*
/// (*vi kommer bli*). The auxiliaries are phrases (`"after"`); the lexicon tells the verb's form.
///
/// A finite verb is only taken for the auxiliary's complement when nothing says a new clause begins:
/// *Det vi kan gör vi* (the auxiliary ends a clause without *som*) and *När du kan kommer vi* (the verb
/// has its own subject after it) are not flagged.
struct VerbFormRule: RuleType {
  static let typeName = "verb-form"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// The auxiliary.
    case auxiliary
  }

  /// What the auxiliary asks of the verb.
  enum Expectation: String, CaseIterable {
    /// A bare infinitive: a present-tense verb is flagged, the infinitive suggested.
    case infinitive
    /// A supine (*har gjort*): a present-tense verb is flagged, with advice only.
    case supine
    /// *att* before the infinitive: a bare infinitive is flagged and *att* suggested.
    case att
  }

  let expectation: Expectation
  /// Words that may stand between the auxiliary and the verb (*inte*, *också*, *alltid*).
  let between: Set<String>
  /// Verb lemmas never flagged (auxiliaries that may start the next clause: *är*, *har*, *kan*).
  let exceptVerbs: Set<String>
  /// When given, the word right before the trigger must be one of these; `""` stands for the start of a
  /// sentence. For adjectives that want *att* (*det är svårt att hitta*, *omöjligt att få*), which are
  /// adverbs after a modal (*vi kan omöjligt veta*).
  let onlyAfter: Set<String>?
  /// Words that keep the rule quiet when they stand earlier in the sentence: a modal whose infinitive
  /// may come after an inserted clause (*ska så långt det är möjligt samarbeta*).
  let notAfterInSentence: Set<String>
  /// Whether a subject pronoun may stand between the trigger and the verb (*ska du skickar*); not after
  /// the infinitive marker, where *att du får* opens a clause of its own.
  let subjectBetween: Bool

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let path = reader.child("after")
    try builder.register(
      try builder.phraseEntries(try reader.array("after"), path: path), role: Role.auxiliary, path: path)
    expectation = try reader.choice("expect", as: Expectation.self)
    between = Set(try reader.optionalStringArray("between") ?? [])
    exceptVerbs = Set(try reader.optionalStringArray("exceptVerbs") ?? [])
    onlyAfter = try reader.optionalStringArray("onlyAfter").map(Set.init)
    notAfterInSentence = Set(try reader.optionalStringArray("notAfterInSentence") ?? [])
    subjectBetween = try reader.optionalBool("subjectBetween") ?? true
  }

  /// Subject pronouns that may stand between an auxiliary and its verb (*ska du skicka*), and whose
  /// presence after a finite verb shows that verb opens a clause of its own (*… kommer vi*).
  static let subjectPronouns: Set<String> = ["jag", "du", "vi", "ni", "han", "hon", "hen", "man", "de", "dom"]
  /// Subjects a clause may have before its auxiliary or after the verb that opens the next clause.
  static let clauseSubjects: Set<String> = subjectPronouns.union(["det", "den"])
  /// Words before a subject that make its clause a main clause (*och vi kan*).
  static let coordinators: Set<String> = ["och", "men", "eller", "utan", "så", "för"]
  /// Words before a subject that make its clause subordinate (*när du kan*, *att vi ska*).
  static let subordinators: Set<String> = [
    "att", "om", "när", "eftersom", "då", "medan", "ifall", "innan", "tills", "sedan", "fast", "ju",
  ]

  func check(_ context: inout RuleCheckContext) {
    let grammar = context.scratch.grammar
    for match in context.matches(Role.auxiliary) {
      let last = Int(match.tokenEnd) - 1
      guard let sentenceIndex = context.text.sentenceIndex(containing: context.text.tokens[last].range.lowerBound)
      else { continue }
      let sentence = grammar.sentence(sentenceIndex)
      // Word `k` of a sentence is its token `tokenRange.lowerBound + k`.
      let position = last - context.text.sentences[sentenceIndex].tokenRange.lowerBound
      guard sentence.words.indices.contains(position) else { continue }
      check(after: position, first: Int(match.tokenStart), in: sentence, grammar: grammar, &context)
    }
  }

  private func check(
    after position: Int, first: Int, in sentence: GrammarSentence, grammar: GrammarText,
    _ context: inout RuleCheckContext
  ) {
    let language = grammar.language
    let words = sentence.words
    var next = position + 1
    var inverted = false
    while next < words.count, words[next].isAdjacent, next - position <= 3 {
      let folded = words[next].folded
      if between.contains(folded) {
        next += 1
      } else if !inverted && subjectBetween && Self.subjectPronouns.contains(folded) {
        inverted = true
        next += 1
      } else {
        break
      }
    }
    guard next < words.count, words[next].isAdjacent, words[next].isWord else { return }
    let verb = words[next]
    let readings = grammar.ownReadings(verb)
    guard readings.isKnown, !readings.has(.noun),
      readings.analyses.allSatisfy({ $0.partOfSpeech != .verb || !exceptVerbs.contains($0.lemma) })
    else { return }
    let onlyVerb = !readings.isFunctionWord && readings.analyses.allSatisfy { $0.partOfSpeech == .verb }
    if !onlyVerb {
      // *få* is also a determiner and an adjective (*få personer*): a verb only before no plural noun.
      guard expectation == .att, readings.has(.verb), next + 1 < words.count, words[next + 1].isAdjacent else {
        return
      }
      let following = grammar.readings(words[next + 1])
      if following.has(.adjective) || following.nouns.contains(where: \.inflection.isPlural) { return }
    }
    let start = position - (words[position].token - first)
    guard words.indices.contains(start) else { return }
    if let onlyAfter {
      let before = start == 0 || !words[start].isAdjacent ? "" : words[start - 1].folded
      guard onlyAfter.contains(before) else { return }
    }
    if !notAfterInSentence.isEmpty && words[..<start].contains(where: { notAfterInSentence.contains($0.folded) }) {
      return
    }
    switch expectation {
    case .infinitive, .supine:
      guard readings.analyses.contains(where: { $0.inflection == .present || $0.inflection == .passivePresent }),
        !readings.analyses.contains(where: { $0.inflection.tense == .infinitive || $0.inflection.tense == .supine }),
        !startsOwnClause(auxiliaryAt: start, verbAt: next, inverted: inverted, words: words),
        !endsFrontedClause(auxiliaryAt: start, verbAt: next, inverted: inverted, words: words, grammar: grammar)
      else { return }
      report(from: start, to: next, readings: readings, words: words, language: language, &context)
    case .att:
      guard readings.analyses.contains(where: { $0.inflection == .infinitive || $0.inflection == .passiveInfinitive })
      else { return }
      let range = TextRange(words[start].range.lowerBound, verb.range.upperBound)
      let edit = TextEdit(range: verb.range, newText: "att " + verb.text)
      context.report(
        range: range, suggestions: [Suggestion(kind: .replacement, title: "Lägg till ”att”", edit: edit)])
    }
  }

  /// Whether the verb after the auxiliary is rather the finite verb of a clause of its own. That is so
  /// when the auxiliary follows its subject and the subject opens neither a main clause (sentence start,
  /// *och*) nor a subordinate one (*det vi kan gör vi*: a relative clause without *som*), and when a
  /// subordinate clause ends with the auxiliary and the verb has a subject of its own after it (*när du
  /// kan kommer vi*, *om vi kan blir det bra*).
  private func startsOwnClause(auxiliaryAt start: Int, verbAt verb: Int, inverted: Bool, words: [GrammarWord]) -> Bool {
    let subject = start - 1
    guard start > 0, words[start].isAdjacent, Self.clauseSubjects.contains(words[subject].folded) else {
      return false
    }
    if subject == 0 || !words[subject].isAdjacent { return false }
    let before = words[subject - 1].folded
    if Self.coordinators.contains(before) { return false }
    guard Self.subordinators.contains(before) else { return true }
    return !inverted && verb + 1 < words.count && words[verb + 1].isAdjacent
      && Self.clauseSubjects.contains(words[verb + 1].folded)
  }

  private func report(
    from start: Int, to verbIndex: Int, readings: WordReadings, words: [GrammarWord], language: SwedishLanguage,
    _ context: inout RuleCheckContext
  ) {
    let verb = words[verbIndex]
    let range = TextRange(words[start].range.lowerBound, verb.range.upperBound)
    var suggestions: [Suggestion] = []
    var advice = expectation == .supine ? "verbets supinumform" : "verbets grundform"
    let lemmas = Set(readings.analyses.map(\.lemma))
    if let lemma = lemmas.first, lemmas.count == 1 {
      let passive = readings.analyses.allSatisfy { $0.inflection.isSForm && !$0.isDeponent }
      let cell: Inflection =
        switch expectation {
        case .supine: passive ? .passiveSupine : .supine
        default: passive || readings.analyses.allSatisfy(\.isDeponent) ? .passiveInfinitive : .infinitive
        }
      if let form = language.lexicon.form(of: lemma, cell, .verb) {
        advice = "”\(form)”"
        if expectation == .infinitive {
          let cased = CasePreservation.apply(form, like: verb.text)
          suggestions = [
            Suggestion(
              kind: .replacement, title: "Ersätt med ”\(cased)”", edit: TextEdit(range: verb.range, newText: cased))
          ]
        }
      }
    }
    context.report(range: range, values: [("suggestion", advice)], suggestions: suggestions)
  }

  /// *Vilka skyldigheter myndigheterna har hittar vi i lagen*: the auxiliary ends a fronted clause after its
  /// own subject (a noun or pronoun right before it), and the verb after it is the main clause's, with its
  /// subject pronoun after it (inverted word order).
  private func endsFrontedClause(
    auxiliaryAt start: Int, verbAt verb: Int, inverted: Bool, words: [GrammarWord], grammar: GrammarText
  ) -> Bool {
    guard !inverted, start > 0, words[start].isAdjacent, verb + 1 < words.count, words[verb + 1].isAdjacent,
      Self.subjectPronouns.contains(words[verb + 1].folded)
    else { return false }
    let before = words[start - 1]
    if Self.subjectPronouns.contains(before.folded) { return true }
    let readings = grammar.readings(before)
    return readings.has(.noun) && !readings.has(.verb)
  }
}
