import Foundation
import KlarsvarCore

/// `klarsvar/status`: the core's rule set, settings and kind decision, translated for a status display.
extension LanguageServer {
  func status(_ request: StatusRequest, _ reply: Reply<StatusResult>) {
    guard let uri = request.textDocument?.uri, documents[uri] != nil else {
      let folder = request.textDocument.flatMap { Self.fileURL($0.uri)?.deletingLastPathComponent() }
      return answer(reply, status(forDirectory: folder ?? settingsBase, document: nil))
    }
    // Answered on a result of the current version, so the kind matches the text the client shows.
    whenLinted(uri) { linted in
      let folder = Self.fileURL(uri)?.deletingLastPathComponent() ?? self.settingsBase
      guard let linted else {
        let document = StatusResult.DocumentStatus(uri: uri, linted: false)
        return self.answer(reply, self.status(forDirectory: folder, document: document))
      }
      let decision = linted.value.kindDecision
      let document = StatusResult.DocumentStatus(
        uri: uri, linted: true, kind: decision.kind.rawValue, kindName: decision.kind.swedishName,
        kindSource: decision.source.rawValue)
      self.answer(reply, self.status(forDirectory: folder, document: document, ruleSet: linted.ruleSet))
    }
  }

  /// The status for files in `directory`; `ruleSet` is the one a lint used, else the folder's is loaded.
  private func status(forDirectory directory: URL, document: StatusResult.DocumentStatus?, ruleSet: RuleSet? = nil)
    -> StatusResult
  {
    let settings = workspace.settings(forDirectory: directory)
    let rules: RuleSet
    if let ruleSet {
      rules = ruleSet
    } else {
      let (linter, errors) = workspace.linter(for: settings)
      // A first load happens here when no document was linted yet; its errors are shown only once.
      if !errors.isEmpty { showPackErrors(errors) }
      rules = linter.ruleSet
    }
    let enabled = settings.lintOptions(for: directory.appendingPathComponent("namnlös"), format: .plain)
      .rules.enabledPacks
    var rulesByPack: [String: Int] = [:]
    for rule in rules.rules { rulesByPack[rule.metadata.packID, default: 0] += 1 }
    let packs = rules.packs.map { pack in
      StatusResult.Pack(
        id: pack.id, name: pack.name, version: pack.version, rules: rulesByPack[pack.id] ?? 0,
        enabled: enabled?.contains(pack.id) ?? true)
    }
    return StatusResult(version: KlarsvarVersion.current, rules: rules.rules.count, packs: packs, document: document)
  }
}
