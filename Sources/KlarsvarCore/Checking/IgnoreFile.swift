/// The patterns of one `.gitignore` or `.klarsvarignore`, which apply to the folder holding it and
/// everything below, as git reads them: `#` comments, `!` to include again, a trailing `/` for
/// folders only, a `/` at the start or in the middle to anchor at the file's folder, `*`, `?`,
/// `[…]` and `**` across folders.
///
/// Matching is bounded: a segment is compared with the usual two-pointer wildcard walk (no
/// recursion), and `**` is handled the same way over whole segments, so a hostile pattern costs at
/// most its length times the path's.
struct IgnoreFile: Sendable {
  struct Pattern: Sendable {
    var negated: Bool
    var directoryOnly: Bool
    /// Matched against the path relative to the file's folder; otherwise against the last segment.
    var anchored: Bool
    var segments: [[UInt8]]
  }

  /// The names read in every folder while walking, strongest last.
  static let names = [".gitignore", ".klarsvarignore"]
  /// A larger ignore file is not a list of patterns anyone wrote; it is skipped.
  static let maximumSize = 1_000_000

  let patterns: [Pattern]

  init(text: [UInt8]) {
    patterns = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap {
      Self.pattern(Array($0))
    }
  }

  /// The patterns of the file at `path`; nil when there is none or it cannot be read.
  static func load(_ path: String) -> IgnoreFile? {
    guard let bytes = try? FileContents.read(path, limit: maximumSize) else { return nil }
    let file = IgnoreFile(text: bytes)
    return file.patterns.isEmpty ? nil : file
  }

  /// Whether the last pattern matching `relativePath` ignores it (true) or includes it again
  /// (false); nil when no pattern matches.
  func decision(relativePath: [[UInt8]], isDirectory: Bool) -> Bool? {
    for pattern in patterns.reversed() where !pattern.directoryOnly || isDirectory {
      let matches =
        pattern.anchored
        ? Self.matchSegments(pattern.segments[...], relativePath[...])
        : relativePath.last.map { Self.matchSegment(pattern.segments[0], $0) } ?? false
      if matches { return !pattern.negated }
    }
    return nil
  }

  private static func pattern(_ rawLine: [UInt8]) -> Pattern? {
    var line = rawLine[...]
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    // Trailing spaces are dropped unless escaped.
    while line.last == UInt8(ascii: " ") && !(line.count >= 2 && line[line.endIndex - 2] == UInt8(ascii: "\\")) {
      line = line.dropLast()
    }
    guard let first = line.first, first != UInt8(ascii: "#") else { return nil }
    var negated = false
    if first == UInt8(ascii: "!") {
      negated = true
      line = line.dropFirst()
    } else if first == UInt8(ascii: "\\"), line.count > 1,
      line[line.startIndex + 1] == UInt8(ascii: "!") || line[line.startIndex + 1] == UInt8(ascii: "#")
    {
      line = line.dropFirst()
    }
    var directoryOnly = false
    if line.last == UInt8(ascii: "/") {
      directoryOnly = true
      line = line.dropLast()
    }
    guard !line.isEmpty else { return nil }
    let anchored = line.contains(UInt8(ascii: "/"))
    if line.first == UInt8(ascii: "/") { line = line.dropFirst() }
    let segments = line.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map { Array($0) }
    guard !segments.isEmpty else { return nil }
    return Pattern(negated: negated, directoryOnly: directoryOnly, anchored: anchored, segments: segments)
  }

  private static let doubleStar: [UInt8] = Array("**".utf8)

  /// Pattern segments against path segments; `**` stands for any number of whole segments.
  static func matchSegments(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
    var p = pattern.startIndex
    var s = path.startIndex
    var star: (pattern: Int, path: Int)?
    while s < path.endIndex {
      if p < pattern.endIndex && pattern[p] == doubleStar {
        star = (p, s)
        p += 1
      } else if p < pattern.endIndex && matchSegment(pattern[p], path[s]) {
        p += 1
        s += 1
      } else if let last = star {
        p = last.pattern + 1
        s = last.path + 1
        star = (last.pattern, last.path + 1)
      } else {
        return false
      }
    }
    while p < pattern.endIndex && pattern[p] == doubleStar { p += 1 }
    return p == pattern.endIndex
  }

  /// One segment against a wildcard: `*` any run, `?` one character, `[…]` a class, `\` escapes.
  static func matchSegment(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
    var p = 0
    var n = 0
    var star: (pattern: Int, name: Int)?
    while n < name.count {
      if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
        star = (p, n)
        p += 1
        continue
      }
      if p < pattern.count, let (matched, next) = matchOne(pattern, p, name, n), matched {
        p = next
        n += characterLength(name, n)
        continue
      }
      guard let last = star else { return false }
      p = last.pattern + 1
      n = last.name + characterLength(name, last.name)
      star = (last.pattern, n)
    }
    while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
    return p == pattern.count
  }

  /// Whether the pattern element at `p` matches the character at `n`, and where the pattern goes on.
  private static func matchOne(_ pattern: [UInt8], _ p: Int, _ name: [UInt8], _ n: Int) -> (Bool, Int)? {
    let byte = pattern[p]
    let length = characterLength(name, n)
    switch byte {
    case UInt8(ascii: "?"):
      return (true, p + 1)
    case UInt8(ascii: "["):
      return matchClass(pattern, p, name[n..<(n + length)])
    case UInt8(ascii: "\\") where p + 1 < pattern.count:
      return (length == 1 && pattern[p + 1] == name[n], p + 2)
    default:
      let patternLength = characterLength(pattern, p)
      guard patternLength == length, p + length <= pattern.count else { return (false, p + 1) }
      return (pattern[p..<(p + length)].elementsEqual(name[n..<(n + length)]), p + length)
    }
  }

  /// `[abc]`, `[a-z]`, `[!…]` or `[^…]` against one character; a `[` without `]` is literal.
  private static func matchClass(_ pattern: [UInt8], _ open: Int, _ character: ArraySlice<UInt8>) -> (Bool, Int)? {
    var index = open + 1
    var negated = false
    if index < pattern.count && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^")) {
      negated = true
      index += 1
    }
    // A `]` right after the opening (or its `!`) is a member, not the end.
    let searchFrom = index < pattern.count && pattern[index] == UInt8(ascii: "]") ? index + 1 : index
    guard searchFrom <= pattern.count, let close = pattern[searchFrom...].firstIndex(of: UInt8(ascii: "]")) else {
      return (character.count == 1 && character.first == UInt8(ascii: "["), open + 1)
    }
    let single = character.count == 1 ? character.first : nil
    var found = false
    var item = index
    while item < close {
      if item + 2 < close, pattern[item + 1] == UInt8(ascii: "-"), let value = single {
        if pattern[item] <= value && value <= pattern[item + 2] { found = true }
        item += 3
      } else {
        if let value = single, pattern[item] == value { found = true }
        item += 1
      }
    }
    return (found != negated, close + 1)
  }

  /// Bytes of the UTF-8 character starting at `index` (1 for a stray continuation byte).
  private static func characterLength(_ bytes: [UInt8], _ index: Int) -> Int {
    let lead = bytes[index]
    let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return min(length, bytes.count - index)
  }
}
