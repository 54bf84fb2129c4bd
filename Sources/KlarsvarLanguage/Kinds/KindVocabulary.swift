/// The words the kind detector looks for, compiled once per language: every phrase list of the letter
/// vocabulary in one trie over word ids, and the pronouns of address.
///
/// A text's tokens are looked up here once each (`TextOutline`); every list is then matched on the ids,
/// instead of each list hashing every token's folded string again.
struct KindVocabulary: Sendable {
  /// The letter vocabulary's phrase lists, by bit in a node's `accepts`.
  enum List: Int, CaseIterable {
    case greetings, closings, replyMarkers, letterMentions, reply, decision, appeal, complaint, summary, opinion,
      information, news
  }

  /// Whom a pronoun addresses.
  enum Address: UInt8 {
    case none, second, plural, first
  }

  private struct Node: Sendable {
    var children: [(word: Int32, node: Int32)] = []
    /// Bit `List.rawValue` set when a phrase of that list ends here.
    var accepts: UInt16 = 0
  }

  private(set) var words = WordTable(capacity: 512)
  /// Longest word in bytes: longer tokens are no word of the vocabulary and skip the lookup.
  private(set) var longestWord = 0
  private var addresses: [Address] = []
  private var contactLabels: [Bool] = []
  private var conditionOpeners: [Bool] = []
  private var relativeOpeners: [Bool] = []
  private var nodes = [Node()]
  /// The root's child per word id (-1: no phrase starts with the word).
  private var firstNodes: [Int32] = []
  /// Id of *beslut* (a heading that names a decision).
  private(set) var decisionHeadingID: Int32 = -1
  /// Id of *om*: right after a verb it opens a condition (*beviljas om behovet finns*).
  private(set) var conditionalOmID: Int32 = -1
  /// Id of *eller*: *beviljas eller avslås* names the possible outcomes, not one decision.
  private(set) var orID: Int32 = -1

  /// `conditionOpeners`: the one-word subordinators that open a condition or a time (*om*, *ifall*, *när*);
  /// `relativeOpeners`: those that open a relative clause (*som*, *där*); both from the function words.
  init(letter: LetterVocabulary, conditionOpeners openers: [String], relativeOpeners relatives: [String]) {
    let lists: [(List, PhraseList)] = [
      (.greetings, letter.greetings), (.closings, letter.closings), (.replyMarkers, letter.replyMarkers),
      (.letterMentions, letter.letterMentions), (.reply, letter.replyPhrases),
      (.decision, letter.decisionPhrases), (.appeal, letter.appealPhrases), (.complaint, letter.complaintPhrases),
      (.summary, letter.summaryPhrases), (.opinion, letter.opinionPhrases),
      (.information, letter.informationPhrases), (.news, letter.newsPhrases),
    ]
    for (list, phrases) in lists {
      for phrase in phrases.phrases { insert(phrase, list: list) }
    }
    let pronouns: [(Address, [String])] = [
      (.second, ["du", "dig", "din", "ditt", "dina"]), (.plural, ["ni", "er", "era", "ert"]),
      (.first, ["jag", "mig", "min", "mitt", "mina"]),
    ]
    for (address, forms) in pronouns {
      for form in forms { addresses[Int(id(inserting: form))] = address }
    }
    decisionHeadingID = id(inserting: "beslut")
    for opener in openers { conditionOpeners[Int(id(inserting: opener))] = true }
    for opener in relatives { relativeOpeners[Int(id(inserting: opener))] = true }
    conditionalOmID = id(inserting: "om")
    orID = id(inserting: "eller")
    for label in letter.contactLabels { contactLabels[Int(id(inserting: label))] = true }
  }

  private mutating func id(inserting word: String) -> Int32 {
    let id = words.insert(word)
    while addresses.count < words.count {
      addresses.append(.none)
      contactLabels.append(false)
      conditionOpeners.append(false)
      relativeOpeners.append(false)
      firstNodes.append(-1)
    }
    longestWord = max(longestWord, word.utf8.count)
    return id
  }

  private mutating func insert(_ phrase: [String], list: List) {
    guard !phrase.isEmpty else { return }
    var node = -1
    for word in phrase {
      let wordID = id(inserting: word)
      if node < 0 {
        if firstNodes[Int(wordID)] < 0 {
          nodes.append(Node())
          firstNodes[Int(wordID)] = Int32(nodes.count - 1)
        }
        node = Int(firstNodes[Int(wordID)])
      } else if let child = nodes[node].children.first(where: { $0.word == wordID }) {
        node = Int(child.node)
      } else {
        nodes.append(Node())
        nodes[node].children.append((wordID, Int32(nodes.count - 1)))
        node = nodes.count - 1
      }
    }
    nodes[node].accepts |= 1 << UInt16(list.rawValue)
  }

  func address(_ id: Int32) -> Address { id < 0 ? .none : addresses[Int(id)] }

  /// Whether the word opens a conditional or temporal clause (*om*, *ifall*, *när*; see `init`).
  func opensCondition(_ id: Int32) -> Bool { id >= 0 && conditionOpeners[Int(id)] }

  /// Whether the word opens a relative clause (*som*, *där*).
  func opensRelativeClause(_ id: Int32) -> Bool { id >= 0 && relativeOpeners[Int(id)] }

  /// Whether the word is a contact line's label (*presskontakt*, *telefon*).
  func isContactLabel(_ id: Int32) -> Bool { id >= 0 && contactLabels[Int(id)] }

  /// Calls `body(list, end)` for the longest phrase of each list that starts at `start` (`ids` are the
  /// tokens' word ids, -1 for unknown; phrases end at `limit`).
  @inline(__always)
  func forEachLongestMatch(
    _ ids: UnsafeBufferPointer<Int32>, at start: Int, limit: Int, _ body: (List, Int) -> Void
  ) {
    let first = ids[start]
    guard first >= 0, firstNodes[Int(first)] >= 0 else { return }
    longestMatches(ids, at: start, limit: limit, from: Int(firstNodes[Int(first)]), body)
  }

  private func longestMatches(
    _ ids: UnsafeBufferPointer<Int32>, at start: Int, limit: Int, from firstNode: Int, _ body: (List, Int) -> Void
  ) {
    // The deepest accepting node along the one path is each list's longest match.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: List.allCases.count) { ends in
      var found: UInt16 = 0
      var node = firstNode
      var position = start + 1
      while true {
        let accepts = nodes[node].accepts
        if accepts != 0 {
          found |= accepts
          for list in 0..<ends.count where accepts & (1 << UInt16(list)) != 0 { ends[list] = position }
        }
        guard position < limit, ids[position] >= 0,
          let child = nodes[node].children.first(where: { $0.word == ids[position] })
        else { break }
        node = Int(child.node)
        position += 1
      }
      for list in List.allCases where found & (1 << UInt16(list.rawValue)) != 0 { body(list, ends[list.rawValue]) }
    }
  }
}
