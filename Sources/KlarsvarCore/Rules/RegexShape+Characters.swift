extension RegexShape {
  /// The characters one item can take, precise enough to tell whether two items can take the same one.
  indirect enum Characters {
    case any
    case literal(Unicode.Scalar)
    case range(Unicode.Scalar, Unicode.Scalar)
    case digit, word, space
    /// `\p{Name}`; names the reader does not know stand for any character.
    case property(String)
    case not(Characters)
    case union([Characters])

    /// Whether the set holds the scalar, ignoring case (a pattern may switch case-insensitivity on
    /// anywhere, so the answer leans towards "yes").
    func contains(_ scalar: Unicode.Scalar) -> Bool {
      RegexShape.caseVariants(scalar).contains { exactlyContains($0) }
    }

    private func exactlyContains(_ scalar: Unicode.Scalar) -> Bool {
      let properties = scalar.properties
      switch self {
      case .any: return true
      case .literal(let literal): return RegexShape.caseVariants(literal).contains(scalar)
      case .range(let low, let high): return low <= scalar && scalar <= high
      case .digit: return properties.numericType == .decimal
      case .word: return properties.isAlphabetic || properties.numericType == .decimal || scalar == "_"
      case .space: return properties.isWhitespace
      case .property(let name): return Self.has(property: name.lowercased(), properties)
      case .not(let set): return !set.contains(scalar)
      case .union(let members): return members.contains { $0.exactlyContains(scalar) }
      }
    }

    private static func has(property name: String, _ properties: Unicode.Scalar.Properties) -> Bool {
      switch name {
      case "l", "letter", "alphabetic", "alpha", "lu", "ll", "lt", "lm", "lo", "upper", "lower", "uppercase",
        "lowercase":
        return properties.isAlphabetic
      case "n", "nd", "digit", "number": return properties.numericType != nil
      case "z", "zs", "space", "whitespace", "white_space": return properties.isWhitespace
      case "p", "punct", "punctuation", "pc", "pd", "ps", "pe", "pi", "pf", "po":
        return [
          .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
          .finalPunctuation, .otherPunctuation,
        ].contains(properties.generalCategory)
      default: return true
      }
    }

    static func joining(_ members: [Characters]) -> Characters { members.count == 1 ? members[0] : .union(members) }

    /// The literal characters the set names, to test overlap with.
    var literals: [Unicode.Scalar] {
      switch self {
      case .literal(let scalar): [scalar]
      case .range(let low, let high): [low, high]
      case .not(let set): set.literals
      case .union(let members): members.flatMap(\.literals)
      default: []
      }
    }
  }

  /// The scalar and its one-scalar lower- and uppercase forms.
  static func caseVariants(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var variants = [scalar]
    for form in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
      let mapped = form.unicodeScalars
      if mapped.count == 1, let only = mapped.first, only != scalar { variants.append(only) }
    }
    return variants
  }

  /// Characters tried when asking whether two sets meet: ASCII, Swedish letters, common punctuation
  /// and spaces, and every character the pattern names.
  static let sampleScalars: [Unicode.Scalar] =
    (0x20...0x7E).compactMap(Unicode.Scalar.init) + ["\t", "\n", "\r", "\u{A0}"]
    + "åäöÅÄÖéüÉ–—”“’«»…€§½".unicodeScalars

  /// Whether some character is in both unions of sets.
  static func overlap(_ left: [Characters], _ right: [Characters]) -> Bool {
    guard !left.isEmpty, !right.isEmpty else { return false }
    let named = (left + right).flatMap(\.literals)
    return (sampleScalars + named).contains { scalar in
      left.contains { $0.contains(scalar) } && right.contains { $0.contains(scalar) }
    }
  }
}
