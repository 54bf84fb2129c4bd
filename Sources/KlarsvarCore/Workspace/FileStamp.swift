import Foundation

/// A file's modification time and size as a comparable string ("missing" when absent): how front
/// ends notice that rule packs or configs changed without reading them.
package enum FileStamp {
  package static let missing = "missing"

  /// One `stat` call: `FileManager.attributesOfItem` also looks up owner and group names, which
  /// makes the language server's idle poll show up as CPU time.
  package static func of(_ path: String) -> String {
    var status = stat()
    guard stat(path, &status) == 0 else { return missing }
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return "\(modified.tv_sec).\(modified.tv_nsec)/\(status.st_size)"
  }
}
