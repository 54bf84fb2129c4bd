import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `pattern` rule type: prefilters, case, scopes and the limits that spare the regex engine.
final class PatternRuleTests: XCTestCase {
  func testPatternPrefilterSuggestionsAndMaskedText() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-pattern", type: "pattern",
        ["pattern": #"\b(\w+) och/eller (\w+)\b"#, "prefilter": ["och/eller"], "suggestions": ["$1 eller $2"]]),
      TestPack.rule("test-gated", type: "pattern", ["pattern": #"\bärende\b"#, "prefilter": ["handläggning"]]),
    ])
    let result = linter.lint("Ring Anna och/eller Bo. Ditt ärende.")
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-pattern"], "the prefilter word is missing, so no test-gated")
    XCTAssertEqual(result.findings.first?.matchedText, "Anna och/eller Bo")
    XCTAssertEqual(result.findings.first?.suggestions.map(\.edit.newText), ["Anna eller Bo"])
    XCTAssertEqual(TestPack.matched(linter, "Ditt Ärende är under handläggning.", rule: "test-gated"), ["Ärende"])
    XCTAssertEqual(
      TestPack.matched(
        linter, "Se `ärende` och https://x.se/ärende under handläggning.", rule: "test-gated",
        options: LintOptions(format: .markdown)), [], "code and URLs are blanked for patterns")
  }

  func testPatternCaseSensitivityAndSentenceScope() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-case", type: "pattern", ["pattern": #"\bNi\b"#, "caseSensitive": true]),
      TestPack.rule("test-sentence", type: "pattern", ["pattern": "^Kontakta.*$", "scope": "sentence"]),
      TestPack.rule("test-text", type: "pattern", ["pattern": "^Kontakta.*$"]),
    ])
    let text = "Hej. Kontakta t.ex. Anna på enheten. Ni och ni."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-case"), ["Ni"])
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-sentence"), ["Kontakta t.ex. Anna på enheten."])
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-text"), [], "without scope ^ is the start of a line")
  }

  func testPatternPrefilterCharactersSkipSentencesWithoutThem() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-quoted", type: "pattern",
        ["pattern": #"\bklienter\b"#, "scope": "sentence", "prefilterCharacters": "”\""])
    ])
    let text = "Vi träffar klienter varje dag. Vi kallar dem ”klienter” i journalen."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-quoted"), ["klienter"])
    XCTAssertEqual(
      linter.lint(text).findings.first?.range.lowerBound,
      text.utf8.count - " i journalen.".utf8.count - "klienter”".utf8.count,
      "only the sentence holding a quotation mark is searched")
  }

  func testPatternPrefilterAtSentenceStartSearchesOnlySentencesTheWordOpens() {
    let rule = TestPack.rule(
      "test-opener", type: "pattern",
      [
        "pattern": #"^angående\b[^.]*\."#, "scope": "sentence", "prefilter": ["angående"],
        "prefilterAt": "sentence-start",
      ])
    let linter = TestPack.linter(rules: [rule])
    // The second sentence opens with the word; in the first it only opens a line, which `^` would match.
    let text = "Vi har läst ditt brev\nangående avgiften. Angående hemtjänsten."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-opener"), ["Angående hemtjänsten."])
    let anywhere = TestPack.linter(rules: [
      TestPack.rule(
        "test-opener", type: "pattern",
        ["pattern": #"^angående\b[^.]*\."#, "scope": "sentence", "prefilter": ["angående"]])
    ])
    XCTAssertEqual(
      TestPack.matched(anywhere, text, rule: "test-opener"), ["angående avgiften.", "Angående hemtjänsten."],
      "without prefilterAt every sentence holding the word is searched")
  }

  func testPatternMaxSentenceLengthSkipsLongerSentences() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-short", type: "pattern",
        ["pattern": #"^angående\b.*$"#, "scope": "sentence", "maxSentenceLength": 21])
    ])
    // 21 characters (å counts once) are searched; 23 are not.
    let text = "Angående hemtjänsten. Angående hemtjänsterna."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-short"), ["Angående hemtjänsten."])
    let errors = RuleSetLoader.load([
      TestPack.folder(rules: [TestPack.rule("test-short", type: "pattern", ["pattern": "^x", "maxSentenceLength": 20])])
    ]).errors
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(
      errors.first?.description.contains("maxSentenceLength: gäller bara regler med \"scope\": \"sentence\"") ?? false,
      errors.map(\.description).joined())
  }

  func testPatternPrefilterAtNeedsAPrefilterAndAKnownValue() {
    let withoutPrefilter = RuleSetLoader.load([
      TestPack.folder(rules: [
        TestPack.rule("test-opener", type: "pattern", ["pattern": "^x", "prefilterAt": "sentence-start"])
      ])
    ])
    XCTAssertEqual(withoutPrefilter.errors.count, 1)
    XCTAssertTrue(
      withoutPrefilter.errors.first?.description.contains("prefilterAt: kräver \"prefilter\"") ?? false,
      withoutPrefilter.errors.map(\.description).joined())
    let unknownValue = RuleSetLoader.load([
      TestPack.folder(rules: [
        TestPack.rule("test-opener", type: "pattern", ["pattern": "^x", "prefilter": ["x"], "prefilterAt": "början"])
      ])
    ])
    XCTAssertEqual(unknownValue.errors.count, 1)
    XCTAssertTrue(
      unknownValue.errors.first?.description.contains("\"början\" är inte ett giltigt värde") ?? false,
      unknownValue.errors.map(\.description).joined())
  }
}
