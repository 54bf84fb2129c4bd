import KlarsvarCore
import KlarsvarJSON
import KlarsvarText

/// The letter's summary code lens and `klarsvar.listCommitments`.
extension LanguageServer {
  func codeLenses(_ request: CodeLensRequest, _ reply: Reply<[CodeLens]>) {
    let uri = request.textDocument.uri
    whenLinted(uri) { linted in
      guard let linted else { return self.answer(reply, []) }
      let start = Position(line: 0, character: 0)
      let command = ClientCommand(
        title: LetterSummary(linted.value).line, command: Self.listCommitmentsCommand, arguments: [.string(uri)])
      self.answer(reply, [CodeLens(range: LSPRange(start: start, end: start), command: command)])
    }
  }

  func executeCommand(_ request: ExecuteCommandRequest, _ reply: Reply<JSONValue>) {
    guard request.command == Self.listCommitmentsCommand else {
      return answer(reply, .failure(.invalidParams("unknown command \(request.command)")))
    }
    let argument = request.arguments?.first
    guard let uri = argument?.stringValue ?? argument?["uri"]?.stringValue else {
      return answer(reply, .failure(.invalidParams("\(request.command) needs a document URI as its first argument")))
    }
    guard documents[uri] != nil else {
      return answer(reply, .failure(.invalidParams("\(uri) is not open")))
    }
    whenLinted(uri) { linted in
      guard let linted else { return self.answer(reply, .array([])) }
      self.answer(reply, .array(linted.value.commitments.map { self.json($0, in: linted.lint) }))
    }
  }

  /// A commitment for reviewers: the sentence, the promise, and its time anchor or null.
  /// Texts come from the linted text, ranges from the document's own (they differ for HTML).
  private func json(_ commitment: Commitment, in lint: TemplateLint) -> JSONValue {
    let source = lint.result.source
    func range(_ range: TextRange) -> JSONValue {
      let converted = converter.range(lint.sourceRange(range), in: lint.source)
      return .object([
        "start": .object(["line": .int(converted.start.line), "character": .int(converted.start.character)]),
        "end": .object(["line": .int(converted.end.line), "character": .int(converted.end.character)]),
      ])
    }
    return .object([
      "ruleId": .string(commitment.ruleID),
      "sentence": .string(source.text(in: commitment.sentence)),
      "range": range(commitment.sentence),
      "promise": .string(source.text(in: commitment.cue)),
      "promiseRange": range(commitment.cue),
      "anchor": commitment.anchor.map { .string(source.text(in: $0)) } ?? .null,
      "anchorRange": commitment.anchor.map(range) ?? .null,
    ])
  }
}
