import Foundation
import KlarsvarText

/// The settings in force for the files of one folder: the nearest `.klarsvar.json` above it (the
/// project) with the front end's overlay on top. Every front end asks this, never the configs.
package struct FileSettings: Sendable {
  package let project: KlarsvarConfig?
  package let overlay: SettingsOverlay

  package init(project: KlarsvarConfig?, overlay: SettingsOverlay) {
    self.project = project
    self.overlay = overlay
  }

  /// The rule folders loaded besides the built-in packs: `--rules`, the project's, the editor's.
  package var ruleFolders: [URL] {
    overlay.extraRulePaths + (project?.rulePaths ?? []) + (overlay.editor?.rulePaths ?? [])
  }

  /// The level at which findings fail a run.
  package var failOn: FailLevel { overlay.failOn ?? project?.failOn ?? .warning }

  /// Editor language ids that are linted.
  package var languages: [String] { overlay.editor?.languages ?? project?.languages ?? FileTypes.defaultLanguages }

  /// File extensions `check` picks up in folders.
  package var extensions: [String] { project?.extensions ?? FileTypes.defaultExtensions }

  /// Whether the project's `ignore` globs leave the file out.
  package func isIgnored(_ url: URL) -> Bool { project?.isIgnored(url) ?? false }

  /// Whether `check` takes a file it finds in a folder: a checked extension, not ignored.
  package func accepts(_ url: URL) -> Bool {
    FileTypes.hasExtension(url.lastPathComponent, among: extensions) && !isIgnored(url)
  }

  /// How the file at `url` is linted: the project's settings and its overrides matching the file,
  /// then the editor's (packs and placeholders replace, rule settings merge, a kind wins), then the
  /// command line's kind.
  package func lintOptions(for url: URL, format: DocumentFormat) -> LintOptions {
    var options = project?.options(for: url, format: format) ?? LintOptions(format: format)
    if let editor = overlay.editor {
      let editorOptions = editor.options(for: url, format: format)
      if editor.packs != nil { options.rules.enabledPacks = editorOptions.rules.enabledPacks }
      options.rules.overrides.merge(editorOptions.rules.overrides) { _, new in new }
      if editor.placeholders != nil { options.placeholders = editorOptions.placeholders }
      if let kind = editorOptions.kind { options.kind = kind }
    }
    if let kind = overlay.kind { options.kind = kind }
    return options
  }
}
