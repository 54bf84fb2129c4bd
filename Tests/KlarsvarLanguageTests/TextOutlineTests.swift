import Foundation
import Testing

@testable import KlarsvarLanguage

/// The kind detector's shortcuts give what the general code gives: the outline's plain-word loop the
/// tokens of `TokenScanner`, the signature read from the last lines the parse of the whole text, the
/// quotations counted per paragraph the scan of the whole text.
@Suite struct TextOutlineTests {
  static let language = TestResources.language

  /// The outline as `TokenScanner` alone makes it, ids looked up through `CaseFolding`.
  private func reference(_ text: String) -> [String] {
    let vocabulary = Self.language.kindVocabulary
    return ReferenceTokenizer.tokenize(text).map { token in
      let id = token.kind == .lineBreak ? -1 : vocabulary.words.id(of: token.folded) ?? -1
      let mark = token.kind == .punctuation ? token.text.unicodeScalars.first!.value : 0
      let capitalized = token.kind != .lineBreak && token.isCapitalized
      return "\(token.utf8Range) \(token.kind) \(id) \(mark) \(capitalized)"
    }
  }

  private func outline(_ text: String) -> [String] {
    TextOutline(text: text, language: Self.language).tokens.map { token in
      "\(Int(token.start)..<Int(token.end)) \(token.kind) \(token.id) \(token.mark) \(token.isCapitalized)"
    }
  }

  static var texts: [String] {
    let texts =
      TextKindCases.all.map(\.1) + QuoteTests.cases.map(\.0) + SignatureTests.cases.map { SignatureTests.body + $0.0 }
      + [DescriptionTests.letter]
    return texts + texts.map(\.decomposedStringWithCanonicalMapping)
  }

  /// Words of the letter vocabulary and pieces around them, in random order.
  static let pieces: [String] =
    TokenScannerTests.pieces + [
      "Hej", "Med", "vänlig", "hälsning", "Vänliga", "hälsningar", "du", "Du", "DIG", "jag", "ni", "beslut", "Beslut",
      "svar", "på", "insändaren", "säger", "enligt", "Ärende", "ÅÄÖ", "åäö", "É", "x×y", "a÷b", "Presskontakt", ":",
      "(S)", "Anna", "Lind", "ordförande", "08-123 45 67", "anna@ekeby.se", "”", "– ", "> ", "\n\n", "?",
    ]

  static func randomText(_ generator: inout SplitMix, pieces: Int) -> String {
    (0..<pieces).map { _ in
      let piece = Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      return generator.next() % 3 == 0 ? piece : piece + " "
    }.joined()
  }

  @Test func plainWordsAreReadAsTheScannerReadsThem() {
    for text in Self.texts { #expect(outline(text) == reference(text), "\(text)") }
    var generator = SplitMix(seed: 41)
    for _ in 0..<3000 {
      let text = Self.randomText(&generator, pieces: Int(generator.next() % 20) + 1)
      #expect(outline(text) == reference(text), "\(text.debugDescription)")
    }
  }

  @Test func plainWordHashesItsFoldedForm() {
    var generator = SplitMix(seed: 5)
    let letters = Array("aAzZåÅäÄöÖéÉßüÜþÞÿ09")
    for _ in 0..<3000 {
      let count = Int(generator.next() % 12) + 1
      let word = String((0..<count).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
      let bytes = Array(word.utf8)
      let found = bytes.withUnsafeBufferPointer { PlainWord.scan($0, at: 0, limit: $0.count) }
      guard let found else {
        #expect(word.first!.isNumber, "\(word)")
        continue
      }
      let folded = Array(CaseFolding.fold(word).utf8)
      #expect(found.end == bytes.count)
      #expect(found.hash == folded.withUnsafeBufferPointer(WordTable.hash), "\(word)")
      #expect(found.hasUppercase == (CaseFolding.fold(word) != word), "\(word)")
    }
  }

  @Test func signatureFromTheLastLinesIsTheWholeParse() {
    var texts = Self.texts
    var generator = SplitMix(seed: 7)
    let lines =
      SignatureTests.cases.flatMap { $0.0.split(separator: "\n").map(String.init) } + [
        "", "", "> citerad rad", "Tack för ditt brev. Vi ringer dig nästa vecka.",
        "Det här är en lång rad med många ord som inte ser ut som en underskrift alls eftersom den fortsätter",
      ]
    for _ in 0..<1500 {
      let count = Int(generator.next() % 24) + 1
      texts.append((0..<count).map { _ in lines[Int(generator.next() % UInt64(lines.count))] }.joined(separator: "\n"))
    }
    for text in texts {
      let whole = Self.language.signature(of: LanguageDocument(text: text))
      let fromTail = Self.language.signature(of: TextOutline(text: text, language: Self.language))
      #expect(whole == fromTail, "\(text.debugDescription)")
    }
  }

  @Test func quotationsCountedPerParagraphAsInTheWholeText() {
    var texts = Self.texts
    var generator = SplitMix(seed: 11)
    for _ in 0..<1500 { texts.append(Self.randomText(&generator, pieces: Int(generator.next() % 30) + 1)) }
    for text in texts {
      let document = LanguageDocument(text: text)
      let whole = QuoteScanner(document: document, language: Self.language).quotations().filter(\.isSpoken).count
      let perParagraph = Self.language.spokenQuotationCount(in: TextOutline(text: text, language: Self.language))
      #expect(whole == perParagraph, "\(text.debugDescription)")
    }
  }

  @Test func openingMarksAreTheScannersPairs() {
    let marks = QuoteScanner.pairs.keys.map { $0.unicodeScalars.first!.value }
    #expect(marks.allSatisfy(SwedishLanguage.isOpeningMark))
    #expect((0..<0x3000).filter { SwedishLanguage.isOpeningMark(UInt32($0)) }.count == marks.count)
  }
}
