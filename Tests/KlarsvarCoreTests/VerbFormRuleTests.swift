import XCTest

@testable import KlarsvarCore

/// The `verb-form` rule type: the verb an auxiliary governs, with the clause boundaries that make a
/// finite verb after an auxiliary correct.
final class VerbFormRuleTests: XCTestCase {
  private func rule(_ fields: [String: Any]) -> [String: Any] {
    TestPack.rule(
      "test-verb-form", type: "verb-form", category: "grammar", message: "{match}: {suggestion}",
      ["between": ["inte", "också"], "exceptVerbs": ["vara", "ha", "kunna", "skola", "vilja", "komma"]]
        .merging(fields) { _, new in new })
  }

  func testFiniteVerbAfterModal() {
    let modal = rule(["after": ["{ska|skulle|kan|vill|måste}"], "expect": "infinitive"])
    let cases: [(String, [String])] = [
      ("Tiden kan varierar.", ["kan varierar → variera"]),
      ("Jag vill inte kommenterar det.", ["vill inte kommenterar → kommentera"]),
      ("Ska du skickar intyget?", ["Ska du skickar → skicka"]),
      ("Beslutet måste begärs.", ["måste begärs → begäras"]),
      ("Tiden kan variera.", []),
      ("Det vi kan gör vi nu.", []),
      ("När du kan kommer vi.", []),
      ("Det du vill är att få svar.", []),
    ]
    for (text, expected) in cases { XCTAssertEqual(GrammarRuleFixtures.findings(modal, text), expected, text) }
  }

  func testSupineGivesAdviceOnly() {
    let perfect = rule(["after": ["{har|hade}"], "expect": "supine"])
    XCTAssertEqual(GrammarRuleFixtures.findings(perfect, "Nu har sätter vi ett tak."), ["har sätter"])
    XCTAssertEqual(GrammarRuleFixtures.findings(perfect, "Det vi har räcker inte."), [])
  }

  func testAttBeforeInfinitive() {
    let future = rule(["after": ["kommer"], "expect": "att"])
    let cases: [(String, [String])] = [
      ("Nämnden kommer bygga ett boende.", ["kommer bygga → att bygga"]),
      ("I år kommer vi ta bort avgiften.", ["kommer vi ta → att ta"]),
      ("Hon kommer hem i morgon.", []),
      ("Nämnden kommer att bygga ett boende.", []),
      ("Det kommer få personer.", []),
    ]
    for (text, expected) in cases { XCTAssertEqual(GrammarRuleFixtures.findings(future, text), expected, text) }
  }

  func testOnlyAfterAndNotAfterInSentence() {
    let adjective = rule([
      "after": ["{svårt|omöjligt|möjligt}"], "expect": "att", "onlyAfter": ["", "är"], "notAfterInSentence": ["ska"],
    ])
    let cases: [(String, [String])] = [
      ("Det är svårt hitta information.", ["svårt hitta → att hitta"]),
      ("Omöjligt få tag på vikarier.", ["Omöjligt få → att få"]),
      ("Vi kan omöjligt veta det.", []),
      ("Vi ska så långt det är möjligt samarbeta.", []),
    ]
    for (text, expected) in cases { XCTAssertEqual(GrammarRuleFixtures.findings(adjective, text), expected, text) }
  }
}
