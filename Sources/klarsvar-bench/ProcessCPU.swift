import Foundation

/// CPU time a process has used, from `/proc/PID/stat` (Linux): what a benchmark's child costs whatever
/// else the machine runs at the same time.
enum ProcessCPU {
  /// utime + stime of process `pid`, in clock ticks; 0 where `/proc` cannot be read.
  static func ticks(ofProcess pid: Int32) -> Int {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return 0 }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime field 14 and stime field 15 (1-based).
    guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
    return user + system
  }

  /// Milliseconds of CPU in `ticks` clock ticks.
  static func milliseconds(_ ticks: Int) -> Double {
    Double(ticks) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
  }
}
