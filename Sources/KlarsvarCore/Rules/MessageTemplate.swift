/// Fills `{match}`, `{value}`, `{max}` and similar slots of a rule's message.
enum MessageTemplate {
  /// One pass over the template's bytes; unknown slots stay as written.
  static func render(_ template: String, _ values: [String: String]) -> String {
    let bytes = template.utf8
    guard bytes.contains(UInt8(ascii: "{")) else { return template }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 48)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
        let key = String(decoding: bytes[bytes.index(after: index)..<close], as: UTF8.self)
        if let value = values[key] {
          output.append(contentsOf: value.utf8)
          index = bytes.index(after: close)
          continue
        }
      }
      output.append(byte)
      index = bytes.index(after: index)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Matched text as shown in a message: line breaks and runs of spaces become one space.
  static func display(_ text: String) -> String {
    var previousSpace = true
    var needsWork = false
    for byte in text.utf8 {
      let isSpace = byte == 0x20
      if byte == 0x0A || byte == 0x0D || byte == 0x09 || (isSpace && previousSpace) {
        needsWork = true
        break
      }
      previousSpace = isSpace
    }
    guard needsWork || previousSpace else { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
