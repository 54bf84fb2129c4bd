import Foundation

/// Finds the `.klarsvar.json` that governs a file by walking up from its folder, once per folder.
///
/// Broken configs are reported in `errors` and act as empty ones, so files below them are still
/// checked with defaults. Thread-safe: `check` asks from every core.
public final class ConfigResolver: @unchecked Sendable {
  private var cache: [String: KlarsvarConfig?] = [:]
  private let lock = NSLock()
  /// Problems found in configuration files, each reported once.
  public private(set) var errors: [PackLoadError] = []

  public init() {}

  /// The nearest config at or above `directory`, nil when there is none.
  public func config(forDirectory directory: URL) -> KlarsvarConfig? {
    lock.lock()
    defer { lock.unlock() }
    return lookup(directory.standardizedFileURL)
  }

  private func lookup(_ directory: URL) -> KlarsvarConfig? {
    if let cached = cache[directory.path] { return cached }
    let candidate = directory.appendingPathComponent(KlarsvarConfig.fileName)
    var found: KlarsvarConfig?
    if FileManager.default.fileExists(atPath: candidate.path) {
      do {
        found = try KlarsvarConfig.load(from: candidate)
      } catch let error as PackLoadError {
        errors.append(error)
        found = KlarsvarConfig(defaultsIn: directory)
      } catch {
        errors.append(PackLoadError(file: candidate.path, message: "\(error)"))
        found = KlarsvarConfig(defaultsIn: directory)
      }
    } else {
      let parent = directory.deletingLastPathComponent()
      found = parent.path == directory.path ? nil : lookup(parent)
    }
    cache[directory.path] = found
    return found
  }

  /// Every `.klarsvar.json` path that could govern a file in one of `directories`: each folder up to the
  /// root, sorted (what a front end watches to notice a config appearing, changing or going).
  package static func candidatePaths(governing directories: [URL]) -> [String] {
    var folders = Set<String>()
    for directory in directories {
      var folder = directory.standardizedFileURL
      while folders.insert(folder.path).inserted {
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    return folders.sorted().map { $0 + ($0.hasSuffix("/") ? "" : "/") + KlarsvarConfig.fileName }
  }
}
