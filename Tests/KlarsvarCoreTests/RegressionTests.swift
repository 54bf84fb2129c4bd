import XCTest

@testable import KlarsvarCore

/// Regression tests for bugs found while writing the suite (each names the file it guards).
final class RegressionTests: XCTestCase {
  private static var ivo: [String: Any] {
    [
      "contacts": [
        [
          "id": "ivo", "name": "Inspektionen för vård och omsorg", "aliases": ["IVO"], "website": "ivo.se",
          "phone": "010-788 50 00",
        ] as [String: Any]
      ]
    ]
  }

  /// → PhraseMatchingTests.testPhraseSyntaxErrorsNameRulePathAndProblem (Matching/PhraseParser.swift).
  func testAStarInsideAWordIsAnError() {
    let result = RuleSetLoader.load([
      TestPack.folder(rules: [TestPack.rule("test-x", type: "phrase", ["phrases": ["för*bättr"]])])
    ])
    XCTAssertEqual(result.errors.map(\.jsonPath), ["/rules/0/phrases/0"])
  }

  /// → RuleTypeTests.testLIXAgainstAHandComputation (Engine/Linter.swift quoted-text filter).
  func testDocumentLIXIsReportedWhenTheLetterStartsWithAQuote() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-lix", type: "metric", category: "readability", message: "LIX {value}, max {max}, {words} ord",
        ["metric": "lix", "scope": "document", "max": 1])
    ])
    let quoted = "> Kommunen genomförde utredningen noggrant.\n\nVi svarar snart."
    XCTAssertEqual(linter.lint(quoted).findings.map(\.message), ["LIX 3, max 1, 3 ord"])
  }

  /// → RuleTypeTests.testLIXPerParagraphAndSentenceLength.
  func testALongSentenceWithAQuotationIsStillReported() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-long", type: "metric", category: "readability", message: "{value} ord",
        ["metric": "sentence-words", "scope": "sentence", "max": 5])
    ])
    let text = "Vi har läst ditt brev noga och vi förstår att du skriver \"det här är helt fel\" i brevet."
    XCTAssertEqual(linter.lint(text).findings.map(\.message), ["14 ord"])
  }

  /// → RuleTypeTests.testContactFlagsOutdatedAndNearMissValuesWithTheCorrectOne (RulePacks/PhoneNumbers.swift).
  func testInternationalNumberWithTrunkZeroInParentheses() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule("test-contact", type: "contact", category: "referral", ["contacts": ["ivo"]]),
        TestPack.rule(
          "test-requires", type: "requires", category: "referral",
          ["triggers": ["klagomål"], "evidence": [["@contact:ivo.phone"]]]),
      ], extra: ["contacts.json": Self.ivo])
    XCTAssertEqual(linter.lint("Klagomål: IVO +46 (0)10-788 50 00.").findings.map(\.ruleID), [])
  }

  /// → ContactRuleTests (RuleTypes/ContactRule.swift checkWebsites).
  func testWebsiteSuggestionKeepsThePathAsWritten() {
    let linter = TestPack.linter(
      rules: [TestPack.rule("test-contact", type: "contact", category: "referral", ["contacts": ["ivo"]])],
      extra: ["contacts.json": Self.ivo])
    let finding = linter.lint("Anmäl till IVO på https://www.ivo.sr/Klagomal/AnmalanForm.").findings.first
    XCTAssertEqual(finding?.suggestions.map(\.edit.newText), ["https://www.ivo.se/Klagomal/AnmalanForm"])
  }
}
