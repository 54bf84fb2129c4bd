import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

final class PhoneNumberScanTests: XCTestCase {
  private func scan(_ text: String) -> [PhoneNumbers.Occurrence] { PhoneNumbers.occurrences(in: Array(text.utf8)) }

  private func texts(_ text: String, _ occurrences: [PhoneNumbers.Occurrence]) -> [String] {
    occurrences.map { SourceText(text).text(in: $0.range) }
  }

  func testGroupsSeparatedBySpacesHyphensAndEnDashes() {
    let text = "Ring 010-788 50 00 eller 070–123 45 67."
    let found = scan(text)
    XCTAssertEqual(texts(text, found), ["010-788 50 00", "070–123 45 67"])
    XCTAssertEqual(found.map(\.groups), [["010", "788", "50", "00"], ["070", "123", "45", "67"]])
    XCTAssertEqual(found.map(PhoneNumbers.looksLikePhoneNumber), [true, true])
    XCTAssertEqual(PhoneNumbers.find("0107885000", in: found[0]), found[0].range)
    XCTAssertEqual(PhoneNumbers.find("7885000", in: found[0]).map { SourceText(text).text(in: $0) }, "788 50 00")
    XCTAssertNil(PhoneNumbers.find("0107885", in: found[0]))
    XCTAssertNil(PhoneNumbers.find("", in: found[0]))
  }

  func testCountryCodeAndBracketedTrunkZero() {
    let text = "IVO +46 (0)10-788 50 00, mobil +4670 123 45 67."
    let found = scan(text)
    XCTAssertEqual(texts(text, found), ["+46 (0)10-788 50 00", "+4670 123 45 67"])
    XCTAssertEqual(found[0].groups, ["0", "10", "788", "50", "00"])
    XCTAssertEqual(found[1].groups, ["070", "123", "45", "67"])
    XCTAssertEqual(
      PhoneNumbers.find("0107885000", in: found[0]).map { SourceText(text).text(in: $0) }, "46 (0)10-788 50 00")
    XCTAssertEqual(
      PhoneNumbers.find("0701234567", in: found[1]).map { SourceText(text).text(in: $0) }, "4670 123 45 67")
    XCTAssertEqual(found.map(PhoneNumbers.looksLikePhoneNumber), [true, true])
  }

  func testZeroZeroPrefixIsReadAsWritten() {
    let text = "0046 10 788 50 00"
    let found = scan(text)
    XCTAssertEqual(found.map(\.groups), [["0046", "10", "788", "50", "00"]])
    XCTAssertNil(PhoneNumbers.find("0107885000", in: found[0]))
    XCTAssertEqual(PhoneNumbers.find("0046107885000", in: found[0]), found[0].range)
    XCTAssertFalse(PhoneNumbers.looksLikePhoneNumber(found[0]))
  }

  func testOtherCountryCodesKeepTheirDigits() {
    let text = "(+1 555 0100)"
    let found = scan(text)
    XCTAssertEqual(texts(text, found), ["+1 555 0100"])
    XCTAssertEqual(found[0].groups, ["1", "555", "0100"])
  }

  func testDigitsNextToLettersAndInsideLongerRuns() {
    let text = "A4 x2 ABC123, 456, 123abc 789. é5 12345678901234"
    let found = scan(text)
    XCTAssertEqual(texts(text, found), ["456", "789", "12345678901234"])
    XCTAssertNil(PhoneNumbers.find("3456", in: found[2]))
    XCTAssertFalse(PhoneNumbers.looksLikePhoneNumber(found[2]))
  }

  func testTextStartEndAndLoneSeparators() {
    let text = "0701234567, 12- 3 4  5 år 2024"
    let found = scan(text)
    XCTAssertEqual(texts(text, found), ["0701234567", "12", "3 4", "5", "2024"])
    XCTAssertEqual(found.map(PhoneNumbers.looksLikePhoneNumber), [true, false, false, false, false])
    XCTAssertEqual(found[0].range, TextRange(0, 10))
    XCTAssertEqual(found[4].range.upperBound, text.utf8.count)
    XCTAssertEqual(scan("").count, 0)
    XCTAssertEqual(texts("+", scan("+")), [])
  }

  /// The byte scan against the former String-building one, on random texts of number-like bytes.
  func testMatchesTheFormerScanOnRandomTexts() {
    let pieces = ["0", "1", "4", "6", "7", " ", "  ", "-", "–", "+", "(", ")", "(0)", "a", ".", "é", "\n", "46"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<4000 {
      let text = (0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined()
      let bytes = Array(text.utf8)
      let found = PhoneNumbers.occurrences(in: bytes)
      let reference = FormerPhoneScan.occurrences(in: bytes)
      XCTAssertEqual(found.map(\.range), reference.map(\.range), text)
      XCTAssertEqual(found.map(\.groups), reference.map(\.groups), text)
      XCTAssertEqual(found.map(\.groupRanges), reference.map(\.groupRanges), text)
      guard found.count == reference.count else { continue }
      for (occurrence, former) in zip(found, reference) {
        XCTAssertEqual(
          PhoneNumbers.looksLikePhoneNumber(occurrence), FormerPhoneScan.looksLikePhoneNumber(former), text)
        let digits = former.groups.joined()
        var targets = ["0", "07", "0107885000", digits, "x" + digits]
        for start in 0..<min(digits.count, 4) {
          targets.append(String(digits.dropFirst(start)))
          targets.append(String(digits.dropFirst(start).dropLast()))
        }
        for target in targets {
          XCTAssertEqual(
            PhoneNumbers.find(target, in: occurrence), FormerPhoneScan.find(target, in: former), "\(text) \(target)")
        }
      }
    }
  }
}

/// The scan as it was before it read bytes only, kept as the reference for the byte scan.
private enum FormerPhoneScan {
  struct Occurrence {
    var range: TextRange
    var groups: [String]
    var groupRanges: [TextRange]
  }

  static func occurrences(in bytes: [UInt8]) -> [Occurrence] {
    var found: [Occurrence] = []
    var index = 0
    let count = bytes.count
    func isDigit(_ at: Int) -> Bool { at < count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
    while index < count {
      guard isDigit(index), index == 0 || !isWordByte(bytes[index - 1]) else {
        index += 1
        continue
      }
      var groups: [String] = []
      var ranges: [TextRange] = []
      var cursor = index
      var international = false
      if index >= 1 && bytes[index - 1] == UInt8(ascii: "+") { international = true }
      while true {
        let start = cursor
        while isDigit(cursor) { cursor += 1 }
        groups.append(String(decoding: bytes[start..<cursor], as: UTF8.self))
        ranges.append(TextRange(start, cursor))
        // A separator continues the number only when another digit group follows directly.
        var next = cursor
        // "+46 (0)10-…": the bracketed trunk zero is written for domestic callers; skip it.
        if international && groups.count == 1 {
          var probe = next
          if probe < count && bytes[probe] == 0x20 { probe += 1 }
          if probe + 2 < count && bytes[probe] == UInt8(ascii: "(") && bytes[probe + 1] == UInt8(ascii: "0")
            && bytes[probe + 2] == UInt8(ascii: ")")
          {
            next = probe + 3
            if isDigit(next) {
              cursor = next
              continue
            }
          }
        }
        if next < count && (bytes[next] == 0x20 || bytes[next] == UInt8(ascii: "-")) {
          next += 1
        } else if next + 2 < count && bytes[next] == 0xE2 && bytes[next + 1] == 0x80 && bytes[next + 2] == 0x93 {
          next += 3
        } else {
          break
        }
        guard isDigit(next) else { break }
        cursor = next
      }
      if international, groups.first?.hasPrefix("46") == true {
        groups[0] = "0" + groups[0].dropFirst(2)
      }
      guard cursor < count ? !isWordByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") : true else {
        index = cursor
        continue
      }
      found.append(
        Occurrence(range: TextRange(international ? index - 1 : index, cursor), groups: groups, groupRanges: ranges))
      index = cursor
    }
    return found
  }

  /// A Swedish phone number rather than an amount or a date: 7–12 digits, leading 0.
  static func looksLikePhoneNumber(_ occurrence: Occurrence) -> Bool {
    let digits = occurrence.groups.joined()
    return digits.hasPrefix("0") && (7...12).contains(digits.count)
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
  }

  /// The range of `target` digits within an occurrence, aligned to whole groups.
  static func find(_ target: String, in occurrence: Occurrence) -> TextRange? {
    guard !target.isEmpty else { return nil }
    for first in occurrence.groups.indices {
      var joined = ""
      for last in first..<occurrence.groups.count {
        joined += occurrence.groups[last]
        if joined == target {
          return TextRange(occurrence.groupRanges[first].lowerBound, occurrence.groupRanges[last].upperBound)
        }
        if joined.count >= target.count { break }
      }
    }
    return nil
  }
}
