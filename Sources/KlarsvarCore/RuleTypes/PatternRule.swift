import Foundation

/// A regular expression over the NFC text, the escape hatch for what phrases cannot say.
struct PatternRule: RuleType {
  static let typeName = "pattern"

  /// `text` runs the expression over the whole text; `sentence` over each sentence on its own, so
  /// `^` and `$` mean a sentence's start and end and a match never crosses a sentence end.
  enum Scope: String {
    case text, sentence
  }

  let compiled: CompiledRegex
  let hasPrefilter: Bool
  let scope: Scope

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let caseSensitive = try reader.optionalBool("caseSensitive") ?? false
    compiled = try CompiledRegex(try reader.string("pattern"), caseSensitive: caseSensitive, path: reader.child("pattern"))
    scope = try reader.has("scope") ? reader.choice("scope", as: Scope.self) : .text
    hasPrefilter = reader.has("prefilter")
    if hasPrefilter {
      let path = reader.child("prefilter")
      try builder.register(try builder.phraseEntries(try reader.array("prefilter"), path: path), role: .prefilter, path: path)
    }
  }

  func check(_ context: inout RuleCheckContext) {
    if hasPrefilter && !context.matches.contains(where: { $0.output.role == .prefilter }) { return }
    let view = context.scratch.maskedView
    let string = view.string as String
    let ranges = scope == .text ? [view.fullRange] : context.text.sentences.map { view.nsRange($0.range) }
    let options: NSRegularExpression.MatchingOptions = scope == .sentence ? [.withTransparentBounds] : []
    for searchRange in ranges {
      for result in compiled.regex.matches(in: string, options: options, range: searchRange) where result.range.length > 0 {
        report(result, in: view, string: string, &context)
      }
    }
  }

  private func report(_ result: NSTextCheckingResult, in view: RegexView, string: String, _ context: inout RuleCheckContext) {
    do {
      let range = view.utf8Range(result.range)
      let matched = context.text.source.text(in: range)
      let suggestions = context.metadata.suggestions.map { template in
        let text = CasePreservation.apply(
          compiled.regex.replacementString(for: result, in: string, offset: 0, template: template), like: matched)
        return Suggestion(
          kind: .replacement, title: text.isEmpty ? "Ta bort ”\(MessageTemplate.display(matched))”" : "Ersätt med ”\(text)”",
          edit: TextEdit(range: range, newText: text))
      }
      context.report(range: range, values: ["suggestion": suggestions.first?.edit.newText ?? ""], suggestions: suggestions)
    }
  }
}
