import Foundation

/// One compiled rule set per distinct list of rule folders, shared by all files that use it.
final class LinterCache: @unchecked Sendable {
  private let builtIn: Bool
  private let extra: [URL]
  private var linters: [[String]: Linter] = [:]
  private var errorList: [PackLoadError] = []
  private let lock = NSLock()

  init(builtIn: Bool, extra: [URL]) {
    self.builtIn = builtIn
    self.extra = extra
  }

  var errors: [PackLoadError] {
    lock.lock()
    defer { lock.unlock() }
    return errorList
  }

  /// The rules of every linter built so far, one per id, sorted by id.
  var allRules: [RuleMetadata] {
    lock.lock()
    defer { lock.unlock() }
    var byID: [String: RuleMetadata] = [:]
    for linter in linters.values {
      for rule in linter.ruleSet.rules where byID[rule.metadata.id] == nil { byID[rule.metadata.id] = rule.metadata }
    }
    return byID.keys.sorted().map { byID[$0]! }
  }

  func linter(for configPaths: [URL]) -> Linter {
    let paths = extra + configPaths
    let key = paths.map(\.standardizedFileURL.path)
    lock.lock()
    defer { lock.unlock() }
    if let linter = linters[key] { return linter }
    let loaded = RuleSetLoader.load(builtIn ? PackFolder.builtIn : [], discoveringIn: paths)
    for error in loaded.errors where !errorList.contains(error) { errorList.append(error) }
    let linter = Linter(ruleSet: loaded.ruleSet)
    linters[key] = linter
    return linter
  }
}
