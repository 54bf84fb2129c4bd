import Foundation

/// How a path written by the user (on the command line, in `.klarsvar.json`, in the editor's settings)
/// becomes a file location: the one rule every front end follows.
package enum WorkspacePath {
  /// `path` as a file URL: absolute paths as they are, `~` and `~/…` in the user's home (as a shell
  /// would have it), anything else relative to `base`.
  package static func resolve(_ path: String, against base: URL) -> URL {
    if path == "~" || path.hasPrefix("~/") {
      return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(String(path.dropFirst(2)))
    }
    return path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
  }

  /// The folder relative paths given to a command are resolved against.
  package static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
}
