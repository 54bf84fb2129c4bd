import Foundation
import KlarsvarCore
import KlarsvarJSON

/// The editor's settings: the same keys as `.klarsvar.json` (rule paths, packs, rules with `off` or a
/// severity, placeholders, languages, kind, overrides), given as `initializationOptions`, through
/// `workspace/configuration` (section `klarsvar`) or `workspace/didChangeConfiguration`.
struct ServerSettings: Sendable {
  static let section = "klarsvar"
  static let defaultLanguages = ["plaintext", "markdown"]

  /// Nil when the editor sends no settings.
  var config: KlarsvarConfig?

  init(config: KlarsvarConfig? = nil) {
    self.config = config
  }

  /// Parses settings; a `{"klarsvar": {…}}` wrapper is unwrapped; null, `{}` and `[]` (an empty Lua
  /// table) mean "no settings".
  ///
  /// - Parameter base: folder that relative `rulePaths` are resolved against (the first workspace folder).
  /// - Throws: `PackLoadError` naming the JSON path of the first problem.
  static func parse(_ value: JSONValue?, base: URL) throws -> ServerSettings {
    guard var value, !value.isNull else { return ServerSettings() }
    if let inner = value[section] { value = inner }
    if value.isNull || value == .object([:]) || value == .array([]) { return ServerSettings() }
    let file = base.appendingPathComponent("(klarsvar-inställningar i redigeraren)")
    return ServerSettings(config: try KlarsvarConfig(json: value, file: file))
  }
}
