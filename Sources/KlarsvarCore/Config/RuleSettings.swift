import KlarsvarText

/// How a rule is changed by configuration: turned off or given another severity.
public enum RuleOverride: Sendable, Hashable {
  case off
  case severity(Severity)

  init?(_ text: String) {
    if text == "off" {
      self = .off
    } else if let severity = Severity(rawValue: text) {
      self = .severity(severity)
    } else {
      return nil
    }
  }
}

/// Which packs and rules are active for one document, and with which severities.
public struct RuleSettings: Sendable, Hashable {
  /// Pack ids to use; nil means every loaded pack.
  public var enabledPacks: Set<String>?
  public var overrides: [String: RuleOverride]

  public init(enabledPacks: Set<String>? = nil, overrides: [String: RuleOverride] = [:]) {
    self.enabledPacks = enabledPacks
    self.overrides = overrides
  }
}

/// Everything about how one document is linted besides its text.
public struct LintOptions: Sendable, Hashable {
  public var format: DocumentFormat
  /// The configured kind; a `kind:` in the document's front matter wins.
  public var kind: DocumentKind?
  public var placeholders: [PlaceholderDelimiters]
  public var rules: RuleSettings

  public init(
    format: DocumentFormat = .plain, kind: DocumentKind? = nil,
    placeholders: [PlaceholderDelimiters] = PlaceholderDelimiters.defaults, rules: RuleSettings = RuleSettings()
  ) {
    self.format = format
    self.kind = kind
    self.placeholders = placeholders
    self.rules = rules
  }
}
