import Foundation
import KlarsvarBuiltinPacks
import XCTest

@testable import KlarsvarPhrases
@testable import KlarsvarText

/// The byte-level phrase parser gives exactly what the Character-level oracle gives: the same
/// expansions in the same order, and the same message for every bad phrase, wherever each syntax
/// character is a Character of its own.
final class PhraseParserTests: XCTestCase {
  private enum Outcome: Equatable {
    case parsed([ExpandedPhrase])
    case failed(String)
  }

  private func outcome(_ parse: () throws -> [ExpandedPhrase]) -> Outcome {
    do {
      return .parsed(try parse())
    } catch {
      return .failed("\(error)")
    }
  }

  private func assertSameAsReference(
    _ phrases: [String], cache: inout PhraseParser.Cache, file: StaticString = #filePath, line: UInt = #line
  ) {
    for phrase in phrases {
      let expected = outcome { try CharacterPhraseParser.parse(phrase) }
      XCTAssertEqual(outcome { try PhraseParser.parse(phrase) }, expected, "\"\(phrase)\"", file: file, line: line)
      // Twice through a shared cache: once parsed, once from the cache.
      for _ in 0..<2 {
        XCTAssertEqual(
          outcome { try PhraseParser.parse(phrase, cache: &cache) }, expected, "\"\(phrase)\" (cached)", file: file,
          line: line)
      }
    }
  }

  static let edgeCases: [String] = [
    // Plain words, case, diacritics, hyphens, punctuation the tokenizer splits.
    "i syfte att", "I SYFTE ATT", "Ärende ÅÄÖ åäö", "CAFÉ", "naïve", "straße", "ÿ", "×", "a×b", "a÷b", "µm", "ª",
    "Ωmega", "İstanbul", "e-post", "-a", "a-", "a--b", "t.ex.", "IVO:s", "covid-19", "3:e", "a|b", "a>b", "—",
    "a — b", "”citat”", "",
    " ", "\t\n", "  a  b  ", "a\tb\nc",
    // NFD and combining marks, also next to syntax characters.
    "cafe\u{301}", "Cafe\u{301} {x|y}", "{\u{301}a|b}", "{a|\u{301}b}", "a \u{301}{x|y}", " \u{301}", "a?\u{301}",
    "{a|b}\u{301}", "e\u{301}*", "\u{600} a{x|y}", "\u{600}{x|y}", "x\u{301} {a|b}", "{a}\u{20DD}?",
    "a\r\nb {x|y}", "a\rb{x|y}", "a\r\nb", "🙂 {x|y}", "{🙂|x}",
    // Groups and optional words.
    "vi {ska|kommer att} se över", "{helt|mycket}? oacceptabelt", "vi ser över ytterligare? rutiner", "ord?",
    "{a|b}{c|d}", "x{a|b}y", "x{a|b}?y", "x{a|b}?", "s{å|o}", "{a| b }c", "x{a\u{A0}|b}", "x{\u{2003}a|b}",
    "x{a\u{200B}|b}", "x{\u{3000}a\u{1680}|b}", "x{ a\tb |c}", "{a|a}", "{a|b} {c|d}", "{a|b} {a|b}", "{a b|c} d",
    "{ | a}", "{}", "{}?", "x{}", "{a|}", "{|}", "a b?", "?", "a ?", "a??", "??", "{a|b}?c", "{a|b}??", "{a?|b}",
    "{a {b|c}|d}", "{a|b}|c", "x{a|b}{c|d}?y", "{x|<tal>} y", "{a|~2} b", "a {~2|b} c",
    // Wildcards, gaps, classes.
    "förbättr*", "Förbättr*", "ständigt förbättr*", "*", "a*b*", "**", "a**", "1*", "-*", "<abc*", "~ab*", "É*",
    "x{a|b}*", "{a|b}*", "*a", "a*?", "~3", "vi ~3 återkommer", "vi ~2", "~2 vi", "~0", "~21", "~20", "~1", "~x",
    "~05", "~+3", "~ 3", "a ~3 ~3 b", "vecka <number>", "<tal>", "<år>", "<date> <datum> <year>", "<word> <ord>",
    "<email> <e-post> <url>", "<foo>", "<same> x", "x <same>", "x <samma>", "<Tal>", "<tal", "tal>", "a<tal>",
    "{<same>|x} y",
    // Braces out of balance, nesting, too many variants.
    "{a|b", "a}", "{a{b}}", "{a|b}}", "{{a}}", "a{b", "a}b{c", "{a} }",
    Array(repeating: "{a|b|c|d}", count: 7).joined(separator: " "),
    "x" + String(repeating: "{a|b|c|d}", count: 7),
    Array(repeating: "{a|b|c|d}", count: 6).joined(separator: " "),
  ]

  func testEdgeCasesMatchTheCharacterLevelReference() {
    var cache = PhraseParser.Cache()
    assertSameAsReference(Self.edgeCases.filter { !Self.fusesSyntax($0) }, cache: &cache)
  }

  /// Whether a syntax character (`{ } | ?` or a space) shares a Character with a neighbour, as before a
  /// combining mark: there the Character-level oracle sees no syntax.
  private static func fusesSyntax(_ phrase: String) -> Bool {
    phrase.contains { character in
      character.unicodeScalars.count > 1 && character.unicodeScalars.contains { "{}|? ".unicodeScalars.contains($0) }
    }
  }

  /// The byte parser reads a syntax character as syntax even where a combining mark follows it.
  func testSyntaxCharactersBeforeCombiningMarksStaySyntax() throws {
    XCTAssertFalse(Self.edgeCases.filter(Self.fusesSyntax).isEmpty)
    let aOrB = [ExpandedPhrase(elements: [.word("a")], choice: 0), ExpandedPhrase(elements: [.word("b")], choice: 1)]
    XCTAssertEqual(try PhraseParser.parse("{\u{301}a|b}"), aOrB)
    XCTAssertEqual(try PhraseParser.parse("{a|\u{301}b}"), aOrB)
    XCTAssertEqual(
      try PhraseParser.parse("{a|b}\u{301}"),
      [ExpandedPhrase(elements: [.word("á")], choice: 0), ExpandedPhrase(elements: [.word("b\u{301}")], choice: 1)])
    XCTAssertEqual(try PhraseParser.parse("{a}\u{20DD}?"), [ExpandedPhrase(elements: [.word("a")], choice: 0)])
    XCTAssertEqual(
      try PhraseParser.parse("\u{600}{x|y}"),
      [ExpandedPhrase(elements: [.word("x")], choice: 0), ExpandedPhrase(elements: [.word("y")], choice: 1)])
  }

  /// Every string in the built-in packs (messages and examples too: long, odd inputs for the parser).
  func testEveryStringOfTheBuiltInPacksMatchesTheReference() throws {
    var strings: [String] = []
    func collect(_ value: Any) {
      if let text = value as? String {
        strings.append(text)
      } else if let list = value as? [Any] {
        list.forEach(collect)
      } else if let object = value as? [String: Any] {
        object.keys.sorted().forEach { collect(object[$0]!) }
      }
    }
    for file in EmbeddedPacks.files {
      collect(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)))
    }
    XCTAssertGreaterThan(strings.count, 2000)
    var cache = PhraseParser.Cache()
    assertSameAsReference(strings, cache: &cache)
  }

  func testExpansionsAndChoices() throws {
    let expansions = try PhraseParser.parse("Vi {ska|kommer att}? se över")
    XCTAssertEqual(
      expansions,
      [
        ExpandedPhrase(elements: [.word("vi"), .word("ska"), .word("se"), .word("över")], choice: 0),
        ExpandedPhrase(elements: [.word("vi"), .word("kommer"), .word("att"), .word("se"), .word("över")], choice: 1),
        ExpandedPhrase(elements: [.word("vi"), .word("se"), .word("över")], choice: 2),
      ])
    XCTAssertEqual(try PhraseParser.parse("FÖRBÄTTR*"), [ExpandedPhrase(elements: [.prefix("förbättr")], choice: 0)])
    XCTAssertEqual(
      try PhraseParser.parse("vecka <tal> ~3 ÅR"),
      [ExpandedPhrase(elements: [.word("vecka"), .number, .gap(3), .word("år")], choice: 0)])
    // NFD input folds to the same (NFC) word as NFC input.
    XCTAssertEqual(try PhraseParser.parse("A\u{30A}r"), try PhraseParser.parse("År"))
    // Equal expansions collapse to the first (choices differ here, so both stay).
    XCTAssertEqual(
      try PhraseParser.parse("{a|a}"),
      [ExpandedPhrase(elements: [.word("a")], choice: 0), ExpandedPhrase(elements: [.word("a")], choice: 1)])
    XCTAssertEqual(try PhraseParser.parse("x{a|a}? {b|b}"), try CharacterPhraseParser.parse("x{a|a}? {b|b}"))
  }

  func testErrorMessages() {
    let cases: [(String, String)] = [
      ("", "tom fras"),
      (" {", "\"{\" utan \"}\" i \" {\""),
      ("a}", "\"}\" utan \"{\" i \"a}\""),
      ("<foo>", "okänd ordklass <foo> i \"<foo>\""),
      ("a ~21 b", "luckan ~21 i \"a ~21 b\" måste vara ~1 till ~20"),
      ("~2 a", "en lucka (~N) får inte inleda frasen \"~2 a\""),
      ("a ~2", "en lucka (~N) får inte avsluta frasen \"a ~2\""),
      ("<same> a", "<same> behöver ett ord före sig i frasen \"<same> a\""),
      ("a*b", "jokertecknet * måste stå sist i ett ord med minst en bokstav: \"a*b\""),
      ("—", "frasen \"—\" innehåller inga ord"),
    ]
    for (phrase, message) in cases {
      guard case .failed(let description) = outcome({ try PhraseParser.parse(phrase) }) else {
        XCTFail("\"\(phrase)\" should not parse")
        continue
      }
      XCTAssertTrue(description.hasPrefix(message), "\"\(phrase)\": \(description)")
    }
  }

  func testWhitespaceTrimmingMatchesFoundation() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      XCTAssertEqual(
        WhitespaceTrimming.isWhitespace(value), CharacterSet.whitespaces.contains(scalar),
        "U+\(String(value, radix: 16))")
    }
    let text = "\u{A0} \t\u{2003}a b\u{200B}\u{3000}"
    let trimmed = Array(text.utf8).withUnsafeBufferPointer { bytes in
      String(decoding: bytes[WhitespaceTrimming.trimmed(0..<bytes.count, in: bytes)], as: UTF8.self)
    }
    XCTAssertEqual(trimmed, text.trimmingCharacters(in: .whitespaces))
  }

  func testLatin1FoldingMatchesWordFolder() {
    for value in UInt32(0x20)..<0x100 {
      let text = "A" + String(Unicode.Scalar(value)!) + "Z"
      var bytes = Array(text.utf8)
      let folded = bytes.withUnsafeMutableBufferPointer { PhraseWords.foldLatin1($0) }
      XCTAssertTrue(folded)
      XCTAssertEqual(String(decoding: bytes, as: UTF8.self), WordFolder.fold(text), "U+\(String(value, radix: 16))")
      let plain = Array(text.utf8).withUnsafeBufferPointer { PhraseWords.isPlainWord($0) }
      if plain { XCTAssertEqual(PhraseWords.split(text), [WordFolder.fold(text)], "U+\(String(value, radix: 16))") }
    }
    var beyond = Array("aĀ".utf8)
    XCTAssertFalse(beyond.withUnsafeMutableBufferPointer { PhraseWords.foldLatin1($0) })
  }
}
