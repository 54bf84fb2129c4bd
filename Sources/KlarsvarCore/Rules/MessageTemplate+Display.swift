import KlarsvarText

extension MessageTemplate {
  /// Matched text as shown in a message: line breaks and runs of spaces become one space.
  static func display(_ text: String) -> String {
    // Native strings lend their bytes in place, without the copy `withUTF8` makes of its receiver.
    let shownAsWritten =
      text.utf8.withContiguousStorageIfAvailable(ByteScan.isSingleSpaced)
      ?? {
        var bytesOwner = text
        return bytesOwner.withUTF8(ByteScan.isSingleSpaced)
      }()
    guard !shownAsWritten else { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
