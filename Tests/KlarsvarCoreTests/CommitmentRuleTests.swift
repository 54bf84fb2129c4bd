import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `commitment` rule type: promises without a time anchor, and every promise as a side output.
final class CommitmentRuleTests: XCTestCase {
  func testCommitmentWithAndWithoutTimeAnchors() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-commitment", type: "commitment", category: "commitment",
        [
          "cues": ["vi {ska|kommer att}", "målet är att"],
          "anchors": [
            "senast <date>", "{måndag|tisdag}", "vecka <number>", "inom {en|två|tre} veckor", "hösten <year>",
          ],
        ])
    ])
    let text = """
      Vi ska se över rutinerna. Vi kommer att ringa dig senast 2027-06-30. Målet är att bli bättre.
      Vi ska ringa på tisdag. Vi kommer att svara inom tre veckor. Vi ska ses. Vecka 12 ses vi.
      Vi ska bygga om hösten 2027. Vi ska, t.ex. vecka 14, ringa.
      """
    let result = linter.lint(text)
    XCTAssertEqual(result.findings.map(\.matchedText), ["Vi ska", "Målet är att", "Vi ska"])
    XCTAssertEqual(
      result.findings.map(\.range.lowerBound),
      [
        TestPack.range(of: "Vi ska se över", in: text).lowerBound, TestPack.range(of: "Målet", in: text).lowerBound,
        TestPack.range(of: "Vi ska ses", in: text).lowerBound,
      ])
    XCTAssertEqual(result.commitments.count, 8)
    XCTAssertEqual(result.commitments.filter { $0.anchor != nil }.count, 5)
    XCTAssertEqual(
      result.commitments.compactMap(\.anchor).map(result.source.text(in:)),
      ["senast 2027-06-30", "tisdag", "inom tre veckor", "hösten 2027", "vecka 14"])
  }

  func testPromisesOfEveryCommitmentRuleAreOneSideOutputInTextOrder() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-later", type: "commitment", category: "commitment", ["cues": ["vi ska"], "anchors": ["i maj"]]),
      TestPack.rule(
        "test-aim", type: "commitment", category: "commitment", ["cues": ["målet är att"], "anchors": ["i maj"]]),
    ])
    let text = "Målet är att svara. Vi ska ringa i maj. Målet är att ses i maj."
    let result = linter.lint(text)
    XCTAssertEqual(result.commitments.map(\.ruleID), ["test-aim", "test-later", "test-aim"])
    XCTAssertEqual(
      result.commitments.map { result.source.text(in: $0.cue) }, ["Målet är att", "Vi ska", "Målet är att"])
    XCTAssertEqual(result.commitments, result.sideOutputs[Commitment.self])
    XCTAssertEqual(LetterSummary(result).unanchoredCommitments, 1)
  }
}
