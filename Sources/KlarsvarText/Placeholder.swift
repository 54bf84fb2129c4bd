/// Delimiters of a template placeholder such as `{{namn}}`; the text between them is opaque.
public struct PlaceholderDelimiters: Hashable, Sendable, Codable {
  public var open: String
  public var close: String

  public init(open: String, close: String) {
    self.open = open
    self.close = close
  }

  /// `{{…}}`, `${…}`, `«…»` and `[[…]]`.
  public static let defaults: [PlaceholderDelimiters] = [
    .init(open: "{{", close: "}}"), .init(open: "${", close: "}"),
    .init(open: "«", close: "»"), .init(open: "[[", close: "]]"),
  ]
}
