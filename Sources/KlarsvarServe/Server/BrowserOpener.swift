import Foundation

/// Opens a URL in the user's browser where the platform has a way: the `BROWSER` environment variable
/// when set (the convention `xdg-open` and Python's `webbrowser` follow; `%s` stands for the URL), else
/// `open` on macOS and `xdg-open` on Linux desktops.
package enum BrowserOpener {
  /// - Returns: false when there is no opener or it could not be started (the user opens the URL).
  package static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    let process = Process()
    if let command = chosen(environment["BROWSER"]) {
      // The URL goes in as "$1", never into the command's text, so no character of it is run by the shell.
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let line = command.contains("%s") ? command.replacingOccurrences(of: "%s", with: "\"$1\"") : command + " \"$1\""
      process.arguments = ["-c", line, "klarsvar", url]
    } else {
      #if os(macOS)
        let candidates = ["/usr/bin/open"]
      #else
        let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
      #endif
      guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        return false
      }
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = [url]
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return (try? process.run()) != nil
  }

  /// The first command of `BROWSER` (a colon-separated list), nil when it names none.
  static func chosen(_ variable: String?) -> String? {
    let first = variable?.split(separator: ":").first.map { $0.trimmingCharacters(in: .whitespaces) }
    return first.flatMap { $0.isEmpty ? nil : $0 }
  }
}
