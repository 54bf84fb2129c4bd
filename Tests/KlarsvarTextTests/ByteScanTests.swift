import TestSupport
import XCTest

@testable import KlarsvarText

/// Every primitive of `ByteScan`, `ByteWord` and the byte sets against the plain loop it stands for,
/// on seeded random input and on every byte value at every lane.
final class ByteScanTests: XCTestCase {
  /// Random bytes with the values the scans look for made common.
  private func randomBytes(_ random: inout SeededRandom, count: Int) -> [UInt8] {
    let common: [UInt8] = [0x00, 0x08, 0x09, 0x0A, 0x0D, 0x0F, 0x10, 0x1F, 0x20, 0x2E, 0x30, 0x39, 0x3A, 0x7B, 0x7D]
    let rare: [UInt8] = [0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xC4, 0xCC, 0xCD, 0xE2, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF]
    return (0..<count).map { _ in
      switch random.next(4) {
      case 0: common[random.next(common.count)]
      case 1: rare[random.next(rare.count)]
      default: UInt8(truncatingIfNeeded: random.next())
      }
    }
  }

  /// Random valid UTF-8 from scalars of every length.
  private func randomText(_ random: inout SeededRandom, count: Int) -> String {
    random.text(
      from: ["a", " ", "\n", "\r\n", "å", "Ä", "é", "ÿ", "Ŋ", "€", "”", "🙂", "\u{301}", "1", "{x}"], count: count)
  }

  func testFirstIndexOfAByteEqualsTheLoop() {
    var random = SeededRandom(seed: 1)
    for _ in 0..<2000 {
      let bytes = randomBytes(&random, count: random.next(70))
      let start = random.next(bytes.count + 1)
      let end = start + random.next(bytes.count - start + 1)
      for byte: UInt8 in [0x2E, 0x7B, 0xCC, 0x00] {
        let expected = (start..<end).first { bytes[$0] == byte }
        XCTAssertEqual(ByteScan.firstIndex(of: byte, in: bytes, from: start, to: end), expected)
        XCTAssertEqual(ByteScan.contains(byte, in: bytes), bytes.contains(byte))
      }
    }
  }

  func testFirstIndexInASetEqualsTheLoop() {
    var random = SeededRandom(seed: 2)
    let sets = [ByteSet(Array("hHwW@`<".utf8)), ByteSet([]), ByteSet { $0 >= 0x80 }]
    let members: [(UInt8) -> Bool] = [{ Array("hHwW@`<".utf8).contains($0) }, { _ in false }, { $0 >= 0x80 }]
    for _ in 0..<2000 {
      let bytes = randomBytes(&random, count: random.next(40)) + Array("hello@w".utf8).shuffled(using: &random)
      let start = random.next(bytes.count + 1)
      let end = start + random.next(bytes.count - start + 1)
      for (set, isMember) in zip(sets, members) {
        let expected = (start..<end).first { isMember(bytes[$0]) } ?? end
        XCTAssertEqual(ByteScan.firstIndex(in: set, of: bytes, from: start, to: end), expected)
        for byte in bytes { XCTAssertEqual(set.contains(byte), isMember(byte)) }
      }
    }
  }

  func testFirstIndexOfAnyLeadEqualsTheLoop() {
    var random = SeededRandom(seed: 3)
    let choices: [Set<UInt8>] = [
      [0x22], [0x4E, 0x45], [0x22, 0xC2, 0xE2], [0x00, 0x20, 0x7B, 0xFF], [1, 2, 3, 4, 0xE2],
    ]
    for _ in 0..<3000 {
      let bytes = randomBytes(&random, count: random.next(50))
      let start = random.next(bytes.count + 1)
      let end = start + random.next(bytes.count - start + 1)
      for values in choices {
        let leads = LeadBytes(values)
        let expected = (start..<end).first { values.contains(bytes[$0]) } ?? end
        XCTAssertEqual(ByteScan.firstIndex(ofAnyOf: leads, in: bytes, from: start, to: end), expected, "\(values)")
      }
    }
  }

  /// Every byte value at every position of the sixteen-, eight- and one-byte steps, from every start.
  func testFirstDigitTestsEveryByteValueAtEveryPosition() {
    for value in 0...255 {
      for position in 0..<40 {
        var bytes = [UInt8](repeating: 0x2F, count: 40)
        bytes[position] = UInt8(value)
        for start in [0, 3, position] where start <= position {
          let expected = (0x30...0x39).contains(value) ? position : 40
          XCTAssertEqual(ByteScan.firstDigit(in: bytes, from: start), expected, "\(value) at \(position)")
        }
      }
    }
    var random = SeededRandom(seed: 4)
    for _ in 0..<1000 {
      let bytes = randomBytes(&random, count: random.next(60))
      let start = random.next(bytes.count + 1)
      let expected = (start..<bytes.count).first { bytes[$0] &- 0x30 < 10 } ?? bytes.count
      XCTAssertEqual(ByteScan.firstDigit(in: bytes, from: start), expected)
    }
  }

  func testWholeBufferTestsEqualTheLoops() {
    var random = SeededRandom(seed: 5)
    for _ in 0..<3000 {
      let bytes = randomBytes(&random, count: random.next(40))
      bytes.withUnsafeBufferPointer { buffer in
        XCTAssertEqual(ByteScan.isASCII(buffer), bytes.allSatisfy { $0 < 0x80 })
        XCTAssertEqual(ByteScan.isLatin1(buffer), bytes.allSatisfy { $0 < 0xC4 })
      }
      let text = randomText(&random, count: random.next(20))
      let scalars = text.unicodeScalars
      var copy = text
      copy.withUTF8 { buffer in
        XCTAssertEqual(ByteScan.isLatin1(buffer), scalars.allSatisfy { $0.value < 0x100 }, text)
        XCTAssertEqual(ByteScan.unitCount(in: buffer, countingSurrogates: false), scalars.count, text)
        XCTAssertEqual(ByteScan.unitCount(in: buffer, countingSurrogates: true), text.utf16.count, text)
      }
    }
  }

  func testPaddedComparisonEqualsTheLoop() {
    var random = SeededRandom(seed: 6)
    for _ in 0..<5000 {
      let length = random.next(30)
      let left = randomBytes(&random, count: length)
      var right = left
      if length > 0 && random.next(2) == 0 { right[random.next(length)] ^= UInt8(1 + random.next(255)) }
      // Both sides padded to eight readable bytes with different garbage, which must not count.
      let paddedLeft = left + [UInt8](repeating: 0xAA, count: 8)
      let paddedRight = right + [UInt8](repeating: 0x55, count: 8)
      paddedLeft.withUnsafeBufferPointer { first in
        paddedRight.withUnsafeBufferPointer { second in
          let equal = ByteScan.equalPadded(first.baseAddress!, second.baseAddress!, count: length)
          XCTAssertEqual(equal, left == right)
          XCTAssertEqual(ByteScan.equal(first.baseAddress!, second.baseAddress!, count: length), left == right)
        }
      }
    }
  }

  /// Each lane test against its per-byte predicate, for every byte value in every lane among random neighbours.
  func testLaneTestsEqualTheirPredicates() {
    var random = SeededRandom(seed: 7)
    let tests: [(String, (ByteWord) -> ByteLanes, (UInt8) -> Bool)] = [
      ("zero", { $0.zeroLanes }, { $0 == 0 }),
      ("LF", { $0.lanes(equalTo: 0x0A) }, { $0 == 0x0A }),
      ("below space", { $0.lanes(below: 0x20) }, { $0 < 0x20 }),
      ("below 0x80", { $0.lanes(below: 0x80) }, { $0 < 0x80 }),
      ("at least 0xC4", { $0.lanes(atLeast: 0xC4) }, { $0 >= 0xC4 }),
      ("at least 0x80", { $0.lanes(atLeast: 0x80) }, { $0 >= 0x80 }),
      ("digits", { $0.lanes(in: 0x30...0x39) }, { (0x30...0x39).contains($0) }),
      ("controls", { $0.lanes(in: 0x00...0x1F) }, { $0 < 0x20 }),
      ("non-ASCII", { $0.nonASCIILanes }, { $0 >= 0x80 }),
      ("continuations", { $0.continuationLanes }, { $0 & 0xC0 == 0x80 }),
      ("scalar starts", { $0.scalarStartLanes }, { $0 & 0xC0 != 0x80 }),
      ("four-byte leads", { $0.fourByteLeadLanes }, { $0 >= 0xF0 }),
    ]
    for value in 0...255 {
      for lane in 0..<8 {
        var bytes = randomBytes(&random, count: 8)
        bytes[lane] = UInt8(value)
        let word = bytes.withUnsafeBytes { ByteWord(loadingFrom: $0.baseAddress!, at: 0) }
        for (name, lanes, predicate) in tests {
          let expected = bytes.indices.filter { predicate(bytes[$0]) }
          let found = lanes(word)
          XCTAssertEqual((0..<8).filter { found.contains(lane: $0) }, expected, "\(name) \(bytes)")
          XCTAssertEqual(found.count, expected.count, name)
          if let first = expected.first { XCTAssertEqual(found.firstLane, first, name) }
        }
        XCTAssertEqual(word.hasZeroByte, bytes.contains(0))
        XCTAssertEqual(word.hasByte(inAlignedBlock: 0x08...0x0F), bytes.contains { (0x08...0x0F).contains($0) })
        let spaces = word.lanes(equalTo: bytes[0])
        XCTAssertEqual(
          (0..<8).filter { spaces.followed(by: spaces).contains(lane: $0) },
          (0..<7).filter { bytes[$0] == bytes[0] && bytes[$0 + 1] == bytes[0] })
        for cut in 0...8 {
          XCTAssertEqual(
            word.continuationLanes.below(lane: cut).count, bytes[..<cut].filter { $0 & 0xC0 == 0x80 }.count)
        }
      }
    }
  }

  func testLaneTallySumsEveryLaneOverManyWords() {
    var random = SeededRandom(seed: 8)
    var tally = LaneTally()
    var expected = 0
    var total = 0
    for _ in 0..<1000 {
      let bytes = randomBytes(&random, count: 8)
      let word = bytes.withUnsafeBytes { ByteWord(loadingFrom: $0.baseAddress!, at: 0) }
      tally.add(word.continuationLanes)
      expected += bytes.filter { $0 & 0xC0 == 0x80 }.count
      if tally.isFull { total += tally.take() }
    }
    XCTAssertEqual(total + tally.take(), expected)
  }

  func testStringsFromValidUTF8KeepTheirText() {
    var random = SeededRandom(seed: 9)
    for _ in 0..<500 {
      let text = randomText(&random, count: random.next(12))
      let bytes = Array(text.utf8)
      let made = ByteScan.string(validUTF8: bytes[...])
      XCTAssertEqual(Array(made.utf8), bytes)
      XCTAssertEqual(Array(made.utf16), Array(text.utf16))
      let cut = bytes.firstIndex(of: UInt8(ascii: "{")) ?? 0
      let joined = ByteScan.string(
        joining: bytes[..<cut], "–{mitt}–", bytes[cut...], knownNotASCII: !bytes.allSatisfy { $0 < 0x80 })
      XCTAssertEqual(
        joined,
        String(decoding: bytes[..<cut], as: UTF8.self) + "–{mitt}–" + String(decoding: bytes[cut...], as: UTF8.self))
    }
  }

  func testSingleSpacedEqualsTheByteLoop() {
    var random = SeededRandom(seed: 7)
    let pieces = ["a", "å", " ", "  ", "\n", "\t", "\r", "ord", "\u{1}", "x y", "🙂"]
    for _ in 0..<3000 {
      let text = random.text(from: pieces, count: random.next(12))
      var copy = text
      let fast = copy.withUTF8(ByteScan.isSingleSpaced)
      var previousSpace = true
      var plain = true
      for byte in text.utf8 {
        let isSpace = byte == 0x20
        if byte == 0x0A || byte == 0x0D || byte == 0x09 || (isSpace && previousSpace) {
          plain = false
          break
        }
        previousSpace = isSpace
      }
      XCTAssertEqual(fast, plain && !previousSpace, text.debugDescription)
    }
  }

  /// The tokenizer's literal masks are the classes they name.
  func testTokenizerASCIISetsAreTheirDefinitions() {
    XCTAssertEqual(ASCIISet.lettersAndDigits, ASCIISet { ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 })
    XCTAssertEqual(
      ASCIISet.wordContinuations,
      ASCIISet { ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 || Array(",-./:".utf8).contains($0) })
    for byte in UInt8(0)...255 {
      XCTAssertEqual(
        ASCIISet.lettersAndDigits.contains(byte),
        byte < 0x80 && (Character(Unicode.Scalar(byte)).isLetter || Character(Unicode.Scalar(byte)).isNumber))
    }
  }
}
