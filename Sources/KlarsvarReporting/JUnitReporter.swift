import KlarsvarCore

/// JUnit XML for Jenkins and GitLab test reports: one `testsuite` per file, one `testcase` per
/// finding, a passing case for a clean file, an `error` case for a file that could not be read.
/// A finding fails its test case only at or above the file's fail level, so the report agrees with
/// the exit status; one below it passes and carries its details in `system-out`.
struct JUnitReporter: Reporter {
  static let identifier = "junit"
  static let description = "JUnit-XML (Jenkins, GitLab)"

  let options: ReportOptions

  struct Suites: Codable, Hashable {
    var name = "klarsvar"
    var suites: [Suite]
    var errors: [String]
  }

  struct Suite: Codable, Hashable {
    var name: String
    var cases: [Case]
  }

  struct Case: Codable, Hashable {
    var name: String
    var classname: String
    var file: String
    var line: Int?
    var failure: Problem?
    var error: Problem?
    var skipped: String?
    /// The details of a finding below the fail level.
    var output: String?
  }

  struct Problem: Codable, Hashable {
    var message: String
    var type: String
    var details: String
  }

  func render(_ outcome: Checker.Outcome) -> String {
    model(outcome).xml.document()
  }

  func model(_ outcome: Checker.Outcome) -> Suites {
    var suites = outcome.shownFindings(options).map { report, findings in
      let path = report.file.displayPath
      var cases = findings.map { entry in
        let finding = entry.finding
        var details =
          "\(path):\(entry.location.humanDescription): \(finding.severity.rawValue) [\(finding.ruleID)] \(finding.message)"
        details += "\nträff: \(finding.matchedText)"
        if let fix = finding.suggestions.first(where: { $0.kind == .replacement }) {
          details += "\nförslag: \(fix.title)"
        }
        let problem = Problem(
          message: finding.message, type: "\(finding.severity.rawValue): \(finding.ruleID)", details: details)
        let fails = report.failOn.fails(finding.severity)
        return Case(
          name: "\(finding.ruleID) (\(entry.location.humanDescription))", classname: path, file: path,
          line: entry.location.start.line, failure: fails ? problem : nil, output: fails ? nil : details)
      }
      if let error = report.error {
        cases.append(
          Case(
            name: "läsa filen", classname: path, file: path,
            error: Problem(message: error, type: "läsfel", details: error)))
      } else if let skipped = report.skipped {
        cases.append(Case(name: "klarsvar", classname: path, file: path, skipped: skipped))
      } else if cases.isEmpty {
        cases.append(Case(name: "klarsvar", classname: path, file: path))
      }
      return Suite(name: path, cases: cases)
    }
    if !outcome.runErrors.isEmpty {
      suites.insert(
        Suite(
          name: "klarsvar",
          cases: outcome.runErrors.map {
            Case(
              name: $0, classname: "klarsvar", file: "",
              error: Problem(message: $0, type: "konfigurationsfel", details: $0))
          }), at: 0)
    }
    return Suites(suites: suites, errors: outcome.runErrors)
  }
}

extension JUnitReporter.Suites {
  var xml: XMLNode {
    let tests = suites.reduce(0) { $0 + $1.cases.count }
    let failures = suites.reduce(0) { $0 + $1.failureCount }
    let errorCount = suites.reduce(0) { $0 + $1.errorCount }
    return XMLNode(
      name: "testsuites",
      attributes: [
        .init("name", name), .init("tests", "\(tests)"), .init("failures", "\(failures)"),
        .init("errors", "\(errorCount)"),
      ],
      children: suites.map(\.xml))
  }
}

extension JUnitReporter.Suite {
  var failureCount: Int { cases.filter { $0.failure != nil }.count }
  var errorCount: Int { cases.filter { $0.error != nil }.count }

  var xml: XMLNode {
    XMLNode(
      name: "testsuite",
      attributes: [
        .init("name", name), .init("tests", "\(cases.count)"), .init("failures", "\(failureCount)"),
        .init("errors", "\(errorCount)"), .init("skipped", "\(cases.filter { $0.skipped != nil }.count)"),
      ],
      children: cases.map(\.xml))
  }
}

extension JUnitReporter.Case {
  var xml: XMLNode {
    var attributes: [XMLNode.Attribute] = [.init("name", name), .init("classname", classname)]
    if !file.isEmpty { attributes.append(.init("file", file)) }
    if let line { attributes.append(.init("line", "\(line)")) }
    var children: [XMLNode] = []
    if let failure {
      children.append(
        XMLNode(
          name: "failure", attributes: [.init("message", failure.message), .init("type", failure.type)],
          text: failure.details))
    }
    if let error {
      children.append(
        XMLNode(
          name: "error", attributes: [.init("message", error.message), .init("type", error.type)], text: error.details))
    }
    if let skipped { children.append(XMLNode(name: "skipped", attributes: [.init("message", skipped)])) }
    if let output { children.append(XMLNode(name: "system-out", attributes: [], text: output)) }
    return XMLNode(name: "testcase", attributes: attributes, children: children)
  }
}
