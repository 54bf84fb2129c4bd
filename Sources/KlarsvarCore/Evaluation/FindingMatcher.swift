import KlarsvarText

/// Pairs a draft's findings with its expected problems, per category.
///
/// A finding may pair with an expected item of the same category whose span overlaps it (a
/// document-level item pairs with any finding of its category). Every expected item and every
/// finding is used at most once; among the valid pairings the largest is chosen (augmenting
/// paths), so one greedy choice never costs another finding its partner.
public enum FindingMatcher {
  /// An expected item with its resolved range (nil for document-level items).
  public struct Target: Sendable, Hashable {
    public var expected: ExpectedFinding
    public var range: TextRange?

    public init(expected: ExpectedFinding, range: TextRange?) {
      self.expected = expected
      self.range = range
    }
  }

  /// A finding as the matcher sees it.
  public struct Candidate: Sendable, Hashable {
    public var category: RuleCategory
    public var range: TextRange

    public init(category: RuleCategory, range: TextRange) {
      self.category = category
      self.range = range
    }
  }

  /// `pairs[i]` is the index of the target paired with candidate `i`, or nil.
  public static func match(_ candidates: [Candidate], _ targets: [Target]) -> [Int?] {
    let edges = candidates.map { candidate in
      targets.indices.filter { accepts(targets[$0], candidate) }
    }
    var ownerOfTarget = [Int?](repeating: nil, count: targets.count)
    for candidate in candidates.indices {
      var visited = [Bool](repeating: false, count: targets.count)
      _ = augment(candidate, edges, &ownerOfTarget, &visited)
    }
    var pairs = [Int?](repeating: nil, count: candidates.count)
    for (target, owner) in ownerOfTarget.enumerated() {
      if let owner { pairs[owner] = target }
    }
    return pairs
  }

  static func accepts(_ target: Target, _ candidate: Candidate) -> Bool {
    guard target.expected.category == candidate.category else { return false }
    guard let range = target.range else { return true }
    return overlaps(range, candidate.range)
  }

  /// Overlap that also counts an empty finding range sitting inside the span.
  static func overlaps(_ a: TextRange, _ b: TextRange) -> Bool {
    if b.isEmpty { return a.lowerBound <= b.lowerBound && b.lowerBound <= a.upperBound }
    return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
  }

  private static func augment(_ candidate: Int, _ edges: [[Int]], _ owner: inout [Int?], _ visited: inout [Bool])
    -> Bool
  {
    for target in edges[candidate] where !visited[target] {
      visited[target] = true
      if let current = owner[target] {
        if augment(current, edges, &owner, &visited) {
          owner[target] = candidate
          return true
        }
      } else {
        owner[target] = candidate
        return true
      }
    }
    return false
  }
}
