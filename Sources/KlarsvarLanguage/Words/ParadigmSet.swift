import KlarsvarJSON

/// The paradigms of one `"paradigms"` data file, by name.
public struct ParadigmSet: Sendable {
  public var paradigms: [String: Paradigm]

  public init(paradigms: [String: Paradigm] = [:]) {
    self.paradigms = paradigms
  }

  /// Decodes a pack data file whose only key is `"paradigms"`.
  ///
  /// - Throws: `LanguageDataError` naming the JSON path, for unknown keys, cells, word classes or
  ///   malformed rules.
  public init(json: JSONValue) throws(LanguageDataError) {
    let root = try JSONReader.topLevel(json, key: "paradigms")
    paradigms = [:]
    for name in try root.object().keys.sorted() {
      paradigms[name] = try Paradigm(name: name, reader: root.child(name))
    }
  }
}
