import KlarsvarText

/// A place in the text where a rule finds a problem.
public struct Finding: Hashable, Sendable, Codable {
  public var ruleID: String
  public var category: RuleCategory
  public var severity: Severity
  public var message: String
  /// UTF-8 range in the original text.
  public var range: TextRange
  public var matchedText: String
  public var suggestions: [Suggestion]
  public var related: [RelatedLocation]

  public init(
    ruleID: String, category: RuleCategory, severity: Severity, message: String, range: TextRange,
    matchedText: String, suggestions: [Suggestion] = [], related: [RelatedLocation] = []
  ) {
    self.ruleID = ruleID
    self.category = category
    self.severity = severity
    self.message = message
    self.range = range
    self.matchedText = matchedText
    self.suggestions = suggestions
    self.related = related
  }
}

/// Another place that explains a finding, e.g. a further mention of a complaint.
public struct RelatedLocation: Hashable, Sendable, Codable {
  public var range: TextRange
  public var message: String

  public init(range: TextRange, message: String) {
    self.range = range
    self.message = message
  }
}

/// Something about the input itself (not the prose): an unknown rule id in a directive, a bad kind.
public struct Notice: Hashable, Sendable, Codable {
  public var range: TextRange
  public var message: String

  public init(range: TextRange, message: String) {
    self.range = range
    self.message = message
  }
}
