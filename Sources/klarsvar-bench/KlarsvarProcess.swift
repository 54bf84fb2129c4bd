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

  /// Starts `klarsvar ARGUMENTS` with posix_spawn (Foundation's Process adds tens of milliseconds),
  /// output discarded, and waits. Returns the child's peak resident set in bytes, nil when it could
  /// not be started.
  static func run(_ arguments: [String]) -> Int? {
    let path = url.path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    // Linux reports ru_maxrss in kilobytes, macOS in bytes.
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024
    #else
      return Int(usage.ru_maxrss)
    #endif
  }
}
