import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A blocking HTTP/1.1 client on one connection to a local server, as `klarsvar-bench` and the tests
/// talk to `klarsvar serve`: raw bytes out (so a test can send anything), whole responses back.
package final class LoopbackClient {
  package struct Response: Sendable {
    package var status: Int
    package var headers: HTTPHeaders
    package var body: Data

    package var text: String { String(decoding: body, as: UTF8.self) }
  }

  /// A connection or read that failed, or an answer that is not HTTP.
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
  }

  private let descriptor: Int32
  private var buffer: [UInt8] = []

  /// Connects to `127.0.0.1:port`; reads and writes give up after `timeout` seconds.
  package init(port: UInt16, timeout: Double = 10) throws {
    descriptor = socket(AF_INET, Socket.stream, 0)
    guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
    var limit = timeval()
    limit.tv_sec = .init(timeout.rounded(.down))
    limit.tv_usec = .init((timeout - timeout.rounded(.down)) * 1_000_000)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    var yes: Int32 = 1
    setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let status = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard status == 0 else {
      let reason = String(cString: strerror(errno))
      Socket.close(descriptor)
      throw Failure(description: "connect: \(reason)")
    }
  }

  deinit { Socket.close(descriptor) }

  /// Sends bytes as they are.
  package func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { Socket.write(descriptor, $0) }
      guard case .bytes(let written) = count else { throw Failure(description: "the server closed the connection") }
      offset += written
    }
  }

  /// Sends one request with `Host` and `Content-Length` filled in, and reads its final answer.
  package func request(
    _ method: String, _ target: String, headers: [(String, String)] = [], body: Data = Data(), host: String? = nil,
    port: UInt16
  ) throws -> Response {
    var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
    try send(Array((head + "\r\n").utf8) + body)
    var response = try readResponse()
    while response.status < 200 { response = try readResponse() }
    return response
  }

  /// Reads one response (a `1xx` too); the body by `Content-Length`, none for a HEAD-less `1xx`/`204`.
  package func readResponse(toHEAD: Bool = false) throws -> Response {
    let headEnd = try fill { buffer in Self.find([13, 10, 13, 10], in: buffer) }
    let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + 4)
    var lines = head.components(separatedBy: "\r\n")
    let statusParts = lines.removeFirst().split(separator: " ", maxSplits: 2)
    guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
      throw Failure(description: "not an HTTP status line: \(head.prefix(80))")
    }
    var headers = HTTPHeaders()
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers.append(String(line[..<colon]), String(line[line.index(after: colon)...].trimmingSpaces))
    }
    let length = toHEAD || status < 200 || status == 204 ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
    _ = try fill { $0.count >= length ? length : nil }
    let body = Data(buffer.prefix(length))
    buffer.removeFirst(length)
    return Response(status: status, headers: headers, body: body)
  }

  /// Whether the server closes the connection within the read timeout (no more bytes, then end).
  package func waitForClose() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return true }
      if count < 0 { return errno == ECONNRESET }
    }
  }

  /// Reads until `ready` finds what it needs in the buffer.
  private func fill(until ready: ([UInt8]) -> Int?) throws -> Int {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      if let found = ready(buffer) { return found }
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else {
        throw Failure(description: count == 0 ? "the server closed the connection" : "read timed out or failed")
      }
      buffer += chunk[0..<count]
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
  }
}
