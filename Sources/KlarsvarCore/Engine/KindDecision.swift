/// How the kind of a document was decided: declared in its front matter, set by configuration or the
/// command line, or detected from the text (with how sure the detector was and what it saw).
public struct KindDecision: Sendable, Hashable {
  public enum Source: String, Sendable, Hashable, Codable {
    case declared, configured, detected
  }

  /// One observation behind a detected kind: a short name and what was seen.
  public struct Signal: Sendable, Hashable, Codable {
    public var name: String
    public var evidence: String
  }

  public var kind: DocumentKind
  public var source: Source
  /// For a detected kind: the share of the evidence that points to it (1 for declared kinds).
  public var confidence: Double
  public var signals: [Signal]

  public init(kind: DocumentKind, source: Source, confidence: Double = 1, signals: [Signal] = []) {
    self.kind = kind
    self.source = source
    self.confidence = confidence
    self.signals = signals
  }
}
