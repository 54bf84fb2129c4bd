import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// Locations through the long-line index are the ones counted from the line start.
final class LongLineIndexTests: XCTestCase {
  func testLocationsMatchThePlainCountOnLongLines() throws {
    var random = SeededRandom(seed: 17)
    let pieces = ["ord ", "å", "😀", "a\u{030A}", "\t", "x", "漢", "\r\n", "\n"]
    for round in 0..<20 {
      let long = random.text(from: Array(pieces.dropLast(2)), count: 3_000 + random.next(6_000))
      let text = random.text(from: pieces, count: 20) + long + (round % 2 == 0 ? "\n" : "") + long
      let source = SourceText(text)
      let index = try XCTUnwrap(LongLineIndex(source))
      let boundaries = source.utf8.indices.filter { source.utf8[$0] & 0xC0 != 0x80 } + [source.utf8Count]
      for _ in 0..<300 {
        let a = boundaries[random.next(boundaries.count)]
        let b = boundaries[random.next(boundaries.count)]
        let range = TextRange(min(a, b), max(a, b))
        XCTAssertEqual(ReportLocation(range, in: source, longLines: index), ReportLocation(range, in: source))
      }
    }
    XCTAssertNil(LongLineIndex(SourceText("kort\nrad\n")), "short lines need no index")
  }
}
