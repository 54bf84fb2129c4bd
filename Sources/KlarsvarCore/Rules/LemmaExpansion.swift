import Foundation
import KlarsvarLanguage

/// Rewrites the lemma syntax of a phrase into plain phrase syntax before it is parsed: `[erhålla]` is
/// every form of the lemma in the loaded language data (`erhåller`, `erhöll`, `erhållit`, `erhålls` …),
/// `[boende:noun]` only the forms of one word class. Outside braces the forms become a group
/// (`{erhålla|erhåller|…}`); inside a group they become more options of it. Phrases without `[` are
/// returned as they are, so the common case costs one byte scan.
enum LemmaExpansion {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func expand(_ phrase: String, language: SwedishLanguage) throws -> String {
    guard phrase.utf8.contains(UInt8(ascii: "[")) else { return phrase }
    var result = ""
    var depth = 0
    var rest = phrase[...]
    while let open = rest.firstIndex(of: "[") {
      let before = rest[..<open]
      depth += before.filter { $0 == "{" }.count - before.filter { $0 == "}" }.count
      result += before
      guard let close = rest[open...].firstIndex(of: "]") else {
        throw Failure(description: "\"[\" utan \"]\" i \"\(phrase)\"")
      }
      let forms = try self.forms(String(rest[rest.index(after: open)..<close]), phrase: phrase, language: language)
      let options = forms.joined(separator: "|")
      result += depth > 0 ? options : "{" + options + "}"
      rest = rest[rest.index(after: close)...]
    }
    if rest.contains("]") { throw Failure(description: "\"]\" utan \"[\" i \"\(phrase)\"") }
    return result + rest
  }

  /// The distinct forms of `[lemma]` or `[lemma:class]`, in a stable order.
  static func forms(_ reference: String, phrase: String, language: SwedishLanguage) throws -> [String] {
    let parts = reference.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard let lemma = parts.first, !lemma.isEmpty else {
      throw Failure(description: "tomt lemma [] i \"\(phrase)\"")
    }
    var classes = PartOfSpeech.allCases
    if parts.count == 2 {
      guard let named = wordClasses[parts[1]] else {
        let known = wordClasses.keys.sorted().joined(separator: ", ")
        throw Failure(description: "okänd ordklass \"\(parts[1])\" i [\(reference)] (giltiga: \(known))")
      }
      classes = [named]
    }
    var seen: Set<String> = []
    var forms: [String] = []
    for wordClass in classes {
      let cells = language.lexicon.forms(of: lemma, wordClass)
      for inflection in cells.keys.sorted() {
        for form in cells[inflection]! where seen.insert(form).inserted { forms.append(form) }
      }
    }
    guard !forms.isEmpty else {
      throw Failure(
        description:
          "lemmat \"\(lemma)\" i \"\(phrase)\" finns inte i språkdatan (lägg till ordet i en \"words\"-fil)")
    }
    return forms
  }

  private static let wordClasses: [String: PartOfSpeech] = [
    "verb": .verb, "noun": .noun, "substantiv": .noun, "adjective": .adjective, "adjektiv": .adjective,
    "adverb": .adverb,
  ]
}
