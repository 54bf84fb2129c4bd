import Foundation
import KlarsvarCore

/// `klarsvar check`: lints files and folders and reports findings.
enum CheckCommand: Command {
  static let name = "check"
  static let summary = "granska filer och mappar (.txt, .md, .markdown)"
  static let help = """
    Användning: klarsvar check [SÖKVÄG…] [flaggor]

    Granskar filer och mappar (rekursivt). "-" läser standard in.

    Flaggor:
      --rules MAPP            extra regelpaket (kan upprepas), utöver de inbyggda och konfigurationens
      --format text|json      utdataformat (standard: text)
      --min-severity NIVÅ     visa bara fynd från och med nivån (hint, info, warning, error)
      --fail-on NIVÅ          avsluta med status 1 vid fynd från och med nivån (error, warning, info, never)
      --kind TYP              dokumenttyp: reply, decision, summary, opinion
      --stdin-filename NAMN   filnamn för texten från standard in (styr format och konfiguration)
      --no-builtin            använd inte de inbyggda regelpaketen

    Utgångsstatus: 0 inga fynd på eller över fail-nivån, 1 fynd, 2 användnings-, konfigurations-,
    regel- eller indatafel. check skriver aldrig till filerna.

    """

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(
      rawArguments, valued: ["--rules", "--format", "--min-severity", "--fail-on", "--kind", "--stdin-filename"],
      flags: ["--no-builtin"])
    let format = try arguments.choice("--format", as: ReportFormat.self) ?? .text
    let minimum = try arguments.choice("--min-severity", as: Severity.self) ?? .hint
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var options = Checker.Options(currentDirectory: current)
    options.failOn = try arguments.choice("--fail-on", as: FailLevel.self)
    options.kind = try arguments.choice("--kind", as: DocumentKind.self)
    options.includeBuiltIn = !arguments.has("--no-builtin")
    options.extraRulePaths = arguments.all("--rules").map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : current.appendingPathComponent($0) }
    var paths = arguments.positionals
    var standardInput: InputFile?
    if paths.contains("-") {
      paths.removeAll { $0 == "-" }
      let name = arguments.value("--stdin-filename") ?? "<stdin>"
      standardInput = InputFile(
        displayPath: name, url: arguments.value("--stdin-filename").map { current.appendingPathComponent($0) },
        contents: FileHandle.standardInput.readDataToEndOfFile())
    } else if arguments.value("--stdin-filename") != nil {
      throw Arguments.UsageError(description: "--stdin-filename gäller bara med \"-\" som sökväg")
    }
    if paths.isEmpty && standardInput == nil { paths = ["."] }
    let outcome = Checker(options: options).run(paths: paths, standardInput: standardInput)
    let reportOptions = ReportOptions(minimumSeverity: minimum, useColor: format == .text && Console.stdoutIsColorTerminal)
    Console.out(format.render(outcome, options: reportOptions))
    return ExitCode(rawValue: outcome.exitCode)
  }
}
