import TestSupport
import XCTest

@testable import KlarsvarText

/// The word-at-a-time scans over a document's bytes (line index, line bounds, UTF-16 lengths) give
/// the same answers as the byte-by-byte definitions they replace.
final class TextScanFastPathTests: XCTestCase {
  /// Pieces that exercise line ends (alone, paired, split across words), the bytes next to them and
  /// scalars of every UTF-8 length.
  private static let pieces = [
    "a", "b", " ", "\t", "\n", "\r", "\r\n", "\n\r", "\u{0B}", "\u{0C}", "\u{0E}", "å", "é", "€", "😀", "ﬁ",
    "\u{0301}", "h", "w", "@", "<", "{{", "}}", "http://", "ord", "\r\r\n",
  ]

  private func randomTexts(count: Int) -> [String] {
    var generator = SeededRandom(seed: 42)
    var texts = ["", "\n", "\r", "\r\n", "abcdefgh\r", "abcdefg\r\n", "abcdefgh\n", String(repeating: "å", count: 600)]
    for _ in 0..<count {
      let length = Int.random(in: 0...60, using: &generator)
      texts.append((0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
    }
    return texts
  }

  func testLineIndexMatchesTheByteByByteDefinition() {
    for text in randomTexts(count: 3000) {
      let bytes = Array(text.utf8)
      let fast = SourceText.lineIndex(bytes)
      let reference = lineIndexByteByByte(bytes)
      XCTAssertEqual(fast.utf8, reference.utf8, "\(text.debugDescription)")
      XCTAssertEqual(fast.utf16, reference.utf16, "\(text.debugDescription)")
      XCTAssertEqual(fast.scalars, reference.scalars, "\(text.debugDescription)")
    }
  }

  func testLineIndexAgreesWithFoundationCounts() {
    let text = "Hej!\r\nTack för ditt brev 😀.\rMed vänliga hälsningar\nAnna Lind\n"
    let source = SourceText(text)
    for line in 0..<source.lineCount {
      let prefix = String(decoding: source.utf8[0..<source.lineStarts[line]], as: UTF8.self)
      XCTAssertEqual(source.lineUTF16Starts[line], prefix.utf16.count)
      XCTAssertEqual(source.lineScalarStarts[line], prefix.unicodeScalars.count)
    }
    XCTAssertEqual(source.lineCount, 5)
  }

  /// The scanner's line bounds as they were found before: forwards from `start` to the first line end.
  private func lineBoundsByteByByte(_ bytes: [UInt8], from start: Int) -> (contentEnd: Int, next: Int) {
    let count = bytes.count
    var index = start
    while index < count && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
    var next = index
    if next < count && bytes[next] == 0x0D { next += 1 }
    if next < count && bytes[next] == 0x0A && (next == index || bytes[next - 1] == 0x0D) { next += 1 }
    if next == index && next < count { next += 1 }
    return (index, next)
  }

  func testScannerLineBoundsMatchAForwardScanFromEveryOffset() {
    for text in randomTexts(count: 1500) {
      let source = SourceText(text)
      let scanner = MarkupScanner(source: source, format: .plain, placeholders: [])
      for start in 0..<source.utf8Count {
        let fast = scanner.lineBounds(from: start)
        let reference = lineBoundsByteByByte(source.utf8, from: start)
        XCTAssertEqual(fast.contentEnd, reference.contentEnd, "\(text.debugDescription) at \(start)")
        XCTAssertEqual(fast.next, reference.next, "\(text.debugDescription) at \(start)")
      }
    }
  }

  func testScannerSkipsToTheFirstInterestingByte() {
    let placeholders = [PlaceholderDelimiters(open: "{{", close: "}}"), PlaceholderDelimiters(open: "[", close: "]")]
    for format in [DocumentFormat.plain, .markdown] {
      let interesting = Set(Array("hHwW@[{".utf8) + (format == .markdown ? Array("`<".utf8) : []))
      for text in randomTexts(count: 500) + ["ord [x] och {{namn}} `kod` <!-- -->"] {
        let source = SourceText(text)
        let scanner = MarkupScanner(source: source, format: format, placeholders: placeholders)
        for start in 0...source.utf8Count {
          for end in start...source.utf8Count where end - start <= 12 || end == source.utf8Count {
            let expected = (start..<end).first { interesting.contains(source.utf8[$0]) } ?? end
            XCTAssertEqual(scanner.skipOrdinary(from: start, to: end), expected, "\(text.debugDescription)")
          }
        }
      }
    }
  }

  func testUTF16LengthMatchesStringCounts() {
    for text in randomTexts(count: 1500) {
      let bytes = Array(text.utf8)
      let scalarStarts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
      // Every slice between scalar boundaries, as pieces handed to regular expressions are.
      for low in scalarStarts.prefix(6) {
        for high in scalarStarts where high >= low {
          let length = bytes.withUnsafeBufferPointer {
            ByteScan.unitCount(in: UnsafeBufferPointer(rebasing: $0[low..<high]), countingSurrogates: true)
          }
          XCTAssertEqual(length, String(decoding: bytes[low..<high], as: UTF8.self).utf16.count)
        }
      }
    }
  }

  func testLongTextsOverflowNoLaneCounter() {
    // More than 255 words of multi-byte scalars between line ends.
    let text = String(repeating: "å😀é", count: 2000) + "\n" + String(repeating: "x", count: 3000)
    let bytes = Array(text.utf8)
    let fast = SourceText.lineIndex(bytes)
    let reference = lineIndexByteByByte(bytes)
    XCTAssertEqual(fast.utf16, reference.utf16)
    XCTAssertEqual(fast.scalars, reference.scalars)
    let length = bytes.withUnsafeBufferPointer { ByteScan.unitCount(in: $0, countingSurrogates: true) }
    XCTAssertEqual(length, text.utf16.count)
  }
}

/// The line index one byte at a time: the definition `SourceText.lineIndex` must agree with.
private func lineIndexByteByByte(_ bytes: [UInt8]) -> (utf8: [Int], utf16: [Int], scalars: [Int]) {
  var starts = [0]
  var utf16Starts = [0]
  var scalarStarts = [0]
  var utf16Count = 0
  var scalarCount = 0
  for (index, byte) in bytes.enumerated() {
    if byte & 0xC0 != 0x80 {
      scalarCount += 1
      utf16Count += byte >= 0xF0 ? 2 : 1
    }
    if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
      starts.append(index + 1)
      utf16Starts.append(utf16Count)
      scalarStarts.append(scalarCount)
    }
  }
  return (starts, utf16Starts, scalarStarts)
}
