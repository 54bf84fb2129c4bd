import KlarsvarLanguage

/// The kind of a text; rules declare which kinds they apply to. Declared in front matter or
/// configuration, otherwise detected by the language layer: one enum, `TextKind`, for both.
public typealias DocumentKind = TextKind

extension TextKind: Codable {
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
