import KlarsvarFormats
import KlarsvarText

/// What checking one file produced.
public struct FileReport: Sendable {
  public var file: InputFile
  public var result: LintResult?
  /// A problem reading the file (invalid UTF-8, unreadable, broken document); the run exits 2.
  public var error: String?
  /// Why the file was skipped (binary content); not an error.
  public var skipped: String?
  /// The fail level that applies to this file (config `failOn`, overridden by the command line).
  public var failOn: FailLevel
  /// The format the file was read as (from its extension).
  public var format: TemplateFormat = .plain
  /// The text file's encoding; findings point into its text as UTF-8.
  public var encoding: SourceEncoding = .utf8
  /// The text the findings' ranges point into: the file itself for text formats (HTML findings are
  /// mapped back into the markup), the extracted paragraphs for .docx/.odt. Nil when nothing was read.
  public var source: SourceText?
  /// The paragraphs of a .docx/.odt, whose findings are located by paragraph and character; nil otherwise.
  public var document: ExtractedDocument?
  /// Checkpoints along lines above 4 KB, so that locating findings on them stays linear.
  public var longLines: LongLineIndex?

  public init(file: InputFile, failOn: FailLevel) {
    self.file = file
    self.failOn = failOn
  }

  public var findings: [Finding] { result?.findings ?? [] }

  /// Where a range lies, as reporters show it: line and column for text formats, paragraph and
  /// character (as line and column, with `unit` "paragraph") for .docx/.odt.
  public func location(of range: TextRange) -> ReportLocation {
    guard let source = source ?? result?.source else {
      return ReportLocation(range, in: SourceText(""))
    }
    if let longLines {
      if let document { return ReportLocation(range, in: source, paragraphsOf: document, longLines: longLines) }
      return ReportLocation(range, in: source, longLines: longLines)
    }
    if let document { return ReportLocation(range, in: source, paragraphsOf: document) }
    return ReportLocation(range, in: source)
  }
}
