import Foundation
import KlarsvarCore

/// One compiled rule set per distinct list of rule folders, reloaded when the folders' files change.
///
/// A reload that reports errors keeps the last good rule set in force.
struct RuleSetStore {
  private struct Entry {
    var linter: Linter
    var stamps: [String: String]
  }

  let includeBuiltIn: Bool
  private var entries: [[String]: Entry] = [:]
  private let builtIn: [PackFolder]

  init(includeBuiltIn: Bool) {
    self.includeBuiltIn = includeBuiltIn
    builtIn = includeBuiltIn ? PackFolder.builtIn : []
  }

  /// The linter for built-in packs plus `paths`; loads it the first time (errors are returned then).
  mutating func linter(for paths: [URL]) -> (linter: Linter, errors: [PackLoadError]) {
    let key = paths.map(\.standardizedFileURL.path)
    if let entry = entries[key] { return (entry.linter, []) }
    let stamps = Self.stamps(paths)
    let (linter, errors) = load(paths)
    entries[key] = Entry(linter: linter, stamps: stamps)
    return (linter, errors)
  }

  /// Reloads every rule set whose files changed.
  ///
  /// - Returns: whether any rule set was replaced, and the errors of reloads that were rejected.
  mutating func reloadChanged() -> (changed: Bool, errors: [PackLoadError]) {
    var changed = false
    var errors: [PackLoadError] = []
    for (key, entry) in entries {
      let paths = key.map { URL(fileURLWithPath: $0) }
      let stamps = Self.stamps(paths)
      guard stamps != entry.stamps else { continue }
      let (linter, loadErrors) = load(paths)
      if loadErrors.isEmpty {
        entries[key] = Entry(linter: linter, stamps: stamps)
        changed = true
      } else {
        entries[key]?.stamps = stamps  // report once per change; the old linter stays
        errors += loadErrors
      }
    }
    return (changed, errors)
  }

  private func load(_ paths: [URL]) -> (Linter, [PackLoadError]) {
    let loaded = RuleSetLoader.load(builtIn, discoveringIn: paths)
    return (Linter(ruleSet: loaded.ruleSet), loaded.errors)
  }

  /// Modification time and size of every `.json` file of the packs under `paths` (cheap: a few stats).
  static func stamps(_ paths: [URL]) -> [String: String] {
    var stamps: [String: String] = [:]
    let manager = FileManager.default
    for path in paths {
      var folders: [URL] = []
      if manager.fileExists(atPath: path.appendingPathComponent("pack.json").path) {
        folders = [path]
      } else if let children = try? manager.contentsOfDirectory(atPath: path.path) {
        folders = children.map { path.appendingPathComponent($0) }
        stamps[path.path] = "folder:\(children.count)"
      } else {
        stamps[path.path] = "missing"
      }
      for folder in folders {
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
        for name in names where name.hasSuffix(".json") {
          let file = folder.appendingPathComponent(name).path
          stamps[file] = FileStamp.of(file)
        }
      }
    }
    return stamps
  }
}

/// A file's modification time and size as a comparable string ("missing" when absent).
enum FileStamp {
  /// One `stat` call: `FileManager.attributesOfItem` also looks up owner and group names, which
  /// makes the idle poll show up as CPU time.
  static func of(_ path: String) -> String {
    var status = stat()
    guard stat(path, &status) == 0 else { return "missing" }
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return "\(modified.tv_sec).\(modified.tv_nsec)/\(status.st_size)"
  }
}
