/// A one-line overview of a letter for reviewers: its kind, readability, promises and missing referrals.
///
/// Read from a lint result only: the text, the findings and the side outputs (`Commitment`), so any
/// front end can show it. The language server's code lens shows the line ("Svar till enskild (upptäckt) · LIX
/// 48 · 3 löften, 2 utan tidpunkt · hänvisning saknas: referral-complaint-ivo").
public struct LetterSummary: Sendable, Hashable {
  public var kind: DocumentKind
  public var kindSource: KindDecision.Source
  /// LIX of the writer's own text (quoted text left out), nil for a text without sentences.
  public var lix: Int?
  public var commitments: Int
  /// Promises without a concrete time anchor.
  public var unanchoredCommitments: Int
  /// Ids of referral rules that report missing information, in order of appearance.
  public var missingReferrals: [String]

  public init(_ result: LintResult) {
    kind = result.kind
    kindSource = result.kindDecision.source
    lix = Readability.documentLIX(result.text).map { Int($0.rounded()) }
    let promises = result.sideOutputs[Commitment.self]
    commitments = promises.count
    unanchoredCommitments = promises.filter { $0.anchor == nil }.count
    var seen = Set<String>()
    missingReferrals = result.findings.filter { $0.category == .referral && seen.insert($0.ruleID).inserted }.map(
      \.ruleID)
  }

  /// `Svar till enskild (upptäckt) · LIX 48 · 3 löften, 2 utan tidpunkt · hänvisning saknas: …`.
  public var line: String {
    var parts: [String] = []
    let name = kind.swedishName
    let capitalised = name.prefix(1).uppercased() + name.dropFirst()
    parts.append(kindSource == .detected ? "\(capitalised) (upptäckt)" : capitalised)
    parts.append(lix.map { "LIX \($0)" } ?? "LIX –")
    var promises = commitments == 1 ? "1 löfte" : "\(commitments) löften"
    if commitments > 0 { promises += ", \(unanchoredCommitments) utan tidpunkt" }
    parts.append(promises)
    if !missingReferrals.isEmpty {
      parts.append("hänvisning saknas: " + missingReferrals.joined(separator: ", "))
    }
    return parts.joined(separator: " · ")
  }
}
