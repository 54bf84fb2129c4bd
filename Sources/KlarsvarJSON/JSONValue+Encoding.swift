extension JSONValue {
  /// The value an `Encodable` encodes itself as: what `JSONEncoder` would write, as a value that
  /// `JSONWriter` prints (nil optionals left out, as the synthesized conformances do).
  ///
  /// - Throws: whatever `value`'s `encode(to:)` throws.
  package init(encoding value: some Encodable) throws {
    let root = EncodedNode()
    try value.encode(to: ValueEncoder(root, codingPath: []))
    self = root.resolved
  }
}

/// A value under construction: containers stay open for their members until the encoding ends.
private final class EncodedNode {
  enum Content {
    case value(JSONValue)
    case object([String: EncodedNode])
    case array([EncodedNode])
  }

  var content: Content = .value(.null)

  init() {}

  init(_ value: JSONValue) {
    content = .value(value)
  }

  var resolved: JSONValue {
    switch content {
    case .value(let value): value
    case .object(let members): .object(members.mapValues(\.resolved))
    case .array(let items): .array(items.map(\.resolved))
    }
  }

  func makeObject() {
    if case .object = content { return }
    content = .object([:])
  }

  func makeArray() {
    if case .array = content { return }
    content = .array([])
  }

  func set(_ node: EncodedNode, forKey key: String) {
    guard case .object(var members) = content else { return }
    content = .value(.null)
    members[key] = node
    content = .object(members)
  }

  func append(_ node: EncodedNode) {
    guard case .array(var items) = content else { return }
    content = .value(.null)
    items.append(node)
    content = .array(items)
  }

  var count: Int {
    if case .array(let items) = content { return items.count }
    return 0
  }
}

/// The value of a primitive, or nil for a type that encodes itself.
private func primitive(_ value: some Encodable) -> JSONValue? {
  switch value {
  case let value as String: .string(value)
  case let value as Bool: .bool(value)
  case let value as Int: .int(value)
  case let value as Double: .double(value)
  case let value as JSONValue: value
  default: nil
  }
}

private func encoded(_ value: some Encodable, codingPath: [any CodingKey]) throws -> EncodedNode {
  if let primitive = primitive(value) { return EncodedNode(primitive) }
  let node = EncodedNode()
  try value.encode(to: ValueEncoder(node, codingPath: codingPath))
  return node
}

private struct ValueEncoder: Encoder {
  let node: EncodedNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(_ node: EncodedNode, codingPath: [any CodingKey]) {
    self.node = node
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(node: node, codingPath: codingPath)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.set(EncodedNode(.null), forKey: key.stringValue) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    node.set(try encoded(value, codingPath: codingPath + [key]), forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = EncodedNode()
    node.set(child, forKey: key.stringValue)
    return ValueEncoder(child, codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = EncodedNode()
    node.set(child, forKey: key.stringValue)
    return ValueEncoder(child, codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = EncodedNode()
    node.set(child, forKey: key.stringValue)
    return ValueEncoder(child, codingPath: codingPath + [key])
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws { node.append(EncodedNode(.null)) }

  mutating func encode(_ value: some Encodable) throws {
    node.append(try encoded(value, codingPath: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = EncodedNode()
    node.append(child)
    return ValueEncoder(child, codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = EncodedNode()
    node.append(child)
    return ValueEncoder(child, codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let child = EncodedNode()
    node.append(child)
    return ValueEncoder(child, codingPath: codingPath)
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let node: EncodedNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }

  mutating func encode(_ value: some Encodable) throws {
    if let primitive = primitive(value) {
      node.content = .value(primitive)
    } else {
      try value.encode(to: ValueEncoder(node, codingPath: codingPath))
    }
  }
}
