/// The flags that need the whole sentence: V1 conditionals, questions, reported speech.
struct ClauseFlags {
  let context: ClauseContext
  let segments: [ClauseSegment]

  func apply(to clauses: [Clause]) -> [Clause] {
    var clauses = clauses
    markV1Conditional(&clauses)
    markQuestions(&clauses)
    markReportedSpeech(&clauses)
    // A verbless fragment continued after an embedded clause is not a clause of its own.
    let continued = Set(segments.compactMap(\.continues))
    return clauses.enumerated().filter { !(continued.contains($0.offset) && $0.element.finiteVerb == nil) }.map(
      \.element)
  }

  /// *Har du frågor(,) kan du ringa*: a verb-first clause followed by a main clause is a condition. An
  /// adverb before the verb (*Däremot kommer …*) is fronted: that clause is an ordinary main clause.
  private func markV1Conditional(_ clauses: inout [Clause]) {
    guard clauses.count > 1, clauses[0].kind == .main, !clauses[0].isImperative,
      let verb = clauses[0].finiteVerb?.tokenIndex,
      verb == segments[0].bodyStart, clauses[0].hasInvertedSubject,
      clauses.dropFirst().contains(where: { $0.kind == .main && $0.finiteVerb != nil })
    else { return }
    clauses[0].kind = .conditional
  }

  private func markQuestions(_ clauses: inout [Clause]) {
    let questionMark = context.tokens.last?.text == "?"
    for index in clauses.indices where clauses[index].kind == .main && !clauses[index].isImperative {
      let body = context.skipAdverbs(segments[min(index, segments.count - 1)].bodyStart, before: context.count)
      let segmentBody = clauses[index].tokenRange.lowerBound == 0 ? 0 : body
      let verbFirst =
        clauses[index].finiteVerb?.tokenIndex == segmentBody && clauses[index].hasInvertedSubject
        && clauses[index].tokenRange.lowerBound == 0
      let interrogativeFirst =
        segmentBody < context.count && context.tags[segmentBody].isInterrogative
        && clauses[index].finiteVerb != nil && clauses[index].tokenRange.lowerBound == 0
      clauses[index].isQuestion = questionMark || verbFirst || interrogativeFirst
    }
  }

  private func markReportedSpeech(_ clauses: inout [Clause]) {
    // *…, säger hon.*: a final inverted reporting clause after a comma.
    if let last = clauses.indices.last, last > 0, isReporting(clauses[last]), clauses[last].hasInvertedSubject,
      context.tokens[clauses[last].tokenRange.lowerBound].text == ","
    {
      clauses[last].speech = .reportingTag
      for index in 0..<last {
        clauses[index].speech = .reported
        clauses[index].reporter = clauses[last].subject?.tokenRange
      }
      return
    }
    // *Du skriver att …*: a reporting clause followed by an att-clause or indirect question.
    var reporter: Range<Int>?
    for index in clauses.indices {
      if clauses[index].kind == .main {
        reporter = nil
        if isReporting(clauses[index]), index + 1 < clauses.count,
          [.att, .indirectQuestion].contains(clauses[index + 1].kind)
        {
          clauses[index].speech = .reportingTag
          reporter =
            clauses[index].subject?.tokenRange
            ?? (clauses[index].tokenRange.lowerBound..<clauses[index].tokenRange.lowerBound)
        }
      } else if let reporter {
        clauses[index].speech = .reported
        clauses[index].reporter = reporter
      }
      if clauses[index].speech == .none, let source = accordingTo(clauses[index]) {
        clauses[index].speech = .reported
        clauses[index].reporter = source
      }
    }
  }

  private func isReporting(_ clause: Clause) -> Bool {
    // *Jag kommer att fråga om …*: a plan to ask or say something reports nothing yet.
    if clause.has(.future) || clause.has(.intent) { return false }
    guard let verb = clause.mainVerb ?? clause.finiteVerb else { return false }
    let lemma = LemmaWords.head(verb.lemma)
    return context.functionWords.isReportingVerb(lemma: lemma) && !verb.isPassive
  }

  /// The source named by *enligt X* in a clause.
  private func accordingTo(_ clause: Clause) -> Range<Int>? {
    for index in clause.tokenRange where context.tags[index].isReportingPreposition {
      let start = index + 1
      if let end = context.nounPhraseEnd(from: start, limit: clause.tokenRange.upperBound) { return start..<end }
    }
    return nil
  }
}
