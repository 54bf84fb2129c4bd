import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore

/// End to end: the built `klarsvar` binary on fixture folders – exit codes, text and JSON output,
/// standard input, bad input, colour, read-only checking and the other subcommands.
final class CheckCommandTests: XCTestCase {
  private var work: URL!
  private var binary: KlarsvarBinary!

  /// `--no-builtin --rules packs/test`: findings come only from the test pack below.
  private let testPack = ["--no-builtin", "--rules", "packs/test"]

  private static let vague = "Hej Åsa 😀!\n\nVi svarar inom kort.\n"

  override func setUpWithError() throws {
    binary = try KlarsvarBinary.locate()
    work =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-check-\(UUID().uuidString)")
      .standardizedFileURL
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let rules = [
      PackJSON.rule(
        "test-vague", type: "phrase", category: "commitment", message: "Otydlig tid: ”{match}”",
        [
          "phrases": ["inom kort"], "suggestions": ["senast den 30 juni"],
          "examples": [
            "flag": [["text": "Vi svarar inom kort.", "fixed": "Vi svarar senast den 30 juni."]],
            "pass": ["Vi svarar senast fredag."],
          ],
        ]),
      PackJSON.rule("test-hint", type: "phrase", severity: "hint", ["phrases": ["gällande"]]),
      PackJSON.rule("test-info", type: "phrase", severity: "info", ["phrases": ["erhålla"], "suggestions": ["få"]]),
      PackJSON.rule(
        "test-error", type: "phrase", category: "tone", severity: "error",
        ["phrases": ["aldrig någonsin"], "examples": ["flag": ["Det här är fint."], "pass": ["Vi svarar."]]]),
    ]
    try writePack(PackJSON.files(id: "test", rules: rules), to: "packs/test")
    try write("Hej!\n\nTack för ditt brev.\n", to: "letters/klar.md")
    try write(Self.vague, to: "letters/vag.md")
  }

  override func tearDownWithError() throws {
    if let work { try? FileManager.default.removeItem(at: work) }
  }

  private func write(_ text: String, to relative: String) throws {
    try write(Data(text.utf8), to: relative)
  }

  private func write(_ data: Data, to relative: String) throws {
    let url = work.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  private func writePack(_ files: [(name: String, contents: Data)], to relative: String) throws {
    for file in files { try write(file.contents, to: "\(relative)/\(file.name)") }
  }

  private func klarsvar(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]
  ) throws -> KlarsvarBinary.Run {
    try binary.run(arguments, in: work, stdin: stdin.map { Data($0.utf8) }, environment: environment)
  }

  /// Runs `check --format json` and decodes the output.
  private func checkJSON(
    _ arguments: [String], stdin: String? = nil, file: StaticString = #filePath, line: UInt = #line
  ) throws -> (status: Int32, json: [String: Any], run: KlarsvarBinary.Run) {
    let run = try klarsvar(["check", "--format", "json"] + testPack + arguments, stdin: stdin)
    let object = try JSONSerialization.jsonObject(with: run.stdoutBytes)
    let json = try XCTUnwrap(object as? [String: Any], "not a JSON object: \(run.stdout)", file: file, line: line)
    return (run.status, json, run)
  }

  private func files(_ json: [String: Any]) -> [[String: Any]] { json["files"] as? [[String: Any]] ?? [] }

  private func findings(_ json: [String: Any]) -> [[String: Any]] {
    files(json).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
  }

  // MARK: Exit codes and output

  func testExitCodes() throws {
    XCTAssertEqual(try klarsvar(["check"] + testPack + ["letters/klar.md"]).status, 0)
    XCTAssertEqual(try klarsvar(["check"] + testPack + ["letters"]).status, 1)
    XCTAssertEqual(try klarsvar(["check", "--format", "xml"] + testPack + ["letters"]).status, 2)
    XCTAssertEqual(try klarsvar(["check", "--no-such-flag", "letters"]).status, 2)
    XCTAssertEqual(try klarsvar(["check", "--fail-on", "sometimes", "letters"]).status, 2)
    XCTAssertEqual(try klarsvar(["no-such-command"]).status, 2)
  }

  func testTextOutputHasLocationSourceLineAndCaret() throws {
    let run = try klarsvar(["check"] + testPack + ["letters/vag.md"], environment: ["NO_COLOR": "1"])
    XCTAssertEqual(run.status, 1)
    let lines = run.stdout.components(separatedBy: "\n")
    let index = try XCTUnwrap(
      lines.firstIndex(of: "letters/vag.md:3:11: warning [test-vague] Otydlig tid: ”inom kort”"), run.stdout)
    XCTAssertEqual(lines[index + 1], " 3 | Vi svarar inom kort.")
    XCTAssertEqual(lines[index + 2], "   |           ^^^^^^^^^")
    XCTAssertTrue(lines[index + 3].contains("senast den 30 juni"), lines[index + 3])
  }

  func testJSONStructure() throws {
    let (status, json, _) = try checkJSON(["letters"])
    XCTAssertEqual(status, 1)
    XCTAssertEqual(json["schemaVersion"] as? Int, 1)
    XCTAssertEqual((json["tool"] as? [String: Any])?["name"] as? String, "klarsvar")
    XCTAssertEqual(json["errors"] as? [String], [])
    XCTAssertEqual(
      files(json).map { $0["path"] as? String }, ["letters/klar.md", "letters/vag.md"], "deterministic order")
    let all = findings(json)
    XCTAssertEqual(all.count, 1)
    let finding = try XCTUnwrap(all.first)
    XCTAssertEqual(finding["ruleId"] as? String, "test-vague")
    XCTAssertEqual(finding["category"] as? String, "commitment")
    XCTAssertEqual(finding["severity"] as? String, "warning")
    XCTAssertEqual(finding["message"] as? String, "Otydlig tid: ”inom kort”")
    XCTAssertEqual(finding["matchedText"] as? String, "inom kort")
    // "Hej Åsa 😀!\n\n" is 16 bytes, 13 UTF-16 units and 12 scalars; "Vi svarar " 10 more of each.
    let location = try XCTUnwrap(finding["location"] as? [String: Any])
    XCTAssertEqual(location["start"] as? [String: Int], ["line": 3, "column": 11])
    XCTAssertEqual(location["end"] as? [String: Int], ["line": 3, "column": 20])
    XCTAssertEqual(location["utf8"] as? [String: Int], ["start": 26, "end": 35])
    XCTAssertEqual(location["utf16"] as? [String: Int], ["start": 23, "end": 32])
    XCTAssertEqual(location["scalars"] as? [String: Int], ["start": 22, "end": 31])
    let suggestions = try XCTUnwrap(finding["suggestions"] as? [[String: Any]])
    XCTAssertEqual(suggestions.count, 1)
    XCTAssertEqual(suggestions.first?["kind"] as? String, "replacement")
    XCTAssertEqual(suggestions.first?["newText"] as? String, "senast den 30 juni")
    XCTAssertEqual(
      (suggestions.first?["location"] as? [String: Any])?["utf8"] as? [String: Int], ["start": 26, "end": 35])
  }

  func testFailOnAndMinSeverity() throws {
    try write("Vi svarar gällande ditt brev.\n", to: "hint.md")
    try write("Du kan erhålla stöd.\n", to: "info.md")
    try write("Det gör vi aldrig någonsin.\n", to: "error.md")
    XCTAssertEqual(try checkJSON(["info.md"]).status, 0, "warning is the default fail level")
    XCTAssertEqual(try checkJSON(["--fail-on", "info", "info.md"]).status, 1)
    XCTAssertEqual(try checkJSON(["--fail-on", "info", "hint.md"]).status, 0)
    XCTAssertEqual(try checkJSON(["--fail-on", "error", "letters/vag.md"]).status, 0)
    XCTAssertEqual(try checkJSON(["--fail-on", "error", "error.md"]).status, 1)
    XCTAssertEqual(try checkJSON(["--fail-on", "never", "error.md"]).status, 0)
    try write(#"{ "failOn": "info" }"#, to: ".klarsvar.json")
    XCTAssertEqual(try checkJSON(["info.md"]).status, 1, "failOn from the config")
    XCTAssertEqual(try checkJSON(["--fail-on", "warning", "info.md"]).status, 0, "the command line wins")

    let shown = { (arguments: [String]) throws -> [String] in
      try self.findings(self.checkJSON(arguments + ["hint.md", "info.md", "letters/vag.md"]).json).compactMap {
        $0["severity"] as? String
      }
    }
    XCTAssertEqual(try shown([]), ["hint", "info", "warning"])
    XCTAssertEqual(try shown(["--min-severity", "info"]), ["info", "warning"])
    XCTAssertEqual(try shown(["--min-severity", "warning"]), ["warning"])
    let text = try klarsvar(["check", "--min-severity", "warning"] + testPack + ["hint.md", "letters/vag.md"])
    XCTAssertFalse(text.stdout.contains("[test-hint]"))
    XCTAssertTrue(text.stdout.contains("[test-vague]"))
  }

  // MARK: Standard input

  func testStandardInputWithAndWithoutFileName() throws {
    let letter = "Vi svarar inom kort.\n\n`inom kort`\n"
    let named = try checkJSON(["--stdin-filename", "svar/brev.md", "-"], stdin: letter)
    XCTAssertEqual(named.status, 1)
    XCTAssertEqual(files(named.json).map { $0["path"] as? String }, ["svar/brev.md"])
    XCTAssertEqual(findings(named.json).count, 1, "read as Markdown: inline code is skipped")
    let anonymous = try checkJSON(["-"], stdin: letter)
    XCTAssertEqual(files(anonymous.json).map { $0["path"] as? String }, ["<stdin>"])
    XCTAssertEqual(findings(anonymous.json).count, 2, "read as plain text")
    XCTAssertEqual(try checkJSON(["-"], stdin: "Tack.\n").status, 0)
    XCTAssertEqual(try klarsvar(["check", "--stdin-filename", "a.md"] + testPack + ["letters"]).status, 2, "needs -")
  }

  // MARK: Bad input

  func testInvalidUTF8IsAnErrorForThatFileOnly() throws {
    try write(
      Data("Hej!\nVi svarar \u{FF}".utf8) + Data([0xFF, 0xFE]) + Data(" inom kort.\n".utf8), to: "letters/trasig.txt")
    let (status, json, run) = try checkJSON(["letters"])
    XCTAssertEqual(status, 2)
    let broken = try XCTUnwrap(files(json).first { $0["path"] as? String == "letters/trasig.txt" })
    let error = try XCTUnwrap(broken["error"] as? String)
    XCTAssertTrue(error.contains("UTF-8"), error)
    XCTAssertTrue(error.contains("rad 2"), error)
    XCTAssertEqual(findings(json).map { $0["ruleId"] as? String }, ["test-vague"], "the other files are still checked")
    XCTAssertEqual(run.stderr, "", "JSON carries the error in the file's entry")
    let text = try klarsvar(["check"] + testPack + ["letters"])
    XCTAssertEqual(text.status, 2)
    XCTAssertTrue(text.stdout.contains("letters/trasig.txt: fel: ogiltig UTF-8 på rad 2, kolumn 12"), text.stdout)
    XCTAssertTrue(text.stdout.contains("[test-vague]"))
  }

  func testBinaryFilesAreSkippedWithANotice() throws {
    try write(Data([0x48, 0x65, 0x00, 0x01, 0x02, 0x00, 0x6A]), to: "letters/bild.txt")
    let (status, json, _) = try checkJSON(["letters/bild.txt", "letters/klar.md"])
    XCTAssertEqual(status, 0, "a skipped file is not an error")
    let skipped = try XCTUnwrap(files(json).first { $0["path"] as? String == "letters/bild.txt" })
    XCTAssertNotNil(skipped["skipped"] as? String)
    XCTAssertNil(skipped["error"] as? String)
    let text = try klarsvar(["check"] + testPack + ["letters/bild.txt"])
    XCTAssertTrue(text.stdout.contains("letters/bild.txt: binär fil"), text.stdout)
  }

  func testMissingPathsAreReported() throws {
    let run = try klarsvar(["check"] + testPack + ["letters/vag.md", "saknas.md"])
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue((run.stdout + run.stderr).contains("saknas.md: filen eller mappen finns inte"), run.stderr)
    XCTAssertTrue(run.stdout.contains("[test-vague]"), "existing files are still checked")
  }

  func testBrokenRulesPackIsAnErrorButGoodPacksStillReport() throws {
    let broken = PackJSON.files(
      id: "trasig",
      rules: [
        PackJSON.rule("broken-good-rule", type: "phrase", ["phrases": ["svarar"]]),
        PackJSON.rule("broken-bad-rule", type: "phrase", ["phrases": ["x"], "colour": "röd"]),
      ], rawFiles: ["zz-invalid.json": "{\n  \"rules\": [\n    { \"id\": 1 2 }\n  ]\n}\n"])
    try writePack(broken, to: "packs/trasig")
    let run = try klarsvar(["check"] + testPack + ["--rules", "packs/trasig", "letters/vag.md"])
    XCTAssertEqual(run.status, 2)
    let report = run.stdout + run.stderr
    XCTAssertTrue(report.contains("packs/trasig/zz-invalid.json:3:"), report)
    XCTAssertTrue(report.contains("packs/trasig/rules.json: regel broken-bad-rule, vid /rules/1/colour"), report)
    XCTAssertTrue(run.stdout.contains("[test-vague]"), "the good pack still reports")
    XCTAssertTrue(run.stdout.contains("[broken-good-rule]"), "the sound rules of the broken pack still report")

    let json = try checkJSON(["--rules", "packs/trasig", "letters/vag.md"])
    XCTAssertEqual(json.status, 2)
    XCTAssertEqual((json.json["errors"] as? [String])?.count, 2)
    XCTAssertEqual(Set(findings(json.json).compactMap { $0["ruleId"] as? String }), ["test-vague", "broken-good-rule"])
  }

  func testPacksFromTheConfigAndItsLocalRulesFolder() throws {
    try write(#"{ "rulePaths": ["../packs/test"], "packs": ["test"] }"#, to: "letters/.klarsvar.json")
    let viaConfig = try klarsvar(["check", "--format", "json", "letters/vag.md"])
    XCTAssertEqual(viaConfig.status, 1, viaConfig.stdout + viaConfig.stderr)
    let ids = try findings(XCTUnwrap(JSONSerialization.jsonObject(with: viaConfig.stdoutBytes) as? [String: Any]))
    XCTAssertEqual(ids.compactMap { $0["ruleId"] as? String }, ["test-vague"], "only the enabled pack")

    try FileManager.default.removeItem(at: work.appendingPathComponent("letters/.klarsvar.json"))
    try write(#"{ "packs": ["test"] }"#, to: ".klarsvar.json")
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent(".klarsvar/rules"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: work.appendingPathComponent("packs/test"), to: work.appendingPathComponent(".klarsvar/rules/test"))
    let local = try klarsvar(["check", "--format", "json", "letters/vag.md"])
    XCTAssertEqual(local.status, 1, local.stdout + local.stderr)
    let localIDs = try findings(XCTUnwrap(JSONSerialization.jsonObject(with: local.stdoutBytes) as? [String: Any]))
    XCTAssertEqual(localIDs.compactMap { $0["ruleId"] as? String }, ["test-vague"])

    try write(#"{ "rulePaths": ["saknas"] }"#, to: ".klarsvar.json")
    let missing = try klarsvar(["check", "letters/vag.md"])
    XCTAssertEqual(missing.status, 2, "a rule path that does not exist is an error")
    XCTAssertTrue((missing.stdout + missing.stderr).contains("saknas"), missing.stdout + missing.stderr)
  }

  // MARK: Colour and files

  func testNoEscapeCodesWithoutATerminalOrWithNoColor() throws {
    let piped = try klarsvar(["check"] + testPack + ["letters/vag.md"])
    XCTAssertTrue(piped.stdout.contains("[test-vague]"))
    XCTAssertTrue(piped.stdout.contains("\n1 fil kontrollerad, "), "singular agreement: \(piped.stdout)")
    XCTAssertFalse(piped.stdout.contains("\u{1B}["), "stdout is not a terminal")
    XCTAssertFalse(piped.stderr.contains("\u{1B}["))

    let script = URL(fileURLWithPath: "/usr/bin/script")
    guard FileManager.default.isExecutableFile(atPath: script.path) else {
      throw XCTSkip("no script(1) for a terminal")
    }
    let command = ([binary.url.path, "check"] + testPack + ["letters/vag.md"]).joined(separator: " ")
    func onTerminal(_ environment: [String: String]) throws -> String {
      try KlarsvarBinary.spawn(
        script, ["-qec", command, "/dev/null"], in: work, stdin: nil, environment: environment, timeout: 30
      ).stdout
    }
    let coloured = try onTerminal(["TERM": "xterm"])
    XCTAssertTrue(coloured.contains("[test-vague]"), coloured)
    XCTAssertTrue(coloured.contains("\u{1B}["), "colour on a terminal")
    let plain = try onTerminal(["TERM": "xterm", "NO_COLOR": "1"])
    XCTAssertTrue(plain.contains("[test-vague]"), plain)
    XCTAssertFalse(plain.contains("\u{1B}["), "NO_COLOR turns colour off even on a terminal")
  }

  func testCheckNeverModifiesFiles() throws {
    try write(Data("Du kan erhålla stöd\r\ninom kort 😀 a\u{030A}.\n".utf8), to: "letters/crlf.txt")
    func snapshot() throws -> [String: (Data, Date)] {
      var result: [String: (Data, Date)] = [:]
      let enumerator = FileManager.default.enumerator(
        at: work, includingPropertiesForKeys: [.contentModificationDateKey])
      while let url = enumerator?.nextObject() as? URL {
        let values = try url.resourceValues(forKeys: [.contentModificationDateKey, .isDirectoryKey])
        let data = values.isDirectory == true ? Data() : try Data(contentsOf: url)
        result[url.path] = (data, values.contentModificationDate ?? .distantPast)
      }
      return result
    }
    let before = try snapshot()
    for format in ["text", "json"] {
      _ = try klarsvar(["check", "--format", format] + testPack + ["letters", "."])
      _ = try klarsvar(["check", "--format", format, "letters"])
    }
    let after = try snapshot()
    XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), "no file was created or removed")
    for (path, (data, date)) in before {
      XCTAssertEqual(after[path]?.0, data, "\(path) changed")
      XCTAssertEqual(after[path]?.1, date, "\(path) was touched")
    }
  }

  // MARK: Other subcommands

  func testRulesListsIdCategorySeverityAndPack() throws {
    let run = try klarsvar(["rules"] + testPack)
    XCTAssertEqual(run.status, 0)
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    XCTAssertTrue(rows.contains(["test-vague", "commitment", "warning", "test"]), run.stdout)
    XCTAssertTrue(rows.contains(["test-hint", "plain-language", "hint", "test"]), run.stdout)
    XCTAssertEqual(run.lastLine, "4 regler i 1 paket")
    let builtIn = try klarsvar(["rules"])
    XCTAssertEqual(builtIn.status, 0)
    XCTAssertTrue(builtIn.stdout.contains("commitment-vague-time"))
  }

  func testExplainShowsTheRule() throws {
    let run = try klarsvar(["explain", "test-vague", "--rules", "packs/test"])
    XCTAssertEqual(run.status, 0)
    // Standard output is a pipe: plain text, the Markdown's markup characters gone.
    XCTAssertTrue(run.stdout.hasPrefix("test-vague · commitment · warning · paket test\n"), run.stdout)
    XCTAssertTrue(run.stdout.contains("Förklaring av test-vague."))
    XCTAssertTrue(run.stdout.contains("\n  Vi svarar inom kort.\n"), "the flag example, indented")
    let builtIn = try klarsvar(["explain", "commitment-vague-time"])
    XCTAssertEqual(builtIn.status, 0)
    XCTAssertTrue(builtIn.stdout.contains("commitment-vague-time"))
    let unknown = try klarsvar(["explain", "no-such-rule"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(unknown.stderr.contains("no-such-rule"))
  }

  func testTestRulesEndsWithPassedAndFailed() throws {
    let own = try klarsvar(["test-rules", "packs/test"])
    XCTAssertEqual(own.status, 1)
    XCTAssertEqual(own.lastLine, "3 passed, 1 failed")
    XCTAssertTrue(own.stdout.contains("test-error"), own.stdout)
    let builtIn = try klarsvar(["test-rules"])
    XCTAssertEqual(builtIn.status, 0, builtIn.stdout)
    let match = builtIn.lastLine.split(separator: " ")
    XCTAssertEqual(match.count, 4, builtIn.lastLine)
    XCTAssertNotNil(Int(match.first ?? ""), builtIn.lastLine)
    XCTAssertTrue(builtIn.lastLine.hasSuffix(" passed, 0 failed"), builtIn.lastLine)
  }

  func testVersionAndHelpOnEverySubcommand() throws {
    let version = try klarsvar(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertTrue(version.stdout.hasPrefix("klarsvar \(KlarsvarVersion.current)"), version.stdout)
    let help = try klarsvar(["--help"])
    XCTAssertEqual(help.status, 0)
    let lines = help.stdout.components(separatedBy: "\n")
    let start = try XCTUnwrap(lines.firstIndex(of: "Kommandon:"), help.stdout)
    let commands = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }.compactMap {
      $0.split(separator: " ").first.map(String.init)
    }
    XCTAssertTrue(Set(commands).isSuperset(of: ["check", "rules", "explain", "test-rules"]), "\(commands)")
    for command in commands {
      for flag in ["--help", "-h"] {
        let run = try klarsvar([command, flag])
        XCTAssertEqual(run.status, 0, "\(command) \(flag)")
        XCTAssertTrue(run.stdout.contains("klarsvar \(command)"), "\(command) \(flag): \(run.stdout)")
      }
    }
  }
}
