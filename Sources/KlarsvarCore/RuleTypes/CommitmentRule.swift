import KlarsvarLanguage
import KlarsvarPhrases
import KlarsvarText

/// A promise as a speech act: a clause whose subject is the writer's side (*vi*, *jag*, *nämnden*, a
/// unit) with a future or intent verb or a process verb (*ska*, *kommer att*, *avser att*, *ser över*,
/// *återkommer*), which is no question, condition, purpose or reported speech — and which has no
/// concrete time in the clause or the next sentence. The finding quotes the whole promise and names
/// what is missing (a date; who, when the subject is a collective; how much, for goals).
///
/// Cue phrases only pick the sentences worth analysing; the clause decides. Every promise, concrete or
/// not, is also a side output (`Commitment`) for reviewers' checklists.
struct CommitmentRule: SideOutputProducing {
  static let typeName = "commitment"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// Words that may make a promise.
    case cue
    /// A phrase that makes a promise in its sentence concrete (a condition the reader controls), or
    /// leaves it to another rule (a hedge: *så gott vi kan*).
    case anchor
  }

  /// What the clause must be besides its subject (its kind, what it must not be); by default no
  /// question or reported speech.
  let clause: ClauseCondition
  /// Auxiliary classes that make a clause a promise (default future and intent).
  let auxiliaries: Set<AuxiliaryClass>
  /// Lemmas whose present tense alone is a promise (*vi ser över*, *vi återkommer*).
  let processVerbs: Set<String>
  /// Lemmas that never make a promise, even after *vill* or *ska* (*vi vill tacka*, *jag vill påpeka*).
  let exceptVerbs: Set<String>
  /// Lemmas that make a promise with the reader as subject (*du kommer att få ett beslut*).
  let addresseeVerbs: Set<String>
  /// Whether a passive clause or one with *man* counts as the writer's promise without an owner, and in
  /// which kinds of text (an information page's *ska rapporteras* states a duty, it promises nothing).
  let passive: Bool
  let passiveKinds: Set<DocumentKind>
  /// Kinds where *du kommer att få …* is the writer's promise (on an information page it describes).
  let addresseeKinds: Set<DocumentKind>
  /// Kinds where the writer's plain future (*vi kommer att bedöma …*) promises; elsewhere (an information
  /// page describing what happens after an application) only intent (*vi vill*, *vi planerar*) or a
  /// process verb (*vi ser över*) does.
  let futureKinds: Set<DocumentKind>
  /// Lemmas of verbs whose promises also need a measure (*förbättra*, *öka*, *stärka*).
  let measureVerbs: Set<String>
  /// Whether a concrete time in the next sentence also makes a promise concrete.
  let nextSentence: Bool
  /// Words that turn a process verb in the present into a routine (*vi utreder **alla** avvikelser*).
  let routineWords: Set<String>
  /// The reader of a page, addressed or named in general (*din*, *den enskilde*): on a page that
  /// informs, a clause about them describes how a case goes.
  let readerWords: Set<String>
  /// Words that make a clause a refusal, a standing rule or someone else's rule (*inte*, *alltid*,
  /// *enligt lagen ska …*).
  let settledWords: Set<String>
  /// One-word subjects that stand for a person the letter has just named (*han kommer att ringa dig*).
  let personSubjects: Set<String>
  /// Subject words that name no one who answers for the promise (*vi*, *kommunen*, *man*).
  let collectiveSubjects: Set<String>

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let cuesPath = reader.child("cues")
    try builder.register(
      try builder.phraseEntries(try reader.array("cues"), path: cuesPath), role: Role.cue, path: cuesPath)
    if reader.has("anchors") {
      let anchorsPath = reader.child("anchors")
      try builder.register(
        try builder.phraseEntries(try reader.array("anchors"), path: anchorsPath), role: Role.anchor,
        path: anchorsPath)
    }
    if reader.has("clause") {
      var clauseReader = try JSONObjectReader(try reader.value("clause"), path: reader.child("clause"))
      clause = try ClauseCondition(reading: &clauseReader)
    } else {
      clause = ClauseCondition(exclusions: [.question, .reported])
    }
    let auxiliaryNames = try reader.optionalStringArray("auxiliaries") ?? ["future", "intent"]
    auxiliaries = Set(
      try auxiliaryNames.enumerated().map { index, name in
        guard let value = AuxiliaryClass(rawValue: name) else {
          let valid = AuxiliaryClass.allCases.map(\.rawValue).joined(separator: ", ")
          throw JSONObjectReader.Failure(
            path: "\(reader.child("auxiliaries"))/\(index)", message: "okänt hjälpverb \"\(name)\" (giltiga: \(valid))")
        }
        return value
      })
    processVerbs = Set(try reader.optionalStringArray("processVerbs") ?? [])
    exceptVerbs = Set(try reader.optionalStringArray("exceptVerbs") ?? [])
    addresseeVerbs = Set(try reader.optionalStringArray("addresseeVerbs") ?? [])
    passive = try reader.optionalBool("passive") ?? false
    passiveKinds = try Self.kinds(&reader, "passiveKinds")
    addresseeKinds = try Self.kinds(&reader, "addresseeKinds")
    futureKinds = try Self.kinds(&reader, "futureKinds")
    measureVerbs = Set(try reader.optionalStringArray("measureVerbs") ?? [])
    nextSentence = try reader.optionalBool("nextSentence") ?? true
    routineWords = try Self.foldedWords(&reader, "routineWords")
    readerWords = try Self.foldedWords(&reader, "readerWords")
    settledWords = try Self.foldedWords(&reader, "settledWords")
    personSubjects = try Self.foldedWords(&reader, "personSubjects")
    collectiveSubjects = try Self.foldedWords(&reader, "collectiveSubjects")
  }

  /// Token words are compared in their folded form, so the pack's words are folded the same way.
  private static func foldedWords(_ reader: inout JSONObjectReader, _ key: String) throws -> Set<String> {
    Set((try reader.optionalStringArray(key) ?? []).map { CaseFolding.fold($0) })
  }

  private static func kinds(_ reader: inout JSONObjectReader, _ key: String) throws -> Set<DocumentKind> {
    guard let names = try reader.optionalStringArray(key) else { return Set(DocumentKind.allCases) }
    return Set(
      try names.enumerated().map { index, name in
        guard let kind = DocumentKind(rawValue: name) else {
          throw JSONObjectReader.Failure(
            path: "\(reader.child(key))/\(index)", message: "\"\(name)\" är ingen dokumenttyp (\(DocumentKind.names))")
        }
        return kind
      })
  }

  func check(_ context: inout RuleCheckContext, collecting outputs: inout SideOutputs) {
    let promises = Promise.find(in: context, rule: self)
    var commitments: [Commitment] = []
    for promise in promises {
      commitments.append(
        Commitment(
          ruleID: context.metadata.id, sentence: context.text.sentences[promise.sentence].range, cue: promise.range,
          anchor: promise.anchor))
      guard promise.anchor == nil else { continue }
      context.report(range: promise.range, values: [("missing", promise.missing)])
    }
    outputs.append(commitments)
  }
}

/// A promise found in a text, for reviewers' checklists.
public struct Commitment: SideOutput, Hashable {
  public var ruleID: String
  public var sentence: TextRange
  /// The promise itself (the clause, from its subject to its last word).
  public var cue: TextRange
  /// The time that makes it concrete; nil when the promise has none.
  public var anchor: TextRange?

  /// In text order of their cues.
  public static func sort(_ values: inout [Commitment]) {
    values.sort { $0.cue < $1.cue }
  }
}

extension LintResult {
  /// Every promise and its time anchor, in text order.
  public var commitments: [Commitment] { sideOutputs[Commitment.self] }
}
