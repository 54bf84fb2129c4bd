/// A rule type whose check also yields values besides findings (side outputs, see `SideOutputs`),
/// worked out in the same pass as the findings.
///
/// The engine collects them into `LintResult.sideOutputs`; readers ask for a type of value
/// (`sideOutputs[Commitment.self]`), never for the rule type that produced it.
protocol SideOutputProducing: RuleType {
  /// Adds the findings `check` adds, and the document's side outputs to `outputs`.
  func check(_ context: inout RuleCheckContext, collecting outputs: inout SideOutputs)
}

extension SideOutputProducing {
  func check(_ context: inout RuleCheckContext) {
    var discarded = SideOutputs()
    check(&context, collecting: &discarded)
  }
}
