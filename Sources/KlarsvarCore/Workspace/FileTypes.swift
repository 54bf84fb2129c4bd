import KlarsvarFormats
import KlarsvarText

/// Which files klarsvar reads and how, for every front end: files by their name (the extensions
/// `TemplateFormat` knows), editor buffers by their language id.
package enum FileTypes {
  /// Extensions `check` picks up in folders unless a config lists its own (`extensions`).
  package static let defaultExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt"]

  /// Editor language ids linted unless settings list their own (`languages`).
  package static let defaultLanguages = ["plaintext", "markdown"]

  /// The format a file is read in, from its name; unknown extensions are plain text.
  package static func templateFormat(ofPath path: String) -> TemplateFormat {
    TemplateFormat.detect(fromPath: path)
  }

  /// How the linter reads a file's text: only Markdown keeps markup the linter must skip.
  package static func documentFormat(ofPath path: String) -> DocumentFormat {
    templateFormat(ofPath: path).documentFormat
  }

  /// How the linter reads an editor buffer: Markdown by its language id or its name.
  package static func documentFormat(languageID: String, path: String) -> DocumentFormat {
    languageID == "markdown" ? .markdown : documentFormat(ofPath: path)
  }

  /// Whether a file name ends in one of `extensions` (lowercased, with their dot).
  package static func hasExtension(_ name: String, among extensions: [String]) -> Bool {
    let lowered = name.lowercased()
    return extensions.contains { lowered.hasSuffix($0) }
  }
}
