import Foundation

/// Opens a URL in the user's browser where the platform has a way (`open` on macOS, `xdg-open` on
/// Linux desktops).
package enum BrowserOpener {
  /// - Returns: false when there is no opener or it could not be started (the user opens the URL).
  package static func open(_ url: String) -> Bool {
    #if os(macOS)
      let candidates = ["/usr/bin/open"]
    #else
      let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open"]
    #endif
    guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      return false
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = [url]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return (try? process.run()) != nil
  }
}
