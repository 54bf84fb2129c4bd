/// How the server runs; the defaults suit editors, tests shorten or lengthen the intervals.
public struct ServerOptions: Sendable {
  /// Edits that arrive within this interval after a lint started are coalesced into one trailing lint.
  public var debounce: Duration = .milliseconds(40)
  /// How often rule-pack and `.klarsvar.json` files are checked when the client cannot watch files.
  public var pollInterval: Duration = .seconds(2)
  /// How long lints wait for the client's answer to `workspace/configuration` before going on with the
  /// settings so far.
  public var settingsTimeout: Duration = .seconds(2)
  /// How often the client's process (`initialize`'s `processId`) is checked.
  public var clientWatchInterval: Duration = .seconds(2)
  /// Load the rule packs built into the binary.
  public var includeBuiltInRules = true
  /// Also write log lines to standard error (they always go to `window/logMessage`).
  public var logToStandardError = true

  public init() {}
}
