import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The phrase syntax, matched on whole words of the folded text, with ranges into the original.
final class PhraseMatchingTests: XCTestCase {
  private func assertMatches(
    _ phrases: [Any], _ text: String, _ expected: [String], format: DocumentFormat = .plain,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    let linter = TestPack.phraseLinter(phrases, file: file, line: line)
    XCTAssertEqual(
      TestPack.matched(linter, text, options: LintOptions(format: format)), expected, "in \"\(text)\"", file: file,
      line: line)
  }

  func testConsecutiveWordsOnWordBoundariesIgnoringCase() {
    assertMatches(["i syfte att"], "I SYFTE ATT hjälpa, i syfte att stödja.", ["I SYFTE ATT", "i syfte att"])
    assertMatches(["ska"], "Skatten ska betalas, skall inte.", ["ska"])
    assertMatches(["e-post"], "Skicka e-post eller epost.", ["e-post"])
    assertMatches(["t.ex.", "IVO:s"], "Se t.ex. IVO:s sida och Ivo:s.", ["t.ex", "IVO:s"])
  }

  func testDiacriticsAreSignificant() {
    assertMatches(["far"], "Du får svar av din far.", ["far"])
    assertMatches(["får"], "Du får svar av din far.", ["får"])
    assertMatches(["år"], "Ett ar och ett år.", ["år"])
  }

  func testAlternatives() {
    let phrases = ["vi {ska|kommer att} se över"]
    assertMatches(phrases, "Vi ska se över. Vi kommer att se över.", ["Vi ska se över", "Vi kommer att se över"])
    assertMatches(phrases, "Vi kommer se över. Vi kommer att inte se över.", [])
  }

  func testPrefixWildcard() {
    let phrases = ["ständigt förbättr*"]
    assertMatches(
      phrases, "Vi arbetar ständigt förbättrande och ständigt Förbättringsarbete men ständigt bättre.",
      ["ständigt förbättrande", "ständigt Förbättringsarbete"])
    assertMatches(["förbättr*"], "En förbätt räcker inte.", [])
  }

  func testOptionalWordAndOptionalGroup() {
    let phrases = ["vi ser över ytterligare? rutiner", "{helt|mycket}? oacceptabelt"]
    assertMatches(
      phrases, "Vi ser över rutiner. Vi ser över ytterligare rutiner. Det är mycket oacceptabelt och oacceptabelt.",
      ["Vi ser över rutiner", "Vi ser över ytterligare rutiner", "mycket oacceptabelt", "oacceptabelt"])
  }

  func testBoundedGap() {
    let phrases = ["vi ~2 återkommer"]
    assertMatches(phrases, "Vi återkommer.", ["Vi återkommer"])
    assertMatches(phrases, "Vi på enheten återkommer.", ["Vi på enheten återkommer"])
    assertMatches(phrases, "Vi på enheten i stan återkommer.", [])
  }

  func testWordClasses() {
    assertMatches(["vecka <number>"], "Vecka 12 passar, vecka tolv inte.", ["Vecka 12"])
    assertMatches(
      ["senast <date>"], "Senast 2027-06-30, senast 30/6, senast 30.6.2027 men inte senast 12 eller senast 2027.",
      ["Senast 2027-06-30", "senast 30/6", "senast 30.6.2027"])
    assertMatches(["hösten <year>"], "Hösten 2027 och hösten 3000 och hösten 27.", ["Hösten 2027"])
    assertMatches(["<word> <same>"], "Vi vi ska ta det det här, inte det här.", ["Vi vi", "det det"])
    assertMatches(["mejla <email>"], "Mejla info@kommun.se eller mejla oss.", ["Mejla info@kommun.se"])
    assertMatches(
      ["läs på <url>"], "Läs på https://ivo.se/klagomal eller läs på webben.", ["Läs på https://ivo.se/klagomal"])
    assertMatches(["<word> <same>"], "12 12 och {{a}} {{a}}", [])
  }

  func testMatchesAcrossLineBreaksAndRepeatedSpacesButNotSentenceEnds() {
    let phrases = ["vi ska se över"]
    let text = "Vi  ska\nse   över det."
    let linter = TestPack.phraseLinter(phrases, ["message": "Fynd: {match}"])
    let result = linter.lint(text)
    XCTAssertEqual(result.findings.map(\.matchedText), ["Vi  ska\nse   över"], "the original text, unchanged")
    XCTAssertEqual(result.findings.map(\.message), ["Fynd: Vi ska se över"], "messages show it on one line")
    XCTAssertEqual(result.findings.map(\.range), [TestPack.range(of: "Vi  ska\nse   över", in: text)])
    XCTAssertEqual(
      TestPack.matched(linter, "Vi ska se över.\r\nVi ska\r\nse över."), ["Vi ska se över", "Vi ska\r\nse över"])
    XCTAssertEqual(TestPack.matched(linter, "Det gör vi. Ska se över det."), [])
    XCTAssertEqual(TestPack.matched(linter, "Det gör vi! Ska se över det?"), [])
    XCTAssertEqual(TestPack.matched(linter, "Vi ska\n\nse över det."), [], "never across a paragraph break")
    XCTAssertEqual(TestPack.matched(linter, "Vi ska {{x}} se över."), [], "a placeholder is a word of its own")
  }

  func testRangesPointIntoTheOriginalTextForNFDAndAfterEmoji() {
    let linter = TestPack.phraseLinter(["får hjälp", "vi ska se över"])
    let nfd = "Hälsningar 😀👋🏽: du fa\u{030A}r hja\u{0308}lp. 🇸🇪 Vi ska se över det."
    let result = linter.lint(nfd)
    let expected = [
      TestPack.range(of: "fa\u{030A}r hja\u{0308}lp", in: nfd), TestPack.range(of: "Vi ska se över", in: nfd),
    ]
    XCTAssertEqual(result.findings.map(\.range), expected)
    XCTAssertEqual(result.findings.map(\.matchedText), ["fa\u{030A}r hja\u{0308}lp", "Vi ska se över"])
    XCTAssertEqual(
      result.findings.map { Array($0.matchedText.utf8) },
      expected.map { Array(Array(nfd.utf8)[$0.lowerBound..<$0.upperBound]) },
      "byte-exact, not re-normalised")
    let source = result.source
    XCTAssertEqual(
      source.utf16Offset(ofUTF8: expected[1].lowerBound), (nfd as NSString).range(of: "Vi ska se över").location)
  }

  func testNFDPhrasesMatchNFCTextAndTheOtherWayRound() {
    assertMatches(["fa\u{030A}r hjälp"], "Du får hjälp.", ["får hjälp"])
    assertMatches(["får hjälp"], "Du fa\u{030A}r hja\u{0308}lp.", ["fa\u{030A}r hja\u{0308}lp"])
    assertMatches(["förbättr*"], "Vi fo\u{0308}rbättrar.", ["fo\u{0308}rbättrar"])
  }

  func testPhrasesInsideCodeCommentsAndQuotesOfMarkdownAreSkipped() {
    assertMatches(
      ["vi ska se över"], "`vi ska se över` och <!-- vi ska se över -->\n\n```\nvi ska se över\n```\n", [],
      format: .markdown)
  }

  func testPhraseSyntaxErrorsNameRulePathAndProblem() {
    let broken: [(String, String)] = [
      ("{ska|kommer att", "\"{\" utan \"}\""),
      ("ska} se", "\"}\" utan \"{\""),
      ("~3 vi", "får inte inleda"),
      ("vi ~3", "får inte avsluta"),
      ("vi ~25 ser", "~1 till ~20"),
      ("vi ~0 ser", "~1 till ~20"),
      ("senast <datumet>", "okänd ordklass <datumet>"),
      ("<same> ord", "<same> behöver ett ord före"),
      ("*", "jokertecknet *"),
      ("{a|{b}}", "nästlade"),
      ("", "tom fras"),
      ("– !", "inga ord"),
    ]
    for (phrase, problem) in broken {
      let folder = TestPack.folder(rules: [
        TestPack.rule("test-good", type: "phrase", ["phrases": ["inom kort"]]),
        TestPack.rule("test-broken", type: "phrase", ["phrases": ["helt okej", phrase]]),
      ])
      let result = RuleSetLoader.load([folder])
      XCTAssertEqual(result.errors.count, 1, "phrase \"\(phrase)\"")
      guard let error = result.errors.first else { continue }
      XCTAssertEqual(error.file, "test/test/rules.json")
      XCTAssertEqual(error.ruleID, "test-broken", "phrase \"\(phrase)\"")
      XCTAssertEqual(error.jsonPath, "/rules/1/phrases/1", "phrase \"\(phrase)\"")
      XCTAssertTrue(error.message.contains(problem), "\"\(error.message)\" should mention \(problem)")
      XCTAssertEqual(result.ruleSet.ruleIDs, ["test-good"], "the sound rule still loads")
      XCTAssertEqual(
        TestPack.matched(Linter(ruleSet: result.ruleSet), "Vi är helt okej inom kort.", rule: "test-good"),
        [
          "inom kort"
        ])
    }
  }
}
