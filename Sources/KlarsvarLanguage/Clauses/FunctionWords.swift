import KlarsvarJSON

/// The closed word classes and verb classes the clause analysis needs, from `function-words.json`.
public struct FunctionWords: Sendable {
  public enum GrammaticalCase: String, Sendable, Hashable, CaseIterable { case subject, object, possessive }
  public enum Number: String, Sendable, Hashable, CaseIterable { case singular, plural }

  public struct Pronoun: Sendable, Hashable {
    public var person: SubjectPerson
    public var number: Number
    public var grammaticalCase: GrammaticalCase
  }

  public struct Determiner: Sendable, Hashable {
    public var gender: Gender?
    public var number: Number
    public var isDefinite: Bool
  }

  public struct Auxiliary: Sendable, Hashable {
    public enum Complement: String, Sendable, Hashable, CaseIterable { case infinitive, supine, pastParticiple }
    public var lemma: String
    public var auxiliaryClass: AuxiliaryClass
    /// Words between the auxiliary and the verb: `att` (*kommer att*), `för avsikt att`.
    public var then: [String]
    public var complement: Complement
  }

  var pronouns: [String: Pronoun] = [:]
  var determiners: [String: Determiner] = [:]
  var prepositions: Set<String> = []
  /// Subordinators by their first word; each with its remaining words and kind, longest first.
  var subordinators: [String: [(rest: [String], kind: ClauseKind)]] = [:]
  var coordinators: Set<String> = []
  var auxiliaries: [String: [Auxiliary]] = [:]
  var reportingVerbs: Set<String> = []
  var speakerNouns: Set<String> = []
  var interrogatives: Set<String> = []
  var sentenceAdverbs: Set<String> = []
  /// Adverbials that take the first place of a main clause (*därför*, *i dag*), by first word.
  var fronting: [String: [[String]]] = [:]
  var particles: Set<String> = []
  var reportingPrepositions: Set<String> = []
  /// Nouns of time: a noun phrase headed by one is an adverbial (*nästa vecka*, *innan jul*).
  var timeNouns: Set<String> = []

  public init() {}

  public func pronoun(_ folded: String) -> Pronoun? { pronouns[folded] }
  public func determiner(_ folded: String) -> Determiner? { determiners[folded] }
  public func isPreposition(_ folded: String) -> Bool { prepositions.contains(folded) }
  public func isCoordinator(_ folded: String) -> Bool { coordinators.contains(folded) }
  public func isReportingVerb(lemma: String) -> Bool { reportingVerbs.contains(lemma) }
  public func isSpeakerNoun(lemma: String) -> Bool { speakerNouns.contains(lemma) }
  public func isInterrogative(_ folded: String) -> Bool { interrogatives.contains(folded) }
  public func isSentenceAdverb(_ folded: String) -> Bool { sentenceAdverbs.contains(folded) }
  public func isTimeNoun(lemma: String) -> Bool { timeNouns.contains(lemma) }
  public func auxiliaries(lemma: String) -> [Auxiliary] { auxiliaries[lemma] ?? [] }
}
