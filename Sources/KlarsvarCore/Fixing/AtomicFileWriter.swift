import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents atomically: the new bytes go to a temporary file in the same folder,
/// which gets the original's owner, group and permissions and is then renamed over it, so a reader
/// sees either the old or the new file, never half of one. A symbolic link is followed and its
/// target replaced.
///
/// Only a regular file is replaced (or a new one created): a device, FIFO, socket or folder is
/// refused, since renaming over `/dev/stdout` would turn it into a file for every process. A file
/// with several hard links is refused (a rename would split them without a word), and so is one
/// whose contents are no longer what the caller read: nothing written in the meantime is lost.
public enum AtomicFileWriter {
  public enum WriteError: Error, CustomStringConvertible, Equatable {
    case notRegularFile(path: String, what: String)
    case hardLinks(path: String, count: Int)
    case changedSinceRead(path: String)
    case cannotKeepOwner(path: String, reason: String)
    case cannotWriteTemporary(path: String, reason: String)
    case cannotRename(path: String, reason: String)

    public var description: String {
      switch self {
      case .notRegularFile(let path, let what): "\(path): skrivs inte: \(what)"
      case .hardLinks(let path, let count):
        "\(path): skrivs inte: filen har \(count) hårda länkar, och en ersättning skulle skilja dem åt; "
          + "ändra den för hand"
      case .changedSinceRead(let path):
        "\(path): skrivs inte: filen ändrades efter granskningen (ingenting av ändringen går förlorat); kör igen"
      case .cannotKeepOwner(let path, let reason):
        "\(path): skrivs inte: filens ägare och grupp kan inte behållas (\(reason))"
      case .cannotWriteTemporary(let path, let reason): "\(path): kan inte skriva en temporär fil bredvid: \(reason)"
      case .cannotRename(let path, let reason): "\(path): kan inte ersätta filen: \(reason)"
      }
    }
  }

  /// Writes `data` to `url`, replacing a regular file or creating a new one.
  ///
  /// - Parameter expected: the bytes the caller read from the file; when given, the file is compared
  ///   with them right before the rename and left alone if it changed.
  /// - Throws: `WriteError`, with the temporary file removed; the original is untouched.
  public static func write(_ data: Data, to url: URL, expected: [UInt8]? = nil) throws(WriteError) {
    let path = url.path
    let existing = try existingFile(at: path)
    let target = existing.map { _ in resolvedPath(path) } ?? path
    if let existing, existing.links > 1 { throw .hardLinks(path: path, count: existing.links) }
    let directory = (target as NSString).deletingLastPathComponent
    let temporary =
      (directory.isEmpty ? "." : directory)
      + "/.\((target as NSString).lastPathComponent).klarsvar-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    do {
      try writeTemporary(data, to: temporary, like: existing, path: path)
      if let expected, let existing {
        guard unchanged(target, expected: expected, identity: existing.identity) else {
          throw WriteError.changedSinceRead(path: path)
        }
      }
      guard rename(temporary, target) == 0 else {
        throw WriteError.cannotRename(path: path, reason: "\(SystemError.current)")
      }
    } catch {
      unlink(temporary)
      throw error as! WriteError
    }
  }

  /// The regular file at `path` (following links), nil when nothing is there; anything else is refused.
  private static func existingFile(at path: String) throws(WriteError) -> FileStatus? {
    do {
      let status = try FileStatus.of(path)
      guard status.kind == .regular else {
        throw WriteError.notRegularFile(path: path, what: FileStatus.describeSpecial(path))
      }
      return status
    } catch let error as SystemError where error.code == ENOENT {
      // A dangling link would be replaced by a file, losing the link: refused like a special file.
      if (try? FileStatus.ofLink(path))?.kind == .symbolicLink {
        throw .notRegularFile(path: path, what: "en symbolisk länk till något som inte finns")
      }
      return nil
    } catch let error as SystemError {
      throw .cannotWriteTemporary(path: path, reason: error.description)
    } catch {
      throw error as! WriteError
    }
  }

  /// The file a path names once every symbolic link is followed.
  private static func resolvedPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Writes and flushes the temporary file with the original's owner, group and permissions (or,
  /// for a new file, the permissions the umask allows).
  private static func writeTemporary(_ data: Data, to temporary: String, like original: FileStatus?, path: String)
    throws(WriteError)
  {
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .cannotWriteTemporary(path: path, reason: "\(SystemError.current)") }
    defer { close(descriptor) }
    let failure: SystemError? = data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return .current
        }
        offset += written
      }
      return nil
    }
    if let failure { throw .cannotWriteTemporary(path: path, reason: failure.description) }
    if let original {
      let mine = try? FileStatus.of(descriptor: descriptor)
      if mine?.owner != original.owner || mine?.group != original.group,
        fchown(descriptor, original.owner, original.group) != 0
      {
        throw .cannotKeepOwner(path: path, reason: "\(SystemError.current)")
      }
    }
    let mode = original.map { mode_t($0.permissions) } ?? (0o666 & ~currentUmask())
    guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
      throw .cannotWriteTemporary(path: path, reason: "\(SystemError.current)")
    }
  }

  /// Whether the file is still the one that was read, with the same bytes.
  private static func unchanged(_ path: String, expected: [UInt8], identity: FileStatus.Identity) -> Bool {
    guard let now = try? FileStatus.of(path), now.identity == identity, now.size == expected.count,
      let bytes = try? FileContents.read(path, limit: expected.count)
    else { return false }
    return bytes == expected
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

/// The C library's `write` (inside `AtomicFileWriter` the name means its static method).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
