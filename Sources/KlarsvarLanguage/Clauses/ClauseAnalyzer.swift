extension SwedishLanguage {
  /// The clauses of a sentence, in order, with kind, verbs, auxiliaries, subject, question and speech flags.
  ///
  /// Linear in the sentence's length apart from short look-aheads (a few tokens) at clause starts.
  public func clauses(in sentence: LanguageSentence) -> [Clause] {
    let context = ClauseContext(tokens: sentence.tokens, tags: tags(sentence.tokens), language: self)
    return ClauseAnalyzer(context: context).clauses()
  }
}

/// Turns segments into clauses, splitting a segment where a main clause resumes after a fronted or
/// embedded subordinate clause.
struct ClauseAnalyzer {
  let context: ClauseContext

  func clauses() -> [Clause] {
    var segments = ClauseSegmenter(context: context).segments()
    var clauses: [Clause] = []
    var position = 0
    while position < segments.count {
      var (clause, chainEnd) = analyze(segments[position], previous: clauses)
      if let split = split(segments[position], position: position, after: chainEnd, segments: segments) {
        segments[position].end = split.start
        segments.insert(split, at: position + 1)
        (clause, _) = analyze(segments[position], previous: clauses)
      }
      if let continued = segments[position].continues, clauses[continued].finiteVerb == nil, clause.subject == nil {
        clause.subject = clauses[continued].subject ?? prefieldSubject(of: segments[continued])
      }
      clauses.append(clause)
      position += 1
    }
    return ClauseFlags(context: context, segments: segments).apply(to: clauses)
  }

  /// The clause of a segment and the index after its verb chain.
  func analyze(_ segment: ClauseSegment, previous: [Clause]) -> (Clause, Int) {
    let body = context.skipAdverbs(segment.bodyStart, before: segment.end)
    var clause = Clause(
      kind: segment.kind, tokenRange: segment.start..<segment.end, isQuestion: false, isImperative: false,
      finiteVerb: nil, mainVerb: nil, auxiliaries: [], subject: nil, hasInvertedSubject: false, speech: .none,
      reporter: nil)
    guard let chain = findChain(segment, body: body, clause: &clause) else { return (clause, segment.bodyStart) }
    clause.finiteVerb = chain.first
    clause.mainVerb = chain.main
    clause.auxiliaries = chain.auxiliaries
    if !clause.isImperative {
      findSubject(segment, finite: chain.first.tokenIndex, clause: &clause, previous: previous)
      clause.isForecast = isForecast(clause, chainEnd: chain.end, limit: segment.end)
    }
    return (clause, chain.end)
  }

  private func isForecast(_ clause: Clause, chainEnd: Int, limit: Int) -> Bool {
    guard (clause.subject?.person ?? .third) == .third, let verb = clause.mainVerb else { return false }
    // The s-form counts as its own verb: *behövs* is the deponent *behövas* (listed), *ökas* a passive
    // promise (*bemanningen ökas*), not *öka*.
    let lemma = LemmaWords.head(verb.lemma) + (verb.isPassive ? "s" : "")
    if context.functionWords.isTrendVerb(lemma: lemma) { return true }
    guard lemma == "bli" || lemma == "finnas" else { return false }
    return (chainEnd..<limit).contains { context.functionWords.isQuantityComparative(context.folded($0)) }
  }

  private func findChain(_ segment: ClauseSegment, body: Int, clause: inout Clause) -> VerbChain? {
    let limit = segment.end
    // Imperative: a verb-first main clause whose verb is no present or past form (*Kontakta …*), or is one
    // without a subject pronoun after it (*Hör av dig*).
    if segment.kind == .main, body < limit, context.isVerb(body, .imperative), !context.tags[body].isNoun,
      segment.opener != .coordinator && segment.opener != .continuation,
      !context.isFinite(body) || !context.isSubjectPronoun(body + 1)
    {
      clause.isImperative = true
      guard var chain = context.verbChain(at: body, forms: .imperative, limit: limit) else { return nil }
      chain.first.tense = .imperative
      if chain.auxiliaries.isEmpty { chain.main.tense = .imperative }
      return chain
    }
    var index = body
    while index < limit {
      if context.isFinite(index), let chain = context.verbChain(at: index, forms: .finite, limit: limit) {
        return chain
      }
      index += 1
    }
    if let imperative = imperativeAfterFrontedPhrase(segment, body: body) {
      clause.isImperative = true
      guard var chain = context.verbChain(at: imperative, forms: .imperative, limit: limit) else { return nil }
      chain.first.tense = .imperative
      if chain.auxiliaries.isEmpty { chain.main.tense = .imperative }
      return chain
    }
    // No finite verb: *för att få …*, *som vi fått*.
    index = body
    while index < limit {
      if context.isVerb(index, [.infinitive, .supine]) && !context.tags[index].isNoun {
        return context.verbChain(at: index, forms: [.infinitive, .supine], limit: limit)
      }
      index += 1
    }
    return nil
  }

  /// An imperative after a fronted prepositional phrase, without a comma (*För mer information ta kontakt
  /// med …*): a main clause with no finite verb that opens with a preposition, whose first verb can only be
  /// an infinitive or imperative and has no *att* before it.
  private func imperativeAfterFrontedPhrase(_ segment: ClauseSegment, body: Int) -> Int? {
    guard segment.kind == .main, segment.opener != .coordinator && segment.opener != .continuation,
      body < segment.end, context.tags[body].isPreposition
    else { return nil }
    for index in (body + 1)..<segment.end where context.isVerb(index, [.infinitive, .imperative, .supine]) {
      guard context.isVerb(index, .imperative), !context.tags[index].isNoun, context.folded(index - 1) != "att"
      else { return nil }
      return index
    }
    return nil
  }

  private func subjectFollows(_ index: Int, _ limit: Int) -> Bool {
    context.isSubjectPronoun(index)
      || (index < limit && context.tags[index].determiner != nil && index + 1 < limit
        && context.tags[index + 1].isNoun)
  }

  private func findSubject(_ segment: ClauseSegment, finite: Int, clause: inout Clause, previous: [Clause]) {
    let body = segment.bodyStart
    if segment.kind.isSubordinate {
      if finite > body, let end = context.nounPhraseEnd(from: body, limit: finite), end <= finite {
        clause.subject = subject(body..<end)
      } else if finite == body, segment.kind == .relative,
        let start = context.nounPhraseStart(endingAt: segment.start, from: 0)
      {
        clause.subject = subject(start..<segment.start)
      }
      return
    }
    // *Om du är osäker på om du bör anmäla kan du ringa …*: a main clause resuming after an embedded
    // clause has its subject after the verb, if any (otherwise it is the one before the embedding).
    if segment.opener == .continuation {
      // *Boendet där hon bor har ny personal*: a subject before the embedding (*Boendet*) keeps its
      // role, and the phrase after the verb is an object.
      let outerSubject = segment.continues.map { outer in
        outer < previous.count
          && context.nounPhraseEnd(
            from: previous[outer].tokenRange.lowerBound, limit: previous[outer].tokenRange.upperBound)
            != nil
      }
      if context.isSubjectPronoun(finite + 1) || outerSubject != true {
        invertedSubject(after: finite, segment: segment, clause: &clause)
      }
      return
    }
    let prefieldEnd = trimAdverbs(body, finite)
    let fronted =
      prefieldEnd > body && context.tags[body].isPreposition == false
      && !isFrontedAdverbial(body, prefieldEnd) && !context.isTimePhrase(body..<prefieldEnd)
    if fronted, context.nounPhraseEnd(from: body, limit: prefieldEnd) == prefieldEnd {
      clause.subject = subject(body..<prefieldEnd)
      return
    }
    if segment.opener == .coordinator && finite == body && !context.isSubjectPronoun(finite + 1) {
      if var inherited = previous.last(where: { $0.kind == .main })?.subject ?? previous.last?.subject {
        inherited.isInherited = true
        clause.subject = inherited
      }
      return
    }
    invertedSubject(after: finite, segment: segment, clause: &clause)
  }

  /// *kommer säkert de nya husen …*: the subject after the verb may follow a sentence adverb.
  private func invertedSubject(after finite: Int, segment: ClauseSegment, clause: inout Clause) {
    let after = context.skipAdverbs(finite + 1, before: segment.end)
    if after < segment.end, context.tags[after].pronoun?.grammaticalCase != .object,
      !context.isVerb(after, [.infinitive, .supine]) || context.isSubjectPronoun(after),
      let end = context.nounPhraseEnd(from: after, limit: segment.end)
    {
      clause.subject = subject(after..<end)
      clause.hasInvertedSubject = true
    }
  }

  private func trimAdverbs(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start && context.tags[end - 1].isSentenceAdverb { end -= 1 }
    return end
  }

  /// A fronted adverbial that is not a noun phrase (*därför*, *i dag*, *nu*).
  private func isFrontedAdverbial(_ start: Int, _ end: Int) -> Bool {
    guard let phrases = context.functionWords.fronting[context.folded(start)] else { return false }
    return phrases.contains { $0.count == end - start - 1 }
  }

  func subject(_ range: Range<Int>) -> ClauseSubject {
    ClauseSubject(tokenRange: range, person: context.person(of: range), isInherited: false)
  }

  private func prefieldSubject(of segment: ClauseSegment) -> ClauseSubject? {
    context.nounPhraseEnd(from: segment.bodyStart, limit: segment.end).map { subject(segment.bodyStart..<$0) }
  }

  /// Where a main clause resumes inside a segment: after a sentence-initial subordinate clause (*Om du
  /// vill kan vi …*) or V1 clause (*Har du frågor kan du …*), or after an embedded one (*Handläggaren som
  /// har ditt ärende ringer dig*).
  private func split(
    _ segment: ClauseSegment, position: Int, after chainEnd: Int, segments: [ClauseSegment]
  ) -> ClauseSegment? {
    let initial = segment.start == 0
    let isV1 =
      segment.kind == .main && initial && context.isFinite(segment.bodyStart)
    guard segment.kind.isSubordinate || isV1, chainEnd > segment.bodyStart else { return nil }
    var index = chainEnd
    while index < segment.end {
      if context.tags[index].isPunctuation || context.tags[index].isCoordinator { return nil }
      if context.isFinite(index) {
        let subjectAfter =
          subjectFollows(index + 1, segment.end)
          || (context.nounPhraseEnd(from: index + 1, limit: segment.end) != nil
            && context.tags[index + 1].pronoun?.grammaticalCase != .object)
        if initial && subjectAfter {
          return ClauseSegment(start: index, bodyStart: index, end: segment.end, kind: .main, opener: .fronted)
        }
        if !initial && segment.kind.isSubordinate {
          let outer = (0..<position).last { segments[$0].kind == .main }
          return ClauseSegment(
            start: index, bodyStart: index, end: segment.end, kind: .main, opener: .continuation, continues: outer)
        }
        return nil
      }
      index += 1
    }
    return nil
  }
}
