import Foundation

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
      guard let first = nextSlot(in: bytes, from: 0, slots, hasMatch: match != nil)
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
      // Built on the stack and copied once: every piece is valid UTF-8 cut at ASCII braces, so the
      // result needs no validation (which cost more than the rest of rendering).
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { output in
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
        return string(fromValidUTF8: UnsafeBufferPointer(rebasing: output[..<written]))
      }
    }
  }

  /// A string of bytes known to be valid UTF-8, copied without validating them again.
  static func string(fromValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    // UTF8Span is new in the standard library (macOS 26); older systems validate.
    if #available(macOS 26, iOS 26, *) {
      return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether every byte is below 0x80, read eight bytes at a time (the string keeps the flag, and
  /// later conversions of an ASCII string are cheaper).
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var high: UInt64 = 0
    var index = 0
    while index + 8 <= bytes.count {
      high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < bytes.count {
      high |= UInt64(bytes[index])
      index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  /// The next slot from `start` on that has a value: its byte range (braces included) and its
  /// index in `slots` (`slots.count` for the matched text). A `{` without a known name before the
  /// next `}` is text, and the search goes on right after it.
  private static func nextSlot(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ slots: [Slot], hasMatch: Bool
  ) -> (range: Range<Int>, index: Int)? {
    guard let base = bytes.baseAddress else { return nil }
    // Braces are rare in a message: `memchr` jumps from one to the next instead of testing every byte.
    var index = start
    while let open = offset(of: openBrace, in: base, from: index, to: bytes.count) {
      guard let close = offset(of: closeBrace, in: base, from: open + 1, to: bytes.count) else { return nil }
      let key = UnsafeBufferPointer(start: base + open + 1, count: close - open - 1)
      if let slot = slots.firstIndex(where: { equals(key, $0.name) }) { return (open..<(close + 1), slot) }
      if hasMatch && isMatch(key) { return (open..<(close + 1), slots.count) }
      index = open + 1
    }
    return nil
  }

  /// Offset of the first `byte` in `base[start..<end]`, if any.
  @inline(__always)
  private static func offset(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
    guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
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
