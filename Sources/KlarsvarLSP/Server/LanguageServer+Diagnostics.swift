import Foundation
import KlarsvarCore
import KlarsvarText

/// Linting on edits (coalesced, newest version only), pushing and pulling diagnostics, and waiting
/// for a current result before answering a request about a document.
extension LanguageServer {
  var pushesDiagnostics: Bool { !client.supportsPullDiagnostics }

  /// Makes sure the newest text of `uri` gets linted.
  ///
  /// The first edit after a quiet spell is linted at once; edits that follow within the debounce
  /// interval are coalesced into one trailing lint of the newest text. At most one lint runs per document.
  /// While the client's settings are awaited nothing starts; their arrival lints every open document.
  func requestLint(_ uri: String) {
    guard !awaitsSettings, var document = documents[uri], document.schedule.scheduled == nil,
      !document.schedule.inFlight
    else { return }
    var delay = Duration.zero
    if let last = document.schedule.lastStart {
      let due = last + options.debounce
      let now = ContinuousClock.now
      if due > now { delay = due - now }
    }
    document.schedule.scheduled = Task {
      if delay > .zero { try? await Task.sleep(for: delay) }
      guard !Task.isCancelled else { return }
      self.startLint(uri)
    }
    documents[uri] = document
  }

  private func startLint(_ uri: String) {
    guard var document = documents[uri] else { return }
    document.schedule.scheduled = nil
    guard let setup = lintSetup(for: document) else {
      documents[uri] = document
      skipLint(uri)
      return
    }
    document.schedule.inFlight = true
    document.schedule.lastStart = .now
    documents[uri] = document
    statistics.lintsStarted += 1
    let version = document.version
    let generation = document.schedule.generation
    let source = document.source
    Task.detached(priority: .userInitiated) {
      let lint = setup.linter.lint(source, as: setup.format, options: setup.options)
      await self.finishLint(uri, version: version, generation: generation, lint: lint, ruleSet: setup.linter.ruleSet)
    }
  }

  private func finishLint(_ uri: String, version: Int, generation: Int, lint: TemplateLint, ruleSet: RuleSet) {
    guard var document = documents[uri] else { return }
    document.schedule.inFlight = false
    guard document.version == version, document.schedule.generation == generation else {
      statistics.staleResultsDropped += 1
      documents[uri] = document
      requestLint(uri)
      return
    }
    let linted = LintedVersion(version: version, generation: generation, lint: lint, ruleSet: ruleSet)
    document.result = linted
    let waiters = document.waiters
    document.waiters = []
    if pushesDiagnostics { document.publishedVersion = version }
    documents[uri] = document
    if pushesDiagnostics {
      statistics.published += 1
      let translator = DiagnosticTranslator(uri: uri, converter: converter)
      notify(
        PublishDiagnosticsNotification(uri: uri, version: version, diagnostics: translator.diagnostics(for: linted)))
    }
    for waiter in waiters { waiter(linted) }
    releaseFreedMemory(afterDocumentOf: linted.source.utf8Count)
  }

  /// A document that is not linted (language not enabled, ignored by config): clear and answer waiters.
  private func skipLint(_ uri: String) {
    guard var document = documents[uri] else { return }
    let waiters = document.waiters
    document.waiters = []
    let hadPublished = document.publishedVersion != nil
    document.publishedVersion = nil
    document.result = nil
    documents[uri] = document
    if pushesDiagnostics && hadPublished {
      notify(PublishDiagnosticsNotification(uri: uri, version: document.version, diagnostics: []))
    }
    for waiter in waiters { waiter(nil) }
  }

  /// Runs `body` with a lint result of the document's current version (nil: closed or not linted).
  func whenLinted(_ uri: String, _ body: @escaping (LintedVersion?) -> Void) {
    guard let document = documents[uri] else {
      body(nil)
      return
    }
    if let current = document.current {
      body(current)
      return
    }
    documents[uri]?.waiters.append { _ in
      body(self.documents[uri]?.current)
    }
    requestLint(uri)
  }

  /// Lints every open document again (settings or rules changed).
  func relintAll() {
    for uri in documents.uris {
      documents[uri]?.schedule.generation += 1
      documents[uri]?.result = nil
      documents[uri]?.schedule.scheduled?.cancel()
      documents[uri]?.schedule.scheduled = nil
      requestLint(uri)
    }
    if !pushesDiagnostics && client.supportsDiagnosticRefresh {
      request(DiagnosticRefreshRequest()) { _ in }
    }
  }

  func pullDiagnostics(_ request: DocumentDiagnosticRequest, _ reply: Reply<DocumentDiagnosticReport>) {
    let uri = request.textDocument.uri
    whenLinted(uri) { linted in
      guard let linted else {
        self.answer(reply, DocumentDiagnosticReport(kind: "full", resultId: nil, items: []))
        return
      }
      let resultID = "\(linted.version).\(linted.generation)"
      if request.previousResultId == resultID {
        self.answer(reply, DocumentDiagnosticReport(kind: "unchanged", resultId: resultID, items: nil))
        return
      }
      let items = DiagnosticTranslator(uri: uri, converter: self.converter).diagnostics(for: linted)
      self.answer(reply, DocumentDiagnosticReport(kind: "full", resultId: resultID, items: items))
    }
  }
}

/// A lint result together with the version, settings generation and rules it was computed with.
struct LintedVersion {
  var version: Int
  var generation: Int
  /// The result with its ranges in `source`, the document's text (for HTML the markup, not the linted text).
  var lint: TemplateLint
  var ruleSet: RuleSet

  var value: LintResult { lint.result }
  var source: SourceText { lint.source }
}
