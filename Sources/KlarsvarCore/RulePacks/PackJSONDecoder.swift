import Foundation

/// Decodes a pack file into the same values `JSONSerialization` gives (`[String: Any]`, `[Any]`,
/// `String`, `NSNumber`, `NSNull`) in one pass over the bytes; Foundation's parser was a large part
/// of loading the built-in packs.
///
/// Returns nil for whatever it does not reproduce exactly: every syntax error (so messages and
/// positions stay Foundation's), byte order marks and other encodings, surrogate escapes, duplicate
/// keys and deep nesting. The caller then decodes with `JSONSerialization`.
enum PackJSONDecoder {
  static func decode(_ data: Data) -> Any? {
    data.withUnsafeBytes { raw in
      var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
      return parser.document()
    }
  }

  /// Deeper documents go to Foundation, which has its own limit and message.
  static let maximumDepth = 256

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func document() -> Any? {
      // Foundation reads a BOM or NUL bytes near the start as another encoding.
      guard bytes.count >= 2, !bytes.prefix(4).contains(0), bytes[0] < 0xEF else { return nil }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == 0x7B || bytes[position] == 0x5B else { return nil }
      guard let root = value() else { return nil }
      skipWhitespace()
      return position == bytes.count ? root : nil
    }

    private mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    private mutating func value() -> Any? {
      skipWhitespace()
      guard position < bytes.count else { return nil }
      switch bytes[position] {
      case 0x7B: return object()
      case 0x5B: return array()
      case 0x22: return string()
      case 0x74: return literal("true", NSNumber(value: true))
      case 0x66: return literal("false", NSNumber(value: false))
      case 0x6E: return literal("null", NSNull())
      case 0x2D, 0x30...0x39: return number()
      default: return nil
      }
    }

    private mutating func literal(_ text: StaticString, _ result: Any) -> Any? {
      let count = text.utf8CodeUnitCount
      guard position + count <= bytes.count else { return nil }
      for offset in 0..<count where bytes[position + offset] != text.utf8Start[offset] { return nil }
      position += count
      return result
    }

    private mutating func object() -> Any? {
      depth += 1
      defer { depth -= 1 }
      guard depth <= maximumDepth else { return nil }
      position += 1
      var object: [String: Any] = [:]
      skipWhitespace()
      if position < bytes.count && bytes[position] == 0x7D {
        position += 1
        return object
      }
      while true {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == 0x22, let key = string() else { return nil }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == 0x3A else { return nil }
        position += 1
        guard let member = value() else { return nil }
        // Which of two equal keys Foundation keeps is its business.
        guard object.updateValue(member, forKey: key) == nil else { return nil }
        switch afterElement(closing: 0x7D) {
        case .another: continue
        case .closed: return object
        case .invalid: return nil
        }
      }
    }

    private mutating func array() -> Any? {
      depth += 1
      defer { depth -= 1 }
      guard depth <= maximumDepth else { return nil }
      position += 1
      var array: [Any] = []
      skipWhitespace()
      if position < bytes.count && bytes[position] == 0x5D {
        position += 1
        return array
      }
      while true {
        guard let element = value() else { return nil }
        array.append(element)
        switch afterElement(closing: 0x5D) {
        case .another: continue
        case .closed: return array
        case .invalid: return nil
        }
      }
    }

    private enum AfterElement {
      case another, closed, invalid
    }

    /// After an object member or array element: a comma, the container's closing bracket, or an error.
    private mutating func afterElement(closing: UInt8) -> AfterElement {
      skipWhitespace()
      guard position < bytes.count else { return .invalid }
      if bytes[position] == 0x2C {
        position += 1
        return .another
      }
      if bytes[position] == closing {
        position += 1
        return .closed
      }
      return .invalid
    }

    /// A string starting at its opening quote.
    private mutating func string() -> String? {
      position += 1
      let start = position
      while position < bytes.count {
        switch bytes[position] {
        case 0x22:
          defer { position += 1 }
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        case 0x5C:
          return escapedString(from: start)
        case 0xEF where isByteOrderMark(at: position):
          // Foundation's UTF-8 decoding may drop a leading U+FEFF.
          return nil
        case 0x00..<0x20:
          return nil
        case 0x20..<0x80:
          position += 1
        default:
          // Checked here so that decoding never has to repair (Foundation rejects invalid UTF-8).
          guard let length = Self.sequenceLength(bytes, at: position) else { return nil }
          position += length
        }
      }
      return nil
    }

    private func isByteOrderMark(at index: Int) -> Bool {
      index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
    }

    private mutating func escapedString(from start: Int) -> String? {
      var decoded = Array(bytes[start..<position])
      while position < bytes.count {
        let byte = bytes[position]
        switch byte {
        case 0x22:
          position += 1
          return String(decoding: decoded, as: UTF8.self)
        case 0x5C:
          guard position + 1 < bytes.count else { return nil }
          position += 2
          switch bytes[position - 1] {
          case 0x22, 0x5C, 0x2F: decoded.append(bytes[position - 1])
          case 0x62: decoded.append(0x08)
          case 0x66: decoded.append(0x0C)
          case 0x6E: decoded.append(0x0A)
          case 0x72: decoded.append(0x0D)
          case 0x74: decoded.append(0x09)
          case 0x75:
            guard let scalar = unicodeEscape() else { return nil }
            UTF8.encode(scalar) { decoded.append($0) }
          default:
            return nil
          }
        case 0xEF where isByteOrderMark(at: position):
          return nil
        case 0x00..<0x20:
          return nil
        case 0x20..<0x80:
          decoded.append(byte)
          position += 1
        default:
          guard let length = Self.sequenceLength(bytes, at: position) else { return nil }
          decoded += bytes[position..<(position + length)]
          position += length
        }
      }
      return nil
    }

    /// The length of the well-formed UTF-8 sequence of a non-ASCII lead byte (Unicode table 3-7).
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

    /// The four hex digits after `\u`; nil for surrogates (pairs are left to Foundation).
    private mutating func unicodeEscape() -> Unicode.Scalar? {
      guard position + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[position]
        let digit: UInt8
        switch byte {
        case 0x30...0x39: digit = byte - 0x30
        case 0x41...0x46: digit = byte - 0x41 + 10
        case 0x61...0x66: digit = byte - 0x61 + 10
        default: return nil
        }
        value = value << 4 | UInt32(digit)
        position += 1
      }
      return Unicode.Scalar(value)
    }

    /// Small non-negative integers directly (as Foundation makes them, from `UInt64`); any other
    /// number through Foundation itself, so fractions and exponents convert exactly as before.
    private mutating func number() -> Any? {
      let start = position
      while position < bytes.count, Self.mayBePartOfNumber(bytes[position]) { position += 1 }
      let token = bytes[start..<position]
      if token.count <= 18, token.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), token.first != 0x30 || token.count == 1 {
        return NSNumber(value: token.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) })
      }
      return try? JSONSerialization.jsonObject(with: Data(token), options: .fragmentsAllowed) as? NSNumber
    }

    private static func mayBePartOfNumber(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x45 || byte == 0x65
    }
  }
}
