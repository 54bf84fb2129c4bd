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

  func testAReadersPublishedQuestionIsNotJudgedAsTheWritersVoice() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-promise", type: "phrase", category: "commitment", ["phrases": ["planerar"]]),
      TestPack.rule("test-tone", type: "phrase", category: "tone", ["phrases": ["planerar"]]),
      TestPack.rule("test-grammar", type: "phrase", category: "grammar", ["phrases": ["planerar"]]),
    ])
    let asked = """
      Hej! Jag planerar att flytta i vår. Har jag rätt till stöd då?

      /Kim

      Kommentarer

      Hej Kim! Vi planerar ett möte med dig.
      """
    let findings = linter.lint(asked, options: LintOptions(format: .markdown)).findings
    let answer = TestPack.range(of: "planerar", in: asked, occurrence: 1)
    XCTAssertEqual(
      findings.filter { $0.ruleID == "test-promise" }.map(\.range), [answer], "the reader's plan is no promise")
    XCTAssertEqual(findings.filter { $0.ruleID == "test-tone" }.map(\.range), [answer])
    XCTAssertEqual(findings.filter { $0.ruleID == "test-grammar" }.count, 2, "grammar is judged everywhere")
    // Without a question before it, the label is a heading of the writer's own text.
    let unasked = "Jag planerar att flytta i vår.\n\nKommentarer\n\nVi planerar ett möte."
    let own = linter.lint(unasked, options: LintOptions(format: .markdown)).findings
    XCTAssertEqual(own.filter { $0.ruleID == "test-promise" }.count, 2)
    // *Socialchefen svarar*: a label may name who answers (one to three words before *svarar*).
    let named = "Jag planerar att flytta. Har jag rätt till stöd?\n\nSocialchefen svarar\n\nVi planerar ett möte."
    let namedFindings = linter.lint(named, options: LintOptions(format: .markdown)).findings
    XCTAssertEqual(
      namedFindings.filter { $0.ruleID == "test-promise" }.map(\.range),
      [TestPack.range(of: "planerar", in: named, occurrence: 1)])
    let sentence = "Jag planerar att flytta. Har jag rätt till stöd?\n\nDen som har fått beslut svarar\n\nVi planerar."
    let sentenceFindings = linter.lint(sentence, options: LintOptions(format: .markdown)).findings
    XCTAssertEqual(sentenceFindings.filter { $0.ruleID == "test-promise" }.count, 2, "a sentence is no label")
  }
}
