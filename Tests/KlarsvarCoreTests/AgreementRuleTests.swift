import XCTest

@testable import KlarsvarCore

/// The `agreement` rule type: determiner, adjective and noun in gender, number and definiteness, and the
/// predicative, judged from the lexicon; traps are phrases where a word could be read another way.
final class AgreementRuleTests: XCTestCase {
  private func rule(_ check: String) -> [String: Any] {
    TestPack.rule(
      "test-agreement", type: "agreement", category: "grammar", message: "{match}: {suggestion}",
      [
        "check": check, "pluralWords": ["fler", "två"], "needAdjective": ["den", "det", "de"],
        "exceptDeterminers": ["er", "nästa", "få", "all", "allt", "något"], "exceptWords": ["procent", "egen", "plan"],
        "copulas": ["är", "var", "blir", "blev"], "genitives": true,
      ])
  }

  private func check(_ name: String, _ cases: [(String, [String])], line: UInt = #line) {
    for (text, expected) in cases {
      XCTAssertEqual(GrammarRuleFixtures.findings(rule(name), text), expected, text, line: line)
    }
  }

  func testGender() {
    check(
      "gender",
      [
        ("Ett bra lösning är att ringa.", ["Ett bra lösning → En"]),
        ("Det nya rutinen gäller.", ["Det nya rutinen → Den"]),
        ("Vi fick en beslut.", ["en beslut → ett"]),
        ("En bra lösning är att ringa.", []),
        ("Är det rutinen du menar?", []),
        ("Vi ger det ny chans.", []),
        ("Vi köpte ett hjälpmedel.", []),
        ("Vi möts på ett personligt plan.", []),
      ])
  }

  func testNumber() {
    check(
      "number",
      [
        ("Vi bygger fler trygghetsboende.", ["fler trygghetsboende → trygghetsboenden"]),
        ("Era nya uträkning stämmer inte.", ["Era nya uträkning"]),
        ("De boende har fått brev.", []),
        ("Hans assistenter kom i tid.", []),
        ("Avgiften höjs med två procent.", []),
        ("Vi prioriterar våra vård- och omsorgsboenden.", []),
      ])
  }

  func testDefiniteness() {
    check(
      "definiteness",
      [
        ("Personalen ändrade deras schemat.", ["deras schemat → schema"]),
        ("Personalen ändrade deras schema.", []),
        ("Vi skickar er beslutet.", []),
        ("Vi har läst nämndens beslutet.", ["nämndens beslutet → beslut"]),
        ("Det tog ett års tid.", []),
      ])
  }

  func testAdjective() {
    check(
      "adjective",
      [
        ("Du får ett skriftlig beslut.", ["skriftlig → skriftligt"]),
        ("Har du eventuell frågor ringer du.", ["eventuell frågor → eventuella"]),
        ("Du får ett skriftligt beslut.", []),
        ("Du bor kvar i din egen kommundel.", []),
        ("Hon var orolig nätter i sträck.", []),
      ])
  }

  func testPredicative() {
    check(
      "predicative",
      [
        ("Barn vars föräldrar är föräldraledig får gå.", ["föräldrar är föräldraledig → föräldralediga"]),
        ("Beslutet är fattad av nämnden.", ["Beslutet är fattad → fattat"]),
        ("I dag är vi nöjd.", ["är vi nöjd → nöjda"]),
        ("Antalet platser är begränsat.", []),
        ("Du som arbetar med barn och ungdomar är skyldig att anmäla.", []),
        ("Ni är välkommen att ringa.", []),
        ("Det är viktig information.", []),
      ])
  }
}
