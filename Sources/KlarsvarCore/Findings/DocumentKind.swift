import KlarsvarLanguage

/// The kind of a text; rules declare which kinds they apply to. Declared in front matter or
/// configuration, otherwise detected by the language layer (`TextKind`, same names).
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
  /// A letter or e-mail reply to a person (also an answer to a named person's question).
  case reply
  /// A reply to a letter to the editor (*replik*, *svar på insändare*).
  case newspaperReply = "newspaper-reply"
  /// A decision letter (*beslut*), which must say how to appeal.
  case decision
  /// A summary, e.g. of a citizen dialogue.
  case summary
  /// An opinion or debate piece that answers no letter.
  case opinion
  /// An information or FAQ page.
  case information
  /// A news item quoting an official.
  case news
  /// A citizen's letter or complaint.
  case citizenLetter = "citizen-letter"

  /// A kind from its name (`reply`, `newspaper-reply` …) or a Swedish one (`beslut`, `replik` …),
  /// case-insensitive.
  public init?(name: String) {
    guard let kind = TextKind(name: name) else { return nil }
    self.init(kind)
  }

  public init(_ kind: TextKind) {
    self = DocumentKind(rawValue: kind.rawValue)!
  }

  public var textKind: TextKind { TextKind(rawValue: rawValue)! }

  /// The kind in Swedish, for people.
  public var swedishName: String {
    switch self {
    case .reply: "svar till enskild"
    case .newspaperReply: "svar på insändare"
    case .decision: "beslut"
    case .summary: "sammanfattning"
    case .opinion: "debattartikel"
    case .information: "informationssida"
    case .news: "nyhet"
    case .citizenLetter: "brev från medborgare"
    }
  }

  /// The names, for messages that list them.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
