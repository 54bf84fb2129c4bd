import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the body text of a Word document (.docx, .dotx) from its `word/document.xml`.
///
/// Each `w:p` with visible text becomes a paragraph (table cells and text boxes included).
/// Merge fields (`MERGEFIELD`, `DOCVARIABLE`, `DOCPROPERTY`, simple or complex) and content
/// controls become `«name»` placeholders, which the linter treats as opaque, instead of their
/// sample results ("«Namn»" rather than whatever text was last merged in).
public enum DocxReader {
  /// Where the body part lives in every Word-written file; other writers name it in `_rels/.rels`.
  static let documentPath = "word/document.xml"

  /// Extracts the paragraphs of a .docx file.
  public static func extract(data: Data) throws(TemplateFormat.ReadError) -> ExtractedDocument {
    let archive = try ZipArchive(document: data)
    let path = try mainDocumentPath(in: archive)
    guard let xml = try archive.data(named: path) else { throw .missingEntry(documentPath) }
    let handler = DocxHandler()
    try TemplateFormat.parseXML(xml, entry: path, delegate: handler)
    return handler.builder.build()
  }

  /// `word/document.xml`, or the target of the package's officeDocument relationship.
  private static func mainDocumentPath(in archive: ZipArchive) throws(TemplateFormat.ReadError) -> String {
    if archive.entry(named: documentPath) != nil { return documentPath }
    guard let rels = try archive.data(named: "_rels/.rels") else { throw .missingEntry(documentPath) }
    let handler = RelationshipHandler()
    try TemplateFormat.parseXML(rels, entry: "_rels/.rels", delegate: handler)
    guard var target = handler.officeDocumentTarget else { throw .missingEntry(documentPath) }
    // Package-relative targets may start with "/"; ZIP entry names never do.
    while target.hasPrefix("/") { target.removeFirst() }
    guard archive.entry(named: target) != nil else { throw .missingEntry(target) }
    return target
  }
}

/// Finds the officeDocument relationship in `_rels/.rels`.
final class RelationshipHandler: NSObject, XMLParserDelegate, XMLErrorRecording {
  var officeDocumentTarget: String?
  var xmlFailure: XMLFailure?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard elementName == "Relationship", officeDocumentTarget == nil,
      attributes.xmlAttribute("Type")?.hasSuffix("/officeDocument") == true
    else { return }
    officeDocumentTarget = attributes.xmlAttribute("Target")
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if xmlFailure == nil { xmlFailure = XMLFailure(parser: parser, error: parseError) }
    parser.abortParsing()
  }
}

/// SAX handler for WordprocessingML; used synchronously by `DocxReader` only.
final class DocxHandler: NSObject, XMLParserDelegate, XMLErrorRecording {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
  /// Field codes whose result is data filled in per letter, not text the template author wrote.
  static let placeholderFields: Set<String> = ["MERGEFIELD", "DOCVARIABLE", "DOCPROPERTY"]

  /// A complex field (`w:fldChar` begin … separate … end).
  private struct Field {
    var instruction = ""
    var inResult = false
    var isPlaceholder = false
  }

  /// A content control; what happens to its content is decided at `w:sdtContent`.
  private struct ContentControl {
    var isInline: Bool
    var alias: String?
    var tag: String?
    var showingPlaceholder = false
    var suppresses = false
  }

  private enum Container { case paragraph, block }

  var builder = ExtractedDocument.Builder(tracksSource: false)
  var xmlFailure: XMLFailure?

  /// Open paragraphs; more than one when a text box sits inside a paragraph.
  private var paragraphs: [String] = []
  private var containers: [Container] = []
  private var fields: [Field] = []
  /// For each open `w:fldSimple`: whether it is a placeholder (its result text is hidden).
  private var simpleFields: [Bool] = []
  private var controls: [ContentControl] = []
  private var runDepth = 0
  private var propertiesDepth = 0
  /// Depth inside subtrees whose text is never shown (duplicate fallbacks, hidden results).
  private var suppressDepth = 0
  private var collecting: Collecting = .none

  private enum Collecting { case none, text, instruction }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if namespaceURI == DocxHandler.markupCompatibility, elementName == "Fallback" {
      // mc:Fallback repeats mc:Choice's content for older readers; reading both doubles text boxes.
      suppressDepth += 1
      return
    }
    guard namespaceURI == DocxHandler.namespace else { return }
    switch elementName {
    case "p":
      paragraphs.append("")
      containers.append(.paragraph)
    case "body", "tbl", "tr", "tc", "txbxContent", "footnote", "endnote", "comment":
      containers.append(.block)
    case "r":
      runDepth += 1
    case "t":
      if runDepth > 0 { collecting = .text }
    case "instrText":
      collecting = .instruction
    case "tab", "ptab":
      // w:tab also defines tab stops inside w:pPr/w:tabs; only a tab inside a run is text.
      if runDepth > 0 && propertiesDepth == 0 { emit("\t") }
    case "br", "cr":
      if runDepth > 0 { emit("\n") }
    case "noBreakHyphen":
      emit("-")
    case "fldSimple":
      let placeholder = placeholderName(forInstruction: attributes.xmlAttribute("instr") ?? "")
      if let name = placeholder { emit("«\(name)»") }
      simpleFields.append(placeholder != nil)
      if placeholder != nil { suppressDepth += 1 }
    case "fldChar":
      fieldCharacter(attributes.xmlAttribute("fldCharType") ?? "")
    case "sdt":
      controls.append(ContentControl(isInline: containers.last == .paragraph))
    case "sdtPr", "rPr", "pPr", "sectPr", "tblPr", "trPr", "tcPr":
      propertiesDepth += 1
    case "alias":
      if propertiesDepth > 0, !controls.isEmpty { controls[controls.count - 1].alias = attributes.xmlAttribute("val") }
    case "tag":
      if propertiesDepth > 0, !controls.isEmpty { controls[controls.count - 1].tag = attributes.xmlAttribute("val") }
    case "showingPlcHdr":
      if propertiesDepth > 0, !controls.isEmpty {
        // A bare element means true; w:val="false"/"0" switches it off.
        let value = attributes.xmlAttribute("val") ?? "true"
        controls[controls.count - 1].showingPlaceholder = value != "false" && value != "0" && value != "off"
      }
    case "sdtContent":
      startContentControlContent()
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if namespaceURI == DocxHandler.markupCompatibility, elementName == "Fallback" {
      suppressDepth -= 1
      return
    }
    guard namespaceURI == DocxHandler.namespace else { return }
    switch elementName {
    case "p":
      guard let text = paragraphs.popLast() else { return }
      containers.removeLast()
      addParagraph(text)
    case "body", "tbl", "tr", "tc", "txbxContent", "footnote", "endnote", "comment":
      if !containers.isEmpty { containers.removeLast() }
    case "r":
      runDepth -= 1
    case "t", "instrText":
      collecting = .none
    case "fldSimple":
      if simpleFields.popLast() == true { suppressDepth -= 1 }
    case "sdt":
      if controls.popLast()?.suppresses == true { suppressDepth -= 1 }
    case "sdtPr", "rPr", "pPr", "sectPr", "tblPr", "trPr", "tcPr":
      propertiesDepth -= 1
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    switch collecting {
    case .none: break
    case .text: emit(string)
    case .instruction: if !fields.isEmpty { fields[fields.count - 1].instruction += string }
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if xmlFailure == nil { xmlFailure = XMLFailure(parser: parser, error: parseError) }
    parser.abortParsing()
  }

  // MARK: - Fields and content controls

  private func fieldCharacter(_ type: String) {
    switch type {
    case "begin":
      fields.append(Field())
    case "separate":
      guard !fields.isEmpty else { return }
      fields[fields.count - 1].inResult = true
      finishInstruction()
    case "end":
      guard !fields.isEmpty else { return }
      // A field without a result part (`separate`) still shows as its placeholder.
      if !fields[fields.count - 1].inResult { finishInstruction() }
      fields.removeLast()
    default:
      break
    }
  }

  /// Decides whether the innermost field is a placeholder, and if so writes it in place of its result.
  private func finishInstruction() {
    let index = fields.count - 1
    guard !fields[index].isPlaceholder, let name = placeholderName(forInstruction: fields[index].instruction) else {
      return
    }
    fields[index].inResult = true
    // Emit while this field is still visible, then hide the cached result that follows.
    emit("«\(name)»")
    fields[index].isPlaceholder = true
  }

  private func startContentControlContent() {
    guard let index = controls.indices.last else { return }
    let control = controls[index]
    let name = sanitize(control.alias ?? control.tag ?? "") ?? "innehållskontroll"
    if control.isInline {
      emit("«\(name)»")
      controls[index].suppresses = true
      suppressDepth += 1
    } else if control.showingPlaceholder {
      // A block control still showing Word's prompt ("Klicka här för att ange text.") stands for
      // text entered per letter, so it becomes a placeholder paragraph of its own.
      if isVisible { addParagraph("«\(name)»") }
      controls[index].suppresses = true
      suppressDepth += 1
    }
    // Block controls with real content keep it: authors wrap boilerplate in them to lock it.
  }

  /// The placeholder name of a field instruction such as ` MERGEFIELD "Förnamn" \* MERGEFORMAT `.
  private func placeholderName(forInstruction instruction: String) -> String? {
    let trimmed = instruction.trimmingCharacters(in: .whitespacesAndNewlines)
    let keywordEnd = trimmed.firstIndex(where: \.isWhitespace) ?? trimmed.endIndex
    let keyword = trimmed[..<keywordEnd].uppercased()
    guard DocxHandler.placeholderFields.contains(keyword) else { return nil }
    let rest = trimmed[keywordEnd...].drop(while: \.isWhitespace)
    var name: Substring
    if rest.first == "\"" {
      let body = rest.dropFirst()
      name = body[..<(body.firstIndex(of: "\"") ?? body.endIndex)]
    } else if rest.first == "\\" {
      name = ""
    } else {
      name = rest[..<(rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex)]
    }
    return sanitize(String(name)) ?? keyword.lowercased()
  }

  /// Keeps a placeholder's name from closing it early or spanning lines.
  private func sanitize(_ name: String) -> String? {
    let cleaned = name.filter { $0 != "«" && $0 != "»" && !$0.isNewline }.trimmingCharacters(in: .whitespaces)
    return cleaned.isEmpty ? nil : cleaned
  }

  // MARK: - Text

  private var isVisible: Bool {
    suppressDepth == 0 && fields.allSatisfy { $0.inResult && !$0.isPlaceholder }
  }

  private func emit(_ string: String) {
    guard isVisible, !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1] += string
  }

  /// Empty and blank paragraphs (spacing in letters) are dropped so numbering counts text blocks.
  private func addParagraph(_ text: String) {
    guard text.contains(where: { !$0.isWhitespace }) else { return }
    builder.appendParagraph(text)
  }
}
