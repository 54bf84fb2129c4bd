import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents atomically: the new bytes go to a temporary file in the same folder,
/// which gets the original's permissions and is then renamed over it, so a reader sees either the
/// old or the new file, never half of one. A symbolic link is followed and its target replaced.
public enum AtomicFileWriter {
  public enum WriteError: Error, CustomStringConvertible, Equatable {
    case cannotWriteTemporary(path: String, reason: String)
    case cannotRename(path: String, reason: String)

    public var description: String {
      switch self {
      case .cannotWriteTemporary(let path, let reason): "\(path): kan inte skriva en temporär fil bredvid: \(reason)"
      case .cannotRename(let path, let reason): "\(path): kan inte ersätta filen: \(reason)"
      }
    }
  }

  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let target = url.resolvingSymlinksInPath()
    let directory = target.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(target.lastPathComponent).klarsvar-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
    )
    let manager = FileManager.default
    let permissions = (try? manager.attributesOfItem(atPath: target.path))?[.posixPermissions] as? NSNumber
    do {
      try data.write(to: temporary, options: .withoutOverwriting)
      if let permissions { try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path) }
      let handle = try FileHandle(forWritingTo: temporary)
      try handle.synchronize()
      try handle.close()
    } catch {
      try? manager.removeItem(at: temporary)
      throw .cannotWriteTemporary(path: target.path, reason: error.localizedDescription)
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: temporary)
      throw .cannotRename(path: target.path, reason: reason)
    }
  }
}
