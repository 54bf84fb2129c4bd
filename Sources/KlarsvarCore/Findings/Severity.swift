/// How serious a finding is. `error` is reserved for text that misleads the reader or costs them a right.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case hint, info, warning, error

  var rank: Int {
    switch self {
    case .hint: 0
    case .info: 1
    case .warning: 2
    case .error: 3
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
