import KlarsvarText

/// Which kinds of edge (and whether outputs) a frozen automaton node has. Most nodes have only
/// word edges or are leaves, so the walk tests one mask instead of probing every table.
struct EdgeKinds: OptionSet, Sendable {
  let rawValue: UInt16

  static let words = EdgeKinds(rawValue: 1 << 0)
  static let prefixes = EdgeKinds(rawValue: 1 << 1)
  static let number = EdgeKinds(rawValue: 1 << 2)
  static let date = EdgeKinds(rawValue: 1 << 3)
  static let year = EdgeKinds(rawValue: 1 << 4)
  static let anyWord = EdgeKinds(rawValue: 1 << 5)
  static let sameAsPrevious = EdgeKinds(rawValue: 1 << 6)
  static let email = EdgeKinds(rawValue: 1 << 7)
  static let url = EdgeKinds(rawValue: 1 << 8)
  static let gaps = EdgeKinds(rawValue: 1 << 9)
  static let outputs = EdgeKinds(rawValue: 1 << 10)

  /// Every kind of edge a walk can leave a node by.
  static let anyEdge: EdgeKinds = [
    .words, .prefixes, .number, .date, .year, .anyWord, .sameAsPrevious, .email, .url, .gaps,
  ]

  /// The class edges a token of this kind can take.
  @inline(__always)
  static func classes(for kind: Token.Kind) -> EdgeKinds {
    switch kind {
    case .word: .anyWord
    case .number: .number
    case .date: [.number, .date]
    case .year: [.number, .year]
    case .email: .email
    case .url: .url
    case .placeholder: []
    }
  }

  /// The mask of a node as the trie builds it.
  init(_ node: PhraseAutomaton.Node) {
    var kinds: EdgeKinds = []
    if !node.words.isEmpty { kinds.insert(.words) }
    if !node.prefixes.isEmpty { kinds.insert(.prefixes) }
    if node.number >= 0 { kinds.insert(.number) }
    if node.date >= 0 { kinds.insert(.date) }
    if node.year >= 0 { kinds.insert(.year) }
    if node.anyWord >= 0 { kinds.insert(.anyWord) }
    if node.sameAsPrevious >= 0 { kinds.insert(.sameAsPrevious) }
    if node.email >= 0 { kinds.insert(.email) }
    if node.url >= 0 { kinds.insert(.url) }
    if !node.gaps.isEmpty { kinds.insert(.gaps) }
    if !node.outputs.isEmpty { kinds.insert(.outputs) }
    self = kinds
  }

  init(rawValue: UInt16) { self.rawValue = rawValue }
}
