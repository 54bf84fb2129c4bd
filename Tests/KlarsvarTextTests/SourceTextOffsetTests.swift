import XCTest

@testable import KlarsvarText

/// Exact conversions between UTF-8, UTF-16 and scalar offsets and 0-based line/column positions.
final class SourceTextOffsetTests: XCTestCase {
  /// Asserts the whole-text offsets and the line/column of a UTF-8 offset in every encoding.
  private func assertOffsets(
    _ text: SourceText, utf8: Int, utf16: Int, scalars: Int, line: Int, columns: (utf8: Int, utf16: Int, scalars: Int),
    file: StaticString = #filePath, line sourceLine: UInt = #line
  ) {
    XCTAssertEqual(text.utf16Offset(ofUTF8: utf8), utf16, "UTF-16 offset", file: file, line: sourceLine)
    XCTAssertEqual(text.scalarOffset(ofUTF8: utf8), scalars, "scalar offset", file: file, line: sourceLine)
    XCTAssertEqual(text.utf8Offset(of: utf16, in: .utf16), utf8, "UTF-16 → UTF-8", file: file, line: sourceLine)
    XCTAssertEqual(text.utf8Offset(of: scalars, in: .utf32), utf8, "scalars → UTF-8", file: file, line: sourceLine)
    let expected: [(PositionEncoding, Int)] = [
      (.utf8, columns.utf8), (.utf16, columns.utf16), (.utf32, columns.scalars),
    ]
    for (encoding, column) in expected {
      let position = text.position(ofUTF8: utf8, in: encoding)
      XCTAssertEqual(position, LinePosition(line: line, column: column), "\(encoding)", file: file, line: sourceLine)
      XCTAssertEqual(
        text.utf8Offset(of: position, in: encoding), utf8, "\(encoding) back", file: file, line: sourceLine)
    }
  }

  func testASCII() {
    let text = SourceText("abc\ndef")
    XCTAssertEqual(text.lineCount, 2)
    assertOffsets(text, utf8: 0, utf16: 0, scalars: 0, line: 0, columns: (0, 0, 0))
    assertOffsets(text, utf8: 3, utf16: 3, scalars: 3, line: 0, columns: (3, 3, 3))
    assertOffsets(text, utf8: 5, utf16: 5, scalars: 5, line: 1, columns: (1, 1, 1))
    assertOffsets(text, utf8: 7, utf16: 7, scalars: 7, line: 1, columns: (3, 3, 3))
  }

  func testSwedishLettersAreTwoBytesOneUnit() {
    // "Åsa får\nnäst": Å, å and ä are two UTF-8 bytes and one UTF-16 unit each.
    let text = SourceText("Åsa får\nnäst")
    XCTAssertEqual(text.utf8Count, 15)
    assertOffsets(text, utf8: 2, utf16: 1, scalars: 1, line: 0, columns: (2, 1, 1))  // after Å
    assertOffsets(text, utf8: 9, utf16: 7, scalars: 7, line: 0, columns: (9, 7, 7))  // after "får"
    assertOffsets(text, utf8: 13, utf16: 10, scalars: 10, line: 1, columns: (3, 2, 2))  // after "nä"
    assertOffsets(text, utf8: 15, utf16: 12, scalars: 12, line: 1, columns: (5, 4, 4))
  }

  func testEmojiIsASurrogatePair() {
    // 😀 is four UTF-8 bytes, two UTF-16 units and one scalar; 👋🏽 is two scalars.
    let text = SourceText("a😀b\n👋🏽c")
    assertOffsets(text, utf8: 1, utf16: 1, scalars: 1, line: 0, columns: (1, 1, 1))
    assertOffsets(text, utf8: 5, utf16: 3, scalars: 2, line: 0, columns: (5, 3, 2))
    assertOffsets(text, utf8: 6, utf16: 4, scalars: 3, line: 0, columns: (6, 4, 3))
    assertOffsets(text, utf8: 11, utf16: 7, scalars: 5, line: 1, columns: (4, 2, 1))  // between 👋 and 🏽
    assertOffsets(text, utf8: 15, utf16: 9, scalars: 6, line: 1, columns: (8, 4, 2))
  }

  func testDecomposedLettersKeepTheirScalars() {
    // NFD "å" is "a" plus U+030A (two bytes): one character but two scalars and two UTF-16 units.
    let string = "a\u{030A}r och a\u{0308}"
    let text = SourceText(string)
    XCTAssertEqual(text.utf8, Array(string.utf8), "the original bytes are kept, not normalised")
    XCTAssertEqual(text.utf8Count, 12)
    assertOffsets(text, utf8: 1, utf16: 1, scalars: 1, line: 0, columns: (1, 1, 1))
    assertOffsets(text, utf8: 3, utf16: 2, scalars: 2, line: 0, columns: (3, 2, 2))
    assertOffsets(text, utf8: 12, utf16: 10, scalars: 10, line: 0, columns: (12, 10, 10))
  }

  func testLineEndings() {
    let text = SourceText("a\nbb\r\nccc\rd\n")
    XCTAssertEqual(text.lineCount, 5, "\\n, \\r\\n and \\r each end one line; the text ends with an empty line")
    XCTAssertEqual((0..<text.lineCount).map(text.lineText), ["a", "bb", "ccc", "d", ""])
    XCTAssertEqual(text.lineRange(1), TextRange(2, 4))
    XCTAssertEqual(text.lineRange(2), TextRange(6, 9))
    assertOffsets(text, utf8: 2, utf16: 2, scalars: 2, line: 1, columns: (0, 0, 0))
    assertOffsets(text, utf8: 6, utf16: 6, scalars: 6, line: 2, columns: (0, 0, 0))
    assertOffsets(text, utf8: 10, utf16: 10, scalars: 10, line: 3, columns: (0, 0, 0))
    assertOffsets(text, utf8: 12, utf16: 12, scalars: 12, line: 4, columns: (0, 0, 0))
    XCTAssertEqual(SourceText("x\r\n").lineCount, 2, "\\r\\n is one line break, not two")
    XCTAssertEqual(SourceText("x\r\r").lineCount, 3)
    XCTAssertEqual(SourceText("").lineCount, 1)
  }

  func testOutOfRangePositionsAreClamped() {
    let text = SourceText("abc\r\nåäö\n")
    for encoding in PositionEncoding.allCases {
      XCTAssertEqual(text.utf8Offset(of: LinePosition(line: -1, column: 5), in: encoding), 0, "\(encoding)")
      XCTAssertEqual(text.utf8Offset(of: LinePosition(line: 9, column: 0), in: encoding), text.utf8Count, "\(encoding)")
      XCTAssertEqual(
        text.utf8Offset(of: LinePosition(line: 0, column: 99), in: encoding), 3,
        "column past the end stops before \\r\\n")
      XCTAssertEqual(text.utf8Offset(of: LinePosition(line: 1, column: 99), in: encoding), 11)
      XCTAssertEqual(text.utf8Offset(of: LinePosition(line: 1, column: -3), in: encoding), 5)
      XCTAssertEqual(text.utf8Offset(of: -4, in: encoding), 0)
      XCTAssertEqual(text.utf8Offset(of: 1_000, in: encoding), text.utf8Count)
      XCTAssertFalse(text.isValid(LinePosition(line: 0, column: 4), in: encoding))
      XCTAssertFalse(text.isValid(LinePosition(line: 3, column: 0), in: encoding))
      XCTAssertFalse(text.isValid(LinePosition(line: 0, column: -1), in: encoding))
      XCTAssertTrue(text.isValid(LinePosition(line: 0, column: 3), in: encoding))
      XCTAssertTrue(text.isValid(LinePosition(line: 2, column: 0), in: encoding))
    }
    XCTAssertTrue(text.isValid(LinePosition(line: 1, column: 3), in: .utf16))
    XCTAssertFalse(text.isValid(LinePosition(line: 1, column: 4), in: .utf16))
    XCTAssertTrue(text.isValid(LinePosition(line: 1, column: 6), in: .utf8))
    XCTAssertEqual(text.position(ofUTF8: 1_000, in: .utf16), LinePosition(line: 2, column: 0))
    XCTAssertEqual(text.position(ofUTF8: -7, in: .utf16), LinePosition(line: 0, column: 0))
    XCTAssertEqual(text.utf16Offset(ofUTF8: 1_000), 9)
    XCTAssertEqual(text.scalarOffset(ofUTF8: 1_000), 9)
    XCTAssertEqual(text.text(in: TextRange(9, 1_000)), "ö\n")
  }

  func testPositionsInsideASurrogatePairOrAScalarSnapToItsStart() {
    let text = SourceText("a😀b")
    XCTAssertEqual(text.utf8Offset(of: 2, in: .utf16), 1, "UTF-16 offset between the surrogates")
    XCTAssertEqual(text.utf8Offset(of: LinePosition(line: 0, column: 2), in: .utf16), 1)
    XCTAssertEqual(text.utf8Offset(of: 3, in: .utf16), 5)
    for inside in 2...4 {
      XCTAssertEqual(text.scalarAligned(inside), 1)
      XCTAssertEqual(text.utf16Offset(ofUTF8: inside), 1, "byte \(inside) lies inside 😀")
      XCTAssertEqual(text.scalarOffset(ofUTF8: inside), 1)
      XCTAssertEqual(text.position(ofUTF8: inside, in: .utf16), LinePosition(line: 0, column: 1))
      XCTAssertEqual(text.utf8Offset(of: inside, in: .utf8), 1)
    }
    let swedish = SourceText("på")
    XCTAssertEqual(swedish.scalarAligned(2), 1, "the second byte of å")
    XCTAssertEqual(swedish.utf8Offset(of: LinePosition(line: 0, column: 2), in: .utf8), 1)
  }

  func testRoundTripsOverEveryOffsetOfAMixedString() {
    let string = "Hej Åsa 👋🏽!\r\nDu fa\u{030A}r svar 😀\rsista\n\nrad ä\u{0308}r 🇸🇪 slut"
    let text = SourceText(string)
    // Reference values computed independently from Swift's own views of the string.
    var utf8 = 0
    var utf16 = 0
    var scalars = 0
    var line = 0
    var lineStart = (utf8: 0, utf16: 0, scalars: 0)
    var previous: Unicode.Scalar?
    let all = Array(string.unicodeScalars)
    for index in 0...all.count {
      let atEnd = index == all.count
      let scalar: Unicode.Scalar? = atEnd ? nil : all[index]
      // A line starts after \n, and after \r unless \n follows.
      if let previous, previous == "\n" || (previous == "\r" && scalar != "\n") {
        line += 1
        lineStart = (utf8, utf16, scalars)
      }
      let insideCRLF = previous == "\r" && scalar == "\n"
      XCTAssertEqual(text.utf16Offset(ofUTF8: utf8), utf16, "utf16 at byte \(utf8)")
      XCTAssertEqual(text.scalarOffset(ofUTF8: utf8), scalars, "scalars at byte \(utf8)")
      XCTAssertEqual(text.utf8Offset(of: utf16, in: .utf16), utf8, "utf16 \(utf16) back")
      XCTAssertEqual(text.utf8Offset(of: scalars, in: .utf32), utf8, "scalar \(scalars) back")
      XCTAssertEqual(text.utf8Offset(of: utf8, in: .utf8), utf8)
      if !insideCRLF {
        let expected: [(PositionEncoding, Int)] = [
          (.utf8, utf8 - lineStart.utf8), (.utf16, utf16 - lineStart.utf16), (.utf32, scalars - lineStart.scalars),
        ]
        for (encoding, column) in expected {
          let position = text.position(ofUTF8: utf8, in: encoding)
          XCTAssertEqual(position, LinePosition(line: line, column: column), "\(encoding) at byte \(utf8)")
          XCTAssertEqual(text.utf8Offset(of: position, in: encoding), utf8, "\(encoding) round trip at byte \(utf8)")
          XCTAssertTrue(text.isValid(position, in: encoding), "\(encoding) at byte \(utf8)")
        }
      }
      guard let scalar else { break }
      utf8 += String(scalar).utf8.count
      utf16 += String(scalar).utf16.count
      scalars += 1
      previous = scalar
    }
    XCTAssertEqual(utf8, text.utf8Count)
    XCTAssertEqual(line + 1, text.lineCount)
  }
}
