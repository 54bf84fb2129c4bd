import Foundation
import KlarsvarCore
import KlarsvarJSON
import KlarsvarText

/// Settings from the editor and `.klarsvar.json`, and what they mean for one document.
extension LanguageServer {
  /// What a document is linted with.
  struct LintSetup: Sendable {
    var linter: Linter
    var options: LintOptions
  }

  /// Folder relative paths in the editor's settings are resolved against.
  var settingsBase: URL {
    workspaceFolders.first ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }

  /// Replaces the editor settings; invalid settings are shown to the user and the old ones stay.
  func applySettings(_ value: JSONValue?, origin: String, relint: Bool = true) {
    do {
      settings = try ServerSettings.parse(value, base: settingsBase)
    } catch {
      show("klarsvar: ogiltiga inställningar (\(origin)): \(error)")
      return
    }
    if let config = settings.config {
      let known = rules.linter(for: config.rulePaths).linter.ruleSet.ruleIDs
      for (id, path) in config.mentionedRuleIDs where !known.contains(id) {
        show("klarsvar: okänt regel-id \"\(id)\" i inställningarna (\(origin), \(path))", type: MessageType.warning)
      }
    }
    if relint { relintAll() }
  }

  func pullConfiguration() {
    request(ConfigurationRequest(items: [ConfigurationItem(scopeUri: nil, section: ServerSettings.section)])) {
      result in
      switch result {
      case .success(let values):
        // Many clients answer null for a section they know nothing about; that is "no opinion",
        // not "clear the settings", so what came with initializationOptions stays.
        guard let value = values.first, value != .null else { return }
        self.applySettings(value, origin: "workspace/configuration")
      case .failure(let error):
        self.log("workspace/configuration failed: \(error.message)", type: MessageType.warning)
      }
    }
  }

  func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
    if client.supportsConfigurationPull {
      pullConfiguration()
    } else {
      applySettings(notification.settings, origin: "didChangeConfiguration")
    }
  }

  /// The linter and options for a document, or nil when it is not linted (language, `ignore`).
  func lintSetup(for document: Document) -> LintSetup? {
    let url = Self.fileURL(document.uri)
    let project = url.flatMap { configs.config(forDirectory: $0.deletingLastPathComponent()) }
    reportConfigErrors()
    let languages = settings.config?.languages ?? project?.languages ?? ServerSettings.defaultLanguages
    guard languages.contains(document.languageID) else { return nil }
    if let url, project?.isIgnored(url) == true { return nil }
    let editor = settings.config
    let (linter, errors) = rules.linter(for: (project?.rulePaths ?? []) + (editor?.rulePaths ?? []))
    if !errors.isEmpty { showPackErrors(errors) }
    let isMarkdown = document.languageID == "markdown" || DocumentFormat.guess(fromPath: document.uri) == .markdown
    let format: DocumentFormat = isMarkdown ? .markdown : .plain
    let file = url ?? settingsBase.appendingPathComponent("namnlös")
    var options = project?.options(for: file, format: format) ?? LintOptions(format: format)
    if let editor {
      let editorOptions = editor.options(for: file, format: format)
      if editor.packs != nil { options.rules.enabledPacks = editorOptions.rules.enabledPacks }
      options.rules.overrides.merge(editorOptions.rules.overrides) { _, new in new }
      if editor.placeholders != nil { options.placeholders = editorOptions.placeholders }
      if let kind = editorOptions.kind { options.kind = kind }
    }
    return LintSetup(linter: linter, options: options)
  }

  private func reportConfigErrors() {
    for error in configs.errors where reportedConfigErrors.insert(error).inserted {
      show("klarsvar: fel i konfigurationen: \(error)")
    }
  }

  func showPackErrors(_ errors: [PackLoadError]) {
    let shown = errors.prefix(5).map(\.description).joined(separator: "\n")
    let more = errors.count > 5 ? "\n… och \(errors.count - 5) fel till" : ""
    show("klarsvar: fel i regelpaket; de senast fungerande reglerna gäller:\n\(shown)\(more)")
  }
}
