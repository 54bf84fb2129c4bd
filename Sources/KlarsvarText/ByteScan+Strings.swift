extension ByteScan {
  /// A string of bytes known to be valid UTF-8, copied without validating them again.
  ///
  /// Validation cost more than the rest of rendering a finding's message (messages and matched texts
  /// per finding, `436491d`). `UTF8Span` is new in Swift 6.2's standard library (macOS 26); older
  /// compilers and systems validate.
  @inlinable
  package static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>, knownNotASCII: Bool = false) -> String {
    #if compiler(>=6.2)
      if #available(macOS 26, iOS 26, *) {
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: !knownNotASCII && isASCII(bytes)))
      }
    #endif
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `string(validUTF8:)` of a slice of valid UTF-8 that starts and ends on scalar boundaries.
  @inlinable
  package static func string(validUTF8 bytes: ArraySlice<UInt8>) -> String {
    bytes.withUnsafeBufferPointer { string(validUTF8: $0) }
  }

  /// `prefix + middle + suffix`, all valid UTF-8, copied once into one string (a message with one slot).
  @inlinable
  package static func string(
    joining prefix: ArraySlice<UInt8>, _ middle: String, _ suffix: ArraySlice<UInt8>, knownNotASCII: Bool
  ) -> String {
    var middle = middle
    return prefix.withUnsafeBufferPointer { first in
      middle.withUTF8 { second in
        suffix.withUnsafeBufferPointer { third in
          let length = first.count + second.count + third.count
          return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { output in
            guard let target = output.baseAddress else { return "" }
            if let source = first.baseAddress { target.initialize(from: source, count: first.count) }
            if let source = second.baseAddress { (target + first.count).initialize(from: source, count: second.count) }
            if let source = third.baseAddress {
              (target + first.count + second.count).initialize(from: source, count: third.count)
            }
            return string(validUTF8: UnsafeBufferPointer(rebasing: output[..<length]), knownNotASCII: knownNotASCII)
          }
        }
      }
    }
  }

  /// `bytes` with each of `replacements` (ascending, non-overlapping ranges of it) replaced by its
  /// text, copied once into one string: a message with several slots. The bytes must be valid UTF-8
  /// and the ranges on scalar boundaries.
  package static func string(splicing replacements: [(range: Range<Int>, text: String)], into bytes: [UInt8]) -> String
  {
    var length = bytes.count
    for replacement in replacements { length += replacement.text.utf8.count - replacement.range.count }
    return bytes.withUnsafeBufferPointer { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { output in
        var written = 0
        func copy(_ piece: UnsafeBufferPointer<UInt8>) {
          guard let source = piece.baseAddress, !piece.isEmpty else { return }
          (output.baseAddress! + written).initialize(from: source, count: piece.count)
          written += piece.count
        }
        var kept = 0
        for replacement in replacements {
          copy(UnsafeBufferPointer(rebasing: bytes[kept..<replacement.range.lowerBound]))
          var text = replacement.text
          text.withUTF8(copy)
          kept = replacement.range.upperBound
        }
        copy(UnsafeBufferPointer(rebasing: bytes[kept...]))
        return string(validUTF8: UnsafeBufferPointer(rebasing: output[..<written]))
      }
    }
  }
}
