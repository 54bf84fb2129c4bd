import Foundation

/// The head of a request: request line and header fields, read strictly (RFC 9112 §2–5).
extension HTTPRequestParser {
  /// How a request's body is delimited.
  enum Framing: Equatable {
    case none
    case length(Int)
    case chunked
  }

  /// The request head once its blank line has arrived; nil while it is incomplete.
  mutating func readHead() -> Result<HTTPRequest, Failure>? {
    // A client may send empty lines between requests (RFC 9112 §2.2); they are skipped.
    while bufferedByteCount >= 2 && buffer[start] == 0x0D && buffer[start + 1] == 0x0A {
      start += 2
      scanned = 0
    }
    guard let end = findHeadEnd() else {
      if let failure = overLimitWhileIncomplete() { return .failure(failure) }
      return nil
    }
    let head = Array(buffer[start..<end])
    start = end + 4
    scanned = 0
    requestLineLength = nil
    return Self.parseHead(head, limits: limits)
  }

  /// Searches on from where the last call stopped, so feeding a byte at a time stays linear; notes
  /// where the request line ends and whether a line ended in a bare LF.
  private mutating func findHeadEnd() -> Int? {
    var index = start + scanned
    let limit = min(buffer.count, start + limits.headerBytes + 4)
    while index < limit {
      if buffer[index] == 0x0A {
        guard index > start && buffer[index - 1] == 0x0D else {
          sawBareLineFeed = true
          break
        }
        if requestLineLength == nil { requestLineLength = index - 1 - start }
        if index - start >= 3 && buffer[index - 2] == 0x0A && buffer[index - 3] == 0x0D { return index - 3 }
      }
      index += 1
    }
    scanned = index - start
    return nil
  }

  /// A failure for an incomplete head that can never become valid.
  private func overLimitWhileIncomplete() -> Failure? {
    if sawBareLineFeed {
      return Failure(status: .badRequest, message: "en rad slutar med LF utan CR; HTTP kräver CRLF")
    }
    if (requestLineLength ?? scanned) > limits.requestLineBytes {
      return Failure(status: .uriTooLong, message: "förfrågningsraden är längre än \(limits.requestLineBytes) byte")
    }
    if bufferedByteCount > limits.headerBytes + 4 {
      return Failure(status: .headerFieldsTooLarge, message: "huvudet är större än \(limits.headerBytes) byte")
    }
    return nil
  }

  /// The request line and fields of a head (without its final blank line).
  static func parseHead(_ head: [UInt8], limits: Limits) -> Result<HTTPRequest, Failure> {
    var lines = split(head)
    let requestLine = lines.removeFirst()
    if requestLine.count > limits.requestLineBytes {
      return .failure(
        Failure(status: .uriTooLong, message: "förfrågningsraden är längre än \(limits.requestLineBytes) byte"))
    }
    guard lines.count <= limits.headerCount else {
      return .failure(
        Failure(status: .headerFieldsTooLarge, message: "fler än \(limits.headerCount) huvudfält"))
    }
    var request: HTTPRequest
    switch parseRequestLine(requestLine) {
    case .failure(let failure): return .failure(failure)
    case .success(let parsed): request = parsed
    }
    var headers = HTTPHeaders()
    for line in lines {
      switch parseField(line) {
      case .failure(let failure): return .failure(failure)
      case .success(let field): headers.append(field.name, field.value)
      }
    }
    let hosts = headers.values("Host")
    if hosts.count > 1 || (request.minorVersion == 1 && hosts.isEmpty) {
      return .failure(Failure(status: .badRequest, message: "en HTTP/1.1-förfrågan ska ha exakt ett Host-fält"))
    }
    request.headers = headers
    if request.authority == nil { request.authority = hosts.first }
    return .success(request)
  }

  /// `METHOD SP target SP HTTP/1.x`.
  static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<HTTPRequest, Failure> {
    let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
    let bad = Failure(status: .badRequest, message: "felaktig förfrågningsrad (väntade: METOD /sökväg HTTP/1.1)")
    guard parts.count == 3, !parts[0].isEmpty, parts[0].count <= 32, parts[0].allSatisfy(isTokenByte),
      !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
    else { return .failure(bad) }
    let version = String(decoding: parts[2], as: UTF8.self)
    let minor: Int
    switch version {
    case "HTTP/1.1": minor = 1
    case "HTTP/1.0": minor = 0
    default:
      let looksLikeHTTP =
        version.count == 8 && version.hasPrefix("HTTP/")
        && version.dropFirst(5).allSatisfy {
          $0 == "." || $0.isASCII && $0.isNumber
        }
      return .failure(
        looksLikeHTTP ? Failure(status: .versionNotSupported, message: "bara HTTP/1.0 och HTTP/1.1 stöds") : bad)
    }
    var target = String(decoding: parts[1], as: UTF8.self)
    var authority: String?
    // The absolute form (`http://host:port/path`), which a server must accept (RFC 9112 §3.2.2).
    if target.lowercased().hasPrefix("http://") {
      let rest = target.dropFirst(7)
      let slash = rest.firstIndex(of: "/") ?? rest.endIndex
      authority = String(rest[..<slash])
      target = rest[slash...].isEmpty ? "/" : String(rest[slash...])
    }
    guard target.hasPrefix("/") else { return .failure(bad) }
    return .success(
      HTTPRequest(
        method: String(decoding: parts[0], as: UTF8.self), target: target, minorVersion: minor, authority: authority))
  }

  /// `name: value`; the name a token, the value free of control characters.
  static func parseField(_ line: ArraySlice<UInt8>) -> Result<HTTPHeaders.Field, Failure> {
    guard let first = line.first, first != 0x20, first != 0x09 else {
      return .failure(Failure(status: .badRequest, message: "fortsättningsrader i huvudet (obs-fold) stöds inte"))
    }
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
      line[..<colon].allSatisfy(isTokenByte)
    else {
      let shown = String(decoding: line.prefix(60), as: UTF8.self)
      return .failure(Failure(status: .badRequest, message: "felaktigt huvudfält: \"\(shown)\""))
    }
    var value = line[(colon + 1)...]
    while let byte = value.first, byte == 0x20 || byte == 0x09 { value.removeFirst() }
    while let byte = value.last, byte == 0x20 || byte == 0x09 { value.removeLast() }
    guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
      return .failure(Failure(status: .badRequest, message: "styrtecken i huvudfältets värde"))
    }
    return .success(
      HTTPHeaders.Field(
        name: String(decoding: line[..<colon], as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
  }

  /// How the body is delimited; refuses every ambiguous combination.
  static func framing(of request: HTTPRequest, limits: Limits) -> Result<Framing, Failure> {
    let encodings = request.headers.values("Transfer-Encoding")
    let lengths = request.headers.values("Content-Length").flatMap {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
    }
    if !encodings.isEmpty {
      guard lengths.isEmpty, request.minorVersion == 1 else {
        return .failure(
          Failure(status: .badRequest, message: "Transfer-Encoding tillsammans med Content-Length eller i HTTP/1.0"))
      }
      guard encodings.count == 1, HTTPHeaders.same(encodings[0].trimmingSpaces, "chunked") else {
        return .failure(Failure(status: .notImplemented, message: "bara Transfer-Encoding: chunked stöds"))
      }
      return .success(.chunked)
    }
    guard let first = lengths.first else { return .success(.none) }
    guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.count <= 18,
      first.allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(first)
    else {
      return .failure(Failure(status: .badRequest, message: "ogiltig Content-Length"))
    }
    guard length <= limits.bodyBytes else {
      return .failure(tooLarge(limits))
    }
    return .success(.length(length))
  }

  static func tooLarge(_ limits: Limits) -> Failure {
    Failure(
      status: .contentTooLarge,
      message: "innehållet är större än gränsen på \(limits.bodyBytes) byte (\(limits.bodyBytes / 1_048_576) MB)")
  }

  /// The CRLF-separated lines of a head.
  private static func split(_ head: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var lineStart = 0
    var index = 0
    while index + 1 < head.count {
      if head[index] == 0x0D && head[index + 1] == 0x0A {
        lines.append(head[lineStart..<index])
        index += 2
        lineStart = index
      } else {
        index += 1
      }
    }
    lines.append(head[lineStart...])
    return lines
  }

  /// `tchar` of RFC 9110 §5.6.2.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default:
      Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
    }
  }
}
