/// A one-line overview of a letter for reviewers: readability, promises and missing referrals.
///
/// Read from a lint result only: the text, the findings and the side outputs (`Commitment`), so any
/// front end can show it. The language server's code lens shows the line ("LIX 48 · 3 löften, 2 utan
/// tidpunkt · hänvisning saknas: referral-complaint-ivo").
public struct LetterSummary: Sendable, Hashable {
  /// LIX of the writer's own text (quoted text left out), nil for a text without sentences.
  public var lix: Int?
  public var commitments: Int
  /// Promises without a concrete time anchor.
  public var unanchoredCommitments: Int
  /// Ids of referral rules that report missing information, in order of appearance.
  public var missingReferrals: [String]

  public init(_ result: LintResult) {
    lix = Readability.documentLIX(result.text).map { Int($0.rounded()) }
    let promises = result.sideOutputs[Commitment.self]
    commitments = promises.count
    unanchoredCommitments = promises.filter { $0.anchor == nil }.count
    var seen = Set<String>()
    missingReferrals = result.findings.filter { $0.category == .referral && seen.insert($0.ruleID).inserted }.map(
      \.ruleID)
  }

  /// `LIX 48 · 3 löften, 2 utan tidpunkt · hänvisning saknas: referral-complaint-ivo`.
  public var line: String {
    var parts: [String] = []
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
