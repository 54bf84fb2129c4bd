import KlarsvarText

/// A message with `{name}` slots (`{match}`, `{value}`, `{max}` …), read once when its rule is loaded.
///
/// A slot is a `{`, its name and the next `}`. A slot without a value stays as written, and the
/// search for slots goes on right after its `{`; values are not read again, so braces in them stay as
/// they are. A class, so handing one to a finding costs one retain rather than one per field.
package final class MessageTemplate: Sendable {
  /// A slot's name and its value. Findings carry a few slots, so a small array searched in order is
  /// cheaper than a dictionary.
  typealias Slot = (name: String, value: String)

  /// The template as written.
  package let text: String
  private let bytes: [UInt8]
  /// Every `{…}` that may be a slot, in text order: a `{` and the first `}` after it.
  private let candidates: [Candidate]
  /// Whether the bytes outside the only candidate are ASCII (a rendering then needs no test for it).
  private let restIsASCII: Bool

  private struct Candidate: Sendable {
    /// Offsets of the braces.
    let open: Int
    let close: Int
    let name: String
    let isMatch: Bool
  }

  static let matchSlot = "match"

  package init(_ text: String) {
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var candidates: [Candidate] = []
    var index = 0
    // Braces are rare in a message: `ByteScan.firstIndex(of:)` jumps from one to the next.
    while let open = ByteScan.firstIndex(of: UInt8(ascii: "{"), in: bytes, from: index, to: bytes.count),
      let close = ByteScan.firstIndex(of: UInt8(ascii: "}"), in: bytes, from: open + 1, to: bytes.count)
    {
      let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
      candidates.append(Candidate(open: open, close: close, name: name, isMatch: name == Self.matchSlot))
      index = open + 1
    }
    self.candidates = candidates
    restIsASCII =
      candidates.count == 1 && bytes[..<candidates[0].open].allSatisfy { $0 < 0x80 }
      && bytes[(candidates[0].close + 1)...].allSatisfy { $0 < 0x80 }
  }

  /// Fills the slots named in `slots` (the first of equal names wins), then `{match}` with `match` as
  /// `display` shows it (worked out only when the template uses it).
  func render(_ slots: [Slot], match: String?) -> String {
    if candidates.isEmpty { return text }
    // Most messages have one slot: the bytes before it, its value and the bytes after it.
    if candidates.count == 1 {
      let only = candidates[0]
      var value: String
      if let slot = slots.first(where: { Self.sameBytes($0.name, only.name) }) {
        value = slot.value
      } else if only.isMatch, let match {
        value = Self.display(match)
      } else {
        return text
      }
      return ByteScan.string(
        joining: bytes[..<only.open], value, bytes[(only.close + 1)...], knownNotASCII: !restIsASCII)
    }
    var shownMatch: String?
    return render { name in
      if let slot = slots.first(where: { Self.sameBytes($0.name, name) }) { return slot.value }
      guard name == Self.matchSlot, let match else { return nil }
      if shownMatch == nil { shownMatch = Self.display(match) }
      return shownMatch
    }
  }

  /// Fills each slot whose name `value` knows; the others stay as written.
  package func render(_ value: (String) throws -> String?) rethrows -> String {
    var replacements: [(range: Range<Int>, text: String)] = []
    var written = 0
    for candidate in candidates where candidate.open >= written {
      guard let filled = try value(candidate.name) else { continue }
      replacements.append((candidate.open..<(candidate.close + 1), filled))
      written = candidate.close + 1
    }
    return replacements.isEmpty ? text : ByteScan.string(splicing: replacements, into: bytes)
  }

  /// Whether rendering fills a slot `name` when given a value for it: exactly when the template holds
  /// `{name}` (a slot's braces hold no other brace, so the search for slots reaches it).
  func hasSlot(named name: String) -> Bool {
    candidates.contains { Self.sameBytes($0.name, name) }
  }

  /// `MessageTemplate(template).render(slots, match: match)`, for a message used once.
  static func render(_ template: String, _ slots: [Slot], match: String?) -> String {
    MessageTemplate(template).render(slots, match: match)
  }

  /// Renders with the values of a dictionary (no matched text).
  static func render(_ template: String, _ values: [String: String]) -> String {
    MessageTemplate(template).render { values[$0] }
  }

  /// Whether two strings hold the same bytes (`==` compares canonical equivalence instead).
  static func sameBytes(_ first: String, _ second: String) -> Bool {
    guard first.utf8.count == second.utf8.count else { return false }
    var first = first
    var second = second
    return first.withUTF8 { first in second.withUTF8 { first.elementsEqual($0) } }
  }
}
