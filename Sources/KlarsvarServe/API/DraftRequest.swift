import Foundation
import KlarsvarCore
import KlarsvarJSON

/// The JSON body of `POST /api/check`, `/api/review` and `/api/fix`, read strictly:
/// `{"text": "…", "name": "brev.md", "kind": "reply", "settings": {…}}`; only `text` is required.
enum DraftRequest {
  /// The name a draft is read as when the client gives none: plain text, as a pasted draft is.
  static let defaultName = "utkast.txt"
  static let keys: Set<String> = ["text", "name", "kind", "settings"]

  /// The draft in a request's body.
  ///
  /// - Throws: `Refusal` with 415 for another media type, 400 naming the problem in the JSON.
  static func decode(_ request: HTTPRequest, base: URL) throws(Refusal) -> DraftChecker.Draft {
    guard request.mediaType == "application/json" else {
      throw Refusal(.unsupportedMediaType, "skicka JSON med Content-Type: application/json")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(request.body)
    } catch {
      throw Refusal(.badRequest, "ogiltig JSON: \(error)")
    }
    guard let object = value.objectValue else {
      throw Refusal(.badRequest, "kroppen ska vara ett JSON-objekt med minst \"text\"")
    }
    if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
      throw Refusal(.badRequest, "okänd nyckel \"\(unknown)\" (giltiga: \(keys.sorted().joined(separator: ", ")))")
    }
    guard let text = object["text"]?.stringValue else {
      throw Refusal(.badRequest, "\"text\" saknas eller är ingen sträng")
    }
    var draft = DraftChecker.Draft(name: defaultName, data: Data(text.utf8))
    if let name = object["name"] { draft.name = try FileName.validated(name.stringValue, field: "\"name\"") }
    if let kind = object["kind"], !kind.isNull { draft.kind = try kindValue(kind.stringValue) }
    if let settings = object["settings"], !settings.isNull { draft.settings = try self.settings(settings, base: base) }
    return draft
  }

  /// A kind by its name (`reply`, `newspaper-reply` …) or a Swedish one (`beslut` …).
  static func kindValue(_ name: String?) throws(Refusal) -> DocumentKind {
    guard let name, let kind = DocumentKind(name: name) else {
      throw Refusal(.badRequest, "\"kind\": \"\(name ?? "")\" är ingen dokumenttyp (\(DocumentKind.names))")
    }
    return kind
  }

  /// Settings in the keys of `.klarsvar.json`. `rulePaths` is refused: no request makes the server read
  /// folders on its disk (start it with `--rules` instead).
  static func settings(_ value: JSONValue, base: URL) throws(Refusal) -> KlarsvarConfig {
    if value["rulePaths"] != nil {
      throw Refusal(
        .badRequest, "\"settings\": rulePaths går inte att ange i en förfrågan; starta klarsvar serve med --rules MAPP")
    }
    do {
      return try KlarsvarConfig(json: value, file: base.appendingPathComponent("(inställningar i förfrågan)"))
    } catch {
      throw Refusal(.badRequest, "\"settings\": \(error)")
    }
  }
}

/// Why a request is refused: its status and a Swedish sentence for the client.
struct Refusal: Error, Equatable {
  var status: HTTPStatus
  var message: String

  init(_ status: HTTPStatus, _ message: String) {
    self.status = status
    self.message = message
  }

  var response: HTTPResponse { .error(status, message) }
}

/// A file name a client gives: used for its extension and shown in the report, never as a path.
enum FileName {
  static func validated(_ name: String?, field: String) throws(Refusal) -> String {
    guard let name, !name.isEmpty, name.utf8.count <= 255 else {
      throw Refusal(.badRequest, "\(field): ett filnamn på 1–255 byte behövs")
    }
    guard !name.contains("/"), !name.contains("\\"), !name.unicodeScalars.contains(where: { $0.value < 0x20 }),
      name != ".", name != ".."
    else {
      throw Refusal(.badRequest, "\(field): \"\(name.prefix(60))\" är inget filnamn (inga mappar)")
    }
    return name
  }
}
