import XCTest

@testable import KlarsvarCore

/// Suggestions inflected like the matched form of a lemma (`[erhålla]` → `[få]`), and the matches where no
/// inflected replacement fits, which get the replacement as advice in the message instead of an edit.
final class PhraseInflectionTests: XCTestCase {
  private struct Found: Equatable {
    var matched: String
    var edits: [String]
    var message: String
  }

  private func findings(
    _ phrase: String, _ suggestions: [String], in text: String, file: StaticString = #filePath, line: UInt = #line
  ) -> [Found] {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule(
          "test-phrase", type: "phrase", message: "Skriv ”{suggestion}”.",
          ["phrases": [["phrase": phrase, "suggestions": suggestions]]])
      ], file: file, line: line)
    let result = linter.lint(text)
    return result.findings.filter { $0.ruleID == "test-phrase" }.map {
      Found(matched: result.source.text(in: $0.range), edits: $0.suggestions.map(\.edit.newText), message: $0.message)
    }
  }

  func testFiniteFormsAndSupineTakeTheReplacementsForm() {
    let found = findings("[erhålla]", ["[få]"], in: "Du erhöll beslutet. Du har erhållit svar. Du erhåller det.")
    XCTAssertEqual(found.map(\.edits), [["fick"], ["fått"], ["får"]])
    XCTAssertEqual(found.map(\.message), ["Skriv ”fick”.", "Skriv ”fått”.", "Skriv ”får”."])
  }

  func testParticipleOfAParticleVerbBecomesAdvice() {
    let found = findings("[inkomma]", ["[komma] in"], in: "Ansökan inkom i går. Handlingen är inkommen.")
    XCTAssertEqual(found.map(\.matched), ["inkom", "inkommen"])
    XCTAssertEqual(found.map(\.edits), [["kom in"], []], "not *kommen in*")
    XCTAssertEqual(found[1].message, "Skriv ”komma in”.")
  }

  func testParticipleWithAOneWordReplacementIsInflected() {
    let found = findings("[tillhandahålla]", ["[erbjuda]"], in: "Den tillhandahållna tolken kom i tid.")
    XCTAssertEqual(found.map(\.edits), [["erbjudna"]])
  }

  func testPresentParticipleBecomesAdvice() {
    let found = findings("[tillhandahålla]", ["[erbjuda]"], in: "Kommunens tillhandahållande av tolk fungerar.")
    XCTAssertEqual(found.map(\.edits), [[]])
    XCTAssertEqual(found.map(\.message), ["Skriv ”erbjuda”."])
  }

  func testAFormWithTwoReadingsIsReadAsItsClauseReadsIt() {
    // *beaktas* is both the s-infinitive and the s-present; *väga in* has different forms for the two.
    let found = findings(
      "[beakta]", ["[väga] in"], in: "Dina önskemål beaktas. Dina önskemål ska beaktas när vi planerar.")
    XCTAssertEqual(found.map(\.edits), [["vägs in"], ["vägas in"]])
  }

  func testABracketedSuggestionWithoutALemmaInThePhraseIsALoadError() {
    let folder = TestPack.folder(rules: [
      TestPack.rule("test-bracket", type: "phrase", ["phrases": [["phrase": "inom kort", "suggestions": ["[datum]"]]]])
    ])
    let errors = RuleSetLoader.load(TestPack.languageData + [folder]).errors.map(\.description)
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertTrue(errors.first?.contains("har inget lemma att böja efter") ?? false, "\(errors)")
  }
}
