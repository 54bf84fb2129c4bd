import Foundation
import KlarsvarCore
import KlarsvarJSON

/// The stable JSON output (`"schemaVersion": 1`); see README "JSON-utdata".
struct JSONReporter: Reporter {
  static let identifier = "json"
  static let description = "stabil JSON (schemaVersion 1)"
  static let reportsRunErrors = true

  let options: ReportOptions

  struct Output: Codable {
    var schemaVersion = 1
    var tool: Tool
    var files: [File]
    var errors: [String]
  }

  struct Tool: Codable {
    var name = "klarsvar"
    var version: String
  }

  struct File: Codable {
    var path: String
    var kind: String?
    /// How the kind was decided: `declared`, `configured` or `detected`, with the detector's signals.
    var kindDecision: KindOutput?
    var findings: [FindingOutput]
    var notices: [NoticeOutput]
    var error: String?
    var skipped: String?
  }

  struct KindOutput: Codable {
    var source: String
    var confidence: Double
    var signals: [KindDecision.Signal]
  }

  struct FindingOutput: Codable {
    var ruleId: String
    var category: String
    var severity: String
    var message: String
    var location: ReportLocation
    var matchedText: String
    var suggestions: [SuggestionOutput]
    var related: [RelatedOutput]
  }

  struct SuggestionOutput: Codable {
    var kind: String
    var title: String
    var location: ReportLocation
    var newText: String
  }

  struct RelatedOutput: Codable {
    var message: String
    var location: ReportLocation
  }

  struct NoticeOutput: Codable {
    var message: String
    var location: ReportLocation
  }

  func render(_ outcome: Checker.Outcome) -> String {
    let files = ConcurrentMap.map(outcome.reports) { report -> File in
      guard let result = report.result else {
        return File(
          path: report.file.displayPath, kind: nil, kindDecision: nil, findings: [], notices: [],
          error: report.error, skipped: report.skipped)
      }
      let findings = result.findings.filter(options.shows).map { finding in
        FindingOutput(
          ruleId: finding.ruleID, category: finding.category.rawValue, severity: finding.severity.rawValue,
          message: finding.message, location: report.location(of: finding.range), matchedText: finding.matchedText,
          suggestions: finding.suggestions.map {
            SuggestionOutput(
              kind: $0.kind.rawValue, title: $0.title, location: report.location(of: $0.edit.range),
              newText: $0.edit.newText)
          },
          related: finding.related.map { RelatedOutput(message: $0.message, location: report.location(of: $0.range)) })
      }
      let notices = result.notices.map { NoticeOutput(message: $0.message, location: report.location(of: $0.range)) }
      let decision = result.kindDecision
      // Two decimals: the detector's margin is no finer than that, and the output stays stable.
      let confidence = (decision.confidence * 100).rounded() / 100
      return File(
        path: report.file.displayPath, kind: result.kind.rawValue,
        kindDecision: KindOutput(source: decision.source.rawValue, confidence: confidence, signals: decision.signals),
        findings: findings, notices: notices, error: nil, skipped: nil)
    }
    let output = Output(tool: Tool(version: options.toolVersion), files: files, errors: outcome.runErrors)
    return JSONWriter.pretty((try? JSONValue(encoding: output)) ?? .null) + "\n"
  }
}
