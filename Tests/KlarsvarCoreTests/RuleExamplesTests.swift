import Foundation
import XCTest

@testable import KlarsvarCore

/// Every shipped rule's `flag` and `pass` examples, as written, in NFD, and behind a paragraph of
/// å/ä/ö and emoji that shifts every offset.
final class RuleExamplesTests: XCTestCase {
  private static let linter = Linter(ruleSet: RuleSetLoader.load(PackFolder.builtIn).ruleSet)

  /// Shifts UTF-8, UTF-16 and scalar offsets differently: two-byte letters, four-byte emoji, a ZWJ sequence.
  static let prefix = "Hej Åsa Öberg! 😊\n\nTack för ditt brev om Älvgården 👍🏽 och 👩‍👩‍👧 där.\n\n"

  /// Rule types whose findings sit on the matched words, so the same words must be found behind the prefix.
  private static let matchingTypes: Set<String> = ["phrase", "pattern", "commitment"]

  private func assertNoFailures(
    _ summary: RuleExampleRunner.Summary, _ variant: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertGreaterThan(summary.passed, 0, file: file, line: line)
    XCTAssertTrue(
      summary.failures.isEmpty,
      "\(summary.failures.count) example(s) fail \(variant):\n"
        + summary.failures.map { "  \($0) (gav: \($0.produced.joined(separator: ", ")))" }.joined(separator: "\n"),
      file: file, line: line)
  }

  func testEveryExampleAsWritten() {
    assertNoFailures(RuleExampleRunner(linter: Self.linter).run(), "as written")
  }

  /// Applying a rule's suggestions to its flag examples gives the corrected text the example states
  /// (`fixed`), and every flag example whose rule offers a replacement states it: every replacement was
  /// read in context and found grammatical.
  func testEverySuggestionGivesTheStatedCorrectedText() {
    let problems = RuleExampleRunner(linter: Self.linter).fixProblems()
    XCTAssertTrue(problems.isEmpty, problems.joined(separator: "\n"))
  }

  func testEveryExampleInNFD() {
    let summary = RuleExampleRunner(linter: Self.linter).run(transform: { $0.decomposedStringWithCanonicalMapping })
    assertNoFailures(summary, "in NFD")
  }

  func testEveryExampleInNFC() {
    let summary = RuleExampleRunner(linter: Self.linter).run(transform: { $0.precomposedStringWithCanonicalMapping })
    assertNoFailures(summary, "in NFC")
  }

  /// The example's kind, as the runner picks it.
  private func options(_ example: RuleExamples.Example, _ rule: RuleMetadata) -> LintOptions {
    let kind =
      example.kind ?? (rule.applies(to: .reply) ? .reply : DocumentKind.allCases.first(where: rule.applies) ?? .reply)
    return LintOptions(format: .markdown, kind: kind)
  }

  /// `matched text @ utf8 offset` of a rule's findings at or after `start`, offsets made relative to it.
  private func found(_ rule: String, in text: String, from start: Int, _ options: LintOptions) -> [String] {
    Self.linter.lint(text, options: options).findings.filter { $0.ruleID == rule && $0.range.lowerBound >= start }
      .map { "\($0.matchedText) @ \($0.range.lowerBound - start)" }
  }

  func testMatchingRulesFindTheSameWordsBehindSwedishLettersAndEmoji() {
    let rules = Self.linter.ruleSet.rules.map(\.metadata).filter { Self.matchingTypes.contains($0.type) }
    XCTAssertFalse(rules.isEmpty)
    let shift = Self.prefix.utf8.count
    var failures: [String] = []
    for rule in rules {
      for (expectation, examples) in [("flag", rule.examples.flag), ("pass", rule.examples.pass)] {
        for (index, example) in examples.enumerated() {
          let options = options(example, rule)
          let alone = found(rule.id, in: example.text, from: 0, options)
          let behind = found(rule.id, in: Self.prefix + example.text, from: shift, options)
          if alone != behind || (expectation == "flag") == alone.isEmpty {
            failures.append(
              "\(rule.file): \(rule.id) \(expectation)[\(index)]: alone \(alone), behind the prefix \(behind)")
          }
        }
      }
    }
    XCTAssertTrue(
      failures.isEmpty, "\(failures.count) example(s) differ behind the prefix:\n" + failures.joined(separator: "\n"))
  }

  func testPrefixItselfIsCleanForMatchingRules() {
    let findings = Self.linter.lint(Self.prefix + "Vi har fått ditt brev.", options: LintOptions(format: .markdown))
      .findings
    let matching = findings.filter {
      Self.linter.ruleSet.rule(withID: $0.ruleID).map { Self.matchingTypes.contains($0.metadata.type) } ?? false
    }
    XCTAssertEqual(matching.map(\.ruleID), [], "the prefix must not trigger the rules it is used to test")
  }
}
