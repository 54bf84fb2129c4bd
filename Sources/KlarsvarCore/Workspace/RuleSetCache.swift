import Foundation

/// One compiled rule set per distinct list of rule folders, shared by every file that uses it, for
/// every front end: `check` asks from all cores, the language server reloads sets whose files changed.
///
/// A reload that reports errors keeps the last good rule set in force.
package final class RuleSetCache: @unchecked Sendable {
  private struct Entry {
    var linter: Linter
    var stamps: [String: String]
  }

  package let includeBuiltIn: Bool
  private let builtIn: [PackFolder]
  private var entries: [[String]: Entry] = [:]
  private var errorList: [PackLoadError] = []
  private let lock = NSLock()

  package init(includeBuiltIn: Bool) {
    self.includeBuiltIn = includeBuiltIn
    builtIn = includeBuiltIn ? PackFolder.builtIn : []
  }

  /// The linter for the built-in packs (unless left out) plus the packs under `folders`, loaded the
  /// first time it is asked for; that first call also returns the load's errors.
  package func linter(for folders: [URL]) -> (linter: Linter, errors: [PackLoadError]) {
    let key = folders.map(\.standardizedFileURL.path)
    lock.lock()
    defer { lock.unlock() }
    // Loading under the lock: files wanting the same rule set wait for one load instead of each doing it.
    if let entry = entries[key] { return (entry.linter, []) }
    let stamps = Self.stamps(folders)
    let (linter, errors) = load(folders)
    entries[key] = Entry(linter: linter, stamps: stamps)
    for error in errors where !errorList.contains(error) { errorList.append(error) }
    return (linter, errors)
  }

  /// Every error of the loads so far, each once, in the order found.
  package var errors: [PackLoadError] {
    lock.lock()
    defer { lock.unlock() }
    return errorList
  }

  /// The rules of every rule set loaded so far, one per id, sorted by id.
  package var allRules: [RuleMetadata] {
    lock.lock()
    defer { lock.unlock() }
    var byID: [String: RuleMetadata] = [:]
    for entry in entries.values {
      for rule in entry.linter.ruleSet.rules where byID[rule.metadata.id] == nil {
        byID[rule.metadata.id] = rule.metadata
      }
    }
    return byID.keys.sorted().map { byID[$0]! }
  }

  /// Reloads every rule set whose files changed.
  ///
  /// - Returns: whether any rule set was replaced, and the errors of reloads that were rejected.
  package func reloadChanged() -> (changed: Bool, errors: [PackLoadError]) {
    lock.lock()
    defer { lock.unlock() }
    var changed = false
    var errors: [PackLoadError] = []
    for (key, entry) in entries {
      let folders = key.map { URL(fileURLWithPath: $0) }
      let stamps = Self.stamps(folders)
      guard stamps != entry.stamps else { continue }
      let (linter, loadErrors) = load(folders)
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

  private func load(_ folders: [URL]) -> (Linter, [PackLoadError]) {
    let loaded = RuleSetLoader.load(builtIn, discoveringIn: folders)
    return (Linter(ruleSet: loaded.ruleSet), loaded.errors)
  }

  /// Modification time and size of every `.json` file of the packs under `folders` (cheap: a few stats).
  static func stamps(_ folders: [URL]) -> [String: String] {
    var stamps: [String: String] = [:]
    let manager = FileManager.default
    for path in folders {
      var packs: [URL] = []
      if manager.fileExists(atPath: path.appendingPathComponent("pack.json").path) {
        packs = [path]
      } else if let children = try? manager.contentsOfDirectory(atPath: path.path) {
        packs = children.map { path.appendingPathComponent($0) }
        stamps[path.path] = "folder:\(children.count)"
      } else {
        stamps[path.path] = "missing"
      }
      for pack in packs {
        guard let names = try? manager.contentsOfDirectory(atPath: pack.path) else { continue }
        for name in names where name.hasSuffix(".json") {
          let file = pack.appendingPathComponent(name).path
          stamps[file] = FileStamp.of(file)
        }
      }
    }
    return stamps
  }
}
