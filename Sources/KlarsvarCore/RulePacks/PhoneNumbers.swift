/// Finds phone numbers in text as digit groups, so "010-788 50 00", "010 788 50 00" and
/// "+46 10 788 50 00" compare equal.
enum PhoneNumbers {
  struct Occurrence: Sendable {
    var range: TextRange
    /// Digit groups as written; a number matches when it spans whole groups.
    var groups: [String]
    var groupRanges: [TextRange]
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
    let start = bytes.withUnsafeBufferPointer { WhitespaceTrimming.trimmed(0..<$0.count, in: $0).lowerBound }
    guard bytes.count - start >= 3, bytes[start..<(start + 3)].elementsEqual("+46".utf8) else { return false }
    // A combining mark after the 6 would make "6" part of another Character; let Foundation decide then.
    guard start + 3 < bytes.count, bytes[start + 3] >= 0xCC else { return true }
    return text.trimmingCharacters(in: .whitespaces).hasPrefix("+46")
  }

  /// Runs of digit groups separated by single spaces, hyphens or en dashes.
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
