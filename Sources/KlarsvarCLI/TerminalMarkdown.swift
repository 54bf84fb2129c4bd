/// The Markdown of rule explanations as a terminal shows it: with colour, headings bold and
/// underlined, `code` in cyan, **bold**, *italic* and ~~struck~~ as such and link targets underlined; without
/// colour, the same text with no markup characters. Lists get "•", links read "text (url)", quoted
/// examples are indented.
///
/// - Important: Lines are never wrapped or framed, so every word can be copied as it stands; only
///   escape codes, which a terminal does not copy, are added.
package struct TerminalMarkdown {
  package var useColor: Bool

  package init(useColor: Bool) {
    self.useColor = useColor
  }

  /// Select Graphic Rendition codes; each style is switched off by its own code so styles nest.
  private enum Style {
    static let heading = ("\u{1B}[1;4m", "\u{1B}[22;24m")
    static let bold = ("\u{1B}[1m", "\u{1B}[22m")
    static let italic = ("\u{1B}[3m", "\u{1B}[23m")
    static let code = ("\u{1B}[36m", "\u{1B}[39m")
    static let link = ("\u{1B}[4m", "\u{1B}[24m")
    static let struck = ("\u{1B}[9m", "\u{1B}[29m")
  }

  package func render(_ markdown: String) -> String {
    var output: [String] = []
    var inFence = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        continue
      }
      if inFence {
        output.append("  " + styled(String(line), Style.code))
        continue
      }
      output.append(block(line, indentation: String(line.prefix(line.count - trimmed.count)), content: trimmed))
    }
    return output.joined(separator: "\n")
  }

  /// One line outside code: a heading, a quote, a list item or prose.
  private func block(_ line: Substring, indentation: String, content: Substring) -> String {
    let hashes = content.prefix { $0 == "#" }.count
    if (1...6).contains(hashes), content.dropFirst(hashes).first.map({ $0 == " " }) ?? true {
      let title = content.dropFirst(hashes).trimmingSpaces().trimmingClosingHashes()
      return indentation + styled(inline(title), Style.heading)
    }
    if content.first == ">" {
      return indentation + "  " + inline(content.dropFirst().drop { $0 == " " })
    }
    if let marker = content.first, "-*+".contains(marker), content.dropFirst().first == " " {
      return indentation + "• " + inline(content.dropFirst(2))
    }
    return indentation + inline(content)
  }

  /// Emphasis, code, links and escapes within one line.
  private func inline(_ text: Substring) -> String {
    var output = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let rest = text[index...]
      if character == "\\", let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
        text[next].isPunctuation || text[next].isSymbol
      {
        output.append(text[next])
        index = text.index(after: next)
      } else if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
        output += styled(String(text[text.index(after: index)..<close]), Style.code)
        index = text.index(after: close)
      } else if character == "~", let (inner, end) = delimited(rest, by: "~~") {
        // The explanations' "~~weak~~ → strong" examples: without colour the arrow tells them apart.
        output += styled(inline(inner), Style.struck)
        index = end
      } else if let (inner, end) = emphasis(in: text, at: index, double: true) {
        output += styled(inline(inner), Style.bold)
        index = end
      } else if let (inner, end) = emphasis(in: text, at: index, double: false) {
        output += styled(inline(inner), Style.italic)
        index = end
      } else if character == "[", let (label, url, end) = link(rest) {
        output += inline(label) + " (" + styled(String(url), Style.link) + ")"
        index = end
      } else if character == "<", let close = rest.firstIndex(of: ">"),
        rest[rest.index(after: index)..<close].hasPrefix("http")
      {
        output += styled(String(rest[rest.index(after: index)..<close]), Style.link)
        index = text.index(after: close)
      } else {
        output.append(character)
        index = text.index(after: index)
      }
    }
    return output
  }

  /// Bold (`**`, `__`) or italic (`*`, `_`) text starting at `index`; `_` does not open inside a word.
  private func emphasis(in text: Substring, at index: Substring.Index, double: Bool) -> (
    Substring, Substring.Index
  )? {
    let character = text[index]
    guard character == "*" || character == "_" else { return nil }
    if character == "_", index > text.startIndex {
      let previous = text[text.index(before: index)]
      if previous.isLetter || previous.isNumber { return nil }
    }
    return delimited(text[index...], by: String(repeating: character, count: double ? 2 : 1))
  }

  /// `delimiter`text`delimiter` at the start of `text`, as CommonMark reads emphasis: the text
  /// neither starts nor ends with a space, and `_` only counts outside words (`ett_ord` is one word).
  private func delimited(_ text: Substring, by delimiter: String) -> (Substring, Substring.Index)? {
    guard text.hasPrefix(delimiter) else { return nil }
    let start = text.index(text.startIndex, offsetBy: delimiter.count)
    guard start < text.endIndex, text[start] != " ", !text[start...].hasPrefix(delimiter.prefix(1)) else {
      return nil
    }
    var search = start
    while let found = text[search...].range(of: delimiter) {
      let before = found.lowerBound > start ? text[text.index(before: found.lowerBound)] : " "
      let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
      let closes =
        before != " " && (delimiter.first != "_" || !(after.isLetter || after.isNumber))
        && (delimiter.count == 2 || after != delimiter.first)
      if closes { return (text[start..<found.lowerBound], found.upperBound) }
      search = text.index(after: found.lowerBound)
    }
    return nil
  }

  /// `[label](url)` at the start of `text`.
  private func link(_ text: Substring) -> (Substring, Substring, Substring.Index)? {
    guard let closeLabel = text.firstIndex(of: "]") else { return nil }
    let afterLabel = text.index(after: closeLabel)
    guard afterLabel < text.endIndex, text[afterLabel] == "(",
      let closeURL = text[afterLabel...].firstIndex(of: ")")
    else { return nil }
    let label = text[text.index(after: text.startIndex)..<closeLabel]
    return (label, text[text.index(after: afterLabel)..<closeURL], text.index(after: closeURL))
  }

  private func styled(_ text: String, _ style: (String, String)) -> String {
    useColor && !text.isEmpty ? style.0 + text + style.1 : text
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    let start = firstIndex { $0 != " " } ?? endIndex
    let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
    return self[start..<end]
  }

  /// An ATX heading's optional closing `#`s (`## Titel ##`); `C#` keeps its `#`.
  fileprivate func trimmingClosingHashes() -> Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == "#" { end = index(before: end) }
    guard end < endIndex, end == startIndex || self[index(before: end)] == " " else { return self }
    return self[startIndex..<end].trimmingSpaces()
  }
}
