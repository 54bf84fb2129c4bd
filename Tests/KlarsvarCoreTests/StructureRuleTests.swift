import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `structure` rule type: parts near the start or end, and the closing as insertion anchor.
final class StructureRuleTests: XCTestCase {
  func testStructureStartAndEndWindows() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-greeting", type: "structure", category: "structure",
        ["anyOf": ["hej", "god dag"], "within": ["from": "start", "paragraphs": 1], "template": "Hej!"]),
      RuleTypeFixtures.closing,
    ])
    func ids(_ text: String) -> [String] {
      linter.lint(text, options: LintOptions(format: .markdown)).findings.map(\.ruleID)
    }
    XCTAssertEqual(ids("Hej Anna!\n\nText.\n\nMer text.\n\nMed vänliga hälsningar\nBo"), [])
    XCTAssertEqual(ids("God dag.\n\nText.\n\nHälsningar\n\nBo Ek, enheten"), [], "within the last two paragraphs")
    XCTAssertEqual(ids("Text.\n\nHej Anna!\n\nMed vänliga hälsningar"), ["test-greeting"])
    XCTAssertEqual(
      ids("> Hej kommunen!\n\nText.\n\nMed vänliga hälsningar"), ["test-greeting"], "quoted hej does not count")
    XCTAssertEqual(
      ids("> Ni är dåliga.\n\nHej Anna!\n\nText.\n\nMed vänliga hälsningar"), [], "quote paragraphs are skipped")
    XCTAssertEqual(ids("Hej!\n\nMed vänliga hälsningar\n\nText.\n\nMer text."), ["test-closing"])

    let text = "Text först.\n\nMer.\n\nMed vänliga hälsningar"
    let greeting = linter.lint(text).findings.first { $0.ruleID == "test-greeting" }
    XCTAssertEqual(greeting?.range, TestPack.range(of: "Text först.", in: text))
    XCTAssertEqual(greeting?.suggestions.map(\.edit), [TextEdit(range: TextRange(0, 0), newText: "Hej!\n\n")])
    let missing = "Hej!\n\nSista meningen."
    XCTAssertEqual(
      linter.lint(missing).findings.first { $0.ruleID == "test-closing" }?.range,
      TestPack.range(of: "Sista meningen.", in: missing))
    // Missing at the end: shown on the signature's last line, not on the closing phrase above it.
    let signed = "Hej!\n\nText.\n\nSista meningen\nAnna Lind\nEnhetschef"
    XCTAssertEqual(
      linter.lint(signed).findings.first { $0.ruleID == "test-closing" }?.range,
      TestPack.range(of: "Enhetschef", in: signed))
  }

  func testInsertionsGoBeforeTheEarliestClosingAndNeverBeforeAGreeting() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-greeting", type: "structure", category: "structure",
        ["anyOf": ["hej"], "within": ["from": "start", "paragraphs": 1]]),
      TestPack.rule(
        "test-signature", type: "structure", category: "structure",
        ["anyOf": ["enheten"], "within": ["from": "end", "paragraphs": 1]]),
      RuleTypeFixtures.closing,
      TestPack.rule(
        "test-requires", type: "requires", category: "referral",
        ["triggers": ["klagomål"], "evidence": [["IVO"]], "template": "Vänd dig till IVO."]),
    ])
    let text = "Hej!\n\nTack för ditt klagomål.\n\nMed vänliga hälsningar\n\nBo Ek, enheten"
    let edit = linter.lint(text).findings.first { $0.ruleID == "test-requires" }?.suggestions.first?.edit
    let closing = TestPack.range(of: "Med vänliga", in: text).lowerBound
    XCTAssertEqual(edit, TextEdit(range: TextRange(closing, closing), newText: "Vänd dig till IVO.\n\n"))
  }
}
