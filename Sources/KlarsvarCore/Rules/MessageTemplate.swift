/// Fills `{match}`, `{value}`, `{max}` and similar slots of a rule's message.
enum MessageTemplate {
  /// A slot's name (as written between braces) and its value. Findings carry a few slots, so a
  /// small array searched in order is cheaper than a dictionary.
  typealias Slot = (name: String, value: String)

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")

  /// One pass over the template's bytes; unknown slots stay as written.
  static func render(_ template: String, _ values: [String: String]) -> String {
    render(template, values.map { Slot(name: $0.key, value: $0.value) }, match: nil)
  }

  /// Renders `template`: slots are looked up in `slots` (first name wins), then
  /// `{match}` falls back to `match` as shown by `display`, worked out only when the template uses
  /// it. Values are not rendered again, so braces in them stay as they are.
  static func render(_ template: String, _ slots: [Slot], match: String?) -> String {
    var bytesOwner = template
    return bytesOwner.withUTF8 { bytes -> String in
      guard let firstBrace = bytes.firstIndex(of: openBrace),
        let first = nextSlot(in: bytes, from: firstBrace, slots, hasMatch: match != nil)
      else { return template }
      // Two passes over the slots, measuring then copying bytes into one allocation, cost less
      // than appending pieces (each append checks capacity and may grow the string).
      var length = 0
      var matchUses = 0
      var runStart = 0
      var slot = first
      while true {
        length += slot.range.lowerBound - runStart
        if slot.index < slots.count { length += slots[slot.index].value.utf8.count } else { matchUses += 1 }
        runStart = slot.range.upperBound
        guard let next = nextSlot(in: bytes, from: runStart, slots, hasMatch: match != nil) else { break }
        slot = next
      }
      let shownMatch = matchUses > 0 ? display(match ?? "") : ""
      length += bytes.count - runStart + matchUses * shownMatch.utf8.count
      func value(_ index: Int) -> String { index < slots.count ? slots[index].value : shownMatch }
      return String(unsafeUninitializedCapacity: length) { output in
        var written = 0
        func copy(_ piece: UnsafeBufferPointer<UInt8>) {
          guard let base = piece.baseAddress, !piece.isEmpty else { return }
          (output.baseAddress! + written).initialize(from: base, count: piece.count)
          written += piece.count
        }
        var runStart = 0
        var slot = first
        while true {
          copy(UnsafeBufferPointer(rebasing: bytes[runStart..<slot.range.lowerBound]))
          var text = value(slot.index)
          text.withUTF8(copy)
          runStart = slot.range.upperBound
          guard let next = nextSlot(in: bytes, from: runStart, slots, hasMatch: match != nil) else { break }
          slot = next
        }
        copy(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        return written
      }
    }
  }

  /// The next slot from `start` on that has a value: its byte range (braces included) and its
  /// index in `slots` (`slots.count` for the matched text). A `{` without a known name before the
  /// next `}` is text, and the search goes on right after it.
  private static func nextSlot(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ slots: [Slot], hasMatch: Bool
  ) -> (range: Range<Int>, index: Int)? {
    var index = start
    while index < bytes.count {
      guard bytes[index] == openBrace else {
        index += 1
        continue
      }
      var close = index + 1
      while close < bytes.count && bytes[close] != closeBrace { close += 1 }
      guard close < bytes.count else { return nil }
      let key = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
      if let slot = slots.firstIndex(where: { equals(key, $0.name) }) { return (index..<(close + 1), slot) }
      if hasMatch && isMatch(key) { return (index..<(close + 1), slots.count) }
      index += 1
    }
    return nil
  }

  private static func isMatch(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    key.count == 5 && key[0] == UInt8(ascii: "m") && key[1] == UInt8(ascii: "a") && key[2] == UInt8(ascii: "t")
      && key[3] == UInt8(ascii: "c") && key[4] == UInt8(ascii: "h")
  }

  private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ name: String) -> Bool {
    guard key.count == name.utf8.count else { return false }
    var name = name
    return name.withUTF8 { $0.elementsEqual(key) }
  }

  /// Matched text as shown in a message: line breaks and runs of spaces become one space.
  static func display(_ text: String) -> String {
    // Read from the bytes: nothing to collapse without a line break, a tab, or a space first,
    // last or next to another.
    var bytesOwner = text
    let plain = bytesOwner.withUTF8 { bytes -> Bool in
      var previousSpace = true
      for byte in bytes {
        let isSpace = byte == 0x20
        if byte == 0x0A || byte == 0x0D || byte == 0x09 || (isSpace && previousSpace) { return false }
        previousSpace = isSpace
      }
      return !previousSpace
    }
    guard !plain else { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
