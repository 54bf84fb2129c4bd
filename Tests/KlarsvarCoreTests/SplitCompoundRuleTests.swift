import XCTest

@testable import KlarsvarCore

/// The `split-compound` rule type: two words that the lexicon says are one, and the pairs of nouns that
/// Swedish puts side by side legitimately.
final class SplitCompoundRuleTests: XCTestCase {
  private let rule = TestPack.rule(
    "test-split", type: "split-compound", category: "grammar", message: "{match}: {suggestion}",
    ["exceptFirst": ["hem", "pappa", "ordförande"], "exceptSecond": ["klockan"]])

  func testSplitCompounds() {
    let cases: [(String, [String])] = [
      ("Din kontakt person heter Eva.", ["kontakt person → kontaktperson"]),
      ("Mat lådorna kom sent.", ["Mat lådorna → Matlådorna"]),
      ("Center ledamöterna röstade nej.", ["Center ledamöterna → Centerledamöterna"]),
      ("Vi ser över arbets miljön.", ["arbets miljön → arbetsmiljön"]),
      ("Många äldre boende har fått besök.", []),
      ("Hon åkte hem dagen efter.", []),
      ("Jag ringde mamma klockan fyra.", []),
      ("Personalen gav pappa medicinen.", []),
      ("Det gäller individens behov.", []),
      ("Ordförande äldrenämnden", []),
      ("De har gjort den städning mannen har rätt till.", []),
      ("Pengarna tillförs äldreomsorgen.", []),
    ]
    for (text, expected) in cases { XCTAssertEqual(GrammarRuleFixtures.findings(rule, text), expected, text) }
  }
}
