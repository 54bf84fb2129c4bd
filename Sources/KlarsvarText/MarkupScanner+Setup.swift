import Foundation

extension MarkupScanner {
  /// What a scanner derives from the format and the placeholder delimiters.
  final class Setup: Sendable {
    let format: DocumentFormat
    /// As given (what `SetupCache` compares).
    let placeholders: [PlaceholderDelimiters]
    let usable: [PlaceholderDelimiters]
    let opens: [[UInt8]]
    let closes: [[UInt8]]
    /// Bytes that may start an inline construct (URL, e-mail address, code, comment, placeholder).
    let interesting: ByteSet
    let placeholderStart: ByteSet

    init(format: DocumentFormat, placeholders: [PlaceholderDelimiters]) {
      self.format = format
      self.placeholders = placeholders
      usable = placeholders.filter { !$0.open.isEmpty && !$0.close.isEmpty }
      opens = usable.map { Array($0.open.utf8) }
      closes = usable.map { Array($0.close.utf8) }
      let starts = opens.map { $0[0] }
      let markup: [UInt8] =
        switch format {
        case .markdown: Array("`<".utf8)
        case .html: Array("<".utf8)
        case .plain: []
        }
      interesting = ByteSet(Array("hHwW@".utf8) + markup + starts)
      placeholderStart = ByteSet(starts)
    }
  }

  /// The setups a tokenizer has used, kept because building one costs more than scanning a short
  /// letter's lines; documents linted with the same options share one.
  final class SetupCache: @unchecked Sendable {
    private let lock = NSLock()
    private var setups: [Setup] = []

    func setup(format: DocumentFormat, placeholders: [PlaceholderDelimiters]) -> Setup {
      lock.lock()
      defer { lock.unlock() }
      if let known = setups.first(where: { $0.format == format && $0.placeholders == placeholders }) { return known }
      let setup = Setup(format: format, placeholders: placeholders)
      // A few option sets at most in practice; an unusual caller must not make the cache grow without end.
      if setups.count < 8 { setups.append(setup) }
      return setup
    }
  }
}
