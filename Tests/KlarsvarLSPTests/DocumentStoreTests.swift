import KlarsvarCore
import XCTest

@testable import KlarsvarLSP
@testable import KlarsvarText

final class DocumentStoreTests: XCTestCase {
  private func change(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int, _ text: String)
    -> TextDocumentContentChangeEvent
  {
    TextDocumentContentChangeEvent(
      range: LSPRange(
        start: Position(line: startLine, character: startCharacter),
        end: Position(line: endLine, character: endCharacter)),
      rangeLength: nil, text: text)
  }

  func testEditsApplyInOrderInEachEncoding() {
    let original = SourceText("a😀b\nåäö\n")
    let cases: [(PositionEncoding, Int)] = [(.utf16, 3), (.utf8, 5), (.utf32, 2)]  // column after 😀
    for (encoding, afterEmoji) in cases {
      let converter = PositionConverter(encoding: encoding)
      let (result, warnings) = DocumentStore.apply(
        [change(0, afterEmoji, 0, afterEmoji, "X"), change(1, 0, 1, 0, "🇸🇪"), change(0, 0, 0, 1, "")], to: original,
        converter: converter)
      XCTAssertEqual(result.string, "😀Xb\n🇸🇪åäö\n", "\(encoding)")
      XCTAssertEqual(warnings, [])
    }
  }

  func testPositionInsideASurrogatePairStaysAtTheScalarStart() {
    let (result, _) = DocumentStore.apply(
      [change(0, 2, 0, 2, "X")], to: SourceText("a😀b"), converter: PositionConverter(encoding: .utf16))
    XCTAssertEqual(result.string, "aX😀b")
  }

  func testOutOfRangeAndAbsurdPositionsAreClamped() {
    let converter = PositionConverter(encoding: .utf16)
    let (result, warnings) = DocumentStore.apply(
      [
        change(0, Int.max, 0, Int.max, "!"), change(Int.max, 0, Int.max, 5, "?"), change(-3, -1, 0, 0, "<"),
        change(0, 3, 0, 1, ""),
      ], to: SourceText("abc\n"), converter: converter)
    XCTAssertEqual(result.string, "<c!\n?")
    XCTAssertEqual(warnings.count, 4)
  }

  func testFullReplacement() {
    let (result, _) = DocumentStore.apply(
      [TextDocumentContentChangeEvent(range: nil, rangeLength: nil, text: "ny text")], to: SourceText("gammal"),
      converter: PositionConverter(encoding: .utf16))
    XCTAssertEqual(result.string, "ny text")
  }

  func testNegotiation() {
    XCTAssertEqual(PositionConverter.negotiate(offered: []), .utf16)
    XCTAssertEqual(PositionConverter.negotiate(offered: ["utf-16", "utf-8"]), .utf8)
    XCTAssertEqual(PositionConverter.negotiate(offered: ["utf-32", "utf-16"]), .utf32)
    XCTAssertEqual(PositionConverter.negotiate(offered: ["latin-1"]), .utf16)
  }
}
