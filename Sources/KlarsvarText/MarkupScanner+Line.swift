extension MarkupScanner {
  /// What the inline scan of one line learns once and reuses, so that no byte of a line is searched
  /// again for every opening delimiter: 100,000 `[[` without a `]]` took 14 s when each looked
  /// to the end of the line.
  struct LineMemory {
    /// Per placeholder delimiter: a search for its close from this offset on is known to fail.
    var placeholderMissFrom: [Int]
    /// The line's backtick runs, found the first time a backtick is met.
    var backticks: BacktickRuns?

    init(placeholders: Int) {
      placeholderMissFrom = Array(repeating: Int.max, count: placeholders)
    }
  }

  /// The runs of backticks on one line and, for each, the first later run at least as long: where a
  /// code span opened by the run would close (it closes there only when that run is exactly as long,
  /// as the scanner has always read it). Built with one pass and a stack.
  struct BacktickRuns {
    var starts: [Int] = []
    var lengths: [Int] = []
    /// Index of the first later run whose length is at least this one's, or -1.
    var nextAtLeastAsLong: [Int] = []
    /// The run the scanner reached last (offsets only grow along a line).
    var cursor = 0

    init(_ bytes: [UInt8], from start: Int, to end: Int) {
      var index = start
      while index < end {
        guard bytes[index] == UInt8(ascii: "`") else {
          index += 1
          continue
        }
        let runStart = index
        while index < end && bytes[index] == UInt8(ascii: "`") { index += 1 }
        starts.append(runStart)
        lengths.append(index - runStart)
      }
      nextAtLeastAsLong = Array(repeating: -1, count: starts.count)
      var open: [Int] = []
      for run in starts.indices {
        while let last = open.last, lengths[last] <= lengths[run] {
          nextAtLeastAsLong[last] = run
          open.removeLast()
        }
        open.append(run)
      }
    }

    /// For a run of `length` backticks starting at `offset`: the end of the code span it opens, or
    /// nil when it opens none. Offsets asked for must not decrease.
    mutating func codeSpanEnd(openingAt offset: Int, length: Int) -> Int? {
      while cursor < starts.count && starts[cursor] < offset { cursor += 1 }
      var next: Int
      if cursor < starts.count && starts[cursor] == offset && lengths[cursor] == length {
        next = nextAtLeastAsLong[cursor]
      } else {
        // The scan landed inside a run (a construct ended in it): look for the first long enough run.
        next = cursor < starts.count && starts[cursor] == offset ? cursor + 1 : cursor
        while next < starts.count && lengths[next] < length { next += 1 }
        if next == starts.count { next = -1 }
      }
      guard next >= 0, lengths[next] == length else { return nil }
      return starts[next] + length
    }
  }
}
