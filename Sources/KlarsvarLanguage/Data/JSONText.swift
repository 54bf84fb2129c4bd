import KlarsvarJSON

/// Parses JSON text into `JSONValue` in one pass over the bytes (the data files are read at every start,
/// and `JSONDecoder` through `JSONValue`'s trial decoding is several times slower).
struct JSONText {
  struct ParseError: Error {
    /// Line and column (1-based) of the problem.
    var line: Int
    var column: Int
    var message: String
  }

  private let bytes: [UInt8]
  private var position = 0

  /// Parses `bytes`; throws with a Swedish message and the place.
  static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
    var parser = JSONText(bytes: bytes)
    let value = try parser.value()
    parser.skipSpace()
    guard parser.position == bytes.count else { throw parser.error("oväntat tecken efter slutet") }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  private func error(_ message: String) -> ParseError {
    var line = 1
    var column = 1
    for byte in bytes[..<min(position, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return ParseError(line: line, column: column, message: message)
  }

  private mutating func skipSpace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
  }

  private mutating func value() throws(ParseError) -> JSONValue {
    skipSpace()
    guard position < bytes.count else { throw error("texten tar slut") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return try number()
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws(ParseError) -> JSONValue {
    let utf8 = Array(word.utf8)
    guard bytes[position...].starts(with: utf8) else { throw error("ogiltigt värde") }
    position += utf8.count
    return value
  }

  private mutating func object() throws(ParseError) -> JSONValue {
    position += 1
    var members: [String: JSONValue] = [:]
    skipSpace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error("väntade en nyckel inom citattecken")
      }
      let keyStart = position
      let key = try string()
      guard members[key] == nil else {
        position = keyStart
        throw error("nyckeln \"\(key)\" finns två gånger")
      }
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("väntade ':'") }
      position += 1
      members[key] = try value()
      skipSpace()
      guard position < bytes.count else { throw error("objektet tar slut utan '}'") }
      position += 1
      if bytes[position - 1] == UInt8(ascii: "}") { return .object(members) }
      guard bytes[position - 1] == UInt8(ascii: ",") else { throw error("väntade ',' eller '}'") }
    }
  }

  private mutating func array() throws(ParseError) -> JSONValue {
    position += 1
    var items: [JSONValue] = []
    skipSpace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      items.append(try value())
      skipSpace()
      guard position < bytes.count else { throw error("listan tar slut utan ']'") }
      position += 1
      if bytes[position - 1] == UInt8(ascii: "]") { return .array(items) }
      guard bytes[position - 1] == UInt8(ascii: ",") else { throw error("väntade ',' eller ']'") }
    }
  }

  private mutating func string() throws(ParseError) -> String {
    position += 1
    var result: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "\"") { return String(decoding: result, as: UTF8.self) }
      guard byte == UInt8(ascii: "\\") else {
        guard byte >= 0x20 else { throw error("styrtecken i en sträng") }
        result.append(byte)
        continue
      }
      guard position < bytes.count else { break }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"): result.append(contentsOf: String(try unicodeEscape()).utf8)
      default: throw error("ogiltig escape-sekvens")
      }
    }
    throw error("strängen tar slut utan '\"'")
  }

  private mutating func unicodeEscape() throws(ParseError) -> Character {
    var value = try hex4()
    if (0xD800..<0xDC00).contains(value), bytes[position...].starts(with: Array("\\u".utf8)) {
      position += 2
      let low = try hex4()
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else { throw error("ogiltigt \\u-tecken") }
    return Character(scalar)
  }

  private mutating func hex4() throws(ParseError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("ofullständigt \\u-tecken") }
    var value: UInt32 = 0
    for byte in bytes[position..<position + 4] {
      guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw error("ogiltigt \\u-tecken") }
      value = value * 16 + UInt32(digit)
    }
    position += 4
    return value
  }

  private mutating func number() throws(ParseError) -> JSONValue {
    let start = position
    while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if let int = Int(text) { return .int(int) }
    if let double = Double(text), !text.isEmpty { return .double(double) }
    position = start
    throw error("ogiltigt värde")
  }
}
