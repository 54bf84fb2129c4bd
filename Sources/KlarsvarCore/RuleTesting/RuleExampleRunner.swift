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
    let kind =
      example.kind
      ?? (metadata.applies(to: .reply) ? .reply : DocumentKind.allCases.first(where: metadata.applies) ?? .reply)
    let result = linter.lint(transform(example.text), options: LintOptions(format: .markdown, kind: kind))
    return result.findings.map(\.ruleID)
  }
}
