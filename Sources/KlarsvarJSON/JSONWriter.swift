import Foundation

/// Writes JSON straight into bytes: the one JSON writer of klarsvar.
///
/// Two styles: compact, with members in the order written (the language server's messages, where
/// `JSONEncoder` on Linux took tens of milliseconds for a few hundred diagnostics); and pretty, byte
/// for byte what `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes
/// (two-space indent, `" : "`, empty containers as `[\n\n]`), for the reports and the baseline, whose
/// golden files pin it. Strings are copied in runs between the bytes that need escaping; numbers are
/// written without an intermediate `String`.
package struct JSONWriter {
  package enum Style: Sendable {
    case compact
    case pretty
  }

  private let buffer: ByteBuffer
  private let style: Style
  /// Bit `n` is set when the container at nesting depth `n` already holds an element.
  private var filled: UInt64 = 0
  private var depth = 0
  /// After a key: the next value belongs to it and is no new element.
  private var awaitingValue = false

  package init(style: Style = .compact, capacity: Int = 4096) {
    buffer = ByteBuffer(capacity: capacity)
    self.style = style
  }

  package var bytes: [UInt8] { buffer.bytes }
  package var data: Data { buffer.withBytes { Data(buffer: $0) } }
  package var string: String { buffer.withBytes { String(decoding: $0, as: UTF8.self) } }

  /// `value` as pretty JSON with sorted keys (what the reports write).
  package static func pretty(_ value: JSONValue) -> String {
    var writer = JSONWriter(style: .pretty, capacity: 64 * 1024)
    writer.value(value)
    return writer.string
  }

  /// `value` as compact JSON with sorted keys.
  package static func compact(_ value: JSONValue) -> Data {
    var writer = JSONWriter()
    writer.value(value)
    return writer.data
  }

  package mutating func object(_ body: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  package mutating func array<C: Collection>(_ items: C, _ each: (inout JSONWriter, C.Element) -> Void) {
    open(UInt8(ascii: "["))
    for item in items { each(&self, item) }
    close(UInt8(ascii: "]"))
  }

  /// Writes `"name":` inside an object; the value follows. Names are plain ASCII literals.
  package mutating func key(_ name: StaticString) {
    separate()
    buffer.append(UInt8(ascii: "\""))
    buffer.append(name)
    buffer.append(UInt8(ascii: "\""))
    afterKey()
  }

  /// Writes any string as a key.
  package mutating func key(_ name: String) {
    separate()
    writeString(name)
    afterKey()
  }

  package mutating func value(_ string: String) {
    separate()
    writeString(string)
  }

  package mutating func value(_ number: Int) {
    separate()
    writeInteger(number)
  }

  /// As `JSONEncoder` writes a `Double`: its description without a trailing `.0`.
  package mutating func value(_ number: Double) {
    separate()
    var text = number.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { buffer.append($0) }
  }

  package mutating func value(_ flag: Bool) {
    separate()
    buffer.append(flag ? "true" : "false")
  }

  package mutating func null() {
    separate()
    buffer.append("null")
  }

  /// Any value; object members in the byte order of their keys (as `.sortedKeys` orders them).
  package mutating func value(_ json: JSONValue) {
    switch json {
    case .null: null()
    case .bool(let flag): value(flag)
    case .int(let number): value(number)
    case .double(let number): value(number)
    case .string(let string): value(string)
    case .array(let items): array(items) { $0.value($1) }
    case .object(let members):
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      object { writer in
        for (name, member) in sorted {
          writer.key(name)
          writer.value(member)
        }
      }
    }
  }

  package mutating func field(_ name: StaticString, _ string: String) {
    key(name)
    value(string)
  }

  package mutating func field(_ name: StaticString, _ number: Int) {
    key(name)
    value(number)
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    buffer.append(bracket)
    if style == .pretty { buffer.append(UInt8(ascii: "\n")) }
    depth += 1
    precondition(depth < 64, "JSONWriter nests at most 63 containers")
    filled &= ~(1 << UInt64(depth - 1))
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if style == .pretty {
      buffer.append(UInt8(ascii: "\n"))
      indent()
    }
    buffer.append(bracket)
  }

  private mutating func afterKey() {
    if style == .pretty { buffer.append(" : ") } else { buffer.append(UInt8(ascii: ":")) }
    awaitingValue = true
  }

  /// Before every element: a comma after the first at its nesting level, and in the pretty style a
  /// line break and the indent.
  @inline(__always)
  private mutating func separate() {
    if awaitingValue {
      awaitingValue = false
      return
    }
    guard depth > 0 else { return }
    let bit: UInt64 = 1 << UInt64(depth - 1)
    if filled & bit != 0 {
      buffer.append(UInt8(ascii: ","))
      if style == .pretty { buffer.append(UInt8(ascii: "\n")) }
    } else {
      filled |= bit
    }
    if style == .pretty { indent() }
  }

  private func indent() {
    for _ in 0..<depth { buffer.append("  ") }
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
    case 0x08: buffer.append("\\b")
    case 0x0C: buffer.append("\\f")
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
package protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}
