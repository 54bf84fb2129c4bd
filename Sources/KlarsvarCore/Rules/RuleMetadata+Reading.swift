/// Strict reading of the fields every rule has.
extension RuleMetadata {
  init(reading reader: inout JSONObjectReader, packID: String, file: String) throws {
    let id = try reader.string("id")
    guard RuleIdentifier.isValid(id) else {
      throw JSONObjectReader.Failure(
        path: reader.child("id"), message: "\"\(id)\" ska vara gemener, siffror och bindestreck")
    }
    let type = try reader.string("type")
    let category = try reader.choice("category", as: RuleCategory.self)
    let severity = try reader.choice("severity", as: Severity.self)
    let message = try reader.string("message")
    let explanation = try reader.string("explanation")
    let reference = try reader.optionalString("reference")
    let kinds: Set<DocumentKind>
    if let kindNames = try reader.optionalStringArray("kinds") {
      kinds = Set(
        try kindNames.enumerated().map { index, name in
          guard let kind = DocumentKind(rawValue: name) else {
            throw JSONObjectReader.Failure(
              path: "\(reader.child("kinds"))/\(index)",
              message: "\"\(name)\" är ingen dokumenttyp (\(DocumentKind.names))")
          }
          return kind
        })
    } else {
      kinds = Set(DocumentKind.allCases)
    }
    let suggestions = try reader.optionalStringArray("suggestions") ?? []
    let yieldsTo = try reader.optionalStringArray("yieldsTo") ?? []
    var skipsQuoted: Bool?
    if let quoted = try reader.optionalString("quoted") {
      guard quoted == "skip" || quoted == "include" else {
        throw JSONObjectReader.Failure(
          path: reader.child("quoted"), message: "\"\(quoted)\" ska vara \"skip\" eller \"include\"")
      }
      skipsQuoted = quoted == "skip"
    }
    var examplesReader = try JSONObjectReader(try reader.value("examples"), path: reader.child("examples"))
    let examples = RuleExamples(
      flag: try Self.examples(&examplesReader, "flag"), pass: try Self.examples(&examplesReader, "pass"))
    try examplesReader.finish()
    self.init(
      id: id, type: type, category: category, severity: severity, message: message, explanation: explanation,
      reference: reference, kinds: kinds, suggestions: suggestions, examples: examples, packID: packID, file: file,
      yieldsTo: yieldsTo, skipsQuoted: skipsQuoted)
  }

  private static func examples(_ reader: inout JSONObjectReader, _ key: String) throws -> [RuleExamples.Example] {
    try reader.array(key).enumerated().map { index, item in
      if let text = item.stringValue { return RuleExamples.Example(text: text, kind: nil) }
      var example = try JSONObjectReader(item, path: "\(reader.child(key))/\(index)")
      let text = try example.string("text")
      let kind = try example.optionalString("kind").map { name in
        guard let kind = DocumentKind(rawValue: name) else {
          throw JSONObjectReader.Failure(path: example.child("kind"), message: "\"\(name)\" är ingen dokumenttyp")
        }
        return kind
      }
      let fixed = try example.optionalString("fixed")
      if fixed != nil && key != "flag" {
        throw JSONObjectReader.Failure(path: example.child("fixed"), message: "bara flag-exempel kan ha \"fixed\"")
      }
      try example.finish()
      return RuleExamples.Example(text: text, kind: kind, fixed: fixed)
    }
  }
}
