import Foundation

/// Expands the paths given on the command line into files, recursing into folders.
public struct FileDiscovery {
  public struct Result: Sendable {
    public var files: [InputFile] = []
    /// Paths that do not exist.
    public var missing: [String] = []
  }

  /// Files named explicitly are always taken; folders contribute files whose extension is accepted
  /// by `accepts` (`Workspace.accepts`: a checked extension, not ignored). Hidden folders (`.git`, `.build`) are not entered.
  public static func discover(
    _ paths: [String], currentDirectory: URL, accepts: (URL) -> Bool
  ) -> Result {
    var result = Result()
    var seen = Set<String>()
    let manager = FileManager.default
    for path in paths {
      let url = WorkspacePath.resolve(path, against: currentDirectory)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        result.missing.append(path)
        continue
      }
      if !isDirectory.boolValue {
        if seen.insert(url.standardizedFileURL.path).inserted {
          result.files.append(InputFile(displayPath: path, url: url.standardizedFileURL))
        }
        continue
      }
      var found: [(String, URL)] = []
      walk(url, display: path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found, accepts: accepts)
      for (display, file) in found.sorted(by: { $0.0 < $1.0 }) where seen.insert(file.path).inserted {
        result.files.append(InputFile(displayPath: display, url: file))
      }
    }
    return result
  }

  private static func walk(_ directory: URL, display: String, into found: inout [(String, URL)], accepts: (URL) -> Bool)
  {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
      let url = directory.appendingPathComponent(name).standardizedFileURL
      let shown = display == "." ? name : display + "/" + name
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        walk(url, display: shown, into: &found, accepts: accepts)
      } else if accepts(url) {
        found.append((shown, url))
      }
    }
  }
}
