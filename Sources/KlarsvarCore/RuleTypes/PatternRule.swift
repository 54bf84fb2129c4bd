import Foundation
import KlarsvarText

/// A regular expression over the NFC text, the escape hatch for what phrases cannot say.
struct PatternRule: RuleType {
  static let typeName = "pattern"

  enum Role: UInt8, RuleRole {
    /// Words of which a sentence must hold one to be searched.
    case prefilter
  }

  /// `text` runs the expression over each paragraph (whole lines; a match never crosses a blank
  /// line); `sentence` over each sentence on its own, so `^` and `$` mean a sentence's start and end.
  enum Scope: String, CaseIterable {
    case text, sentence
  }

  /// Where a prefilter word must stand for its sentence to be searched: `sentence-start` spares ICU every
  /// sentence that merely mentions the word, for patterns about how a sentence opens.
  enum PrefilterPosition: String, CaseIterable {
    case anywhere
    case sentenceStart = "sentence-start"
  }

  let compiled: CompiledRegex
  let hasPrefilter: Bool
  let prefilterAt: PrefilterPosition
  /// Without a prefilter the pattern runs on every document; with one, only where a prefilter word matched.
  var needsMatches: Bool { hasPrefilter }
  let scope: Scope
  /// Characters of which a searched piece must contain at least one (e.g. quotation marks).
  let requiredCharacters: RequiredCharacters
  /// Sentences longer than this (in characters) are not searched: for patterns about short sentences,
  /// it spares the regular expression engine the long ones.
  let maxSentenceLength: Int?

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let caseSensitive = try reader.optionalBool("caseSensitive") ?? false
    compiled = try CompiledRegex(
      try reader.string("pattern"), caseSensitive: caseSensitive, path: reader.child("pattern"))
    scope = try reader.has("scope") ? reader.choice("scope", as: Scope.self) : .text
    requiredCharacters = RequiredCharacters(try reader.optionalString("prefilterCharacters") ?? "")
    maxSentenceLength = try reader.optionalInt("maxSentenceLength")
    if maxSentenceLength != nil && scope != .sentence {
      throw JSONObjectReader.Failure(
        path: reader.child("maxSentenceLength"), message: "gäller bara regler med \"scope\": \"sentence\"")
    }
    hasPrefilter = reader.has("prefilter")
    prefilterAt = try reader.has("prefilterAt") ? reader.choice("prefilterAt", as: PrefilterPosition.self) : .anywhere
    if prefilterAt != .anywhere && !hasPrefilter {
      throw JSONObjectReader.Failure(path: reader.child("prefilterAt"), message: "kräver \"prefilter\"")
    }
    if hasPrefilter {
      let path = reader.child("prefilter")
      try builder.register(
        try builder.phraseEntries(try reader.array("prefilter"), path: path), role: Role.prefilter, path: path)
    }
  }

  func check(_ context: inout RuleCheckContext) {
    if hasPrefilter && !context.matches.contains(where: { $0.output.plays(Role.prefilter) }) { return }
    let view = context.scratch.maskedView
    let text = context.text
    // With a prefilter, only the sentences or paragraphs that hold one of its words are searched
    // (flags by index rather than a set: no hashing per sentence).
    var wanted: [Bool]?
    if hasPrefilter {
      var flags = [Bool](repeating: false, count: scope == .sentence ? text.sentences.count : text.paragraphs.count)
      for match in context.matches where match.output.plays(Role.prefilter) {
        let offset = text.tokens[Int(match.tokenStart)].range.lowerBound
        guard let sentence = text.sentenceIndex(containing: offset) else { continue }
        if prefilterAt == .sentenceStart && Int(match.tokenStart) != text.sentences[sentence].tokenRange.lowerBound {
          continue
        }
        flags[scope == .sentence ? sentence : text.sentences[sentence].paragraph] = true
      }
      wanted = flags
    }
    // Each piece is searched as soon as it is chosen: no list of pieces is built.
    switch scope {
    case .sentence:
      for (index, sentence) in text.sentences.enumerated() where wanted?[index] ?? true {
        if let maxSentenceLength, Self.characterCount(text.source.utf8, sentence.range) > maxSentenceLength {
          continue
        }
        search(sentence.range, in: view, &context)
      }
    case .text:
      for (index, paragraph) in text.paragraphs.enumerated() where wanted?[index] ?? true {
        search(context.wholeLines(paragraph.range), in: view, &context)
      }
    }
  }

  private func search(_ unit: TextRange, in view: RegexView, _ context: inout RuleCheckContext) {
    guard requiredCharacters.isEmpty || requiredCharacters.occurs(in: context.text.source.utf8, unit) else { return }
    for match in view.matches(of: compiled.regex, in: unit) where match.range.length > 0 {
      report(match, &context)
    }
  }

  /// Unicode scalars in a range: every byte that does not continue a UTF-8 sequence starts one.
  private static func characterCount(_ bytes: [UInt8], _ range: TextRange) -> Int {
    var count = 0
    for offset in range.lowerBound..<min(range.upperBound, bytes.count) where bytes[offset] & 0xC0 != 0x80 {
      count += 1
    }
    return count
  }

  private func report(_ match: RegexView.PieceMatch, _ context: inout RuleCheckContext) {
    let matched = context.text.source.text(in: match.range)
    let suggestions = context.metadata.suggestions.map { template in
      let text = CasePreservation.apply(
        compiled.regex.replacementString(for: match.result, in: match.piece, offset: 0, template: template),
        like: matched)
      return Suggestion(
        kind: .replacement,
        title: text.isEmpty ? "Ta bort ”\(MessageTemplate.display(matched))”" : "Ersätt med ”\(text)”",
        edit: TextEdit(range: match.range, newText: text))
    }
    context.report(
      range: match.range, matchedText: matched, values: [("suggestion", suggestions.first?.edit.newText ?? "")],
      suggestions: suggestions)
  }
}
