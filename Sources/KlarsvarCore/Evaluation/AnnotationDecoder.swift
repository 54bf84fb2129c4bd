import Foundation
import KlarsvarJSON

/// Reads an annotation file `{"kind": "reply", "findings": [{"category": "commitment", "text": "inom kort",
/// "occurrence": 1}, …]}` (`kind`, the text's true kind, is optional).
///
/// Strict, like the rule packs: an unknown key, an unknown category or kind, a missing `text` key or an
/// occurrence below 1 is an error naming the file and the item.
public enum AnnotationDecoder {
  /// What a reviewer marked in one draft, and the draft's kind when the annotation names it.
  public struct Annotation: Sendable {
    public var kind: DocumentKind?
    public var findings: [ExpectedFinding]
  }

  public static func decode(_ data: Data, file: String) throws -> [ExpectedFinding] {
    try decodeAnnotation(data, file: file).findings
  }

  public static func decodeAnnotation(_ data: Data, file: String) throws -> Annotation {
    let root: JSONValue
    do {
      root = try JSONParser.parse(data)
    } catch {
      throw EvaluationError(
        file: file, message: "ogiltig JSON (rad \(error.line), kolumn \(error.column): \(error.message))")
    }
    guard let object = root.objectValue else {
      throw EvaluationError(file: file, message: "ska vara ett objekt med nyckeln \"findings\"")
    }
    let unknownRoot = Set(object.keys).subtracting(["findings", "kind"])
    guard unknownRoot.isEmpty else {
      throw EvaluationError(
        file: file, message: "okänd nyckel \(unknownRoot.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
    }
    guard let items = object["findings"]?.arrayValue else {
      throw EvaluationError(file: file, message: "\"findings\" ska vara en lista")
    }
    var kind: DocumentKind?
    if let value = object["kind"] {
      guard let name = value.stringValue, let named = DocumentKind(rawValue: name) else {
        throw EvaluationError(file: file, message: "/kind: okänd dokumenttyp (giltiga: \(DocumentKind.names))")
      }
      kind = named
    }
    let findings = try items.enumerated().map { index, item in
      try decodeItem(item, file: file, path: "/findings/\(index)")
    }
    return Annotation(kind: kind, findings: findings)
  }

  private static func decodeItem(_ item: JSONValue, file: String, path: String) throws -> ExpectedFinding {
    func failure(_ message: String) -> EvaluationError { EvaluationError(file: file, message: "\(path): \(message)") }
    guard let fields = item.objectValue else { throw failure("ska vara ett objekt") }
    let unknown = Set(fields.keys).subtracting(["category", "text", "occurrence"])
    guard unknown.isEmpty else {
      throw failure("okänd nyckel \(unknown.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
    }
    guard let name = fields["category"]?.stringValue else { throw failure("\"category\" saknas eller är ingen sträng") }
    guard let category = RuleCategory(rawValue: name) else {
      let valid = RuleCategory.allCases.map(\.rawValue).joined(separator: ", ")
      throw failure("okänd kategori \"\(name)\" (giltiga: \(valid))")
    }
    guard let textValue = fields["text"] else {
      throw failure("\"text\" saknas (skriv null för ett problem som gäller hela dokumentet)")
    }
    let text: String?
    if textValue.isNull {
      text = nil
    } else if let string = textValue.stringValue, !string.isEmpty {
      text = string
    } else {
      throw failure("\"text\" ska vara en icke-tom sträng eller null")
    }
    var occurrence = 1
    if let value = fields["occurrence"] {
      guard case .int(let number) = value, number >= 1 else { throw failure("\"occurrence\" ska vara ett heltal ≥ 1") }
      guard text != nil else { throw failure("\"occurrence\" kräver en \"text\"") }
      occurrence = number
    }
    return ExpectedFinding(category: category, text: text, occurrence: occurrence)
  }
}
