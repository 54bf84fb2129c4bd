import Foundation
import TestSupport
import XCTest

@testable import KlarsvarReporting

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs the built `klarsvar` binary as CI would: the exact `klarsvar check` lines of the example
/// workflows and the pre-commit hook against `examples/`, every `--format`, baselines and `--fix`.
final class CLIWorkflowTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private var work: URL!

  override func setUpWithError() throws {
    work = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    // The templates folder of the examples is `mallar`, a copy of the repository's examples/.
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("examples"), to: work.appendingPathComponent("mallar"))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: work)
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  private func shell(_ command: String, stdin: String? = nil) throws -> Run {
    let binary = try KlarsvarBinary.locate().url
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = work
    var environment = ProcessInfo.processInfo.environment
    environment["KLARSVAR"] = binary.path
    environment["TEMPLATES"] = "mallar"
    environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }

  /// The `klarsvar check` command lines of a CI file, unquoted as YAML would.
  private func commandLines(_ file: String) throws -> [String] {
    let text = try String(contentsOf: Self.repository.appendingPathComponent(file), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line -> String? in
      var command = line.trimmingCharacters(in: .whitespaces)
      guard command.contains("\"$KLARSVAR\" check") else { return nil }
      if command.hasPrefix("- ") { command.removeFirst(2) }
      if command.hasPrefix("'"), command.hasSuffix("'") {
        command = String(command.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
      }
      return command
    }
  }

  private func read(_ name: String) throws -> Data { try Data(contentsOf: work.appendingPathComponent(name)) }

  func testGitHubWorkflowCommandsRunAgainstExamples() throws {
    let commands = try commandLines("examples/ci/github-actions.yml")
    XCTAssertEqual(commands.count, 2)
    let sarif = try shell(commands[0])
    XCTAssertEqual(sarif.status, 0, sarif.stderr)
    let log = try XCTUnwrap(JSONSerialization.jsonObject(with: try read("klarsvar.sarif")) as? [String: Any])
    XCTAssertEqual(log["version"] as? String, "2.1.0")
    let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? []
    XCTAssertFalse(results.isEmpty)
    let annotations = try shell(commands[1])
    XCTAssertEqual(annotations.status, 1, "examples/ has an error-level finding")
    let lines = annotations.stdout.split(separator: "\n")
    XCTAssertFalse(lines.isEmpty)
    // `--min-severity warning`: GitHub shows ten annotations of a type per step, so no notices.
    XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
  }

  func testGitLabJobCommandsRunAgainstExamples() throws {
    let commands = try commandLines("examples/ci/gitlab-ci.yml")
    XCTAssertEqual(commands.count, 3)
    XCTAssertEqual(try shell(commands[0]).status, 0)
    let issues = try XCTUnwrap(
      JSONSerialization.jsonObject(with: try read("gl-code-quality-report.json")) as? [[String: Any]])
    XCTAssertFalse(issues.isEmpty)
    XCTAssertEqual(try shell(commands[1]).status, 0)
    let junit = try XCTUnwrap(try XMLDocument(data: try read("klarsvar-junit.xml")).rootElement())
    XCTAssertEqual(junit.name, "testsuites")
    // Only error findings fail a test case (`--fail-on error`); the examples have some, and fewer than findings.
    let failures = try junit.nodes(forXPath: "//failure").compactMap { ($0 as? XMLElement)?.attribute(forName: "type") }
    XCTAssertFalse(failures.isEmpty)
    XCTAssertTrue(failures.allSatisfy { $0.stringValue?.hasPrefix("error: ") == true })
    XCTAssertFalse(try junit.nodes(forXPath: "//system-out").isEmpty)
    let text = try shell(commands[2])
    XCTAssertEqual(text.status, 1)
    XCTAssertTrue(text.stdout.contains("filer kontrollerade"))
  }

  func testPreCommitHookEntryRuns() throws {
    let hooks = try String(
      contentsOf: Self.repository.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    let entry = try XCTUnwrap(
      hooks.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("entry:") })
    let command = entry.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
    XCTAssertTrue(command.hasPrefix("klarsvar check"))
    // pre-commit appends the staged file names.
    XCTAssertEqual(try shell(command + " mallar/bra-svar.md").status, 0)
    XCTAssertEqual(try shell(command + " mallar/beslut-avslag-ledsagning.md mallar/bra-svar.md").status, 1)
  }

  func testEveryFormatParses() throws {
    for format in ["json", "sarif", "gitlab"] {
      let run = try shell("\"$KLARSVAR\" check mallar --format \(format)")
      XCTAssertEqual(run.status, 1, format)
      XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)), format)
    }
    for format in ["junit", "checkstyle"] {
      let run = try shell("\"$KLARSVAR\" check mallar --format \(format)")
      XCTAssertNoThrow(try XMLDocument(data: Data(run.stdout.utf8)), format)
    }
    let bad = try shell("\"$KLARSVAR\" check mallar --format yaml")
    XCTAssertEqual(bad.status, 2)
    XCTAssertTrue(bad.stderr.contains(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), bad.stderr)
  }

  func testBaselineHidesKnownFindings() throws {
    let write = try shell("\"$KLARSVAR\" check mallar --write-baseline baslinje.json")
    XCTAssertEqual(write.status, 0, write.stderr)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: try read("baslinje.json")) as? [String: Any])
    XCTAssertEqual(object["version"] as? Int, 1)
    let run = try shell("\"$KLARSVAR\" check mallar --baseline baslinje.json")
    XCTAssertEqual(run.status, 0, run.stdout)
    XCTAssertTrue(run.stdout.contains("0 fynd"))
    try "\n\nVi återkommer inom kort.\n".write(
      to: work.appendingPathComponent("mallar/bra-svar.md"), atomically: true, encoding: .utf8)
    let after = try shell("\"$KLARSVAR\" check mallar --baseline baslinje.json --format github")
    XCTAssertEqual(after.status, 1)
    XCTAssertTrue(after.stdout.contains("mallar/bra-svar.md"))
    XCTAssertFalse(after.stdout.contains("mallar/klagomal-hemtjanst.md"))
    XCTAssertEqual(try shell("\"$KLARSVAR\" check mallar --baseline saknas.json").status, 2)
  }

  func testFixDryRunPrintsADiffAndWritesNothing() throws {
    let file = work.appendingPathComponent("mallar/klagomal-hemtjanst.md")
    let before = try Data(contentsOf: file)
    let run = try shell("\"$KLARSVAR\" check mallar --fix --dry-run")
    XCTAssertTrue(run.stdout.contains("--- a/mallar/klagomal-hemtjanst.md\n+++ b/mallar/klagomal-hemtjanst.md\n@@ "))
    XCTAssertTrue(run.stdout.contains("\n-Beträffande de sena"))
    XCTAssertEqual(try Data(contentsOf: file), before)
    XCTAssertTrue(run.stderr.contains("inget skrevs"))
  }

  func testFixAppliesAndRechecks() throws {
    let file = work.appendingPathComponent("mallar/klagomal-hemtjanst.md")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    let before = try shell("\"$KLARSVAR\" check mallar/klagomal-hemtjanst.md --format json")
    let run = try shell("\"$KLARSVAR\" check mallar --fix --format json")
    XCTAssertNotEqual(run.status, 2, run.stderr)
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(text.contains("Om de sena morgonbesöken"))
    XCTAssertTrue(text.contains("att kontakta undertecknad"), "overlapping fixes: the earliest wins")
    XCTAssertEqual(
      (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    func count(_ json: String) -> Int {
      let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
      let files = root?["files"] as? [[String: Any]] ?? []
      return files.filter { ($0["path"] as? String) == "mallar/klagomal-hemtjanst.md" }
        .reduce(0) { $0 + (($1["findings"] as? [Any])?.count ?? 0) }
    }
    XCTAssertLessThan(count(run.stdout), count(before.stdout), "the re-check reports what remains")
    XCTAssertTrue(run.stderr.contains("rättningar"))
  }

  func testFixRefusesDocumentsAndStandardInput() throws {
    try Data("PK".utf8).write(to: work.appendingPathComponent("mallar/beslut.docx"))
    let document = try shell("\"$KLARSVAR\" check mallar/beslut.docx --fix")
    XCTAssertEqual(document.status, 2)
    XCTAssertTrue(document.stderr.contains(".docx och .odt skrivs aldrig om"), document.stderr)
    let stdin = try shell("\"$KLARSVAR\" check - --fix", stdin: "Vi har erhållit brevet.")
    XCTAssertEqual(stdin.status, 2)
    XCTAssertTrue(stdin.stderr.contains("standard in"))
  }

  func testUnreadableDocumentIsAnErrorForThatFileOnly() throws {
    try Data("inte en zip".utf8).write(to: work.appendingPathComponent("mallar/trasig.docx"))
    let run = try shell("\"$KLARSVAR\" check mallar --format checkstyle")
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("mallar/trasig.docx"))
    let root = try XMLDocument(data: Data(run.stdout.utf8)).rootElement()
    XCTAssertEqual(root?.elements(forName: "file").count, 6)
  }
}
