import Foundation

/// The one workspace policy both front ends use: configuration discovery with the front end's
/// overlay on top (`settings(forDirectory:)`), one rule-set cache, and the checks of a config against
/// the rules it loads. `check` makes one per run; the language server keeps one and replaces its
/// overlay when the editor's settings change.
package struct Workspace: Sendable {
  package var overlay: SettingsOverlay
  package let ruleSets: RuleSetCache
  private var configs = ConfigResolver()

  package init(overlay: SettingsOverlay = SettingsOverlay(), ruleSets: RuleSetCache) {
    self.overlay = overlay
    self.ruleSets = ruleSets
  }

  /// Forgets every config found so far (one was added, changed or removed).
  package mutating func rediscoverConfigs() {
    configs = ConfigResolver()
  }

  /// Problems in the configs found so far, each once.
  package var configErrors: [PackLoadError] { configs.errors }

  /// The settings for files in `directory` (nil: a document with no folder, such as an untitled one).
  package func settings(forDirectory directory: URL?) -> FileSettings {
    FileSettings(project: directory.flatMap(configs.config(forDirectory:)), overlay: overlay)
  }

  /// The linter for files with `settings`; the errors come with the first load of its rule set.
  package func linter(for settings: FileSettings) -> (linter: Linter, errors: [PackLoadError]) {
    ruleSets.linter(for: settings.ruleFolders)
  }

  /// Whether `check` takes a file it finds in a folder.
  package func accepts(_ url: URL) -> Bool {
    settings(forDirectory: url.deletingLastPathComponent()).accepts(url)
  }

  /// A rule or pack a config names that the rules it loads do not define.
  package struct UnknownName: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
      case rule, pack
    }

    package var kind: Kind
    package var name: String
    /// Where the config names it (a JSON pointer).
    package var jsonPath: String

    /// `okänt regel-id "x"` or `okänt regelpaket "x"`.
    package var message: String {
      kind == .rule ? "okänt regel-id \"\(name)\"" : "okänt regelpaket \"\(name)\""
    }
  }

  /// Rule ids, then pack ids, that `config` names and the rule set it loads (with `--rules`) does not define.
  package func unknownNames(in config: KlarsvarConfig) -> [UnknownName] {
    let ruleSet = ruleSets.linter(for: overlay.extraRulePaths + config.rulePaths).linter.ruleSet
    var unknown: [UnknownName] = []
    for (id, path) in config.mentionedRuleIDs where !ruleSet.ruleIDs.contains(id) {
      unknown.append(UnknownName(kind: .rule, name: id, jsonPath: path))
    }
    let packIDs = Set(ruleSet.packs.map(\.id))
    for (index, pack) in (config.packs ?? []).enumerated() where !packIDs.contains(pack) {
      unknown.append(UnknownName(kind: .pack, name: pack, jsonPath: "/packs/\(index)"))
    }
    return unknown
  }
}
