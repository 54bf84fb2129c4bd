/// How a paradigm builds one form: from the lemma or another form, strip an ending, add one.
///
/// Written in the data as `[source:][-strip][+add]`: `-a+ar` (kasta → kastar), `+s` (bo → bos),
/// `supine:-it+en` (skrivit → skriven), `""` (the lemma itself).
struct FormRule: Sendable, Hashable {
  /// The form the rule starts from; nil is the lemma.
  var source: Inflection?
  var strip: String
  var add: String

  /// Parses the data notation; nil when it is not well-formed.
  init?(notation: String) {
    var rest = Substring(notation)
    if let colon = rest.firstIndex(of: ":") {
      guard let source = Inflection(rawValue: String(rest[..<colon])) else { return nil }
      self.source = source
      rest = rest[rest.index(after: colon)...]
    } else {
      source = nil
    }
    strip = ""
    add = ""
    if rest.first == "-" {
      let end = rest.firstIndex(of: "+") ?? rest.endIndex
      strip = String(rest[rest.index(after: rest.startIndex)..<end])
      guard !strip.isEmpty else { return nil }
      rest = rest[end...]
    }
    if rest.first == "+" {
      add = String(rest.dropFirst())
      guard !add.isEmpty else { return nil }
      rest = rest[rest.endIndex...]
    }
    guard rest.isEmpty, !add.contains(where: { $0 == "+" || $0 == "-" || $0 == ":" }) else { return nil }
  }

  /// The form built from `base`, or nil when `base` does not end with the ending to strip.
  func apply(to base: String) -> String? {
    guard base.hasSuffix(strip) else { return nil }
    return String(base.dropLast(strip.count)) + add
  }
}
