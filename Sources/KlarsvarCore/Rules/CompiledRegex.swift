import Foundation

/// An NSRegularExpression compiled once at load. NSRegularExpression is immutable and documented
/// as safe to share between threads.
///
/// Patterns of a shape that backtracks catastrophically are load errors (`RegexShape`); what slips
/// past that is still bounded at run time (`RegexBudget`).
struct CompiledRegex: @unchecked Sendable {
  let regex: NSRegularExpression
  let source: String

  init(_ pattern: String, caseSensitive: Bool, path: String) throws {
    do {
      regex = try NSRegularExpression(
        pattern: pattern, options: caseSensitive ? [.anchorsMatchLines] : [.caseInsensitive, .anchorsMatchLines])
    } catch {
      throw JSONObjectReader.Failure(
        path: path,
        message:
          "ogiltigt reguljärt uttryck \"\(pattern)\"; kontrollera parenteser och hakparenteser, och att \\ framför ett tecken i JSON skrivs \\\\"
      )
    }
    if let hazard = RegexShape(pattern)?.catastrophicBacktracking() {
      throw JSONObjectReader.Failure(path: path, message: hazard)
    }
    source = pattern
  }
}
