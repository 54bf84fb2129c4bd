extension ClauseSegmenter {
  /// Verbs after which *om* asks (*undrar om*) rather than sets a condition.
  static let askingVerbs: Set<String> = [
    "undra", "fråga", "veta", "pröva", "avgöra", "utreda", "bedöma", "se", "kontrollera", "undersöka", "ta",
    "diskutera", "besluta", "tveka", "osäker",
  ]

  /// The clause kind and length of a subordinator that opens a clause at `index`, or nil.
  func subordinator(at index: Int) -> (ClauseKind, Int)? {
    guard context.tags[index].isSubordinator,
      let candidates = context.functionWords.subordinators[context.folded(index)]
    else { return nil }
    for (rest, kind) in candidates where matches(rest, after: index) {
      let length = rest.count + 1
      if let checked = check(kind, at: index, bodyStart: index + length) { return (checked, length) }
    }
    return nil
  }

  private func matches(_ rest: [String], after index: Int) -> Bool {
    guard index + rest.count < context.count else { return false }
    for (offset, word) in rest.enumerated() where context.folded(index + 1 + offset) != word { return false }
    return true
  }

  /// The kind the subordinator really has here, or nil when it does not open a clause.
  private func check(_ kind: ClauseKind, at index: Int, bodyStart: Int) -> ClauseKind? {
    guard bodyStart < context.count, !context.tags[bodyStart].isPunctuation else { return nil }
    let word = context.folded(index)
    let bodyVerb = context.skipAdverbs(bodyStart, before: context.count)
    switch kind {
    case .att:
      if isInfinitiveMarker(index, bodyVerb: bodyVerb) { return nil }
      return subjectAndFinite(at: bodyStart) != nil ? .att : nil
    case .purpose:
      if context.isVerb(bodyVerb, [.infinitive]) && !context.tags[bodyVerb].isNoun { return .purpose }
      guard let finite = subjectAndFinite(at: bodyStart) else { return nil }
      let lemma = context.verbReading(finite, .finite)?.lemma ?? ""
      return ["skola", "kunna", "få", "vilja"].contains(lemma) || word != "för" ? .purpose : .causal
    case .relative:
      if context.isFinite(bodyStart) { return word == "där" || word == "dit" ? nil : .relative }
      if index == 0 { return nil }
      return finiteAhead(from: bodyStart, within: 6) || context.isVerb(bodyVerb, .supine) ? .relative : nil
    case .indirectQuestion:
      guard index > 0 else { return nil }
      return finiteAhead(from: bodyStart, within: 6) ? .indirectQuestion : nil
    case .conditional where word == "om":
      guard subjectAndFinite(at: bodyStart) != nil || context.isFinite(bodyStart) && index > 0 else { return nil }
      return asksBefore(index) ? .indirectQuestion : .conditional
    case .temporal, .causal, .concessive, .conditional, .consecutive:
      if context.isFinite(bodyStart) && index == 0 { return nil }
      let timeNoun = context.nounPhraseEnd(from: bodyStart, limit: context.count).map {
        context.isTimePhrase(bodyStart..<$0)
      }
      let checked: ClauseKind? =
        ["eftersom", "även", "trots", "ifall", "såvida", "så"].contains(word)
          || (subjectAndFinite(at: bodyStart) != nil && timeNoun != true)
        ? kind : nil
      // *Jag vill veta när beslutet kommer* asks.
      return checked == .temporal && asksBefore(index) ? .indirectQuestion : checked
    case .main:
      return nil
    }
  }

  /// *att* before an infinitive (*att ringa*), or after an auxiliary that takes it (*kommer att*).
  private func isInfinitiveMarker(_ index: Int, bodyVerb: Int) -> Bool {
    if context.isVerb(bodyVerb, .infinitive) && context.tags[bodyVerb].pronoun == nil
      && !(context.tags[bodyVerb].isNoun && context.isFinite(bodyVerb + 1))
    {
      return true
    }
    guard index > 0 else { return false }
    let previous = context.folded(index - 1)
    return ["kommer", "kom", "avser", "avsåg", "planerar", "planerade", "försöker", "avsikt"].contains(previous)
  }

  /// Whether a verb of asking or knowing stands shortly before `index` (*vi undrar om …*).
  private func asksBefore(_ index: Int) -> Bool {
    var position = index - 1
    while position >= 0 && position >= index - 4 {
      if let verb = context.verbReading(position, [.present, .past, .infinitive, .supine, .imperative]),
        Self.askingVerbs.contains(verb.lemma)
      {
        return true
      }
      if context.folded(position) == "osäker" || context.folded(position) == "oklart" { return true }
      position -= 1
    }
    return false
  }
}
