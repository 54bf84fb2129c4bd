import KlarsvarText

/// The outcome of linting one text.
public struct LintResult: Sendable {
  public let text: TokenizedText
  /// The kind used: front matter, else configuration, else `reply`.
  public let kind: DocumentKind
  public var findings: [Finding]
  /// Problems with the input itself (unknown rule ids in directives, an unknown kind).
  public var notices: [Notice]
  /// What rules produced besides findings, by type (e.g. every promise and its time anchor, for
  /// reviewers' checklists and summaries).
  public var sideOutputs: SideOutputs

  public var source: SourceText { text.source }
}
