import KlarsvarJSON

/// A named inflection pattern: the rules that build every form of a word from its lemma.
public struct Paradigm: Sendable, Hashable {
  public var name: String
  public var partOfSpeech: PartOfSpeech
  public var description: String
  /// Ending every lemma of the paradigm has (checked when words are loaded).
  public var lemmaEnding: String
  /// Forms each word must give explicitly (principal parts of strong verbs).
  public var requiredForms: [Inflection]
  /// Rules per cell; the first alternative is the preferred form.
  var rules: [Inflection: [FormRule]]

  /// The forms of `lemma`, given explicit forms that take precedence over the rules.
  ///
  /// A rule whose ending does not match its source is skipped (e.g. no participle for *ligga – legat*).
  func forms(of lemma: String, explicit: [Inflection: [String]]) -> [Inflection: [String]] {
    var result = explicit
    // Rules may start from forms given explicitly or built by rules without a source, so two passes.
    for pass in 0..<2 {
      for (cell, alternatives) in rules where result[cell] == nil {
        let withSource = alternatives.contains { $0.source != nil }
        guard withSource == (pass == 1) else { continue }
        var built: [String] = []
        for rule in alternatives {
          let bases = rule.source.map { result[$0] ?? [] } ?? [lemma]
          for base in bases { if let form = rule.apply(to: base), !built.contains(form) { built.append(form) } }
        }
        if !built.isEmpty { result[cell] = built }
      }
    }
    return result
  }
}

extension Paradigm {
  static let keys: Set<String> = ["partOfSpeech", "description", "lemmaEnding", "requires", "forms"]

  /// Decodes one entry of the `"paradigms"` object.
  init(name: String, reader: JSONReader) throws(LanguageDataError) {
    let members = try reader.object(allowed: Self.keys)
    self.name = name
    let pos = try reader.required("partOfSpeech", in: members)
    guard let partOfSpeech = PartOfSpeech(rawValue: try pos.string()) else {
      throw pos.error("okänd ordklass \"\(try pos.string())\" (tillåtna: verb, noun, adjective, adverb, other)")
    }
    self.partOfSpeech = partOfSpeech
    description = try reader.optional("description", in: members)?.string() ?? ""
    lemmaEnding = try reader.optional("lemmaEnding", in: members)?.string() ?? ""
    requiredForms = []
    if let requires = reader.optional("requires", in: members) {
      for (index, name) in try requires.stringList().enumerated() {
        requiredForms.append(try Self.cell(name, partOfSpeech, requires.child(index)))
      }
    }
    rules = [:]
    let forms = try reader.required("forms", in: members)
    for key in try forms.object().keys.sorted() {
      let cellReader = forms.child(key)
      let cell = try Self.cell(key, partOfSpeech, cellReader)
      var alternatives: [FormRule] = []
      for (index, notation) in try cellReader.stringsAllowingEmpty().enumerated() {
        guard let rule = FormRule(notation: notation) else {
          let place = cellReader.value.arrayValue == nil ? cellReader : cellReader.child(index)
          throw place.error("ogiltig formregel \"\(notation)\" (skriv t.ex. \"-a+ar\", \"+s\" eller \"supine:-it+en\")")
        }
        if let source = rule.source, source.partOfSpeech != partOfSpeech {
          throw cellReader.error("formen \"\(source.rawValue)\" finns inte för ordklassen \(partOfSpeech.rawValue)")
        }
        alternatives.append(rule)
      }
      rules[cell] = alternatives
    }
  }

  /// The cell named `name`, checked against the word class.
  static func cell(_ name: String, _ pos: PartOfSpeech, _ reader: JSONReader) throws(LanguageDataError) -> Inflection {
    guard let cell = Inflection(rawValue: name) else {
      throw reader.error("okänd böjningsform \"\(name)\"")
    }
    guard cell.partOfSpeech == pos || cell == .base else {
      throw reader.error("böjningsformen \"\(name)\" hör inte till ordklassen \(pos.rawValue)")
    }
    return cell
  }
}

extension JSONReader {
  /// A string or a list of strings where the empty string is allowed (the unchanged lemma).
  func stringsAllowingEmpty() throws(LanguageDataError) -> [String] {
    if case .string(let string) = value { return [string] }
    let items = try array()
    guard !items.isEmpty else { throw error("får inte vara en tom lista") }
    var result: [String] = []
    for index in items.indices { result.append(try child(index).string()) }
    return result
  }
}
