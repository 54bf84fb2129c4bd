/// Fills `{match}`, `{value}`, `{max}` and similar slots of a rule's message.
enum MessageTemplate {
  static func render(_ template: String, _ values: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var output = template
    for (key, value) in values { output = output.replacingOccurrences(of: "{\(key)}", with: value) }
    return output
  }

  /// Matched text as shown in a message: line breaks and runs of spaces become one space.
  static func display(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

import Foundation
