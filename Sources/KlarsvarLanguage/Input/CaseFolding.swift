import Foundation

/// Case folding to the layer's key form: NFC, lower case, locale-independent.
public enum CaseFolding {
  /// The folded form of `text`. ASCII and precomposed text skip normalisation, which is the slow part.
  public static func fold(_ text: some StringProtocol) -> String {
    var needsNormalisation = false
    var isLower = true
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x300 && scalar.value < 0x370 { needsNormalisation = true }
      if scalar.value < 0x80 {
        if scalar.value >= 0x41 && scalar.value <= 0x5A { isLower = false }
      } else if scalar.properties.isUppercase {
        isLower = false
      }
    }
    var string = String(text)
    if needsNormalisation { string = string.precomposedStringWithCanonicalMapping }
    return isLower ? string : string.lowercased()
  }
}
