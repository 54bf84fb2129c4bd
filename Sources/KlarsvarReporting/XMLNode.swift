/// A minimal XML element tree for the XML reporters, rendered with correct escaping: `&`, `<`, `>`
/// and quotes, line breaks and tabs in attributes as character references, and characters XML 1.0
/// forbids (most C0 controls) replaced by U+FFFD.
struct XMLNode: Hashable {
  var name: String
  var attributes: [Attribute] = []
  var children: [XMLNode] = []
  var text: String?

  struct Attribute: Hashable {
    var name: String
    var value: String
    init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The document: declaration, then this element indented by two spaces per level.
  func document() -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(depth: 0) + "\n"
  }

  func render(depth: Int) -> String {
    let indent = String(repeating: "  ", count: depth)
    let attributeText = attributes.map { " \($0.name)=\"\(Self.escapeAttribute($0.value))\"" }.joined()
    if children.isEmpty, text == nil { return "\(indent)<\(name)\(attributeText)/>" }
    if let text, children.isEmpty { return "\(indent)<\(name)\(attributeText)>\(Self.escapeText(text))</\(name)>" }
    let inner = children.map { $0.render(depth: depth + 1) }.joined(separator: "\n")
    return "\(indent)<\(name)\(attributeText)>\n\(inner)\n\(indent)</\(name)>"
  }

  static func escapeText(_ text: String) -> String {
    escape(text) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\r": "&#13;"
      default: nil
      }
    }
  }

  static func escapeAttribute(_ text: String) -> String {
    escape(text) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&apos;"
      case "\n": "&#10;"
      case "\r": "&#13;"
      case "\t": "&#9;"
      default: nil
      }
    }
  }

  private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var output = ""
    output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) {
        output += replaced
      } else if isAllowed(scalar) {
        output.unicodeScalars.append(scalar)
      } else {
        output.unicodeScalars.append("\u{FFFD}")
      }
    }
    return output
  }

  /// XML 1.0 `Char`: tab, line feed, carriage return, and everything from U+0020 except U+FFFE/U+FFFF.
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
