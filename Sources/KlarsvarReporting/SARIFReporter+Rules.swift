import KlarsvarCore

/// A rule as SARIF's `reportingDescriptor`: what code scanning shows next to an alert and sorts by.
extension SARIFReporter {
  /// Where the rule types are documented; `helpUri` points at the rule's type in it.
  static let ruleDocumentation = "https://github.com/klarsvar/klarsvar/blob/main/rules/README.md"

  static func descriptor(_ rule: RuleMetadata) -> SARIFLog.ReportingDescriptor {
    // Each slot named by ASCII letters shows as "…".
    let short = MessageTemplate(rule.message).render { name in
      !name.isEmpty && name.utf8.allSatisfy { ($0 | 0x20) &- 0x61 < 26 } ? "…" : nil
    }
    let full = rule.explanation.components(separatedBy: "\n\n").first ?? rule.explanation
    return SARIFLog.ReportingDescriptor(
      id: rule.id, name: name(ofRule: rule.id), helpUri: ruleDocumentation + "#" + documentationAnchor(rule.type),
      shortDescription: .init(text: short), fullDescription: .init(text: full),
      help: .init(text: rule.explanation, markdown: RuleExplanation.markdown(rule)),
      defaultConfiguration: .init(level: level(rule.severity)),
      properties: .init(
        category: rule.category.rawValue, tags: ["klarsvar", rule.category.rawValue], pack: rule.packID,
        precision: precision(rule.category), problemSeverity: problemSeverity(rule.severity)))
  }

  /// The id in UpperCamelCase (`vag-tidsangivelse` → `VagTidsangivelse`), the shape SARIF's `name` has.
  static func name(ofRule id: String) -> String {
    id.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }

  /// The heading of `rules/README.md` that documents a rule type: its own section, or the shared
  /// section of the grammar types; a type without a section gets the section on rules in general.
  static func documentationAnchor(_ type: String) -> String {
    switch type {
    case "phrase", "pattern", "requires", "voiced", "commitment", "metric", "structure", "contact": type
    case "agreement", "verb-form", "split-compound", "capitalization": "grammar-types"
    default: "rules"
    }
  }

  /// How often a category's findings are right, from the held-out split in the README's "Measured
  /// quality" (drafts never used to tune a rule): precision ≥ 0.9 is `high`, ≥ 0.65 `medium`, less
  /// `low`. Update with the table.
  static func precision(_ category: RuleCategory) -> String {
    switch category {
    case .commitment, .plainLanguage, .readability: "high"
    case .tone, .structure, .grammar: "medium"
    case .referral: "low"
    }
  }

  /// GitHub's `problem.severity`: `error`, `warning` or `recommendation`.
  static func problemSeverity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "recommendation"
    }
  }
}
