import Foundation
import KlarsvarCore
import KlarsvarJSON

/// The editor's settings handed to the core's workspace policy, and its answers shown to the user.
extension LanguageServer {
  /// The `workspace/configuration` section (and `initializationOptions` wrapper) of the settings.
  static let settingsSection = "klarsvar"

  /// What a document is linted with.
  struct LintSetup: Sendable {
    var linter: Linter
    var options: LintOptions
  }

  /// Folder relative paths in the editor's settings are resolved against.
  var settingsBase: URL {
    workspaceFolders.first ?? WorkspacePath.currentDirectory
  }

  /// Replaces the editor settings; invalid settings are shown to the user and the old ones stay.
  func applySettings(_ value: JSONValue?, origin: String, relint: Bool = true) {
    do {
      workspace.overlay = try SettingsOverlay(editorSettings: value, section: Self.settingsSection, base: settingsBase)
    } catch {
      show("klarsvar: ogiltiga inställningar (\(origin)): \(error)")
      return
    }
    if let editor = workspace.overlay.editor {
      for unknown in workspace.unknownNames(in: editor) where unknown.kind == .rule {
        show(
          "klarsvar: okänt regel-id \"\(unknown.name)\" i inställningarna (\(origin), \(unknown.jsonPath))",
          type: MessageType.warning)
      }
    }
    if relint { relintAll() }
  }

  func pullConfiguration() {
    request(ConfigurationRequest(items: [ConfigurationItem(scopeUri: nil, section: Self.settingsSection)])) {
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
    let settings = workspace.settings(forDirectory: url?.deletingLastPathComponent())
    reportConfigErrors()
    guard settings.languages.contains(document.languageID) else { return nil }
    if let url, settings.isIgnored(url) { return nil }
    let (linter, errors) = workspace.linter(for: settings)
    if !errors.isEmpty { showPackErrors(errors) }
    let format = FileTypes.documentFormat(languageID: document.languageID, path: document.uri)
    let options = settings.lintOptions(for: url ?? settingsBase.appendingPathComponent("namnlös"), format: format)
    return LintSetup(linter: linter, options: options)
  }

  private func reportConfigErrors() {
    for error in workspace.configErrors where reportedConfigErrors.insert(error).inserted {
      show("klarsvar: fel i konfigurationen: \(error)")
    }
  }

  func showPackErrors(_ errors: [PackLoadError]) {
    let shown = errors.prefix(5).map(\.description).joined(separator: "\n")
    let more = errors.count > 5 ? "\n… och \(errors.count - 5) fel till" : ""
    show("klarsvar: fel i regelpaket; de senast fungerande reglerna gäller:\n\(shown)\(more)")
  }
}
