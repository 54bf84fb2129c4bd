import Foundation
import KlarsvarText

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The file formats letter templates are kept in, and the entry point that reads their text.
public enum TemplateFormat: String, Sendable, Hashable, CaseIterable {
  case plain
  case markdown
  case html
  case docx
  case odt

  /// The format for a file extension (without the dot, any case), or nil for an unknown one.
  ///
  /// Word and LibreOffice templates (.dotx, .ott) and macro-enabled Word files share the
  /// document formats' containers, so they are read the same way.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "txt", "text": self = .plain
    case "md", "markdown": self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "docx", "dotx", "docm", "dotm": self = .docx
    case "odt", "ott": self = .odt
    default: return nil
    }
  }

  /// The format of a file from its name; unknown extensions are read as plain text, as the core does.
  public static func detect(fromPath path: String) -> TemplateFormat {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .plain }
    return TemplateFormat(fileExtension: String(name[name.index(after: dot)...])) ?? .plain
  }

  /// Whether the file is a ZIP container that `--fix` cannot rewrite in place.
  public var isBinary: Bool { self == .docx || self == .odt }

  /// How the linter should read the extracted text: Markdown keeps its markup, HTML only its
  /// directive comments (when extracted `keepingDirectives`); the other formats' markup is gone.
  public var documentFormat: DocumentFormat {
    switch self {
    case .markdown: .markdown
    case .html: .html
    case .plain, .docx, .odt: .plain
    }
  }

  /// Reads a template's text.
  ///
  /// Plain text and Markdown are returned unchanged (with an identity `sourceMap` and paragraphs
  /// split at blank lines); HTML is reduced to its text content with a `sourceMap` back to the
  /// original; .docx and .odt yield their paragraphs with merge fields as `«name»` placeholders.
  /// - Parameter keepingDirectives: keep HTML comments holding `klarsvar-` directives in the text, for
  ///   a linter reading it as `DocumentFormat.html`; leave false for text shown to a person.
  public static func extract(
    data: Data, format: TemplateFormat, keepingDirectives: Bool = false
  ) throws(ReadError) -> ExtractedDocument {
    switch format {
    case .plain, .markdown:
      guard String(data: data, encoding: .utf8) != nil else { throw .notUTF8 }
      // Decoded without Foundation so a byte-order mark stays and offsets match the file.
      return plainDocument(String(decoding: data, as: UTF8.self))
    case .html:
      return try HTMLTextExtractor.extract(data: data, keepingDirectives: keepingDirectives)
    case .docx:
      try rejectCompoundFile(data)
      return try DocxReader.extract(data: data)
    case .odt:
      try rejectCompoundFile(data)
      return try OdtReader.extract(data: data)
    }
  }

  /// Why a template could not be read. Each is reported for its file; other files are still checked.
  public enum ReadError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// The file does not start like a ZIP archive.
    case notZipArchive
    /// The ZIP structure is damaged or truncated, or uses an unsupported feature.
    case corruptArchive(String)
    /// The document is password-protected.
    case encryptedDocument
    /// An old binary Word file (.doc) renamed or saved with a .docx extension.
    case legacyBinaryDocument
    /// An entry is compressed with a method other than stored or deflate.
    case unsupportedCompression(entry: String, method: Int)
    /// An entry claims an uncompressed size above the reading limit.
    case entryTooLarge(entry: String, size: Int)
    /// An entry's data does not match its CRC-32.
    case checksumMismatch(entry: String)
    /// A required part of the document is missing.
    case missingEntry(String)
    /// An XML part is not well-formed.
    case xmlError(entry: String, line: Int, column: Int, message: String)
    /// A text format is not valid UTF-8.
    case notUTF8

    public var description: String {
      switch self {
      case .notZipArchive:
        return "inte ett ZIP-arkiv (ett .docx- eller .odt-dokument är ett ZIP-arkiv)"
      case .corruptArchive(let detail):
        return "skadat ZIP-arkiv: \(detail)"
      case .encryptedDocument:
        return "dokumentet är krypterat: ta bort lösenordsskyddet för att granska det"
      case .legacyBinaryDocument:
        return "ett gammalt binärt Word-dokument (.doc), inte .docx: spara det som .docx för att granska det"
      case .unsupportedCompression(let entry, let method):
        return "komprimeringsmetod \(method) i \(entry) stöds inte"
      case .entryTooLarge(let entry, let size):
        return "\(entry) är för stor (\(size) byte okomprimerad; gränsen är \(ZipArchive.maximumEntrySize))"
      case .checksumMismatch(let entry):
        return "skadat ZIP-arkiv: kontrollsumman (CRC-32) stämmer inte för \(entry)"
      case .missingEntry(let name):
        return "\(name) saknas"
      case .xmlError(let entry, let line, let column, let message):
        return "XML-fel på rad \(line), kolumn \(column): \(message) (i \(entry))"
      case .notUTF8:
        return "inte giltig UTF-8-text"
      }
    }

    public var errorDescription: String? { description }
  }
}

extension TemplateFormat {
  /// Plain text is its own extracted text; paragraphs are the runs of non-blank lines.
  static func plainDocument(_ text: String) -> ExtractedDocument {
    var paragraphs: [ExtractedDocument.Paragraph] = []
    let bytes = Array(text.utf8)
    var lineStart = 0
    var paragraphStart: Int?
    var paragraphEnd = 0
    func close() {
      guard let start = paragraphStart else { return }
      let paragraphText = String(decoding: bytes[start..<paragraphEnd], as: UTF8.self)
      paragraphs.append(.init(index: paragraphs.count + 1, utf8Range: start..<paragraphEnd, text: paragraphText))
      paragraphStart = nil
    }
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
      let isBlank = bytes[lineStart..<lineEnd].allSatisfy { $0 == 0x20 || $0 == 0x09 }
      if isBlank {
        close()
      } else {
        if paragraphStart == nil { paragraphStart = lineStart }
        paragraphEnd = lineEnd
      }
      var next = lineEnd
      if next < bytes.count, bytes[next] == 0x0D { next += 1 }
      if next < bytes.count, bytes[next] == 0x0A { next += 1 }
      lineStart = max(next, lineEnd + 1)
    }
    close()
    let identity = ExtractedDocument.SourceMap(segments: [
      .init(textStart: 0, textLength: bytes.count, originalStart: 0, originalLength: bytes.count, isExact: true)
    ])
    return ExtractedDocument(text: text, paragraphs: paragraphs, sourceMap: identity)
  }

  /// Password-protected Office files and old .doc files are OLE compound files, not ZIPs; saying
  /// which is more useful than "not a ZIP archive".
  static func rejectCompoundFile(_ data: Data) throws(ReadError) {
    let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    guard data.count >= 8, Array(data.prefix(8)) == magic else { return }
    // An encrypted OOXML package is stored in the streams "EncryptionInfo" and "EncryptedPackage",
    // whose names appear in UTF-16LE in the compound file's directory.
    let marker = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    if data.range(of: marker) != nil { throw .encryptedDocument }
    throw .legacyBinaryDocument
  }

  /// Runs an XML parser over one archive entry and turns the first parse error into `xmlError`.
  ///
  /// External entities are never resolved: a template must not make the linter read other files.
  static func parseXML(
    _ bytes: [UInt8], entry: String, delegate: some XMLParserDelegate & XMLErrorRecording
  ) throws(ReadError) {
    // From a stream, which libxml2 is fed in chunks: given the whole part at once, its push parser
    // refuses a document above 10 MB ("huge input lookup") that is perfectly well-formed.
    let parser = XMLParser(stream: InputStream(data: Data(bytes)))
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    let finished = parser.parse()
    // FoundationXML may return true after recoverable errors, so the recorded error decides.
    if let failure = delegate.xmlFailure {
      throw .xmlError(entry: entry, line: failure.line, column: failure.column, message: failure.message)
    }
    if !finished {
      throw .xmlError(
        entry: entry, line: parser.lineNumber, column: parser.columnNumber, message: "tolkningen misslyckades")
    }
  }
}

/// The first error an XML parser reported, with its position.
struct XMLFailure {
  var line: Int
  var column: Int
  var message: String

  init(parser: XMLParser, error: Error) {
    line = parser.lineNumber
    column = parser.columnNumber
    // The codes are libxml2's (Darwin's NSXMLParser.ErrorCode uses the same numbers, but
    // swift-corelibs-foundation's enum cases are offset), so they are matched as numbers.
    let code = (error as NSError).code
    switch code {
    case 4: message = "tomt dokument"
    case 5: message = "oväntat innehåll eller oväntat slut på dokumentet"
    case 9: message = "ogiltigt tecken"
    case 23: message = "entitetsreferens utan semikolon"
    case 26, 27: message = "odeklarerad entitet"
    case 38...42: message = "felaktigt attribut"
    case 68, 73, 74, 77: message = "felaktig tagg"
    case 76: message = "sluttaggen passar inte starttaggen"
    case 89: message = "entiteter som expanderar i en slinga eller över gränsen"
    case 201: message = "odeklarerat namnrymdsprefix"
    default: message = "inte välformad XML (libxml2-fel \(code))"
    }
  }
}

/// Implemented by the readers' parser delegates, which keep only the first (most telling) error.
protocol XMLErrorRecording: AnyObject {
  var xmlFailure: XMLFailure? { get }
}

extension [String: String] {
  /// An attribute by local name, whatever prefix the writer bound its namespace to.
  func xmlAttribute(_ localName: String) -> String? {
    if let value = self[localName] { return value }
    for (key, value) in self {
      if let colon = key.lastIndex(of: ":"), key[key.index(after: colon)...] == localName { return value }
    }
    return nil
  }
}
