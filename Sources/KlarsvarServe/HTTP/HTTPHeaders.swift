/// Header fields in the order received, looked up without regard to case (field names are ASCII).
package struct HTTPHeaders: Sendable, Equatable, Sequence {
  package struct Field: Sendable, Equatable {
    package var name: String
    package var value: String
  }

  private var fields: [Field] = []

  package init(_ pairs: [(String, String)] = []) {
    for (name, value) in pairs { append(name, value) }
  }

  package mutating func append(_ name: String, _ value: String) {
    fields.append(Field(name: name, value: value))
  }

  /// Replaces every field called `name` with one holding `value`.
  package mutating func set(_ name: String, _ value: String) {
    fields.removeAll { Self.same($0.name, name) }
    fields.append(Field(name: name, value: value))
  }

  /// The first value of `name`, nil when absent.
  package subscript(name: String) -> String? {
    fields.first { Self.same($0.name, name) }?.value
  }

  /// Every value of `name`, in order.
  package func values(_ name: String) -> [String] {
    fields.filter { Self.same($0.name, name) }.map(\.value)
  }

  package var count: Int { fields.count }

  package func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

  /// Whether a comma-separated header lists `token` (`Connection: keep-alive, Upgrade`), any case.
  package func lists(_ name: String, token: String) -> Bool {
    values(name).contains { value in
      value.split(separator: ",").contains { Self.same($0.trimmingSpaces, token) }
    }
  }

  /// ASCII case-insensitive equality, without allocating lower-case copies.
  static func same<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
    let (left, right) = (a.utf8, b.utf8)
    guard left.count == right.count else { return false }
    return zip(left, right).allSatisfy { x, y in
      x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
    }
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs (HTTP's optional whitespace).
  var trimmingSpaces: Substring {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text
  }
}
