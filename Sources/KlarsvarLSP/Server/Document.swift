import KlarsvarCore
import KlarsvarText

/// An open document: its current text and version, and the lint state that belongs to it.
struct Document {
  let uri: String
  var languageID: String
  var version: Int
  var source: SourceText
  /// The latest lint result and the version it was computed for.
  var result: LintedVersion?
  /// The version whose diagnostics were last published (nil: nothing published yet).
  var publishedVersion: Int?
  var schedule = LintSchedule()
  /// Requests waiting for a result of the current version, answered in arrival order.
  var waiters: [(LintedVersion?) -> Void] = []

  /// The result when it matches the current text and settings.
  var current: LintedVersion? {
    guard let result, result.version == version, result.generation == schedule.generation else { return nil }
    return result
  }
}

/// When a document is linted: at most one lint in flight, the next one no sooner than the debounce
/// interval after the last started, and always on the newest text.
struct LintSchedule {
  var inFlight = false
  var scheduled: Task<Void, Never>?
  var lastStart: ContinuousClock.Instant?
  /// Bumped when settings or rules change, so a result computed with the old ones is not reused.
  var generation = 0
}
