import KlarsvarText

extension PhraseParser {
  /// Phrases, pieces and elements seen before, keyed by UTF-8 bytes (hashing a String normalises it).
  ///
  /// Words repeat across thousands of phrases, and a shared lexicon (time anchors, cues) is spliced
  /// into many rules. Elements get small ids so expansions are built and compared as integers.
  package struct Cache {
    /// The classes, then `.gap(1)` … `.gap(maximumGap)`; words and prefixes follow as they come.
    static let fixedElements: [PhraseElement] =
      [.number, .date, .year, .anyWord, .sameAsPrevious, .email, .url] + (1...maximumGap).map { .gap($0) }
    static let sameAsPreviousID: Int32 = 4
    static let firstGapID: Int32 = 7

    private var phraseKeys = Vocabulary()
    private var phrases: [[ExpandedPhrase]] = []
    private var pieceKeys = Vocabulary()
    private var pieceEnds: [Int] = []
    /// Element ids of all cached pieces, end to end.
    private(set) var pieceElements: [Int32] = []
    private var wordKeys = Vocabulary()
    private var wordIDs: [Int32] = []
    private var prefixKeys = Vocabulary()
    private var prefixIDs: [Int32] = []
    private var elements = Cache.fixedElements

    package init() {}

    static func isGap(_ id: Int32) -> Bool { id >= firstGapID && id < firstGapID + Int32(maximumGap) }

    static func gapID(_ count: Int) -> Int32 { firstGapID + Int32(count - 1) }

    func phrase(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> [ExpandedPhrase]? {
      phraseKeys.lookup(hash: hash, bytes: bytes).map { phrases[Int($0)] }
    }

    mutating func store(phrase bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ expansions: [ExpandedPhrase]) {
      _ = phraseKeys.insert(bytes, hash: hash)
      phrases.append(expansions)
    }

    /// Where a cached piece's element ids are in `pieceElements`.
    func piece(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Range<Int>? {
      guard let id = pieceKeys.lookup(hash: hash, bytes: bytes).map(Int.init) else { return nil }
      return (id == 0 ? 0 : pieceEnds[id - 1])..<pieceEnds[id]
    }

    mutating func store(piece bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ ids: some Collection<Int32>)
      -> Range<Int>
    {
      _ = pieceKeys.insert(bytes, hash: hash)
      let start = pieceElements.count
      pieceElements.append(contentsOf: ids)
      pieceEnds.append(pieceElements.count)
      return start..<pieceElements.count
    }

    /// The id of `.word` (or `.prefix`) of folded UTF-8 bytes.
    mutating func id(folded bytes: UnsafeBufferPointer<UInt8>, prefix: Bool) -> Int32 {
      let hash = Vocabulary.hash(bytes)
      if prefix {
        if let known = prefixKeys.lookup(hash: hash, bytes: bytes) { return prefixIDs[Int(known)] }
        _ = prefixKeys.insert(bytes, hash: hash)
        prefixIDs.append(Int32(elements.count))
        elements.append(.prefix(String(decoding: bytes, as: UTF8.self)))
      } else {
        if let known = wordKeys.lookup(hash: hash, bytes: bytes) { return wordIDs[Int(known)] }
        _ = wordKeys.insert(bytes, hash: hash)
        wordIDs.append(Int32(elements.count))
        elements.append(.word(String(decoding: bytes, as: UTF8.self)))
      }
      return Int32(elements.count - 1)
    }

    mutating func id(of element: PhraseElement) -> Int32 {
      switch element {
      case .number: return 0
      case .date: return 1
      case .year: return 2
      case .anyWord: return 3
      case .sameAsPrevious: return Self.sameAsPreviousID
      case .email: return 5
      case .url: return 6
      case .gap(let count):
        // The parser only makes gaps of 1 … maximumGap.
        return Self.gapID(count)
      case .word(let text), .prefix(let text):
        var text = text
        let isPrefix = if case .prefix = element { true } else { false }
        return text.withUTF8 { id(folded: $0, prefix: isPrefix) }
      }
    }

    func expanded(_ ids: ArraySlice<Int32>, choice: Int) -> ExpandedPhrase {
      var expanded: [PhraseElement] = []
      expanded.reserveCapacity(ids.count)
      for id in ids { expanded.append(elements[Int(id)]) }
      return ExpandedPhrase(elements: expanded, choice: choice)
    }
  }
}
