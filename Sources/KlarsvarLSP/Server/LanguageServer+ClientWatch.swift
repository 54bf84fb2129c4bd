import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Watching the client's process (`initialize`'s `processId`): when it is gone the server exits, even
/// if its standard input stays open (held by a process the editor started).
extension LanguageServer {
  func watchClientProcess(_ pid: Int) {
    guard pid > 0, pid <= Int(Int32.max), clientWatchTask == nil else { return }
    let interval = options.clientWatchInterval
    // Weak: a server nobody uses any more must not be kept alive by its watch.
    clientWatchTask = Task { [weak self] in
      while !Task.isCancelled {
        try? await Task.sleep(for: interval)
        guard !Task.isCancelled, let self else { return }
        if !ClientProcess.isAlive(Int32(pid)) {
          await self.clientProcessGone(pid)
          return
        }
      }
    }
  }

  private func clientProcessGone(_ pid: Int) {
    guard phase != .exited else { return }
    log("the client (process \(pid)) has ended; exiting", type: MessageType.warning)
    exit()
  }
}

/// Whether a process still runs.
enum ClientProcess {
  /// A process that exists and is not a zombie: an editor that died is a zombie until its parent reaps
  /// it, and `kill(pid, 0)` alone would still find it.
  static func isAlive(_ pid: Int32) -> Bool {
    if kill(pid, 0) != 0 && errno == ESRCH { return false }
    #if os(Linux)
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
      // "PID (name) STATE …": the name may hold spaces and parentheses, so the state follows the last ")".
      guard let close = stat.lastIndex(of: ")") else { return true }
      let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
      return state != "Z" && state != "X"
    #else
      return true
    #endif
  }
}
