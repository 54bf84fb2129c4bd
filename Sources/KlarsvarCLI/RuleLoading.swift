import Foundation
import KlarsvarCore

/// Loads the built-in packs plus `--rules` folders for the commands that work on rules directly.
enum RuleLoading {
  struct Loaded {
    var linter: Linter
    var errors: [PackLoadError]
    /// Pack ids read from the `--rules` folders.
    var extraPackIDs: Set<String>
  }

  static func load(rulePaths: [String], includeBuiltIn: Bool = true) -> Loaded {
    let current = WorkspacePath.currentDirectory
    let urls = rulePaths.map { WorkspacePath.resolve($0, against: current) }
    let (linter, errors) = RuleSetCache(includeBuiltIn: includeBuiltIn).linter(for: urls)
    // Built-in rules come from `rules/<pack>/…`; `--rules` folders are resolved to absolute paths.
    let extraIDs = Set(linter.ruleSet.rules.map(\.metadata).filter { !$0.file.hasPrefix("rules/") }.map(\.packID))
    return Loaded(linter: linter, errors: errors, extraPackIDs: extraIDs)
  }

  static func reportErrors(_ errors: [PackLoadError]) {
    for error in errors { Console.error("fel: \(error)") }
  }
}
