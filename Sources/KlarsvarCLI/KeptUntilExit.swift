/// Values the process keeps until it exits: a command's compiled rule set and its results are
/// large object graphs, and releasing them one object at a time costs a one-letter check a few
/// milliseconds that the operating system saves by reclaiming the memory at once.
enum KeptUntilExit {
  nonisolated(unsafe) private static var values: [Any] = []

  /// Call from the main thread only.
  static func keep(_ value: Any) { values.append(value) }
}
