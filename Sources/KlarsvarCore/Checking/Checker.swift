import Dispatch
import Foundation
import KlarsvarFormats
import KlarsvarText

/// Runs a whole `check`: finds files and their configs, loads each distinct set of packs once,
/// lints files in parallel and returns reports in a deterministic order. Writes nothing.
public struct Checker: Sendable {
  public struct Options: Sendable {
    public var currentDirectory: URL
    /// `--rules` folders, added to the built-in packs and the config's `rulePaths`.
    public var extraRulePaths: [URL] = []
    public var failOn: FailLevel?
    public var kind: DocumentKind?
    public var includeBuiltIn = true
    /// `--follow`, `--no-ignore`.
    public var discovery = FileDiscovery.Options()
    /// `--max-file-size`: a larger file is an error for that file, read no further than its size.
    public var maxFileSize = Checker.defaultMaxFileSize

    public init(currentDirectory: URL) {
      self.currentDirectory = currentDirectory
    }
  }

  /// 20 MB: hundreds of letters' worth of text, far below what would exhaust memory.
  public static let defaultMaxFileSize = 20_000_000

  public struct Outcome: Sendable {
    public var reports: [FileReport]
    public var packErrors: [PackLoadError]
    public var configErrors: [PackLoadError]
    public var missingPaths: [String]
    /// Folders that could not be read and other paths that could not be used.
    public var pathProblems: [FileDiscovery.Problem] = []
    /// Every rule of the rule sets used, sorted by id (for reporters that describe rules, e.g. SARIF).
    public var rules: [RuleMetadata] = []

    public init(
      reports: [FileReport], packErrors: [PackLoadError] = [], configErrors: [PackLoadError] = [],
      missingPaths: [String] = [], pathProblems: [FileDiscovery.Problem] = [], rules: [RuleMetadata] = []
    ) {
      self.reports = reports
      self.packErrors = packErrors
      self.configErrors = configErrors
      self.missingPaths = missingPaths
      self.pathProblems = pathProblems
      self.rules = rules
    }

    /// 2 for usage, config, pack or input errors; 1 for findings at or above the fail level; else 0.
    public var exitCode: Int32 {
      if !packErrors.isEmpty || !configErrors.isEmpty || !missingPaths.isEmpty || !pathProblems.isEmpty
        || reports.contains(where: { $0.error != nil })
      {
        return 2
      }
      return reports.contains { report in report.findings.contains { report.failOn.fails($0.severity) } } ? 1 : 0
    }
  }

  public let options: Options
  /// Kept across runs (`--fix` checks again with the same rules).
  private let ruleSets: RuleSetCache

  public init(options: Options) {
    self.options = options
    ruleSets = RuleSetCache(includeBuiltIn: options.includeBuiltIn)
  }

  /// The command line's layer over every `.klarsvar.json`.
  private var overlay: SettingsOverlay {
    var overlay = SettingsOverlay()
    overlay.extraRulePaths = options.extraRulePaths
    overlay.kind = options.kind
    overlay.failOn = options.failOn
    return overlay
  }

  public func run(paths: [String], standardInput: InputFile? = nil) -> Outcome {
    // Configs are looked up afresh on every run: `--fix` may run twice.
    let workspace = Workspace(overlay: overlay, ruleSets: ruleSets)
    let discovery = FileDiscovery.discover(
      paths, currentDirectory: options.currentDirectory, options: options.discovery, accepts: workspace.accepts)
    var files = discovery.files
    if let standardInput { files.append(standardInput) }
    let reports = ConcurrentMap.map(files) { file in check(file, in: workspace) }
    // The rules of the folder `check` runs in are described even when no file used them (SARIF).
    let here = workspace.linter(for: workspace.settings(forDirectory: options.currentDirectory)).linter
    var configErrors = workspace.configErrors + unknownNames(in: files, workspace)
    if !options.includeBuiltIn && (here.ruleSet.rules.isEmpty || usesNoRules(files, workspace)) {
      configErrors.append(Self.noRulesError)
    }
    return Outcome(
      reports: reports, packErrors: ruleSets.errors, configErrors: configErrors, missingPaths: discovery.missing,
      pathProblems: discovery.problems, rules: ruleSets.allRules)
  }

  /// `--no-builtin` without any pack to use instead: checking with no rules would pass everything.
  static let noRulesError = PackLoadError(
    file: "--no-builtin",
    message: "inga regelpaket att granska med; ange --rules MAPP eller rulePaths i .klarsvar.json")

  private func check(_ file: InputFile, in workspace: Workspace) -> FileReport {
    let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
    let settings = workspace.settings(forDirectory: directory)
    let bytes: [UInt8]
    if let contents = file.contents {
      bytes = [UInt8](contents)
    } else {
      do { bytes = try FileContents.read(file.url!.path, limit: options.maxFileSize) } catch {
        var report = FileReport(file: file, failOn: settings.failOn)
        report.format = FileTypes.templateFormat(ofPath: file.displayPath)
        if case .notRegular(let what) = error, !file.isNamed {
          report.skipped = "\(what); hoppas över"
        } else {
          report.error = error.description
        }
        return report
      }
    }
    return Self.report(
      file, bytes: bytes, settings: settings, linter: workspace.linter(for: settings).linter, in: directory)
  }

  /// Checks a file's bytes, already read, by its name's format: what `check` does with each file,
  /// for front ends that receive the bytes themselves (`klarsvar serve`). Reads nothing from disk.
  ///
  /// - Parameter directory: where a file without a URL is taken to be, for the settings' globs.
  package static func report(
    _ file: InputFile, bytes: [UInt8], settings: FileSettings, linter: Linter, in directory: URL
  ) -> FileReport {
    var report = lint(file, bytes: bytes, settings: settings, linter: linter, in: directory)
    if let source = report.source { report.longLines = LongLineIndex(source) }
    return report
  }

  private static func lint(
    _ file: InputFile, bytes: [UInt8], settings: FileSettings, linter: Linter, in directory: URL
  ) -> FileReport {
    var report = FileReport(file: file, failOn: settings.failOn)
    report.format = FileTypes.templateFormat(ofPath: file.displayPath)
    let lintOptions = settings.lintOptions(
      for: file.url ?? directory.appendingPathComponent(file.displayPath),
      format: FileTypes.documentFormat(ofPath: file.displayPath))
    if report.format.isBinary {
      do {
        let document = try TemplateFormat.extract(data: Data(bytes), format: report.format)
        let result = linter.lint(document.text, options: lintOptions)
        report.result = result
        report.source = result.source
        report.document = document
      } catch {
        report.error = "kan inte läsa dokumentet: \(error.description)"
      }
      return report
    }
    guard let text = decodeText(bytes, into: &report) else { return report }
    if report.format == .html {
      lintHTML(text, linter: linter, options: lintOptions, into: &report)
      return report
    }
    report.result = linter.lint(text, options: lintOptions)
    report.source = report.result?.source
    return report
  }

  /// The file's text as UTF-8: UTF-16 with a byte order mark decoded, binary files skipped and
  /// invalid UTF-8 reported with its line and column; nil when there is nothing to lint.
  private static func decodeText(_ raw: [UInt8], into report: inout FileReport) -> String? {
    var bytes = raw
    report.encoding = SourceEncoding.detect(raw)
    if report.encoding != .utf8 {
      do { bytes = try report.encoding.decodeUTF16(raw) } catch {
        report.error = error.description
        return nil
      }
    }
    if UTF8Validation.looksBinary(bytes) {
      report.skipped = "binär fil, hoppas över"
      return nil
    }
    if let invalid = UTF8Validation.firstInvalidOffset(bytes) {
      let prefix = SourceText(String(decoding: bytes[..<invalid], as: UTF8.self))
      let position = prefix.position(ofUTF8: prefix.utf8Count, in: .utf32)
      report.error =
        "ogiltig UTF-8 på rad \(position.line + 1), kolumn \(position.column + 1) (byte \(invalid)); spara filen som UTF-8"
      return nil
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// HTML: the text is extracted and linted, and the findings are mapped back into the markup.
  private static func lintHTML(_ text: String, linter: Linter, options: LintOptions, into report: inout FileReport) {
    do {
      let extracted = try TemplateFormat.extract(data: Data(text.utf8), format: .html, keepingDirectives: true)
      var result = linter.lint(extracted.text, options: options)
      let original = SourceText(text)
      if let map = extracted.sourceMap {
        HTMLFindingMapping.map(&result, extracted: result.source, original: original, map: map)
      }
      report.result = result
      report.source = original
    } catch {
      report.error = "kan inte läsa HTML: \(error.description)"
    }
  }

  /// Whether some file would be checked with no rule at all (rule sets are cached: no load here).
  private func usesNoRules(_ files: [InputFile], _ workspace: Workspace) -> Bool {
    files.contains { file in
      let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
      return workspace.linter(for: workspace.settings(forDirectory: directory)).linter.ruleSet.rules.isEmpty
    }
  }

  /// Rule ids and packs the configs of `files` name that no loaded pack defines, each config once.
  private func unknownNames(in files: [InputFile], _ workspace: Workspace) -> [PackLoadError] {
    var reported = Set<String>()
    var errors: [PackLoadError] = []
    for file in files {
      let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
      guard let config = workspace.settings(forDirectory: directory).project,
        reported.insert(config.file.path).inserted
      else { continue }
      errors += workspace.unknownNames(in: config).map {
        PackLoadError(file: config.file.path, jsonPath: $0.jsonPath, message: $0.message)
      }
    }
    return errors
  }
}
