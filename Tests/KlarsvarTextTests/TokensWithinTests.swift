import TestSupport
import XCTest

@testable import KlarsvarText

/// `tokens(within:)` finds by binary search the tokens a scan from the first token finds.
final class TokensWithinTests: XCTestCase {
  /// The scan it replaced: tokens starting at or after the range's start, up to the first that ends beyond it.
  private func scanned(_ text: TokenizedText, _ range: TextRange) -> [Token] {
    var found: [Token] = []
    for token in text.tokens where token.range.lowerBound >= range.lowerBound {
      guard token.range.upperBound <= range.upperBound else { break }
      found.append(token)
    }
    return found
  }

  func testTheSameTokensAsTheScanFromTheStart() {
    var random = SeededRandom(seed: 29)
    let pieces = ["Vi ", "svarar ", "inom kort", ". ", "\n\n", "å", "😀 ", "  ", "x-y ", "(1) "]
    for _ in 0..<200 {
      let string = random.text(from: pieces, count: random.next(60))
      let text = Tokenizer(index: WordIndex()).tokenize(SourceText(string), format: .plain, placeholders: [])
      for _ in 0..<30 {
        let a = random.next(string.utf8.count + 1)
        let b = random.next(string.utf8.count + 1)
        let range = TextRange(min(a, b), max(a, b))
        XCTAssertEqual(Array(text.tokens(within: range)).map(\.range), scanned(text, range).map(\.range), string)
      }
    }
  }
}
