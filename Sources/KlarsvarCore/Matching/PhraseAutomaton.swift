/// All phrases of all loaded rules as one token-level trie, matched in one pass per document.
///
/// Edges are word ids, prefix ids, number classes and bounded gaps. The root keeps a flat table
/// indexed by word id, so a word that starts no phrase costs one array read.
struct PhraseAutomaton: Sendable {
  struct Node: Sendable {
    /// (word id, child) and (prefix id, child) pairs; `edges` finds them while building.
    var words: [(word: Int32, child: Int32)] = []
    var prefixes: [(prefix: Int32, child: Int32)] = []
    var number: Int32 = -1
    var date: Int32 = -1
    var year: Int32 = -1
    var anyWord: Int32 = -1
    var sameAsPrevious: Int32 = -1
    var email: Int32 = -1
    var url: Int32 = -1
    var gaps: [(maximum: Int, node: Int32)] = []
    var outputs: [PhraseOutput] = []
  }

  private(set) var nodes: [Node] = [Node()]
  private(set) var index = WordIndex()
  private var edges = EdgeMap()
  private var frozen = FrozenAutomaton()
  private(set) var phraseCount = 0

  mutating func insert(_ phrase: ExpandedPhrase, output: PhraseOutput) {
    var node = 0
    for element in phrase.elements {
      node = child(of: node, for: element)
    }
    var stamped = output
    stamped.choice = Int32(phrase.choice)
    if !nodes[node].outputs.contains(stamped) { nodes[node].outputs.append(stamped) }
    phraseCount += 1
  }

  private mutating func child(of node: Int, for element: PhraseElement) -> Int {
    func make() -> Int32 {
      nodes.append(Node())
      return Int32(nodes.count - 1)
    }
    switch element {
    case .word(let word):
      let id = Self.insert(word, into: &index.words)
      let key = EdgeMap.key(node: node, label: id, isPrefix: false)
      if let existing = edges.child(key) { return Int(existing) }
      let created = make()
      nodes[node].words.append((id, created))
      edges.insert(key, child: created)
      return Int(created)
    case .prefix(let stem):
      let id = Self.insert(stem, into: &index.prefixes)
      let key = EdgeMap.key(node: node, label: id, isPrefix: true)
      if let existing = edges.child(key) { return Int(existing) }
      let created = make()
      nodes[node].prefixes.append((id, created))
      edges.insert(key, child: created)
      return Int(created)
    case .number:
      if nodes[node].number < 0 { nodes[node].number = make() }
      return Int(nodes[node].number)
    case .date:
      if nodes[node].date < 0 { nodes[node].date = make() }
      return Int(nodes[node].date)
    case .year:
      if nodes[node].year < 0 { nodes[node].year = make() }
      return Int(nodes[node].year)
    case .anyWord:
      if nodes[node].anyWord < 0 { nodes[node].anyWord = make() }
      return Int(nodes[node].anyWord)
    case .sameAsPrevious:
      if nodes[node].sameAsPrevious < 0 { nodes[node].sameAsPrevious = make() }
      return Int(nodes[node].sameAsPrevious)
    case .email:
      if nodes[node].email < 0 { nodes[node].email = make() }
      return Int(nodes[node].email)
    case .url:
      if nodes[node].url < 0 { nodes[node].url = make() }
      return Int(nodes[node].url)
    case .gap(let maximum):
      if let existing = nodes[node].gaps.first(where: { $0.maximum == maximum }) { return Int(existing.node) }
      let created = make()
      nodes[node].gaps.append((maximum, created))
      return Int(created)
    }
  }

  /// A word's id, looked up in place (most words are already there) before copying its bytes.
  private static func insert(_ word: String, into vocabulary: inout Vocabulary) -> Int32 {
    var word = word
    return word.withUTF8 { vocabulary.insert($0, hash: Vocabulary.hash($0)) }
  }

  /// Freezes the trie into flat tables; call once after the last insert.
  mutating func finalize() {
    frozen = FrozenAutomaton(nodes: nodes, wordCount: index.words.count)
  }

  /// Every occurrence of every phrase, never crossing a sentence end, in order of start token.
  func matches(in text: TokenizedText) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    let automaton = frozen
    text.tokens.withUnsafeBufferPointer { tokens in
      text.prefixIDs.withUnsafeBufferPointer { prefixIDs in
        var walker = Walker(automaton: automaton, tokens: tokens, prefixIDs: prefixIDs)
        for sentence in text.sentences {
          walker.end = sentence.tokenRange.upperBound
          for start in sentence.tokenRange {
            walker.start = start
            let token = tokens[start]
            if token.wordID >= 0 && Int(token.wordID) < automaton.rootByWord.count {
              let next = automaton.rootByWord[Int(token.wordID)]
              if next >= 0 { walker.walk(Int(next), position: start + 1, &found) }
            }
            if automaton.rootHasNonWordEdges {
              walker.follow(0, skippingWords: true, position: start, &found)
            }
          }
        }
      }
    }
    return found
  }

  /// Depth-first walk from one start token.
  private struct Walker {
    let automaton: FrozenAutomaton
    let tokens: UnsafeBufferPointer<Token>
    let prefixIDs: UnsafeBufferPointer<Int32>
    var start = 0
    var end = 0

    init(automaton: FrozenAutomaton, tokens: UnsafeBufferPointer<Token>, prefixIDs: UnsafeBufferPointer<Int32>) {
      self.automaton = automaton
      self.tokens = tokens
      self.prefixIDs = prefixIDs
    }

    func walk(_ node: Int, position: Int, _ found: inout [PhraseMatch]) {
      let first = Int(automaton.outputStart[node])
      let last = Int(automaton.outputStart[node + 1])
      if first < last {
        for index in first..<last {
          found.append(
            PhraseMatch(output: automaton.outputs[index], tokenStart: Int32(start), tokenEnd: Int32(position)))
        }
      }
      follow(node, skippingWords: false, position: position, &found)
    }

    func follow(_ node: Int, skippingWords: Bool, position: Int, _ found: inout [PhraseMatch]) {
      guard position < end else { return }
      let token = tokens[position]
      if !skippingWords && token.wordID >= 0 {
        let next = automaton.child(node, word: token.wordID)
        if next >= 0 { walk(Int(next), position: position + 1, &found) }
      }
      if token.prefixCount > 0 && automaton.hasPrefixEdges[node] {
        let firstPrefix = Int(token.prefixStart)
        for offset in firstPrefix..<(firstPrefix + Int(token.prefixCount)) {
          let next = automaton.child(node, prefix: prefixIDs[offset])
          if next >= 0 { walk(Int(next), position: position + 1, &found) }
        }
      }
      let classBase = node * FrozenAutomaton.classCount
      switch token.kind {
      case .word:
        let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.anyWord.rawValue]
        if next >= 0 { walk(Int(next), position: position + 1, &found) }
      case .number, .date, .year:
        let number = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.number.rawValue]
        if number >= 0 { walk(Int(number), position: position + 1, &found) }
        if token.kind == .date {
          let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.date.rawValue]
          if next >= 0 { walk(Int(next), position: position + 1, &found) }
        }
        if token.kind == .year {
          let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.year.rawValue]
          if next >= 0 { walk(Int(next), position: position + 1, &found) }
        }
      case .email:
        let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.email.rawValue]
        if next >= 0 { walk(Int(next), position: position + 1, &found) }
      case .url:
        let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.url.rawValue]
        if next >= 0 { walk(Int(next), position: position + 1, &found) }
      case .placeholder:
        break
      }
      let same = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.sameAsPrevious.rawValue]
      if same >= 0 && position > start && token.hash != 0 && tokens[position - 1].hash == token.hash {
        walk(Int(same), position: position + 1, &found)
      }
      if !skippingWords {
        let firstGap = Int(automaton.gapStart[node])
        let lastGap = Int(automaton.gapStart[node + 1])
        if firstGap < lastGap {
          for gapIndex in firstGap..<lastGap {
            let gap = automaton.gaps[gapIndex]
            for skip in 0...Int(gap.maximum) where position + skip < end {
              follow(Int(gap.node), skippingWords: false, position: position + skip, &found)
            }
          }
        }
      }
    }
  }
}
