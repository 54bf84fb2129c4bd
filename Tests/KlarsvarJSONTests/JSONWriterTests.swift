import Foundation
import TestSupport
import XCTest

@testable import KlarsvarJSON

/// The one writer against `JSONEncoder`: the pretty style byte for byte (reports and baselines are
/// pinned by golden files), the compact one by the value it reads back as.
final class JSONWriterTests: XCTestCase {
  private struct Sample: Codable {
    var name: String
    var count: Int
    var ratio: Double
    var flag: Bool
    var missing: String?
    var present: String?
    var tags: [String]
    var nested: [String: [Int]]
    var children: [Sample]
    var snake: Int

    enum CodingKeys: String, CodingKey {
      case name, count, ratio, flag, missing, present, tags, nested, children
      case snake = "snake_case"
    }
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  private static let awkward = [
    "", "plain", "å ä ö”", "quote \" backslash \\ slash /", "tab\tline\nreturn\r", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}",
    "🙂 e\u{301}", "https://ivo.se/klagomal",
  ]

  private func randomSample(_ random: inout SeededRandom, depth: Int = 0) -> Sample {
    let strings = Self.awkward
    return Sample(
      name: strings[random.next(strings.count)], count: random.next(2001) - 1000,
      ratio: [0, 1, -2.5, 0.1, 1e20, 123.456, 1e-7][random.next(7)], flag: random.next(2) == 0, missing: nil,
      present: random.next(2) == 0 ? nil : strings[random.next(strings.count)],
      tags: (0..<random.next(3)).map { _ in strings[random.next(strings.count)] },
      nested: Dictionary(uniqueKeysWithValues: (0..<random.next(4)).map { ("k\($0)\(strings[random.next(3)])", [$0]) }),
      children: depth < 2 ? (0..<random.next(3)).map { _ in randomSample(&random, depth: depth + 1) } : [],
      snake: random.next(10))
  }

  func testPrettyOutputIsJSONEncodersByteForByte() throws {
    var random = SeededRandom(seed: 31)
    for _ in 0..<300 {
      let sample = randomSample(&random)
      let expected = String(decoding: try Self.encoder.encode(sample), as: UTF8.self)
      XCTAssertEqual(JSONWriter.pretty(try JSONValue(encoding: sample)), expected)
    }
    for value in [[Sample](), [randomSample(&random)]] {
      XCTAssertEqual(
        JSONWriter.pretty(try JSONValue(encoding: value)),
        String(decoding: try Self.encoder.encode(value), as: UTF8.self))
    }
    let keys = ["b", "B", "a", "utf8", "utf16", "ä", "Z", "_", "a b", "é", "e"]
    let table = Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
    XCTAssertEqual(
      JSONWriter.pretty(try JSONValue(encoding: table)), String(decoding: try Self.encoder.encode(table), as: UTF8.self)
    )
  }

  func testCompactOutputReadsBackAsTheSameValue() throws {
    var random = SeededRandom(seed: 32)
    for _ in 0..<200 {
      let value = try JSONValue(encoding: randomSample(&random))
      // Compared as printed: a whole `Double` reads back as an integer.
      XCTAssertEqual(JSONWriter.pretty(try JSONParser.parse(JSONWriter.compact(value))), JSONWriter.pretty(value))
    }
  }

  func testStreamedMembersKeepTheirOrder() {
    var writer = JSONWriter(style: .pretty)
    writer.object { writer in
      writer.field("z", 1)
      writer.key("a")
      writer.array([1, 2]) { $0.value($1) }
      writer.key("empty")
      writer.object { _ in }
    }
    XCTAssertEqual(writer.string, "{\n  \"z\" : 1,\n  \"a\" : [\n    1,\n    2\n  ],\n  \"empty\" : {\n\n  }\n}")
  }
}
