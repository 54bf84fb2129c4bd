/// Finds the id of a request in bytes that could not be used as a message (a broken frame, a body
/// that is not JSON), so the request can still be answered with an error.
///
/// Only an `id` beside a `method` at the top level of the first object counts: an `id` inside params
/// (`$/cancelRequest`) or in an answer to the server's own request is never mistaken for one.
enum RequestSalvage {
  static func requestID(in bytes: some Collection<UInt8>) -> RequestID? {
    let bytes = Array(bytes)
    guard let open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return nil }
    var scanner = Scanner(bytes: bytes, index: open + 1)
    var id: RequestID?
    var method: String?
    var depth = 1
    scan: while depth > 0, let byte = scanner.peek() {
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        scanner.index += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        scanner.index += 1
      case UInt8(ascii: "\""):
        guard let string = scanner.string() else { break scan }
        guard depth == 1, scanner.skipColon() else { continue }
        if string == "id" { id = scanner.id() }
        if string == "method" { method = scanner.string() }
      default:
        scanner.index += 1
      }
    }
    guard let id, let method, !method.hasPrefix("$/") else { return nil }
    return id
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index: Int

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipBlanks() {
      while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// A string starting at `index`; nil when it does not end within the bytes.
    mutating func string() -> String? {
      skipBlanks()
      guard peek() == UInt8(ascii: "\"") else { return nil }
      index += 1
      var content: [UInt8] = []
      while let byte = peek() {
        index += 1
        if byte == UInt8(ascii: "\"") { return String(decoding: content, as: UTF8.self) }
        if byte == UInt8(ascii: "\\") {
          guard let escaped = peek() else { return nil }
          index += 1
          content.append(escaped)
        } else {
          content.append(byte)
        }
      }
      return nil
    }

    /// After a key: skips the colon; false when there is none (the string was a value).
    mutating func skipColon() -> Bool {
      let saved = index
      skipBlanks()
      guard peek() == UInt8(ascii: ":") else {
        index = saved
        return false
      }
      index += 1
      skipBlanks()
      return true
    }

    /// A number or string id at `index`.
    mutating func id() -> RequestID? {
      if peek() == UInt8(ascii: "\"") { return string().map(RequestID.string) }
      var digits: [UInt8] = []
      while let byte = peek(), byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39) {
        digits.append(byte)
        index += 1
      }
      return Int(String(decoding: digits, as: UTF8.self)).map(RequestID.number)
    }
  }
}
