import Foundation
import KlarsvarCore
import KlarsvarServe

/// `klarsvar serve`: the page for officials in the browser, served on this machine.
package enum ServeCommand: Command {
  package static let name = "serve"
  package static let summary = "en sida i webbläsaren för att granska utkast (lokal server)"
  package static let help = """
    Användning: klarsvar serve [--port N] [--rules MAPP]… [--config FIL] [--open] [flaggor]

    Startar en webbserver på den här datorn och skriver ut adressen till sidan. Klistra in eller skriv ett
    utkast, eller öppna en fil (.docx, .odt, .md, .txt, .html): sidan visar fynden i texten, förklarar dem
    och rättar det som går. Samma regler och konfiguration som check. Inget sparas på servern, och en fil
    du öppnar lämnar aldrig datorn.

    Flaggor:
      --port N                porten (0: valfri ledig); utan flaggan \(defaultPort), eller en ledig port om den är upptagen
      --host ADRESS           lyssna på en annan adress än 127.0.0.1 (varning: då når andra datorer sidan)
      --rules MAPP            extra regelpaket (kan upprepas), utöver de inbyggda och konfigurationens
      --config FIL            konfigurationen (.klarsvar.json); utan flaggan den som gäller för aktuell mapp
      --no-builtin            använd inte de inbyggda regelpaketen
      --open                  öppna sidan i webbläsaren (den i BROWSER om variabeln finns, annars systemets)
      --max-body MB           största förfrågan i megabyte (standard 10); större får svar 413
      --max-connections N     samtidiga anslutningar (standard 64); fler får svar 503
      --max-requests N        förfrågningar som granskas samtidigt (standard 32); fler får svar 503

    Ctrl+C (SIGINT) eller SIGTERM stoppar servern; pågående förfrågningar hinner svaras.
    Utgångsstatus: 0 efter stopp, 2 vid användnings- eller konfigurationsfel eller om porten inte går att använda.

    """

  /// The port tried first without `--port`: a fixed one, so the address stays the same from day to day.
  static let defaultPort: UInt16 = 4870

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(
      rawArguments,
      valued: ["--port", "--host", "--rules", "--config", "--max-body", "--max-connections", "--max-requests"],
      flags: ["--open", "--no-builtin"])
    guard arguments.positionals.isEmpty else { throw Arguments.UsageError(description: "serve tar inga sökvägar") }
    let host = arguments.value("--host") ?? "127.0.0.1"
    let configuration = try serverConfiguration(arguments)
    let current = WorkspacePath.currentDirectory
    var startup = DraftChecker.Startup(currentDirectory: current)
    startup.ruleFolders = arguments.all("--rules").map { WorkspacePath.resolve($0, against: current) }
    startup.configFile = arguments.value("--config").map { WorkspacePath.resolve($0, against: current) }
    startup.includeBuiltIn = !arguments.has("--no-builtin")
    let checker: DraftChecker
    do {
      checker = try DraftChecker(startup)
    } catch {
      Console.error("klarsvar serve: --config: \(error)")
      return .usage
    }
    for error in checker.packErrors + checker.configErrors { Console.error("fel: \(error)") }
    let server: HTTPServer
    do {
      server = try bind(host: host, port: try port(arguments), configuration: configuration)
    } catch {
      Console.error("klarsvar serve: \(error)")
      return .usage
    }
    // Watched before the address is printed: a client may stop the server as soon as it reads it.
    let signals = StopSignals { name in
      Console.error("klarsvar serve: \(name) mottagen; stoppar")
      server.stop()
    }
    announce(server, host: host, checker: checker, open: arguments.has("--open"))
    server.start(ServeAPI(checker: checker, port: server.port, host: host).handle)
    server.wait()
    signals.cancel()
    Console.error("klarsvar serve: stoppad")
    return .success
  }

  /// `--port`, nil without it (the default port, falling back to any free one).
  private static func port(_ arguments: Arguments) throws -> UInt16? {
    guard let text = arguments.value("--port") else { return nil }
    guard let port = UInt16(text) else {
      throw Arguments.UsageError(description: "--port: \"\(text)\" är ingen port (0–65535)")
    }
    return port
  }

  private static func serverConfiguration(_ arguments: Arguments) throws -> HTTPServer.Configuration {
    var configuration = HTTPServer.Configuration()
    func positive(_ name: String, _ fallback: Int) throws -> Int {
      guard let text = arguments.value(name) else { return fallback }
      guard let value = Int(text), value > 0, value <= 100_000 else {
        throw Arguments.UsageError(description: "\(name): \"\(text)\" är inget positivt heltal")
      }
      return value
    }
    configuration.limits.bodyBytes = try positive("--max-body", 10) * 1_048_576
    configuration.maxConnections = try positive("--max-connections", configuration.maxConnections)
    configuration.maxConcurrentRequests = try positive("--max-requests", configuration.maxConcurrentRequests)
    return configuration
  }

  /// The server on `port`, or without `--port` on the default port or else any free one.
  private static func bind(host: String, port: UInt16?, configuration: HTTPServer.Configuration) throws -> HTTPServer {
    if let port { return try HTTPServer(host: host, port: port, configuration: configuration) }
    if let preferred = try? HTTPServer(host: host, port: defaultPort, configuration: configuration) { return preferred }
    return try HTTPServer(host: host, port: 0, configuration: configuration)
  }

  private static func announce(_ server: HTTPServer, host: String, checker: DraftChecker, open: Bool) {
    // A wildcard address is reached on this machine as 127.0.0.1.
    let reachable = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
    let shownHost = reachable.contains(":") ? "[\(reachable)]" : reachable
    let url = "http://\(shownHost):\(server.port)/"
    let loopback = ["127.0.0.1", "localhost", "::1"].contains(host.lowercased())
    if !loopback {
      Console.error(
        "varning: klarsvar serve lyssnar på \(host), inte bara på den här datorn: andra på nätet kan nå sidan och skicka text"
      )
    }
    let config = checker.project.map { "konfiguration \($0.file.path)" } ?? "ingen .klarsvar.json"
    Console.error(
      "klarsvar serve: \(checker.ruleSet.rules.count) regler i \(checker.ruleSet.packs.count) paket, \(config)")
    Console.out("Öppna \(url) i webbläsaren. Ctrl+C avslutar.\n")
    if open && !BrowserOpener.open(url) {
      Console.error("klarsvar serve: kunde inte öppna webbläsaren; öppna adressen själv")
    }
  }
}
