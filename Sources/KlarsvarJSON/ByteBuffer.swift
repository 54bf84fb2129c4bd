/// A growable byte buffer with an append that is a bounds check and a store.
///
/// `Array.append` inside a struct passed `inout` through closures costs a uniqueness check and a
/// call per byte; the diagnostics writer appends a few hundred thousand bytes per publish.
final class ByteBuffer {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    storage[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (storage + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  func append(_ string: StaticString) {
    append(UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
  }

  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: storage, count: count))
  }

  private func grow(to minimum: Int) {
    var newCapacity = capacity * 2
    while newCapacity < minimum { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = grown
    capacity = newCapacity
  }
}
