/// One step of a token pattern: alternatives (words or `<class>`), possibly optional.
///
/// Syntax, items separated by spaces: `den` a word (folded), `<month>` a class, `{före|innan|<deadline>}`
/// alternatives, a trailing `?` makes an item optional. Punctuation is written as a word (`kl .? <clock>`).
struct TokenPattern: Sendable {
  enum Item: Hashable, Sendable {
    case word(String)
    case wordClass(String)
  }

  struct Step: Sendable {
    var alternatives: [Item]
    var isOptional: Bool
  }

  var steps: [Step]

  /// Parses `text`; returns a Swedish message on error.
  static func parse(_ text: String) -> Result<TokenPattern, PatternError> {
    var steps: [Step] = []
    for rawPart in text.split(separator: " ") {
      var part = Substring(rawPart)
      var isOptional = false
      if part.count > 1 && part.hasSuffix("?") {
        isOptional = true
        part = part.dropLast()
      }
      var alternatives: [Item] = []
      if part.hasPrefix("{") {
        guard part.hasSuffix("}"), part.count > 2 else { return .failure(PatternError("ej stängd {…} i \"\(text)\"")) }
        for alternative in part.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false) {
          guard let item = item(alternative) else { return .failure(PatternError("tomt alternativ i \"\(text)\"")) }
          alternatives.append(item)
        }
      } else if let item = item(part) {
        alternatives.append(item)
      }
      guard !alternatives.isEmpty else { return .failure(PatternError("tomt led i \"\(text)\"")) }
      steps.append(Step(alternatives: alternatives, isOptional: isOptional))
    }
    guard steps.contains(where: { !$0.isOptional }) else {
      return .failure(PatternError("mönstret \"\(text)\" måste ha minst ett led som inte är valfritt"))
    }
    return .success(TokenPattern(steps: steps))
  }

  private static func item(_ text: Substring) -> Item? {
    guard !text.isEmpty else { return nil }
    if text.hasPrefix("<") && text.hasSuffix(">") && text.count > 2 {
      return .wordClass(String(text.dropFirst().dropLast()))
    }
    return .word(CaseFolding.fold(text))
  }

  /// Every sequence of items the pattern matches (optional steps left out or kept, one item per step).
  var sequences: [[Item]] {
    var result: [[Item]] = [[]]
    for step in steps {
      var next: [[Item]] = []
      for prefix in result {
        if step.isOptional { next.append(prefix) }
        for alternative in step.alternatives { next.append(prefix + [alternative]) }
      }
      result = next
    }
    return result.filter { !$0.isEmpty }
  }

  /// The class names the pattern uses.
  var classNames: [String] {
    steps.flatMap(\.alternatives).compactMap {
      if case .wordClass(let name) = $0 { return name }
      return nil
    }
  }
}

struct PatternError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
