import Foundation

/// One request as the parser delivers it: the request line, the header fields and the whole body.
package struct HTTPRequest: Sendable, Equatable {
  package var method: String
  /// The request target in origin form (`/api/check?x=1`), as sent.
  package var target: String
  /// 0 for HTTP/1.0, 1 for HTTP/1.1.
  package var minorVersion: Int
  package var headers: HTTPHeaders
  package var body: Data
  /// The host and port the request is for: the authority of an absolute-form target, else `Host`.
  package var authority: String?

  package init(
    method: String, target: String, minorVersion: Int = 1, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(),
    authority: String? = nil
  ) {
    self.method = method
    self.target = target
    self.minorVersion = minorVersion
    self.headers = headers
    self.body = body
    self.authority = authority ?? headers["Host"]
  }

  /// The path without the query, percent-decoded; nil when the encoding is broken.
  package var path: String? {
    let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    return Self.percentDecoded(raw)
  }

  /// The query's `name=value` pairs, percent-decoded (`+` is a space), the last of a repeated name.
  package var query: [String: String] {
    guard let mark = target.firstIndex(of: "?") else { return [:] }
    var pairs: [String: String] = [:]
    for part in target[target.index(after: mark)...].split(separator: "&") {
      let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let plus = { (text: Substring) in Substring(text.replacingOccurrences(of: "+", with: " ")) }
      guard let name = Self.percentDecoded(plus(halves[0])) else { continue }
      pairs[name] = halves.count > 1 ? Self.percentDecoded(plus(halves[1])) ?? "" : ""
    }
    return pairs
  }

  /// Whether the connection stays open after the answer: HTTP/1.1 unless `Connection: close`,
  /// HTTP/1.0 only with `Connection: keep-alive`.
  package var keepAlive: Bool {
    if headers.lists("Connection", token: "close") { return false }
    return minorVersion >= 1 || headers.lists("Connection", token: "keep-alive")
  }

  /// The media type of the body without parameters, lower-cased (`application/json`).
  package var mediaType: String? {
    headers["Content-Type"].map { String($0.split(separator: ";").first?.trimmingSpaces ?? "").lowercased() }
  }

  /// `%XX` sequences decoded as UTF-8; nil for a malformed sequence or invalid UTF-8.
  static func percentDecoded(_ text: Substring) -> String? {
    guard text.contains("%") else { return String(text) }
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
