import KlarsvarCore
import KlarsvarJSON
import KlarsvarText

/// The page's summary panel as JSON, read from a lint result only (as the editor's summary lens is):
/// the kind of text and how it was decided, LIX, counts by severity, every promise with its time and
/// the commitment findings in its sentence (what it lacks, in the packs' own words), and the referrals
/// the draft names and the referral findings (what is missing or wrong).
///
/// Findings are referred to by their index in the report's `findings`, so the page links the two.
enum DraftSummary {
  static func json(_ report: FileReport, contacts: [String: Contact]) -> JSONValue {
    guard let result = report.result else { return .null }
    let letter = LetterSummary(result)
    let findings = result.findings
    func location(_ range: TextRange) -> JSONValue { (try? JSONValue(encoding: report.location(of: range))) ?? .null }
    func indices(where accepts: (Finding) -> Bool) -> JSONValue {
      .array(findings.indices.filter { accepts(findings[$0]) }.map { .int($0) })
    }
    let commitments = result.commitments.map { commitment -> JSONValue in
      .object([
        "ruleId": .string(commitment.ruleID),
        "promise": .string(result.source.text(in: commitment.cue)),
        "location": location(commitment.cue),
        "time": commitment.anchor.map { .string(result.source.text(in: $0)) } ?? .null,
        "timeLocation": commitment.anchor.map(location) ?? .null,
        "findings": indices { $0.category == .commitment && $0.range.overlaps(commitment.sentence) },
      ])
    }
    let present = ReferralMentions.find(in: result.text, contacts: contacts).map { mention -> JSONValue in
      .object([
        "id": .string(mention.contact.id), "name": .string(mention.contact.name),
        "text": .string(result.source.text(in: mention.range)), "location": location(mention.range),
      ])
    }
    var counts: [String: JSONValue] = [:]
    for severity in Severity.allCases {
      counts[severity.rawValue] = .int(findings.filter { $0.severity == severity }.count)
    }
    let decision = result.kindDecision
    return .object([
      "line": .string(letter.line),
      "kind": .object([
        "id": .string(result.kind.rawValue), "name": .string(result.kind.swedishName),
        "source": .string(decision.source.rawValue), "confidence": .double((decision.confidence * 100).rounded() / 100),
      ]),
      "lix": letter.lix.map { .int($0) } ?? .null,
      "counts": .object(counts),
      "commitments": .array(commitments),
      "referrals": .object([
        "present": .array(present),
        "missing": indices { $0.category == .referral },
      ]),
    ])
  }
}
