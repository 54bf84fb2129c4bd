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
    // Weak: the server owns the task, and a server nobody uses any more must not be kept polling.
    pollTask = Task { [weak self] in
      while !Task.isCancelled {
        try? await Task.sleep(for: interval)
        guard !Task.isCancelled, let self else { return }
        await self.poll()
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
      workspace.rediscoverConfigs()
      reportedConfigErrors = []
      configStamps = currentConfigStamps()
    }
    let (rulesChanged, errors) = workspace.ruleSets.reloadChanged()
    if !errors.isEmpty { showPackErrors(errors) }
    if rulesChanged { log("rule packs reloaded", type: MessageType.info) }
    if rulesChanged || configChanged { relintAll() }
  }

  /// Stamps of the `.klarsvar.json` files that could govern the open documents.
  private func currentConfigStamps() -> [String: String] {
    var stamps: [String: String] = [:]
    for path in configCandidates() {
      let stamp = FileStamp.of(path)
      if stamp != FileStamp.missing { stamps[path] = stamp }
    }
    return stamps
  }

  /// The config paths that could govern the open documents, recomputed only when the set of open
  /// documents changes (the poll must stay cheap while the editor idles).
  private func configCandidates() -> [String] {
    let uris = documents.uris
    if let cached = configCandidateCache, cached.uris == uris { return cached.paths }
    let paths = ConfigResolver.candidatePaths(
      governing: uris.compactMap { Self.fileURL($0)?.deletingLastPathComponent() })
    configCandidateCache = (uris, paths)
    return paths
  }
}
