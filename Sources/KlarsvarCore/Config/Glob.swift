/// Path globs as in `.gitignore`-style config: `*` within a segment, `**` across segments, `?` one character.
public enum Glob {
  /// Matches a `/`-separated relative path. A pattern without `/` matches a file name at any depth;
  /// a leading `./` or `/` anchors the pattern at the config's folder.
  public static func matches(_ pattern: String, path: String) -> Bool {
    var pattern = pattern
    var anchored = false
    if pattern.hasPrefix("./") {
      pattern.removeFirst(2)
      anchored = true
    } else if pattern.hasPrefix("/") {
      pattern.removeFirst()
      anchored = true
    }
    if pattern.hasSuffix("/") { pattern += "**" }
    if !anchored && !pattern.contains("/") { pattern = "**/" + pattern }
    return match(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
  }

  private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "*" {
      let doubled = pattern.dropFirst().first == "*"
      if doubled {
        var rest = pattern.dropFirst(2)
        if rest.first == "/" { rest = rest.dropFirst() }
        // `**/` matches zero or more whole directories.
        if match(rest, path) { return true }
        var index = path.startIndex
        while index < path.endIndex {
          if path[index] == "/" && match(rest, path[(index + 1)...]) { return true }
          index += 1
        }
        return rest.isEmpty
      }
      var index = path.startIndex
      while true {
        if match(pattern.dropFirst(), path[index...]) { return true }
        if index == path.endIndex || path[index] == "/" { return false }
        index += 1
      }
    }
    guard let character = path.first else { return false }
    if first == "?" ? character != "/" : first == character {
      return match(pattern.dropFirst(), path.dropFirst())
    }
    return false
  }
}
