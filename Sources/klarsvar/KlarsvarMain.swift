import Foundation
import KlarsvarCLI
import KlarsvarCore

/// Entry point: picks the subcommand and exits with its status. Each subcommand lives in its own file.
@main
struct KlarsvarMain {
  // Computed: a stored array of metatypes is not Sendable, and the list is read once per run.
  static var commands: [any Command.Type] {
    [
      AnalyseCommand.self,
      CheckCommand.self,
      EvalCommand.self,
      ExplainCommand.self,
      LSPCommand.self,
      RulesCommand.self,
      ServeCommand.self,
      TestRulesCommand.self,
    ]
  }

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let name = arguments.first else {
      Console.out(usage)
      exit(ExitCode.usage.rawValue)
    }
    arguments.removeFirst()
    switch name {
    case "--version", "-V", "version":
      Console.out(VersionText.render())
      exit(ExitCode.success.rawValue)
    case "--help", "-h", "help":
      Console.out(usage)
      exit(ExitCode.success.rawValue)
    default:
      break
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      Console.error("klarsvar: okänt kommando \"\(name)\"\n\n" + usage)
      exit(ExitCode.usage.rawValue)
    }
    if arguments.contains("--help") || arguments.contains("-h") {
      Console.out(command.help)
      exit(ExitCode.success.rawValue)
    }
    do {
      exit(try command.run(arguments).rawValue)
    } catch let error as Arguments.UsageError {
      Console.error("klarsvar \(name): \(error.description)\nSe: klarsvar \(name) --help")
      exit(ExitCode.usage.rawValue)
    } catch {
      Console.error("klarsvar \(name): \(error)")
      exit(ExitCode.usage.rawValue)
    }
  }

  static var usage: String {
    """
    klarsvar \(KlarsvarVersion.current) – granskar svar till medborgare: löften, hänvisningar, ton, klarspråk, struktur.

    Användning: klarsvar <kommando> [flaggor]

    Kommandon:
    \(commands.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n"))

    Flaggor: --version, --help (även efter varje kommando)

    """
  }
}
