/// A half-open range of UTF-8 byte offsets into a document's original text.
///
/// Every finding and edit in the core is expressed in UTF-8 offsets; conversions to other units
/// happen only at the edges (see `SourceText`).
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  public var lowerBound: Int
  public var upperBound: Int

  public init(_ lowerBound: Int, _ upperBound: Int) {
    self.lowerBound = lowerBound
    self.upperBound = max(lowerBound, upperBound)
  }

  /// For bounds the caller knows to be in order.
  @inline(__always)
  init(ordered lowerBound: Int, _ upperBound: Int) {
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }

  public var length: Int { upperBound - lowerBound }
  public var isEmpty: Bool { lowerBound == upperBound }

  public func overlaps(_ other: TextRange) -> Bool {
    if isEmpty || other.isEmpty { return lowerBound == other.lowerBound }
    return lowerBound < other.upperBound && other.lowerBound < upperBound
  }

  public func contains(_ other: TextRange) -> Bool {
    lowerBound <= other.lowerBound && other.upperBound <= upperBound
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.lowerBound, lhs.upperBound) < (rhs.lowerBound, rhs.upperBound)
  }
}
