import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `requires` rule type: a trigger without its evidence, and the paragraph offered for insertion.
final class RequiresRuleTests: XCTestCase {
  func testRequiresReportsTheFirstTriggerWithRelatedLocationsAndATemplateBeforeTheClosing() {
    let requires = TestPack.rule(
      "test-requires", type: "requires", category: "referral",
      [
        "triggers": ["klagomål*", "missnöje"],
        "evidence": [["@contact:ivo.name"], ["@contact:ivo.phone", "@contact:ivo.website"]],
        "template": "Du kan också vända dig till IVO på {contact:ivo.phone}.",
      ])
    let linter = TestPack.linter(
      rules: [requires, RuleTypeFixtures.closing], extra: ["contacts.json": RuleTypeFixtures.ivo])
    let text =
      "Hej!\n\nTack för ditt klagomål. Vi förstår ditt missnöje och fler klagomål.\n\nMed vänliga hälsningar\nAnna"
    let findings = linter.lint(text).findings.filter { $0.ruleID == "test-requires" }
    XCTAssertEqual(findings.count, 1)
    guard let finding = findings.first else { return }
    XCTAssertEqual(finding.range, TestPack.range(of: "klagomål", in: text))
    XCTAssertEqual(finding.category, .referral)
    XCTAssertEqual(
      finding.related.map(\.range),
      [
        TestPack.range(of: "missnöje", in: text), TestPack.range(of: "klagomål", in: text, occurrence: 1),
      ])
    let closing = TestPack.range(of: "Med vänliga", in: text).lowerBound
    XCTAssertEqual(finding.suggestions.map(\.kind), [.insertion])
    XCTAssertEqual(finding.suggestions.first?.edit.range, TextRange(closing, closing))
    XCTAssertEqual(finding.suggestions.first?.edit.newText, "Du kan också vända dig till IVO på 010-788 50 00.\n\n")

    let withoutClosing = "Tack för ditt klagomål."
    let atEnd = linter.lint(withoutClosing).findings.first { $0.ruleID == "test-requires" }?.suggestions.first?.edit
    XCTAssertEqual(atEnd?.range, TextRange(withoutClosing.utf8.count, withoutClosing.utf8.count))
    XCTAssertEqual(atEnd?.newText, "\n\nDu kan också vända dig till IVO på 010-788 50 00.\n")
  }

  func testRequiresIsSatisfiedByEveryGroup() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule(
          "test-requires", type: "requires", category: "referral",
          [
            "triggers": ["klagomål*"],
            "evidence": [["@contact:ivo.name"], ["@contact:ivo.phone", "@contact:ivo.website"]],
          ])
      ], extra: ["contacts.json": RuleTypeFixtures.ivo])
    let flagged = [
      "Om klagomål: ring IVO.", "Klagomål går till www.ivo.se.", "Klagomål: IVO, 010-123 45 67.",
      "> IVO 010-788 50 00\n\nKlagomål tar vi emot.",
    ]
    let passing = [
      "Klagomål tar IVO emot på 010-788 50 00.", "Klagomål? Inspektionen för vård och omsorg, https://www.ivo.se/.",
      "Du kan vända dig till IVO (ivo.se).", "Klagomål. IVO: 010 788 50 00.",
      // A digit wrong is still the referral; the contact rule corrects the number.
      "Klagomål: IVO, 010-788 50 01.",
    ]
    for text in flagged {
      XCTAssertEqual(TestPack.matched(linter, text, rule: "test-requires").count, 1, text)
    }
    for text in passing {
      XCTAssertEqual(TestPack.matched(linter, text, rule: "test-requires"), [], text)
    }
  }

  func testTriggersCountOnlyWhereClauseAndSentenceAllowAndTheMessageNamesWhatIsMissing() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-requires", type: "requires", category: "referral", message: "Det saknas {missing}.",
        [
          "triggers": ["[avslå:verb]"],
          "triggerClause": ["not": ["question"], "kind": ["main", "att"]],
          "triggerSentence": ["du", "din"],
          "triggerSentenceNot": ["statistik*"],
          "evidence": [
            ["what": "att beslutet kan överklagas", "items": ["överklaga*"]],
            ["what": "tidsfristen", "items": ["tre veckor"]],
            ["what": "vart det skickas", "items": ["till oss"]],
          ],
        ])
    ])
    let result = linter.lint("Nämnden avslog din ansökan. Du kan överklaga beslutet.")
    let findings = result.findings.filter { $0.ruleID == "test-requires" }
    XCTAssertEqual(findings.map { result.source.text(in: $0.range) }, ["avslog"])
    XCTAssertEqual(findings.first?.message, "Det saknas tidsfristen och vart det skickas.")
    let all = linter.lint("Nämnden avslår din ansökan.").findings.first { $0.ruleID == "test-requires" }
    XCTAssertEqual(all?.message, "Det saknas att beslutet kan överklagas, tidsfristen och vart det skickas.")
    for text in [
      "Om nämnden avslår din ansökan kan du överklaga.",
      "Avslog nämnden din ansökan?",
      "Nämnden avslog fyra ansökningar i fjol.",
      "Enligt statistiken avslog nämnden din ansökan.",
      "Nämnden avslog din ansökan. Skicka ett överklagande till oss inom tre veckor.",
    ] {
      XCTAssertEqual(TestPack.matched(linter, text, rule: "test-requires"), [], text)
    }
  }

  func testEvidenceGroupObjectsAreChecked() {
    let result = RuleSetLoader.load(
      TestPack.languageData + [
        TestPack.folder(rules: [
          TestPack.rule(
            "test-requires", type: "requires", ["triggers": ["klagomål"], "evidence": [["items": ["ivo"]]]])
        ])
      ])
    XCTAssertEqual(result.errors.count, 1)
    XCTAssertTrue(result.errors.first?.description.contains("what") ?? false, "\(result.errors)")
  }

  func testSwedishListOfNames() {
    XCTAssertEqual(RequiresRule.list([]), "")
    XCTAssertEqual(RequiresRule.list(["a"]), "a")
    XCTAssertEqual(RequiresRule.list(["a", "b"]), "a och b")
    XCTAssertEqual(RequiresRule.list(["a", "b", "c"]), "a, b och c")
  }

  /// A phrase rule yields only where the findings overlap; a rule that finds what the document
  /// lacks yields to the named rule's finding anywhere in the document.
  func testYieldingIsByOverlapForPhrasesAndByDocumentForRequires() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule("test-wrong-route", type: "phrase", category: "referral", ["phrases": ["lex sarah-anmälan"]]),
        TestPack.rule(
          "test-requires", type: "requires", category: "referral",
          ["triggers": ["klagomål*"], "evidence": [["@contact:ivo.name"]], "yieldsTo": ["test-wrong-route"]]),
        TestPack.rule(
          "test-vague", type: "phrase", category: "commitment",
          ["phrases": ["inom kort"], "yieldsTo": ["test-wrong-route"]]),
      ], extra: ["contacts.json": RuleTypeFixtures.ivo])
    let both = "Tack för ditt klagomål. Vi svarar inom kort.\n\nDu kan göra en lex Sarah-anmälan."
    XCTAssertEqual(TestPack.matched(linter, both, rule: "test-requires"), [])
    XCTAssertEqual(TestPack.matched(linter, both, rule: "test-vague"), ["inom kort"])
    let alone = "Tack för ditt klagomål. Vi svarar inom kort."
    XCTAssertEqual(TestPack.matched(linter, alone, rule: "test-requires").count, 1)
  }
}
