import KlarsvarText

/// The outcome of linting one text.
public struct LintResult: Sendable {
  public let text: TokenizedText
  /// The kind used: front matter, else configuration, else detected from the text.
  public let kind: DocumentKind
  /// Where the kind came from, and for a detected kind the signals that decided it.
  public let kindDecision: KindDecision
  public var findings: [Finding]
  /// Problems with the input itself (unknown rule ids in directives, an unknown kind).
  public var notices: [Notice]
  /// What rules produced besides findings, by type (e.g. every promise and its time anchor, for
  /// reviewers' checklists and summaries).
  public var sideOutputs: SideOutputs

  public var source: SourceText { text.source }
}
