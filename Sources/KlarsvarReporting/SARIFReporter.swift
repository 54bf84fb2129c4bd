import Foundation
import KlarsvarCore
import KlarsvarJSON

/// SARIF 2.1.0 (OASIS), as GitHub code scanning uploads it: one run whose driver describes every
/// loaded rule, results with physical locations (1-based line and column in Unicode scalars, also
/// `charOffset`/`charLength` for text files) and `partialFingerprints` that survive line shifts:
/// `primaryLocationLineHash` is the one GitHub reads when a log is uploaded through its API, and it
/// carries the finding's context fingerprint (`hash:n`, the shape GitHub's own hash has).
///
/// Paths are relative to `%SRCROOT%`, which `originalUriBaseIds` and the invocation's
/// `workingDirectory` name when the options carry the working directory. A .docx/.odt has no lines,
/// so its findings carry no region: the paragraph is a logical location and the location's message.
struct SARIFReporter: Reporter {
  static let identifier = "sarif"
  static let description = "SARIF 2.1.0 (GitHub code scanning)"

  let options: ReportOptions

  static let fingerprintKey = "klarsvarContext/v1"

  func render(_ outcome: Checker.Outcome) -> String {
    JSONWriter.pretty((try? JSONValue(encoding: log(outcome))) ?? .null) + "\n"
  }

  func log(_ outcome: Checker.Outcome) -> SARIFLog {
    let rules = outcome.rules
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    var results: [SARIFLog.Result] = []
    var notifications = outcome.runErrors.map {
      SARIFLog.Notification(level: "error", message: .init(text: $0), locations: nil)
    }
    let root = options.workingDirectory.map(SARIFLog.ArtifactLocation.normalised)
    for (report, findings) in outcome.shownFindings(options, fingerprints: true) {
      let artifact = SARIFLog.ArtifactLocation(path: report.file.displayPath, workingDirectory: root)
      if let error = report.error {
        notifications.append(
          SARIFLog.Notification(
            level: "error", message: .init(text: "\(report.file.displayPath): \(error)"),
            locations: [.init(physicalLocation: .init(artifactLocation: artifact, region: nil))]))
      }
      for entry in findings {
        results.append(result(entry, artifact: artifact, ruleIndex: ruleIndex[entry.finding.ruleID]))
      }
    }
    let driver = SARIFLog.Driver(
      name: "klarsvar", version: options.toolVersion, semanticVersion: options.toolVersion,
      informationUri: "https://github.com/klarsvar/klarsvar", rules: rules.map(Self.descriptor))
    let folder = root.map(SARIFLog.ArtifactLocation.init(folder:))
    let invocation = SARIFLog.Invocation(
      executionSuccessful: outcome.runErrors.isEmpty && !outcome.reports.contains { $0.error != nil },
      workingDirectory: folder, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
    let run = SARIFLog.Run(
      tool: .init(driver: driver), originalUriBaseIds: folder.map { [SARIFLog.ArtifactLocation.sourceRoot: $0] },
      invocations: [invocation], results: results)
    return SARIFLog(runs: [run])
  }

  private func result(_ entry: ReportedFinding, artifact: SARIFLog.ArtifactLocation, ruleIndex: Int?) -> SARIFLog.Result
  {
    let finding = entry.finding
    let isDocument = entry.location.unit == "paragraph"
    var location = SARIFLog.Location(
      physicalLocation: .init(
        artifactLocation: artifact,
        region: isDocument ? nil : region(entry.location, snippet: finding.matchedText, withOffsets: true)))
    if isDocument {
      location.logicalLocations = [.init(name: "stycke \(entry.location.start.line)", kind: "element")]
      location.message = .init(text: entry.location.humanDescription)
    }
    var fixes: [SARIFLog.Fix]?
    let replacements = finding.suggestions.filter { $0.kind == .replacement }
    if !isDocument, replacements.count == 1, let fix = replacements.first {
      let location = entry.report.location(of: fix.edit.range)
      fixes = [
        SARIFLog.Fix(
          description: .init(text: fix.title),
          artifactChanges: [
            .init(
              artifactLocation: artifact,
              replacements: [
                .init(
                  deletedRegion: self.region(location, snippet: nil, withOffsets: true),
                  insertedContent: .init(text: fix.edit.newText))
              ])
          ])
      ]
    }
    let message = isDocument ? "\(entry.location.humanDescription): \(finding.message)" : finding.message
    return SARIFLog.Result(
      ruleId: finding.ruleID, ruleIndex: ruleIndex, level: Self.level(finding.severity), message: .init(text: message),
      locations: [location],
      partialFingerprints: [Self.fingerprintKey: entry.fingerprint, "primaryLocationLineHash": entry.fingerprint],
      fixes: fixes,
      properties: .init(
        category: finding.category.rawValue, severity: finding.severity.rawValue,
        documentKind: entry.report.result?.kind.rawValue,
        documentKindSource: entry.report.result?.kindDecision.source.rawValue))
  }

  private func region(_ location: ReportLocation, snippet: String?, withOffsets: Bool) -> SARIFLog.Region {
    SARIFLog.Region(
      startLine: location.start.line, startColumn: location.start.column, endLine: location.end.line,
      endColumn: location.end.column, charOffset: withOffsets ? location.scalars.start : nil,
      charLength: withOffsets ? location.scalars.end - location.scalars.start : nil,
      snippet: snippet.map { .init(text: $0) })
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "note"
    }
  }
}
