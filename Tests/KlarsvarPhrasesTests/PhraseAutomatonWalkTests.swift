import TestSupport
import XCTest

@testable import KlarsvarPhrases
@testable import KlarsvarText

/// The matching walk's shortcuts (edge-kind masks, the root filter, the looped word chain) must find
/// exactly what the plain recursive walk finds.
final class PhraseAutomatonWalkTests: XCTestCase {
  private let phrases = [
    "vi ska", "vi ~1 ska", "vi förbättr*", "vi <number>", "vi <word> <same>", "vi {kan}? ska nog", "<word> <same>",
    "senast <date>", "hösten <year>", "mejla <email>", "läs <url>", "så <same>", "så ska vi", "så så bra",
  ]

  private func automaton() throws -> PhraseAutomaton {
    try PhraseAutomaton.finalized(phrases: phrases)
  }

  func testEdgeKindsAgreeWithTheFrozenTables() throws {
    let automaton = try automaton()
    let frozen = automaton.frozen
    XCTAssertEqual(frozen.edgeKinds.count, automaton.nodes.count)
    let classes: [(FrozenAutomaton.ClassEdge, EdgeKinds)] = [
      (.number, .number), (.date, .date), (.year, .year), (.anyWord, .anyWord), (.sameAsPrevious, .sameAsPrevious),
      (.email, .email), (.url, .url),
    ]
    for (node, kinds) in frozen.edgeKinds.enumerated() {
      XCTAssertEqual(kinds.contains(.words), !automaton.nodes[node].words.isEmpty, "node \(node)")
      for (word, child) in automaton.nodes[node].words {
        XCTAssertEqual(frozen.child(node, word: word), child, "node \(node), word \(word)")
      }
      XCTAssertEqual(kinds.contains(.prefixes), !automaton.nodes[node].prefixes.isEmpty, "node \(node)")
      for (edge, kind) in classes {
        XCTAssertEqual(kinds.contains(kind), frozen.classEdge(node, edge) >= 0, "node \(node), \(edge)")
      }
      XCTAssertEqual(kinds.contains(.gaps), frozen.gapStart[node] < frozen.gapStart[node + 1], "node \(node)")
      XCTAssertEqual(kinds.contains(.outputs), frozen.outputStart[node] < frozen.outputStart[node + 1], "node \(node)")
    }
  }

  func testGapsOptionalWordsPrefixesAndClassesMatchThroughTheShortcuts() throws {
    let automaton = try automaton()
    let source = SourceText(
      "Vi ska nog. Vi nu ska. Vi förbättrar. Vi 12. Vi det det. Senast 2027-06-30. Hösten 2027. "
        + "Mejla info@kommun.se. Läs https://ivo.se/a. Vi vi. Så så bra. Så ska vi.")
    let text = Tokenizer(index: automaton.index).tokenize(source, format: .plain, placeholders: [])
    let matches = automaton.matches(in: text)
    XCTAssertEqual(matches.map(\.tokenStart), matches.map(\.tokenStart).sorted(), "in order of start token")
    let found = matches.map { match in
      let range = TextRange(
        text.tokens[Int(match.tokenStart)].range.lowerBound, text.tokens[Int(match.tokenEnd) - 1].range.upperBound)
      return "\(match.output.item): \(source.text(in: range))"
    }
    XCTAssertEqual(
      found.sorted(),
      [
        "0: Vi ska", "1: Vi ska", "5: Vi ska nog", "1: Vi nu ska", "2: Vi förbättrar", "3: Vi 12", "4: Vi det det",
        "6: det det", "7: Senast 2027-06-30", "8: Hösten 2027", "9: Mejla info@kommun.se", "10: Läs https://ivo.se/a",
        "6: Vi vi", "6: Så så", "11: Så så", "13: Så så bra", "12: Så ska vi",
      ].sorted())
  }

  /// Random sentences from a few words, matched by the automaton and by trying every phrase at every
  /// token: with the root's `<word>` leading only to `<same>` (the shortcut) and to other edges too.
  func testRootWordShortcutFindsWhatTryingEveryPhraseFinds() throws {
    let common = ["<word> <same>", "vi <word> <same>", "så så bra", "vi ska", "ska <same>", "<word> <same> <same>"]
    for phrases in [common, common + ["<word> ska"], common + ["<word>"]] {
      let automaton = try PhraseAutomaton.finalized(phrases: phrases)
      let tokenizer = Tokenizer(index: automaton.index)
      var random = SeededRandom(seed: UInt64(phrases.count))
      let words = ["vi", "ska", "så", "bra", "det", "nu", "12"]
      for _ in 0..<200 {
        var source = ""
        for _ in 0..<(1 + random.next(14)) {
          source += (source.isEmpty ? "" : random.next(5) == 0 ? ". " : " ") + words[random.next(words.count)]
        }
        let text = tokenizer.tokenize(SourceText(source), format: .plain, placeholders: [])
        let found = automaton.matches(in: text).map { "\($0.tokenStart)-\($0.tokenEnd):\($0.output.item)" }
        XCTAssertEqual(found.sorted(), tryEveryPhrase(phrases, in: text).sorted(), source)
      }
    }
  }

  /// Matches of phrases made of plain words, `<word>` and `<same>`, found by brute force.
  private func tryEveryPhrase(_ phrases: [String], in text: TokenizedText) -> [String] {
    var found: [String] = []
    for sentence in text.sentences {
      for start in sentence.tokenRange {
        for (item, phrase) in phrases.enumerated() {
          var position = start
          var matched = true
          for element in phrase.split(separator: " ") {
            guard position < sentence.tokenRange.upperBound else {
              matched = false
              break
            }
            let token = text.tokens[position]
            switch element {
            case "<word>": matched = token.kind == .word
            case "<same>":
              matched = position > start && token.hash != 0 && text.tokens[position - 1].hash == token.hash
            default: matched = text.folded(token) == String(element)
            }
            guard matched else { break }
            position += 1
          }
          if matched { found.append("\(start)-\(position):\(item)") }
        }
      }
    }
    return found
  }
}

extension PhraseAutomaton {
  /// A finalized automaton of `phrases`, each one's outputs role 0 of owner 0, numbered by its place.
  static func finalized(phrases: [String]) throws -> PhraseAutomaton {
    var automaton = PhraseAutomaton()
    for (item, phrase) in phrases.enumerated() {
      for expanded in try PhraseParser.parse(phrase) {
        automaton.insert(
          expanded, output: PhraseOutput(owner: 0, role: PhraseRole(0), item: Int32(item), subitem: 0, choice: 0))
      }
    }
    automaton.finalize()
    return automaton
  }
}
