import Foundation
import KlarsvarJSON
import KlarsvarText

/// A `.klarsvar.json` file: which packs and rules apply to the files below it.
public struct KlarsvarConfig: Sendable {
  /// Settings for files matching some globs (e.g. stricter rules for `beslut/**`).
  public struct Override: Sendable {
    public var files: [String]
    public var rules: [String: RuleOverride]
    public var kind: DocumentKind?
  }

  public var file: URL
  public var directory: URL { file.deletingLastPathComponent() }
  public var packs: [String]?
  /// Absolute rule folders: `rulePaths` resolved against the config's folder, plus `.klarsvar/rules/` if present.
  public var rulePaths: [URL]
  public var rules: [String: RuleOverride]
  public var overrides: [Override]
  public var placeholders: [PlaceholderDelimiters]?
  public var ignore: [String]
  public var failOn: FailLevel?
  public var kind: DocumentKind?
  public var extensions: [String]?
  public var languages: [String]?

  public static let fileName = ".klarsvar.json"

  /// An empty configuration (all defaults) as if it sat in `directory`.
  public init(defaultsIn directory: URL) {
    file = directory.appendingPathComponent(Self.fileName)
    packs = nil
    rulePaths = []
    rules = [:]
    overrides = []
    placeholders = nil
    ignore = []
    failOn = nil
    kind = nil
    extensions = nil
    languages = nil
  }

  public static func load(from file: URL) throws -> KlarsvarConfig {
    let data: Data
    do {
      data = Data(try FileContents.read(file.path, limit: 10_000_000))
    } catch {
      throw PackLoadError(file: file.path, message: "kan inte läsa konfigurationen: \(error)")
    }
    return try parse(data, file: file)
  }

  public static func parse(_ data: Data, file: URL) throws -> KlarsvarConfig {
    do {
      return try KlarsvarConfig(reading: try RuleSetLoader.parseJSON(data, file: file.path), file: file)
    } catch let failure as JSONObjectReader.Failure {
      throw PackLoadError(file: file.path, jsonPath: failure.path, message: failure.message)
    }
  }

  /// Builds a config from already decoded JSON (also used for LSP settings).
  package init(json: JSONValue, file: URL) throws {
    do {
      try self.init(reading: json, file: file)
    } catch let failure as JSONObjectReader.Failure {
      throw PackLoadError(file: file.path, jsonPath: failure.path, message: failure.message)
    }
  }

  init(reading value: JSONValue, file: URL) throws {
    self.init(defaultsIn: file.deletingLastPathComponent())
    self.file = file
    var reader = try JSONObjectReader(value, path: "")
    try reader.acceptSchemaReference()
    packs = try reader.optionalStringArray("packs")
    let base = file.deletingLastPathComponent()
    // `~/regler` means the user's home, as in a shell; other relative paths are relative to the config.
    rulePaths = (try reader.optionalStringArray("rulePaths") ?? []).map { WorkspacePath.resolve($0, against: base) }
    let local = base.appendingPathComponent(".klarsvar/rules")
    if FileManager.default.fileExists(atPath: local.path) { rulePaths.append(local) }
    if reader.has("rules") { rules = try Self.ruleOverrides(try reader.value("rules"), path: "/rules") }
    if let list = try reader.optionalArray("overrides") {
      overrides = try list.enumerated().map { index, item in
        let path = "/overrides/\(index)"
        var entry = try JSONObjectReader(item, path: path)
        let files = try entry.stringArray("files")
        let rules = entry.has("rules") ? try Self.ruleOverrides(try entry.value("rules"), path: path + "/rules") : [:]
        let kind = try entry.has("kind") ? entry.choice("kind", as: DocumentKind.self) : nil
        try entry.finish()
        return Override(files: files, rules: rules, kind: kind)
      }
    }
    if let list = try reader.optionalArray("placeholders") {
      placeholders = try list.enumerated().map { index, item in
        var entry = try JSONObjectReader(item, path: "/placeholders/\(index)")
        let open = try entry.string("open")
        let close = try entry.string("close")
        try entry.finish()
        guard !open.isEmpty, !close.isEmpty else {
          throw JSONObjectReader.Failure(path: "/placeholders/\(index)", message: "open och close får inte vara tomma")
        }
        return PlaceholderDelimiters(open: open, close: close)
      }
    }
    ignore = try reader.optionalStringArray("ignore") ?? []
    failOn = try reader.has("failOn") ? reader.choice("failOn", as: FailLevel.self) : nil
    kind = try reader.has("kind") ? reader.choice("kind", as: DocumentKind.self) : nil
    extensions = try reader.optionalStringArray("extensions")?.map {
      $0.hasPrefix(".") ? $0.lowercased() : "." + $0.lowercased()
    }
    languages = try reader.optionalStringArray("languages")
    try reader.finish()
  }

  private static func ruleOverrides(_ value: JSONValue, path: String) throws -> [String: RuleOverride] {
    guard let table = value.objectValue else {
      throw JSONObjectReader.Failure(path: path, message: "ska vara ett objekt")
    }
    var result: [String: RuleOverride] = [:]
    for (id, setting) in table {
      guard let text = setting.stringValue, let override = RuleOverride(text) else {
        throw JSONObjectReader.Failure(
          path: "\(path)/\(id)", message: "ska vara \"off\", \"error\", \"warning\", \"info\" eller \"hint\"")
      }
      result[id] = override
    }
    return result
  }

  /// Every rule id the configuration names (to report unknown ones).
  public var mentionedRuleIDs: [(id: String, path: String)] {
    var ids = rules.keys.sorted().map { ($0, "/rules/\($0)") }
    for (index, override) in overrides.enumerated() {
      ids += override.rules.keys.sorted().map { ($0, "/overrides/\(index)/rules/\($0)") }
    }
    return ids
  }

  /// Path of a file relative to the config's folder, with `/` separators (nil when outside it).
  public func relativePath(of url: URL) -> String? {
    let base = directory.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
  }

  public func isIgnored(_ url: URL) -> Bool {
    guard let relative = relativePath(of: url) else { return false }
    return ignore.contains { Glob.matches($0, path: relative) }
  }

  /// Options for one file: base settings, then each matching override in order.
  public func options(for url: URL, format: DocumentFormat) -> LintOptions {
    var settings = RuleSettings(enabledPacks: packs.map(Set.init), overrides: rules)
    var kind = self.kind
    if let relative = relativePath(of: url) {
      for override in overrides where override.files.contains(where: { Glob.matches($0, path: relative) }) {
        settings.overrides.merge(override.rules) { _, new in new }
        if let overrideKind = override.kind { kind = overrideKind }
      }
    }
    return LintOptions(
      format: format, kind: kind, placeholders: placeholders ?? PlaceholderDelimiters.defaults, rules: settings)
  }
}
