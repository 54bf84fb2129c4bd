import Foundation

/// Plans and writes `--fix` for a whole run: which files change and how, and which cannot be fixed.
public enum Fixer {
  /// The new contents of one file.
  public struct FileFix: Sendable {
    public var displayPath: String
    public var url: URL
    public var original: [UInt8]
    public var fixed: [UInt8]
    public var fixes: [FixSelection.Fix]

    /// `--dry-run` output for this file.
    public var diff: String {
      UnifiedDiff.make(
        old: String(decoding: original, as: UTF8.self), new: String(decoding: fixed, as: UTF8.self), path: displayPath)
    }
  }

  /// A file `--fix` leaves alone, and why.
  public struct Refusal: Sendable, Hashable, CustomStringConvertible {
    public var displayPath: String
    public var reason: String
    public var description: String { "\(displayPath): \(reason)" }
  }

  public struct Plan: Sendable {
    public var files: [FileFix] = []
    public var refused: [Refusal] = []
    public var fixCount: Int { files.reduce(0) { $0 + $1.fixes.count } }
  }

  static let binaryReason =
    "rättas inte: .docx och .odt skrivs aldrig om av klarsvar; ändra dokumentet i Word eller LibreOffice"

  /// The fixes for every file of `outcome` that has some. Files are re-read, and one that changed
  /// since it was checked is refused rather than patched at stale offsets.
  public static func plan(_ outcome: Checker.Outcome) -> Plan {
    var plan = Plan()
    for report in outcome.reports {
      let path = report.file.displayPath
      if report.format.isBinary {
        if report.result != nil { plan.refused.append(Refusal(displayPath: path, reason: binaryReason)) }
        continue
      }
      guard let source = report.source, report.result != nil else { continue }
      guard let url = report.file.url, report.file.contents == nil else {
        plan.refused.append(Refusal(displayPath: path, reason: "standard in kan inte rättas på plats"))
        continue
      }
      let fixes = FixSelection.select(report.findings, in: source)
      guard !fixes.isEmpty else { continue }
      if let reason = refusal(of: report, at: url) {
        plan.refused.append(Refusal(displayPath: path, reason: reason))
        continue
      }
      guard let current = try? Data(contentsOf: url), [UInt8](current) == source.utf8 else {
        plan.refused.append(Refusal(displayPath: path, reason: "filen ändrades under granskningen; kör igen"))
        continue
      }
      plan.files.append(
        FileFix(
          displayPath: path, url: url, original: source.utf8, fixed: FixSelection.apply(fixes, to: source.utf8),
          fixes: fixes))
    }
    return plan
  }

  /// Why a file with fixes is left alone: its encoding would not survive, or a rewrite would split
  /// its hard links; nil when it can be fixed.
  static func refusal(of report: FileReport, at url: URL) -> String? {
    if report.encoding != .utf8 {
      return "rättas inte: filen är UTF-16; spara den som UTF-8 om klarsvar ska rätta den"
    }
    if let links = (try? FileStatus.of(url.path))?.links, links > 1 {
      return "rättas inte: filen har \(links) hårda länkar, och en ersättning skulle skilja dem åt"
    }
    return nil
  }

  /// Writes one file's fixes atomically, keeping its owner, group and permissions; a file that
  /// changed since it was read is left alone (`changedSinceRead`).
  public static func write(_ fix: FileFix) throws(AtomicFileWriter.WriteError) {
    try AtomicFileWriter.write(Data(fix.fixed), to: fix.url, expected: fix.original)
  }
}
