import KlarsvarLanguage
import KlarsvarText

/// What the clause around a match must be for a rule to report it, read from a rule's `"clause"` object:
/// `{"subject": ["speaker"], "auxiliary": ["future", "intent"], "kind": ["main", "att"],
///   "not": ["question", "reported", "quoted"]}`. Every field is optional; a match whose clause the
/// language layer cannot find is not reported (a missed finding costs less than a wrong one).
struct ClauseCondition: Sendable {
  /// Features a clause can be excluded for with `"not"`.
  enum Exclusion: String, CaseIterable, Sendable {
    /// `reported`: any reported speech; `indirectSpeech`: only what is reported in a subordinate clause
    /// (*hon säger att …*) and the reporting tag, so a direct quotation (*– Vi ska …, säger hon*) stays.
    /// `negated`: the clause has *inte*, *ej* or *aldrig*; `verbless`: it has no finite verb (a heading,
    /// a list item, a fragment); `forecast`: a third-person clause about how an amount develops
    /// (*antalet äldre ökar*, *det blir fler äldre*), which predicts and promises nothing.
    case question, imperative, reported, indirectSpeech, passive, subordinate, negated, verbless, forecast
  }

  var subjects: Set<SubjectPerson>?
  var auxiliaries: Set<AuxiliaryClass>?
  var kinds: Set<ClauseKind>?
  var exclusions: Set<Exclusion> = []

  init(
    subjects: Set<SubjectPerson>? = nil, auxiliaries: Set<AuxiliaryClass>? = nil, kinds: Set<ClauseKind>? = nil,
    exclusions: Set<Exclusion> = []
  ) {
    self.subjects = subjects
    self.auxiliaries = auxiliaries
    self.kinds = kinds
    self.exclusions = exclusions
  }

  init(reading reader: inout JSONObjectReader) throws {
    subjects = try Self.names(&reader, "subject", SubjectPerson.allCases)
    auxiliaries = try Self.names(&reader, "auxiliary", AuxiliaryClass.allCases)
    kinds = try Self.names(&reader, "kind", ClauseKind.allCases)
    exclusions = try Self.names(&reader, "not", Exclusion.allCases) ?? []
    try reader.finish()
  }

  /// Reads an optional list of names, each one of `cases`; an unknown name lists the valid ones.
  private static func names<Value: RawRepresentable & Hashable>(
    _ reader: inout JSONObjectReader, _ key: String, _ cases: [Value]
  ) throws -> Set<Value>? where Value.RawValue == String {
    guard let raw = try reader.optionalStringArray(key) else { return nil }
    var values: Set<Value> = []
    for (index, name) in raw.enumerated() {
      guard let value = Value(rawValue: name) else {
        let valid = cases.map(\.rawValue).joined(separator: ", ")
        throw JSONObjectReader.Failure(
          path: "\(reader.child(key))/\(index)", message: "okänt värde \"\(name)\" (giltiga: \(valid))")
      }
      values.insert(value)
    }
    return values
  }

  /// Whether `clause` (of a sentence with `tokens`) satisfies every field.
  func accepts(_ clause: Clause, tokens: [LanguageToken]) -> Bool {
    // An imperative's unspoken subject is the reader (*Ring till mottagningen*).
    let person = clause.subject?.person ?? (clause.isImperative ? .addressee : .third)
    if let subjects, !subjects.contains(person) { return false }
    if let auxiliaries, !clause.auxiliaries.contains(where: { auxiliaries.contains($0.auxiliaryClass) }) {
      return false
    }
    if let kinds, !kinds.contains(clause.kind) { return false }
    for exclusion in exclusions {
      switch exclusion {
      case .question: if clause.isQuestion { return false }
      case .imperative: if clause.isImperative { return false }
      case .reported: if clause.speech != .none { return false }
      case .indirectSpeech:
        if clause.speech == .reportingTag || (clause.speech == .reported && clause.kind.isSubordinate) { return false }
      case .passive: if clause.isPassive { return false }
      case .subordinate: if clause.kind.isSubordinate { return false }
      case .verbless:
        // Without a finite verb the analysis names the first infinitive or supine, which makes no clause.
        guard let verb = clause.finiteVerb, [.present, .past, .imperative].contains(verb.tense) else { return false }
      case .forecast: if clause.isForecast { return false }
      case .negated:
        if tokens[clause.tokenRange].contains(where: { Self.negations.contains($0.folded) }) { return false }
      }
    }
    return true
  }
}

extension ClauseCondition {
  static let negations: Set<String> = ["inte", "ej", "aldrig", "icke"]
}

extension RuleCheckContext {
  /// Whether the clause holding `range`'s start satisfies `condition` (true without a condition).
  func clauseAccepts(_ condition: ClauseCondition?, at range: TextRange) -> Bool {
    guard let condition else { return true }
    guard let sentence = text.sentenceIndex(containing: range.lowerBound),
      let clause = scratch.language.clause(containing: range.lowerBound, inSentence: sentence)
    else { return false }
    return condition.accepts(clause, tokens: scratch.language.sentence(sentence).tokens)
  }
}
