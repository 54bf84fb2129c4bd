import Foundation

/// Fills `{match}`, `{value}`, `{max}` and similar slots of a rule's message.
enum MessageTemplate {
  /// A slot's name (as written between braces) and its value. Findings carry a few slots, so a
  /// small array searched in order is cheaper than a dictionary.
  typealias Slot = (name: String, value: String)

  static let openBrace = UInt8(ascii: "{")
  static let closeBrace = UInt8(ascii: "}")

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
      guard let base = bytes.baseAddress, let first = nextSlot(in: bytes, from: 0, slots, hasMatch: match != nil)
      else { return template }
      // Most messages have one slot: with no `{` after it, the message is the bytes before it, its
      // value and the bytes after it, without a second search for slots.
      let rest = first.range.upperBound
      guard offset(of: openBrace, in: base, from: rest, to: bytes.count) != nil else {
        var value = first.index < slots.count ? slots[first.index].value : display(match ?? "")
        return value.withUTF8 { value in
          joined(
            UnsafeBufferPointer(start: base, count: first.range.lowerBound), value,
            UnsafeBufferPointer(start: base + rest, count: bytes.count - rest))
        }
      }
      return render(bytes, from: first, slots, match: match)
    }
  }

  /// The general case of `render`, from the first slot on.
  private static func render(
    _ bytes: UnsafeBufferPointer<UInt8>, from first: (range: Range<Int>, index: Int), _ slots: [Slot],
    match: String?
  ) -> String {
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

  /// Three runs of valid UTF-8 as one string, copied once; `knownNotASCII` spares the test for ASCII.
  static func joined(
    _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>, _ third: UnsafeBufferPointer<UInt8>,
    knownNotASCII: Bool = false
  ) -> String {
    let length = first.count + second.count + third.count
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { output in
      guard let target = output.baseAddress else { return "" }
      if let source = first.baseAddress { target.initialize(from: source, count: first.count) }
      if let source = second.baseAddress { (target + first.count).initialize(from: source, count: second.count) }
      if let source = third.baseAddress {
        (target + first.count + second.count).initialize(from: source, count: third.count)
      }
      return string(fromValidUTF8: UnsafeBufferPointer(rebasing: output[..<length]), knownNotASCII: knownNotASCII)
    }
  }

  /// Whether rendering `template` fills a slot `name` when given a value for it: exactly when the
  /// template holds `{name}` (a slot's braces hold no other brace, so the search for slots reaches it).
  static func hasSlot(named name: String, in template: String) -> Bool {
    var bytesOwner = template
    return bytesOwner.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      var index = 0
      while let open = offset(of: openBrace, in: base, from: index, to: bytes.count) {
        let key = UnsafeBufferPointer(start: base + open + 1, count: bytes.count - open - 1)
        if equals(UnsafeBufferPointer(rebasing: key.prefix(name.utf8.count)), name), key.count > name.utf8.count,
          key[name.utf8.count] == closeBrace
        {
          return true
        }
        index = open + 1
      }
      return false
    }
  }

  /// A string of bytes known to be valid UTF-8, copied without validating them again.
  static func string(fromValidUTF8 bytes: UnsafeBufferPointer<UInt8>, knownNotASCII: Bool = false) -> String {
    // UTF8Span is new in Swift 6.2's standard library (macOS 26); older compilers and systems validate.
    #if compiler(>=6.2)
      if #available(macOS 26, iOS 26, *) {
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: !knownNotASCII && isASCII(bytes)))
      }
    #endif
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
  static func offset(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
    guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  static func isMatch(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    key.count == 5 && key[0] == UInt8(ascii: "m") && key[1] == UInt8(ascii: "a") && key[2] == UInt8(ascii: "t")
      && key[3] == UInt8(ascii: "c") && key[4] == UInt8(ascii: "h")
  }

  static func equals(_ key: UnsafeBufferPointer<UInt8>, _ name: String) -> Bool {
    guard key.count == name.utf8.count else { return false }
    var name = name
    return name.withUTF8 { $0.elementsEqual(key) }
  }

  /// Whether two strings hold the same bytes (`==` compares canonical equivalence instead).
  static func sameBytes(_ first: String, _ second: String) -> Bool {
    guard first.utf8.count == second.utf8.count else { return false }
    var first = first
    var second = second
    return first.withUTF8 { first in second.withUTF8 { first.elementsEqual($0) } }
  }

  /// Matched text as shown in a message: line breaks and runs of spaces become one space.
  static func display(_ text: String) -> String {
    // Native strings lend their bytes in place, without the copy `withUTF8` makes of its receiver.
    let shownAsWritten =
      text.utf8.withContiguousStorageIfAvailable(isShownAsWritten)
      ?? {
        var bytesOwner = text
        return bytesOwner.withUTF8(isShownAsWritten)
      }()
    guard !shownAsWritten else { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Whether `display` leaves a text as it is: nothing to collapse without a line break, a tab, or a
  /// space first, last or next to another.
  static func isShownAsWritten(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty, bytes[0] != 0x20, bytes[bytes.count - 1] != 0x20
    else { return false }
    // Eight bytes at a time while none is below a space; such a word is told apart exactly by the
    // byte loop below.
    let raw = UnsafeRawPointer(base)
    let high: UInt64 = 0x8080_8080_8080_8080
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var index = 0
    var previousSpace = false
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      // High bit of each byte below 0x20 (tab, line breaks and other controls).
      let control = ~(((word & low) &+ 0x6060_6060_6060_6060) | word) & high
      guard control == 0 else { break }
      // High bit of each space: exactly the zero bytes of `word ^ spaces`.
      let spaced = word ^ 0x2020_2020_2020_2020
      let spaces = ~(((spaced & low) &+ low) | spaced) & high
      if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
      previousSpace = spaces >> 63 != 0
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      let isSpace = byte == 0x20
      if byte == 0x0A || byte == 0x0D || byte == 0x09 || (isSpace && previousSpace) { return false }
      previousSpace = isSpace
      index += 1
    }
    return true
  }
}
