import Foundation
import KlarsvarCore

/// The body of `POST /api/check-file` and `/api/read-file`: a `multipart/form-data` form with a
/// `file` field (and optional `kind`), or the file's raw bytes with their media type and `?name=`.
/// The bytes are read in memory only; nothing is written anywhere.
enum UploadRequest {
  /// File names for raw bodies sent without `?name=`, by media type.
  static let namesByMediaType = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "dokument.docx",
    "application/vnd.oasis.opendocument.text": "dokument.odt",
    "text/plain": "dokument.txt",
    "text/markdown": "dokument.md",
    "text/html": "dokument.html",
  ]

  /// The uploaded file as a draft.
  ///
  /// - Throws: `Refusal` (400, or 415 for a raw body of unknown type without a name).
  static func decode(_ request: HTTPRequest) throws(Refusal) -> DraftChecker.Draft {
    let query = request.query
    var draft: DraftChecker.Draft
    if let type = request.headers["Content-Type"], let boundary = MultipartForm.boundary(ofContentType: type) {
      draft = try fromForm(request.body, boundary: boundary)
    } else {
      let name = try query["name"].map { name throws(Refusal) in try FileName.validated(name, field: "?name") }
      guard let name = name ?? request.mediaType.flatMap({ namesByMediaType[$0] }) else {
        throw Refusal(
          .unsupportedMediaType,
          "skicka filen som multipart/form-data (fältet file) eller ange ?name=brev.docx för rå bytes")
      }
      draft = DraftChecker.Draft(name: name, data: request.body)
    }
    if let kind = query["kind"] { draft.kind = try DraftRequest.kindValue(kind) }
    return draft
  }

  private static func fromForm(_ body: Data, boundary: String) throws(Refusal) -> DraftChecker.Draft {
    let form: MultipartForm
    do {
      form = try MultipartForm(body: body, boundary: boundary)
    } catch {
      throw Refusal(.badRequest, "formuläret går inte att läsa: \(error.message)")
    }
    if let unknown = form.parts.first(where: { !["file", "kind", "name"].contains($0.name) }) {
      throw Refusal(.badRequest, "okänt formulärfält \"\(unknown.name.prefix(40))\" (giltiga: file, kind, name)")
    }
    let files = form.parts.filter { $0.name == "file" }
    guard files.count == 1, let file = files.first else {
      throw Refusal(.badRequest, "formuläret ska ha exakt ett fält \"file\" med filen")
    }
    func text(_ field: String) -> String? {
      form.parts.first { $0.name == field }.map { String(decoding: $0.body, as: UTF8.self) }
    }
    let name = try FileName.validated(text("name") ?? file.fileName, field: "filnamnet")
    var draft = DraftChecker.Draft(name: name, data: file.body)
    if let kind = text("kind"), !kind.isEmpty { draft.kind = try DraftRequest.kindValue(kind) }
    return draft
  }
}
