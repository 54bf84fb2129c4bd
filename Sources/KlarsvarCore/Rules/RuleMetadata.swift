/// The fields every rule has, whatever its type.
public struct RuleMetadata: Sendable {
  public let id: String
  public let type: String
  public let category: RuleCategory
  public let severity: Severity
  public let message: String
  public let explanation: String
  public let reference: String?
  /// Kinds the rule applies to; all kinds when the pack does not say.
  public let kinds: Set<DocumentKind>
  public let suggestions: [String]
  public let examples: RuleExamples
  public let packID: String
  /// File the rule was read from, for error messages and `klarsvar rules`.
  public let file: String

  public func applies(to kind: DocumentKind) -> Bool { kinds.contains(kind) }
}

/// A rule's own test cases: texts it must flag and texts it must leave alone.
public struct RuleExamples: Sendable {
  public struct Example: Sendable, Hashable {
    public let text: String
    public let kind: DocumentKind?
  }

  public let flag: [Example]
  public let pass: [Example]
}
