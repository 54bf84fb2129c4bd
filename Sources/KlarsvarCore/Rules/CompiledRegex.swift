import Foundation

/// An NSRegularExpression compiled once at load. NSRegularExpression is immutable and documented
/// as safe to share between threads.
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
    source = pattern
  }
}
