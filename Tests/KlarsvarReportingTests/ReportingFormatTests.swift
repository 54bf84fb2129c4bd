import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarReporting

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Each `--format` against its specification's required structure, escaping of awkward text, and a golden file.
final class ReportingFormatTests: XCTestCase {
  private let outcome = ReportingSample.outcome()
  private let options = ReportOptions(toolVersion: "0.0.0-test", workingDirectory: "/srv/kommun/brev åäö")

  private func render(_ format: ReportFormat) -> String { format.render(outcome, options: options) }

  // MARK: - SARIF

  func testSARIFStructure() throws {
    let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(render(.sarif).utf8)) as? [String: Any])
    XCTAssertEqual(log["version"] as? String, "2.1.0")
    let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
    let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    XCTAssertEqual(driver["name"] as? String, "klarsvar")
    let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
    XCTAssertEqual(rules.map { $0["id"] as? String }, ["test-awkward", "test-emoji", "test-hint"])
    let first = rules[0]
    XCTAssertEqual((first["shortDescription"] as? [String: Any])?["text"] as? String, "Meddelande för … & <mer>")
    XCTAssertEqual(
      (first["fullDescription"] as? [String: Any])?["text"] as? String,
      "Förklaring av test-awkward med **fetstil** & <vinkel>.")
    let help = try XCTUnwrap(first["help"] as? [String: Any])
    XCTAssertEqual(help["text"] as? String, "Förklaring av test-awkward med **fetstil** & <vinkel>.\n\nAndra stycket.")
    XCTAssertTrue((help["markdown"] as? String)?.contains("**test-awkward**") == true)
    XCTAssertEqual((first["defaultConfiguration"] as? [String: Any])?["level"] as? String, "warning")
    XCTAssertEqual((first["properties"] as? [String: Any])?["category"] as? String, "commitment")
    XCTAssertEqual(first["name"] as? String, "TestAwkward")
    XCTAssertEqual((first["properties"] as? [String: Any])?["precision"] as? String, "high")
    XCTAssertEqual(
      rules.map { ($0["properties"] as? [String: Any])?["problem.severity"] as? String },
      ["warning", "error", "recommendation"])
    XCTAssertTrue((first["helpUri"] as? String)?.hasPrefix(SARIFReporter.ruleDocumentation + "#") == true)

    let results = try XCTUnwrap(run["results"] as? [[String: Any]])
    XCTAssertEqual(results.count, 4)
    let awkward = results[0]
    XCTAssertEqual(awkward["ruleId"] as? String, "test-awkward")
    XCTAssertEqual(awkward["ruleIndex"] as? Int, 0)
    XCTAssertEqual(awkward["level"] as? String, "warning")
    XCTAssertEqual((awkward["message"] as? [String: Any])?["text"] as? String, ReportingSample.awkwardMessage)
    let physical = try XCTUnwrap(
      ((awkward["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
    let artifact = try XCTUnwrap(physical["artifactLocation"] as? [String: Any])
    XCTAssertEqual(artifact["uri"] as? String, "mallar/svar%2C%20100%25%3A%20%C3%A5%C3%A4%C3%B6.md")
    XCTAssertEqual(artifact["uriBaseId"] as? String, "%SRCROOT%")
    let region = try XCTUnwrap(physical["region"] as? [String: Any])
    XCTAssertEqual(region["startLine"] as? Int, 3)
    XCTAssertEqual(region["startColumn"] as? Int, 4)
    XCTAssertEqual(region["endColumn"] as? Int, 11)
    XCTAssertEqual(region["charOffset"] as? Int, 13)
    XCTAssertEqual(region["charLength"] as? Int, 7)
    let fingerprints = try XCTUnwrap(awkward["partialFingerprints"] as? [String: String])
    XCTAssertNotNil(fingerprints["klarsvarContext/v1"])
    XCTAssertEqual(fingerprints["primaryLocationLineHash"], fingerprints["klarsvarContext/v1"])
    XCTAssertNotNil(awkward["fixes"])

    // Emoji: columns count Unicode scalars (declared by columnKind).
    XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
    let emojiRegion = try XCTUnwrap(
      (((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["region"]
        as? [String: Any])
    XCTAssertEqual(emojiRegion["startColumn"] as? Int, 48)
    XCTAssertEqual(emojiRegion["endColumn"] as? Int, 59)

    // A .docx finding: a binary file has no lines, so no region (a paragraph is no `startLine`);
    // the paragraph is a logical location and is named in the messages.
    let documentResult = results[3]
    let documentLocation = try XCTUnwrap((documentResult["locations"] as? [[String: Any]])?.first)
    let documentPhysical = try XCTUnwrap(documentLocation["physicalLocation"] as? [String: Any])
    XCTAssertNil(documentPhysical["region"])
    XCTAssertEqual(
      (documentPhysical["artifactLocation"] as? [String: Any])?["uri"] as? String, "mallar/beslut.docx")
    let logical = try XCTUnwrap(documentLocation["logicalLocations"] as? [[String: Any]])
    XCTAssertEqual(logical.map { $0["name"] as? String }, ["stycke 2"])
    XCTAssertEqual(logical.first?["kind"] as? String, "element")
    XCTAssertEqual((documentLocation["message"] as? [String: Any])?["text"] as? String, "stycke 2, tecken 15")
    XCTAssertEqual(
      (documentResult["message"] as? [String: Any])?["text"] as? String, "stycke 2, tecken 15: Otydlig tid: ”inom kort”"
    )
    XCTAssertNil(documentResult["fixes"], "no edits into a binary file")

    // Relative paths resolve against %SRCROOT%, which the run names: the working directory as a
    // file URI ending in "/", also the invocation's working directory.
    let root = "file:///srv/kommun/brev%20%C3%A5%C3%A4%C3%B6/"
    let bases = try XCTUnwrap(run["originalUriBaseIds"] as? [String: [String: Any]])
    XCTAssertEqual(Array(bases.keys), ["%SRCROOT%"])
    XCTAssertEqual(bases["%SRCROOT%"]?["uri"] as? String, root)
    XCTAssertEqual(
      ((run["invocations"] as? [[String: Any]])?.first?["workingDirectory"] as? [String: Any])?["uri"] as? String, root)

    // The unreadable file is a tool execution notification, and the run is not successful.
    let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
    XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
    XCTAssertEqual((invocation["toolExecutionNotifications"] as? [Any])?.count, 1)
  }

  func testSARIFValidatesAgainstTheOASISSchema() throws {
    // The OASIS schema is vendored with its notice (Tests/Fixtures/sarif), so the test never skips.
    let schemaData = try Data(
      contentsOf: ReportingSample.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json"))
    // TestSupport's validator checks the structural keywords; the few it does not know
    // (format, maximum, uniqueItems, draft-04 "id") are dropped first. .ci/run validates with python jsonschema too.
    let schema = Self.strippingUnsupportedKeywords(try JSONSerialization.jsonObject(with: schemaData))
    let validator = try JSONSchemaValidator(schema: schema)
    for sample in [render(.sarif), ReportFormat.sarif.render(Checker.Outcome(reports: []), options: options)] {
      let errors = try validator.validate(data: Data(sample.utf8))
      XCTAssertEqual(errors, [], "SARIF violates the schema: \(errors.prefix(5))")
    }
    // The validator does bite: a result without a message and an unknown level are rejected.
    var broken = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(render(.sarif).utf8)) as? [String: Any])
    var runs = try XCTUnwrap(broken["runs"] as? [[String: Any]])
    var results = try XCTUnwrap(runs[0]["results"] as? [[String: Any]])
    results[0]["message"] = nil
    results[1]["level"] = "fatal"
    runs[0]["results"] = results
    broken["runs"] = runs
    XCTAssertGreaterThanOrEqual(try validator.validate(jsonObject: broken).count, 2)
  }

  /// Removes keywords TestSupport's validator rejects, walking only schema positions (never property names).
  static func strippingUnsupportedKeywords(_ schema: Any) -> Any {
    guard var object = schema as? [String: Any] else { return schema }
    for keyword in ["format", "maximum", "uniqueItems", "id"] { object[keyword] = nil }
    for mapKeyword in ["properties", "definitions"] {
      if let map = object[mapKeyword] as? [String: Any] {
        object[mapKeyword] = map.mapValues(strippingUnsupportedKeywords)
      }
    }
    for single in ["items", "additionalProperties"] {
      if let value = object[single], value is [String: Any] { object[single] = strippingUnsupportedKeywords(value) }
    }
    for list in ["oneOf", "anyOf", "allOf"] {
      if let values = object[list] as? [Any] { object[list] = values.map(strippingUnsupportedKeywords) }
    }
    return object
  }

  // MARK: - JUnit

  func testJUnitStructureAndEscaping() throws {
    let document = try XMLDocument(data: Data(render(.junit).utf8))
    let root = try XCTUnwrap(document.rootElement())
    XCTAssertEqual(root.name, "testsuites")
    let suites = root.elements(forName: "testsuite")
    XCTAssertEqual(
      suites.map { $0.attribute(forName: "name")?.stringValue },
      [
        "mallar/svar, 100%: åäö.md", "mallar/beslut.docx", "mallar/bra.md", "mallar/låst.docx",
      ])
    let awkwardCases = suites[0].elements(forName: "testcase")
    XCTAssertEqual(awkwardCases.count, 3)
    // The file fails on warnings: the warning and the error fail, the hint passes with its details.
    XCTAssertEqual(suites[0].attribute(forName: "failures")?.stringValue, "2")
    let failure = try XCTUnwrap(awkwardCases[0].elements(forName: "failure").first)
    XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, ReportingSample.awkwardMessage)
    XCTAssertTrue(failure.stringValue?.contains("träff: \"lovar\"") == true)
    XCTAssertTrue(failure.stringValue?.contains("förslag: Ersätt med ”lova & <hålla>”") == true)
    XCTAssertEqual(awkwardCases[1].elements(forName: "failure").count, 1)
    XCTAssertEqual(awkwardCases[2].elements(forName: "failure").count, 0)
    let output = try XCTUnwrap(awkwardCases[2].elements(forName: "system-out").first?.stringValue)
    XCTAssertTrue(output.contains(": hint [test-hint] "), output)
    // A clean file is one passing case; an unreadable file one error case.
    let cleanCases = suites[2].elements(forName: "testcase")
    XCTAssertEqual(cleanCases.count, 1)
    XCTAssertTrue(cleanCases[0].children?.isEmpty ?? true)
    XCTAssertEqual(suites[3].elements(forName: "testcase").first?.elements(forName: "error").count, 1)
    XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "6")
    XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "3")
    XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "1")
  }

  // MARK: - Checkstyle

  func testCheckstyleStructureAndEscaping() throws {
    let document = try XMLDocument(data: Data(render(.checkstyle).utf8))
    let root = try XCTUnwrap(document.rootElement())
    XCTAssertEqual(root.name, "checkstyle")
    let files = root.elements(forName: "file")
    XCTAssertEqual(files.count, 4)
    let errors = files[0].elements(forName: "error")
    XCTAssertEqual(errors.map { $0.attribute(forName: "severity")?.stringValue }, ["warning", "error", "info"])
    XCTAssertEqual(errors[0].attribute(forName: "message")?.stringValue, ReportingSample.awkwardMessage)
    XCTAssertEqual(errors[0].attribute(forName: "line")?.stringValue, "3")
    XCTAssertEqual(errors[0].attribute(forName: "column")?.stringValue, "4")
    XCTAssertEqual(errors[0].attribute(forName: "source")?.stringValue, "klarsvar.test-awkward")
    XCTAssertEqual(files[2].elements(forName: "error").count, 0)
    XCTAssertEqual(files[3].elements(forName: "error").first?.attribute(forName: "severity")?.stringValue, "error")
  }

  func testXMLEscapesControlCharactersAndKeepsTextIntact() throws {
    let node = XMLNode(
      name: "a", attributes: [.init("v", "x\u{1}y\t\"'<&>\n")], children: [XMLNode(name: "b", text: "<&>\u{0}\r\n🙂")])
    let document = try XMLDocument(data: Data(node.document().utf8))
    XCTAssertEqual(document.rootElement()?.attribute(forName: "v")?.stringValue, "x\u{FFFD}y\t\"'<&>\n")
    XCTAssertEqual(document.rootElement()?.elements(forName: "b").first?.stringValue, "<&>\u{FFFD}\r\n🙂")
  }

  // MARK: - GitHub

  func testGitHubCommandsEscapeDataAndProperties() throws {
    let lines = render(.github).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    XCTAssertEqual(lines.count, 5)
    for line in lines { XCTAssertFalse(line.contains("\r"), "a raw line break would end the command") }
    let first = try XCTUnwrap(lines.first)
    XCTAssertTrue(
      first.hasPrefix(
        "::warning file=mallar/svar%2C 100%25%3A åäö.md,line=3,col=4,endLine=3,endColumn=11,title=klarsvar test-awkward::"
      ))
    let parsed = try XCTUnwrap(Self.parseCommand(String(first)))
    XCTAssertEqual(parsed.level, "warning")
    XCTAssertEqual(parsed.properties["file"], "mallar/svar, 100%: åäö.md")
    XCTAssertEqual(parsed.properties["endColumn"], "11")
    XCTAssertEqual(parsed.message, ReportingSample.awkwardMessage + "\nFörslag: Ersätt med ”lova & <hålla>”")
    XCTAssertEqual(Self.parseCommand(String(lines[1]))?.level, "error")
    XCTAssertEqual(Self.parseCommand(String(lines[2]))?.level, "notice")
    // .docx: no line numbers, the paragraph goes into the message.
    let document = try XCTUnwrap(Self.parseCommand(String(lines[3])))
    XCTAssertNil(document.properties["line"])
    XCTAssertEqual(document.message, "stycke 2, tecken 15: Otydlig tid: ”inom kort”")
    XCTAssertEqual(Self.parseCommand(String(lines[4]))?.properties["file"], "mallar/låst.docx")
  }

  func testGitHubEscapingFunctions() {
    XCTAssertEqual(GitHubReporter.escapeData("100%\r\n:,"), "100%25%0D%0A:,")
    XCTAssertEqual(GitHubReporter.escapeProperty("100%\r\n:,"), "100%25%0D%0A%3A%2C")
  }

  /// Unescapes a workflow command as the Actions runner does.
  static func parseCommand(_ line: String) -> (level: String, properties: [String: String], message: String)? {
    guard line.hasPrefix("::"),
      let end = line.range(of: "::", range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex)
    else { return nil }
    let head = line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]
    let level = head.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
    var properties: [String: String] = [:]
    if let space = head.firstIndex(of: " ") {
      for pair in head[head.index(after: space)...].split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        properties[String(parts[0])] = unescape(String(parts[1]))
      }
    }
    return (level, properties, unescape(String(line[end.upperBound...])))
  }

  private static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%3A", with: ":")
      .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
      .replacingOccurrences(of: "%25", with: "%")
  }

  // MARK: - GitLab

  func testGitLabCodeQualityStructure() throws {
    let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(render(.gitlab).utf8)) as? [[String: Any]])
    XCTAssertEqual(issues.count, 5)
    for issue in issues {
      for key in ["description", "check_name", "fingerprint", "severity", "location"] {
        XCTAssertNotNil(issue[key], "Code Quality issue lacks \(key)")
      }
      XCTAssertTrue(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
      let location = try XCTUnwrap(issue["location"] as? [String: Any])
      XCTAssertNotNil(location["path"] as? String)
      XCTAssertNotNil((location["lines"] as? [String: Any])?["begin"] as? Int)
    }
    XCTAssertEqual(
      Set(issues.compactMap { $0["fingerprint"] as? String }).count, issues.count, "fingerprints must be unique")
    XCTAssertEqual(issues[0]["description"] as? String, ReportingSample.awkwardMessage)
    XCTAssertEqual((issues[0]["location"] as? [String: Any])?["path"] as? String, "mallar/svar, 100%: åäö.md")
    XCTAssertEqual(issues[1]["severity"] as? String, "critical")
  }

  func testGitLabFingerprintsTellRepeatedFindingsApart() throws {
    var outcome = ReportingSample.outcome()
    var report = outcome.reports[0]
    report.result!.findings = [report.findings[0], report.findings[0]]
    outcome.reports = [report]
    let issues = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(ReportFormat.gitlab.render(outcome, options: options).utf8))
        as? [[String: Any]])
    XCTAssertEqual(issues.count, 2)
    XCTAssertNotEqual(issues[0]["fingerprint"] as? String, issues[1]["fingerprint"] as? String)
  }

  // MARK: - JSON and text

  func testJSONLocatesDocumentFindingsByParagraph() throws {
    let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any])
    let files = try XCTUnwrap(root["files"] as? [[String: Any]])
    let location = try XCTUnwrap(((files[1]["findings"] as? [[String: Any]])?.first)?["location"] as? [String: Any])
    XCTAssertEqual(location["unit"] as? String, "paragraph")
    XCTAssertEqual((location["start"] as? [String: Any])?["line"] as? Int, 2)
    XCTAssertNil(((files[0]["findings"] as? [[String: Any]])?.first?["location"] as? [String: Any])?["unit"])
  }

  func testTextShowsParagraphAndCharacterWithTheParagraphAsContext() {
    let text = render(.text)
    XCTAssertTrue(
      text.contains("mallar/beslut.docx: stycke 2, tecken 15: warning [test-awkward] Otydlig tid: ”inom kort”"))
    XCTAssertTrue(text.contains(" ¶2 | Vi återkommer inom kort om ärendet."))
    XCTAssertTrue(text.contains("    |               ^^^^^^^^^"))
    XCTAssertTrue(text.contains("mallar/låst.docx: fel: kan inte läsa dokumentet"))
  }

  func testSummaryTableCountsCategoriesFilesAndCleanFiles() {
    let lines = SummaryTable(outcome: outcome, options: options).lines
    XCTAssertTrue(lines.contains("Fynd per kategori:"))
    XCTAssertTrue(lines.contains { $0.hasPrefix("  löften (commitment)") && $0.hasSuffix(" 2") })
    XCTAssertTrue(lines.contains { $0.hasPrefix("  ton (tone)") && $0.hasSuffix(" 1") })
    XCTAssertTrue(lines.contains { $0.hasPrefix("  mallar/svar, 100%: åäö.md: 3 (1 error, 1 warning, 1 hint) – ") })
    XCTAssertTrue(lines.contains { $0.hasPrefix("  mallar/beslut.docx: 1 (1 warning) – ") })
    XCTAssertTrue(lines.contains("Utan fynd:"))
    XCTAssertTrue(lines.contains { $0.hasPrefix("  mallar/bra.md – ") && $0.hasSuffix("(upptäckt)") })
    XCTAssertEqual(
      lines.last, "3 filer kontrollerade, 4 fynd (1 error, 2 warning, 1 hint), 1 utan fynd, 1 kunde inte läsas.")
  }

  // MARK: - Golden files and the registry

  /// Every format against its golden file, `Tests/Fixtures/golden/sample.IDENTIFIER`.
  func testGoldenFiles() {
    for format in ReportFormat.allCases {
      ReportingSample.assertGolden(render(format), "sample.\(format.rawValue)")
    }
  }

  func testEveryFormatIsPure() {
    for format in ReportFormat.allCases {
      XCTAssertEqual(format.render(outcome, options: options), format.render(outcome, options: options), "\(format)")
    }
  }

  /// The registry is sorted, names each reporter file once, and each format has a golden file.
  func testRegistryIsSortedAndComplete() throws {
    let identifiers = ReportFormat.allCases.map(\.rawValue)
    XCTAssertEqual(identifiers, identifiers.sorted())
    XCTAssertEqual(Set(identifiers).count, identifiers.count)
    let sources = ReportingSample.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/KlarsvarReporting")
    let reporterFiles = try FileManager.default.contentsOfDirectory(atPath: sources.path)
      .filter { $0.hasSuffix("Reporter.swift") && $0 != "Reporter.swift" }.map { String($0.dropLast(6)) }.sorted()
    XCTAssertEqual(ReportFormat.allCases.map { String(describing: $0.reporter) }.sorted(), reporterFiles)
    let goldens = try FileManager.default.contentsOfDirectory(
      atPath: ReportingSample.fixtures.appendingPathComponent("golden").path)
    XCTAssertEqual(Set(goldens), Set(identifiers.map { "sample.\($0)" }))
    for format in ReportFormat.allCases {
      XCTAssertEqual(ReportFormat(rawValue: format.rawValue), format)
      XCTAssertFalse(format.reporter.description.isEmpty, format.rawValue)
    }
  }
}
