import Foundation

@testable import KlarsvarPhrases

/// The phrase syntax parsed over Characters: the test oracle for `PhraseParser`, which works on UTF-8
/// bytes. Both read a piece's elements the same way (`PhraseParser.elementsOf`); this checks the
/// grammar around them (pieces, groups, options, choices, messages) on every phrase of the packs.
/// The two differ only where a syntax character forms one Character with its neighbour (a `{` or a
/// space before a combining mark), which the byte parser reads as the syntax character it is.
enum CharacterPhraseParser {
  typealias Failure = PhraseParser.Failure

  static func parse(_ phrase: String) throws -> [ExpandedPhrase] {
    // Most phrases are plain words: no groups, options, wildcards, gaps or classes.
    if !phrase.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x3F || $0 == 0x2A || $0 == 0x7E || $0 == 0x3C }
    ) {
      var elements: [PhraseElement] = []
      for piece in phrase.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
        elements += try elementsOf(String(Substring(piece)), in: phrase)
      }
      guard !elements.isEmpty else {
        throw Failure(description: phrase.isEmpty ? "tom fras" : "frasen \"\(phrase)\" innehåller inga ord")
      }
      return [ExpandedPhrase(elements: elements, choice: 0)]
    }
    return try parseSyntax(phrase)
  }

  /// A phrase with groups, options, wildcards, gaps or classes.
  static func parseSyntax(_ phrase: String) throws -> [ExpandedPhrase] {
    let trimmed = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    guard !trimmed.isEmpty else { throw Failure(description: "tom fras") }
    var expansions: [ExpandedPhrase] = []
    var choiceTaken = false
    for (elements, choice) in try expandSequence(Substring(trimmed), phrase: phrase, choiceTaken: &choiceTaken) {
      guard !elements.isEmpty else { continue }
      if case .gap = elements.first! {
        throw Failure(description: "en lucka (~N) får inte inleda frasen \"\(phrase)\"")
      }
      if elements.first! == .sameAsPrevious {
        throw Failure(description: "<same> behöver ett ord före sig i frasen \"\(phrase)\"")
      }
      if case .gap = elements.last! {
        throw Failure(description: "en lucka (~N) får inte avsluta frasen \"\(phrase)\"")
      }
      expansions.append(ExpandedPhrase(elements: elements, choice: choice))
    }
    guard !expansions.isEmpty else { throw Failure(description: "frasen \"\(phrase)\" innehåller inga ord") }
    var seen = Set<ExpandedPhrase>()
    return expansions.filter { seen.insert($0).inserted }
  }

  /// Expands a sequence of space-separated pieces. The first `{…}` group with several options sets `choice`.
  private static func expandSequence(
    _ text: Substring, phrase: String, choiceTaken: inout Bool
  ) throws -> [([PhraseElement], Int)] {
    var results: [([PhraseElement], Int)] = [([], 0)]
    for piece in try pieces(text, phrase: phrase) {
      var alternatives: [([PhraseElement], Int)] = []
      var isGroup = false
      if piece.first == "{", let close = piece.firstIndex(of: "}"),
        piece.index(after: close) == piece.endIndex || piece[piece.index(after: close)...] == "?"
      {
        isGroup = true
        let inner = piece[piece.index(after: piece.startIndex)..<close]
        if inner.utf8.contains(0x7B) { throw Failure(description: "nästlade {…} stöds inte i \"\(phrase)\"") }
        let options = inner.split(separator: "|", omittingEmptySubsequences: false)
        var innerTaken = true
        for (number, option) in options.enumerated() {
          if option.allSatisfy({ $0 == " " }) {
            alternatives.append(([], number))
            continue
          }
          for (elements, _) in try expandSequence(option, phrase: phrase, choiceTaken: &innerTaken) {
            alternatives.append((elements, number))
          }
        }
        if piece.last == "?" { alternatives.append(([], options.count)) }
      } else if piece.utf8.contains(0x7B) || piece.utf8.contains(0x7D) {
        let variants = try expandGroups(String(piece))
        isGroup = true
        for (word, choice) in variants {
          alternatives.append((word.isEmpty ? [] : try elementsOf(word, in: phrase), choice))
        }
      } else if piece.count > 1 && piece.last == "?" {
        alternatives = [(try elementsOf(String(piece.dropLast()), in: phrase), 0), ([], 0)]
      } else {
        alternatives = [(try elementsOf(String(piece), in: phrase), 0)]
      }
      let tracks = isGroup && !choiceTaken && Set(alternatives.map(\.1)).count > 1
      if tracks { choiceTaken = true }
      var next: [([PhraseElement], Int)] = []
      next.reserveCapacity(results.count * alternatives.count)
      for (elements, choice) in results {
        for (alternative, alternativeChoice) in alternatives {
          next.append((elements + alternative, tracks ? alternativeChoice : choice))
        }
      }
      guard next.count <= PhraseParser.maximumExpansions else {
        throw Failure(description: "frasen \"\(phrase)\" ger fler än \(PhraseParser.maximumExpansions) varianter")
      }
      results = next
    }
    return results
  }

  /// Splits on spaces outside braces.
  private static func pieces(_ text: Substring, phrase: String) throws -> [Substring] {
    var result: [Substring] = []
    var depth = 0
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "{" { depth += 1 }
      if character == "}" {
        depth -= 1
        if depth < 0 { throw Failure(description: "\"}\" utan \"{\" i \"\(phrase)\"") }
      }
      if character == " " && depth == 0 {
        if start < index { result.append(text[start..<index]) }
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    if depth > 0 { throw Failure(description: "\"{\" utan \"}\" i \"\(phrase)\"") }
    if start < text.endIndex { result.append(text[start...]) }
    return result
  }

  /// Expands `{a|b}` and `{a|b}?` groups textually; returns each text with the index of the first
  /// multi-option group's choice.
  private static func expandGroups(_ text: String) throws -> [(String, Int)] {
    var results: [(String, Int)] = [("", 0)]
    var firstGroupSeen = false
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "}" { throw Failure(description: "\"}\" utan \"{\" i \"\(text)\"") }
      guard character == "{" else {
        // Append the whole literal run up to the next group at once.
        let runEnd = text[index...].firstIndex(where: { $0 == "{" || $0 == "}" }) ?? text.endIndex
        let run = text[index..<runEnd]
        results = results.map { ($0.0 + run, $0.1) }
        index = runEnd
        continue
      }
      guard let close = text[index...].firstIndex(of: "}") else {
        throw Failure(description: "\"{\" utan \"}\" i \"\(text)\"")
      }
      let body = text[text.index(after: index)..<close]
      if body.contains("{") { throw Failure(description: "nästlade {…} stöds inte i \"\(text)\"") }
      var options = body.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      var after = text.index(after: close)
      if after < text.endIndex && text[after] == "?" {
        options.append("")
        after = text.index(after: after)
      }
      let tracksChoice = !firstGroupSeen && options.count > 1
      if options.count > 1 { firstGroupSeen = true }
      var next: [(String, Int)] = []
      for (prefix, choice) in results {
        for (number, option) in options.enumerated() {
          next.append((prefix + option, tracksChoice ? number : choice))
        }
      }
      guard next.count <= PhraseParser.maximumExpansions else {
        throw Failure(description: "frasen \"\(text)\" ger fler än \(PhraseParser.maximumExpansions) varianter")
      }
      results = next
      index = after
    }
    return results
  }

  static func elementsOf(_ piece: String, in phrase: String) throws -> [PhraseElement] {
    try PhraseParser.elementsOf(piece, in: phrase)
  }
}
