import Foundation
import KlarsvarJSON

/// What a front end lays over every `.klarsvar.json` it finds: the editor's settings (the same keys,
/// from the language client) or the command line's flags. The overlay wins over the project.
///
/// The editor's keys that apply: `rulePaths` (loaded after the project's), `packs`, `rules` and
/// `overrides` (merged over the project's), `placeholders`, `kind`, `languages`. `ignore`, `failOn`
/// and `extensions` come from the project only.
package struct SettingsOverlay: Sendable {
  /// The editor's settings, read like a `.klarsvar.json`; nil when the editor sent none.
  package var editor: KlarsvarConfig?
  /// `--rules`: folders loaded before the project's.
  package var extraRulePaths: [URL] = []
  /// `--kind`: the kind of every document (a `kind:` in front matter still wins).
  package var kind: DocumentKind?
  /// `--fail-on`.
  package var failOn: FailLevel?

  package init(editor: KlarsvarConfig? = nil) {
    self.editor = editor
  }

  /// The editor's settings as the language client sends them; a `{"klarsvar": {…}}` wrapper is
  /// unwrapped, and null, `{}` and `[]` (an empty Lua table) mean "no settings".
  ///
  /// - Parameter base: folder relative `rulePaths` are resolved against (the first workspace folder).
  /// - Throws: `PackLoadError` naming the JSON path of the first problem.
  package init(editorSettings value: JSONValue?, section: String, base: URL) throws {
    self.init()
    guard var value, !value.isNull else { return }
    if let inner = value[section] { value = inner }
    if value.isNull || value == .object([:]) || value == .array([]) { return }
    let file = base.appendingPathComponent("(klarsvar-inställningar i redigeraren)")
    editor = try KlarsvarConfig(json: value, file: file)
  }
}
