import TestSupport
import XCTest

@testable import KlarsvarText

/// The tokenizer's shortcuts (words that follow a single space, unchecked vocabulary probes, the
/// abbreviation filter, tokens written into the output's storage) give the general paths' answers.
final class TokenizerEquivalenceTests: XCTestCase {
  private static let pieces = [
    "och", "att", "Det", "ÅSA", "åsa", "ändå", "Öl", "t.ex", "IVO:s", "e-post", "1.5", "9–15", "30/6", "2027-06-30",
    "1900", "12", "1", "ca", "osv", "m.m", "kl", "Nästa", "slut", "ord😀ord", "3×4", "naïve", "A\u{030A}sa",
    "e\u{0301}mile", "Ωmega", "ß-ord", "ivo.se", String(repeating: "lång", count: 20),
    String(repeating: "å", count: 140),
    "a", "x", "Z9", "ab-cd", "AB-cd", "kontakt", "kontakta", "handläggare",
  ]
  private static let separators = [
    " ", " ", " ", " ", " ", ", ", ". ", "! ", "? ", "… ", " ” ", " \" ", " » ", "”", " (", ") ", "\n", "\r\n", "\n\n",
    "\n- ", "\n1. ", "\n2) ", " • ", " : ", " - ", " – ", "  ", "\u{00A0}", " ’", "/",
  ]

  private func index() -> WordIndex {
    var index = WordIndex()
    for word in ["och", "att", "åsa", "ändå", "t.ex", "ivo:s", "1.5", "ab-cd", "kontakt", "a", "ωmega", "émile"] {
      _ = index.words.insert(Array(word.utf8))
    }
    for prefix in ["å", "änd", "kontakt", "handl", "lån", "o"] { _ = index.prefixes.insert(Array(prefix.utf8)) }
    return index
  }

  private func randomText(_ generator: inout SeededRandom, pieces count: Int) -> String {
    var text = ""
    for _ in 0..<count {
      text += Self.pieces[generator.next(Self.pieces.count)]
      text += Self.separators[generator.next(Self.separators.count)]
    }
    return text
  }

  private func describe(_ text: TokenizedText) -> [String] {
    var lines = text.tokens.map { token in
      let start = Int(token.prefixStart)
      let prefixes = text.prefixIDs[start..<(start + Int(token.prefixCount))]
      return
        "\(token.range) \(token.kind) \(token.hash) \(token.wordID) \(Array(prefixes)) \(token.letterCount) \(token.isQuoted)"
    }
    lines += text.sentences.map { "sentence \($0.tokenRange) \($0.range) \($0.paragraph)" }
    lines += text.paragraphs.map { "paragraph \($0.sentenceRange) \($0.range) \($0.isHeading)" }
    lines += text.quoted.map { "quoted \($0)" }
    return lines
  }

  /// A tab takes the dispatch loop's general path where a space takes the shortcuts; both separate
  /// words alike, so a text and its tabbed copy (same length) must tokenize the same.
  func testWordsAfterASpaceTokenizeAsAfterATab() {
    let tokenizer = Tokenizer(index: index())
    var generator = SeededRandom(seed: 2027)
    for round in 0..<300 {
      let text = randomText(&generator, pieces: 1 + generator.next(60))
      let tabbed = text.replacingOccurrences(of: " ", with: "\t")
      let spaced = tokenizer.tokenize(SourceText(text), format: .plain, placeholders: [])
      let general = tokenizer.tokenize(SourceText(tabbed), format: .plain, placeholders: [])
      XCTAssertEqual(describe(spaced), describe(general), "round \(round): \(text.debugDescription)")
      XCTAssertFalse(spaced.tokens.isEmpty)
    }
  }

  func testManyShortWordsOutgrowTheFirstTokenStorage() {
    let tokenizer = Tokenizer(index: index())
    let words = (0..<5000).map { ["a", "x", "och", "1"][$0 % 4] }
    let text = tokenizer.tokenize(SourceText(words.joined(separator: " ")), format: .plain, placeholders: [])
    XCTAssertEqual(text.tokens.count, words.count)
    XCTAssertEqual(text.tokens.map(text.text(of:)), words)
    let tabbed = tokenizer.tokenize(SourceText(words.joined(separator: "\t")), format: .plain, placeholders: [])
    XCTAssertEqual(describe(text), describe(tabbed))
  }

  func testProbeFindsWhatLookupFinds() {
    var vocabulary = Vocabulary()
    var generator = SeededRandom(seed: 7)
    var keys: [[UInt8]] = [[]]
    for _ in 0..<400 {
      let length = generator.next(21)
      keys.append((0..<length).map { _ in UInt8(0x61 + generator.next(4)) })
    }
    for key in keys.prefix(300) { _ = vocabulary.insert(key) }
    // Present keys, absent keys, and every key under another key's hash (equal hashes, unequal bytes).
    var queries: [(bytes: [UInt8], hash: UInt64)] = keys.map { ($0, Vocabulary.hash($0)) }
    for (position, key) in keys.enumerated() {
      queries.append((key, Vocabulary.hash(keys[(position + 1) % keys.count])))
    }
    vocabulary.withProbe { probe in
      for query in queries {
        // Garbage after the bytes: the probe's 8-byte loads must ignore it.
        let padded = query.bytes + [0xFF, 0x61, 0x62, 0xFE, 0x00, 0x61, 0x61, 0x61]
        let expected = query.bytes.withUnsafeBufferPointer { vocabulary.lookup(hash: query.hash, bytes: $0) } ?? -1
        let found = padded.withUnsafeBufferPointer {
          probe.id(hash: query.hash, bytes: $0.baseAddress!, length: query.bytes.count)
        }
        XCTAssertEqual(found, expected, "\(query.bytes)")
      }
    }
    XCTAssertEqual(vocabulary.word(vocabulary.insert(keys[5])), String(decoding: keys[5], as: UTF8.self))
  }

  func testAbbreviationFilterKeepsEveryAbbreviation() {
    let inner = Set(SwedishAbbreviations.inner.map { Vocabulary.hash(Array($0.utf8)) })
    let final = Set(SwedishAbbreviations.sentenceFinal.map { Vocabulary.hash(Array($0.utf8)) })
    var generator = SeededRandom(seed: 11)
    var hashes = Array(inner) + Array(final)
    for _ in 0..<20_000 { hashes.append(UInt64(generator.next(1 << 30)) << 34 | UInt64(generator.next(1 << 30))) }
    for word in Self.pieces { hashes.append(Vocabulary.hash(Array(WordFolder.fold(word).utf8))) }
    for hash in hashes {
      XCTAssertEqual(SwedishAbbreviations.innerHashes.contains(hash), inner.contains(hash))
      XCTAssertEqual(SwedishAbbreviations.sentenceFinalHashes.contains(hash), final.contains(hash))
    }
  }
}
