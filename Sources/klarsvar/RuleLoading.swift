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
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var folders = includeBuiltIn ? PackFolder.builtIn : []
    var errors: [PackLoadError] = []
    var extraFolders: [PackFolder] = []
    for path in rulePaths {
      let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : current.appendingPathComponent(path)
      do {
        extraFolders += try PackFolder.discover(in: url)
      } catch let error as PackLoadError {
        errors.append(error)
      } catch {
        errors.append(PackLoadError(file: path, message: "\(error)"))
      }
    }
    folders += extraFolders
    let result = RuleSetLoader.load(folders)
    let builtInIDs = Set(RuleSetLoader.load(includeBuiltIn ? PackFolder.builtIn : []).ruleSet.packs.map(\.id))
    let extraIDs = Set(result.ruleSet.packs.map(\.id)).subtracting(builtInIDs)
    return Loaded(linter: Linter(ruleSet: result.ruleSet), errors: errors + result.errors, extraPackIDs: extraIDs)
  }

  static func reportErrors(_ errors: [PackLoadError]) {
    for error in errors { Console.error("fel: \(error)") }
  }
}
