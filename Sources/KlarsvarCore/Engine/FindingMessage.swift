/// Message rendering for findings with `{match}` and `{suggestion}` slots.
enum FindingMessage {
  /// Same result as `MessageTemplate.render(template, ["match": match, "suggestion": suggestion])`
  /// (without the `suggestion` key when it is nil).
  static func render(_ template: String, match: String, suggestion: String?) -> String {
    var slots: [MessageTemplate.Slot] = [("match", match)]
    if let suggestion { slots.append(("suggestion", suggestion)) }
    return MessageTemplate.render(template, slots, match: nil)
  }
}
