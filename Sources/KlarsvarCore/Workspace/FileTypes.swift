import KlarsvarFormats
import KlarsvarText

/// Which files klarsvar reads and how, for every front end: files by their name (the extensions
/// `TemplateFormat` knows), editor buffers by their language id.
package enum FileTypes {
  /// Extensions `check` picks up in folders unless a config lists its own (`extensions`).
  package static let defaultExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt"]

  /// Editor language ids linted unless settings list their own (`languages`): the formats `check`
  /// reads as text.
  package static let defaultLanguages = ["plaintext", "markdown", "html"]

  /// Editor language ids klarsvar knows a format for. Any other id (Kate sends its server's name,
  /// `klarsvar`) says nothing about the text, so the buffer's file name decides.
  package static let knownLanguages: [String: TemplateFormat] = [
    "html": .html, "markdown": .markdown, "plaintext": .plain,
  ]

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
    templateFormat(languageID: languageID, path: path).documentFormat
  }

  /// The format an editor buffer is read in: Markdown and HTML by their language id, any other
  /// buffer (plain text included: a `.md` or `.html` file shown as plain text) by its name. An editor
  /// never holds a .docx or .odt as text, so those names are read as plain text.
  package static func templateFormat(languageID: String, path: String) -> TemplateFormat {
    if let known = knownLanguages[languageID], known != .plain { return known }
    let byName = templateFormat(ofPath: path)
    return byName.isBinary ? .plain : byName
  }

  /// Whether an editor buffer is linted: its language id is one of `languages`, or an id klarsvar
  /// does not know on a file whose name has one of `extensions` (what `check` would read).
  package static func lintsBuffer(languageID: String, path: String, languages: [String], extensions: [String])
    -> Bool
  {
    if languages.contains(languageID) { return true }
    guard knownLanguages[languageID] == nil, !templateFormat(ofPath: path).isBinary else { return false }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return hasExtension(name, among: extensions)
  }

  /// Whether a file name ends in one of `extensions` (lowercased, with their dot).
  package static func hasExtension(_ name: String, among extensions: [String]) -> Bool {
    let lowered = name.lowercased()
    return extensions.contains { lowered.hasSuffix($0) }
  }
}
