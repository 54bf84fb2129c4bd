import KlarsvarCore

/// A shown finding as the machine-readable reporters need it: its file, its location in the file's
/// own units and a fingerprint unique within the file.
struct ReportedFinding {
  var report: FileReport
  var finding: Finding
  var location: ReportLocation
  /// `FindingFingerprint` with its occurrence number (`hash:n`); empty unless asked for.
  var fingerprint: String

  var path: String { report.file.displayPath }
}

extension Checker.Outcome {
  /// The findings `options` shows, grouped per file in report order (every report is present).
  /// Files are prepared in parallel; the result does not depend on scheduling.
  /// - Parameter fingerprints: whether to compute `fingerprint` (it costs about as much as locating).
  func shownFindings(_ options: ReportOptions, fingerprints: Bool = false) -> [(
    report: FileReport, findings: [ReportedFinding]
  )] {
    ConcurrentMap.map(reports) { report -> (report: FileReport, findings: [ReportedFinding]) in
      guard let source = report.source else { return (report, []) }
      let prints =
        fingerprints
        ? FindingFingerprint.numbered(report.findings, in: source) : Array(repeating: "", count: report.findings.count)
      let shown = zip(report.findings, prints).filter { options.shows($0.0) }.map { finding, fingerprint in
        ReportedFinding(
          report: report, finding: finding, location: report.location(of: finding.range), fingerprint: fingerprint)
      }
      return (report, shown)
    }
  }

  /// Problems of the run itself (packs, configs, missing paths), as one-line messages.
  var runErrors: [String] {
    (packErrors + configErrors).map(\.description) + missingPaths.map { "\($0): filen eller mappen finns inte" }
      + pathProblems.map(\.description)
  }
}
