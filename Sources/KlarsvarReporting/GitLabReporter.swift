import Foundation
import KlarsvarCore
import KlarsvarJSON

/// GitLab Code Quality JSON (a Code Climate subset): an array of issues with `description`,
/// `check_name`, `fingerprint`, `severity` and `location`, shown in merge request widgets.
struct GitLabReporter: Reporter {
  static let identifier = "gitlab"
  static let description = "GitLab Code Quality (JSON)"

  let options: ReportOptions

  struct Issue: Codable, Hashable {
    var type = "issue"
    var engineName = "klarsvar"
    var description: String
    var checkName: String
    /// Unique per finding: file, rule and `FindingFingerprint` with its occurrence number, hashed.
    var fingerprint: String
    /// `info`, `minor`, `major`, `critical` or `blocker`.
    var severity: String
    var categories: [String]
    var location: Location

    enum CodingKeys: String, CodingKey {
      case type, description, fingerprint, severity, categories, location
      case engineName = "engine_name"
      case checkName = "check_name"
    }
  }

  struct Location: Codable, Hashable {
    var path: String
    var lines: Lines
  }

  struct Lines: Codable, Hashable {
    var begin: Int
    var end: Int
  }

  func render(_ outcome: Checker.Outcome) -> String {
    JSONWriter.pretty((try? JSONValue(encoding: issues(outcome))) ?? .array([])) + "\n"
  }

  func issues(_ outcome: Checker.Outcome) -> [Issue] {
    var issues: [Issue] = []
    for (report, findings) in outcome.shownFindings(options, fingerprints: true) {
      let path = report.file.displayPath
      if let error = report.error {
        issues.append(
          Issue(
            description: error, checkName: "klarsvar/read-error",
            fingerprint: FindingFingerprint.hash("read-error\u{1F}" + path), severity: "blocker",
            categories: ["Bug Risk"],
            location: Location(path: path, lines: Lines(begin: 1, end: 1))))
      }
      for entry in findings {
        let location = entry.location
        let description =
          location.unit == "paragraph"
          ? "\(location.humanDescription): \(entry.finding.message)" : entry.finding.message
        issues.append(
          Issue(
            description: description, checkName: entry.finding.ruleID,
            fingerprint: FindingFingerprint.hash(path + "\u{1F}" + entry.finding.ruleID + "\u{1F}" + entry.fingerprint),
            severity: Self.severity(entry.finding.severity), categories: ["Clarity"],
            location: Location(path: path, lines: Lines(begin: location.start.line, end: location.end.line))))
      }
    }
    return issues
  }

  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "critical"
    case .warning: "major"
    case .info: "minor"
    case .hint: "info"
    }
  }
}
