/// A unified diff (`diff -u` style, three lines of context) between two versions of a text, for
/// `--fix --dry-run`. Lines are compared with Myers' algorithm, so the work grows with the size of
/// the change, not the square of the file.
public enum UnifiedDiff {
  enum Operation: Equatable {
    case equal(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
  }

  /// The diff, or "" when the texts are equal.
  /// - Parameters:
  ///   - path: shown as `--- a/path` and `+++ b/path`.
  ///   - context: unchanged lines shown around each change.
  public static func make(old: String, new: String, path: String, context: Int = 3) -> String {
    let a = lines(old)
    let b = lines(new)
    let operations = diff(a, b)
    guard operations.contains(where: { if case .equal = $0 { false } else { true } }) else { return "" }
    var output = "--- a/\(path)\n+++ b/\(path)\n"
    for hunk in hunks(operations, context: context) {
      let olds = hunk.compactMap { op -> Int? in
        switch op {
        case .equal(let old, _), .delete(let old): old
        case .insert: nil
        }
      }
      let news = hunk.compactMap { op -> Int? in
        switch op {
        case .equal(_, let new), .insert(let new): new
        case .delete: nil
        }
      }
      let oldStart = olds.first.map { $0 + 1 } ?? startBefore(hunk, old: true)
      let newStart = news.first.map { $0 + 1 } ?? startBefore(hunk, old: false)
      output += "@@ -\(range(oldStart, olds.count)) +\(range(newStart, news.count)) @@\n"
      for op in hunk {
        switch op {
        case .equal(let old, _): output += line(" ", a[old])
        case .delete(let old): output += line("-", a[old])
        case .insert(let new): output += line("+", b[new])
        }
      }
    }
    return output
  }

  private static func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }

  /// The line number before an empty side of a hunk (diff's convention for zero-length ranges).
  private static func startBefore(_ hunk: [Operation], old: Bool) -> Int {
    for op in hunk {
      switch op {
      case .delete(let index) where !old: return index
      case .insert(let index) where old: return index
      default: continue
      }
    }
    return 0
  }

  private static func line(_ marker: String, _ text: Substring) -> String {
    text.hasSuffix("\n") ? marker + text : marker + text + "\n\\ No newline at end of file\n"
  }

  /// Lines with their terminators.
  static func lines(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == "\n" || text[index] == "\r\n" {
        result.append(text[start..<next])
        start = next
      }
      index = next
    }
    if start < text.endIndex { result.append(text[start...]) }
    return result
  }

  /// Myers' shortest edit script between two line arrays.
  static func diff(_ a: [Substring], _ b: [Substring]) -> [Operation] {
    let n = a.count
    let m = b.count
    let maximum = n + m
    let offset = maximum + 1
    var v = [Int](repeating: 0, count: 2 * maximum + 3)
    var trace: [[Int]] = []
    var found = -1
    search: for d in 0...maximum {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m {
          found = d
          break search
        }
      }
    }
    var operations: [Operation] = []
    var x = n
    var y = m
    var d = found
    while d > 0 {
      let v = trace[d]
      let k = x - y
      let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
      let previousX = v[offset + previousK]
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        operations.append(.equal(old: x - 1, new: y - 1))
        x -= 1
        y -= 1
      }
      if x == previousX {
        operations.append(.insert(new: y - 1))
        y -= 1
      } else {
        operations.append(.delete(old: x - 1))
        x -= 1
      }
      d -= 1
    }
    while x > 0, y > 0 {
      operations.append(.equal(old: x - 1, new: y - 1))
      x -= 1
      y -= 1
    }
    return operations.reversed()
  }

  /// Groups changes with up to `context` equal lines around them; nearby groups merge.
  private static func hunks(_ operations: [Operation], context: Int) -> [[Operation]] {
    let changed = operations.indices.filter { if case .equal = operations[$0] { false } else { true } }
    var hunks: [[Operation]] = []
    var start = max(0, changed[0] - context)
    var end = min(operations.count, changed[0] + context + 1)
    for index in changed.dropFirst() {
      if index - context <= end {
        end = min(operations.count, index + context + 1)
      } else {
        hunks.append(Array(operations[start..<end]))
        start = max(0, index - context)
        end = min(operations.count, index + context + 1)
      }
    }
    hunks.append(Array(operations[start..<end]))
    return hunks
  }
}
