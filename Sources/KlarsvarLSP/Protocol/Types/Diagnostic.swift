/// A problem shown in the editor.
struct Diagnostic: Codable, Hashable, Sendable {
  /// `DiagnosticSeverity`: 1 error, 2 warning, 3 information, 4 hint.
  var range: LSPRange
  var severity: Int?
  var code: String?
  var codeDescription: CodeDescription?
  var source: String?
  var message: String
  var relatedInformation: [DiagnosticRelatedInformation]?
  var data: DiagnosticData?
}

/// A link explaining a diagnostic's code.
struct CodeDescription: Codable, Hashable, Sendable {
  var href: String
}

/// Another place relevant to a diagnostic.
struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
  var location: Location
  var message: String
}

/// klarsvar's payload in `Diagnostic.data`: the category and the fixes the finding offers.
struct DiagnosticData: Codable, Hashable, Sendable {
  struct Fix: Codable, Hashable, Sendable {
    /// `replacement` or `insertion`.
    var kind: String
    var title: String
    var edit: LSPTextEdit
  }

  var category: String
  var fixes: [Fix]
}
