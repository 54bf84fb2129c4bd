/// Gives a replacement the capitalisation of the words it replaces ("Erhåller" → "Får").
enum CasePreservation {
  static func apply(_ replacement: String, like original: String) -> String {
    guard let first = original.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
      let replacementFirst = replacement.first
    else { return replacement }
    let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count > 1 && letters.allSatisfy({ $0.properties.isUppercase }) {
      return replacement.uppercased()
    }
    if first.properties.isUppercase {
      return replacementFirst.uppercased() + replacement.dropFirst()
    }
    return replacement
  }
}
