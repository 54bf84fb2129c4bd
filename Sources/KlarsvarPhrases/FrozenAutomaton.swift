/// The phrase trie flattened into tables for matching: one open-addressing table for all word and
/// prefix edges, flat class edges, outputs and gaps. No dictionaries, no bounds checks and no
/// reference counting in the hot loop.
struct FrozenAutomaton: Sendable {
  /// Class edges per node, in this order.
  enum ClassEdge: Int, CaseIterable {
    case number, date, year, anyWord, sameAsPrevious, email, url
  }

  static let prefixFlag: UInt64 = 1 << 31
  static let classCount = ClassEdge.allCases.count

  /// Where the tables live; every copy of the automaton shares them.
  fileprivate let tables: Tables
  /// The tables as plain pointers, valid while `tables` lives (see `withView`).
  private let view: View

  /// Copies of the tables, for inspection.
  var edgeKinds: [EdgeKinds] { Array(tables.edgeKinds) }
  var outputStart: [Int32] { Array(tables.outputStart) }
  var gapStart: [Int32] { Array(tables.gapStart) }

  /// Runs `body` with pointers into the tables, kept alive meanwhile: the walk reads them with no
  /// bounds checks and no reference counting.
  func withView<Result>(_ body: (View) -> Result) -> Result {
    withExtendedLifetime(tables) { body(view) }
  }

  struct Gap: Sendable {
    var maximum: Int32
    var node: Int32
  }

  init() { self.init(nodes: [], wordCount: 0) }

  init(nodes: [PhraseAutomaton.Node], wordCount: Int) {
    var edgeCount = 0
    for node in nodes { edgeCount += node.words.count + node.prefixes.count }
    var capacity = 16
    while capacity < edgeCount * 2 { capacity <<= 1 }
    var keys = Array(repeating: UInt64.max, count: capacity)
    var values = [Int32](repeating: -1, count: capacity)
    let shift = UInt64(64 - capacity.trailingZeroBitCount)
    func insert(_ key: UInt64, _ value: Int32) {
      var index = Self.slot(key, shift)
      while keys[index] != UInt64.max { index = (index + 1) & (capacity - 1) }
      keys[index] = key
      values[index] = value
    }
    var classEdges: [Int32] = []
    var outputStart: [Int32] = []
    var outputs: [PhraseOutput] = []
    var gapStart: [Int32] = []
    var gaps: [Gap] = []
    var edgeKinds: [EdgeKinds] = []
    var wordSignatures: [UInt64] = []
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
      gaps += node.gaps.map { Gap(maximum: Int32($0.maximum), node: $0.node) }
      edgeKinds.append(EdgeKinds(node))
      wordSignatures.append(node.words.reduce(0) { $0 | Self.signatureBit($1.word) })
    }
    outputStart.append(Int32(outputs.count))
    gapStart.append(Int32(gaps.count))
    var rootByWord = [Int32](repeating: -1, count: nodes.isEmpty ? 0 : wordCount)
    if let root = nodes.first {
      for (word, child) in root.words { rootByWord[Int(word)] = child }
    }
    tables = Tables(
      keys: keys, values: values, classEdges: classEdges, outputStart: outputStart, outputs: outputs,
      gapStart: gapStart, gaps: gaps, edgeKinds: edgeKinds, wordSignatures: wordSignatures, rootByWord: rootByWord)
    view = View(tables, mask: capacity - 1, shift: shift)
  }

  /// The tables' memory, allocated once when the automaton is frozen and never written after.
  fileprivate final class Tables: @unchecked Sendable {
    let keys: UnsafeMutableBufferPointer<UInt64>
    let values: UnsafeMutableBufferPointer<Int32>
    let classEdges: UnsafeMutableBufferPointer<Int32>
    let outputStart: UnsafeMutableBufferPointer<Int32>
    let outputs: UnsafeMutableBufferPointer<PhraseOutput>
    let gapStart: UnsafeMutableBufferPointer<Int32>
    let gaps: UnsafeMutableBufferPointer<Gap>
    let edgeKinds: UnsafeMutableBufferPointer<EdgeKinds>
    let wordSignatures: UnsafeMutableBufferPointer<UInt64>
    let rootByWord: UnsafeMutableBufferPointer<Int32>

    init(
      keys: [UInt64], values: [Int32], classEdges: [Int32], outputStart: [Int32], outputs: [PhraseOutput],
      gapStart: [Int32], gaps: [Gap], edgeKinds: [EdgeKinds], wordSignatures: [UInt64], rootByWord: [Int32]
    ) {
      func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return buffer
      }
      self.keys = copy(keys)
      self.values = copy(values)
      self.classEdges = copy(classEdges)
      self.outputStart = copy(outputStart)
      self.outputs = copy(outputs)
      self.gapStart = copy(gapStart)
      self.gaps = copy(gaps)
      self.edgeKinds = copy(edgeKinds)
      self.wordSignatures = copy(wordSignatures)
      self.rootByWord = copy(rootByWord)
    }

    deinit {
      // All elements are trivial: nothing to deinitialize.
      keys.deallocate()
      values.deallocate()
      classEdges.deallocate()
      outputStart.deallocate()
      outputs.deallocate()
      gapStart.deallocate()
      gaps.deallocate()
      edgeKinds.deallocate()
      wordSignatures.deallocate()
      rootByWord.deallocate()
    }
  }

  /// Read-only pointers into the tables with the hash table's geometry; trivial to copy.
  struct View: @unchecked Sendable {
    let keys: UnsafePointer<UInt64>
    let values: UnsafePointer<Int32>
    let classEdges: UnsafeBufferPointer<Int32>
    let outputStart: UnsafeBufferPointer<Int32>
    let outputs: UnsafeBufferPointer<PhraseOutput>
    let gapStart: UnsafeBufferPointer<Int32>
    let gaps: UnsafeBufferPointer<Gap>
    let edgeKinds: UnsafeBufferPointer<EdgeKinds>
    let wordSignatures: UnsafeBufferPointer<UInt64>
    let rootByWord: UnsafeBufferPointer<Int32>
    let mask: Int
    /// 64 minus the table's bit count: slots come from the top bits of the multiplied key.
    let shift: UInt64

    fileprivate init(_ tables: Tables, mask: Int, shift: UInt64) {
      keys = UnsafePointer(tables.keys.baseAddress!)
      values = UnsafePointer(tables.values.baseAddress!)
      classEdges = UnsafeBufferPointer(tables.classEdges)
      outputStart = UnsafeBufferPointer(tables.outputStart)
      outputs = UnsafeBufferPointer(tables.outputs)
      gapStart = UnsafeBufferPointer(tables.gapStart)
      gaps = UnsafeBufferPointer(tables.gaps)
      edgeKinds = UnsafeBufferPointer(tables.edgeKinds)
      wordSignatures = UnsafeBufferPointer(tables.wordSignatures)
      rootByWord = UnsafeBufferPointer(tables.rootByWord)
      self.mask = mask
      self.shift = shift
    }

    @inline(__always)
    func child(_ node: Int, word: Int32) -> Int32 {
      guard wordSignatures[node] & FrozenAutomaton.signatureBit(word) != 0 else { return -1 }
      return lookup(FrozenAutomaton.key(node: node, label: UInt64(UInt32(bitPattern: word))))
    }

    @inline(__always)
    func child(_ node: Int, prefix: Int32) -> Int32 {
      lookup(FrozenAutomaton.key(node: node, label: UInt64(UInt32(bitPattern: prefix)) | FrozenAutomaton.prefixFlag))
    }

    /// Linear probing in a table at most half full, so an empty slot always ends the search.
    @inline(__always)
    private func lookup(_ key: UInt64) -> Int32 {
      var index = FrozenAutomaton.slot(key, shift)
      while true {
        let stored = keys[index]
        if stored == key { return values[index] }
        if stored == UInt64.max { return -1 }
        index = (index + 1) & mask
      }
    }

    @inline(__always)
    func classEdge(_ node: Int, _ edge: ClassEdge) -> Int32 {
      classEdges[node * FrozenAutomaton.classCount + edge.rawValue]
    }
  }

  @inline(__always)
  static func key(node: Int, label: UInt64) -> UInt64 { (UInt64(node) << 32) | label }

  /// Fibonacci hashing: the top bits of the product depend on every bit of the key, so edges of
  /// neighbouring nodes (which differ only in the key's high half) spread over the whole table.
  @inline(__always)
  static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  static func signatureBit(_ word: Int32) -> UInt64 { 1 << (UInt64(UInt32(bitPattern: word)) & 63) }

  func child(_ node: Int, word: Int32) -> Int32 { withView { $0.child(node, word: word) } }

  func child(_ node: Int, prefix: Int32) -> Int32 { withView { $0.child(node, prefix: prefix) } }

  func classEdge(_ node: Int, _ edge: ClassEdge) -> Int32 { withView { $0.classEdge(node, edge) } }
}
