/// The genre of a text, which decides which rules apply.
public enum TextKind: String, Sendable, Hashable, CaseIterable {
  /// A letter or e-mail reply to a person.
  case reply
  /// A reply to a letter to the editor (*replik*, *svar på insändare*).
  case newspaperReply = "newspaper-reply"
  /// A decision (*beslut*), with its reasons and how to appeal.
  case decision
  /// A summary of a citizen dialogue.
  case summary
  /// A debate piece.
  case opinion
  /// An information or FAQ page.
  case information
  /// A news item quoting an official.
  case news
  /// A citizen's letter or complaint.
  case citizenLetter = "citizen-letter"

  /// Swedish names accepted in front matter and configuration besides the raw values.
  static let swedishNames: [String: TextKind] = [
    "svar": .reply, "brev": .reply, "replik": .newspaperReply, "svar-på-insändare": .newspaperReply,
    "beslut": .decision, "sammanfattning": .summary, "debattartikel": .opinion, "debatt": .opinion,
    "information": .information, "faq": .information, "nyhet": .news, "medborgarbrev": .citizenLetter,
    "klagomål": .citizenLetter,
  ]

  /// A kind from its raw value or Swedish name (`reply`, `replik`, `beslut` …), case-insensitive.
  public init?(name: String) {
    let folded = CaseFolding.fold(name.trimmingCharacters(in: .whitespaces))
    guard let kind = TextKind(rawValue: folded) ?? Self.swedishNames[folded] else { return nil }
    self = kind
  }

  /// The kind declared in YAML front matter (`---` … `kind: decision` … `---`) at the start of `text`.
  public static func declared(inFrontMatter text: String) -> TextKind? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
    guard lines.next()?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    while let line = lines.next() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed == "---" { return nil }
      if trimmed.hasPrefix("kind:") { return TextKind(name: String(trimmed.dropFirst(5))) }
    }
    return nil
  }
}

/// One observation that pushed the detection towards some kinds.
public struct TextKindSignal: Sendable, Hashable {
  /// Short name, e.g. `greeting`, `decision-wording`.
  public var name: String
  /// What was seen (a phrase or a count), for debug output.
  public var evidence: String
  /// Points added per kind.
  public var weights: [TextKind: Double]
}

/// The detected kind, how sure the detector is, and why.
public struct TextKindResult: Sendable, Hashable {
  public var kind: TextKind
  /// 0…1: the winner's share of the two highest scores (1 for a declared kind).
  public var confidence: Double
  /// Whether the kind came from front matter or configuration.
  public var isDeclared: Bool
  public var signals: [TextKindSignal]
  public var scores: [TextKind: Double]
}
