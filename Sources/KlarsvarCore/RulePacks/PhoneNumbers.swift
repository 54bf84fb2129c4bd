import KlarsvarPhrases
import KlarsvarText

/// Finds phone numbers in text as digit groups, so "010-788 50 00", "010 788 50 00" and
/// "+46 10 788 50 00" compare equal.
enum PhoneNumbers {
  struct Occurrence: Sendable {
    var range: TextRange
    /// The first digit group; most digit runs in prose (years, amounts) have no other.
    var firstGroup: TextRange
    /// The groups after the first, empty (so not allocated) for a single group.
    var laterGroups: [TextRange]
    /// Whether the first group starts with the "46" of "+46", read as the trunk "0" ("+46 70" = "070").
    var countryCode: Bool
    /// The document's bytes (shared, not copied), so digits are read only when compared.
    var source: [UInt8]

    /// Digit groups as written; a number matches when it spans whole groups.
    var groupRanges: [TextRange] { [firstGroup] + laterGroups }
    var groups: [String] { groupRanges.indices.map { String(decoding: digits(ofGroup: $0), as: UTF8.self) } }
    /// All digits as one string (the country code read as "0"), without building the groups.
    var allDigits: String { String(decoding: (0..<groupCount).flatMap(digits(ofGroup:)), as: UTF8.self) }

    fileprivate var groupCount: Int { 1 + laterGroups.count }
    fileprivate func groupRange(_ group: Int) -> TextRange { group == 0 ? firstGroup : laterGroups[group - 1] }

    /// The digits of one group, with the country code read as "0".
    fileprivate func digits(ofGroup group: Int) -> [UInt8] {
      let range = groupRange(group)
      if group == 0 && countryCode { return [UInt8(ascii: "0")] + source[(range.lowerBound + 2)..<range.upperBound] }
      return Array(source[range.lowerBound..<range.upperBound])
    }
  }

  static func digits(of text: String) -> String {
    var result = String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    if hasCountryCode(text) { result = "0" + result.dropFirst(2) }
    return result
  }

  /// `text.trimmingCharacters(in: .whitespaces).hasPrefix("+46")` on the UTF-8 bytes (Foundation's
  /// trimming cost more than the rest of reading a contact).
  private static func hasCountryCode(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let start = WhitespaceTrimming.trimmed(0..<bytes.count, in: bytes).lowerBound
    guard bytes.count - start >= 3, bytes[start..<(start + 3)].elementsEqual("+46".utf8) else { return false }
    // A combining mark after the 6 would make "6" part of another Character; let Foundation decide then.
    guard start + 3 < bytes.count, bytes[start + 3] >= 0xCC else { return true }
    return text.trimmingCharacters(in: .whitespaces).hasPrefix("+46")
  }

  /// Runs of digit groups separated by single spaces, hyphens or en dashes.
  static func occurrences(in bytes: [UInt8]) -> [Occurrence] {
    var found: [Occurrence] = []
    // Room for a letter's usual dates, amounts and numbers without regrowing.
    found.reserveCapacity(32)
    let count = bytes.count
    func isDigit(_ at: Int) -> Bool { at < count && bytes[at] &- 0x30 < 10 }
    var index = ByteScan.firstDigit(in: bytes, from: 0)
    while index < count {
      // Digits glued to a word ("A4", "x2") are no number, and neither is the rest of their run.
      if index > 0 && isWordByte(bytes[index - 1]) {
        while isDigit(index) { index += 1 }
        index = ByteScan.firstDigit(in: bytes, from: index)
        continue
      }
      var firstGroup = TextRange(index, index)
      var laterGroups: [TextRange] = []
      var cursor = index
      let international = index >= 1 && bytes[index - 1] == UInt8(ascii: "+")
      while true {
        let start = cursor
        while isDigit(cursor) { cursor += 1 }
        if start == index {
          firstGroup = TextRange(start, cursor)
        } else {
          // Numbers have a few groups: one allocation instead of regrowing from one.
          if laterGroups.isEmpty { laterGroups.reserveCapacity(4) }
          laterGroups.append(TextRange(start, cursor))
        }
        // A separator continues the number only when another digit group follows directly.
        var next = cursor
        // "+46 (0)10-…": the bracketed trunk zero is written for domestic callers; skip it.
        if international && laterGroups.isEmpty {
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
      let countryCode =
        international && firstGroup.upperBound - firstGroup.lowerBound >= 2
        && bytes[index] == UInt8(ascii: "4") && bytes[index + 1] == UInt8(ascii: "6")
      if cursor >= count || !isWordByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") {
        found.append(
          Occurrence(
            range: TextRange(international ? index - 1 : index, cursor), firstGroup: firstGroup,
            laterGroups: laterGroups, countryCode: countryCode, source: bytes))
      }
      index = ByteScan.firstDigit(in: bytes, from: cursor)
    }
    return found
  }

  /// A Swedish phone number rather than an amount or a date: 7–12 digits, leading 0.
  static func looksLikePhoneNumber(_ occurrence: Occurrence) -> Bool {
    var digitCount = occurrence.firstGroup.upperBound - occurrence.firstGroup.lowerBound
    for group in occurrence.laterGroups { digitCount += group.upperBound - group.lowerBound }
    if occurrence.countryCode { digitCount -= 1 }
    let leadingZero = occurrence.countryCode || occurrence.source[occurrence.firstGroup.lowerBound] == UInt8(ascii: "0")
    return leadingZero && (7...12).contains(digitCount)
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
  }

  /// The range of `target` digits within an occurrence, aligned to whole groups.
  static func find(_ target: String, in occurrence: Occurrence) -> TextRange? {
    var target = target
    return target.withUTF8 { target -> TextRange? in
      guard !target.isEmpty else { return nil }
      let source = occurrence.source
      for first in 0..<occurrence.groupCount {
        // Groups joined from `first` on stay a prefix of the target until they are all of it.
        var matched = 0
        for last in first..<occurrence.groupCount {
          let range = occurrence.groupRange(last)
          var digitStart = range.lowerBound
          if last == 0 && occurrence.countryCode {
            guard matched < target.count && target[matched] == UInt8(ascii: "0") else { break }
            matched += 1
            digitStart += 2
          }
          let length = range.upperBound - digitStart
          guard matched + length <= target.count,
            source[digitStart..<range.upperBound].elementsEqual(target[matched..<(matched + length)])
          else { break }
          matched += length
          if matched == target.count {
            return TextRange(occurrence.groupRange(first).lowerBound, range.upperBound)
          }
        }
      }
      return nil
    }
  }
}
