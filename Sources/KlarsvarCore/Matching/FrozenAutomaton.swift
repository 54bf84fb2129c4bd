/// The phrase trie flattened into arrays for matching: one open-addressing table for all word and
/// prefix edges, flat class edges, outputs and gaps. No dictionaries and no reference counting in
/// the hot loop.
struct FrozenAutomaton: Sendable {
  /// Class edges per node, in this order.
  enum ClassEdge: Int, CaseIterable {
    case number, date, year, anyWord, sameAsPrevious, email, url
  }

  static let prefixFlag: UInt64 = 1 << 31
  static let classCount = ClassEdge.allCases.count

  private var keys: [UInt64] = []
  private var values: [Int32] = []
  private var mask = 0
  /// 64 minus the table's bit count: slots come from the top bits of the multiplied key.
  private var shift: UInt64 = 63
  private(set) var classEdges: [Int32] = []
  private(set) var outputStart: [Int32] = []
  private(set) var outputs: [PhraseOutput] = []
  private(set) var gapStart: [Int32] = []
  private(set) var gaps: [(maximum: Int32, node: Int32)] = []
  private(set) var edgeKinds: [EdgeKinds] = []
  /// Per node, bit `word & 63` of every word edge: most probes are misses, and one test rejects
  /// nearly all of them before the hash table.
  private(set) var wordSignatures: [UInt64] = []
  private(set) var rootByWord: [Int32] = []

  init() {}

  init(nodes: [PhraseAutomaton.Node], wordCount: Int) {
    var edgeCount = 0
    for node in nodes { edgeCount += node.words.count + node.prefixes.count }
    var capacity = 16
    while capacity < edgeCount * 2 { capacity <<= 1 }
    keys = Array(repeating: UInt64.max, count: capacity)
    values = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    classEdges.reserveCapacity(nodes.count * Self.classCount)
    for (index, node) in nodes.enumerated() {
      for (word, child) in node.words { insert(Self.key(node: index, label: UInt64(UInt32(bitPattern: word))), child) }
      for (prefix, child) in node.prefixes {
        insert(Self.key(node: index, label: UInt64(UInt32(bitPattern: prefix)) | Self.prefixFlag), child)
      }
      classEdges += [node.number, node.date, node.year, node.anyWord, node.sameAsPrevious, node.email, node.url]
      outputStart.append(Int32(outputs.count))
      outputs += node.outputs
      gapStart.append(Int32(gaps.count))
      gaps += node.gaps.map { (Int32($0.maximum), $0.node) }
      edgeKinds.append(EdgeKinds(node))
      wordSignatures.append(node.words.reduce(0) { $0 | Self.signatureBit($1.word) })
    }
    outputStart.append(Int32(outputs.count))
    gapStart.append(Int32(gaps.count))
    rootByWord = Array(repeating: -1, count: wordCount)
    for (word, child) in nodes[0].words { rootByWord[Int(word)] = child }
  }

  @inline(__always)
  static func key(node: Int, label: UInt64) -> UInt64 { (UInt64(node) << 32) | label }

  /// Fibonacci hashing: the top bits of the product depend on every bit of the key, so edges of
  /// neighbouring nodes (which differ only in the key's high half) spread over the whole table.
  @inline(__always)
  static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func insert(_ key: UInt64, _ value: Int32) {
    var index = Self.slot(key, shift)
    while keys[index] != UInt64.max { index = (index + 1) & mask }
    keys[index] = key
    values[index] = value
  }

  @inline(__always)
  static func signatureBit(_ word: Int32) -> UInt64 { 1 << (UInt64(UInt32(bitPattern: word)) & 63) }

  @inline(__always)
  func child(_ node: Int, word: Int32) -> Int32 {
    guard wordSignatures[node] & Self.signatureBit(word) != 0 else { return -1 }
    return lookup(Self.key(node: node, label: UInt64(UInt32(bitPattern: word))))
  }

  @inline(__always)
  func child(_ node: Int, prefix: Int32) -> Int32 {
    lookup(Self.key(node: node, label: UInt64(UInt32(bitPattern: prefix)) | Self.prefixFlag))
  }

  @inline(__always)
  private func lookup(_ key: UInt64) -> Int32 {
    guard mask > 0 else { return -1 }
    var index = Self.slot(key, shift)
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == UInt64.max { return -1 }
      index = (index + 1) & mask
    }
  }

  @inline(__always)
  func classEdge(_ node: Int, _ edge: ClassEdge) -> Int32 { classEdges[node * Self.classCount + edge.rawValue] }
}
