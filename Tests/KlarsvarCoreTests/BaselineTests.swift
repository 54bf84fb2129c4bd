import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// `--write-baseline` / `--baseline`: identities survive edits elsewhere; duplicates are counted.
final class BaselineTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func check(_ files: [String: String]) throws -> Checker.Outcome {
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["."])
  }

  private func officialese(_ outcome: Checker.Outcome) -> Int {
    outcome.reports.flatMap(\.findings).filter { $0.ruleID == "plain-officialese" }.count
  }

  private let letter = "Hej!\n\nVi har erhållit ditt brev om hemtjänsten.\n\nMed vänlig hälsning\n"

  func testEditingElsewhereDoesNotResurfaceAFinding() throws {
    let before = try check(["brev.md": letter])
    XCTAssertEqual(officialese(before), 1)
    let baseline = Baseline(recording: before, base: folder)
    let edited =
      "Hej!\n\nEtt helt nytt stycke\növer två rader.\n\nVi har  erhållit ditt\nbrev om hemtjänsten.\n\nMed vänlig hälsning\n"
    let after = baseline.filter(try check(["brev.md": edited]), base: folder)
    XCTAssertEqual(officialese(after.outcome), 0)
    XCTAssertGreaterThan(after.hidden, 0)
  }

  func testAChangeAroundTheFindingMakesItNew() throws {
    let baseline = Baseline(recording: try check(["brev.md": letter]), base: folder)
    let changed = letter.replacingOccurrences(of: "ditt brev om hemtjänsten", with: "din ansökan om bygglov")
    XCTAssertEqual(officialese(baseline.filter(try check(["brev.md": changed]), base: folder).outcome), 1)
  }

  func testDuplicatesAreCountedAsAMultiset() throws {
    // Four identical sentences: the first and last differ in surroundings, the middle two share one identity.
    let sentence = "Vi har erhållit ditt brev. "
    let baseline = Baseline(
      recording: try check(["brev.md": String(repeating: sentence, count: 4) + "\n"]), base: folder)
    XCTAssertEqual(baseline.entries.filter { $0.ruleId == "plain-officialese" }.map(\.count).sorted(), [1, 1, 2])
    let five = try check(["brev.md": String(repeating: sentence, count: 5) + "\n"])
    XCTAssertEqual(officialese(five), 5)
    XCTAssertEqual(officialese(baseline.filter(five, base: folder).outcome), 1)
    let four = try check(["brev.md": String(repeating: sentence, count: 4) + "\n"])
    XCTAssertEqual(officialese(baseline.filter(four, base: folder).outcome), 0)
  }

  func testTheSameTextInAnotherFileIsNew() throws {
    let baseline = Baseline(recording: try check(["a.md": letter]), base: folder)
    let outcome = baseline.filter(try check(["a.md": letter, "b.md": letter]), base: folder).outcome
    XCTAssertEqual(outcome.reports.map { $0.findings.filter { $0.ruleID == "plain-officialese" }.count }, [0, 1])
  }

  func testFileFormatIsVersionedAndRoundTrips() throws {
    let baseline = Baseline(recording: try check(["brev.md": letter]), base: folder)
    let data = baseline.encoded()
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(object["version"] as? Int, 1)
    let entries = try XCTUnwrap(object["entries"] as? [[String: Any]])
    XCTAssertEqual(Set(entries.flatMap(\.keys)), ["file", "ruleId", "fingerprint", "count", "matchedText"])
    XCTAssertEqual(try Baseline.decode(data, path: "b.json"), baseline)
    XCTAssertThrowsError(try Baseline.decode(Data(#"{"version": 2, "entries": []}"#.utf8), path: "b.json")) { error in
      XCTAssertEqual(error as? Baseline.LoadError, .unsupportedVersion(path: "b.json", version: 2))
    }
    XCTAssertThrowsError(try Baseline.decode(Data("[]".utf8), path: "b.json"))
  }

  func testFingerprintIgnoresWhitespaceAndCaseButNotWords() {
    let a = SourceText("Vi har erhållit ditt brev om")
    let b = SourceText("Text före.\n\nVI  HAR\terhållit ditt\nBREV om")
    func finding(_ source: SourceText) -> Finding {
      let index = source.string.range(of: "erhållit")!
      let begin = source.string.utf8.distance(from: source.string.startIndex, to: index.lowerBound)
      return Finding(
        ruleID: "r", category: .plainLanguage, severity: .info, message: "",
        range: TextRange(begin, begin + "erhållit".utf8.count),
        matchedText: "erhållit")
    }
    XCTAssertEqual(FindingFingerprint.context(of: finding(a).range, in: a), "vi har|erhållit|ditt brev om")
    XCTAssertEqual(FindingFingerprint.of(finding(a), in: a), FindingFingerprint.of(finding(b), in: b))
    XCTAssertEqual(FindingFingerprint.hash(""), "cbf29ce484222325")
    let wrapped = SourceText("Stycke ett.\n\nVi har\nerhållit ditt brev om")
    XCTAssertEqual(FindingFingerprint.of(finding(a), in: a), FindingFingerprint.of(finding(wrapped), in: wrapped))
    let other = SourceText("Du har erhållit ditt brev om")
    XCTAssertNotEqual(FindingFingerprint.of(finding(a), in: a), FindingFingerprint.of(finding(other), in: other))
  }
}
