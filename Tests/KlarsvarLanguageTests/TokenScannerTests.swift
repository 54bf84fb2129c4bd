import Foundation
import Testing

@testable import KlarsvarLanguage

/// The byte-level tokenizer gives exactly the tokens of the scalar-by-scalar one it replaced, on the
/// table texts and on seeded random text built from the characters where the two could differ.
@Suite struct TokenScannerTests {
  private func render(_ tokens: [LanguageToken]) -> [String] {
    tokens.map { "\($0.kind) \($0.utf8Range) \($0.text) \($0.folded)" }
  }

  @Test func tableTextsTokenizeAsBefore() {
    let texts =
      TextKindCases.all.map(\.1) + ClauseTests.cases.map(\.0) + ExpressionTests.cases.map(\.0)
      + QuoteTests.cases.map(\.0)
      + SignatureTests.cases.map { SignatureTests.body + $0.0 }
      + [DescriptionTests.letter]
    for text in texts + texts.map(\.decomposedStringWithCanonicalMapping) {
      #expect(render(LanguageTokenizer.tokenize(text)) == render(ReferenceTokenizer.tokenize(text)), "\(text)")
    }
  }

  /// Pieces that meet at joiners, addresses, marks and spaces in every order.
  static let pieces: [String] = [
    "a", "Ö", "å", "ß", "é", "x", "HTTP", "https", "www", "se", "com", "info", "2026", "3", "0", "@", ".", ":", "-",
    "/", ",", "_", "!", "?", ")", "”", "\"", "»", "«", " ", "  ", "\n", "\r\n", "\t", "\u{A0}", "\u{2009}",
    "\u{FEFF}", "\u{308}", "o\u{308}", "😀", "Ω", "ж", "İ", "µ", "ª", "×", "÷", "’", "–", ">", "#", "(", "x.se",
    "t.ex", "LSS", "IVO:s", "anna_berg", "e-post", "\u{1680}", "\u{85}",
  ]

  @Test func randomTextTokenizesAsBefore() {
    var generator = SplitMix(seed: 20_261_203)
    for _ in 0..<4000 {
      let count = Int(generator.next() % 12) + 1
      let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
      #expect(
        render(LanguageTokenizer.tokenize(text)) == render(ReferenceTokenizer.tokenize(text)),
        "\(text.debugDescription)")
    }
  }

  @Test func aRangeTokenizesAsItsOwnText() {
    let text = "Hej Anna!\nSe www.ekeby.se, ring 08-123 45 67 eller skriv till anna_berg@ekeby.se."
    let bytes = Array(text.utf8)
    let ranges = [0..<9, 10..<27, 28..<bytes.count, 3..<60]
    for range in ranges {
      let piece = String(decoding: bytes[range], as: UTF8.self)
      let expected = ReferenceTokenizer.tokenize(piece).map { "\($0.kind) \($0.text) \($0.folded)" }
      let actual = bytes.withUnsafeBufferPointer { LanguageTokenizer.tokenize($0, range: range, lineBreaks: true) }
      #expect(actual.map { "\($0.kind) \($0.text) \($0.folded)" } == expected, "\(piece)")
      #expect(actual.allSatisfy { range.contains($0.utf8Range.lowerBound) })
    }
  }
}

/// A small seeded generator (SplitMix64), so failures reproduce.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
