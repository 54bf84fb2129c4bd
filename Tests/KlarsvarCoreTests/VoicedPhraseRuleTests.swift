import XCTest

@testable import KlarsvarCore

/// The `voiced` rule type: a phrase rule judged where the text's own voice speaks.
final class VoicedPhraseRuleTests: XCTestCase {
  private let linter = TestPack.linter(rules: [
    TestPack.rule(
      "test-voiced", type: "voiced", category: "tone",
      [
        "phrases": ["stämmer helt enkelt inte", "jag vill påpeka att", "enstaka fall", "dolda agendor"],
        "officials": ["socialchef*", "ordförande"],
      ])
  ])

  private func matched(_ text: String, kind: DocumentKind? = nil) -> [String] {
    var options = LintOptions()
    if let kind { options.kind = kind }
    return TestPack.matched(linter, text, rule: "test-voiced", options: options)
  }

  func testTheAuthorsOwnWordsCountAndOthersReportedWordsDoNot() {
    XCTAssertEqual(matched("Hej!\n\nDet stämmer helt enkelt inte att vi har stängt."), ["stämmer helt enkelt inte"])
    XCTAssertEqual(matched("Hej!\n\nJag vill påpeka att beslutet gäller."), ["Jag vill påpeka att"])
    XCTAssertEqual(matched("Hej!\n\nDu skriver att det stämmer helt enkelt inte."), [])
  }

  func testOneFindingPerSentence() {
    XCTAssertEqual(
      matched("Hej!\n\nDet rör sig om enstaka fall och det stämmer helt enkelt inte att något hänt."),
      ["enstaka fall"])
  }

  func testInNewsOnlyAnOfficialsDirectQuotationCounts() {
    let news =
      "Hemtjänsten får kritik\n\nAnhöriga säger att det är enstaka fall som blir bra.\n\n"
      + "Socialchef Eva Berg håller inte med.\n\n– Det stämmer helt enkelt inte, säger hon.\n\n"
      + "– Det här handlar om dolda agendor, säger Eva Berg.\n\n"
      + "Pelle Ek, vars mamma har hemtjänst, är kritisk.\n\n– Det är inga enstaka fall, säger han."
    XCTAssertEqual(matched(news, kind: .news), ["stämmer helt enkelt inte", "dolda agendor"])
  }
}
