/// What kind of problem a rule finds.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
  case commitment
  case referral
  case tone
  case plainLanguage = "plain-language"
  case readability
  case structure
  case grammar

  /// Categories that judge the writer's own words, so text the reply quotes is left alone.
  /// (Readability counts only the writer's words itself, so its findings are never dropped.)
  var skipsQuotedText: Bool { self == .tone || self == .plainLanguage }

  /// Swedish name for summaries.
  public var swedishName: String {
    switch self {
    case .commitment: "löften"
    case .referral: "hänvisningar"
    case .tone: "ton"
    case .plainLanguage: "klarspråk"
    case .readability: "läsbarhet"
    case .structure: "struktur"
    case .grammar: "grammatik"
    }
  }
}
