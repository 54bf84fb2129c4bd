/// How the linter reads a text's markup.
public enum DocumentFormat: String, Sendable, Codable {
  /// Plain text: no Markdown constructs are skipped, directives sit on lines of their own.
  case plain
  /// Markdown: code, HTML comments and front matter are skipped.
  case markdown
  /// Text extracted from HTML: the extractor keeps only the comments that hold `klarsvar-`
  /// directives, which are read as in Markdown; nothing else is markup.
  case html
}
