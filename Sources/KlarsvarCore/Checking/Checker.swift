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
  private let linters: LinterCache

  public init(options: Options) {
    self.options = options
    linters = LinterCache(builtIn: options.includeBuiltIn, extra: options.extraRulePaths)
  }

  public func run(paths: [String], standardInput: InputFile? = nil) -> Outcome {
    let configs = ConfigResolver()
    let discovery = FileDiscovery.discover(paths, currentDirectory: options.currentDirectory) { url in
      let config = configs.config(forDirectory: url.deletingLastPathComponent())
      let extensions = config?.extensions ?? FileDiscovery.defaultExtensions
      let name = url.lastPathComponent.lowercased()
      guard extensions.contains(where: { name.hasSuffix($0) }) else { return false }
      return !(config?.isIgnored(url) ?? false)
    }
    var files = discovery.files
    if let standardInput { files.append(standardInput) }
    var configErrors: [PackLoadError] = []
    let reports = ConcurrentMap.map(files) { file in check(file, configs: configs) }
    // The rules of the folder `check` runs in are described even when no file used them (SARIF).
    _ = linters.linter(for: configs.config(forDirectory: options.currentDirectory)?.rulePaths ?? [])
    configErrors = configs.errors
    configErrors += unknownRuleIDs(in: files, configs: configs)
    return Outcome(
      reports: reports, packErrors: linters.errors, configErrors: configErrors, missingPaths: discovery.missing,
      rules: linters.allRules)
  }

  private func check(_ file: InputFile, configs: ConfigResolver) -> FileReport {
    let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
    let config = configs.config(forDirectory: directory)
    let failOn = options.failOn ?? config?.failOn ?? .warning
    var report = FileReport(file: file, failOn: failOn)
    report.format = TemplateFormat.detect(fromPath: file.displayPath)
    let data: Data
    if let contents = file.contents {
      data = contents
    } else {
      do {
        data = try Data(contentsOf: file.url!)
      } catch {
        report.error = "kan inte läsa filen: \(error.localizedDescription)"
        return report
      }
    }
    let linter = linters.linter(for: config?.rulePaths ?? [])
    var lintOptions =
      config.map { $0.options(for: file.url ?? directory.appendingPathComponent(file.displayPath), format: .plain) }
      ?? LintOptions()
    lintOptions.format = DocumentFormat.guess(fromPath: file.displayPath)
    if let kind = options.kind { lintOptions.kind = kind }

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

  /// Rule ids a config names that no loaded pack defines.
  private func unknownRuleIDs(in files: [InputFile], configs: ConfigResolver) -> [PackLoadError] {
    var reported = Set<String>()
    var errors: [PackLoadError] = []
    for file in files {
      let directory = file.url?.deletingLastPathComponent() ?? options.currentDirectory
      guard let config = configs.config(forDirectory: directory), reported.insert(config.file.path).inserted else {
        continue
      }
      let known = linters.linter(for: config.rulePaths).ruleSet.ruleIDs
      for (id, path) in config.mentionedRuleIDs where !known.contains(id) {
        errors.append(PackLoadError(file: config.file.path, jsonPath: path, message: "okänt regel-id \"\(id)\""))
      }
      let packIDs = Set(linters.linter(for: config.rulePaths).ruleSet.packs.map(\.id))
      for (index, pack) in (config.packs ?? []).enumerated() where !packIDs.contains(pack) {
        errors.append(
          PackLoadError(file: config.file.path, jsonPath: "/packs/\(index)", message: "okänt regelpaket \"\(pack)\""))
      }
    }
    return errors
  }
}
