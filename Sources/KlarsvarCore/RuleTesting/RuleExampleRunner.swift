/// Runs every rule's `flag` and `pass` examples: each `flag` example must produce that rule,
/// each `pass` example must not. Used by `klarsvar test-rules` and the test suite.
public struct RuleExampleRunner: Sendable {
  public struct Failure: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var file: String
    public var expectation: Expectation
    public var index: Int
    public var text: String
    /// Rule ids the example did produce.
    public var produced: [String]

    public var description: String {
      let preview = MessageTemplate.display(text)
      let shortened = preview.count > 90 ? String(preview.prefix(87)) + "…" : preview
      let verb = expectation == .flag ? "ska flaggas men flaggades inte" : "ska passera men flaggades"
      return "\(file): regel \(ruleID), \(expectation.rawValue)[\(index)] \(verb): ”\(shortened)”"
    }
  }

  public enum Expectation: String, Sendable {
    case flag, pass
  }

  public struct Summary: Sendable {
    public var passed: Int
    public var failures: [Failure]
  }

  public let linter: Linter

  public init(linter: Linter) {
    self.linter = linter
  }

  /// Runs the examples of the given rules (all when `ruleIDs` is nil).
  public func run(ruleIDs: Set<String>? = nil, transform: @Sendable (String) -> String = { $0 }) -> Summary {
    var passed = 0
    var failures: [Failure] = []
    for rule in linter.ruleSet.rules where ruleIDs?.contains(rule.metadata.id) ?? true {
      let metadata = rule.metadata
      let cases =
        metadata.examples.flag.map { (Expectation.flag, $0) } + metadata.examples.pass.map { (Expectation.pass, $0) }
      var counters: [Expectation: Int] = [:]
      for (expectation, example) in cases {
        let index = counters[expectation, default: 0]
        counters[expectation] = index + 1
        let produced = produced(by: example, for: metadata, transform: transform)
        let flagged = produced.contains(metadata.id)
        if flagged == (expectation == .flag) {
          passed += 1
        } else {
          failures.append(
            Failure(
              ruleID: metadata.id, file: metadata.file, expectation: expectation, index: index, text: example.text,
              produced: produced))
        }
      }
    }
    return Summary(passed: passed, failures: failures)
  }

  /// Rule ids an example produces, linted with the example's kind (or the first kind the rule applies to).
  public func produced(
    by example: RuleExamples.Example, for metadata: RuleMetadata, transform: (String) -> String = { $0 }
  ) -> [String] {
    lint(example, metadata, transform).findings.map(\.ruleID)
  }

  /// The example's text with the first replacement of each of the rule's findings applied, or nil when
  /// the rule offers no replacement for it.
  public func fixed(_ example: RuleExamples.Example, for metadata: RuleMetadata) -> String? {
    let result = lint(example, metadata, { $0 })
    var edits: [TextEdit] = []
    for finding in result.findings where finding.ruleID == metadata.id {
      guard let edit = finding.suggestions.first(where: { $0.kind == .replacement })?.edit else { continue }
      if let last = edits.last, last.range.upperBound > edit.range.lowerBound { continue }
      edits.append(edit)
    }
    guard !edits.isEmpty else { return nil }
    var bytes = Array(example.text.utf8)
    for edit in edits.reversed() {
      bytes.replaceSubrange(edit.range.lowerBound..<edit.range.upperBound, with: Array(edit.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Flag examples whose `fixed` text differs from what the rule's suggestions give, and flag examples
  /// whose rule offers a replacement but that do not say what the fixed text is.
  public func fixProblems(ruleIDs: Set<String>? = nil) -> [String] {
    var problems: [String] = []
    for rule in linter.ruleSet.rules where ruleIDs?.contains(rule.metadata.id) ?? true {
      let metadata = rule.metadata
      for (index, example) in metadata.examples.flag.enumerated() {
        let actual = fixed(example, for: metadata)
        let name = "\(metadata.file): regel \(metadata.id), flag[\(index)]"
        switch (example.fixed, actual) {
        case (nil, nil): continue
        case (nil, let actual?): problems.append("\(name) saknar \"fixed\" (förslagen ger: ”\(actual)”)")
        case (let expected?, nil): problems.append("\(name): inget förslag att tillämpa, väntade ”\(expected)”")
        case (let expected?, let actual?) where expected != actual:
          problems.append("\(name): förslagen ger ”\(actual)”, väntade ”\(expected)”")
        default: continue
        }
      }
    }
    return problems
  }

  private func lint(
    _ example: RuleExamples.Example, _ metadata: RuleMetadata, _ transform: (String) -> String
  ) -> LintResult {
    let kind =
      example.kind
      ?? (metadata.applies(to: .reply) ? .reply : DocumentKind.allCases.first(where: metadata.applies) ?? .reply)
    return linter.lint(transform(example.text), options: LintOptions(format: .markdown, kind: kind))
  }
}
