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
  /// Verbs that say how an amount develops (*öka*, *minska*, *växa*): with a third-person subject the
  /// clause forecasts (*antalet äldre ökar*), it does not promise.
  var trendVerbs: Set<String> = []
  /// Comparatives of amount after *bli* or *finnas* (*det blir fler äldre*, *behovet blir större*).
  var quantityComparatives: Set<String> = []
  /// Bound particles that make a verb of a known one (*uppträda*, *framstå*, *utsätta*): an unknown word
  /// of such a prefix and a known verb form is read as that form.
  var verbPrefixes: Set<String> = []

  /// Everything known about one folded word, found with one table probe per token.
  public struct Entry: Sendable {
    public internal(set) var pronoun: Pronoun?
    public internal(set) var determiner: Determiner?
    public internal(set) var isPreposition = false
    public internal(set) var isCoordinator = false
    public internal(set) var isSubordinator = false
    public internal(set) var isInterrogative = false
    public internal(set) var isSentenceAdverb = false
    public internal(set) var isParticle = false
    public internal(set) var isReporting = false
  }

  private(set) var table = WordTable()
  private(set) var entries: [Entry] = []

  public init() {}

  /// The subordinators of one word whose kind is one of `kinds` (*om*, *när* for conditional and temporal).
  func oneWordSubordinators(of kinds: Set<ClauseKind>) -> [String] {
    subordinators.compactMap { word, entries in
      entries.contains { $0.rest.isEmpty && kinds.contains($0.kind) } ? word : nil
    }.sorted()
  }

  /// The entry of a folded word, or nil for a word of no closed class.
  func entry(_ folded: String) -> Entry? { table.id(of: folded).map { entries[Int($0)] } }

  /// Builds the one-probe table from the separate lists (after decoding every file).
  mutating func buildTable() {
    table = WordTable()
    entries = []
    func update(_ word: String, _ change: (inout Entry) -> Void) {
      let id = Int(table.insert(word))
      if id == entries.count { entries.append(Entry()) }
      change(&entries[id])
    }
    for (word, pronoun) in pronouns { update(word) { $0.pronoun = pronoun } }
    for (word, determiner) in determiners { update(word) { $0.determiner = determiner } }
    for word in prepositions { update(word) { $0.isPreposition = true } }
    for word in coordinators { update(word) { $0.isCoordinator = true } }
    for word in subordinators.keys { update(word) { $0.isSubordinator = true } }
    for word in interrogatives { update(word) { $0.isInterrogative = true } }
    for word in sentenceAdverbs { update(word) { $0.isSentenceAdverb = true } }
    for word in particles { update(word) { $0.isParticle = true } }
    for word in reportingPrepositions { update(word) { $0.isReporting = true } }
  }

  /// Every closed class a folded word belongs to, with one table probe (no `String` hashing); nil for
  /// a word of none.
  public func closedClass(_ folded: String) -> Entry? { entry(folded) }

  public func pronoun(_ folded: String) -> Pronoun? { pronouns[folded] }
  public func determiner(_ folded: String) -> Determiner? { determiners[folded] }
  public func isPreposition(_ folded: String) -> Bool { prepositions.contains(folded) }
  public func isCoordinator(_ folded: String) -> Bool { coordinators.contains(folded) }
  public func isReportingVerb(lemma: String) -> Bool { reportingVerbs.contains(lemma) }
  public func isSpeakerNoun(lemma: String) -> Bool { speakerNouns.contains(lemma) }
  public func isInterrogative(_ folded: String) -> Bool { interrogatives.contains(folded) }
  public func isSentenceAdverb(_ folded: String) -> Bool { sentenceAdverbs.contains(folded) }
  public func isTimeNoun(lemma: String) -> Bool { timeNouns.contains(lemma) }
  public func isTrendVerb(lemma: String) -> Bool { trendVerbs.contains(lemma) }
  public func isQuantityComparative(_ folded: String) -> Bool { quantityComparatives.contains(folded) }
  public func auxiliaries(lemma: String) -> [Auxiliary] { auxiliaries[lemma] ?? [] }
}
