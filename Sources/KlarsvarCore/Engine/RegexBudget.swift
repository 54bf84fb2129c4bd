import Foundation

/// How long each rule's regular expressions may run on one document, so a pattern that backtracks
/// without end (`(a+)+$` on a long run of a's) costs a bounded time instead of hanging the lint.
///
/// ICU calls back during a long match (`reportProgress`), where the search is stopped once the rule's
/// time is spent; the rule is then skipped for the document and the linter says so. The time is the
/// linting thread's CPU time, not the wall clock, so a busy machine does not stop sound rules. Time
/// rather than steps: Foundation's callback does not say whether ICU moved to the next start
/// position or backtracked inside one attempt, so steps cannot be told from the text's length.
///
/// - Important: Belongs to one lint on one thread, like `DocumentScratch`.
final class RegexBudget {
  /// The time per rule and document: 100 ms, and 10 ms more per 100 KB (1.1 s on 10 MB). A whole lint
  /// with every built-in rule takes under 0.1 ms per letter and about 10 ms per MB (BENCHMARKS.md),
  /// so one sound rule stays far below its limit.
  static func limit(forBytes bytes: Int) -> UInt64 {
    100_000_000 + UInt64(bytes / 100_000) * 10_000_000
  }

  /// Callbacks between two looks at the clock. ICU calls back once per start position and about every
  /// 10,000 steps of one match attempt; the thread's CPU clock is a system call (about 0.5 µs), which
  /// every 16th callback made 3–4 % of a whole lint. 256 callbacks are at most a few million steps,
  /// some milliseconds.
  private static let callbacksPerClockCheck = 256

  let limit: UInt64
  private var spent: [Int: UInt64] = [:]
  /// The rule whose searches are charged.
  private var current = -1
  /// Rules stopped for this document, in the order they ran out.
  private(set) var exhausted: [Int] = []

  /// What the user is told about a rule stopped on their document.
  func notice(ruleID: String) -> String {
    let milliseconds = limit / 1_000_000
    return
      "regeln \(ruleID) tog för lång tid och hoppades över: dess reguljära uttryck avbröts efter \(milliseconds) ms "
      + "på det här dokumentet (se över mönstret i regelpaketet)"
  }

  init(documentBytes: Int) {
    limit = Self.limit(forBytes: documentBytes)
  }

  /// Charges the following searches to rule `index`.
  func begin(rule index: Int) { current = index }

  /// Whether the current rule has run out of time on this document.
  var isExhausted: Bool { exhausted.last == current && current >= 0 }

  /// Runs one search, handing it a check to call from every ICU callback; true when the check said
  /// stop. Returns false when the search was stopped (its results must not be used).
  ///
  /// The clock is read only from the 256th callback on: a search that ends sooner has done a bounded
  /// amount of work, and most searches (a sentence, a prefilter hit) never get there.
  func run(_ search: (_ overTime: @escaping () -> Bool) -> Void) -> Bool {
    guard !isExhausted else { return false }
    let before = spent[current] ?? 0
    var start: UInt64?
    var callbacks = 0
    var stopped = false
    search { [limit] in
      callbacks &+= 1
      guard callbacks % Self.callbacksPerClockCheck == 0, !stopped else { return stopped }
      let now = Self.threadCPUTime()
      guard let start else {
        start = now
        return false
      }
      stopped = before + (now - start) > limit
      return stopped
    }
    if let start { spent[current] = before + (Self.threadCPUTime() - start) }
    if stopped { exhausted.append(current) }
    return !stopped
  }

  /// CPU time this thread has used, in nanoseconds: unlike the wall clock it does not run while the
  /// thread waits for a core, so a loaded machine does not make a sound rule look slow.
  static func threadCPUTime() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
