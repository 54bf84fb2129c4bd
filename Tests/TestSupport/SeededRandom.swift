/// A deterministic random number generator (SplitMix64), so randomised tests are reproducible.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

extension SeededRandom {
  /// A number in `0..<bound` (the plain remainder, so sequences stay what tests were written with).
  public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// `count` pieces picked at random and joined.
  public mutating func text(from pieces: [String], count: Int) -> String {
    (0..<count).map { _ in pieces[next(pieces.count)] }.joined()
  }
}
