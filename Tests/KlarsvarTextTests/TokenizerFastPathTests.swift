import XCTest

@testable import KlarsvarText

/// The byte-level paths of the tokenizer give the same answers as the
/// general Unicode paths they short-cut.
final class TokenizerFastPathTests: XCTestCase {
  /// A word index like a rule set's: words and prefixes some phrase uses.
  private func index(words: [String], prefixes: [String]) -> WordIndex {
    var index = WordIndex()
    for word in words { _ = index.words.insert(Array(word.utf8)) }
    for prefix in prefixes { _ = index.prefixes.insert(Array(prefix.utf8)) }
    return index
  }

  private func tokenize(_ string: String, _ index: WordIndex) -> TokenizedText {
    Tokenizer(index: index).tokenize(SourceText(string), format: .plain, placeholders: [])
  }

  private func prefixWords(_ text: TokenizedText, _ token: Token, _ index: WordIndex) -> [String] {
    let start = Int(token.prefixStart)
    return text.prefixIDs[start..<(start + Int(token.prefixCount))].map { index.prefixes.word($0) }
  }

  func testSwedishLettersFoldToTheSameWordInEveryForm() {
    let index = index(words: ["åsa", "émile", "ändå", "öl"], prefixes: ["ås", "änd"])
    let text = tokenize("Åsa ÅSA åsa A\u{030A}sa a\u{030A}sa ÉMILE Émile e\u{0301}mile ÄNDÅ ändå Öl", index)
    let ids = text.tokens.map(\.wordID)
    XCTAssertEqual(Set(ids[0..<5]).count, 1)
    XCTAssertEqual(Set(ids[5..<8]).count, 1)
    XCTAssertEqual(ids[8], ids[9])
    XCTAssertTrue(ids.allSatisfy { $0 >= 0 })
    XCTAssertEqual(text.tokens.map(\.letterCount), [3, 3, 3, 3, 3, 5, 5, 5, 4, 4, 2])
    for token in text.tokens[0..<5] { XCTAssertEqual(prefixWords(text, token, index), ["ås"]) }
    for token in text.tokens[8..<10] { XCTAssertEqual(prefixWords(text, token, index), ["änd"]) }
    XCTAssertEqual(text.tokens.map(text.folded).last, "öl")
  }

  func testWordsStopAtSymbolsEmojiAndLatinOneSigns() {
    let text = tokenize("3×4 ÷ 2 ord😀ord ß-ord Ωmega naïve", .empty)
    XCTAssertEqual(
      text.tokens.map(text.text(of:)), ["3", "4", "2", "ord", "ord", "ß-ord", "Ωmega", "naïve"])
    XCTAssertEqual(text.tokens.map(text.folded), ["3", "4", "2", "ord", "ord", "ß-ord", "ωmega", "naïve"])
  }

  func testJoinersAbbreviationsNumbersAndCRLF() {
    let text = tokenize("Ring t.ex. IVO:s växel.\r\nSkriv 1.5 timmar, e-post och 9–15 och ivo.se nu.\r\n", .empty)
    XCTAssertEqual(
      text.tokens.map(text.text(of:)),
      ["Ring", "t.ex", "IVO:s", "växel", "Skriv", "1.5", "timmar", "e-post", "och", "9–15", "och", "ivo.se", "nu"])
    XCTAssertEqual(text.sentences.count, 2)
    XCTAssertEqual(text.source.text(in: text.sentences[1].range), "Skriv 1.5 timmar, e-post och 9–15 och ivo.se nu.")
  }

  func testLongWordsOverflowWithoutAWordID() {
    let long = String(repeating: "å", count: 200)
    let index = index(words: [String(repeating: "å", count: 128)], prefixes: ["ååå"])
    let text = tokenize(long + " " + String(repeating: "å", count: 128), index)
    XCTAssertEqual(text.tokens.count, 2)
    XCTAssertEqual(text.tokens[0].wordID, -1, "a word longer than the fold buffer matches no phrase")
    XCTAssertGreaterThanOrEqual(text.tokens[1].wordID, 0)
    XCTAssertEqual(text.tokens[0].letterCount, 200)
    XCTAssertEqual(prefixWords(text, text.tokens[0], index), ["ååå"])
  }

  func testLongASCIIRunsKeepPrefixesCaseAndJoiners() {
    let word = String((0..<300).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
    let prefixes = [2, 62, 63, 64].map { String(word.prefix($0)) }
    let index = index(words: [String(word.prefix(70)), "ab-cd"], prefixes: prefixes)
    let text = tokenize(word.prefix(70).uppercased() + " " + word + " AB-cd " + word.prefix(63), index)
    XCTAssertEqual(
      text.tokens.map(text.text(of:)), [word.prefix(70).uppercased(), word, "AB-cd", String(word.prefix(63))])
    XCTAssertEqual(text.tokens.map { $0.wordID >= 0 }, [true, false, true, false])
    XCTAssertEqual(text.tokens.map(\.letterCount), [70, 300, 4, 63])
    // Prefixes are probed below 64 bytes only, in the middle of a word and at the text's end alike.
    for position in [0, 1, 3] {
      XCTAssertEqual(prefixWords(text, text.tokens[position], index), Array(prefixes[0..<3]))
    }
    XCTAssertEqual(prefixWords(text, text.tokens[2], index), ["ab"])
  }

  func testHashFilterLetsEveryKeyThrough() {
    var vocabulary = Vocabulary()
    let words = (0..<500).map { "ord\($0)å" }
    for word in words { _ = vocabulary.insert(Array(word.utf8)) }
    let filter = HashFilter(vocabulary)
    for word in words { XCTAssertTrue(filter.mayContain(Vocabulary.hash(Array(word.utf8)))) }
    let passed = (0..<2000).filter { filter.mayContain(Vocabulary.hash(Array("annat\($0)".utf8))) }.count
    XCTAssertLessThan(passed, 200, "most absent words are rejected")
  }

  func testLineIndexMatchesAScalarByScalarCount() {
    let samples = [
      "Hej!\r\nDu 😀 skrev\rom åäö och 👍🏽 här.\n\nSista raden utan slut",
      String(repeating: "abcdefgh", count: 5) + "\n" + String(repeating: "😀é", count: 9) + "\r\n\r\nx",
      "", "\n", "\r", "ett\u{0301}\u{030A}",
    ]
    for sample in samples {
      let source = SourceText(sample)
      var lines: [(utf8: Int, utf16: Int, scalars: Int)] = [(0, 0, 0)]
      var utf8 = 0
      var utf16 = 0
      var scalars = 0
      let all = Array(sample.unicodeScalars)
      for (position, scalar) in all.enumerated() {
        utf8 += String(scalar).utf8.count
        utf16 += scalar.value > 0xFFFF ? 2 : 1
        scalars += 1
        let next = position + 1 < all.count ? all[position + 1] : nil
        if scalar == "\n" || (scalar == "\r" && next != "\n") { lines.append((utf8, utf16, scalars)) }
      }
      XCTAssertEqual(source.lineStarts, lines.map(\.utf8), sample)
      XCTAssertEqual(source.lineUTF16Starts, lines.map(\.utf16), sample)
      XCTAssertEqual(source.lineScalarStarts, lines.map(\.scalars), sample)
      XCTAssertEqual(source.utf16Offset(ofUTF8: source.utf8Count), sample.utf16.count, sample)
    }
  }
}
