import Foundation

/// Parses JSON (RFC 8259) from UTF-8 bytes into a `JSONValue`, strictly and the same on every
/// platform: no trailing commas, no duplicate keys, no lone surrogates, valid UTF-8 only, at most
/// `maximumDepth` nested arrays and objects. A leading byte order mark is skipped.
///
/// One pass over the bytes, without Foundation: `JSONSerialization` was a large part of loading the
/// built-in packs (`d57df68`), and it accepts trailing commas on Linux but not on macOS.
package struct JSONParser {
  package static let maximumDepth = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var depth = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// - Throws: `JSONSyntaxError` naming the line and column of the first problem.
  package static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
    let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
      var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
      return Result { () throws(JSONSyntaxError) in try parser.document() }
    }
    return try result.get()
  }

  /// - Throws: `JSONSyntaxError` naming the line and column of the first problem.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Data(text.utf8))
  }

  private mutating func document() throws(JSONSyntaxError) -> JSONValue {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    let root = try value()
    skipWhitespace()
    guard position == bytes.count else { throw failure(.textAfterValue) }
    return root
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private mutating func value() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard position < bytes.count else { throw failure(.unexpectedEnd) }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw failure(.unexpected(found: found(), expected: "ett värde"))
    }
  }

  private mutating func literal(_ text: StaticString, _ result: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let count = text.utf8CodeUnitCount
    for offset in 0..<count where position + offset >= bytes.count || bytes[position + offset] != text.utf8Start[offset]
    {
      throw failure(.unexpected(found: found(), expected: "ett värde"))
    }
    position += count
    return result
  }

  private mutating func object() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1
    var object: [String: JSONValue] = [:]
    skipWhitespace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(object)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[position] == UInt8(ascii: "\"") else {
        throw failure(.unexpected(found: found(), expected: "en nyckel inom citattecken"))
      }
      let keyStart = position
      let key = try string()
      skipWhitespace()
      guard position < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[position] == UInt8(ascii: ":") else { throw failure(.unexpected(found: found(), expected: "\":\"")) }
      position += 1
      let member = try value()
      guard object.updateValue(member, forKey: key) == nil else { throw failure(.duplicateKey(key), at: keyStart) }
      guard try another(closing: UInt8(ascii: "}")) else { return .object(object) }
    }
  }

  private mutating func array() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1
    var array: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(array)
    }
    while true {
      array.append(try value())
      guard try another(closing: UInt8(ascii: "]")) else { return .array(array) }
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    guard depth <= Self.maximumDepth else { throw failure(.tooDeep) }
  }

  /// After an element: true after a comma (another element follows), false after the closing bracket.
  private mutating func another(closing: UInt8) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    guard position < bytes.count else { throw failure(.unexpectedEnd) }
    if bytes[position] == closing {
      position += 1
      return false
    }
    guard bytes[position] == UInt8(ascii: ",") else {
      throw failure(.unexpected(found: found(), expected: "\",\" eller \"\(Character(Unicode.Scalar(closing)))\""))
    }
    let comma = position
    position += 1
    skipWhitespace()
    if position < bytes.count && (bytes[position] == UInt8(ascii: "}") || bytes[position] == UInt8(ascii: "]")) {
      throw failure(.trailingComma, at: comma)
    }
    return true
  }

  /// A string from its opening quote on.
  private mutating func string() throws(JSONSyntaxError) -> String {
    let opening = position
    position += 1
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        defer { position += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
      try skipCharacter(byte)
    }
    throw failure(.unterminatedString, at: opening)
  }

  /// Steps over one unescaped character of a string, checking it.
  @inline(__always)
  private mutating func skipCharacter(_ byte: UInt8) throws(JSONSyntaxError) {
    if byte >= 0x20 && byte < 0x80 {
      position += 1
    } else if byte < 0x20 {
      throw failure(.controlCharacter(byte))
    } else {
      guard let length = Self.sequenceLength(bytes, at: position) else { throw failure(.invalidUTF8) }
      position += length
    }
  }

  /// The rest of a string that holds a backslash, decoded into a buffer.
  private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
    var decoded = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: decoded, as: UTF8.self)
      }
      guard byte == UInt8(ascii: "\\") else {
        let characterStart = position
        try skipCharacter(byte)
        decoded += bytes[characterStart..<position]
        continue
      }
      guard position + 1 < bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
      switch bytes[position + 1] {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(bytes[position + 1])
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        UTF8.encode(try unicodeEscape()) { decoded.append($0) }
        continue
      default:
        throw failure(.invalidEscape)
      }
      position += 2
    }
    throw failure(.unexpectedEnd, at: bytes.count)
  }

  /// `\uXXXX` at `position`, or a surrogate pair of two of them.
  private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let escape = position
    let first = try hexQuad()
    if let scalar = Unicode.Scalar(first) { return scalar }
    // A high surrogate must be followed by `\u` and a low one.
    guard first < 0xDC00, position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
      bytes[position + 1] == UInt8(ascii: "u")
    else { throw failure(.loneSurrogate, at: escape) }
    let second = try hexQuad()
    guard (0xDC00...0xDFFF).contains(second),
      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    else { throw failure(.loneSurrogate, at: escape) }
    return scalar
  }

  /// The value of `\uXXXX` at `position`, which it steps over.
  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    let escape = position
    position += 2
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw failure(.unexpectedEnd) }
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      default: throw failure(.invalidEscape, at: escape)
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// The length of the well-formed UTF-8 sequence at a non-ASCII lead byte (Unicode table 3-7).
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return nil
    }
    guard index + length <= bytes.count, bytes[index + 1] >= low, bytes[index + 1] <= high else { return nil }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`: integers that fit in `Int` as `.int`,
  /// the others as `.double`.
  private mutating func number() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, Self.isDigit(bytes[position]) else { throw failure(.invalidNumber, at: start) }
    if bytes[position] == UInt8(ascii: "0") && position + 1 < bytes.count && Self.isDigit(bytes[position + 1]) {
      throw failure(.leadingZero, at: start)
    }
    skipDigits()
    var isInteger = true
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard position < bytes.count, Self.isDigit(bytes[position]) else { throw failure(.invalidNumber, at: start) }
      skipDigits()
    }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
        position += 1
      }
      guard position < bytes.count, Self.isDigit(bytes[position]) else { throw failure(.invalidNumber, at: start) }
      skipDigits()
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    if isInteger, let integer = Int(text) { return .int(integer) }
    guard let double = Double(text), double.isFinite else { throw failure(.numberOutOfRange, at: start) }
    return .double(double)
  }

  private mutating func skipDigits() {
    while position < bytes.count && Self.isDigit(bytes[position]) { position += 1 }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  /// The character at `position` as a message shows it.
  private func found() -> String {
    guard position < bytes.count else { return "slutet" }
    if bytes[position] == UInt8(ascii: "\"") { return "ett citattecken" }
    let end = min(bytes.count, position + (Self.sequenceLength(bytes, at: position) ?? 1))
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    return text.unicodeScalars.allSatisfy { $0.value >= 0x20 }
      ? "\"\(text)\"" : "tecknet U+\(Self.hex(bytes[position]))"
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }

  private func failure(_ reason: JSONSyntaxError.Reason, at offset: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(reason: reason, offset: offset ?? position, in: bytes)
  }
}
