import Foundation
import KlarsvarCLI

/// `klarsvar-bench`: the speed and memory benchmarks, outside the product. It measures the
/// `klarsvar` executable built beside it (`swift build -c release` builds both).
@main
struct BenchMain {
  static var commands: [any Command.Type] {
    [
      BenchCommand.self, LanguageBenchCommand.self, HostileBenchCommand.self, LSPBenchCommand.self,
      LSPMemoryCommand.self, ServeBenchCommand.self,
    ]
  }

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    let name = arguments.first ?? ""
    guard let command = commands.first(where: { $0.name == name }) else {
      Console.error(
        "Användning: klarsvar-bench bench|bench-language|hostile|lsp-bench|lsp-memory|serve-bench [flaggor]\n\n"
          + commands.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.summary)" }
          .joined(separator: "\n") + "\n")
      exit(ExitCode.usage.rawValue)
    }
    arguments.removeFirst()
    if arguments.contains("--help") || arguments.contains("-h") {
      Console.out(command.help)
      exit(ExitCode.success.rawValue)
    }
    do {
      exit(try command.run(arguments).rawValue)
    } catch {
      Console.error("klarsvar-bench \(name): \(error)\n")
      exit(ExitCode.usage.rawValue)
    }
  }
}
