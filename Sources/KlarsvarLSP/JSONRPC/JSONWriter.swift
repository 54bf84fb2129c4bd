import Foundation

/// A fast, allocation-light JSON writer for the hot path (diagnostics), with members in a fixed order.
///
/// `JSONEncoder` on Linux takes tens of milliseconds for a few hundred diagnostics; this writes the
/// same JSON directly into bytes.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  init(capacity: Int = 4096) {
    bytes.reserveCapacity(capacity)
  }

  var data: Data { Data(bytes) }

  mutating func object(_ body: (inout JSONWriter) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
    body(&self)
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  mutating func array<C: Collection>(_ items: C, _ each: (inout JSONWriter, C.Element) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
    for item in items { each(&self, item) }
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes `"name":` inside an object; the value follows.
  mutating func key(_ name: String) {
    separate()
    writeString(name)
    bytes.append(UInt8(ascii: ":"))
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
  }

  mutating func value(_ string: String) {
    separate()
    writeString(string)
  }

  mutating func value(_ number: Int) {
    separate()
    bytes.append(contentsOf: String(number).utf8)
  }

  mutating func value(_ flag: Bool) {
    separate()
    bytes.append(contentsOf: (flag ? "true" : "false").utf8)
  }

  mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
  }

  mutating func field(_ name: String, _ string: String) {
    key(name)
    value(string)
  }

  mutating func field(_ name: String, _ number: Int) {
    key(name)
    value(number)
  }

  /// Emits a comma before every element after the first at the current nesting level.
  private mutating func separate() {
    guard !needsComma.isEmpty else { return }
    if needsComma[needsComma.count - 1] {
      bytes.append(UInt8(ascii: ","))
    } else {
      needsComma[needsComma.count - 1] = true
    }
  }

  private mutating func writeString(_ string: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// A type that writes itself with `JSONWriter` (the fast path for outgoing diagnostics).
protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}
