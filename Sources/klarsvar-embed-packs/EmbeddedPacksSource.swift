/// The Swift source that embeds pack files as raw string literals.
struct EmbeddedPacksSource {
  let text: String

  init(files: [PackFiles.File]) {
    var lines = [
      "// Generated at build time by the EmbedPacks plugin from rules/. Not committed; edit rules/ instead.",
      "",
      "/// The built-in packs, embedded so the binary works from any directory.",
      "package enum EmbeddedPacks {",
      "  package static let files: [(pack: String, name: String, contents: String)] = [",
    ]
    for file in files {
      let hashes = Self.delimiter(for: file.contents)
      lines.append("    (\"\(file.pack)\", \"\(file.name)\",")
      lines.append("     \(hashes)\"\"\"")
      lines.append(contentsOf: file.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      lines.append("\"\"\"\(hashes)),")
    }
    lines += ["  ]", "}", ""]
    text = lines.joined(separator: "\n")
  }

  /// Enough `#` that no `"` followed by them occurs in the text, so the raw literal cannot end early
  /// and no escape sequence is read.
  private static func delimiter(for contents: String) -> String {
    var hashes = "#"
    while contents.contains("\"" + hashes) { hashes += "#" }
    return hashes
  }
}
