import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `commitment` rule type: promises as speech acts (who promises, with what verb, in what kind of
/// clause), reported with what they lack; every promise also a side output.
final class CommitmentRuleTests: XCTestCase {
  private static var rule: [String: Any] {
    TestPack.rule(
      "test-promise", type: "commitment", category: "commitment", message: "Löftet saknar {missing}: {match}",
      [
        "cues": ["{ska|skall|kommer|avser|vill}", "[återkomma]", "[se] över", "[titta] på"],
        "anchors": ["när du har {skickat|lämnat} in"],
        "clause": ["kind": ["main", "att"], "not": ["question", "indirectSpeech"]],
        "processVerbs": ["återkomma", "se över", "titta på"], "exceptVerbs": ["tacka"],
        "addresseeVerbs": ["få"], "passive": true, "passiveKinds": ["reply"], "addresseeKinds": ["reply"],
        "measureVerbs": ["förbättra"], "settledWords": ["inte", "alltid"], "collectiveSubjects": ["vi", "man"],
      ])
  }

  private func promises(_ text: String, kind: DocumentKind = .reply) -> [String] {
    let result = TestPack.linter(rules: [Self.rule]).lint(text, options: LintOptions(kind: kind))
    return result.findings.map(\.message)
  }

  func testPromisesWithoutATimeAreReportedWithWhatTheyLack() {
    let cases: [(String, [String])] = [
      ("Vi ska se över rutinerna.", ["Löftet saknar tidpunkt och ansvarig: Vi ska se över rutinerna"]),
      ("Under hösten kommer vi att titta på schemat. Sedan ringer vi.", []),
      (
        "Därför kommer vi att titta på schemat.",
        ["Löftet saknar tidpunkt och ansvarig: Därför kommer vi att titta på schemat"]
      ),
      (
        "Jag återkommer till dig i ärendet längre fram.",
        ["Löftet saknar tidpunkt: Jag återkommer till dig i ärendet längre fram"]
      ),
      (
        "Vi ska förbättra bemötandet.", ["Löftet saknar tidpunkt, ansvarig och omfattning: Vi ska förbättra bemötandet"]
      ),
      ("Rutinerna kommer att ses över.", ["Löftet saknar tidpunkt och ansvarig: Rutinerna kommer att ses över"]),
      ("Du kommer att få ett beslut.", ["Löftet saknar tidpunkt: Du kommer att få ett beslut"]),
    ]
    for (text, expected) in cases { XCTAssertEqual(promises(text), expected, text) }
  }

  func testWhatIsNoVaguePromise() {
    let fine = [
      "Vi ringer dig senast fredag den 12 mars.",
      "Vi ska gå igenom schemat. Det gör vi den 12 mars.",
      "Vi kommer att se över schemat och har ett nytt klart senast den 30 juni.",
      "Antalet äldre kommer att öka.",
      "Vi har ändrat schemat för att personalen ska hinna äta.",
      "Om vi ska se över schemat behöver vi pengar.",
      "Ska vi se över schemat?",
      "Hon säger att förvaltningen ska se över schemat.",
      "Vi vill tacka dig för ditt brev.",
      "Vi kommer inte att se över schemat.",
      "Vi ska alltid ringa dig samma dag.",
      "När du har skickat in intyget kommer vi att fatta ett beslut.",
      "Vi såg över schemat i våras.",
    ]
    for text in fine { XCTAssertEqual(promises(text), [], text) }
  }

  func testTheWordListsThatSettleAPromiseAreThePacksData() {
    var rule = Self.rule
    rule["settledWords"] = ["aldrig"]
    rule["collectiveSubjects"] = ["kommunen"]
    let linter = TestPack.linter(rules: [rule])
    func messages(_ text: String) -> [String] {
      linter.lint(text, options: LintOptions(kind: .reply)).findings.map(\.message)
    }
    XCTAssertEqual(messages("Vi ska aldrig se över schemat."), [])
    XCTAssertEqual(
      messages("Vi ska inte se över schemat."), ["Löftet saknar tidpunkt: Vi ska inte se över schemat"])
    XCTAssertEqual(
      messages("Kommunen ska se över schemat."), ["Löftet saknar tidpunkt och ansvarig: Kommunen ska se över schemat"])
  }

  func testKindsDecideWhetherPassiveAndReaderPromisesCount() {
    XCTAssertEqual(promises("Rutinerna kommer att ses över.", kind: .information), [])
    XCTAssertEqual(promises("Du kommer att få ett beslut.", kind: .information), [])
  }

  func testEveryPromiseIsASideOutputInTextOrderWithItsAnchor() {
    let text = "Vi ska se över rutinerna. Vi kommer att ringa dig senast den 30 juni. Antalet äldre kommer att öka."
    let result = TestPack.linter(rules: [Self.rule]).lint(text, options: LintOptions(kind: .reply))
    XCTAssertEqual(
      result.commitments.map { result.source.text(in: $0.cue) },
      ["Vi ska se över rutinerna", "Vi kommer att ringa dig senast den 30 juni"])
    XCTAssertEqual(result.commitments.map { $0.anchor.map(result.source.text(in:)) }, [nil, "senast den 30 juni"])
    XCTAssertEqual(result.commitments, result.sideOutputs[Commitment.self])
    XCTAssertEqual(LetterSummary(result).unanchoredCommitments, 1)
  }
}
