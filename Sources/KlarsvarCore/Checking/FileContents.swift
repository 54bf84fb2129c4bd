#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file to check with one `open`, one `fstat` and a few `read`s: a FIFO or device is refused
/// before anything blocks on it, a file above the size limit before its bytes are read, and every
/// failure is a Swedish sentence.
package enum FileContents {
  /// Why a file's bytes were not read.
  package enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    case system(SystemError)
    /// A FIFO, device, socket or folder; the text says which.
    case notRegular(String)
    /// Above the limit; `size` is nil for a stream (standard input), whose size is not known.
    case tooLarge(size: Int?, limit: Int)

    package var description: String {
      switch self {
      case .system(let error): "kan inte läsa filen: \(error)"
      case .notRegular(let what): what
      case .tooLarge(let size, let limit):
        (size.map { "filen är \(ByteSize.text($0)), större än" } ?? "indata är större än")
          + " gränsen \(ByteSize.text(limit)); höj gränsen med --max-file-size om den ska granskas"
      }
    }
  }

  /// The bytes of the regular file at `path` (symbolic links followed), at most `limit` of them.
  package static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      // A socket cannot be opened at all (ENXIO): say what it is, as for a FIFO or a device.
      if errno == ENXIO { throw .notRegular(FileStatus.describeSpecial(path)) }
      throw .system(.current)
    }
    defer { close(descriptor) }
    let status: FileStatus
    do { status = try FileStatus.of(descriptor: descriptor) } catch { throw .system(error) }
    guard status.kind == .regular else { throw .notRegular(FileStatus.describeSpecial(path)) }
    guard status.size <= limit else { throw .tooLarge(size: status.size, limit: limit) }
    do { return try readAll(descriptor, expected: status.size, limit: limit) } catch {
      // The file grew past the limit while it was read.
      if case .tooLarge = error { throw .tooLarge(size: status.size, limit: limit) }
      throw error
    }
  }

  /// Everything left on an open descriptor (standard input), at most `limit` bytes.
  package static func readAll(_ descriptor: Int32, expected: Int = 64 * 1024, limit: Int) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(expected, limit) + 1)
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN { return try readBlocking(descriptor, into: bytes, limit: limit) }
        throw .system(.current)
      }
      bytes += chunk[..<count]
      // A file may grow while it is read; the limit holds for what is read, not only for its size.
      if bytes.count > limit { throw .tooLarge(size: nil, limit: limit) }
    }
    return bytes
  }

  /// A regular file never says "try again"; a descriptor that does is switched to blocking reads.
  private static func readBlocking(_ descriptor: Int32, into bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
    let flags = fcntl(descriptor, F_GETFL)
    _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
    return bytes + (try readAll(descriptor, expected: 0, limit: limit - bytes.count))
  }
}

/// File sizes as people read them: "20 MB", "1,5 kB" (decimal units, a decimal comma).
package enum ByteSize {
  package static func text(_ bytes: Int) -> String {
    let units: [(Int, String)] = [(1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")]
    for (size, name) in units where bytes >= size {
      let tenths = (bytes * 10 + size / 2) / size
      let whole = tenths / 10
      return tenths % 10 == 0 ? "\(whole) \(name)" : "\(whole),\(tenths % 10) \(name)"
    }
    return "\(bytes) byte"
  }

  /// `--max-file-size` values: a number of bytes, optionally followed by k, M or G (decimal) and B.
  package static func parse(_ text: String) -> Int? {
    var rest = Substring(text.lowercased())
    if rest.hasSuffix("b") { rest = rest.dropLast() }
    let factors: [Character: Int] = ["k": 1_000, "m": 1_000_000, "g": 1_000_000_000]
    var factor = 1
    if let last = rest.last, let unit = factors[last] {
      factor = unit
      rest = rest.dropLast()
    }
    guard let value = Int(rest), value > 0, value <= Int.max / factor else { return nil }
    return value * factor
  }
}

/// The C library's `read` (inside `FileContents` the name means its static method).
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
