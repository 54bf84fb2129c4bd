import KlarsvarCore
import KlarsvarText

/// Converts between LSP positions in the negotiated encoding and the core's UTF-8 offsets.
///
/// The only place that knows which unit a client counts columns in.
struct PositionConverter: Sendable {
  let encoding: PositionEncoding

  /// Picks the encoding from the client's `general.positionEncodings`: UTF-8, then UTF-32, else UTF-16.
  /// A client that offers none gets the one it asked for in `initializationOptions` (`requested`), else
  /// UTF-16.
  ///
  /// - Important: what the client offers wins over what it asks for: the capability is what the
  ///   protocol negotiates with, the option only a stand-in for clients that cannot offer.
  static func negotiate(offered: [String], requested: PositionEncoding? = nil) -> PositionEncoding {
    if offered.isEmpty { return requested ?? .utf16 }
    if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
    if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
    return .utf16
  }

  func position(ofUTF8 offset: Int, in source: SourceText) -> Position {
    let position = source.position(ofUTF8: offset, in: encoding)
    return Position(line: position.line, character: position.column)
  }

  func range(_ range: TextRange, in source: SourceText) -> LSPRange {
    LSPRange(start: position(ofUTF8: range.lowerBound, in: source), end: position(ofUTF8: range.upperBound, in: source))
  }

  /// The UTF-8 offset of a position, clamped into the text; `clamped` says whether it was outside.
  func utf8Offset(of position: Position, in source: SourceText) -> (offset: Int, clamped: Bool) {
    // Clamp absurd numbers first so no arithmetic on them can overflow.
    let limit = source.utf8Count + 1
    let linePosition = LinePosition(line: min(position.line, limit), column: min(position.character, limit))
    let valid = source.isValid(linePosition, in: encoding)
    return (source.utf8Offset(of: linePosition, in: encoding), !valid)
  }

  /// A UTF-8 range for an LSP range, clamped and ordered; `clamped` says whether anything was adjusted.
  func utf8Range(of range: LSPRange, in source: SourceText) -> (range: TextRange, clamped: Bool) {
    let start = utf8Offset(of: range.start, in: source)
    let end = utf8Offset(of: range.end, in: source)
    let reversed = end.offset < start.offset
    let lower = min(start.offset, end.offset)
    let upper = max(start.offset, end.offset)
    return (TextRange(lower, upper), start.clamped || end.clamped || reversed)
  }
}
