/// A fix or refactoring offered for a range.
struct CodeAction: Codable, Hashable, Sendable {
  var title: String
  var kind: String
  var diagnostics: [Diagnostic]?
  var isPreferred: Bool?
  var edit: WorkspaceEdit?
}

/// Code action kinds the server offers.
enum CodeActionKind {
  static let quickFix = "quickfix"
  static let source = "source"
  static let sourceFixAll = "source.fixAll"
  static let fixAllKlarsvar = "source.fixAll.klarsvar"

  /// Whether an offered `kind` is wanted by a client's `only` filter (prefix match on dot segments).
  static func kind(_ kind: String, matches only: [String]?) -> Bool {
    guard let only, !only.isEmpty else { return true }
    return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
  }
}
