import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// Inline `klarsvar-disable…` directives: in HTML comments in Markdown, on lines of their own in
/// plain text; unknown rule ids become notices.
final class SuppressionTests: XCTestCase {
  private let linter = TestPack.linter(rules: [
    TestPack.rule("test-vague", type: "phrase", ["phrases": ["inom kort"]]),
    TestPack.rule("test-other", type: "phrase", ["phrases": ["svarar"]]),
  ])

  /// `rule@line` (1-based) of every finding.
  private func findings(_ text: String, format: DocumentFormat) -> [String] {
    let result = linter.lint(text, options: LintOptions(format: format))
    return result.findings.map { "\($0.ruleID)@\(result.source.line(containing: $0.range.lowerBound) + 1)" }
  }

  func testDisableNextLineInMarkdown() {
    let text = """
      <!-- klarsvar-disable-next-line test-vague -->
      Vi svarar inom kort.
      Vi svarar inom kort.
      """
    XCTAssertEqual(findings(text, format: .markdown), ["test-other@2", "test-other@3", "test-vague@3"])
  }

  func testDisableNextLineSkipsBlankLinesAndTakesSeveralIDs() {
    let text =
      "<!-- klarsvar-disable-next-line test-vague, test-other -->\n\nVi svarar inom kort.\nVi svarar inom kort."
    XCTAssertEqual(findings(text, format: .markdown), ["test-other@4", "test-vague@4"])
  }

  func testDisableEnableBlockInMarkdown() {
    let text = """
      Vi svarar inom kort.
      <!-- klarsvar-disable test-vague -->
      Vi svarar inom kort.

      Vi svarar inom kort.
      <!-- klarsvar-enable test-vague -->
      Vi svarar inom kort.
      """
    XCTAssertEqual(
      findings(text, format: .markdown).filter { $0.hasPrefix("test-vague") }, ["test-vague@1", "test-vague@7"])
    XCTAssertEqual(
      findings(text, format: .markdown).filter { $0.hasPrefix("test-other") }.count, 4, "other rules unaffected")
  }

  func testDisableWithoutIDsOrEnableCoversAllRulesToTheEnd() {
    let text = "Vi svarar inom kort.\n<!-- klarsvar-disable -->\nVi svarar inom kort.\n\nVi svarar inom kort."
    XCTAssertEqual(findings(text, format: .markdown), ["test-other@1", "test-vague@1"])
  }

  func testEnablingOneRuleInsideADisableOfAllRules() {
    let text = """
      <!-- klarsvar-disable -->
      Vi svarar inom kort.
      <!-- klarsvar-enable test-vague -->
      Vi svarar inom kort.
      <!-- klarsvar-disable test-vague -->
      Vi svarar inom kort.
      <!-- klarsvar-enable -->
      Vi svarar inom kort.
      """
    XCTAssertEqual(findings(text, format: .markdown), ["test-vague@4", "test-other@8", "test-vague@8"])
  }

  func testDirectivesInsideCodeAreIgnored() {
    let text = "```\n<!-- klarsvar-disable test-vague -->\n```\n\nVi svarar inom kort."
    XCTAssertEqual(findings(text, format: .markdown), ["test-other@5", "test-vague@5"])
    XCTAssertEqual(linter.lint(text, options: LintOptions(format: .markdown)).text.directives.count, 0)
  }

  func testDirectivesOnTheirOwnLinesInPlainText() {
    let text = """
      klarsvar-disable-next-line test-vague
      Vi svarar inom kort.
        klarsvar-disable test-other
      Vi svarar inom kort.
      klarsvar-enable test-other
      Vi svarar inom kort.
      """
    XCTAssertEqual(
      findings(text, format: .plain), ["test-other@2", "test-vague@4", "test-other@6", "test-vague@6"])
    XCTAssertEqual(linter.lint(text).text.directives.map(\.kind), [.disableNextLine, .disable, .enable])
  }

  func testDirectivesMustStandAloneInPlainTextAndInCommentsInMarkdown() {
    let inline = "Vi svarar inom kort. klarsvar-disable-next-line test-vague\nVi svarar inom kort."
    XCTAssertEqual(
      findings(inline, format: .plain).filter { $0.hasPrefix("test-vague") }, ["test-vague@1", "test-vague@2"])
    let bare = "klarsvar-disable-next-line test-vague\nVi svarar inom kort."
    XCTAssertEqual(
      findings(bare, format: .markdown).filter { $0.hasPrefix("test-vague") }, ["test-vague@2"],
      "Markdown needs the comment")
    let lookalike = "<!-- klarsvar-disabled test-vague -->\nVi svarar inom kort."
    XCTAssertEqual(findings(lookalike, format: .markdown).filter { $0.hasPrefix("test-vague") }, ["test-vague@2"])
  }

  func testUnknownRuleIDsBecomeNotices() {
    let text = "Hej.\n<!-- klarsvar-disable-next-line test-vauge, test-vague -->\nVi svarar inom kort."
    let result = linter.lint(text, options: LintOptions(format: .markdown))
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-other"], "the known id still applies")
    XCTAssertEqual(result.notices.count, 1)
    XCTAssertTrue(result.notices.first?.message.contains("\"test-vauge\"") ?? false, "\(result.notices)")
    XCTAssertEqual(
      result.notices.first?.range,
      TestPack.range(of: "<!-- klarsvar-disable-next-line test-vauge, test-vague -->", in: text))

    let plain = linter.lint("klarsvar-enable nope\nText.")
    XCTAssertEqual(plain.notices.map(\.range.lowerBound), [0])
    XCTAssertTrue(plain.notices.first?.message.contains("\"nope\"") ?? false)
  }
}
