import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX socket calls the server makes, each returning a Swift value instead of -1 and errno.
enum Socket {
  /// Why a socket call failed, in Swedish with the system's own reason.
  struct Failure: Error, CustomStringConvertible {
    var description: String

    init(_ what: String, code: Int32 = errno) {
      description = "\(what): \(String(cString: strerror(code)))"
    }
  }

  #if canImport(Glibc)
    static let stream = Int32(SOCK_STREAM.rawValue)
  #else
    static let stream = SOCK_STREAM
  #endif

  /// A listening, non-blocking socket on `host` (an address or a name) and `port` (0: any free one).
  ///
  /// - Returns: the descriptor and the port actually bound.
  /// - Throws: `Failure` naming the address when no address of `host` can be bound.
  static func listen(host: String, port: UInt16, backlog: Int32 = 128) throws -> (descriptor: Int32, port: UInt16) {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = stream
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, String(port), &hints, &list)
    guard status == 0, let first = list else {
      throw Failure(description: "kan inte slå upp adressen \(host): \(String(cString: gai_strerror(status)))")
    }
    defer { freeaddrinfo(list) }
    var lastFailure = Failure(description: "ingen adress för \(host)")
    var entry: UnsafeMutablePointer<addrinfo>? = first
    while let info = entry {
      entry = info.pointee.ai_next
      let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
      guard descriptor >= 0 else {
        lastFailure = Failure("kan inte skapa en socket")
        continue
      }
      var yes: Int32 = 1
      setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
      guard bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0,
        systemListen(descriptor, backlog) == 0
      else {
        lastFailure = Failure("kan inte lyssna på \(host):\(port)")
        close(descriptor)
        continue
      }
      setNonBlocking(descriptor)
      return (descriptor, boundPort(descriptor) ?? port)
    }
    throw lastFailure
  }

  /// The local port of a bound socket.
  static func boundPort(_ descriptor: Int32) -> UInt16? {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let status = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard status == 0 else { return nil }
    return withUnsafePointer(to: &storage) { pointer -> UInt16? in
      switch Int32(pointer.pointee.ss_family) {
      case AF_INET:
        return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
      case AF_INET6:
        return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
          UInt16(bigEndian: $0.pointee.sin6_port)
        }
      default:
        return nil
      }
    }
  }

  /// The next waiting connection, non-blocking and without Nagle's delay; nil when none waits.
  static func accept(_ listener: Int32) -> Int32? {
    while true {
      #if canImport(Glibc)
        let descriptor = Glibc.accept(listener, nil, nil)
      #else
        let descriptor = Darwin.accept(listener, nil, nil)
      #endif
      if descriptor >= 0 {
        setNonBlocking(descriptor)
        var yes: Int32 = 1
        // Answers are written whole; waiting to coalesce them would only add latency.
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
          setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return descriptor
      }
      if errno == EINTR || errno == ECONNABORTED { continue }
      return nil
    }
  }

  static func setNonBlocking(_ descriptor: Int32) {
    let flags = fcntl(descriptor, F_GETFL, 0)
    _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
  }

  /// What a non-blocking read or write did.
  enum Transfer: Equatable {
    case bytes(Int)
    case wouldBlock
    /// The peer closed its side (read) or the connection broke (either).
    case closed
  }

  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Transfer {
    while true {
      #if canImport(Glibc)
        let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      #else
        let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
      #endif
      if count > 0 { return .bytes(count) }
      if count == 0 { return .closed }
      if errno == EINTR { continue }
      return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .closed
    }
  }

  static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Transfer {
    while true {
      #if canImport(Glibc)
        let count = send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
      #else
        let count = Darwin.write(descriptor, bytes.baseAddress, bytes.count)
      #endif
      if count >= 0 { return .bytes(count) }
      if errno == EINTR { continue }
      return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .closed
    }
  }

  /// Ends the sending side; the peer reads the end of the stream after what was sent.
  static func shutdownWrite(_ descriptor: Int32) {
    #if canImport(Glibc)
      _ = Glibc.shutdown(descriptor, Int32(SHUT_WR))
    #else
      _ = Darwin.shutdown(descriptor, SHUT_WR)
    #endif
  }

  static func close(_ descriptor: Int32) {
    #if canImport(Glibc)
      _ = Glibc.close(descriptor)
    #else
      _ = Darwin.close(descriptor)
    #endif
  }
}

extension Socket.Failure {
  init(description: String) {
    self.description = description
  }
}

/// `listen(2)`, which `Socket.listen` would otherwise shadow.
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
  #if canImport(Glibc)
    Glibc.listen(descriptor, backlog)
  #else
    Darwin.listen(descriptor, backlog)
  #endif
}
