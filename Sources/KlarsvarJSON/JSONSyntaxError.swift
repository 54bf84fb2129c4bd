/// Why and where a document is not valid JSON; the text is for the person who wrote the file.
package struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
  package enum Reason: Equatable, Sendable {
    case unexpectedEnd
    case unexpected(found: String, expected: String)
    case textAfterValue
    case trailingComma
    case duplicateKey(String)
    case tooDeep
    case unterminatedString
    case controlCharacter(UInt8)
    case invalidEscape
    case loneSurrogate
    case invalidUTF8
    case leadingZero
    case invalidNumber
    case numberOutOfRange
  }

  package var reason: Reason
  /// Where the problem is: a UTF-8 offset, and the 1-based line and column (in Unicode scalars, as
  /// an editor counts characters). Lines end in LF, CR LF or CR.
  package var offset: Int
  package var line: Int
  package var column: Int

  init(reason: Reason, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    self.reason = reason
    self.offset = offset
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
    }
    self.line = line
    column = 1 + bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
  }

  /// The reason, in Swedish like every message of klarsvar.
  package var message: String {
    switch reason {
    case .unexpectedEnd: "texten tar slut mitt i ett värde"
    case .unexpected(let found, let expected): "väntade \(expected), inte \(found)"
    case .textAfterValue: "text efter JSON-värdet"
    case .trailingComma: "kommatecken före en avslutande klammer; ta bort kommatecknet"
    case .duplicateKey(let key): "nyckeln \"\(key)\" finns redan i objektet; ta bort den ena"
    case .tooDeep: "mer än \(JSONParser.maximumDepth) nivåer av nästlade listor och objekt"
    case .unterminatedString: "strängen saknar avslutande citattecken"
    case .controlCharacter(let byte):
      "styrtecken (U+\(byte < 0x10 ? "000" : "00")\(String(byte, radix: 16, uppercase: true))) i en sträng; skriv \\n för radbrytning och \\t för tabb"
    case .invalidEscape: "okänd \\-kod i en sträng (giltiga: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
    case .loneSurrogate: "\\u-koden är ena halvan av ett surrogatpar utan den andra"
    case .invalidUTF8: "ogiltig UTF-8; spara filen som UTF-8"
    case .leadingZero: "ett tal får inte börja med 0 följt av fler siffror"
    case .invalidNumber: "ogiltigt tal"
    case .numberOutOfRange: "talet är för stort"
    }
  }

  package var description: String { "\(line):\(column): \(message)" }
}
