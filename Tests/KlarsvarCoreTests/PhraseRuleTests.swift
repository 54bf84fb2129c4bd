import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `phrase` rule type: suggestions cased like the match, paired with alternatives, exceptions.
final class PhraseRuleTests: XCTestCase {
  func testPhraseSuggestionsPreserveCase() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-phrase", type: "phrase", message: "Skriv ”{suggestion}” i stället för ”{match}”.",
        ["phrases": ["erhålla", ["phrase": "i syfte att", "suggestions": ["för att"]]], "suggestions": ["få"]])
    ])
    let text = "Du kan erhålla stöd. Erhålla ska du. ERHÅLLA! I syfte att hjälpa."
    let findings = linter.lint(text).findings
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.newText) }, [["få"], ["Få"], ["FÅ"], ["För att"]])
    XCTAssertEqual(findings.map { $0.suggestions.map(\.kind) }, Array(repeating: [.replacement], count: 4))
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.range) }, findings.map { [$0.range] })
    XCTAssertEqual(findings[0].message, "Skriv ”få” i stället för ”erhålla”.")
    XCTAssertEqual(findings[3].message, "Skriv ”För att” i stället för ”I syfte att”.")
    XCTAssertEqual(findings[0].category, .plainLanguage)
    XCTAssertEqual(findings[0].severity, .warning)
  }

  func testPhraseSuggestionsPairWithTheFirstGroupsAlternatives() {
    let linter = TestPack.phraseLinter([["phrase": "erhåll{a|er|it}", "suggestions": ["få", "får", "fått"]]])
    let findings = linter.lint("Vi erhåller svar. Du har erhållit det. Att erhålla.").findings
    XCTAssertEqual(findings.map(\.matchedText), ["erhåller", "erhållit", "erhålla"])
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.newText) }, [["får"], ["fått"], ["få"]])
  }

  func testPhraseUnlessAndUnlessInSentence() {
    let linter = TestPack.phraseLinter(
      ["inom kort"], ["unless": ["inom kort tid"], "unlessInSentence": ["senast <date>"]])
    XCTAssertEqual(
      TestPack.matched(linter, "Vi svarar inom kort tid. Vi svarar inom kort, senast 2027-06-30. Vi svarar inom kort."),
      ["inom kort"])
  }
}
