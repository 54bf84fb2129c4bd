import Foundation
import TestSupport
import XCTest

/// `check` with user packs whose regular expressions would hang: a catastrophic shape is refused at
/// load naming file, rule and JSON path; one that gets through is stopped and reported by rule id.
final class RegexLimitCommandTests: XCTestCase {
  private var work: URL!
  private var binary: KlarsvarBinary!

  override func setUpWithError() throws {
    binary = try KlarsvarBinary.locate()
    work =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-regex-\(UUID().uuidString)")
      .standardizedFileURL
    let letter = "Hej!\n\nVi svarar inom kort.\n\n" + String(repeating: "a", count: 400) + "b\n"
    try write(Data(letter.utf8), to: "brev.md")
  }

  override func tearDownWithError() throws {
    if let work { try? FileManager.default.removeItem(at: work) }
  }

  private func write(_ data: Data, to relative: String) throws {
    let url = work.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  private func writePack(_ id: String, pattern: String) throws {
    let rules = [
      PackJSON.rule("\(id)-pattern", type: "pattern", ["pattern": pattern]),
      PackJSON.rule("\(id)-phrase", type: "phrase", ["phrases": ["inom kort"]]),
    ]
    for file in PackJSON.files(id: id, rules: rules) { try write(file.contents, to: "packs/\(id)/\(file.name)") }
  }

  func testACatastrophicShapeIsALoadErrorAndTheRestOfThePackStillReports() throws {
    try writePack("farlig", pattern: #"^(\w+\s?)*$"#)
    let run = try binary.run(["check", "--no-builtin", "--rules", "packs/farlig", "brev.md"], in: work)
    XCTAssertEqual(run.status, 2)
    let expected =
      #"packs/farlig/rules.json: regel farlig-pattern, vid /rules/0/pattern: mönstret kan ta exponentiell tid: "(\w+\s?)*""#
    XCTAssertTrue((run.stdout + run.stderr).contains(expected), run.stdout + run.stderr)
    XCTAssertTrue(run.stdout.contains("[farlig-phrase]"), run.stdout)
  }

  func testARunawayPatternIsStoppedAndNamedWhileTheOtherRulesReport() throws {
    try writePack("seg", pattern: "(aa|aaa)*$")
    let run = try binary.run(["check", "--no-builtin", "--rules", "packs/seg", "brev.md"], in: work, timeout: 60)
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertTrue(
      run.stdout.contains("brev.md:1:1: notis: regeln seg-pattern tog för lång tid och hoppades över"), run.stdout)
    XCTAssertTrue(run.stdout.contains("[seg-phrase]"), run.stdout)
    XCTAssertFalse(run.stdout.contains("[seg-pattern]"), run.stdout)
  }
}
