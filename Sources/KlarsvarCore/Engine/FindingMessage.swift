/// Renders a finding's message from a few named slots without building a dictionary, for the rule
/// types that report many findings per document.
enum FindingMessage {
  /// A slot's name (as written between braces) and its value.
  typealias Slot = (name: String, value: String)

  /// Same result as `MessageTemplate.render(template, ["match": match, "suggestion": suggestion])`
  /// (without the `suggestion` key when it is nil).
  static func render(_ template: String, match: String, suggestion: String?) -> String {
    var slots: [Slot] = [("match", match)]
    if let suggestion { slots.append(("suggestion", suggestion)) }
    return rendered(template, slots).text
  }

  /// The rendered text and whether it still holds a `{`. Text between slots is copied in runs.
  private static func rendered(_ template: String, _ slots: [Slot]) -> (text: String, hasBrace: Bool) {
    var template = template
    return template.withUTF8 { bytes -> (text: String, hasBrace: Bool) in
      guard let firstBrace = bytes.firstIndex(of: UInt8(ascii: "{")) else {
        return (String(decoding: bytes, as: UTF8.self), false)
      }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + slots.reduce(0) { $0 + $1.value.utf8.count })
      var runStart = 0
      var index = firstBrace
      while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "{") else {
          index += 1
          continue
        }
        var close = index + 1
        while close < bytes.count && bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < bytes.count else { break }
        let key = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
        guard let slot = slots.firstIndex(where: { Self.equals(key, $0.name) }) else {
          index += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        var value = slots[slot].value
        value.withUTF8 { output.append(contentsOf: $0) }
        index = close + 1
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      let hasBrace = output.withUnsafeBufferPointer { $0.contains(UInt8(ascii: "{")) }
      return (String(decoding: output, as: UTF8.self), hasBrace)
    }
  }

  @inline(__always)
  private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ name: String) -> Bool {
    var name = name
    return name.withUTF8 { name in
      guard key.count == name.count else { return false }
      for index in 0..<key.count where key[index] != name[index] { return false }
      return true
    }
  }

  /// `MessageTemplate.display`, answering from the bytes when there is nothing to collapse: no
  /// line break or tab, no space first, last or next to another.
  static func display(_ text: String) -> String {
    var copy = text
    let plain = copy.withUTF8 { bytes -> Bool in
      guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
      var previousSpace = false
      for byte in bytes {
        if byte == 0x0A || byte == 0x0D || byte == 0x09 { return false }
        let isSpace = byte == 0x20
        if isSpace && previousSpace { return false }
        previousSpace = isSpace
      }
      return true
    }
    return plain ? text : MessageTemplate.display(text)
  }

  /// Reports a finding whose message has only `{match}` (and `{suggestion}`) slots, rendered here.
  static func report(
    _ context: inout RuleCheckContext, range: TextRange, message: String?, suggestion: String?,
    suggestions: [Suggestion] = []
  ) {
    report(
      &context, range: range, message: message, values: suggestion.map { [("suggestion", $0)] } ?? [],
      suggestions: suggestions)
  }

  /// `context.report(range:message:values:suggestions:)` with the message rendered here from
  /// `values` (distinct names, without `match`) plus `match`. A message that still holds a brace
  /// after rendering would be rendered again by `report`, so it takes the general path.
  static func report(
    _ context: inout RuleCheckContext, range: TextRange, message: String?, values: [Slot],
    suggestions: [Suggestion] = []
  ) {
    let display = Self.display(context.text.source.text(in: range))
    let (rendered, hasBrace) = rendered(message ?? context.metadata.message, [("match", display)] + values)
    if hasBrace {
      var dictionary: [String: String] = [:]
      for slot in values { dictionary[slot.name] = slot.value }
      context.report(range: range, message: message, values: dictionary, suggestions: suggestions)
    } else {
      context.report(range: range, message: rendered, values: ["match": display], suggestions: suggestions)
    }
  }
}
