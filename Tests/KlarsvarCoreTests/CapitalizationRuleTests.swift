import XCTest

@testable import KlarsvarCore

/// The `capitalization` rule type: lower-case sentence starts, capitals after a comma, and months and
/// weekdays with a capital inside a sentence.
final class CapitalizationRuleTests: XCTestCase {
  private func rule(_ check: String, _ fields: [String: Any] = [:]) -> [String: Any] {
    TestPack.rule(
      "test-capital", type: "capitalization", category: "grammar", message: "{match}: {suggestion}",
      ["check": check].merging(fields) { _, new in new })
  }

  private func check(_ rule: [String: Any], _ cases: [(String, [String])], line: UInt = #line) {
    for (text, expected) in cases {
      XCTAssertEqual(GrammarRuleFixtures.findings(rule, text), expected, text, line: line)
    }
  }

  func testSentenceStart() {
    check(
      rule("sentence-start", ["abbreviations": ["osv", "kl"]]),
      [
        ("Vi kom hem. det var sent.", ["det → Det"]),
        ("Tack för brevet! vi har läst det.", ["vi → Vi"]),
        ("Det gäller t.ex. resor.", []),
        ("Vi ses kl. nio.", []),
        ("Vänta lite ... det kommer mer.", []),
      ])
  }

  func testAfterComma() {
    check(
      rule("after-comma"),
      [
        ("Beslutet skickas via e-post, Inloggning sker med e-legitimation.", ["Inloggning → inloggning"]),
        ("Kontakta kommunen, Socialtjänsten eller Försäkringskassan.", []),
        ("Med vänliga hälsningar, Anna Berg", []),
        ("Vi har hemtjänst, Hemsjukvård och Korttidsboende.", []),
      ])
  }

  func testWords() {
    check(
      rule("words", ["words": ["januari", "maj", "måndag"]]),
      [
        ("Beslutet gäller från den 1 Januari.", ["Januari → januari"]),
        ("Vi ringer på Måndag.", ["Måndag → måndag"]),
        ("Måndag den 3 mars har vi stängt.", []),
        ("Det säger Maj Andersson.", []),
      ])
  }

  func testWordsAreRequiredForTheWordsCheck() {
    let result = RuleSetLoader.load(TestPack.languageData + [TestPack.folder(rules: [rule("words")])])
    XCTAssertEqual(result.errors.count, 1)
  }
}
