import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// What the engine does for every rule type: document kinds and quoted text.
final class LinterTests: XCTestCase {
  func testKindsFromOptionsAndFrontMatter() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-decision", type: "phrase", ["phrases": ["överklaga"], "kinds": ["decision"]])
    ])
    let text = "Du kan överklaga."
    XCTAssertEqual(
      TestPack.matched(linter, text, rule: "test-decision", options: LintOptions(kind: .reply)), [],
      "a configured kind decides")
    XCTAssertEqual(
      TestPack.matched(linter, text, rule: "test-decision", options: LintOptions(kind: .decision)), ["överklaga"])
    let declared = "---\nkind: decision\n---\nDu kan överklaga."
    let result = linter.lint(declared, options: LintOptions(format: .markdown, kind: .reply))
    XCTAssertEqual(result.kind, .decision, "front matter wins over the configured kind")
    XCTAssertEqual(result.findings.map(\.matchedText), ["överklaga"])
    let unknown = linter.lint(
      "---\nkind: brevet\n---\nDu kan överklaga.", options: LintOptions(format: .markdown, kind: .reply))
    XCTAssertEqual(unknown.kind, .reply)
    XCTAssertEqual(unknown.notices.count, 1)
    XCTAssertTrue(unknown.notices.first?.message.contains("brevet") ?? false)
    let swedish = linter.lint("---\nkind: beslut\n---\nDu kan överklaga.", options: LintOptions(format: .markdown))
    XCTAssertEqual(swedish.kind, .decision, "Swedish names are accepted")
    XCTAssertEqual(swedish.kindDecision.source, .declared)
  }

  func testQuotedTextIsNotJudgedForToneOrPlainLanguage() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-tone", type: "phrase", category: "tone", ["phrases": ["inkompetent*"]]),
      TestPack.rule("test-plain", type: "phrase", category: "plain-language", ["phrases": ["inkompetent*"]]),
      TestPack.rule("test-grammar", type: "phrase", category: "grammar", ["phrases": ["inkompetent*"]]),
    ])
    let text = """
      > Ni är inkompetenta.

      Du skriver att "ni är helt inkompetenta" och det förstår vi. Vi är inte "inkompetenta".
      """
    let findings = linter.lint(text, options: LintOptions(format: .markdown)).findings
    let third = TestPack.range(of: "inkompetenta", in: text, occurrence: 2)
    XCTAssertEqual(findings.filter { $0.ruleID == "test-tone" }.map(\.range), [third], "scare quotes are still judged")
    XCTAssertEqual(findings.filter { $0.ruleID == "test-plain" }.map(\.range), [third])
    XCTAssertEqual(findings.filter { $0.ruleID == "test-grammar" }.count, 3, "grammar is judged everywhere")
  }
}
