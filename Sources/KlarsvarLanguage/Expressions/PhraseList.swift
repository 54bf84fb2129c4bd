/// A list of word sequences (*med vänlig hälsning*, *du kan överklaga*) found in tokens by one trie walk
/// per position.
public struct PhraseList: Sendable {
  private var words = WordTable()
  private var trie = PatternTrie()
  public private(set) var count = 0
  /// The phrases as folded words, for matchers that compile several lists into one (the kind detector).
  private(set) var phrases: [[String]] = []

  public init(_ phrases: [String] = []) {
    for phrase in phrases { add(phrase) }
  }

  mutating func add(_ phrase: String) {
    let items = phrase.split(separator: " ").map { word -> (wordID: Int32?, classBit: UInt64?) in
      (words.insert(CaseFolding.fold(word)), nil)
    }
    guard !items.isEmpty else { return }
    phrases.append(phrase.split(separator: " ").map { CaseFolding.fold($0) })
    trie.insert(items, group: count)
    count += 1
  }

  /// The end of the longest phrase starting at `start` in `tokens`, or nil.
  public func match(in tokens: ArraySlice<LanguageToken>, at start: Int) -> Int? {
    let base = tokens.startIndex
    return trie.longestMatch(
      from: start - base, count: tokens.count,
      wordID: { words.id(of: tokens[base + $0].folded) ?? -1 }, classes: { _ in 0 }
    ).map { $0.end + base }
  }

  /// Every non-overlapping occurrence in `tokens`, as index ranges.
  public func occurrences(in tokens: ArraySlice<LanguageToken>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      if let end = match(in: tokens, at: index) {
        result.append(index..<end)
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  /// Whether the folded word is a one-word phrase of the list.
  public func contains(word: String) -> Bool {
    guard let id = words.id(of: word) else { return false }
    var found = false
    trie.forEachSingleWord { if $0 == id { found = true } }
    return found
  }
}
