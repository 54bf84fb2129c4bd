import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

final class RequiredCharactersTests: XCTestCase {
  /// The word-wise skip must find exactly what a naive search finds, wherever the range starts and ends.
  func testAgreesWithANaiveSearchOnRandomTexts() {
    let alphabet = Array("aå ä\"”»“„’NEe.\n–x".unicodeScalars)
    var generator = SeededRandom(seed: 7)
    // "aäNE.x" has more than four distinct lead bytes (the general test instead of the four-lane one).
    for characters in ["\"”»“„’", "NE", "»", "”", "aäNE.x"] {
      let required = RequiredCharacters(characters)
      let needles = characters.map { Array(String($0).utf8) }
      for _ in 0..<3_000 {
        let length = Int.random(in: 0..<40, using: &generator)
        var text = String.UnicodeScalarView()
        for _ in 0..<length { text.append(alphabet.randomElement(using: &generator)!) }
        let bytes = Array(String(text).utf8)
        let low = Int.random(in: 0...bytes.count, using: &generator)
        let high = Int.random(in: low...bytes.count, using: &generator)
        let range = TextRange(low, high)
        let expected = (low..<high).contains { start in
          needles.contains { needle in
            start + needle.count <= high && Array(bytes[start..<(start + needle.count)]) == needle
          }
        }
        XCTAssertEqual(required.occurs(in: bytes, range), expected, "\(characters) in \(String(text)) \(range)")
      }
    }
  }

  func testFindsACharacterOnlyInsideTheRange() {
    let required = RequiredCharacters("”")
    let bytes = Array("Vi kallar dem ”klienter” i journalen, och så vidare utan citat.".utf8)
    XCTAssertTrue(required.occurs(in: bytes, TextRange(0, bytes.count)))
    let quote = bytes.firstIndex(of: 0xE2)!
    XCTAssertFalse(required.occurs(in: bytes, TextRange(0, quote + 2)), "a character cut by the range end")
    XCTAssertFalse(required.occurs(in: bytes, TextRange(quote + 30, bytes.count)))
    XCTAssertTrue(RequiredCharacters("").isEmpty)
  }
}
