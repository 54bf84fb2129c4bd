import Foundation

/// The one home of klarsvar's byte-level speed tricks: eight bytes tested at a time (SWAR: "SIMD
/// within a register"), the C library's vectorised `memchr` and `memcmp`, and table-driven byte
/// classes. Every other file states what it looks for and calls these. Searches and tests are here,
/// the line-start scan in `ByteScan+Lines.swift`, strings from valid UTF-8 in `ByteScan+Strings.swift`,
/// the eight-byte word in `ByteWord.swift` and the byte classes in `ByteSet.swift`.
///
/// Each primitive carries the measurement that earned it (instructions from callgrind on the bench
/// corpus, `BENCHMARKS.md`) and is compared with a plain loop on seeded random input in
/// `ByteScanTests`. Inputs are UTF-8 bytes; words are read little-endian, so lane 0 is the first byte.
package enum ByteScan {
  // MARK: Searching buffers

  /// The offset of the first `byte` in `bytes[start..<end]`, if any.
  ///
  /// `memchr` is vectorised in the C library: for bytes that are rare in prose (`{` in messages, `.`
  /// between host names, the lead bytes of combining marks) it beats any loop of ours. Finding dots
  /// with it was part of the document-rule round (lint −74 M instructions, `ab4c4de`); two `memchr`
  /// passes for 0xCC and 0xCD cost less than one word-wise scan for both.
  @inlinable @inline(__always)
  package static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int?
  {
    guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  /// `firstIndex(of:in:from:to:)` in an array.
  @inlinable @inline(__always)
  package static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
    bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0, from: start, to: end) }
  }

  /// Whether `byte` occurs in `bytes` (`memchr`).
  @inlinable
  package static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
    firstIndex(of: byte, in: bytes, from: 0, to: bytes.count) != nil
  }

  /// The first offset in `start..<end` whose byte is in `set`, or `end`: one table read per byte,
  /// four bytes per bounds test.
  ///
  /// For a class of many values (the markup scanner's "interesting" bytes) a table beats both
  /// `memchr` and eight-byte tests, which took more instructions there.
  package static func firstIndex(in set: ByteSet, of bytes: [UInt8], from start: Int, to end: Int) -> Int {
    precondition(0 <= start && end <= bytes.count)
    return set.withTable { table in
      bytes.withUnsafeBufferPointer { bytes in
        var cursor = start
        while cursor &+ 4 <= end {
          if table[Int(bytes[cursor])] { return cursor }
          if table[Int(bytes[cursor &+ 1])] { return cursor &+ 1 }
          if table[Int(bytes[cursor &+ 2])] { return cursor &+ 2 }
          if table[Int(bytes[cursor &+ 3])] { return cursor &+ 3 }
          cursor &+= 4
        }
        while cursor < end && !table[Int(bytes[cursor])] { cursor += 1 }
        return cursor
      }
    }
  }

  /// The first offset in `start..<end` holding one of `leads`, or `end`.
  ///
  /// Up to four values: eight bytes per test while none matches: the pattern rules' `prefilterCharacters` spare the
  /// regular expression engine most pieces with this (`b2c717a`: 1,069 M → 1,065 M instructions).
  package static func firstIndex(ofAnyOf leads: LeadBytes, in bytes: [UInt8], from start: Int, to end: Int) -> Int {
    precondition(0 <= start && end <= bytes.count)
    return bytes.withUnsafeBufferPointer { bytes in
      var index = start
      if leads.isWordTestable, let base = UnsafeRawPointer(bytes.baseAddress) {
        while index &+ 8 <= end {
          let lanes = leads.lanes(in: ByteWord(loadingFrom: base, at: index))
          if !lanes.isEmpty { return index &+ lanes.firstLane }
          index &+= 8
        }
      }
      while index < end && !leads.contains(bytes[index]) { index += 1 }
      return index
    }
  }

  /// The first ASCII digit at or after `start`, or `bytes.count`.
  ///
  /// Digits are rare in prose: sixteen bytes per test (two words) while they last, then eight. Part of
  /// the document-rule round that took `ContactRule` from 57.6 M to 18.5 M instructions (`ab4c4de`).
  package static func firstDigit(in bytes: [UInt8], from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { firstDigit(in: $0, from: start) }
  }

  private static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index &+ 16 <= bytes.count {
        let first = ByteWord(loadingFrom: base, at: index).lanes(in: 0x30...0x39)
        let second = ByteWord(loadingFrom: base, at: index &+ 8).lanes(in: 0x30...0x39)
        if !first.union(second).isEmpty {
          return first.isEmpty ? index &+ 8 &+ second.firstLane : index &+ first.firstLane
        }
        index &+= 16
      }
      while index &+ 8 <= bytes.count {
        let digits = ByteWord(loadingFrom: base, at: index).lanes(in: 0x30...0x39)
        if !digits.isEmpty { return index &+ digits.firstLane }
        index &+= 8
      }
    }
    while index < bytes.count && bytes[index] &- 0x30 >= 10 { index += 1 }
    return index
  }

  // MARK: Whole-buffer tests

  /// Whether every byte is below 0x80, eight at a time. A string made from such bytes keeps an ASCII
  /// flag that makes its later conversions cheaper (messages rendered per finding, `436491d`).
  @inlinable
  package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    var high: UInt64 = 0
    var index = 0
    while index &+ 8 <= bytes.count {
      high |= ByteWord(loadingFrom: base, at: index).bits
      index &+= 8
    }
    while index < bytes.count {
      high |= UInt64(bytes[index])
      index += 1
    }
    return ByteWord(high).nonASCIILanes.isEmpty
  }

  /// Whether valid UTF-8 holds only scalars up to U+00FF (all of Swedish), eight bytes at a time: it
  /// does exactly when no byte is 0xC4 or above, the lead bytes of every later scalar. Case
  /// preservation reads such text from its bytes instead of Unicode's tables (`dd98312`).
  @inlinable
  package static func isLatin1(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    var index = 0
    while index &+ 8 <= bytes.count {
      if !ByteWord(loadingFrom: base, at: index).lanes(atLeast: 0xC4).isEmpty { return false }
      index &+= 8
    }
    while index < bytes.count {
      if bytes[index] >= 0xC4 { return false }
      index += 1
    }
    return true
  }

  /// Scalars in valid UTF-8 (bytes other than 10xxxxxx), plus one per four-byte scalar (11110xxx)
  /// when counting UTF-16 units.
  ///
  /// Eight bytes at a time, flags summed lane-wise: every caller that converts offsets (columns for
  /// reports, the language server's positions, regular expression pieces) counts with this
  /// (`3549d6f`).
  package static func unitCount(in bytes: UnsafeBufferPointer<UInt8>, countingSurrogates: Bool) -> Int {
    var units = 0
    var index = 0
    var scalars = LaneTally()
    var fourByteLeads = LaneTally()
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index &+ 8 <= bytes.count {
        let word = ByteWord(loadingFrom: base, at: index)
        scalars.add(word.scalarStartLanes)
        if countingSurrogates { fourByteLeads.add(word.fourByteLeadLanes) }
        index &+= 8
        if scalars.isFull || index &+ 8 > bytes.count {
          units += scalars.take() + fourByteLeads.take()
        }
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte & 0xC0 != 0x80 { units += countingSurrogates && byte >= 0xF0 ? 2 : 1 }
      index += 1
    }
    return units
  }

  /// `unitCount(in:countingSurrogates:)` of a slice.
  package static func unitCount(in bytes: ArraySlice<UInt8>, countingSurrogates: Bool) -> Int {
    bytes.withUnsafeBufferPointer { unitCount(in: $0, countingSurrogates: countingSurrogates) }
  }

  /// Whether text shows as written on one line: no line break or tab, and no space first, last or
  /// next to another (what a message's matched text needs no collapsing for).
  ///
  /// Eight bytes at a time while none is below a space; a word that holds one (a tab, a line break or
  /// another control) is told apart by the byte loop.
  package static func isSingleSpaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress), !bytes.isEmpty, bytes[0] != 0x20,
      bytes[bytes.count - 1] != 0x20
    else { return false }
    var index = 0
    var previousSpace = false
    while index &+ 8 <= bytes.count {
      let word = ByteWord(loadingFrom: base, at: index)
      guard word.lanes(below: 0x20).isEmpty else { break }
      let spaces = word.lanes(equalTo: 0x20)
      if !spaces.followed(by: spaces).isEmpty || (previousSpace && spaces.contains(lane: 0)) { return false }
      previousSpace = spaces.contains(lane: 7)
      index &+= 8
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

  // MARK: Comparing

  /// Whether the `length` bytes at `left` and `right` are equal, where both are readable for at least
  /// `max(length, 8)` bytes (the caller pads its storage).
  ///
  /// Keys of up to eight bytes (most words) are one load and one masked comparison each: the
  /// tokenizer's vocabulary probes, part of `1989d56` (tokenizer 419 M → 254 M instructions).
  @inline(__always)
  package static func equalPadded(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count length: Int)
    -> Bool
  {
    let first = ByteWord(loadingFrom: UnsafeRawPointer(left), at: 0)
    let second = ByteWord(loadingFrom: UnsafeRawPointer(right), at: 0)
    if length <= 8 {
      // The first `length` bytes are the low bits; shifting drops the rest (all of them for 0,
      // where `&<<` by 64 would not).
      return length == 0 || (first.bits ^ second.bits) &<< UInt64(truncatingIfNeeded: (8 &- length) &* 8) == 0
    }
    return equalLong(UnsafeRawPointer(left), UnsafeRawPointer(right), length)
  }

  /// `equalPadded` beyond eight bytes: whole words, then the last eight bytes (overlapping).
  @inline(never)
  private static func equalLong(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, _ length: Int) -> Bool {
    var offset = 0
    while offset &+ 8 <= length {
      if ByteWord(loadingFrom: left, at: offset) != ByteWord(loadingFrom: right, at: offset) { return false }
      offset &+= 8
    }
    return offset == length
      || ByteWord(loadingFrom: left, at: length &- 8) == ByteWord(loadingFrom: right, at: length &- 8)
  }

  /// Whether `count` bytes at `left` and `right` are equal (`memcmp`, for unpadded storage).
  ///
  /// Inserting the packs' words compares each with the keys already there: `memcmp` made loading
  /// cheaper than a loop (one-letter `check` 92.8 M → 87.8 M instructions with the next change, `2f5deaa`).
  @inline(__always)
  package static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
    memcmp(left, right, count) == 0
  }
}
