extension ReportLocation {
  /// `12:5` for text files, `stycke 3, tecken 17` for documents (paragraph and character).
  public var humanDescription: String {
    unit == "paragraph" ? "stycke \(start.line), tecken \(start.column)" : "\(start.line):\(start.column)"
  }
}
