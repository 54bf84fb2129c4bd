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

  func testCasePreservationFromBytesAgreesWithUnicodeProperties() {
    var originals = ["", "123", "OK", "ok", "Ok", "ÅÄÖ", "åäö", "Åsa", "ÉMILE", "a ÅB", "– Hej", "ªº", "µ", "ß", "ÿ"]
    for value in 0x20...0xFF where value != 0x7F {
      let scalar = String(Unicode.Scalar(UInt8(value)))
      originals += [scalar, scalar + "a", "A" + scalar, scalar + scalar, " " + scalar + "B"]
    }
    originals += ["Ωmega", "ΩMEGA", "İ", "ǅ"]
    for original in originals {
      for replacement in ["få", "", "ärende", "Öl", "ß", "ﬁ"] {
        XCTAssertEqual(
          CasePreservation.apply(replacement, like: original),
          CasePreservation.Form(unicode: original).apply(to: replacement),
          "\(replacement) like \(original)")
      }
    }
  }

  func testSourceTextOfAContextEqualsTheSourcesOwn() {
    let source = "Åsa ska återkomma 🙂 i e\u{301}n vecka.\r\nNästa rad."
    let text = Tokenizer(index: WordIndex()).tokenize(SourceText(source), format: .plain, placeholders: [])
    let context = RuleCheckContext(
      text: text, metadata: TestPack.metadata("test", .tone, .hint), matches: [], kind: .reply,
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
}
