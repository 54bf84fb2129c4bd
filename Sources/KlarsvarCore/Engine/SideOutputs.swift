/// A value a rule hands to reviewers besides its findings (e.g. every promise with its time anchor).
public protocol SideOutput: Sendable {
  /// Puts one document's values in the order readers see them.
  static func sort(_ values: inout [Self])
}

/// The side outputs of one lint, kept by their type: `sideOutputs[Commitment.self]`.
public struct SideOutputs: Sendable {
  /// Per type of value, the values as the rules produced them (an `[Output]`). Sorted when read: a
  /// lint produces them for every document, a reader asks for few.
  private var lists: [ObjectIdentifier: any Sendable] = [:]

  init() {}

  /// Every value of `type`, in the type's order (empty when no rule produced one).
  public subscript<Output: SideOutput>(type: Output.Type) -> [Output] {
    guard var values = lists[ObjectIdentifier(type)] as? [Output] else { return [] }
    Output.sort(&values)
    return values
  }

  /// Adds values after the ones of their type so far.
  mutating func append<Output: SideOutput>(_ values: [Output]) {
    // Most documents produce none: no table entry for them.
    guard !values.isEmpty else { return }
    let key = ObjectIdentifier(Output.self)
    // Taken out of the table first, so the list is extended in place rather than copied.
    guard var list = lists.removeValue(forKey: key) as? [Output] else {
      lists[key] = values
      return
    }
    list += values
    lists[key] = list
  }
}
