import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The shortcuts of the document-level rules against the general code they replace, on random texts.
final class DocumentRuleFastPathTests: XCTestCase {
  private static let pieces = [
    "ivo.se", "www.IVO.se/klagomal/", "https://www.ivo.se", "http://1177.se", "x.y", "kl.", "t.ex.", "anna@kommun.se",
    "Ivo", "hej", "Anna Lind", "bris.se", ".", ". ", " ", "  ", "\n", "\n\n", "> ", "010-788 50 00", "070 123",
    "+46 10",
    "2024", "é", "e\u{301}", "HTTP://Www.Bris.SE//", "Åre.se", "a.bc/d.e", "”citat”", "åäö", "Enhetschef", ",", "-",
    "1",
  ]

  private func randomText(_ generator: inout SeededRandom) -> String {
    (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
      Self.pieces.randomElement(using: &generator)!
    }.joined()
  }

  private func tokenize(_ source: String) -> TokenizedText {
    Tokenizer(index: WordIndex()).tokenize(SourceText(source), format: .plain, placeholders: [])
  }

  private func randomRange(in count: Int, _ generator: inout SeededRandom) -> TextRange {
    let low = Int.random(in: 0...count, using: &generator)
    return TextRange(low, Int.random(in: low...count, using: &generator))
  }

  /// Dotted tokens as they were found before `memchr`: every byte tested, the same walk over the tokens.
  private func formerDottedTokens(_ text: TokenizedText) -> [Int] {
    var dotted: [Int] = []
    var tokenIndex = 0
    let tokens = text.tokens
    for (offset, byte) in text.source.utf8.enumerated() where byte == 0x2E {
      while tokenIndex < tokens.count && tokens[tokenIndex].range.upperBound <= offset { tokenIndex += 1 }
      guard tokenIndex < tokens.count, dotted.last != tokenIndex, tokens[tokenIndex].range.lowerBound <= offset
      else { continue }
      let kind = tokens[tokenIndex].kind
      guard kind == .url || kind == .email || kind == .word else { continue }
      dotted.append(tokenIndex)
    }
    return dotted
  }

  func testDottedTokensEqualTheByteWalk() {
    var generator = SeededRandom(seed: 11)
    for _ in 0..<3_000 {
      let text = tokenize(randomText(&generator))
      XCTAssertEqual(DocumentScratch(text: text).dottedTokens, formerDottedTokens(text))
    }
  }

  func testHostsEqualBareDomainOnRandomTexts() {
    var generator = SeededRandom(seed: 16)
    for _ in 0..<2_000 {
      let text = tokenize(randomText(&generator))
      let whole = TextRange(0, text.source.utf8Count)
      let hosts = ContactRule.domains(in: text, tokens: text.tokens.indices, within: whole).map(\.1)
      let expected = text.tokens.compactMap { token -> String? in
        let raw = text.source.text(in: token.range)
        guard raw.contains("."), whole.overlaps(token.range), token.kind == .url || token.kind == .word else {
          return nil
        }
        var host = Contact.bareDomain(raw)
        if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
        guard let dot = host.lastIndex(of: "."), host.distance(from: dot, to: host.endIndex) >= 3 else { return nil }
        return host
      }
      XCTAssertEqual(hosts, expected)
    }
  }

  func testFirstOccurrenceKeepsEveryOverlappingPhoneNumber() {
    var generator = SeededRandom(seed: 12)
    for _ in 0..<3_000 {
      let source = randomText(&generator)
      let occurrences = PhoneNumbers.occurrences(in: Array(source.utf8))
      let near = randomRange(in: source.utf8.count, &generator)
      var fast: [TextRange] = []
      for index in ContactRule.firstOccurrence(endingAfter: near.lowerBound, in: occurrences)..<occurrences.count {
        let range = occurrences[index].range
        if range.lowerBound > near.upperBound { break }
        if near.overlaps(range) { fast.append(range) }
      }
      XCTAssertEqual(fast, occurrences.map(\.range).filter(near.overlaps), "\(source) \(near)")
    }
  }

  func testContainsMatchSeesTheMatchesInOrderUntilOneIsAccepted() throws {
    let patterns = [
      "(?-i)^[ \\t]*\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}[ \\t]*$", "ivo", "\\d+", "e\u{301}|é", "^", "x*",
    ]
    var generator = SeededRandom(seed: 13)
    for _ in 0..<600 {
      let text = tokenize(randomText(&generator))
      let count = text.source.utf8Count
      let composing = RegexView.needsComposition(text.source.utf8)
      for blanking in [false, true] {
        let view = RegexView(
          text: text, blankingMasked: blanking, needsComposition: composing,
          budget: RegexBudget(documentBytes: text.source.utf8Count))
        for pattern in patterns {
          let regex = try CompiledRegex(pattern, caseSensitive: false, path: "").regex
          let range = randomRange(in: count, &generator)
          let all = view.matches(of: regex, in: range).map(\.range)
          let accepting = Int.random(in: 0...(all.count + 1), using: &generator)
          var seen: [TextRange] = []
          let found = view.containsMatch(of: regex, in: range) { match in
            seen.append(match)
            return seen.count == accepting
          }
          XCTAssertEqual(found, accepting >= 1 && accepting <= all.count, pattern)
          XCTAssertEqual(seen, Array(all.prefix(found ? accepting : all.count)), pattern)
        }
      }
    }
  }

  func testSentenceWordCountsEqualACountOfTheTokens() {
    var generator = SeededRandom(seed: 14)
    for _ in 0..<2_000 {
      let text = tokenize(randomText(&generator))
      let expected = text.sentences.map { sentence -> [Int] in
        let counted = text.tokens[sentence.tokenRange].filter { $0.isCountedWord && !$0.isQuoted }
        return [counted.count, counted.filter { $0.letterCount > 6 }.count]
      }
      XCTAssertEqual(DocumentScratch(text: text).sentenceWordCounts.map { [$0.words, $0.longWords] }, expected)
    }
  }

  func testParagraphIndexIsTheLastParagraphStartingAtOrBefore() {
    var generator = SeededRandom(seed: 15)
    for _ in 0..<500 {
      let text = tokenize(randomText(&generator))
      for offset in -1...(text.source.utf8Count + 1) {
        XCTAssertEqual(
          TokenizedText.paragraphIndex(containing: offset, in: text.paragraphs),
          text.paragraphs.lastIndex { $0.range.lowerBound <= offset })
      }
    }
  }

  func testCompositionScanFindsCombiningMarksAnywhere() {
    XCTAssertFalse(RegexView.needsComposition(Array("Hej på dig, åäö ÅÄÖ é 😀 långt nog för ord".utf8)))
    for offset in 0..<20 {
      let text = String(repeating: "a", count: offset) + "a\u{030A}" + String(repeating: "b", count: 20 - offset)
      XCTAssertTrue(RegexView.needsComposition(Array(text.utf8)), "\(offset)")
    }
  }
}
