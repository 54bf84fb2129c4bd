import Foundation
import KlarsvarCore
import KlarsvarFormats
import KlarsvarJSON

/// The editor's settings handed to the core's workspace policy, and its answers shown to the user.
extension LanguageServer {
  /// The `workspace/configuration` section (and `initializationOptions` wrapper) of the settings.
  static let settingsSection = "klarsvar"

  /// What a document is linted with.
  struct LintSetup: Sendable {
    var linter: Linter
    var options: LintOptions
    var format: TemplateFormat
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

  /// Asks the client for its settings. Lints wait for the answer (or `settingsTimeout`), so the first
  /// diagnostics never use settings the client is about to replace.
  func pullConfiguration() {
    configurationPulls += 1
    let pull = configurationPulls
    awaitedPull = pull
    settingsTimeoutTask?.cancel()
    let timeout = options.settingsTimeout
    settingsTimeoutTask = Task { [weak self] in
      try? await Task.sleep(for: timeout)
      guard !Task.isCancelled else { return }
      await self?.settingsTimedOut(pull)
    }
    request(ConfigurationRequest(items: [ConfigurationItem(scopeUri: nil, section: Self.settingsSection)])) {
      result in
      switch result {
      case .success(let values):
        // Many clients answer null for a section they know nothing about; that is "no opinion",
        // not "clear the settings", so what came before stays.
        if let value = values.first, value != .null {
          self.applySettings(value, origin: "workspace/configuration", relint: false)
        }
      case .failure(let error):
        self.log("workspace/configuration failed: \(error.message)", type: MessageType.warning)
      }
      self.settingsSettled(pull)
    }
  }

  /// Whether lints wait for the answer to a settings request.
  var awaitsSettings: Bool { awaitedPull != nil }

  /// An answer arrived: once none is awaited, every open document is linted with the settings.
  private func settingsSettled(_ pull: Int) {
    if awaitedPull == pull {
      awaitedPull = nil
      settingsTimeoutTask?.cancel()
      settingsTimeoutTask = nil
    }
    if awaitedPull == nil { relintAll() }
  }

  private func settingsTimedOut(_ pull: Int) {
    guard awaitedPull == pull, phase == .running else { return }
    log(
      "no answer to workspace/configuration within \(options.settingsTimeout); linting with the settings so far",
      type: MessageType.warning)
    awaitedPull = nil
    settingsTimeoutTask = nil
    relintAll()
  }

  /// Settings pushed with the notification are used as they are (Neovim sends them so); a bare
  /// notification (null or empty settings, as VS Code sends) means "pull them again".
  func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
    let settings = notification.settings ?? .null
    let isEmpty = settings == .null || settings == .object([:]) || settings == .array([])
    if isEmpty && client.supportsConfigurationPull {
      pullConfiguration()
    } else {
      applySettings(settings, origin: "didChangeConfiguration")
    }
  }

  /// The linter and options for a document, or nil when it is not linted (language, `ignore`).
  func lintSetup(for document: Document) -> LintSetup? {
    let url = Self.fileURL(document.uri)
    let settings = workspace.settings(forDirectory: url?.deletingLastPathComponent())
    reportConfigErrors()
    guard
      FileTypes.lintsBuffer(
        languageID: document.languageID, path: document.uri, languages: settings.languages,
        extensions: settings.extensions)
    else { return nil }
    if let url, settings.isIgnored(url) { return nil }
    let (linter, errors) = workspace.linter(for: settings)
    if !errors.isEmpty { showPackErrors(errors) }
    let format = FileTypes.templateFormat(languageID: document.languageID, path: document.uri)
    let options = settings.lintOptions(
      for: url ?? settingsBase.appendingPathComponent("namnlös"), format: format.documentFormat)
    return LintSetup(linter: linter, options: options, format: format)
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
