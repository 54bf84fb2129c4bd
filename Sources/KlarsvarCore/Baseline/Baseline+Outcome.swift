import Foundation

extension Baseline {
  /// Records every finding of a run (whatever `--min-severity` shows).
  /// - Parameter base: the folder paths are made relative to (where `check` runs).
  public init(recording outcome: Checker.Outcome, base: URL) {
    var counts: [Entry: Int] = [:]
    var firstText: [Entry: String] = [:]
    for report in outcome.reports {
      guard let source = report.source else { continue }
      let file = Self.fileKey(report, base: base)
      for finding in report.findings {
        let key = Entry(
          file: file, ruleId: finding.ruleID, fingerprint: FindingFingerprint.of(finding, in: source), count: 0,
          matchedText: "")
        counts[key, default: 0] += 1
        if counts[key] == 1 { firstText[key] = finding.matchedText }
      }
    }
    self.init(
      entries: counts.map { key, count in
        var entry = key
        entry.count = count
        entry.matchedText = firstText[key] ?? ""
        return entry
      })
  }

  /// The run without the findings this baseline knows. Each entry hides at most `count` findings
  /// of its identity in its file (the first ones in text order); any more are new.
  /// - Returns: the filtered outcome and how many findings were hidden.
  public func filter(_ outcome: Checker.Outcome, base: URL) -> (outcome: Checker.Outcome, hidden: Int) {
    var remaining: [String: [String: Int]] = [:]
    for entry in entries {
      remaining[entry.file, default: [:]][entry.ruleId + "\u{1F}" + entry.fingerprint, default: 0] += entry.count
    }
    var filtered = outcome
    var hidden = 0
    for index in filtered.reports.indices {
      let report = filtered.reports[index]
      guard let source = report.source, var result = report.result,
        var known = remaining[Self.fileKey(report, base: base)]
      else { continue }
      result.findings = result.findings.filter { finding in
        let key = finding.ruleID + "\u{1F}" + FindingFingerprint.of(finding, in: source)
        guard let count = known[key], count > 0 else { return true }
        known[key] = count - 1
        hidden += 1
        return false
      }
      filtered.reports[index].result = result
    }
    return (filtered, hidden)
  }
}
