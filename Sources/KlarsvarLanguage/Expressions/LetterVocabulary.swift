import KlarsvarJSON

/// Words and phrases of letters (greetings, closings, signatures, genre markers) from the `"letter"`
/// object of `expressions.json`.
public struct LetterVocabulary: Sendable {
  public var greetings = PhraseList()
  public var closings = PhraseList()
  /// Markers of a reply to a published letter in a title or first line (*svar på*, *replik*).
  public var replyMarkers = PhraseList()
  /// Names of the published letter or its writer anywhere in the text (*insändaren*, *skribenten*).
  public var letterMentions = PhraseList()
  /// Phrases that answer one reader (*tack för ditt brev*, *du undrar*).
  public var replyPhrases = PhraseList()
  public var decisionPhrases = PhraseList()
  public var appealPhrases = PhraseList()
  public var complaintPhrases = PhraseList()
  public var summaryPhrases = PhraseList()
  public var opinionPhrases = PhraseList()
  public var informationPhrases = PhraseList()
  public var newsPhrases = PhraseList()
  /// Lines that end a reader's published question and open the answer (`svar`, `kommentarer`), lower case.
  public var answerLabels: [String] = []
  /// Party abbreviations, folded (`s`, `kd`).
  public var partyTags: Set<String> = []
  /// Labels of contact lines (`presskontakt`, `telefon`).
  public var contactLabels: Set<String> = []
  /// Words and word endings naming a role (`ordförande`, `…chef`).
  public var roleWords: [String] = []
  /// Words and word endings naming a body (`…nämnden`, `kommun`).
  public var bodyWords: [String] = []

  public init() {}

  static let keys: Set<String> = [
    "greetings", "closings", "replyMarkers", "letterMentions", "replyPhrases", "decisionPhrases", "appealPhrases",
    "complaintPhrases",
    "summaryPhrases",
    "opinionPhrases", "informationPhrases", "newsPhrases", "partyTags", "contactLabels", "roleWords", "bodyWords",
    "answerLabels",
  ]

  mutating func add(_ reader: JSONReader) throws(LanguageDataError) {
    let members = try reader.object(allowed: Self.keys)
    let lists: [(String, WritableKeyPath<LetterVocabulary, PhraseList>)] = [
      ("greetings", \.greetings), ("closings", \.closings), ("replyMarkers", \.replyMarkers),
      ("letterMentions", \.letterMentions), ("replyPhrases", \.replyPhrases),
      ("decisionPhrases", \.decisionPhrases), ("appealPhrases", \.appealPhrases),
      ("complaintPhrases", \.complaintPhrases), ("summaryPhrases", \.summaryPhrases),
      ("opinionPhrases", \.opinionPhrases), ("informationPhrases", \.informationPhrases),
      ("newsPhrases", \.newsPhrases),
    ]
    for (key, path) in lists {
      for phrase in try reader.optional(key, in: members)?.stringList() ?? [] { self[keyPath: path].add(phrase) }
    }
    func words(_ key: String) throws(LanguageDataError) -> [String] {
      try reader.optional(key, in: members)?.stringList().map { CaseFolding.fold($0) } ?? []
    }
    partyTags.formUnion(try words("partyTags"))
    contactLabels.formUnion(try words("contactLabels"))
    roleWords += try words("roleWords")
    bodyWords += try words("bodyWords")
    answerLabels += try words("answerLabels")
  }

  /// Whether a folded word is or ends with a role word (*enhetschef*, *ordförande*).
  public func isRoleWord(_ word: String) -> Bool { roleWords.contains { word == $0 || word.hasSuffix($0) } }

  /// Whether a folded word is or ends with a body word (*socialnämnden*, *kommun*).
  public func isBodyWord(_ word: String) -> Bool { bodyWords.contains { word == $0 || word.hasSuffix($0) } }
}
