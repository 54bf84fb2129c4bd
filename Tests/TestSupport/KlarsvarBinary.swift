import Foundation

/// Runs the built `klarsvar` executable with a time limit, capturing its output through files
/// (no pipe can fill up and block it).
public struct KlarsvarBinary {
  public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: Data

    /// The last non-empty line of standard output.
    public var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
  }

  public struct Missing: Error, CustomStringConvertible {
    public var searched: [String]
    public var description: String {
      "the klarsvar executable is not built next to the test bundle (looked in \(searched.joined(separator: ", "))); "
        + "run `swift build` first or set KLARSVAR_BINARY"
    }
  }

  public let url: URL

  /// The executable in the build products directory that holds the running tests (or `KLARSVAR_BINARY`).
  public static func locate() throws -> KlarsvarBinary {
    if let override = ProcessInfo.processInfo.environment["KLARSVAR_BINARY"] {
      return KlarsvarBinary(url: URL(fileURLWithPath: override))
    }
    var folders = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()]
    folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    if let found = first(in: folders) { return found }
    // Only where the runner is not beside the products (an .xctest bundle on macOS): asking for every
    // bundle leaks an array inside Foundation on Linux, which the address-sanitizer run would report.
    for bundle in [Bundle.main] + Bundle.allBundles + Bundle.allFrameworks {
      folders += [bundle.bundleURL.deletingLastPathComponent(), bundle.bundleURL]
    }
    guard let found = first(in: folders) else {
      throw Missing(searched: folders.map(\.standardizedFileURL.path))
    }
    return found
  }

  /// The first `klarsvar` executable in `folders` or up to three folders above one of them.
  private static func first(in folders: [URL]) -> KlarsvarBinary? {
    var seen = Set<String>()
    let unique = folders.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }
    // The test runner may sit a few folders below the products directory (an .xctest bundle on macOS).
    let candidates = unique.flatMap { folder in
      (0..<4).map { depth in
        (0..<depth).reduce(folder) { url, _ in url.deletingLastPathComponent() }.appendingPathComponent("klarsvar")
      }
    }
    let found = candidates.first { candidate in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
        && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: candidate.path)
    }
    return found.map(KlarsvarBinary.init(url:))
  }

  /// A run that did not end in time; the process was killed.
  public struct TimedOut: Error, CustomStringConvertible {
    public var description: String
  }

  /// Runs `klarsvar arguments…` in `directory`.
  ///
  /// - Throws: `TimedOut` after killing it when it runs longer than `timeout` seconds.
  public func run(
    _ arguments: [String], in directory: URL, stdin: Data? = nil, environment extra: [String: String] = [:],
    timeout: TimeInterval = 30
  ) throws -> Run {
    try Self.spawn(url, arguments, in: directory, stdin: stdin, environment: extra, timeout: timeout)
  }

  /// Spawns any executable the same way (used for `script`, which gives the binary a terminal).
  public static func spawn(
    _ executable: URL, _ arguments: [String], in directory: URL, stdin: Data?, environment extra: [String: String],
    timeout: TimeInterval
  ) throws -> Run {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    try (stdin ?? Data()).write(to: inURL)
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = try FileHandle(forReadingFrom: inURL)
    defer {
      try? out.close()
      try? err.close()
      try? input.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    // The runner's own colour settings would decide what the tests see.
    environment.removeValue(forKey: "NO_COLOR")
    environment.removeValue(forKey: "FORCE_COLOR")
    environment.merge(extra) { _, new in new }
    process.environment = environment
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(5_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw TimedOut(
        description: "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) ran longer than \(timeout) s")
    }
    process.waitUntilExit()
    let stdout = try contents(of: outURL)
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: try contents(of: errURL), as: UTF8.self), stdoutBytes: stdout)
  }

  /// A file's bytes. (`Data(contentsOf:)` leaks its read buffer for an empty file on Linux, which the
  /// address-sanitizer run would report.)
  private static func contents(of url: URL) throws -> Data {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return try handle.readToEnd() ?? Data()
  }
}
