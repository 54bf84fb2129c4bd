import Foundation
import TestSupport
import XCTest

@testable import KlarsvarJSON

/// The strict parser: the values `JSONSerialization` reads from valid JSON, and a precise error with
/// line and column for everything else, the same on every platform.
final class JSONParserTests: XCTestCase {
  private static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules")

  /// `JSONSerialization`'s value as a `JSONValue` (booleans told apart from numbers by their type).
  private func foundationValue(_ object: Any) -> JSONValue {
    switch object {
    case is NSNull: return .null
    case let text as String: return .string(text)
    case let list as [Any]: return .array(list.map(foundationValue))
    case let table as [String: Any]: return .object(table.mapValues(foundationValue))
    case let number as NSNumber:
      if type(of: number) == type(of: NSNumber(value: true)) { return .bool(number.boolValue) }
      let type = String(cString: number.objCType)
      if type == "Q" {
        return number.uint64Value <= UInt64(Int.max) ? .int(Int(number.uint64Value)) : .double(number.doubleValue)
      }
      return type == "d" || type == "f" ? .double(number.doubleValue) : .int(number.intValue)
    default: return .null
    }
  }

  /// Numbers compared by value: `1.0` may be an integer to one reader and a double to the other.
  private func assertSameValue(_ actual: JSONValue, _ expected: JSONValue, _ path: String = "") {
    switch (actual, expected) {
    case (.object(let left), .object(let right)):
      XCTAssertEqual(left.keys.sorted(), right.keys.sorted(), path)
      for (key, value) in right where left[key] != nil { assertSameValue(left[key]!, value, path + "/" + key) }
    case (.array(let left), .array(let right)):
      XCTAssertEqual(left.count, right.count, path)
      for (index, (one, other)) in zip(left, right).enumerated() { assertSameValue(one, other, "\(path)/\(index)") }
    case (.int(let left), .double(let right)), (.double(let right), .int(let left)):
      XCTAssertEqual(Double(left), right, path)
    case (.string(let left), .string(let right)):
      XCTAssertEqual(Array(left.utf8), Array(right.utf8), path)
    default:
      XCTAssertEqual(actual, expected, path)
    }
  }

  func testEveryPackFileReadsAsWithFoundation() throws {
    let files = FileManager.default.enumerator(at: Self.rules, includingPropertiesForKeys: nil)!
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
    XCTAssertGreaterThan(files.count, 10)
    for file in files {
      let data = try Data(contentsOf: file)
      assertSameValue(
        try JSONParser.parse(data), foundationValue(try JSONSerialization.jsonObject(with: data)), file.path)
    }
  }

  func testValuesReadAsWithFoundation() throws {
    let documents = [
      #"{"a": [true, false, null, 0, 7, 42, 123456789012345678, 1234567890123456789, -1, -0, 1.5, 1e3, 2E-2, 0.1]}"#,
      #"{"n": 12345678901234567890, "big": 123456789012345678901234567890, "tiny": 1e-400}"#,
      #"["plain", "å ä ö", "e\u0301", "\"\\\/\b\f\n\r\t", "\u00e5\u00C5", "\u0000x", "🙂", "a\u20acb"]"#,
      #"["\ud83d\ude42", "x\uD83D\uDE42y"]"#, " \r\n\t[ ] ", "{}", #"{"": {"": []}}"#, #"[[[[[]]]]]"#,
      #"{"x": "\u2028\u2029"}"#, #"{"schemaVersion": 1, "nested": {"list": [{"k": "v"}]}}"#, "1", "\"a\"", "null",
    ]
    for document in documents {
      let data = Data(document.utf8)
      let expected = foundationValue(try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed))
      assertSameValue(try JSONParser.parse(data), expected, document)
    }
    XCTAssertEqual(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))), .array([.int(1)]))
    XCTAssertEqual(try JSONParser.parse("[1.0, -0, 3]"), .array([.double(1), .int(0), .int(3)]))
  }

  /// Each malformed document, the problem the message names, and where (1-based line and column,
  /// in characters).
  func testSyntaxErrorsNameTheProblemAndItsPlace() {
    let cases: [(String, String, Int, Int)] = [
      ("{\n  \"a\": [1, 01]\n}", "ett tal får inte börja med 0", 2, 12),
      ("{\n  \"failOn\": \"error\"\n  \"kind\": \"reply\"\n}", #"väntade "," eller "}", inte ett citattecken"#, 3, 3),
      ("{\n  \"rules\": [\n    { \"id\": \"å\" \"x\" }\n  ]\n}\n", "inte ett citattecken", 3, 17),
      ("{\n  \"a\": 1,\n}", "kommatecken före en avslutande klammer; ta bort kommatecknet", 2, 9),
      ("[1, 2 , ]", "kommatecken före en avslutande klammer", 1, 7),
      ("{\"b\": [\"x,]\", \"y\",\n]}", "kommatecken före en avslutande klammer", 1, 18),
      (#"{"a": 1, "a": 2}"#, #"nyckeln "a" finns redan i objektet"#, 1, 10),
      ("[1.]", "ogiltigt tal", 1, 2), ("[-]", "ogiltigt tal", 1, 2), ("[+1]", "väntade ett värde, inte \"+\"", 1, 2),
      ("[.5]", "väntade ett värde", 1, 2), ("[1e]", "ogiltigt tal", 1, 2), ("[1.5.2]", #"väntade "," eller "]""#, 1, 5),
      ("[\"a\tb\"]", "styrtecken (U+0009) i en sträng", 1, 4), (#"["\x"]"#, "okänd \\-kod", 1, 3),
      (#"["\u12"]"#, "okänd \\-kod", 1, 3), (#"["\ud83d"]"#, "surrogatpar", 1, 3),
      (#"["\ude42x"]"#, "surrogatpar", 1, 3),
      (#"["abc"#, "strängen saknar avslutande citattecken", 1, 2), ("[tru]", "väntade ett värde", 1, 2),
      ("[True]", "väntade ett värde, inte \"T\"", 1, 2), ("[] x", "text efter JSON-värdet", 1, 4),
      ("[]]", "text efter JSON-värdet", 1, 3), ("", "texten tar slut", 1, 1), ("[", "texten tar slut", 1, 2),
      ("{\"a\"}", #"väntade ":", inte "}""#, 1, 5), ("{1: 2}", "väntade en nyckel inom citattecken", 1, 2),
      ("[1 2]", #"väntade "," eller "]", inte "2""#, 1, 4), ("1e400", "talet är för stort", 1, 1),
      ("\r\n[\r\"å\",\n?]", "väntade ett värde, inte \"?\"", 4, 1),
      ("[\"å\", ü]", "väntade ett värde, inte \"ü\"", 1, 7),
      (String(repeating: "[", count: 513) + String(repeating: "]", count: 513), "mer än 512 nivåer", 1, 513),
    ]
    for (text, message, line, column) in cases {
      XCTAssertThrowsError(try JSONParser.parse(text), text) { error in
        guard let error = error as? JSONSyntaxError else { return XCTFail("\(error)") }
        XCTAssertTrue(error.message.contains(message), "\(text.debugDescription): \(error.message)")
        XCTAssertEqual(error.line, line, text.debugDescription)
        XCTAssertEqual(error.column, column, text.debugDescription)
      }
    }
  }

  func testInvalidUTF8IsAnError() {
    let documents: [[UInt8]] = [
      [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D], [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],
      [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],
      [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D], [0x5B, 0x22, 0xFF, 0x22, 0x5D],
    ]
    for bytes in documents {
      XCTAssertThrowsError(try JSONParser.parse(Data(bytes)), "\(bytes)")
      XCTAssertNil(try? JSONSerialization.jsonObject(with: Data(bytes)), "Foundation also refuses \(bytes)")
    }
    // Foundation guesses UTF-16 from the zero bytes; packs are UTF-8.
    XCTAssertThrowsError(try JSONParser.parse(Data([0x5B, 0x00, 0x5D, 0x00])))
  }

  /// Random documents built from valid pieces read as Foundation reads them; a random byte changed
  /// either still reads as Foundation reads it or is an error (never a crash or a different value).
  func testRandomDocumentsAgreeWithFoundation() throws {
    var random = SeededRandom(seed: 21)
    let scalars = ["0", "-1", "2.5", "1e2", "true", "false", "null", #""a""#, #""å\n""#, #""\u00e9""#, #""🙂""#]
    func value(_ depth: Int) -> String {
      switch depth > 3 ? 0 : random.next(4) {
      case 1: return "[" + (0..<random.next(4)).map { _ in value(depth + 1) }.joined(separator: ", ") + "]"
      case 2:
        return "{" + (0..<random.next(4)).map { "\"k\($0)\": " + value(depth + 1) }.joined(separator: ",\n") + "}"
      default: return scalars[random.next(scalars.count)]
      }
    }
    for _ in 0..<500 {
      var bytes = Array(("[" + value(0) + "]").utf8)
      let data = Data(bytes)
      assertSameValue(try JSONParser.parse(data), foundationValue(try JSONSerialization.jsonObject(with: data)))
      bytes[random.next(bytes.count)] = Array("{}[],:\" 1x\\".utf8)[random.next(11)]
      if let parsed = try? JSONParser.parse(Data(bytes)) {
        let expected = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
        assertSameValue(parsed, foundationValue(expected), String(decoding: bytes, as: UTF8.self))
      }
    }
  }
}
