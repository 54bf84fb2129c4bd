import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The evaluator (annotations, span resolution, matching, metrics) and the annotated corpus itself.
final class EvaluationTests: XCTestCase {
  // MARK: - Annotation decoding

  func testDecodesItemsWithDefaultsAndNullText() throws {
    let json = """
      {"findings": [{"category": "commitment", "text": "inom kort", "occurrence": 2},
                    {"category": "plain-language", "text": "samt"},
                    {"category": "structure", "text": null}]}
      """
    let items = try AnnotationDecoder.decode(Data(json.utf8), file: "a.expected.json")
    XCTAssertEqual(
      items,
      [
        ExpectedFinding(category: .commitment, text: "inom kort", occurrence: 2),
        ExpectedFinding(category: .plainLanguage, text: "samt", occurrence: 1),
        ExpectedFinding(category: .structure, text: nil),
      ])
  }

  func testDecodingErrorsNameFileAndItem() {
    let cases: [(String, String)] = [
      (#"{"findings": [{"category": "spelling", "text": "x"}]}"#, "okänd kategori \"spelling\""),
      (#"{"findings": [{"category": "tone"}]}"#, "\"text\" saknas"),
      (#"{"findings": [{"category": "tone", "text": "x", "occurence": 1}]}"#, "okänd nyckel \"occurence\""),
      (
        #"{"findings": [{"category": "tone", "text": "x", "occurrence": 0}]}"#, "\"occurrence\" ska vara ett heltal ≥ 1"
      ),
      (#"{"findings": [{"category": "tone", "text": null, "occurrence": 2}]}"#, "\"occurrence\" kräver en \"text\""),
      (#"{"expected": []}"#, "okänd nyckel \"expected\""),
      ("not json", "ogiltig JSON"),
    ]
    for (json, message) in cases {
      XCTAssertThrowsError(try AnnotationDecoder.decode(Data(json.utf8), file: "b.expected.json"), json) { error in
        let text = "\(error)"
        XCTAssertTrue(text.hasPrefix("b.expected.json: "), text)
        XCTAssertTrue(text.contains(message), "\(text) should contain \(message)")
      }
    }
    XCTAssertThrowsError(
      try AnnotationDecoder.decode(Data(#"{"findings": [1, {"category": "tone", "text": 3}]}"#.utf8), file: "c")
    ) { error in
      XCTAssertTrue("\(error)".contains("/findings/0"), "\(error)")
    }
  }

  // MARK: - Span resolution

  func testResolvesNthOccurrenceAtWordBoundaries() {
    let text = "Nej, vi kan ej. Vi kan ej heller."
    XCTAssertEqual(SpanResolver.resolve("ej", occurrence: 1, in: text), TextRange(12, 14))
    XCTAssertEqual(SpanResolver.resolve("ej", occurrence: 2, in: text), TextRange(23, 25))
    XCTAssertNil(SpanResolver.resolve("ej", occurrence: 3, in: text))
    XCTAssertNil(SpanResolver.resolve("Vi kan", occurrence: 3, in: text))
    // Case-sensitive, UTF-8 offsets.
    let swedish = "Åtgärder vidtas. åtgärder"
    XCTAssertEqual(SpanResolver.resolve("åtgärder", occurrence: 1, in: swedish), TextRange(19, 29))
    XCTAssertEqual(SpanResolver.resolve("Åtgärder", occurrence: 1, in: swedish), TextRange(0, 10))
    // A span may start or end with punctuation.
    XCTAssertEqual(SpanResolver.resolve("”klienter”", occurrence: 1, in: "Våra ”klienter” får"), TextRange(6, 20))
  }

  // MARK: - Matching and metrics

  private func target(_ category: RuleCategory, _ range: TextRange?) -> FindingMatcher.Target {
    FindingMatcher.Target(expected: ExpectedFinding(category: category, text: range == nil ? nil : "x"), range: range)
  }

  func testMatchesOverlappingSpanOfSameCategoryOnly() {
    let candidates = [
      FindingMatcher.Candidate(category: .tone, range: TextRange(5, 10)),
      FindingMatcher.Candidate(category: .commitment, range: TextRange(5, 10)),
      FindingMatcher.Candidate(category: .tone, range: TextRange(20, 25)),
    ]
    let pairs = FindingMatcher.match(candidates, [target(.tone, TextRange(8, 30))])
    XCTAssertEqual(pairs.compactMap { $0 }.count, 1, "an expected item is matched at most once")
    XCTAssertNil(pairs[1], "other category")
  }

  func testMatchingIsMaximalNotGreedy() {
    // Finding 0 overlaps both items, finding 1 only the first: both must be paired.
    let candidates = [
      FindingMatcher.Candidate(category: .referral, range: TextRange(0, 20)),
      FindingMatcher.Candidate(category: .referral, range: TextRange(2, 4)),
    ]
    let pairs = FindingMatcher.match(
      candidates, [target(.referral, TextRange(0, 5)), target(.referral, TextRange(10, 15))])
    XCTAssertEqual(pairs, [1, 0])
  }

  func testDocumentLevelItemMatchesAnyFindingOfItsCategory() {
    let candidates = [
      FindingMatcher.Candidate(category: .structure, range: TextRange(100, 120)),
      FindingMatcher.Candidate(category: .structure, range: TextRange(0, 3)),
    ]
    let pairs = FindingMatcher.match(candidates, [target(.structure, nil)])
    XCTAssertEqual(pairs.compactMap { $0 }, [0])
  }

  func testPrecisionAndRecall() {
    let score = CategoryScore(truePositives: 9, falsePositives: 1, falseNegatives: 3)
    XCTAssertEqual(score.precision, 0.9, accuracy: 1e-9)
    XCTAssertEqual(score.recall, 0.75, accuracy: 1e-9)
    XCTAssertEqual(CategoryScore().precision, 1)
    XCTAssertEqual(CategoryScore().recall, 1)
    XCTAssertEqual((score + CategoryScore(truePositives: 1, falsePositives: 1)).falsePositives, 2)
  }

  func testDocumentEvaluationCountsPerCategory() throws {
    let linter = Linter(ruleSet: RuleSetLoader.load(PackFolder.builtIn).ruleSet)
    let source =
      "Hej!\n\nTack för ditt mejl. Vi erhåller svaret inom kort.\n\nMed vänliga hälsningar\nAnna\nTelefon 0470-41 23 45\n"
    let expected = [
      ExpectedFinding(category: .plainLanguage, text: "erhåller"),
      ExpectedFinding(category: .grammar, text: "Tack"),
    ]
    let result = try DocumentEvaluation.evaluate(
      file: "t.md", source: source, expected: expected, linter: linter, format: .plain)
    XCTAssertEqual(result.scores[.plainLanguage], CategoryScore(truePositives: 1))
    XCTAssertEqual(result.scores[.commitment]?.falsePositives, 1, "”inom kort” was not annotated")
    XCTAssertEqual(result.scores[.grammar], CategoryScore(falseNegatives: 1))
    XCTAssertEqual(result.falsePositives.first?.line, 3)
    XCTAssertEqual(result.misses.first?.text, "Tack")
  }

  func testUnresolvableSpanIsAnError() {
    let linter = Linter(ruleSet: RuleSetLoader.load(PackFolder.builtIn).ruleSet)
    XCTAssertThrowsError(
      try DocumentEvaluation.evaluate(
        file: "t.md", source: "Hej!", expected: [ExpectedFinding(category: .tone, text: "saknas")], linter: linter,
        format: .plain)
    ) { error in
      XCTAssertTrue("\(error)".contains("hittar inte förekomst 1 av \"saknas\""), "\(error)")
    }
  }

  // MARK: - The corpus

  /// Quality never drops below the floors recorded in `Tests/Fixtures/eval-floors.json`, on the tuning
  /// split (`eval`) and on the held-out split that no rule is tuned on (`eval-heldout`). Floors only go
  /// up as the packs improve; the README reports the figures themselves.
  func testCorporaStayAboveTheirRecordedFloors() throws {
    let root = try RulePackSchemaTests.repositoryRoot().appendingPathComponent("Tests/Fixtures")
    let floors = try JSONSerialization.jsonObject(
      with: Data(contentsOf: root.appendingPathComponent("eval-floors.json")))
    let table = try XCTUnwrap(floors as? [String: [String: Any]])
    let linter = Linter(ruleSet: RuleSetLoader.load(PackFolder.builtIn).ruleSet)
    for split in ["eval", "eval-heldout"] {
      let evaluation = try CorpusEvaluation.run(directory: root.appendingPathComponent(split), linter: linter)
      let recorded = try XCTUnwrap(table[split], "no floors for \(split)")
      for category in RuleCategory.allCases {
        let score = evaluation.scores[category]!
        let floor = try XCTUnwrap(recorded[category.rawValue] as? [String: Double], "\(split): \(category.rawValue)")
        XCTAssertGreaterThanOrEqual(score.precision, floor["precision"]!, "\(split) \(category.rawValue) precision")
        XCTAssertGreaterThanOrEqual(score.recall, floor["recall"]!, "\(split) \(category.rawValue) recall")
      }
      let kinds = evaluation.kindAgreement
      let kindFloor = try XCTUnwrap(recorded["kinds"] as? Double, "\(split): kinds")
      XCTAssertGreaterThanOrEqual(Double(kinds.correct) / Double(max(kinds.total, 1)), kindFloor, "\(split) kinds")
    }
  }
}
