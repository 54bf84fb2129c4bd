import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the body text of an OpenDocument text file (.odt, .ott) from its `content.xml`.
///
/// Each `text:p` and `text:h` with visible text becomes a paragraph. User fields, database fields
/// and placeholders become `«name»` placeholders. Whitespace follows the ODF rules: runs of
/// spaces, tabs and newlines in the XML collapse to one space, and `text:s`, `text:tab` and
/// `text:line-break` stand for the literal characters.
public enum OdtReader {
  static let contentPath = "content.xml"

  /// Extracts the paragraphs of an .odt file.
  public static func extract(data: Data) throws(TemplateFormat.ReadError) -> ExtractedDocument {
    let archive = try ZipArchive(document: data)
    // ODF encrypts parts itself (the ZIP stays unencrypted) and says so in the manifest.
    if let manifest = try archive.data(named: "META-INF/manifest.xml"),
      String(decoding: manifest, as: UTF8.self).contains("encryption-data")
    {
      throw .encryptedDocument
    }
    guard let xml = try archive.data(named: contentPath) else { throw .missingEntry(contentPath) }
    let handler = OdtHandler()
    try TemplateFormat.parseXML(xml, entry: contentPath, delegate: handler)
    return handler.builder.build()
  }
}

/// SAX handler for ODF text content; used synchronously by `OdtReader` only.
final class OdtHandler: NSObject, XMLParserDelegate, XMLErrorRecording {
  static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

  /// An open paragraph and whether its last character is a collapsible space.
  private struct OpenParagraph {
    var text = ""
    var afterSpace = true
  }

  var builder = ExtractedDocument.Builder(tracksSource: false)
  var xmlFailure: XMLFailure?

  /// Open paragraphs; more than one when a footnote or frame sits inside a paragraph.
  private var paragraphs: [OpenParagraph] = []
  private var bodyDepth = 0
  /// Depth inside elements whose text is not part of the letter (comments, deleted changes,
  /// footnote numbers) or has been replaced by a placeholder.
  private var suppressDepth = 0
  /// Open placeholder elements: element name, naming attribute and text content so far.
  private var pendingPlaceholders: [(element: String, attribute: String?, content: String)] = []

  /// Text-namespace elements whose content is replaced by `«name»`, and the attribute naming it.
  private static let placeholderElements: [String: String] = [
    "user-field-get": "name", "user-field-input": "name", "variable-get": "name", "variable-input": "name",
    "database-display": "column-name", "placeholder": "description",
  ]
  private static let skippedTextElements: Set<String> = ["tracked-changes", "note-citation"]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if namespaceURI == OdtHandler.officeNamespace {
      if elementName == "body" { bodyDepth += 1 }
      if elementName == "annotation" { suppressDepth += 1 }
      return
    }
    guard namespaceURI == OdtHandler.textNamespace, bodyDepth > 0 else { return }
    if let attribute = OdtHandler.placeholderElements[elementName] {
      // The name is written at the end tag: a text:placeholder is named by its visible prompt.
      pendingPlaceholders.append((elementName, attributes.xmlAttribute(attribute), ""))
      suppressDepth += 1
      return
    }
    if OdtHandler.skippedTextElements.contains(elementName) {
      suppressDepth += 1
      return
    }
    switch elementName {
    case "p", "h":
      paragraphs.append(OpenParagraph())
    case "s":
      let count = attributes.xmlAttribute("c").flatMap(Int.init) ?? 1
      // Bounded: a hostile count must not allocate gigabytes.
      emitLiteral(String(repeating: " ", count: min(max(count, 1), 1_000)))
    case "tab":
      emitLiteral("\t")
    case "line-break":
      emitLiteral("\n")
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if namespaceURI == OdtHandler.officeNamespace {
      if elementName == "body" { bodyDepth -= 1 }
      if elementName == "annotation" { suppressDepth -= 1 }
      return
    }
    guard namespaceURI == OdtHandler.textNamespace, bodyDepth > 0 else { return }
    if OdtHandler.placeholderElements[elementName] != nil, let pending = pendingPlaceholders.popLast() {
      suppressDepth -= 1
      let byAttribute = pending.attribute.flatMap(sanitize)
      let byContent = sanitize(pending.content)
      let name = (elementName == "placeholder" ? byContent ?? byAttribute : byAttribute ?? byContent)
      emitLiteral("«\(name ?? fallbackName(for: elementName))»")
      return
    }
    if OdtHandler.skippedTextElements.contains(elementName) {
      suppressDepth -= 1
      return
    }
    if elementName == "p" || elementName == "h", let paragraph = paragraphs.popLast() {
      var text = paragraph.text
      // Trailing collapsible whitespace is not displayed (ODF 1.2, 6.1.2).
      if paragraph.afterSpace, text.hasSuffix(" ") { text.removeLast() }
      if text.contains(where: { !$0.isWhitespace }) { builder.appendParagraph(text) }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if !pendingPlaceholders.isEmpty { pendingPlaceholders[pendingPlaceholders.count - 1].content += string }
    guard suppressDepth == 0, !paragraphs.isEmpty else { return }
    var paragraph = paragraphs[paragraphs.count - 1]
    for character in string {
      if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
        if !paragraph.afterSpace { paragraph.text.append(" ") }
        paragraph.afterSpace = true
      } else {
        paragraph.text.append(character)
        paragraph.afterSpace = false
      }
    }
    paragraphs[paragraphs.count - 1] = paragraph
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if xmlFailure == nil { xmlFailure = XMLFailure(parser: parser, error: parseError) }
    parser.abortParsing()
  }

  /// Appends characters that are not subject to whitespace collapsing.
  private func emitLiteral(_ string: String) {
    guard suppressDepth == 0, !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text += string
    paragraphs[paragraphs.count - 1].afterSpace = false
  }

  private func sanitize(_ name: String) -> String? {
    // A text:placeholder's description is often "<Namn>"-style; the brackets are decoration.
    let cleaned = name.filter { $0 != "«" && $0 != "»" && !$0.isNewline }
      .trimmingCharacters(in: CharacterSet(charactersIn: "<> ").union(.whitespaces))
    return cleaned.isEmpty ? nil : cleaned
  }

  private func fallbackName(for element: String) -> String {
    element == "placeholder" ? "platshållare" : "fält"
  }
}
