/// How a text file's bytes were encoded. UTF-16 files (Notepad's "Unicode") are decoded by their
/// byte order mark and checked as UTF-8 text; `--fix` leaves them alone.
public enum SourceEncoding: String, Sendable, Hashable {
  case utf8
  case utf16LittleEndian
  case utf16BigEndian

  /// The encoding a byte order mark announces: UTF-16 LE (`FF FE`) or BE (`FE FF`); UTF-8 otherwise.
  static func detect(_ bytes: [UInt8]) -> SourceEncoding {
    guard bytes.count >= 2 else { return .utf8 }
    if bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LittleEndian }
    if bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BigEndian }
    return .utf8
  }

  /// Why UTF-16 bytes are not text, with the line and column of the first bad code unit.
  struct DecodingError: Error, Equatable, CustomStringConvertible {
    var line: Int
    var column: Int
    var reason: String
    var description: String { "ogiltig UTF-16 på rad \(line), kolumn \(column): \(reason); spara filen som UTF-8" }
  }

  /// The UTF-8 bytes of a UTF-16 file after its byte order mark (which is dropped).
  func decodeUTF16(_ bytes: [UInt8]) throws(DecodingError) -> [UInt8] {
    let littleEndian = self == .utf16LittleEndian
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var line = 1
    var column = 1
    var index = 2
    func unit(at offset: Int) -> UInt16 {
      littleEndian
        ? UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
        : UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }
    while index < bytes.count {
      guard index + 1 < bytes.count else {
        throw DecodingError(line: line, column: column, reason: "filen slutar mitt i ett tecken")
      }
      var scalar = UInt32(unit(at: index))
      index += 2
      if (0xD800...0xDBFF).contains(scalar) {
        guard index + 1 < bytes.count, (0xDC00...0xDFFF).contains(unit(at: index)) else {
          throw DecodingError(line: line, column: column, reason: "ett surrogatpar saknar sin andra halva")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(unit(at: index)) - 0xDC00)
        index += 2
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw DecodingError(line: line, column: column, reason: "ett surrogatpar saknar sin första halva")
      }
      guard let value = Unicode.Scalar(scalar) else {
        throw DecodingError(line: line, column: column, reason: "ogiltigt tecken")
      }
      output += UTF8.encode(value)!
      if scalar == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return output
  }
}
