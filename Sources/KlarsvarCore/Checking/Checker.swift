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

    public init(currentDirectory: URL) {
      self.currentDirectory = currentDirectory
    }
  }

  public struct Outcome: Sendable {
    public var reports: [FileReport]
    public var packErrors: [PackLoadError]
    public var configErrors: [PackLoadError]
    public var missingPaths: [String]
    /// Every rule of the rule sets used, sorted by id (for reporters that describe rules, e.g. SARIF).
    public var rules: [RuleMetadata] = []

    public init(
      reports: [FileReport], packErrors: [PackLoadError] = [], configErrors: [PackLoadError] = [],
      missingPaths: [String] = [], rules: [RuleMetadata] = []
    ) {
      self.reports = reports
      self.packErrors = packErrors
      self.configErrors = configErrors
      self.missingPaths = missingPaths
      self.rules = rules
    }

    /// 2 for usage, config, pack or input errors; 1 for findings at or above the fail level; else 0.
    public var exitCode: Int32 {
      if !packErrors.isEmpty || !configErrors.isEmpty || !missingPaths.isEmpty
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
      paths, currentDirectory: options.currentDirectory, accepts: workspace.accepts)
    var files = discovery.files
    if let standardInput { files.append(standardInput) }
    let reports = ConcurrentMap.map(files) { file in check(file, in: workspace) }
    // The rules of the folder `check` runs in are described even when no file used them (SARIF).
    _ = workspace.linter(for: workspace.settings(forDirectory: options.currentDirectory))
    let configErrors = workspace.configErrors + unknownNames(in: files, workspace)
    return Outcome(
      reports: reports, packErrors: ruleSets.errors, configErrors: configErrors, missingPaths: discovery.missing,
      rules: ruleSets.allRules)
  }

  private func check(_ file: InputFile, in workspace: Workspace) -> FileReport {
    let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
    let settings = workspace.settings(forDirectory: directory)
    let data: Data
    if let contents = file.contents {
      data = contents
    } else {
      do {
        data = try Data(contentsOf: file.url!)
      } catch {
        var report = FileReport(file: file, failOn: settings.failOn)
        report.format = FileTypes.templateFormat(ofPath: file.displayPath)
        report.error = "kan inte läsa filen: \(error.localizedDescription)"
        return report
      }
    }
    return Self.report(
      file, data: data, settings: settings, linter: workspace.linter(for: settings).linter, in: directory)
  }

  /// Checks a file's bytes, already read, by its name's format: what `check` does with each file,
  /// for front ends that receive the bytes themselves (`klarsvar serve`). Reads nothing from disk.
  ///
  /// - Parameter directory: where a file without a URL is taken to be, for the settings' globs.
  package static func report(
    _ file: InputFile, data: Data, settings: FileSettings, linter: Linter, in directory: URL
  ) -> FileReport {
    var report = FileReport(file: file, failOn: settings.failOn)
    report.format = FileTypes.templateFormat(ofPath: file.displayPath)
    let lintOptions = settings.lintOptions(
      for: file.url ?? directory.appendingPathComponent(file.displayPath),
      format: FileTypes.documentFormat(ofPath: file.displayPath))

    if report.format.isBinary {
      do {
        let document = try TemplateFormat.extract(data: data, format: report.format)
        let result = linter.lint(document.text, options: lintOptions)
        report.result = result
        report.source = result.source
        report.document = document
      } catch {
        report.error = "kan inte läsa dokumentet: \(error.description)"
      }
      return report
    }
    let bytes = [UInt8](data)
    if UTF8Validation.looksBinary(bytes) {
      report.skipped = "binär fil, hoppas över"
      return report
    }
    if let invalid = UTF8Validation.firstInvalidOffset(bytes) {
      let prefix = SourceText(String(decoding: bytes[..<invalid], as: UTF8.self))
      let position = prefix.position(ofUTF8: prefix.utf8Count, in: .utf32)
      report.error =
        "ogiltig UTF-8 på rad \(position.line + 1), kolumn \(position.column + 1) (byte \(invalid)); spara filen som UTF-8"
      return report
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if report.format == .html {
      do {
        let extracted = try TemplateFormat.extract(data: data, format: .html)
        var result = linter.lint(extracted.text, options: lintOptions)
        let original = SourceText(text)
        if let map = extracted.sourceMap {
          HTMLFindingMapping.map(&result, extracted: result.source, original: original, map: map)
        }
        report.result = result
        report.source = original
      } catch {
        report.error = "kan inte läsa HTML: \(error.description)"
      }
      return report
    }
    report.result = linter.lint(text, options: lintOptions)
    report.source = report.result?.source
    return report
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
