import Foundation
import KlarsvarCore
import KlarsvarFormats
import KlarsvarReporting

/// `klarsvar check`: lints files and folders and reports findings; optionally records or applies a
/// baseline and fixes what can be fixed.
package enum CheckCommand: Command {
  package static let name = "check"
  package static let summary = "granska filer och mappar (.txt, .md, .html, .docx, .odt)"
  package static let help = """
    Användning: klarsvar check [SÖKVÄG…] [flaggor]

    Granskar filer och mappar (rekursivt): .txt, .md, .markdown, .html, .htm, .docx och .odt.
    "-" läser standard in.

    Flaggor:
      --rules MAPP            extra regelpaket (kan upprepas), utöver de inbyggda och konfigurationens
      --format FORMAT         utdataformat:
    \(ReportFormat.helpLines(indent: String(repeating: " ", count: 28)))
      --min-severity NIVÅ     visa bara fynd från och med nivån (hint, info, warning, error)
      --fail-on NIVÅ          avsluta med status 1 vid fynd från och med nivån (error, warning, info, never)
      --color NÄR             färg i textutdata: auto (standard: på en terminal, eller med FORCE_COLOR;
                              aldrig med NO_COLOR), always, never
      --kind TYP              dokumenttyp: reply, decision, summary, opinion
      --stdin-filename NAMN   filnamn för texten från standard in (styr format och konfiguration)
      --no-builtin            använd inte de inbyggda regelpaketen
      --follow                följ symboliska länkar till mappar (varje mapp och fil granskas en gång)
      --no-ignore             läs inte .gitignore och .klarsvarignore i mapparna
      --max-file-size STORLEK största fil som granskas, t.ex. 20M (standard), 500k eller 1G
      --write-baseline FIL    spara alla nuvarande fynd som baslinje (JSON) och avsluta med status 0
      --baseline FIL          rapportera bara fynd som inte finns i baslinjen
      --fix                   tillämpa entydiga förslag i filerna (atomiskt), granska sedan igen
      --dry-run               med --fix: visa ändringarna som unified diff, skriv inget

    Utgångsstatus: 0 inga fynd på eller över fail-nivån, 1 fynd, 2 användnings-, konfigurations-,
    regel- eller indatafel. Utan --fix skriver check aldrig till de granskade filerna.

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(
      rawArguments,
      valued: [
        "--rules", "--format", "--min-severity", "--fail-on", "--kind", "--stdin-filename", "--write-baseline",
        "--baseline", "--max-file-size", "--color",
      ],
      flags: ["--no-builtin", "--fix", "--dry-run", "--follow", "--no-ignore"])
    let format = try arguments.choice("--format", as: ReportFormat.self) ?? .text
    let minimum = try arguments.choice("--min-severity", as: Severity.self) ?? .hint
    let color = try arguments.choice("--color", as: ColorChoice.self) ?? .auto
    let current = WorkspacePath.currentDirectory
    func resolve(_ path: String) -> URL { WorkspacePath.resolve(path, against: current) }
    let options = try checkerOptions(arguments, currentDirectory: current)
    let fix = arguments.has("--fix")
    if arguments.has("--dry-run") && !fix { throw Arguments.UsageError(description: "--dry-run gäller bara med --fix") }
    if fix && arguments.value("--write-baseline") != nil {
      throw Arguments.UsageError(description: "--fix och --write-baseline kan inte kombineras")
    }
    let (paths, standardInput) = try inputs(arguments, fix: fix, limit: options.maxFileSize, resolve: resolve)
    let baseline = try arguments.value("--baseline").map { path throws(Baseline.LoadError) in
      try Baseline.load(from: resolve(path))
    }

    let checker = Checker(options: options)
    var outcome = checker.run(paths: paths, standardInput: standardInput)
    if let path = arguments.value("--write-baseline") {
      return writeBaseline(outcome, to: path, resolved: resolve(path), base: current)
    }
    if let baseline { outcome = baseline.filter(outcome, base: current).outcome }
    var writeFailed = false
    if fix {
      let plan = Fixer.plan(outcome)
      for refusal in plan.refused { Console.error("klarsvar check --fix: \(refusal)") }
      if arguments.has("--dry-run") {
        Console.out(plan.files.map(\.diff).joined())
        Console.error(
          "klarsvar check --fix --dry-run: \(plan.fixCount) rättningar i \(plan.files.count) filer; inget skrevs")
        return ExitCode(rawValue: outcome.exitCode)
      }
      writeFailed = !write(plan)
      outcome = checker.run(paths: paths)
      if let baseline { outcome = baseline.filter(outcome, base: current).outcome }
    }
    let reportOptions = ReportOptions(
      minimumSeverity: minimum, useColor: format == .text && color.resolveForStandardOutput(),
      workingDirectory: current.standardizedFileURL.path)
    Console.out(format.render(outcome, options: reportOptions))
    reportRunErrors(outcome, format: format)
    return writeFailed ? .usage : ExitCode(rawValue: outcome.exitCode)
  }

  /// Standard input could not be read (or is above the size limit): nothing is checked.
  struct InputError: Error, CustomStringConvertible {
    var description: String
  }

  /// The command line's part of the workspace policy: `--fail-on`, `--kind`, `--no-builtin`, `--rules`.
  private static func checkerOptions(_ arguments: Arguments, currentDirectory: URL) throws -> Checker.Options {
    var options = Checker.Options(currentDirectory: currentDirectory)
    options.failOn = try arguments.choice("--fail-on", as: FailLevel.self)
    options.kind = try arguments.choice("--kind", as: DocumentKind.self)
    options.includeBuiltIn = !arguments.has("--no-builtin")
    options.extraRulePaths = arguments.all("--rules").map { WorkspacePath.resolve($0, against: currentDirectory) }
    options.discovery.followLinks = arguments.has("--follow")
    options.discovery.useIgnoreFiles = !arguments.has("--no-ignore")
    if let size = arguments.value("--max-file-size") {
      guard let limit = ByteSize.parse(size) else {
        throw Arguments.UsageError(
          description: "--max-file-size: \"\(size)\" är ingen storlek (ett antal byte, gärna med k, M eller G: 20M)")
      }
      options.maxFileSize = limit
    }
    return options
  }

  /// The paths to check (the current folder when none is given) and standard input's contents, if "-"
  /// is one of them.
  private static func inputs(_ arguments: Arguments, fix: Bool, limit: Int, resolve: (String) -> URL) throws -> (
    paths: [String], standardInput: InputFile?
  ) {
    var paths = arguments.positionals
    var standardInput: InputFile?
    if paths.contains("-") {
      if fix { throw Arguments.UsageError(description: "--fix kan inte rätta standard in; ange filer eller mappar") }
      paths.removeAll { $0 == "-" }
      let name = arguments.value("--stdin-filename") ?? "<stdin>"
      let contents: [UInt8]
      do { contents = try FileContents.readAll(STDIN_FILENO, limit: limit) } catch {
        throw InputError(description: "\(name): \(error)")
      }
      standardInput = InputFile(
        displayPath: name, url: arguments.value("--stdin-filename").map(resolve), contents: Data(contents))
    } else if arguments.value("--stdin-filename") != nil {
      throw Arguments.UsageError(description: "--stdin-filename gäller bara med \"-\" som sökväg")
    }
    if fix, let binary = paths.first(where: { FileTypes.templateFormat(ofPath: $0).isBinary }) {
      throw Arguments.UsageError(
        description:
          "--fix kan inte rätta \(binary): .docx och .odt skrivs aldrig om; ändra dokumentet i Word eller LibreOffice")
    }
    if paths.isEmpty && standardInput == nil { paths = ["."] }
    return (paths, standardInput)
  }

  /// `--write-baseline`: records every finding and exits 0 unless the run itself failed.
  private static func writeBaseline(_ outcome: Checker.Outcome, to path: String, resolved: URL, base: URL) -> ExitCode {
    let recorded = Baseline(recording: outcome, base: base)
    do {
      try AtomicFileWriter.write(recorded.encoded(), to: resolved)
    } catch {
      Console.error("klarsvar check: \(error)")
      return .usage
    }
    let count = recorded.entries.reduce(0) { $0 + $1.count }
    Console.error(
      "klarsvar check: baslinjen \(path) sparad med \(count) fynd i \(Set(recorded.entries.map(\.file)).count) filer")
    reportRunErrors(outcome, format: .sarif)
    return outcome.exitCode == 2 ? .usage : .success
  }

  /// Writes every planned file; false when any could not be written (each is reported).
  private static func write(_ plan: Fixer.Plan) -> Bool {
    var written = 0
    var failed = false
    for file in plan.files {
      do {
        try Fixer.write(file)
        written += file.fixes.count
      } catch {
        Console.error("klarsvar check --fix: \(error)")
        failed = true
      }
    }
    Console.error("klarsvar check --fix: \(written) rättningar i \(plan.files.count) filer; granskar igen")
    return !failed
  }

  /// Machine formats meant for CI annotations may not show configuration problems or unreadable
  /// files prominently; they also go to standard error.
  private static func reportRunErrors(_ outcome: Checker.Outcome, format: ReportFormat) {
    guard !format.reportsRunErrors else { return }
    for error in outcome.packErrors + outcome.configErrors { Console.error("fel: \(error)") }
    for path in outcome.missingPaths { Console.error("fel: \(path): filen eller mappen finns inte") }
    for problem in outcome.pathProblems { Console.error("fel: \(problem)") }
    for report in outcome.reports {
      if let error = report.error { Console.error("fel: \(report.file.displayPath): \(error)") }
    }
  }
}
