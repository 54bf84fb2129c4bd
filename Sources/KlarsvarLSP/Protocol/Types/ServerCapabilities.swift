/// What the server offers, sent in the `initialize` result.
struct ServerCapabilities: Codable, Hashable, Sendable {
  struct TextDocumentSyncOptions: Codable, Hashable, Sendable {
    var openClose = true
    /// 2: incremental.
    var change = 2
    var save = SaveOptions()
  }

  struct SaveOptions: Codable, Hashable, Sendable {
    var includeText = false
  }

  struct CodeActionOptions: Codable, Hashable, Sendable {
    var codeActionKinds: [String]
    var resolveProvider = false
  }

  struct CodeLensOptions: Codable, Hashable, Sendable {
    var resolveProvider = false
  }

  struct ExecuteCommandOptions: Codable, Hashable, Sendable {
    var commands: [String]
  }

  struct DiagnosticOptions: Codable, Hashable, Sendable {
    var identifier = "klarsvar"
    var interFileDependencies = false
    var workspaceDiagnostics = false
  }

  var positionEncoding: String
  var textDocumentSync = TextDocumentSyncOptions()
  var hoverProvider = true
  var codeActionProvider: CodeActionOptions
  var codeLensProvider = CodeLensOptions()
  var executeCommandProvider: ExecuteCommandOptions
  var diagnosticProvider: DiagnosticOptions?
}

/// The `initialize` result.
struct InitializeResult: Codable, Hashable, Sendable {
  struct ServerInfo: Codable, Hashable, Sendable {
    var name: String
    var version: String?
  }

  var capabilities: ServerCapabilities
  var serverInfo: ServerInfo
}
