import KlarsvarText

/// All phrases of all loaded rules as one token-level trie, matched in one pass per document.
///
/// Edges are word ids, prefix ids, number classes and bounded gaps. The root keeps a flat table
/// indexed by word id, so a word that starts no phrase costs one array read.
package struct PhraseAutomaton: Sendable {
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
  package private(set) var index = WordIndex()
  private var edges = EdgeMap()
  private(set) var frozen = FrozenAutomaton()
  package private(set) var phraseCount = 0

  package init() {}

  package mutating func insert(_ phrase: ExpandedPhrase, output: PhraseOutput) {
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
    switch element {
    case .word(let word):
      return labelledChild(of: node, label: Self.insert(word, into: &index.words), isPrefix: false)
    case .prefix(let stem):
      return labelledChild(of: node, label: Self.insert(stem, into: &index.prefixes), isPrefix: true)
    case .gap(let maximum):
      if let existing = nodes[node].gaps.first(where: { $0.maximum == maximum }) { return Int(existing.node) }
      let created = makeNode()
      nodes[node].gaps.append((maximum, created))
      return Int(created)
    case .number, .date, .year, .anyWord, .sameAsPrevious, .email, .url:
      let slot = Self.classSlot(element)
      if nodes[node][keyPath: slot] < 0 { nodes[node][keyPath: slot] = makeNode() }
      return Int(nodes[node][keyPath: slot])
    }
  }

  /// The child along a word or prefix edge, made if it is new.
  private mutating func labelledChild(of node: Int, label: Int32, isPrefix: Bool) -> Int {
    let key = EdgeMap.key(node: node, label: label, isPrefix: isPrefix)
    if let existing = edges.child(key) { return Int(existing) }
    let created = makeNode()
    if isPrefix {
      nodes[node].prefixes.append((label, created))
    } else {
      nodes[node].words.append((label, created))
    }
    edges.insert(key, child: created)
    return Int(created)
  }

  /// Where a node keeps its child for a class of token (a number, a date, any word, …).
  private static func classSlot(_ element: PhraseElement) -> WritableKeyPath<Node, Int32> {
    switch element {
    case .number: \.number
    case .date: \.date
    case .year: \.year
    case .anyWord: \.anyWord
    case .sameAsPrevious: \.sameAsPrevious
    case .email: \.email
    case .url: \.url
    case .word, .prefix, .gap: preconditionFailure("\(element) is not a class of token")
    }
  }

  private mutating func makeNode() -> Int32 {
    nodes.append(Node())
    return Int32(nodes.count - 1)
  }

  /// A word's id, looked up in place (most words are already there) before copying its bytes.
  private static func insert(_ word: String, into vocabulary: inout Vocabulary) -> Int32 {
    var word = word
    return word.withUTF8 { vocabulary.insert($0, hash: Vocabulary.hash($0)) }
  }

  /// Freezes the trie into flat tables; call once after the last insert.
  package mutating func finalize() {
    frozen = FrozenAutomaton(nodes: nodes, wordCount: index.words.count)
  }

  /// Every occurrence of every phrase, never crossing a sentence end, in order of start token.
  package func matches(in text: TokenizedText) -> [PhraseMatch] {
    withMatches(in: text) { Array($0) }
  }

  /// The same matches, lent to `body` from the walk's own memory instead of copied into an array.
  func withMatches<Result>(in text: TokenizedText, _ body: (UnsafeBufferPointer<PhraseMatch>) -> Result) -> Result {
    withMatches(in: text, countingOwnersBelow: 0) { matches, _ in body(matches) }
  }

  /// The matches with, per owner in `0..<ownerLimit`, how many there are (counted while walking,
  /// for grouping them by owner without another pass).
  package func withMatches<Result>(
    in text: TokenizedText, countingOwnersBelow ownerLimit: Int,
    _ body: (UnsafeBufferPointer<PhraseMatch>, UnsafeBufferPointer<Int>) -> Result
  ) -> Result {
    frozen.withView { automaton in
      text.tokens.withUnsafeBufferPointer { tokens in
        text.prefixIDs.withUnsafeBufferPointer { prefixIDs in
          // About one match per three tokens: room for one per two spares most regrowth.
          var walker = Walker(
            automaton: automaton, tokens: tokens, prefixIDs: prefixIDs, capacity: tokens.count / 2 + 16,
            ownerLimit: ownerLimit)
          defer {
            walker.found.deallocate()
            walker.ownerCounts.deallocate()
          }
          walker.matchAll(sentences: text.sentences)
          return body(
            UnsafeBufferPointer(rebasing: walker.found[..<walker.foundCount]), UnsafeBufferPointer(walker.ownerCounts))
        }
      }
    }
  }

  /// Depth-first walk from one start token. Mutating, with the matches inside, so every call passes
  /// the walker by reference instead of copying it.
  private struct Walker {
    let automaton: FrozenAutomaton.View
    let tokens: UnsafeBufferPointer<Token>
    let prefixIDs: UnsafeBufferPointer<Int32>
    var start = 0
    var end = 0
    /// Matches so far, in memory of the walker's own: an array's append checks uniqueness and capacity
    /// through calls, which cost more than the rest of recording a match.
    var found: UnsafeMutableBufferPointer<PhraseMatch>
    var foundCount = 0
    /// Matches per owner below `ownerCounts.count`.
    let ownerCounts: UnsafeMutableBufferPointer<Int>

    init(
      automaton: FrozenAutomaton.View, tokens: UnsafeBufferPointer<Token>, prefixIDs: UnsafeBufferPointer<Int32>,
      capacity: Int, ownerLimit: Int
    ) {
      found = .allocate(capacity: capacity)
      ownerCounts = .allocate(capacity: ownerLimit)
      ownerCounts.initialize(repeating: 0)
      self.automaton = automaton
      self.tokens = tokens
      self.prefixIDs = prefixIDs
    }

    /// Every match of every start token, sentence by sentence.
    mutating func matchAll(sentences: [Sentence]) {
      guard let rootEdges = automaton.edgeKinds.first else { return }
      // Besides the word table, only these edges can leave the root: `<same>` needs a token before it
      // in the match and gaps are not followed from the root.
      let rootKinds = rootEdges.intersection([.prefixes, .number, .date, .year, .anyWord, .email, .url])
      let rootAnyWord = automaton.classEdge(0, .anyWord)
      let rootByWord = automaton.rootByWord
      // Usually `<word>` from the root only starts `<word> <same>` (a doubled word): then `mayMatch`
      // comes down to whether the next token repeats this one, tested here without the general checks.
      let anyWordOnlyRepeats =
        rootAnyWord >= 0
        && automaton.edgeKinds[Int(rootAnyWord)].intersection(EdgeKinds.anyEdge.union(.outputs)) == .sameAsPrevious
      for sentence in sentences {
        end = sentence.tokenRange.upperBound
        for start in sentence.tokenRange {
          self.start = start
          let token = tokens[start]
          if token.wordID >= 0 && Int(token.wordID) < rootByWord.count {
            let next = rootByWord[Int(token.wordID)]
            if next >= 0 && mayMatch(Int(next), at: start + 1) {
              walk(Int(next), position: start + 1)
            }
          }
          // Prefix and class edges of the root, tested by mask before any call; `follow` takes prefixes
          // before classes, so only a token without root prefixes goes straight to `<word>`.
          if token.prefixCount > 0 && rootKinds.contains(.prefixes) {
            follow(0, skippingWords: true, position: start)
          } else if token.kind == .word {
            if anyWordOnlyRepeats {
              if start + 1 < end && token.hash != 0 && tokens[start + 1].hash == token.hash {
                walk(Int(rootAnyWord), position: start + 1)
              }
            } else if rootAnyWord >= 0 && mayMatch(Int(rootAnyWord), at: start + 1) {
              walk(Int(rootAnyWord), position: start + 1)
            }
          } else if !rootKinds.isDisjoint(with: EdgeKinds.classes(for: token.kind)) {
            follow(0, skippingWords: true, position: start)
          }
        }
      }
    }

    /// True when the token at `position` repeats the one before it within the match (`<same>`).
    @inline(__always)
    func repeatsPrevious(at position: Int) -> Bool {
      guard position < end && position > start else { return false }
      let hash = tokens[position].hash
      return hash != 0 && tokens[position - 1].hash == hash
    }

    /// The edges that can leave `node`, less `<same>` when the token at `position` does not repeat
    /// the previous one: `<same>` seldom fires, and without it most nodes have one kind of edge.
    @inline(__always)
    func liveEdges(_ kinds: EdgeKinds, at position: Int) -> EdgeKinds {
      var edges = kinds.intersection(.anyEdge)
      if edges.contains(.sameAsPrevious) && !repeatsPrevious(at: position) { edges.remove(.sameAsPrevious) }
      return edges
    }

    /// False when `walk(node, position:)` would surely find nothing: the node has no outputs and its
    /// only kind of edge cannot take the token there. Saves the call for most starts of `<word> <same>`
    /// and for phrase starts followed by a word no phrase uses.
    @inline(__always)
    func mayMatch(_ node: Int, at position: Int) -> Bool {
      let kinds = automaton.edgeKinds[node]
      if kinds.contains(.outputs) { return true }
      guard position < end else { return false }
      switch liveEdges(kinds, at: position) {
      case []:
        return false
      case .words:
        // The signature test of `child(_:word:)`, which rejects most words before the walk is called.
        let wordID = tokens[position].wordID
        return wordID >= 0 && automaton.wordSignatures[node] & FrozenAutomaton.signatureBit(wordID) != 0
      default:
        return true
      }
    }

    @inline(__always)
    mutating func record(_ match: PhraseMatch) {
      if foundCount == found.count { grow() }
      (found.baseAddress! + foundCount).initialize(to: match)
      foundCount += 1
      // One unsigned test rejects negative owners as well.
      let owner = Int(UInt32(bitPattern: match.output.owner))
      if owner < ownerCounts.count { ownerCounts[owner] += 1 }
    }

    private mutating func grow() {
      let larger = UnsafeMutableBufferPointer<PhraseMatch>.allocate(capacity: found.count * 2)
      larger.baseAddress!.initialize(from: found.baseAddress!, count: foundCount)
      found.deallocate()
      found = larger
    }

    mutating func walk(_ node: Int, position: Int) {
      var node = node
      var position = position
      while true {
        let kinds = automaton.edgeKinds[node]
        if kinds.contains(.outputs) {
          let first = Int(automaton.outputStart[node])
          let last = Int(automaton.outputStart[node + 1])
          for index in first..<last {
            record(PhraseMatch(output: automaton.outputs[index], tokenStart: Int32(start), tokenEnd: Int32(position)))
          }
        }
        // Most inner nodes have one kind of edge (mostly words): follow that chain in a loop instead
        // of recursing. Nothing else leaves such a node, so matches come in the order of the recursion.
        let next: Int32
        switch liveEdges(kinds, at: position) {
        case []:
          return
        case .words:
          guard position < end else { return }
          let wordID = tokens[position].wordID
          guard wordID >= 0 else { return }
          next = automaton.child(node, word: wordID)
        case .sameAsPrevious:
          next = automaton.classEdge(node, .sameAsPrevious)
        case .anyWord:
          guard position < end && tokens[position].kind == .word else { return }
          next = automaton.classEdge(node, .anyWord)
        default:
          follow(node, skippingWords: false, position: position)
          return
        }
        guard next >= 0 else { return }
        node = Int(next)
        position += 1
      }
    }

    mutating func follow(_ node: Int, skippingWords: Bool, position: Int) {
      guard position < end else { return }
      let kinds = automaton.edgeKinds[node]
      let token = tokens[position]
      if kinds.contains(.words) && !skippingWords && token.wordID >= 0 {
        let next = automaton.child(node, word: token.wordID)
        if next >= 0 { walk(Int(next), position: position + 1) }
      }
      if kinds.contains(.prefixes) && token.prefixCount > 0 {
        let firstPrefix = Int(token.prefixStart)
        for offset in firstPrefix..<(firstPrefix + Int(token.prefixCount)) {
          let next = automaton.child(node, prefix: prefixIDs[offset])
          if next >= 0 { walk(Int(next), position: position + 1) }
        }
      }
      let classBase = node * FrozenAutomaton.classCount
      if !kinds.isDisjoint(with: EdgeKinds.classes(for: token.kind)) {
        switch token.kind {
        case .word:
          let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.anyWord.rawValue]
          if next >= 0 { walk(Int(next), position: position + 1) }
        case .number, .date, .year:
          let number = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.number.rawValue]
          if number >= 0 { walk(Int(number), position: position + 1) }
          if token.kind == .date {
            let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.date.rawValue]
            if next >= 0 { walk(Int(next), position: position + 1) }
          }
          if token.kind == .year {
            let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.year.rawValue]
            if next >= 0 { walk(Int(next), position: position + 1) }
          }
        case .email:
          let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.email.rawValue]
          if next >= 0 { walk(Int(next), position: position + 1) }
        case .url:
          let next = automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.url.rawValue]
          if next >= 0 { walk(Int(next), position: position + 1) }
        case .placeholder:
          break
        }
      }
      if kinds.contains(.sameAsPrevious) && repeatsPrevious(at: position) {
        walk(
          Int(automaton.classEdges[classBase + FrozenAutomaton.ClassEdge.sameAsPrevious.rawValue]),
          position: position + 1)
      }
      if kinds.contains(.gaps) && !skippingWords {
        let firstGap = Int(automaton.gapStart[node])
        let lastGap = Int(automaton.gapStart[node + 1])
        for gapIndex in firstGap..<lastGap {
          let gap = automaton.gaps[gapIndex]
          let after = Int(gap.node)
          let last = min(position + Int(gap.maximum), end - 1)
          if automaton.edgeKinds[after].intersection(.anyEdge) == .words {
            // Usually only words follow a gap: probe them here rather than call `follow` per skip.
            for landing in position...last {
              let wordID = tokens[landing].wordID
              guard wordID >= 0 else { continue }
              let next = automaton.child(after, word: wordID)
              if next >= 0 { walk(Int(next), position: landing + 1) }
            }
          } else {
            for landing in position...last {
              follow(after, skippingWords: false, position: landing)
            }
          }
        }
      }
    }
  }
}
