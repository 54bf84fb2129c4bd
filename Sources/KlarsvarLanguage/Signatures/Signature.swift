/// The closing block of a text: who signed, in what role, for which body, and how to get in touch.
public struct Signature: Sendable, Hashable {
  /// A named person in the block.
  public struct Person: Sendable, Hashable {
    public var name: String
    /// Party abbreviation as written (`S`, `KD`).
    public var party: String?
    public var role: String?
    public var body: String?
  }

  /// Lines of the block (indices into `LanguageDocument.lines`), the closing phrase's line included.
  public var lineRange: Range<Int>
  /// The closing phrase as written (*Med vänlig hälsning*).
  public var closing: String?
  public var people: [Person] = []
  /// Roles as written (*ordförande*, *enhetschef*), also those of no named person.
  public var roles: [String] = []
  /// Bodies as written (*socialnämnden*, *Ekeby kommun*).
  public var bodies: [String] = []
  public var phones: [String] = []
  public var emails: [String] = []
  public var websites: [String] = []
  /// Labels of contact lines, folded (*presskontakt*, *kontakt*).
  public var contactLabels: [String] = []

  /// Whether a named person signed (*Anna Lind (S)*, *Handläggare: Maria Öberg*), not only a body
  /// (*Kundcenter, Ekeby kommun*).
  public var isSignedByNamedPerson: Bool { !people.isEmpty }

  /// Whether someone signed with a party tag (a politician).
  public var hasPartyTag: Bool { people.contains { $0.party != nil } }

  /// Whether a reader can reach someone: a phone number, an e-mail address or a web address.
  public var hasContactRoute: Bool { !phones.isEmpty || !emails.isEmpty || !websites.isEmpty }
}
