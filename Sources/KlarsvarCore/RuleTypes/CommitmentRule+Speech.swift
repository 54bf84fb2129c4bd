import KlarsvarLanguage

extension CommitmentRule {
  /// Whether a clause is a promise by the writer's side: a future or intent auxiliary, or a process verb
  /// in the present; and a subject that binds the writer (the writer, a named role, unit or person, the
  /// reader receiving something, or — with `passive` — no agent at all).
  func isPromise(
    _ clause: Clause, in clauses: [Clause], tokens: [LanguageToken], spans: [ExpressionSpan], kind: DocumentKind
  ) -> Bool {
    let lemma = clause.mainVerb?.lemma ?? clause.finiteVerb?.lemma ?? ""
    // A particle verb (*återkomma till*, *höra av sig*) counts as its lists name it or as its verb.
    let verb = lemma.split(separator: " ").first.map(String.init) ?? lemma
    func listed(_ lemmas: Set<String>) -> Bool { lemmas.contains(lemma) || lemmas.contains(verb) }
    if listed(exceptVerbs) { return false }
    // *kan komma att*, *kan se över*: a possibility or an offer, not a promise.
    if clause.finiteVerb?.lemma == "kunna" { return false }
    // A refusal (*vi kommer inte att*) is no vague promise, and a standing rule (*ska alltid*) no plan.
    if tokens[clause.tokenRange].contains(where: { settledWords.contains($0.folded) }) { return false }
    // *att nämnden ska betala*: someone else's decision or view, unless the writer governs the clause
    // (*vi har bestämt att vi ska …*).
    // A denial or a standing rule over it settles it too (*vi ser det inte som …, snarare att vi ska …*).
    if clause.kind == .att,
      let governor = clauses.last(where: { $0.tokenRange.upperBound <= clause.tokenRange.lowerBound }),
      governor.subject?.person != .speaker
        || tokens[governor.tokenRange].contains(where: { settledWords.contains($0.folded) })
    {
      return false
    }
    // *vill* promises only with a verb of doing (*vi vill arbeta för*, not *vi vill veta*).
    let strong = clause.auxiliaries.filter { auxiliaries.contains($0.auxiliaryClass) && $0.lemma != "vilja" }
    let byWish =
      clause.auxiliaries.contains { $0.lemma == "vilja" } && (listed(processVerbs) || listed(measureVerbs))
    let byAuxiliary = !strong.isEmpty || byWish
    // *Vi utreder alla avvikelser*: a process verb with *alla*, *varje* describes a routine.
    let routine = tokens[clause.tokenRange].contains { routineWords.contains($0.folded) }
    // On a page that informs, *vi utreder ditt behov*, *kommunen ska utreda om den enskilde …* tell any
    // reader how their case goes (the reader may stand in the clause or in one that follows it).
    if !futureKinds.contains(kind),
      clauses.contains(where: { other in
        other.tokenRange.lowerBound >= clause.tokenRange.lowerBound
          && tokens[other.tokenRange].contains { readerWords.contains($0.folded) }
      })
    {
      return false
    }
    let byProcess =
      listed(processVerbs) && clause.auxiliaries.isEmpty && clause.finiteVerb?.tense == .present && !routine
    guard byAuxiliary || byProcess else { return false }
    let byFutureOnly =
      !byProcess && !byWish && !listed(processVerbs) && strong.allSatisfy { $0.auxiliaryClass == .future }
    if byFutureOnly && !futureKinds.contains(kind) { return false }
    guard let subject = clause.subject else { return false }
    switch subject.person {
    // *att jag ska hängas ut*: what others will do to the writer is no promise.
    case .speaker: return !clause.isPassive
    case .addressee: return !strong.isEmpty && listed(addresseeVerbs) && addresseeKinds.contains(kind)
    case .generic:
      guard passive && clause.kind == .main && passiveKinds.contains(kind) else { return false }
      // *Man ska ta kritik på allvar* states a norm; *man kommer att se över rutinerna* and *det ska
      // utredas* promise.
      return clause.isPassive || strong.isEmpty || !strong.allSatisfy { $0.lemma == "skola" }
    case .third:
      // Someone else's routine in the present (*handläggaren utreder …*) describes, it does not promise.
      guard !strong.isEmpty else { return false }
      if passive && clause.isPassive && clause.kind == .main && passiveKinds.contains(kind) { return true }
      // *Han kommer att kontakta dig*: the person the letter has just named.
      if subject.tokenRange.count == 1, personSubjects.contains(tokens[subject.tokenRange.lowerBound].folded) {
        return true
      }
      return spans.contains { span in
        if case .owner = span.kind { return span.tokenRange.overlaps(subject.tokenRange) }
        return false
      }
    }
  }
}
