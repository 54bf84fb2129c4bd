import Foundation
import TestSupport
import XCTest

@testable import KlarsvarText

/// The word scanner folds ASCII and Latin-1 letters itself and probes prefixes once a word is complete;
/// its tokens must carry what folding the word scalar by scalar with `WordFolder` (probing every
/// prefix as it grows) gives: hash, word id, prefix ids in order, and letter count.
final class TokenizerWordFoldTests: XCTestCase {
  private static let letters = [
    "a", "b", "e", "k", "o", "s", "t", "A", "K", "S", "å", "ä", "ö", "Å", "Ä", "Ö", "é", "É", "ß", "ü", "ÿ", "Ω", "ω",
    "İ",
  ]
  private static let inner = ["-", ".", ":", "1", "2", "e\u{0301}", "\u{0308}", "×", "😀", ",", "/"]
  private static let separators = [" ", " ", " ", "\t", ", ", ". ", "\n", " – ", "(", ") "]

  private func randomWord(_ generator: inout SeededRandom) -> String {
    // Mostly short words; some run past the prefix limit (64 bytes) or the folder's buffer (256 bytes).
    let lengths = [1, 2, 3, 5, 8, 12, 30, 62, 63, 64, 65, 127, 128, 129, 200, 260]
    let length = generator.next(4) == 0 ? lengths[generator.next(lengths.count)] : 1 + generator.next(10)
    var word = ""
    for _ in 0..<length {
      // Long words rarely break, so that some stay whole.
      if generator.next(length > 60 ? 400 : 12) == 0 {
        word += Self.inner[generator.next(Self.inner.count)]
      } else {
        word += Self.letters[generator.next(Self.letters.count)]
      }
    }
    return word
  }

  /// What the scanner must report for a token's text, from the general folder.
  private func reference(_ word: String, _ index: WordIndex) -> String {
    var folder = WordFolder(prefixFilter: HashFilter(index.prefixes))
    defer { folder.deallocate() }
    let composed =
      word.unicodeScalars.contains { ScalarClass.wordRole($0.value) == .mark }
      ? word.precomposedStringWithCanonicalMapping : word
    for scalar in composed.unicodeScalars { folder.append(scalar.value, index: index) }
    let length = folder.length
    let bytes = UnsafeBufferPointer(rebasing: folder.buffer[0..<min(length, WordFolder.capacity)])
    let wordID = folder.overflow ? -1 : index.words.lookup(hash: folder.hash, bytes: bytes) ?? -1
    let letters = word.unicodeScalars.filter { ScalarClass.wordRole($0.value) == .letter }.count
    return "\(folder.hash) \(wordID) \(Array(folder.prefixHits)) \(letters)"
  }

  func testScannedWordsFoldAsTheFolderFoldsThem() {
    var generator = SeededRandom(seed: 4711)
    var words: [String] = []
    for _ in 0..<600 { words.append(randomWord(&generator)) }
    var index = WordIndex()
    for word in words.prefix(200) { _ = index.words.insert(Array(WordFolder.fold(word).utf8)) }
    // Prefixes of many lengths of some words (single letters among them, and some that end inside a
    // scalar, which no probe may find), and a few that are no word's.
    for word in words.prefix(120) {
      let folded = Array(WordFolder.fold(word).utf8)
      for length in [1, 2, 3, 4, 6, 9, 40, 63, 64, 70] where length <= folded.count {
        _ = index.prefixes.insert(Array(folded[0..<length]))
      }
    }
    for prefix in ["zz", "å", "ö", "s", "ω", "ii"] { _ = index.prefixes.insert(Array(prefix.utf8)) }
    let tokenizer = Tokenizer(index: index)
    var prefixHits = 0
    var overflowing = 0
    for round in 0..<200 {
      var text = ""
      for _ in 0..<(1 + generator.next(40)) {
        text += words[generator.next(words.count)] + Self.separators[generator.next(Self.separators.count)]
      }
      let tokenized = tokenizer.tokenize(SourceText(text), format: .plain, placeholders: [])
      for token in tokenized.tokens where token.kind == .word || token.isNumeric {
        let start = Int(token.prefixStart)
        let prefixes = Array(tokenized.prefixIDs[start..<(start + Int(token.prefixCount))])
        prefixHits += prefixes.count
        if token.range.length > WordFolder.capacity { overflowing += 1 }
        let found = "\(token.hash) \(token.wordID) \(prefixes) \(token.letterCount)"
        let word = tokenized.text(of: token)
        XCTAssertEqual(found, reference(word, index), "round \(round): \(word.debugDescription)")
      }
    }
    // The comparison covered prefix hits and words too long for the folder's buffer.
    XCTAssertGreaterThan(prefixHits, 500)
    XCTAssertGreaterThan(overflowing, 10)
  }

  /// A word that ends the document ends at the text's last byte, where the scanner's look-ahead must
  /// stop: each word alone and after another, including 300-byte ones; an empty document has no tokens.
  func testWordsEndingTheDocumentFoldAsTheFolderFoldsThem() {
    var generator = SeededRandom(seed: 1848)
    let words = (0..<400).map { _ in randomWord(&generator) }
    var index = WordIndex()
    for word in words.prefix(150) { _ = index.words.insert(Array(WordFolder.fold(word).utf8)) }
    for word in words.prefix(100) {
      let folded = Array(WordFolder.fold(word).utf8)
      for length in [1, 2, 5, 63] where length <= folded.count { _ = index.prefixes.insert(Array(folded[0..<length])) }
    }
    let tokenizer = Tokenizer(index: index)
    XCTAssertTrue(tokenizer.tokenize(SourceText(""), format: .plain, placeholders: []).tokens.isEmpty)
    let edges = ["e-", "12.", "a\u{0301}", "Å", String(repeating: "ö", count: 150), String(repeating: "Ω", count: 130)]
    var compared = 0
    for word in words + Self.letters + edges {
      for text in [word, "x " + word] {
        let tokenized = tokenizer.tokenize(SourceText(text), format: .plain, placeholders: [])
        for token in tokenized.tokens where token.kind == .word || token.isNumeric {
          let start = Int(token.prefixStart)
          let prefixes = Array(tokenized.prefixIDs[start..<(start + Int(token.prefixCount))])
          let found = "\(token.hash) \(token.wordID) \(prefixes) \(token.letterCount)"
          let word = tokenized.text(of: token)
          XCTAssertEqual(found, reference(word, index), "\(text.debugDescription): \(word.debugDescription)")
          compared += 1
        }
      }
    }
    XCTAssertGreaterThan(compared, 2 * words.count)
  }

  func testPrefixStartsCoverEveryPrefixWord() {
    var prefixes = Vocabulary()
    for key in ["a", "å", "ab", "äpple", "xyz", String(repeating: "k", count: 63), String(repeating: "k", count: 64)] {
      _ = prefixes.insert(Array(key.utf8))
    }
    let table = Tokenizer.prefixStarts(prefixes)
    prefixes.forEachKey { key in
      guard key.count < WordFolder.prefixLimit else { return }
      for second in 0...255 where key.count == 1 || UInt8(second) == key[1] {
        let entry = table[Tokenizer.prefixStartIndex(key[0], UInt8(second))]
        XCTAssertNotEqual(entry & (1 << UInt64(key.count)), 0, "\(key)")
      }
    }
    XCTAssertEqual(table.reduce(0) { $0 | $1 } & (1 << 0), 0)
  }

  func testMarkupSetupsAreSharedOnlyForEqualOptions() {
    let cache = MarkupScanner.SetupCache()
    let defaults = cache.setup(format: .plain, placeholders: PlaceholderDelimiters.defaults)
    XCTAssertTrue(defaults === cache.setup(format: .plain, placeholders: PlaceholderDelimiters.defaults))
    XCTAssertFalse(defaults === cache.setup(format: .markdown, placeholders: PlaceholderDelimiters.defaults))
    XCTAssertFalse(defaults === cache.setup(format: .plain, placeholders: []))
    // One tokenizer used with changing options answers as a new tokenizer does for each.
    let options: [(DocumentFormat, [PlaceholderDelimiters])] = [
      (.plain, PlaceholderDelimiters.defaults), (.markdown, PlaceholderDelimiters.defaults), (.plain, []),
      (.markdown, [PlaceholderDelimiters(open: "[", close: "]")]),
    ]
    let text = "Se {{namn}} och `kod` <!-- x --> [[a]] «b» [c] www.ivo.se hej@ivo.se\n\n```\nkod\n```\n"
    let tokenizer = Tokenizer(index: .empty)
    for (format, placeholders) in options + options {
      let reused = tokenizer.tokenize(SourceText(text), format: format, placeholders: placeholders)
      let fresh = Tokenizer(index: .empty).tokenize(SourceText(text), format: format, placeholders: placeholders)
      XCTAssertEqual(reused.tokens.map { "\($0.range) \($0.kind)" }, fresh.tokens.map { "\($0.range) \($0.kind)" })
      XCTAssertEqual(reused.masked.map { "\($0.range) \($0.kind)" }, fresh.masked.map { "\($0.range) \($0.kind)" })
    }
  }
}
