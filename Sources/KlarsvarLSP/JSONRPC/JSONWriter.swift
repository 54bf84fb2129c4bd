import Foundation

/// A fast, allocation-light JSON writer for the hot path (diagnostics), with members in a fixed order.
///
/// `JSONEncoder` on Linux takes tens of milliseconds for a few hundred diagnostics; this writes the
/// same JSON directly into bytes: strings are copied in runs between the bytes that need escaping,
/// keys are static, numbers are written without an intermediate `String`.
struct JSONWriter {
  private let buffer: ByteBuffer
  /// Bit `n` is set when the container at nesting depth `n` already holds an element.
  private var filled: UInt64 = 0
  private var depth = 0

  init(capacity: Int = 4096) {
    buffer = ByteBuffer(capacity: capacity)
  }

  var bytes: [UInt8] { buffer.bytes }
  var data: Data { buffer.withBytes { Data(buffer: $0) } }

  mutating func object(_ body: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<C: Collection>(_ items: C, _ each: (inout JSONWriter, C.Element) -> Void) {
    open(UInt8(ascii: "["))
    for item in items { each(&self, item) }
    close(UInt8(ascii: "]"))
  }

  /// Writes `"name":` inside an object; the value follows. Names are plain ASCII literals.
  mutating func key(_ name: StaticString) {
    separate()
    buffer.append(UInt8(ascii: "\""))
    buffer.append(name)
    buffer.append(UInt8(ascii: "\""))
    buffer.append(UInt8(ascii: ":"))
    // The value after a key is not a new element of the object.
    filled &= ~(1 << UInt64(depth - 1))
  }

  mutating func value(_ string: String) {
    separate()
    writeString(string)
  }

  mutating func value(_ number: Int) {
    separate()
    writeInteger(number)
  }

  mutating func value(_ flag: Bool) {
    separate()
    buffer.append(flag ? "true" : "false")
  }

  mutating func null() {
    separate()
    buffer.append("null")
  }

  mutating func field(_ name: StaticString, _ string: String) {
    key(name)
    value(string)
  }

  mutating func field(_ name: StaticString, _ number: Int) {
    key(name)
    value(number)
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    buffer.append(bracket)
    depth += 1
    precondition(depth < 64, "JSONWriter nests at most 63 containers")
    filled &= ~(1 << UInt64(depth - 1))
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    buffer.append(bracket)
  }

  /// Emits a comma before every element after the first at the current nesting level.
  @inline(__always)
  private mutating func separate() {
    guard depth > 0 else { return }
    let bit: UInt64 = 1 << UInt64(depth - 1)
    if filled & bit != 0 {
      buffer.append(UInt8(ascii: ","))
    } else {
      filled |= bit
    }
  }

  private mutating func writeInteger(_ number: Int) {
    if number < 0 { buffer.append(UInt8(ascii: "-")) }
    let magnitude = number.magnitude
    var divisor: UInt = 1
    while magnitude / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      buffer.append(UInt8(ascii: "0") + UInt8((magnitude / divisor) % 10))
      divisor /= 10
    }
  }

  private mutating func writeString(_ string: String) {
    buffer.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { appendEscaped($0) }
    buffer.append(UInt8(ascii: "\""))
  }

  /// Copies runs of bytes that need no escaping in one go.
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
      if runStart < index { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
      appendEscape(byte)
      runStart = index + 1
    }
    if runStart < utf8.count { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): buffer.append("\\\"")
    case UInt8(ascii: "\\"): buffer.append("\\\\")
    case 0x0A: buffer.append("\\n")
    case 0x0D: buffer.append("\\r")
    case 0x09: buffer.append("\\t")
    default:
      buffer.append("\\u00")
      buffer.append(Self.hexDigit(byte >> 4))
      buffer.append(Self.hexDigit(byte & 0xF))
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}

/// A type that writes itself with `JSONWriter` (the fast path for outgoing diagnostics).
protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}
