import TestSupport
import XCTest

@testable import KlarsvarText

/// The Markdown scanner's code spans and placeholders, found with per-line memory instead of a
/// search to the end of the line for every opener, are the ones the plain searches find.
final class MarkupScannerLinearTests: XCTestCase {
  private let placeholders = [
    PlaceholderDelimiters(open: "[[", close: "]]"), PlaceholderDelimiters(open: "{{", close: "}}"),
  ]

  /// The scan as it was before the per-line memory: each opener searches the rest of its line.
  private func reference(_ text: String) -> [TextRange] {
    let bytes = Array(text.utf8)
    var regions: [TextRange] = []
    func find(_ needle: [UInt8], from start: Int, limit: Int) -> Int? {
      guard start <= limit - needle.count else { return nil }
      return (start...(limit - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }
    var lineStart = 0
    while lineStart <= bytes.count {
      let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      var index = lineStart
      scan: while index < end {
        for delimiters in placeholders {
          let open = Array(delimiters.open.utf8)
          if index + open.count <= end, Array(bytes[index..<(index + open.count)]) == open,
            let close = find(Array(delimiters.close.utf8), from: index + open.count, limit: end)
          {
            regions.append(TextRange(index, close + delimiters.close.utf8.count))
            index = close + delimiters.close.utf8.count
            continue scan
          }
        }
        if bytes[index] == UInt8(ascii: "`") {
          var run = index
          while run < end && bytes[run] == bytes[index] { run += 1 }
          let ticks = [UInt8](repeating: bytes[index], count: run - index)
          if let close = find(ticks, from: run, limit: end),
            close + ticks.count >= end || bytes[close + ticks.count] != bytes[index]
          {
            regions.append(TextRange(index, close + ticks.count))
            index = close + ticks.count
          } else {
            index = run
          }
          continue
        }
        index += 1
      }
      lineStart = end + 1
    }
    return regions
  }

  func testCodeSpansAndPlaceholdersAsThePlainSearchFindsThem() {
    var random = SeededRandom(seed: 15)
    let pieces = ["`", "``", "```", "a", "b ", " ", "[[", "]]", "{{", "}}", "[", "x`y"]
    for _ in 0..<3_000 {
      // Lines start with a word: no fence or indented code block, which are block constructs.
      let text = (0..<(1 + random.next(3))).map { _ in "x " + random.text(from: pieces, count: random.next(30)) }
        .joined(separator: "\n")
      let scanner = MarkupScanner(source: SourceText(text), format: .markdown, placeholders: placeholders)
      let found = scanner.scan().regions.filter { $0.kind == .code || $0.kind == .placeholder }.map(\.range)
      XCTAssertEqual(found, reference(text), text.debugDescription)
    }
  }

  func testBacktickRunsKnowTheFirstLaterRunAtLeastAsLong() {
    let bytes = Array("` `` ``` `` ` ````".utf8)
    var runs = MarkupScanner.BacktickRuns(bytes, from: 0, to: bytes.count)
    XCTAssertEqual(runs.lengths, [1, 2, 3, 2, 1, 4])
    XCTAssertEqual(runs.nextAtLeastAsLong, [1, 2, 5, 5, 5, -1])
    XCTAssertNil(runs.codeSpanEnd(openingAt: 0, length: 1), "the next run is longer: no span")
    XCTAssertNil(runs.codeSpanEnd(openingAt: 2, length: 2))
    XCTAssertEqual(runs.codeSpanEnd(openingAt: 11, length: 2), nil)
  }
}
