import Foundation

/// Resident memory of a process, from `/proc/PID/status` (Linux) or `getrusage` (macOS, this process
/// only).
enum ProcessMemory {
  static var peakResidentBytes: Int? {
    #if os(Linux)
      peakResidentBytes(ofProcess: nil)
    #else
      var usage = rusage()
      guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
      return Int(usage.ru_maxrss)
    #endif
  }

  /// The kernel's high-water mark (VmHWM) of process `pid`, or of this process when nil; Linux only.
  static func peakResidentBytes(ofProcess pid: Int32?) -> Int? {
    statusBytes("VmHWM:", ofProcess: pid)
  }

  /// What process `pid` holds in memory now (VmRSS): unlike the high-water mark it falls again, so a
  /// series of samples shows whether memory grows; Linux only.
  static func residentBytes(ofProcess pid: Int32) -> Int? {
    statusBytes("VmRSS:", ofProcess: pid)
  }

  private static func statusBytes(_ field: String, ofProcess pid: Int32?) -> Int? {
    let path = "/proc/\(pid.map(String.init) ?? "self")/status"
    guard let status = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
      return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
    }
    return nil
  }
}
