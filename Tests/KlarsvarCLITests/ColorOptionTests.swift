import Foundation
import TestSupport
import XCTest

/// `check --color auto|always|never`, `FORCE_COLOR` and `NO_COLOR`, through the built binary with its
/// standard output a pipe (as in a CI log); the terminal case is in `CheckCommandTests`.
final class ColorOptionTests: XCTestCase {
  private var work: URL!
  private var binary: KlarsvarBinary!

  override func setUpWithError() throws {
    binary = try KlarsvarBinary.locate()
    work =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-color-\(UUID().uuidString)")
      .standardizedFileURL
    let rules = [PackJSON.rule("test-vague", type: "phrase", ["phrases": ["inom kort"]])]
    for file in PackJSON.files(id: "test", rules: rules) {
      let url = work.appendingPathComponent("packs/test/\(file.name)")
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.contents.write(to: url)
    }
    try Data("Hej!\n\nVi svarar inom kort.\n".utf8).write(to: work.appendingPathComponent("vag.md"))
  }

  override func tearDownWithError() throws {
    if let work { try? FileManager.default.removeItem(at: work) }
  }

  /// Whether `check` coloured its output, after checking it ran and reported the finding.
  private func coloured(
    _ extra: [String], _ environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line
  ) throws -> Bool {
    let run = try binary.run(
      ["check", "--no-builtin", "--rules", "packs/test", "vag.md"] + extra, in: work, environment: environment)
    XCTAssertEqual(run.status, 1, run.stderr, file: file, line: line)
    XCTAssertTrue(run.stdout.contains("test-vague"), run.stdout, file: file, line: line)
    XCTAssertFalse(run.stderr.contains("\u{1B}["), "standard error stays plain", file: file, line: line)
    return run.stdout.contains("\u{1B}[")
  }

  func testAutoFollowsTheEnvironment() throws {
    XCTAssertFalse(try coloured([]), "a pipe gets no colour")
    XCTAssertTrue(try coloured([], ["FORCE_COLOR": "1"]), "CI logs ask for colour with FORCE_COLOR")
    XCTAssertTrue(try coloured(["--color", "auto"], ["FORCE_COLOR": "3"]))
    XCTAssertFalse(try coloured([], ["FORCE_COLOR": "0"]))
    XCTAssertFalse(try coloured([], ["FORCE_COLOR": "false"]))
    XCTAssertFalse(try coloured([], ["FORCE_COLOR": ""]), "an empty FORCE_COLOR is absent")
    XCTAssertFalse(try coloured([], ["FORCE_COLOR": "1", "NO_COLOR": "1"]), "NO_COLOR wins over FORCE_COLOR")
  }

  func testTheFlagWinsOverTheEnvironment() throws {
    XCTAssertTrue(try coloured(["--color", "always"]))
    XCTAssertTrue(try coloured(["--color=always"], ["NO_COLOR": "1"]))
    XCTAssertFalse(try coloured(["--color", "never"], ["FORCE_COLOR": "1"]))
    // Machine-readable formats never carry escape codes.
    let json = try binary.run(
      ["check", "--no-builtin", "--rules", "packs/test", "vag.md", "--format", "json", "--color", "always"], in: work)
    XCTAssertEqual(json.status, 1)
    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: json.stdoutBytes))
  }

  func testAnUnknownValueIsAUsageError() throws {
    let run = try binary.run(["check", "--no-builtin", "--rules", "packs/test", "vag.md", "--color", "ja"], in: work)
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("--color"), run.stderr)
    XCTAssertTrue(run.stderr.contains("always"), "names the valid values: \(run.stderr)")
  }
}
