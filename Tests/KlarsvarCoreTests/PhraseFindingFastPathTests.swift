import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarPhrases
@testable import KlarsvarText

/// The shortcuts in phrase matching and phrase findings must give exactly what the general code gives.
final class PhraseFindingFastPathTests: XCTestCase {
  private func match(_ start: Int32, _ end: Int32, item: Int32) -> PhraseMatch {
    PhraseMatch(
      output: PhraseOutput(owner: 0, role: PhraseRule.Role.phrase.phraseRole, item: item, subitem: 0, choice: 0),
      tokenStart: start,
      tokenEnd: end)
  }

  func testOnePassLongestMatchesEqualTheSortingPath() {
    var random = SeededRandom(seed: 1)
    for _ in 0..<2000 {
      var matches: [PhraseMatch] = []
      var start: Int32 = 0
      for item in 0..<random.next(12) {
        start += Int32(random.next(3))
        matches.append(match(start, start + 1 + Int32(random.next(4)), item: Int32(item)))
      }
      let fast = PhraseRule.longestNonOverlapping(matches)
      let sorted = PhraseRule.sortedLongestNonOverlapping(matches)
      XCTAssertEqual(fast.map(\.tokenStart), sorted.map(\.tokenStart))
      XCTAssertEqual(fast.map(\.tokenEnd), sorted.map(\.tokenEnd))
      XCTAssertEqual(fast.map(\.output.item), sorted.map(\.output.item), "the first of equal matches is kept")
    }
    // Out of order, the one-pass path hands over to sorting.
    let unordered = [match(3, 4, item: 0), match(0, 2, item: 1), match(1, 3, item: 2)]
    XCTAssertEqual(PhraseRule.longestNonOverlapping(unordered).map(\.output.item), [1, 0])
  }

  func testCasedReplacementsEqualCasePreservationPerFinding() {
    let replacements = ["få", "", "Få", "ta del av", "éclair", "ÅTERKOMMA", "x", "1 gång", "ärende", "å"]
    let matchedTexts = [
      "erhålla", "Erhålla", "ERHÅLLA", "E", "e", "123", "", "Ärende", "ÄR", "a1B", "ÖÖ", "Ö", "1A", "1a", " Ta",
      "A b", "AB cd", "ß", "Ŋår", "émile", "É", "ÉCLAIR",
    ]
    let range = TextRange(3, 9)
    for replacement in replacements {
      let cased = PhraseRule.CasedReplacement(replacement)
      for matched in matchedTexts {
        let general = PhraseRule.suggestions(
          [replacement], choiceCount: 0, choice: 0, range: range, matched: matched)[0]
        XCTAssertEqual(
          cased.suggestion(CasePreservation.form(of: matched), range: range, matched: matched), general,
          "\(replacement) like \(matched)")
      }
    }
  }

  func testFormReadsLatin1AndLeavesTheRestToUnicode() {
    var beyond = "Ŋår"
    XCTAssertNil(beyond.withUTF8(CasePreservation.Form.init(latin1:)))
    var emoji = "ok 🙂"
    XCTAssertNil(emoji.withUTF8(CasePreservation.Form.init(latin1:)))
    XCTAssertEqual(CasePreservation.form(of: "ÅÄ1Ö"), .uppercased)
    XCTAssertEqual(CasePreservation.form(of: "ŊÅR"), .uppercased)
    XCTAssertEqual(CasePreservation.form(of: "Ŋår"), .capitalized)
  }

  func testSourceTextOfAContextEqualsTheSourcesOwn() {
    let source = "Åsa ska återkomma 🙂 i e\u{301}n vecka.\r\nNästa rad."
    let text = Tokenizer(index: WordIndex()).tokenize(SourceText(source), format: .plain, placeholders: [])
    let context = RuleCheckContext(
      text: text, metadata: ReportingSample.rule("test", .tone, .hint), matches: [], kind: .reply,
      scratch: DocumentScratch(text: text), contacts: [:])
    let count = source.utf8.count
    // Every range, on scalar boundaries or not, and some outside the text.
    for low in -2...(count + 2) {
      for high in (low - 1)...(count + 2) {
        let range = TextRange(low, high)
        XCTAssertEqual(context.sourceText(in: range), text.source.text(in: range), "\(low)..<\(high)")
      }
    }
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
