import KlarsvarCore
import XCTest

@testable import KlarsvarLSP
@testable import KlarsvarText

final class PositionCursorTests: XCTestCase {
  /// Every offset, in text order, out of order and repeated, maps exactly as the core's one-off conversion.
  func testMatchesCoreConversionInAnyOrder() {
    let text = "Hej 👋🏽 Åsa,\r\nVi ska\u{030A} svara senast\rden 3 maj. Ärendet 😀😀 är öppet.\n\nMvh\nOla"
    let source = SourceText(text)
    let offsets = Array(0...source.utf8Count)
    var shuffled = offsets
    var seed: UInt64 = 42
    for index in shuffled.indices.reversed() {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      shuffled.swapAt(index, Int(seed >> 33) % (index + 1))
    }
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      for order in [offsets, offsets.reversed(), shuffled, offsets + offsets] {
        var cursor = PositionCursor(source: source, encoding: encoding)
        for offset in order {
          let expected = source.position(ofUTF8: offset, in: encoding)
          let actual = cursor.position(ofUTF8: offset)
          XCTAssertEqual(actual.line, expected.line, "line of \(offset) in \(encoding)")
          XCTAssertEqual(actual.character, expected.column, "column of \(offset) in \(encoding)")
        }
      }
    }
  }
}
