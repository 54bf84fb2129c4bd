import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `klarsvar` executable built beside this benchmark, started the way a user starts it.
enum KlarsvarProcess {
  /// `klarsvar` in the folder of this executable (both are products of the same build).
  static var url: URL {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return me.deletingLastPathComponent().appendingPathComponent("klarsvar")
  }

  /// Starts `klarsvar ARGUMENTS` with its output discarded and waits; false when it could not be started.
  static func run(_ arguments: [String]) -> Bool {
    spawnAndWait(url.path, arguments)
  }

  /// The peak resident set of `klarsvar ARGUMENTS` in bytes, as `/usr/bin/time` reports it; nil
  /// without that tool.
  ///
  /// Not from `wait4`: a child spawned from this process shares its memory until `exec`, and Linux
  /// counts that memory in the child's maximum, which would report the benchmark's own corpus.
  static func peakResidentBytes(_ arguments: [String]) -> Int? {
    let time = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent(
      "klarsvar-bench-rss-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: report) }
    guard spawnAndWait(time, ["-f", "%M", "-o", report.path, url.path] + arguments),
      let text = try? String(contentsOf: report, encoding: .utf8),
      let kilobytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    return kilobytes * 1024
  }

  /// posix_spawn (Foundation's Process adds tens of milliseconds), output discarded, then waitpid.
  private static func spawnAndWait(_ path: String, _ arguments: [String]) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    return waitpid(pid, &status, 0) == pid
  }
}
