import Foundation
import KlarsvarCore

/// Reloading rule packs and `.klarsvar.json` files when they change on disk.
extension LanguageServer {
  func didChangeWatchedFiles(_ notification: DidChangeWatchedFilesNotification) {
    reloadIfChanged(configChanged: notification.changes.contains { $0.uri.hasSuffix(KlarsvarConfig.fileName) })
  }

  /// Starts the cheap poll used when the client cannot watch files: a few stats every `pollInterval`.
  func startPolling() {
    guard pollTask == nil, phase == .running else { return }
    configStamps = currentConfigStamps()
    let interval = options.pollInterval
    pollTask = Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: interval)
        guard !Task.isCancelled else { return }
        self.poll()
      }
    }
  }

  private func poll() {
    let stamps = currentConfigStamps()
    let configChanged = stamps != configStamps
    configStamps = stamps
    reloadIfChanged(configChanged: configChanged)
  }

  /// Reloads what changed and re-lints every open document when anything did.
  func reloadIfChanged(configChanged: Bool) {
    if configChanged {
      configs = ConfigResolver()
      reportedConfigErrors = []
      configStamps = currentConfigStamps()
    }
    let (rulesChanged, errors) = rules.reloadChanged()
    if !errors.isEmpty { showPackErrors(errors) }
    if rulesChanged { log("rule packs reloaded", type: MessageType.info) }
    if rulesChanged || configChanged { relintAll() }
  }

  /// Stamps of the `.klarsvar.json` files that could govern the open documents.
  private func currentConfigStamps() -> [String: String] {
    var folders = Set<String>()
    for uri in documents.uris {
      guard var folder = Self.fileURL(uri)?.deletingLastPathComponent().standardizedFileURL else { continue }
      while folders.insert(folder.path).inserted {
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    var stamps: [String: String] = [:]
    for folder in folders {
      let path = folder + (folder.hasSuffix("/") ? "" : "/") + KlarsvarConfig.fileName
      let stamp = FileStamp.of(path)
      if stamp != "missing" { stamps[path] = stamp }
    }
    return stamps
  }
}
