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
    var stamps: [String: String] = [:]
    for path in configCandidates() {
      let stamp = FileStamp.of(path)
      if stamp != "missing" { stamps[path] = stamp }
    }
    return stamps
  }

  /// Every `.klarsvar.json` path from the open documents' folders up to the root, recomputed only
  /// when the set of open documents changes (the poll must stay cheap while the editor idles).
  private func configCandidates() -> [String] {
    let uris = documents.uris
    if let cached = configCandidateCache, cached.uris == uris { return cached.paths }
    var folders = Set<String>()
    for uri in uris {
      guard var folder = Self.fileURL(uri)?.deletingLastPathComponent().standardizedFileURL else { continue }
      while folders.insert(folder.path).inserted {
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    let paths = folders.sorted().map { $0 + ($0.hasSuffix("/") ? "" : "/") + KlarsvarConfig.fileName }
    configCandidateCache = (uris, paths)
    return paths
  }
}
