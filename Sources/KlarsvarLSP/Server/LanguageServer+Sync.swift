import KlarsvarCore

/// Text synchronisation: `didOpen`, incremental `didChange`, `didClose`, `didSave`.
extension LanguageServer {
  func didOpen(_ notification: DidOpenTextDocumentNotification) {
    let uri = notification.textDocument.uri
    if documents[uri] != nil { log("\(uri) opened twice; the new text replaces the old", type: MessageType.warning) }
    documents[uri]?.schedule.scheduled?.cancel()
    let waiters = documents[uri]?.waiters ?? []
    documents.open(notification.textDocument)
    documents[uri]?.waiters = waiters
    requestLint(uri)
  }

  func didChange(_ notification: DidChangeTextDocumentNotification) {
    let uri = notification.textDocument.uri
    guard var document = documents[uri] else {
      log("didChange for \(uri), which is not open, ignored", type: MessageType.warning)
      return
    }
    let (source, warnings) = DocumentStore.apply(notification.contentChanges, to: document.source, converter: converter)
    for warning in warnings {
      log("\(uri) version \(notification.textDocument.version): \(warning)", type: MessageType.warning)
    }
    if notification.textDocument.version <= document.version {
      log("\(uri): version \(notification.textDocument.version) after \(document.version)", type: MessageType.warning)
    }
    document.source = source
    document.version = notification.textDocument.version
    // A result for older text is never used again (`current` wants the version), so it goes now, not
    // when the next lint is done: a big document's tokens and findings are then never held twice.
    document.result = nil
    documents[uri] = document
    releaseFreedMemory(afterDocumentOf: source.utf8Count)
    requestLint(uri)
  }

  func didClose(_ notification: DidCloseTextDocumentNotification) {
    let uri = notification.textDocument.uri
    guard let document = documents.close(uri) else { return }
    document.schedule.scheduled?.cancel()
    for waiter in document.waiters { waiter(nil) }
    if pushesDiagnostics && document.publishedVersion != nil {
      notify(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
    }
  }

  func didSave(_ notification: DidSaveTextDocumentNotification) {
    // The text is already current through didChange; saving may change which config applies only via files.
  }
}
