import Foundation

/// Finding evidence (phrases, phone numbers, websites, patterns) in the writer's own text.
extension RuleCheckContext {
  /// Where the items of one evidence group occur, quoted reader text excluded.
  func occurrences(of items: [EvidenceItem], group: Int32, role: PhraseRole) -> [TextRange] {
    var found: [TextRange] = []
    for (index, item) in items.enumerated() {
      switch item {
      case .phrases:
        for match in matches where match.output.role == role && match.output.item == group
          && match.output.subitem == Int32(index) && !isQuoted(match)
        {
          found.append(range(of: match))
        }
      case .phone(let digits):
        for occurrence in scratch.phoneNumbers {
          if let hit = PhoneNumbers.find(digits, in: occurrence) { found.append(hit) }
        }
      case .website(let domain):
        found += Self.domainOccurrences(of: domain, in: scratch.lowercasedBytes)
      case .pattern(let compiled):
        let view = scratch.rawView
        for result in compiled.regex.matches(in: view.string as String, range: view.fullRange) {
          found.append(view.utf8Range(result.range))
        }
      }
    }
    return found.filter { !text.isQuoted($0) }
  }

  /// `ivo.se` as a whole host name: "www.ivo.se", "https://ivo.se/x", not "minivo.se".
  static func domainOccurrences(of domain: String, in bytes: [UInt8]) -> [TextRange] {
    let needle = Array(domain.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
    var found: [TextRange] = []
    var index = 0
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == needle[0] && Array(bytes[index..<(index + needle.count)]) == needle {
        let before: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        let afterIndex = index + needle.count
        let after: UInt8 = afterIndex < bytes.count ? bytes[afterIndex] : 0x20
        let beforeOK = !Self.isHostByte(before) || before == UInt8(ascii: ".")
        let afterOK = !Self.isHostByte(after) || (after == UInt8(ascii: ".") && !(afterIndex + 1 < bytes.count && Self.isHostByte(bytes[afterIndex + 1]) && bytes[afterIndex + 1] != UInt8(ascii: ".")))
        if beforeOK && afterOK { found.append(TextRange(index, afterIndex)) }
      }
      index += 1
    }
    return found
  }

  static func isHostByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte >= 0x80
  }
}
