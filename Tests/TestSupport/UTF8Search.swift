/// Byte-exact search in UTF-8 (no normalisation), for tests that name a range by the text it covers.
public enum UTF8Search {
  /// The UTF-8 offsets of the `occurrence`-th appearance of `needle` in `text`, or `nil`.
  public static func range(of needle: String, in text: String, occurrence: Int = 0) -> Range<Int>? {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard pattern.count <= haystack.count else { return nil }
    var seen = 0
    for start in 0...(haystack.count - pattern.count)
    where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
      if seen == occurrence { return start..<(start + pattern.count) }
      seen += 1
    }
    return nil
  }
}
