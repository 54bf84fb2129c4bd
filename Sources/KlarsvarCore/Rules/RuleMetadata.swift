/// The fields every rule has, whatever its type.
///
/// The fields live in one shared immutable box: every rule check copies its rule's metadata, and
/// one retain is cheaper than one per string, set and array.
public struct RuleMetadata: Sendable {
  private final class Storage: Sendable {
    let id: String
    let type: String
    let category: RuleCategory
    let severity: Severity
    let message: String
    let explanation: String
    let reference: String?
    let kinds: Set<DocumentKind>
    let suggestions: [String]
    let examples: RuleExamples
    let packID: String
    let file: String
    let yieldsTo: [String]
    let skipsQuoted: Bool
    /// `message`, read once for rendering.
    let compiledMessage: MessageTemplate

    init(
      id: String, type: String, category: RuleCategory, severity: Severity, message: String, explanation: String,
      reference: String?, kinds: Set<DocumentKind>, suggestions: [String], examples: RuleExamples, packID: String,
      file: String, yieldsTo: [String], skipsQuoted: Bool
    ) {
      self.yieldsTo = yieldsTo
      self.skipsQuoted = skipsQuoted
      self.id = id
      self.type = type
      self.category = category
      self.severity = severity
      self.message = message
      self.explanation = explanation
      self.reference = reference
      self.kinds = kinds
      self.suggestions = suggestions
      self.examples = examples
      self.packID = packID
      self.file = file
      compiledMessage = MessageTemplate(message)
    }
  }

  private let storage: Storage

  init(
    id: String, type: String, category: RuleCategory, severity: Severity, message: String, explanation: String,
    reference: String?, kinds: Set<DocumentKind>, suggestions: [String], examples: RuleExamples, packID: String,
    file: String, yieldsTo: [String] = [], skipsQuoted: Bool? = nil
  ) {
    storage = Storage(
      id: id, type: type, category: category, severity: severity, message: message, explanation: explanation,
      reference: reference, kinds: kinds, suggestions: suggestions, examples: examples, packID: packID, file: file,
      yieldsTo: yieldsTo, skipsQuoted: skipsQuoted ?? category.skipsQuotedText)
  }

  public var id: String { storage.id }
  public var type: String { storage.type }
  public var category: RuleCategory { storage.category }
  public var severity: Severity { storage.severity }
  public var message: String { storage.message }
  public var explanation: String { storage.explanation }
  public var reference: String? { storage.reference }
  /// Kinds the rule applies to; all kinds when the pack does not say.
  public var kinds: Set<DocumentKind> { storage.kinds }
  public var suggestions: [String] { storage.suggestions }
  public var examples: RuleExamples { storage.examples }
  public var packID: String { storage.packID }
  /// File the rule was read from, for error messages and `klarsvar rules`.
  public var file: String { storage.file }
  var compiledMessage: MessageTemplate { storage.compiledMessage }
  /// Ids of rules whose findings this rule's findings give way to where they overlap (`yieldsTo`).
  public var yieldsTo: [String] { storage.yieldsTo }
  /// Whether findings inside text the reply quotes are dropped (`"quoted": "skip"`; the category's
  /// default when the rule does not say).
  public var skipsQuoted: Bool { storage.skipsQuoted }
  /// Whether findings in a reader's published question (before *Kommentarer*, *Svar:*) are dropped: the
  /// rules that judge the writer's own voice (those skipping quotations, and promises).
  public var skipsReaderQuestion: Bool { storage.skipsQuoted || category == .commitment }

  public func applies(to kind: DocumentKind) -> Bool { kinds.contains(kind) }
}

/// A rule's own test cases: texts it must flag and texts it must leave alone.
public struct RuleExamples: Sendable {
  public struct Example: Sendable, Hashable {
    public let text: String
    public let kind: DocumentKind?
    /// For a `flag` example: the text after the rule's suggestions are applied — the proof that every
    /// replacement is grammatical in context.
    public let fixed: String?

    public init(text: String, kind: DocumentKind?, fixed: String? = nil) {
      self.text = text
      self.kind = kind
      self.fixed = fixed
    }
  }

  public let flag: [Example]
  public let pass: [Example]
}
