import Foundation
import Testing

@testable import KlarsvarLanguage

/// Small shortcuts of the layer against the library calls they stand in for, on seeded random words.
@Suite struct ShortcutEquivalenceTests {
  static let letters: [String] =
    "abcdefhilmnorstuvåäöéü\u{308}-".unicodeScalars.map { String($0) } + [
      "chef", "nämnden", "ordförande", "kommun", " ",
    ]

  static func randomWords(seed: UInt64, count: Int) -> [String] {
    var generator = SplitMix(seed: seed)
    return (0..<count).map { _ in
      let length = Int(generator.next() % 8) + 1
      return (0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }.joined()
    }
  }

  @Test func suffixMatcherIsHasSuffix() {
    let letter = TestResources.language.expressionGrammar.letter
    let vocabulary = TestResources.language.signatureWords
    let words =
      Self.randomWords(seed: 3, count: 5000).map { CaseFolding.fold($0) } + letter.roleWords + letter.bodyWords
    for word in words {
      #expect(vocabulary.isRole(word) == letter.isRoleWord(word), "\(word)")
      #expect(vocabulary.isBody(word) == letter.isBodyWord(word), "\(word)")
    }
  }

  /// Lemmas are NFC data without a combining mark after a space (which `split` would keep with the space).
  @Test func lemmaWordsAreTheSplit() {
    for phrase in Self.randomWords(seed: 9, count: 5000).map({ String($0.unicodeScalars.filter { $0 != "\u{308}" }) })
      + [
        "se över", " se  över ", "   ", "",
      ]
    {
      #expect(LemmaWords.head(phrase) == (phrase.split(separator: " ").first.map(String.init) ?? phrase), "\(phrase)")
      var words: [Substring] = []
      #expect(LemmaWords.allWords(of: phrase) { words.append($0) == () })
      #expect(words == phrase.split(separator: " "), "\(phrase)")
    }
  }
}
