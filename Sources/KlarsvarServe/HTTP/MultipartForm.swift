import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts; a pure function of the bytes.
package struct MultipartForm: Sendable, Equatable {
  package struct Part: Sendable, Equatable {
    /// The form field's name.
    package var name: String
    /// The file name a browser sends with a file field, nil for a plain field.
    package var fileName: String?
    package var contentType: String?
    package var body: Data
  }

  /// Why a body is not a usable form.
  package struct Failure: Error, Equatable, Sendable {
    package var message: String
  }

  package var parts: [Part]

  /// Parts at most; a form with more is refused (the page sends one file).
  static let maximumParts = 16

  /// Splits `body` at `boundary` (from the `Content-Type` parameter).
  ///
  /// - Throws: `Failure` for a missing or unterminated boundary or a part without a usable
  ///   `Content-Disposition`.
  package init(body: Data, boundary: String) throws(Failure) {
    guard !boundary.isEmpty, boundary.utf8.count <= 70 else {
      throw Failure(message: "ogiltig boundary i Content-Type")
    }
    let bytes = [UInt8](body)
    let delimiter = Array("--\(boundary)".utf8)
    // The first delimiter may open the body; every later one follows a CRLF.
    guard bytes.starts(with: delimiter) || Self.find(Array("\r\n".utf8) + delimiter, in: bytes, from: 0) != nil else {
      throw Failure(message: "formuläret saknar sin boundary")
    }
    let separator = Array("\r\n".utf8) + delimiter
    var cursor =
      bytes.starts(with: delimiter) ? delimiter.count : Self.find(separator, in: bytes, from: 0)! + separator.count
    var parts: [Part] = []
    while true {
      if bytes[cursor...].starts(with: Array("--".utf8)) { break }  // the closing delimiter
      guard bytes[cursor...].starts(with: Array("\r\n".utf8)) else {
        throw Failure(message: "felaktig rad efter boundary")
      }
      cursor += 2
      guard let end = Self.find(separator, in: bytes, from: cursor) else {
        throw Failure(message: "formuläret tar slut utan avslutande boundary")
      }
      parts.append(try Self.part(bytes[cursor..<end]))
      guard parts.count <= Self.maximumParts else { throw Failure(message: "fler än \(Self.maximumParts) fält") }
      cursor = end + separator.count
    }
    self.parts = parts
  }

  /// The boundary parameter of a `multipart/form-data` content type, nil for any other type.
  package static func boundary(ofContentType value: String) -> String? {
    let pieces = value.split(separator: ";").map(\.trimmingSpaces)
    guard let type = pieces.first, HTTPHeaders.same(type, "multipart/form-data") else { return nil }
    for parameter in pieces.dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, HTTPHeaders.same(pair[0].trimmingSpaces, "boundary") else { continue }
      return unquoted(pair[1].trimmingSpaces)
    }
    return nil
  }

  /// One part: its header fields, a blank line, its body.
  private static func part(_ bytes: ArraySlice<UInt8>) throws(Failure) -> Part {
    let blank = Array("\r\n\r\n".utf8)
    let headEnd: Int
    if bytes.starts(with: Array("\r\n".utf8)) {
      headEnd = bytes.startIndex - 2  // no header fields at all
    } else {
      guard let found = find(blank, in: Array(bytes), from: 0) else {
        throw Failure(message: "en del av formuläret saknar huvud")
      }
      headEnd = bytes.startIndex + found
    }
    let head = headEnd > bytes.startIndex ? String(decoding: bytes[bytes.startIndex..<headEnd], as: UTF8.self) : ""
    var name: String?
    var fileName: String?
    var contentType: String?
    for line in head.split(separator: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { throw Failure(message: "felaktigt fält i formulärdelen") }
      let field = line[..<colon]
      let value = line[line.index(after: colon)...].trimmingSpaces
      if HTTPHeaders.same(field, "Content-Disposition") {
        let parameters = dispositionParameters(value)
        name = parameters["name"]
        fileName = parameters["filename"]
      } else if HTTPHeaders.same(field, "Content-Type") {
        contentType = String(value)
      }
    }
    guard let name else { throw Failure(message: "en del av formuläret saknar Content-Disposition med name") }
    let body = Data(bytes[(headEnd + 4)...])
    return Part(name: name, fileName: fileName, contentType: contentType, body: body)
  }

  /// `form-data; name="file"; filename="brev.docx"` → `["name": "file", "filename": "brev.docx"]`.
  static func dispositionParameters(_ value: Substring) -> [String: String] {
    var parameters: [String: String] = [:]
    var rest = value[...]
    while let semicolon = rest.firstIndex(of: ";") {
      rest = rest[rest.index(after: semicolon)...]
      let pair = rest.split(separator: "=", maxSplits: 1)
      guard pair.count == 2 else { break }
      let key = pair[0].trimmingSpaces.lowercased()
      var raw = pair[1].trimmingSpaces
      if raw.hasPrefix("\"") {
        // A quoted string ends at the first quote not escaped by a backslash.
        var text = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex, raw[index] != "\"" {
          if raw[index] == "\\", raw.index(after: index) < raw.endIndex { index = raw.index(after: index) }
          text.append(raw[index])
          index = raw.index(after: index)
        }
        parameters[key] = text
        raw = index < raw.endIndex ? raw[raw.index(after: index)...] : ""
        rest = raw
      } else {
        let end = raw.firstIndex(of: ";") ?? raw.endIndex
        parameters[key] = String(raw[..<end].trimmingSpaces)
        rest = raw[end...]
      }
    }
    return parameters
  }

  private static func unquoted(_ text: Substring) -> String {
    text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? String(text.dropFirst().dropLast()) : String(text)
  }

  /// The first index of `needle` in `haystack` at or after `start`, by Knuth–Morris–Pratt: linear
  /// whatever the bytes (a body of near-boundaries cannot make it quadratic).
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, start <= haystack.count else { return nil }
    var fallback = [Int](repeating: 0, count: needle.count)
    var length = 0
    for index in 1..<max(1, needle.count) {
      while length > 0 && needle[index] != needle[length] { length = fallback[length - 1] }
      if needle[index] == needle[length] { length += 1 }
      fallback[index] = length
    }
    var matched = 0
    for index in start..<haystack.count {
      while matched > 0 && haystack[index] != needle[matched] { matched = fallback[matched - 1] }
      if haystack[index] == needle[matched] { matched += 1 }
      if matched == needle.count { return index - needle.count + 1 }
    }
    return nil
  }
}
