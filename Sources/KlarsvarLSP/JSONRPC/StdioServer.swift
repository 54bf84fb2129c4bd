import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the server over standard input and output: frames only on stdout, logs on stderr.
public enum StdioServer {
  /// Serves until `exit` or end of input.
  ///
  /// - Returns: the process exit status: 0 after `shutdown` then `exit`, otherwise 1.
  public static func run(options: ServerOptions = ServerOptions()) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    let writer = FileDescriptorWriter(descriptor: STDOUT_FILENO)
    let finished = ExitSignal()
    let server = LanguageServer(options: options, send: { writer.write($0) }, onExit: { finished.signal($0) })
    let pump = MessagePump(server: server)
    let reader = Thread {
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 {
          pump.receive(buffer[0..<count])
        } else if count < 0 && errno == EINTR {
          continue
        } else {
          pump.close()
          return
        }
      }
    }
    reader.start()
    let status = withExtendedLifetime(server) { finished.wait() }
    // The server is released before the process ends, not left to the exit, so its lifetime stays
    // checkable: the address sanitizer's leak check runs at exit.
    pump.close()
    pump.waitUntilDrained()
    return status
  }
}

/// Writes whole buffers to a file descriptor, one writer at a time.
final class FileDescriptorWriter: @unchecked Sendable {
  private let descriptor: Int32
  private let lock = NSLock()

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  func write(_ data: Data) {
    lock.lock()
    defer { lock.unlock() }
    data.withUnsafeBytes { raw in
      guard var pointer = raw.baseAddress else { return }
      var remaining = raw.count
      while remaining > 0 {
        let written = Foundation.write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return  // the client went away; exit follows from end of input
        }
        remaining -= written
        pointer += written
      }
    }
  }
}

/// Blocks the main thread until the server reports its exit status.
final class ExitSignal: @unchecked Sendable {
  private let semaphore = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var status: Int32?

  func signal(_ value: Int32) {
    lock.lock()
    let first = status == nil
    if first { status = value }
    lock.unlock()
    if first { semaphore.signal() }
  }

  func wait() -> Int32 {
    semaphore.wait()
    lock.lock()
    defer { lock.unlock() }
    return status ?? 1
  }
}
