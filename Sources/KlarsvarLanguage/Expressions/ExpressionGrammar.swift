import KlarsvarJSON

/// The word classes and token patterns of `expressions.json`, compiled into one trie.
public struct ExpressionGrammar: Sendable {
  /// Class names by bit (built-in shapes first, then word classes, then lemma classes).
  private(set) var classNames: [String] = TokenShape.names
  private var wordClassBits = WordTable()
  private var bitsOfWord: [UInt64] = []
  /// Lemma classes: lemma → (any form bits, definite-only bits).
  private var lemmaClassBits: [String: (any: UInt64, definite: UInt64)] = [:]
  private(set) var literals = WordTable()
  private(set) var trie = PatternTrie()
  /// The span kind of each pattern group.
  private(set) var groups: [ExpressionSpan.Kind] = []
  /// Greetings, closings, signature and genre words.
  public private(set) var letter = LetterVocabulary()

  public init() {}

  static let keys: Set<String> = ["classes", "lemmaClasses", "patterns", "letter"]

  /// Decodes and merges `"expressions"` files: classes are extended, patterns added after earlier ones.
  ///
  /// - Throws: `LanguageDataError` for unknown keys, kinds, classes used in patterns, or malformed patterns.
  public init(json files: [JSONValue]) throws(LanguageDataError) {
    self.init()
    var patterns: [(JSONReader, ExpressionSpan.Kind, String)] = []
    for file in files {
      let root = try JSONReader.topLevel(file, key: "expressions")
      let members = try root.object(allowed: Self.keys)
      if let classes = root.optional("classes", in: members) { try addWordClasses(classes) }
      if let classes = root.optional("lemmaClasses", in: members) { try addLemmaClasses(classes) }
      if let letter = root.optional("letter", in: members) { try self.letter.add(letter) }
      if let list = root.optional("patterns", in: members) {
        for index in try list.array().indices {
          let item = list.child(index)
          let itemMembers = try item.object(allowed: ["kind", "patterns"])
          let kindReader = try item.required("kind", in: itemMembers)
          guard let kind = ExpressionSpan.Kind(name: try kindReader.string()) else {
            throw kindReader.error(
              "okänd sort \"\(try kindReader.string())\" (skriv t.ex. time/date, owner/role, measure/quantity)")
          }
          let texts = try item.required("patterns", in: itemMembers)
          for (position, text) in try texts.stringList().enumerated() {
            patterns.append((texts.child(position), kind, text))
          }
        }
      }
    }
    for (reader, kind, text) in patterns { try addPattern(text, kind: kind, reader: reader) }
  }

  private mutating func bit(for name: String, _ reader: JSONReader) throws(LanguageDataError) -> UInt64 {
    if let index = classNames.firstIndex(of: name) { return 1 << UInt64(index) }
    guard classNames.count < 64 else { throw reader.error("högst 64 ordklasser får finnas") }
    classNames.append(name)
    return 1 << UInt64(classNames.count - 1)
  }

  private mutating func addWordClasses(_ reader: JSONReader) throws(LanguageDataError) {
    for name in try reader.object().keys.sorted() {
      let bit = try bit(for: name, reader.child(name))
      for word in try reader.child(name).stringList() {
        let id = Int(wordClassBits.insert(CaseFolding.fold(word)))
        if id == bitsOfWord.count { bitsOfWord.append(0) }
        bitsOfWord[id] |= bit
      }
    }
  }

  private mutating func addLemmaClasses(_ reader: JSONReader) throws(LanguageDataError) {
    for name in try reader.object().keys.sorted() {
      let item = reader.child(name)
      let members = try item.object(allowed: ["lemmas", "definiteOnly"])
      let bit = try bit(for: name, item)
      let definiteOnly = try item.optional("definiteOnly", in: members)?.bool() ?? false
      for lemma in try item.required("lemmas", in: members).stringList() {
        var bits = lemmaClassBits[CaseFolding.fold(lemma)] ?? (0, 0)
        if definiteOnly { bits.definite |= bit } else { bits.any |= bit }
        lemmaClassBits[CaseFolding.fold(lemma)] = bits
      }
    }
  }

  private mutating func addPattern(_ text: String, kind: ExpressionSpan.Kind, reader: JSONReader)
    throws(LanguageDataError)
  {
    let pattern: TokenPattern
    switch TokenPattern.parse(text) {
    case .success(let parsed): pattern = parsed
    case .failure(let error): throw reader.error(error.message)
    }
    for name in pattern.classNames where !classNames.contains(name) {
      throw reader.error("okänd ordklass <\(name)> (finns: \(classNames.joined(separator: ", ")))")
    }
    let group = groups.count
    groups.append(kind)
    for sequence in pattern.sequences {
      let items = sequence.map { item -> (wordID: Int32?, classBit: UInt64?) in
        switch item {
        case .word(let word): (literals.insert(word), nil)
        case .wordClass(let name): (nil, 1 << UInt64(classNames.firstIndex(of: name)!))
        }
      }
      trie.insert(items, group: group)
    }
  }

  /// Class bits of a folded word from the word classes.
  func wordBits(_ folded: String) -> UInt64 {
    wordClassBits.id(of: folded).map { bitsOfWord[Int($0)] } ?? 0
  }

  /// Class bits of a lemma from the lemma classes.
  func lemmaBits(_ lemma: String, isDefinite: Bool) -> UInt64 {
    guard let bits = lemmaClassBits[lemma] else { return 0 }
    return bits.any | (isDefinite ? bits.definite : 0)
  }

  var hasLemmaClasses: Bool { !lemmaClassBits.isEmpty }

  /// Whether a folded word is in the word class `name` (e.g. `firstName`).
  public func isWord(_ folded: String, inClass name: String) -> Bool {
    guard let index = classNames.firstIndex(of: name) else { return false }
    return wordBits(folded) & (1 << UInt64(index)) != 0
  }
}
