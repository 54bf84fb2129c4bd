import Foundation
import KlarsvarCore
import KlarsvarFormats
import KlarsvarLanguage

/// `klarsvar analyse FILE`: what the language layer sees in a text, for rule writers and for anyone who
/// wonders why a rule did or did not fire.
package enum AnalyseCommand: Command {
  package static let name = "analyse"
  package static let summary = "visa meningar, satser, ordformer, tidsuttryck, texttyp och underskrift"
  package static let help = """
    Användning: klarsvar analyse FIL [--rules MAPP]… [--kind TYP]

    Skriver ut hur klarsvar läser texten: varje mening med sina satser (typ, subjekt och vem det är,
    finit verb, hjälpverb, frågor och återgiven tal), ordens grundformer, uttryck för tid, ansvarig och
    mått, vilken sorts text det är och vilka tecken som avgjorde det, samt underskriften. .docx, .odt
    och .html läses som i check. Språkdatan kommer från regelpaketen (rules/sv-sprak och --rules).

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--rules", "--kind"], flags: [])
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw Arguments.UsageError(description: "ange exakt en fil")
    }
    var declared: TextKind?
    if let name = arguments.value("--kind") {
      guard let kind = TextKind(name: name) else {
        throw Arguments.UsageError(description: "okänd dokumenttyp \"\(name)\" (\(DocumentKind.names))")
      }
      declared = kind
    }
    let loaded = RuleLoading.load(rulePaths: arguments.all("--rules"))
    RuleLoading.reportErrors(loaded.errors)
    let url = WorkspacePath.resolve(path, against: WorkspacePath.currentDirectory)
    let text: String
    do {
      let data = try Data(contentsOf: url)
      let format = TemplateFormat.detect(fromPath: path)
      if format.isBinary || format == .html {
        text = try TemplateFormat.extract(data: data, format: format).text
      } else {
        guard let decoded = String(data: data, encoding: .utf8) else {
          Console.error("klarsvar analyse: \(path): filen är inte UTF-8")
          return .usage
        }
        text = decoded
      }
    } catch let error as TemplateFormat.ReadError {
      Console.error("klarsvar analyse: \(path): kan inte läsa dokumentet: \(error.description)")
      return .usage
    } catch {
      Console.error("klarsvar analyse: \(path): kan inte läsa filen")
      return .usage
    }
    Console.out(loaded.linter.ruleSet.language.describe(text, declaredKind: declared))
    return .success
  }
}
