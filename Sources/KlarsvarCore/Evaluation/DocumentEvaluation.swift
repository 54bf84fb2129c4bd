import KlarsvarText

/// The outcome of comparing one draft's findings with its annotation.
public struct DocumentEvaluation: Sendable {
  /// A finding nobody expected, or an expected problem nothing found.
  public struct Discrepancy: Sendable, Hashable {
    public var file: String
    /// One-based line; nil for a document-level item.
    public var line: Int?
    public var category: RuleCategory
    /// The finding's matched text, or the expected span (nil when document-level).
    public var text: String?
    /// The rule behind a false positive.
    public var ruleID: String?
  }

  public var file: String
  /// The kind the annotation names (nil when it names none) and the kind the linter used.
  public var expectedKind: DocumentKind?
  public var kind: DocumentKind
  public var scores: [RuleCategory: CategoryScore]
  public var falsePositives: [Discrepancy]
  public var misses: [Discrepancy]

  /// Lints `source` and pairs its findings with `expected` (see `FindingMatcher`).
  public static func evaluate(
    file: String, source: String, expected: [ExpectedFinding], expectedKind: DocumentKind? = nil, linter: Linter,
    format: DocumentFormat
  ) throws -> DocumentEvaluation {
    var targets: [FindingMatcher.Target] = []
    for (index, item) in expected.enumerated() {
      guard let text = item.text else {
        targets.append(FindingMatcher.Target(expected: item, range: nil))
        continue
      }
      guard let range = SpanResolver.resolve(text, occurrence: item.occurrence, in: source) else {
        throw EvaluationError(
          file: file, message: "/findings/\(index): hittar inte förekomst \(item.occurrence) av \"\(text)\" i texten")
      }
      targets.append(FindingMatcher.Target(expected: item, range: range))
    }
    let result = linter.lint(source, options: LintOptions(format: format))
    let findings = result.findings
    let pairs = FindingMatcher.match(
      findings.map { FindingMatcher.Candidate(category: $0.category, range: $0.range) }, targets)
    let sourceText = result.source
    func line(_ offset: Int) -> Int { sourceText.line(containing: offset) + 1 }

    var scores: [RuleCategory: CategoryScore] = [:]
    var falsePositives: [Discrepancy] = []
    var misses: [Discrepancy] = []
    for (index, finding) in findings.enumerated() {
      if pairs[index] != nil {
        scores[finding.category, default: CategoryScore()].truePositives += 1
      } else {
        scores[finding.category, default: CategoryScore()].falsePositives += 1
        falsePositives.append(
          Discrepancy(
            file: file, line: line(finding.range.lowerBound), category: finding.category, text: finding.matchedText,
            ruleID: finding.ruleID))
      }
    }
    let matchedTargets = Set(pairs.compactMap { $0 })
    for (index, target) in targets.enumerated() where !matchedTargets.contains(index) {
      scores[target.expected.category, default: CategoryScore()].falseNegatives += 1
      misses.append(
        Discrepancy(
          file: file, line: target.range.map { line($0.lowerBound) }, category: target.expected.category,
          text: target.expected.text, ruleID: nil))
    }
    return DocumentEvaluation(
      file: file, expectedKind: expectedKind, kind: result.kind, scores: scores, falsePositives: falsePositives,
      misses: misses)
  }
}
