extension PhraseParser {
  /// Expands `{a|b}` and `{a|b}?` groups inside a word textually; returns each text with the index of
  /// the first multi-option group's choice.
  static func expandGroups(_ piece: Range<Int>, _ source: Source) throws -> [([UInt8], Int)] {
    let bytes = source.bytes
    var results: [([UInt8], Int)] = [([], 0)]
    var firstGroupSeen = false
    var index = piece.lowerBound
    while index < piece.upperBound {
      if bytes[index] == closeBrace {
        throw Failure(description: "\"}\" utan \"{\" i \"\(source.text(piece))\"")
      }
      guard bytes[index] == openBrace else {
        // Append the whole literal run up to the next group at once.
        var runEnd = index
        while runEnd < piece.upperBound && bytes[runEnd] != openBrace && bytes[runEnd] != closeBrace { runEnd += 1 }
        for result in results.indices { results[result].0 += bytes[index..<runEnd] }
        index = runEnd
        continue
      }
      guard let close = source.firstIndex(of: closeBrace, in: index..<piece.upperBound) else {
        throw Failure(description: "\"{\" utan \"}\" i \"\(source.text(piece))\"")
      }
      let body = (index + 1)..<close
      if source.firstIndex(of: openBrace, in: body) != nil {
        throw Failure(description: "nästlade {…} stöds inte i \"\(source.text(piece))\"")
      }
      var options: [Range<Int>] = []
      var optionStart = body.lowerBound
      for position in body.lowerBound...body.upperBound where position == body.upperBound || bytes[position] == bar {
        options.append(WhitespaceTrimming.trimmed(optionStart..<position, in: bytes))
        optionStart = position + 1
      }
      var after = close + 1
      if after < piece.upperBound && bytes[after] == question {
        options.append(after..<after)
        after += 1
      }
      let tracksChoice = !firstGroupSeen && options.count > 1
      if options.count > 1 { firstGroupSeen = true }
      var next: [([UInt8], Int)] = []
      next.reserveCapacity(results.count * options.count)
      for (prefix, choice) in results {
        for (number, option) in options.enumerated() {
          next.append((prefix + bytes[option], tracksChoice ? number : choice))
        }
      }
      guard next.count <= maximumExpansions else {
        throw Failure(description: "frasen \"\(source.text(piece))\" ger fler än \(maximumExpansions) varianter")
      }
      results = next
      index = after
    }
    return results
  }
}
