import KlarsvarCore
import KlarsvarJSON

/// The rule endpoints and the health check: what the loaded packs hold, for the page's explanations
/// and for scripts.
extension ServeAPI {
  /// `GET /api/rules`: `{"rules": [{id, type, category, categoryName, severity, pack}], "packs": [...]}`.
  func rules() -> HTTPResponse {
    let ruleSet = checker.ruleSet
    let rows = ruleSet.rules.map(\.metadata).map { rule -> JSONValue in
      .object([
        "id": .string(rule.id), "type": .string(rule.type), "category": .string(rule.category.rawValue),
        "categoryName": .string(rule.category.swedishName), "severity": .string(rule.severity.rawValue),
        "pack": .string(rule.packID),
      ])
    }
    return .json(.object(["rules": .array(rows), "packs": packs(ruleSet)]))
  }

  /// `GET /api/rules/{id}`: a rule's explanation, reference and examples, as `klarsvar explain` shows
  /// them (`markdown`) and field by field.
  func rule(_ id: String) -> HTTPResponse {
    guard let rule = checker.ruleSet.rule(withID: id)?.metadata else {
      return Refusal(.notFound, "okänd regel \"\(id.prefix(80))\"; se GET /api/rules").response
    }
    func examples(_ list: [RuleExamples.Example]) -> JSONValue { .array(list.map { .string($0.text) }) }
    return .json(
      .object([
        "id": .string(rule.id), "type": .string(rule.type), "category": .string(rule.category.rawValue),
        "categoryName": .string(rule.category.swedishName), "severity": .string(rule.severity.rawValue),
        "pack": .string(rule.packID), "explanation": .string(rule.explanation),
        "reference": rule.reference.map { .string($0) } ?? .null,
        "examples": .object(["flag": examples(rule.examples.flag), "pass": examples(rule.examples.pass)]),
        "markdown": .string(RuleExplanation.markdown(rule)),
      ]))
  }

  /// `GET /api/health`: `{"status": "ok", "version", "rules", "packs", "errors"}`.
  func health() -> HTTPResponse {
    let errors = (checker.packErrors + checker.configErrors).map { JSONValue.string($0.description) }
    return .json(
      .object([
        "status": .string("ok"), "version": .string(KlarsvarVersion.current),
        "rules": .int(checker.ruleSet.rules.count), "packs": packs(checker.ruleSet), "errors": .array(errors),
      ]))
  }

  private func packs(_ ruleSet: RuleSet) -> JSONValue {
    .array(
      ruleSet.packs.map {
        .object(["id": .string($0.id), "name": .string($0.name), "version": .string($0.version)])
      })
  }
}
