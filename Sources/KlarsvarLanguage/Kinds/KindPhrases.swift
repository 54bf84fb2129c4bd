/// The phrases of the kind vocabulary's lists in an outlined text, all lists in one pass.
///
/// Per list the occurrences do not overlap: at each token the longest phrase of the list is taken and
/// the scan of that list goes on after it, as `PhraseList.occurrences(in:)` does for one list.
struct KindPhrases {
  private let outline: TextOutline
  private let vocabulary: KindVocabulary
  private var occurrences: [[Range<Int>]]

  init(outline: TextOutline, vocabulary: KindVocabulary) {
    self.outline = outline
    self.vocabulary = vocabulary
    var found = [[Range<Int>]](repeating: [], count: KindVocabulary.List.allCases.count)
    var resume = [Int](repeating: 0, count: found.count)
    outline.ids.withUnsafeBufferPointer { ids in
      for start in ids.indices where ids[start] >= 0 {
        vocabulary.forEachLongestMatch(ids, at: start, limit: ids.count) { list, end in
          guard start >= resume[list.rawValue] else { return }
          found[list.rawValue].append(start..<end)
          resume[list.rawValue] = end
        }
      }
    }
    occurrences = found
  }

  /// The occurrences of one list, in text order.
  subscript(list: KindVocabulary.List) -> [Range<Int>] { occurrences[list.rawValue] }

  /// The end of the longest phrase of `list` starting at token `start` and ending by `limit`.
  func longestMatch(_ list: KindVocabulary.List, at start: Int, limit: Int) -> Int? {
    Self.longestMatch(outline, vocabulary, list, at: start, limit: limit)
  }

  /// As `longestMatch(_:at:limit:)`, without finding the other phrases first.
  static func longestMatch(
    _ outline: TextOutline, _ vocabulary: KindVocabulary, _ list: KindVocabulary.List, at start: Int, limit: Int
  ) -> Int? {
    guard start < limit else { return nil }
    var end: Int?
    outline.ids.withUnsafeBufferPointer { ids in
      vocabulary.forEachLongestMatch(ids, at: start, limit: limit) { found, foundEnd in
        if found == list { end = foundEnd }
      }
    }
    return end
  }
}
