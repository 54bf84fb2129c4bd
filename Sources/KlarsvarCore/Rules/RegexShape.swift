/// The structure of an ICU regular expression, as far as backtracking cares: characters and classes,
/// groups with their alternatives, quantifiers, zero-width parts. Read once at load to reject the
/// shapes that backtrack catastrophically (`RegexShape+Backtracking`).
///
/// A small reader, not a validator: ICU compiles the pattern first, and whatever this reader does not
/// follow (free-spacing mode) is left unchecked rather than guessed at.
struct RegexShape {
  indirect enum Node {
    /// One character from a set.
    case character(Characters)
    /// Matches no character: an anchor, a word boundary, a flag switch; or a lookaround, whose
    /// alternatives are checked on their own.
    case zeroWidth(lookaround: [[Item]]?)
    /// A group's alternatives; an atomic group `(?>…)` is never backtracked into.
    case group([[Item]], atomic: Bool)
    /// `\1`, `\k<name>`: any text, possibly empty.
    case backreference
  }

  struct Item {
    var node: Node
    var min = 1
    /// nil: unbounded.
    var max: Int? = 1
    var possessive = false
    /// Where the item is in the pattern (scalar offsets), for messages.
    var source: Range<Int>

    var repeats: Bool { max.map { $0 > 1 } ?? true }
    var isUnbounded: Bool { max == nil }
  }

  /// The pattern's alternatives.
  let alternatives: [[Item]]
  let scalars: [Unicode.Scalar]

  /// The pattern's shape; nil when the reader does not follow it.
  init?(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
    var reader = Reader(scalars: scalars)
    guard !pattern.contains("(?x"), let alternatives = reader.alternatives(), reader.index == scalars.count else {
      return nil
    }
    self.alternatives = alternatives
  }

  /// The pattern text of an item.
  func text(_ item: Item) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[item.source])
    return text
  }
}

extension RegexShape {
  /// Reads the pattern left to right; nil on anything it does not follow.
  struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
      index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func alternatives() -> [[Item]]? {
      var result: [[Item]] = [[]]
      while let scalar = peek(), scalar != ")" {
        if scalar == "|" {
          index += 1
          result.append([])
          continue
        }
        guard var item = atom() else { return nil }
        quantify(&item)
        result[result.count - 1].append(item)
      }
      return result
    }

    private mutating func atom() -> Item? {
      let start = index
      let scalar = scalars[index]
      index += 1
      let node: Node
      switch scalar {
      case "(":
        guard let group = group() else { return nil }
        node = group
      case "[":
        guard let set = bracket() else { return nil }
        node = .character(set)
      case "\\":
        guard let escaped = escape() else { return nil }
        node = escaped
      case ".": node = .character(.any)
      case "^", "$": node = .zeroWidth(lookaround: nil)
      default: node = .character(.literal(scalar))
      }
      return Item(node: node, source: start..<index)
    }

    /// After "(": the group up to and including its ")".
    private mutating func group() -> Node? {
      var atomic = false
      var lookaround = false
      if peek() == "?" {
        index += 1
        switch peek() {
        case ":": index += 1
        case ">":
          index += 1
          atomic = true
        case "=", "!":
          index += 1
          lookaround = true
        case "<" where peek(1) == "=" || peek(1) == "!":
          index += 2
          lookaround = true
        case "<":
          while let scalar = peek(), scalar != ">" { index += 1 }
          index += 1
        case "#":
          while let scalar = peek(), scalar != ")" { index += 1 }
          index += 1
          return .zeroWidth(lookaround: nil)
        default:
          // Flags: "(?i)" switches them for the rest; "(?i:…)" is a group.
          while let scalar = peek(), scalar.properties.isAlphabetic || scalar == "-" { index += 1 }
          if peek() == ")" {
            index += 1
            return .zeroWidth(lookaround: nil)
          }
          guard peek() == ":" else { return nil }
          index += 1
        }
      }
      guard let inner = alternatives(), peek() == ")" else { return nil }
      index += 1
      return lookaround ? .zeroWidth(lookaround: inner) : .group(inner, atomic: atomic)
    }

    /// After "\\".
    private mutating func escape() -> Node? {
      guard let scalar = peek() else { return nil }
      index += 1
      switch scalar {
      case "d": return .character(.digit)
      case "D": return .character(.not(.digit))
      case "w": return .character(.word)
      case "W": return .character(.not(.word))
      case "s", "h", "v", "R": return .character(.space)
      case "S", "H", "V": return .character(.not(.space))
      case "p", "P":
        guard let property = property() else { return nil }
        return .character(scalar == "p" ? property : .not(property))
      case "b", "B", "A", "z", "Z", "G", "K": return .zeroWidth(lookaround: nil)
      case "1"..."9", "k":
        if scalar == "k" {
          while let next = peek(), next != ">" { index += 1 }
          index += 1
        }
        return .backreference
      case "Q":
        // Quoted text: its characters one by one, as one item (a quantifier would apply to the last).
        var quoted: [Unicode.Scalar] = []
        while let next = peek(), !(next == "\\" && peek(1) == "E") {
          quoted.append(next)
          index += 1
        }
        index += 2
        return quoted.isEmpty
          ? .zeroWidth(lookaround: nil)
          : .group([quoted.map { Item(node: .character(.literal($0)), source: 0..<0) }], atomic: false)
      case "t": return .character(.literal("\t"))
      case "n": return .character(.literal("\n"))
      case "r": return .character(.literal("\r"))
      case "x", "u", "U", "N", "0", "c", "e", "a", "f":
        // Code points written out: skip their digits or braces; the character may be anything.
        if peek() == "{" {
          while let next = peek(), next != "}" { index += 1 }
          index += 1
        } else {
          while let next = peek(), next.properties.isASCIIHexDigit { index += 1 }
        }
        return .character(.any)
      default: return .character(.literal(scalar))
      }
    }

    /// After "\p" or "\P": `{Name}` or one letter.
    private mutating func property() -> Characters? {
      var name = ""
      if peek() == "{" {
        index += 1
        while let next = peek(), next != "}" {
          name.unicodeScalars.append(next)
          index += 1
        }
        guard peek() == "}" else { return nil }
        index += 1
      } else if let next = peek() {
        name.unicodeScalars.append(next)
        index += 1
      }
      return .property(name)
    }

    /// After "[": the set up to and including its "]". Sets inside sets and set operations are
    /// taken as any character.
    private mutating func bracket() -> Characters? {
      var members: [Characters] = []
      let negated = peek() == "^"
      if negated { index += 1 }
      var first = true
      while let scalar = peek() {
        if scalar == "]" && !first { break }
        first = false
        index += 1
        var member: Characters
        switch scalar {
        case "[":
          guard bracket() != nil else { return nil }
          member = .any
        case "&" where peek() == "&", "-" where peek() == "-":
          member = .any
        case "\\":
          guard case .character(let set)? = escape() else { return nil }
          member = set
        default:
          member = .literal(scalar)
        }
        // A range "a-z".
        if case .literal(let low) = member, peek() == "-", let high = peek(1), high != "]" {
          index += 2
          var upper = high
          if high == "\\" {
            guard let escaped = peek() else { return nil }
            index += 1
            upper = escaped
          }
          member = .range(low, upper)
        }
        members.append(member)
      }
      guard peek() == "]" else { return nil }
      index += 1
      let set = Characters.joining(members)
      return negated ? .not(set) : set
    }

    /// A quantifier after an item, if there is one.
    private mutating func quantify(_ item: inout Item) {
      let start = item.source.lowerBound
      switch peek() {
      case "*": (item.min, item.max) = (0, nil)
      case "+": (item.min, item.max) = (1, nil)
      case "?": (item.min, item.max) = (0, 1)
      case "{":
        guard let (low, high, length) = interval() else { return }
        (item.min, item.max) = (low, high)
        index += length - 1
      default: return
      }
      index += 1
      if peek() == "+" {
        item.possessive = true
        index += 1
      } else if peek() == "?" {
        index += 1
      }
      item.source = start..<index
    }

    /// `{n}`, `{n,}`, `{n,m}` at the index: bounds and length in scalars.
    private func interval() -> (Int, Int?, Int)? {
      var offset = 1
      var numbers: [String] = [""]
      while let scalar = peek(offset), scalar != "}" {
        if scalar == "," {
          numbers.append("")
        } else if scalar.properties.numericType == .decimal && scalar.isASCII {
          numbers[numbers.count - 1].unicodeScalars.append(scalar)
        } else {
          return nil
        }
        offset += 1
      }
      guard peek(offset) == "}", numbers.count <= 2, let low = Int(numbers[0]) else { return nil }
      let high = numbers.count == 1 ? low : numbers[1].isEmpty ? nil : Int(numbers[1])
      return (low, high, offset + 1)
    }
  }
}
