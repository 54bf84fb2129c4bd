import Foundation
import KlarsvarCore
import KlarsvarFormats

/// The rules and configuration of one `serve` run, loaded once at start, and the check of one draft
/// with them: the same reading and linting as `check` (`Checker.report`), without touching the disk.
package final class DraftChecker: Sendable {
  /// What `klarsvar serve` was started with.
  package struct Startup: Sendable {
    /// `--rules` folders, loaded beside the built-in packs and the configuration's `rulePaths`.
    package var ruleFolders: [URL] = []
    /// `--config FILE`; without it the `.klarsvar.json` governing `currentDirectory`, as `check` finds it.
    package var configFile: URL?
    package var currentDirectory: URL
    package var includeBuiltIn = true

    package init(currentDirectory: URL) {
      self.currentDirectory = currentDirectory
    }
  }

  /// A draft to check: its bytes, the file name it is read as, and the client's settings.
  package struct Draft: Sendable {
    package var name: String
    package var data: Data
    package var kind: DocumentKind?
    /// Settings in the keys of `.klarsvar.json`, laid over the configuration as an editor's are.
    package var settings: KlarsvarConfig?

    package init(name: String, data: Data, kind: DocumentKind? = nil, settings: KlarsvarConfig? = nil) {
      self.name = name
      self.data = data
      self.kind = kind
      self.settings = settings
    }
  }

  /// A configuration named with `--config` that cannot be read; `serve` does not start.
  package struct ConfigFailure: Error, CustomStringConvertible {
    package var description: String
  }

  package let linter: Linter
  /// The configuration in force (`--config`, or the one found for the current folder).
  package let project: KlarsvarConfig?
  /// Problems loading packs and configuration, reported with every check as `check` does.
  package let packErrors: [PackLoadError]
  package let configErrors: [PackLoadError]
  private let overlay: SettingsOverlay
  let directory: URL

  /// Loads the configuration and compiles the rule set.
  ///
  /// - Throws: `ConfigFailure` when `--config` names a file that cannot be read or is invalid.
  package init(_ startup: Startup) throws {
    var overlay = SettingsOverlay()
    overlay.extraRulePaths = startup.ruleFolders
    var configErrors: [PackLoadError] = []
    if let file = startup.configFile {
      do {
        project = try KlarsvarConfig.load(from: file)
      } catch {
        throw ConfigFailure(description: "\(error)")
      }
    } else {
      let resolver = ConfigResolver()
      project = resolver.config(forDirectory: startup.currentDirectory)
      configErrors = resolver.errors
    }
    let workspace = Workspace(overlay: overlay, ruleSets: RuleSetCache(includeBuiltIn: startup.includeBuiltIn))
    let loaded = workspace.linter(for: FileSettings(project: project, overlay: overlay))
    linter = loaded.linter
    packErrors = loaded.errors
    if let project {
      configErrors += workspace.unknownNames(in: project).map {
        PackLoadError(file: project.file.path, jsonPath: $0.jsonPath, message: $0.message)
      }
    }
    self.configErrors = configErrors
    self.overlay = overlay
    directory = project?.directory ?? startup.currentDirectory
  }

  /// The rule set every draft is checked with.
  package var ruleSet: RuleSet { linter.ruleSet }

  /// Checks one draft: its report (findings, or why it could not be read) and the run around it,
  /// ready for a reporter.
  package func check(_ draft: Draft) -> Checker.Outcome {
    var layered = overlay
    layered.editor = draft.settings
    layered.kind = draft.kind
    let settings = FileSettings(project: project, overlay: layered)
    let file = InputFile(displayPath: draft.name, url: nil, contents: draft.data)
    let report = Checker.report(file, bytes: [UInt8](draft.data), settings: settings, linter: linter, in: directory)
    return Checker.Outcome(reports: [report], packErrors: packErrors, configErrors: configErrors)
  }
}
