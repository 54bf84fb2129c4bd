import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `metric` rule type: LIX and sentence length.
final class MetricRuleTests: XCTestCase {
  /// "Kommunen genomförde utredningen noggrant. Vi svarar snart." has 7 words in 2 sentences, and
  /// 4 words longer than six letters: LIX = 7 / 2 + 100 × 4 / 7 = 3.5 + 57.14 = 60.64.
  func testLIXAgainstAHandComputation() {
    func lint(_ text: String, max: Double, minWords: Int = 0) -> [Finding] {
      TestPack.linter(rules: [
        TestPack.rule(
          "test-lix", type: "metric", category: "readability", message: "LIX {value}, max {max}, {words} ord",
          ["metric": "lix", "scope": "document", "max": max, "minWords": minWords])
      ]).lint(text).findings
    }
    let text = "Kommunen genomförde utredningen noggrant. Vi svarar snart."
    XCTAssertEqual(lint(text, max: 40).map(\.message), ["LIX 61, max 40, 7 ord"])
    XCTAssertEqual(
      lint(text, max: 40).map(\.range), [TestPack.range(of: "Kommunen genomförde utredningen noggrant.", in: text)])
    XCTAssertEqual(lint(text, max: 60.6).count, 1)
    XCTAssertEqual(lint(text, max: 60.7).count, 0)
    XCTAssertEqual(lint(text, max: 40, minWords: 8).count, 0, "too short to judge")
    XCTAssertEqual(
      lint(text.decomposedStringWithCanonicalMapping, max: 40).map(\.message), ["LIX 61, max 40, 7 ord"],
      "NFD letters count once")
    // "hälsar" has six letters (not long) however it is encoded; URLs are not words.
    let nfd = "Vi ha\u{0308}lsar. Se https://www.exempel.se/sida."
    XCTAssertEqual(lint(nfd, max: 0.5).map(\.message), ["LIX 2, max 0.5, 3 ord"], "3 words / 2 sentences, no long word")
    let quoted = "Vi svarar snart.\n\n> Kommunen genomförde utredningen noggrant."
    XCTAssertEqual(lint(quoted, max: 1).map(\.message), ["LIX 3, max 1, 3 ord"], "quoted text is not counted")
  }

  func testLIXPerParagraphAndSentenceLength() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-lix-paragraph", type: "metric", category: "readability", message: "LIX {value}",
        ["metric": "lix", "scope": "paragraph", "max": 40]),
      TestPack.rule(
        "test-long", type: "metric", category: "readability", message: "{value} ord (max {max})",
        ["metric": "sentence-words", "scope": "sentence", "max": 8]),
    ])
    let text = """
      Vi svarar dig snart. Tack.

      Kommunen genomförde utredningen noggrant. Vi svarar snart.

      Det här är en mening med tio ord i sig. Den här har åtta ord och https://x.se räknas inte.
      """
    let result = linter.lint(text)
    let lix = result.findings.filter { $0.ruleID == "test-lix-paragraph" }
    XCTAssertEqual(lix.map(\.message), ["LIX 61"])
    XCTAssertEqual(lix.map(\.matchedText), ["Kommunen genomförde utredningen noggrant."])
    let long = result.findings.filter { $0.ruleID == "test-long" }
    XCTAssertEqual(long.map(\.message), ["10 ord (max 8)"], "the URL is not a word")
    XCTAssertEqual(long.map(\.matchedText), ["Det här är en mening med tio ord i sig."])
  }
}
