/// Parses the phrase syntax (`{a|b c}`, `ord?`, `förbättr*`, `~3`, `<number>`) into expanded phrases.
enum PhraseParser {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let maximumExpansions = 4096
  static let maximumGap = 20

  /// Folded elements of phrase words seen before; words repeat across thousands of phrases.
  typealias Cache = [String: [PhraseElement]]

  static func parse(_ phrase: String) throws -> [ExpandedPhrase] {
    var cache = Cache()
    return try parse(phrase, cache: &cache)
  }

  static func parse(_ phrase: String, cache: inout Cache) throws -> [ExpandedPhrase] {
    let trimmed = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    guard !trimmed.isEmpty else { throw Failure(description: "tom fras") }
    var expansions: [ExpandedPhrase] = []
    for (text, choice) in try expandGroups(trimmed) {
      for pieces in try expandOptionalWords(text) {
        var elements: [PhraseElement] = []
        for piece in pieces {
          if let known = cache[piece] {
            elements += known
          } else {
            let parsed = try elementsOf(piece, in: phrase)
            cache[piece] = parsed
            elements += parsed
          }
        }
        guard !elements.isEmpty else { continue }
        if case .gap = elements.first! { throw Failure(description: "en lucka (~N) får inte inleda frasen \"\(phrase)\"") }
        if elements.first! == .sameAsPrevious {
          throw Failure(description: "<same> behöver ett ord före sig i frasen \"\(phrase)\"")
        }
        if case .gap = elements.last! { throw Failure(description: "en lucka (~N) får inte avsluta frasen \"\(phrase)\"") }
        expansions.append(ExpandedPhrase(elements: elements, choice: choice))
      }
    }
    guard !expansions.isEmpty else { throw Failure(description: "frasen \"\(phrase)\" innehåller inga ord") }
    var seen = Set<ExpandedPhrase>()
    return expansions.filter { seen.insert($0).inserted }
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
      guard next.count <= maximumExpansions else {
        throw Failure(description: "frasen \"\(text)\" ger fler än \(maximumExpansions) varianter")
      }
      results = next
      index = after
    }
    return results
  }

  /// Splits on spaces and expands `ord?` into with and without the word.
  private static func expandOptionalWords(_ text: String) throws -> [[String]] {
    if !text.utf8.contains(UInt8(ascii: "?")) {
      return [text.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }]
    }
    var results: [[String]] = [[]]
    for piece in text.split(whereSeparator: { $0.isWhitespace }) {
      if piece.count > 1 && piece.hasSuffix("?") {
        let word = String(piece.dropLast())
        results = results.flatMap { [$0, $0 + [word]] }
      } else {
        results = results.map { $0 + [String(piece)] }
      }
      guard results.count <= maximumExpansions else {
        throw Failure(description: "frasen \"\(text)\" ger fler än \(maximumExpansions) varianter")
      }
    }
    return results
  }

  private static func elementsOf(_ piece: String, in phrase: String) throws -> [PhraseElement] {
    switch piece {
    case "<number>", "<tal>": return [.number]
    case "<date>", "<datum>": return [.date]
    case "<year>", "<år>": return [.year]
    case "<word>", "<ord>": return [.anyWord]
    case "<same>", "<samma>": return [.sameAsPrevious]
    case "<email>", "<e-post>": return [.email]
    case "<url>": return [.url]
    default: break
    }
    if piece.hasPrefix("<") && piece.hasSuffix(">") {
      throw Failure(
        description: "okänd ordklass \(piece) i \"\(phrase)\" (giltiga: <number>, <date>, <year>, <word>, <same>, <email>, <url>)")
    }
    if piece.hasPrefix("~") {
      guard let count = Int(piece.dropFirst()), count >= 1, count <= maximumGap else {
        throw Failure(description: "luckan \(piece) i \"\(phrase)\" måste vara ~1 till ~\(maximumGap)")
      }
      return [.gap(count)]
    }
    if piece.hasSuffix("*") {
      let stem = WordFolder.fold(String(piece.dropLast()))
      guard !stem.isEmpty, !stem.contains("*") else {
        throw Failure(description: "jokertecknet * måste stå sist i ett ord med minst en bokstav: \"\(phrase)\"")
      }
      return [.prefix(stem)]
    }
    let words = PhraseWords.split(piece)
    return words.map { .word($0) }
  }
}

import Foundation
