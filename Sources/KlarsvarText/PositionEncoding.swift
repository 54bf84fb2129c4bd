/// The unit a column or offset is counted in.
///
/// LSP's default is UTF-16; clients may negotiate UTF-8 or UTF-32 (Unicode scalars).
public enum PositionEncoding: String, Sendable, Codable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

/// A zero-based line and a zero-based column counted in some `PositionEncoding`.
public struct LinePosition: Hashable, Sendable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
