/// All phrases of all loaded rules as one token-level trie, matched in one pass per document.
///
/// Edges are word ids, prefix ids, number classes and bounded gaps. The root keeps a flat table
/// indexed by word id, so a word that starts no phrase costs one array read.
struct PhraseAutomaton: Sendable {
  struct Node: Sendable {
    var words: [Int32: Int32] = [:]
    var prefixes: [Int32: Int32] = [:]
    var number: Int32 = -1
    var date: Int32 = -1
    var year: Int32 = -1
    var gaps: [(maximum: Int, node: Int32)] = []
    var outputs: [PhraseOutput] = []
  }

  private(set) var nodes: [Node] = [Node()]
  private(set) var index = WordIndex()
  private var rootByWord: [Int32] = []
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
      let id = index.words.insert(Array(word.utf8))
      if let existing = nodes[node].words[id] { return Int(existing) }
      let created = make()
      nodes[node].words[id] = created
      return Int(created)
    case .prefix(let stem):
      let id = index.prefixes.insert(Array(stem.utf8))
      if let existing = nodes[node].prefixes[id] { return Int(existing) }
      let created = make()
      nodes[node].prefixes[id] = created
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
    case .gap(let maximum):
      if let existing = nodes[node].gaps.first(where: { $0.maximum == maximum }) { return Int(existing.node) }
      let created = make()
      nodes[node].gaps.append((maximum, created))
      return Int(created)
    }
  }

  /// Freezes the root table; call once after the last insert.
  mutating func finalize() {
    rootByWord = Array(repeating: -1, count: index.words.count)
    for (id, node) in nodes[0].words { rootByWord[Int(id)] = node }
  }

  /// Every occurrence of every phrase, never crossing a sentence end.
  func matches(in text: TokenizedText) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    text.tokens.withUnsafeBufferPointer { tokens in
      text.prefixIDs.withUnsafeBufferPointer { prefixIDs in
        let root = nodes[0]
        let rootHasOthers = !root.prefixes.isEmpty || root.number >= 0 || root.date >= 0 || root.year >= 0
        for sentence in text.sentences {
          let end = sentence.tokenRange.upperBound
          for start in sentence.tokenRange {
            let token = tokens[start]
            if token.wordID >= 0 && Int(token.wordID) < rootByWord.count {
              let next = rootByWord[Int(token.wordID)]
              if next >= 0 {
                walk(Int(next), position: start + 1, start: start, end: end, tokens, prefixIDs, &found)
              }
            }
            if rootHasOthers {
              follow(root, skippingWords: true, position: start, start: start, end: end, tokens, prefixIDs, &found)
            }
          }
        }
      }
    }
    return found
  }

  private func walk(
    _ node: Int, position: Int, start: Int, end: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ prefixIDs: UnsafeBufferPointer<Int32>, _ found: inout [PhraseMatch]
  ) {
    let current = nodes[node]
    for output in current.outputs {
      found.append(PhraseMatch(output: output, tokenStart: Int32(start), tokenEnd: Int32(position)))
    }
    follow(current, skippingWords: false, position: position, start: start, end: end, tokens, prefixIDs, &found)
  }

  private func follow(
    _ current: Node, skippingWords: Bool, position: Int, start: Int, end: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ prefixIDs: UnsafeBufferPointer<Int32>, _ found: inout [PhraseMatch]
  ) {
    guard position < end else { return }
    let token = tokens[position]
    if !skippingWords && token.wordID >= 0, let next = current.words[token.wordID] {
      walk(Int(next), position: position + 1, start: start, end: end, tokens, prefixIDs, &found)
    }
    if token.prefixCount > 0 && !current.prefixes.isEmpty {
      let first = Int(token.prefixStart)
      for offset in first..<(first + Int(token.prefixCount)) {
        if let next = current.prefixes[prefixIDs[offset]] {
          walk(Int(next), position: position + 1, start: start, end: end, tokens, prefixIDs, &found)
        }
      }
    }
    if token.isNumeric {
      if current.number >= 0 {
        walk(Int(current.number), position: position + 1, start: start, end: end, tokens, prefixIDs, &found)
      }
      if token.kind == .date && current.date >= 0 {
        walk(Int(current.date), position: position + 1, start: start, end: end, tokens, prefixIDs, &found)
      }
      if token.kind == .year && current.year >= 0 {
        walk(Int(current.year), position: position + 1, start: start, end: end, tokens, prefixIDs, &found)
      }
    }
    if !skippingWords {
      for gap in current.gaps {
        for skip in 0...gap.maximum where position + skip < end {
          follow(nodes[Int(gap.node)], skippingWords: false, position: position + skip, start: start, end: end, tokens, prefixIDs, &found)
        }
      }
    }
  }
}
