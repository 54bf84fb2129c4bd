/// How the linter reads a text's markup.
public enum DocumentFormat: String, Sendable, Codable {
  /// Plain text: no Markdown constructs are skipped, directives sit on lines of their own.
  case plain
  /// Markdown: code, HTML comments and front matter are skipped.
  case markdown

  /// Picks the format from a file name's extension (`.md`, `.markdown` → Markdown).
  public static func guess(fromPath path: String) -> DocumentFormat {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plain
  }
}
