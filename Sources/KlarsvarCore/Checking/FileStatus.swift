#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one `stat` or `lstat` says about a path: the kind of file, its identity (device and inode)
/// and what `--fix` must keep (owner, group, mode) or refuse (more than one hard link).
package struct FileStatus: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    case regular, directory, symbolicLink
    /// A FIFO, socket or device: never read or written as a letter.
    case special
  }

  /// A file's identity on this machine, the same for every name it has.
  package struct Identity: Sendable, Hashable {
    package var device: UInt64
    package var inode: UInt64
  }

  package var kind: Kind
  package var identity: Identity
  package var size: Int
  package var links: Int
  package var owner: UInt32
  package var group: UInt32
  /// The permission bits (with set-user-id, set-group-id and sticky).
  package var permissions: UInt32

  init(_ status: stat) {
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .special
    }
    identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    size = Int(status.st_size)
    links = Int(status.st_nlink)
    owner = UInt32(status.st_uid)
    group = UInt32(status.st_gid)
    permissions = UInt32(status.st_mode & 0o7777)
  }

  /// The file `path` names, following symbolic links.
  package static func of(_ path: String) throws(SystemError) -> FileStatus {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .current }
    return FileStatus(status)
  }

  /// The path itself: a symbolic link is reported as one.
  package static func ofLink(_ path: String) throws(SystemError) -> FileStatus {
    var status = stat()
    guard lstat(path, &status) == 0 else { throw .current }
    return FileStatus(status)
  }

  /// An open file.
  package static func of(descriptor: Int32) throws(SystemError) -> FileStatus {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .current }
    return FileStatus(status)
  }

  /// "en namngiven pipe (FIFO)", "en enhet" …: what a special file is, for "inte en vanlig fil".
  package static func describeSpecial(_ path: String) -> String {
    var status = stat()
    guard stat(path, &status) == 0 else { return "inte en vanlig fil" }
    switch status.st_mode & S_IFMT {
    case S_IFIFO: return "inte en vanlig fil utan en namngiven pipe (FIFO)"
    case S_IFCHR, S_IFBLK: return "inte en vanlig fil utan en enhet"
    case S_IFSOCK: return "inte en vanlig fil utan en socket"
    case S_IFDIR: return "inte en vanlig fil utan en mapp"
    default: return "inte en vanlig fil"
    }
  }
}
