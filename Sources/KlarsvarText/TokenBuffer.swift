/// Tokens under construction, appended without Array's uniqueness and capacity checks: first into
/// the uninitialized storage of the array that will hold them, then, if that fills, into a buffer of ours.
struct TokenBuffer {
  private var base: UnsafeMutablePointer<Token>
  private var capacity: Int
  private(set) var count = 0
  /// Whether `base` was allocated here (the array's storage was outgrown).
  private var ownsStorage = false

  init(storage: UnsafeMutableBufferPointer<Token>) {
    base = storage.baseAddress!
    capacity = storage.count
  }

  subscript(index: Int) -> Token {
    get {
      precondition(index >= 0 && index < count)
      return base[index]
    }
    set {
      precondition(index >= 0 && index < count)
      base[index] = newValue
    }
  }

  @inline(__always)
  mutating func append(_ token: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: token)
    count &+= 1
  }

  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: max(16, capacity * 2))
    larger.moveInitialize(from: base, count: count)
    if ownsStorage { base.deallocate() }
    base = larger
    capacity = max(16, capacity * 2)
    ownsStorage = true
  }

  /// The number of tokens left in the array's storage; if they had to move, 0, and the tokens are
  /// returned in `outgrown` instead. The buffer must not be used afterwards.
  mutating func finish(outgrown: inout [Token]?) -> Int {
    guard ownsStorage else { return count }
    outgrown = Array(UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
    count = 0
    return 0
  }
}
