/// A value a rule hands to reviewers besides its findings (e.g. every promise with its time anchor).
public protocol SideOutput: Sendable {
  /// Puts one document's values in the order readers see them; called once, after every rule ran.
  static func sort(_ values: inout [Self])
}

/// The side outputs of one lint, kept by their type: `sideOutputs[Commitment.self]`.
public struct SideOutputs: Sendable {
  private var lists: [ObjectIdentifier: any SideOutputList] = [:]

  init() {}

  /// Every value of `type`, in order (empty when no rule produced one).
  public subscript<Output: SideOutput>(type: Output.Type) -> [Output] {
    (lists[ObjectIdentifier(type)] as? TypedList<Output>)?.values ?? []
  }

  /// Adds values after the ones of their type so far.
  mutating func append<Output: SideOutput>(_ values: [Output]) {
    // Most documents produce none: no table entry for them.
    guard !values.isEmpty else { return }
    let key = ObjectIdentifier(Output.self)
    // Taken out of the table first, so the list is extended in place rather than copied.
    guard var list = lists.removeValue(forKey: key) as? TypedList<Output> else {
      lists[key] = TypedList(values: values)
      return
    }
    list.values += values
    lists[key] = list
  }

  /// Sorts each type's values as the type orders them.
  mutating func sortEach() {
    // By index into the values, which sorts each list in place (iterating the keys would hold on to
    // the table and copy it at the first change).
    var index = lists.values.startIndex
    while index != lists.values.endIndex {
      lists.values[index].sort()
      lists.values.formIndex(after: &index)
    }
  }
}

/// One type's values, sorted without knowing the type.
private protocol SideOutputList: Sendable {
  mutating func sort()
}

private struct TypedList<Output: SideOutput>: SideOutputList {
  var values: [Output]

  mutating func sort() { Output.sort(&values) }
}
