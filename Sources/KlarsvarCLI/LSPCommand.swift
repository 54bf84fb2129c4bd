import KlarsvarLSP

/// `klarsvar lsp`: the language server over standard input and output.
package enum LSPCommand: Command {
  package static let name = "lsp"
  package static let summary = "språkserver (LSP) över stdin/stdout för redigerare"
  package static let help = """
    Användning: klarsvar lsp [--stdio]

    Startar språkservern. Den talar Language Server Protocol 3.17 över standard in och ut; loggar går
    till standard fel och window/logMessage. --stdio godtas och ignoreras (många klienter skickar den).

    Utgångsstatus: 0 efter shutdown och exit, annars 1.

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: [], flags: ["--stdio"])
    guard arguments.positionals.isEmpty else { throw Arguments.UsageError(description: "lsp tar inga sökvägar") }
    return ExitCode(rawValue: StdioServer.run())
  }
}
