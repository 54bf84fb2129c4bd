import KlarsvarText

/// Characters of which a searched piece must contain at least one (a pattern rule's
/// `prefilterCharacters`), found by a byte scan that spares the regular expression engine most pieces.
struct RequiredCharacters {
  /// UTF-8 forms of the characters.
  let needles: [[UInt8]]
  /// The needles' first bytes: only where one of them stands is a needle compared.
  private let leads: LeadBytes

  init(_ characters: String) {
    needles = characters.map { Array(String($0).utf8) }
    leads = LeadBytes(Set(needles.map { $0[0] }))
  }

  var isEmpty: Bool { needles.isEmpty }

  /// Whether any needle starts inside `range` (and ends inside it).
  func occurs(in bytes: [UInt8], _ range: TextRange) -> Bool {
    let end = min(range.upperBound, bytes.count)
    var index = max(range.lowerBound, 0)
    while index < end {
      index = ByteScan.firstIndex(ofAnyOf: leads, in: bytes, from: index, to: end)
      guard index < end else { return false }
      for needle in needles where index + needle.count <= end && bytes[index..<(index + needle.count)] == needle[...] {
        return true
      }
      index += 1
    }
    return false
  }
}
