import Foundation
import KlarsvarBuiltinPacks
import XCTest

@testable import KlarsvarCore

/// The packs' JSON decoder gives exactly `JSONSerialization`'s values, and leaves every document
/// it does not decode the same way to Foundation (so errors keep Foundation's messages).
final class PackJSONDecoderTests: XCTestCase {
  /// Same structure, same types (down to NSNumber's class and storage type), same values.
  private func assertIdentical(
    _ actual: Any, _ expected: Any, _ path: String = "", file: StaticString = #filePath,
    line: UInt = #line
  ) {
    switch (actual, expected) {
    case (let actual as [String: Any], let expected as [String: Any]):
      XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted(), path, file: file, line: line)
      for (key, value) in expected where actual[key] != nil {
        assertIdentical(actual[key]!, value, path + "/" + key, file: file, line: line)
      }
    case (let actual as [Any], let expected as [Any]):
      XCTAssertEqual(actual.count, expected.count, path, file: file, line: line)
      for (index, (left, right)) in zip(actual, expected).enumerated() {
        assertIdentical(left, right, path + "/\(index)", file: file, line: line)
      }
    default:
      XCTAssertTrue(type(of: actual) == type(of: expected), "\(path): \(type(of: actual))", file: file, line: line)
      if let actual = actual as? String, let expected = expected as? String {
        XCTAssertEqual(Array(actual.utf8), Array(expected.utf8), path, file: file, line: line)
      } else if let actual = actual as? NSNumber, let expected = expected as? NSNumber {
        XCTAssertEqual(actual, expected, path, file: file, line: line)
        XCTAssertEqual(
          String(cString: actual.objCType), String(cString: expected.objCType), path, file: file, line: line)
        XCTAssertEqual(
          JSONObjectReader.isBoolean(actual), JSONObjectReader.isBoolean(expected), path, file: file,
          line: line)
      } else {
        XCTAssertTrue(actual is NSNull && expected is NSNull, path, file: file, line: line)
      }
    }
  }

  func testBuiltInPacksDecodeAsWithFoundation() throws {
    for file in EmbeddedPacks.files {
      let data = Data(file.contents.utf8)
      let decoded = try XCTUnwrap(PackJSONDecoder.decode(data), "\(file.pack)/\(file.name)")
      assertIdentical(decoded, try JSONSerialization.jsonObject(with: data), "\(file.pack)/\(file.name)")
    }
  }

  func testValuesDecodeAsWithFoundation() throws {
    let documents = [
      #"{"a": [true, false, null, 0, 7, 42, 123456789012345678, 1234567890123456789, -1, -0, 1.5, 1e3, 2E-2, 0.1]}"#,
      #"{"n": 12345678901234567890, "big": 123456789012345678901234567890, "tiny": 1e-400}"#,
      #"["plain", "å ä ö", "e\u0301", "\"\\\/\b\f\n\r\t", "\u00e5\u00C5", "\u0000x", "🙂", "a\u20acb"]"#,
      " \r\n\t[ ] ", "{}", #"{"": {"": []}}"#, #"[[[[[]]]]]"#, #"{"x": "\u2028\u2029"}"#,
      #"{"schemaVersion": 1, "nested": {"list": [{"k": "v"}]}}"#,
    ]
    for document in documents {
      let data = Data(document.utf8)
      let decoded = try XCTUnwrap(PackJSONDecoder.decode(data), document)
      assertIdentical(decoded, try JSONSerialization.jsonObject(with: data), document)
    }
  }

  /// Whatever Foundation rejects is left to it; whatever is decoded is decoded as Foundation does.
  func testInvalidDocumentsAreLeftToFoundation() throws {
    let documents: [[UInt8]] = [
      Array(#"{"a": 1,}"#.utf8), Array(#"[1,]"#.utf8), Array("[01]".utf8), Array("[1.]".utf8), Array("[-]".utf8),
      Array("[+1]".utf8), Array("[.5]".utf8), Array("[1e]".utf8), Array("[1.5.2]".utf8), Array("[--1]".utf8),
      Array("[\"a\tb\"]".utf8), Array(#"["\x"]"#.utf8), Array(#"["\u12"]"#.utf8), Array(#"["abc"#.utf8),
      Array("[tru]".utf8), Array("[nul]".utf8), Array("[True]".utf8), Array("\"a\"".utf8), Array("1".utf8),
      Array("[] x".utf8), Array("[]]".utf8), Array("".utf8), Array("[".utf8), Array("{\"a\"}".utf8),
      Array("{\"a\" 1}".utf8), Array("{1: 2}".utf8), Array("[1 2]".utf8), Array(#"{"a": 1 "b": 2}"#.utf8),
      [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D], [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],
      [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D],
      [0x5B, 0x22, 0xFF, 0x22, 0x5D],
    ]
    for bytes in documents {
      let data = Data(bytes)
      let text = String(decoding: bytes, as: UTF8.self)
      let expected = try? JSONSerialization.jsonObject(with: data)
      let decoded = PackJSONDecoder.decode(data)
      if expected == nil { XCTAssertNil(decoded, text) }
      if let decoded, let expected { assertIdentical(decoded, expected, text) }
    }
  }

  /// Valid JSON whose decoding is Foundation's business: equal keys, byte order marks, surrogate
  /// escapes, other encodings, very deep nesting.
  func testValidDocumentsWithFoundationSpecificsAreLeftToFoundation() {
    let documents: [[UInt8]] = [
      Array(#"{"a": 1, "a": 2}"#.utf8), [0xEF, 0xBB, 0xBF] + Array("[]".utf8),
      [0x5B, 0x22, 0xEF, 0xBB, 0xBF, 0x61, 0x22, 0x5D], Array(#"["\ud83d\ude42"]"#.utf8), Array(#"["\ud83d"]"#.utf8),
      [0x5B, 0x00, 0x5D, 0x00],
      Array((String(repeating: "[", count: 300) + String(repeating: "]", count: 300)).utf8),
    ]
    for bytes in documents {
      XCTAssertNil(PackJSONDecoder.decode(Data(bytes)), String(decoding: bytes, as: UTF8.self))
    }
  }

  func testSyntaxErrorsStillReportFoundationsMessageWithLineAndColumn() {
    XCTAssertThrowsError(try RuleSetLoader.parseJSON(Data("{\n  \"a\": [1, 01]\n}".utf8), file: "x.json")) { error in
      guard let error = error as? PackLoadError else { return XCTFail("\(error)") }
      XCTAssertEqual(error.file, "x.json")
      XCTAssertEqual(error.line, 2)
      XCTAssertEqual(
        error.message,
        "ogiltig JSON: Number with leading zero; kontrollera kommatecken, citattecken och klamrar där")
    }
  }

  /// Linux's JSONSerialization would accept these; the pack must fail the same way on every system.
  func testTrailingCommaIsAnErrorWithItsPlace() {
    let documents = [
      ("{\n  \"a\": 1,\n}", 2, 9), ("[1, 2 , ]", 1, 7), ("{\"b\": [\"x,]\", \"y\",\n]}", 1, 18),
    ]
    for (text, line, column) in documents {
      XCTAssertThrowsError(try RuleSetLoader.parseJSON(Data(text.utf8), file: "t.json"), text) { error in
        guard let error = error as? PackLoadError else { return XCTFail("\(error)") }
        XCTAssertEqual(error.line, line, text)
        XCTAssertEqual(error.column, column, text)
        XCTAssertEqual(error.message, "ogiltig JSON: kommatecken före en avslutande klammer; ta bort kommatecknet")
      }
    }
    XCTAssertNil(JSONTrailingComma.offset(in: Array(#"{"a": "1,}", "b": [1, 2]}"#.utf8)))
  }
}
