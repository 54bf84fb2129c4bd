extension MessageTemplate {
  /// A template read once, when its rule is loaded: most have no slot or one, and then render
  /// without searching the template again. Renders exactly as `MessageTemplate.render`. A class, so
  /// handing one to a finding costs one retain rather than one per field.
  final class Compiled: Sendable {
    let template: String
    private let bytes: [UInt8]
    private let form: Form

    private enum Form: Sendable {
      /// No `{`: every rendering is the template.
      case plain
      /// One `{`, closed later: the only possible slot is `{key}` at `open..<close + 1`.
      case single(open: Int, close: Int, key: String, isMatch: Bool, restIsASCII: Bool)
      /// Anything else takes the general path.
      case general
    }

    init(_ template: String) {
      self.template = template
      let bytes = Array(template.utf8)
      self.bytes = bytes
      let opens = bytes.indices.filter { bytes[$0] == MessageTemplate.openBrace }
      guard let open = opens.first else {
        form = .plain
        return
      }
      guard opens.count == 1, let close = bytes[open...].firstIndex(of: MessageTemplate.closeBrace) else {
        form = .general
        return
      }
      let key = Array(bytes[(open + 1)..<close])
      form = .single(
        open: open, close: close, key: String(decoding: key, as: UTF8.self),
        isMatch: key.withUnsafeBufferPointer(MessageTemplate.isMatch),
        restIsASCII: bytes[..<open].allSatisfy { $0 < 0x80 } && bytes[(close + 1)...].allSatisfy { $0 < 0x80 })
    }

    /// `MessageTemplate.render(template, slots, match: match)`.
    func render(_ slots: [Slot], match: String?) -> String {
      switch form {
      case .plain:
        return template
      case .general:
        return MessageTemplate.render(template, slots, match: match)
      case .single(let open, let close, let key, let isMatch, let restIsASCII):
        var value: String
        if let slot = slots.first(where: { MessageTemplate.sameBytes($0.name, key) }) {
          value = slot.value
        } else if isMatch, let match {
          value = MessageTemplate.display(match)
        } else {
          return template
        }
        return bytes.withUnsafeBufferPointer { bytes in
          value.withUTF8 { value in
            MessageTemplate.joined(
              UnsafeBufferPointer(rebasing: bytes[..<open]), value,
              UnsafeBufferPointer(rebasing: bytes[(close + 1)...]),
              knownNotASCII: !restIsASCII)
          }
        }
      }
    }

    /// Whether rendering fills a slot `name` when given a value for it.
    func hasSlot(named name: String) -> Bool {
      switch form {
      case .plain: return false
      case .single(_, _, let key, _, _): return MessageTemplate.sameBytes(key, name)
      case .general: return MessageTemplate.hasSlot(named: name, in: template)
      }
    }
  }
}
