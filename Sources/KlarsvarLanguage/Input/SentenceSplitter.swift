/// Splits tokens into sentences: at `.`, `?`, `!` (not after abbreviations, initials or list numbers),
/// at blank lines, and at line breaks unless the line obviously continues (`…, och\nsedan`).
public enum SentenceSplitter {
  /// Abbreviations (folded, without the final period) whose period does not end a sentence.
  static let abbreviations: Set<String> = [
    "t.ex", "bl.a", "d.v.s", "dvs", "s.k", "ca", "kl", "nr", "tel", "tfn", "resp", "fr.o.m", "t.o.m", "jfr",
    "p.g.a", "pga", "f.d", "ev", "enl", "inkl", "exkl", "s", "sid", "kap", "prop", "dnr", "ang", "betr",
    "e.d", "o.d", "avd", "dir", "v", "mån", "tis", "ons", "tors", "fre", "lör", "sön", "jan", "feb", "apr",
    "aug", "sep", "sept", "okt", "nov", "dec", "ff", "forts", "obs", "fr.a", "m.h.a", "t.v", "tf", "st",
    "fm", "em", "f.m", "e.m", "bil", "anm", "m.a.o", "f.ö", "vard",
  ]
  /// Abbreviations that often close a sentence: they end one before a capitalised word.
  static let sentenceFinal: Set<String> = ["osv", "o.s.v", "m.m", "m.fl", "etc", "mfl", "mm", "kr"]

  /// The sentences of a token array (as made by `LanguageTokenizer`, line breaks included).
  public static func split(_ tokens: [LanguageToken]) -> [LanguageSentence] {
    var sentences: [LanguageSentence] = []
    var current: [LanguageToken] = []
    var first = 0
    var paragraph = 0
    var index = 0
    func close() {
      if !current.isEmpty {
        sentences.append(LanguageSentence(tokens: current, firstTokenIndex: first, paragraph: paragraph))
      }
      current = []
    }
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .lineBreak {
        let blank = index + 1 < tokens.count && tokens[index + 1].kind == .lineBreak
        if blank || !continues(tokens, at: index, current: current) { close() }
        if blank {
          while index + 1 < tokens.count && tokens[index + 1].kind == .lineBreak { index += 1 }
          if !sentences.isEmpty { paragraph += 1 }
        }
        index += 1
        continue
      }
      if current.isEmpty { first = index }
      current.append(token)
      if isSentenceEnd(tokens, at: index) {
        while index + 1 < tokens.count, isClosingMark(tokens[index + 1]) {
          index += 1
          current.append(tokens[index])
        }
        close()
      }
      index += 1
    }
    close()
    return sentences
  }

  private static func isClosingMark(_ token: LanguageToken) -> Bool {
    token.kind == .punctuation && ["”", "\"", "»", "’", ")", "'", "!", "?", "."].contains(token.text)
  }

  /// Whether a single line break at `index` continues the sentence: the line before ends in a word or a
  /// comma and the next line starts with a lower-case word.
  private static func continues(_ tokens: [LanguageToken], at index: Int, current: [LanguageToken]) -> Bool {
    guard let last = current.last, index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    let lastContinues = last.kind == .word || last.text == "," || last.kind == .number
    return lastContinues && next.kind == .word && !next.isCapitalized
  }

  private static func isSentenceEnd(_ tokens: [LanguageToken], at index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    if token.text == "?" || token.text == "!" || token.text == "…" { return !followedByLowercase(tokens, index) }
    guard token.text == "." else { return false }
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    guard previous.utf8Range.upperBound == token.utf8Range.lowerBound else { return true }
    if previous.kind == .word {
      if abbreviations.contains(previous.folded) { return false }
      if sentenceFinal.contains(previous.folded) { return nextIsCapitalized(tokens, index) }
      if previous.text.count == 1 && previous.isCapitalized { return false }
    }
    if previous.kind == .number && startsLine(tokens, index - 1) { return false }
    return true
  }

  private static func followedByLowercase(_ tokens: [LanguageToken], _ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index + 1].kind == .word && !tokens[index + 1].isCapitalized
  }

  private static func nextIsCapitalized(_ tokens: [LanguageToken], _ index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count && tokens[next].kind == .lineBreak { next += 1 }
    return next >= tokens.count || tokens[next].isCapitalized || next > index + 1
  }

  private static func startsLine(_ tokens: [LanguageToken], _ index: Int) -> Bool {
    index == 0 || tokens[index - 1].kind == .lineBreak
  }
}
