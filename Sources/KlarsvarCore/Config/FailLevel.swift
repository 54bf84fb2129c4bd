/// The lowest severity that makes `klarsvar check` exit 1.
public enum FailLevel: String, Sendable, Codable, CaseIterable {
  case error, warning, info, never

  /// Whether a finding of this severity fails the run.
  public func fails(_ severity: Severity) -> Bool {
    switch self {
    case .never: false
    case .error: severity >= .error
    case .warning: severity >= .warning
    case .info: severity >= .info
    }
  }
}
