#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The entries of one folder from `readdir`, with the kind the folder's own record gives (no `stat`
/// per entry unless the file system leaves the kind out).
struct DirectoryListing {
  struct Entry {
    var name: String
    var nameBytes: [UInt8]
    /// Nil when `readdir` did not say (some file systems); ask `lstat` then.
    var kind: FileStatus.Kind?
    var inode: UInt64
  }

  /// The entries of `path` except `.` and `..`, in the order the file system gives them.
  static func read(_ path: String) throws(SystemError) -> [Entry] {
    guard let directory = opendir(path) else { throw .current }
    defer { closedir(directory) }
    var entries: [Entry] = []
    while true {
      errno = 0
      guard let record = readdir(directory) else {
        if errno != 0 { throw .current }
        break
      }
      let nameBytes = withUnsafeBytes(of: &record.pointee.d_name) { raw -> [UInt8] in
        let bytes = raw.bindMemory(to: UInt8.self)
        return Array(bytes.prefix { $0 != 0 })
      }
      if nameBytes == [0x2E] || nameBytes == [0x2E, 0x2E] { continue }
      entries.append(
        Entry(
          name: String(decoding: nameBytes, as: UTF8.self), nameBytes: nameBytes, kind: kind(record.pointee.d_type),
          inode: UInt64(record.pointee.d_ino)))
    }
    return entries
  }

  private static func kind(_ type: UInt8) -> FileStatus.Kind? {
    switch Int32(type) {
    case Int32(DT_REG): .regular
    case Int32(DT_DIR): .directory
    case Int32(DT_LNK): .symbolicLink
    case Int32(DT_UNKNOWN): nil
    default: .special
    }
  }
}
