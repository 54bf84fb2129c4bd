import CZlib
import Foundation

/// A minimal ZIP writer for fixtures: stored or deflated entries, with knobs to corrupt them.
public enum TestZip {
  public struct Entry {
    public var name: String
    public var data: Data
    public var deflate = false
    public var flags: UInt16 = 0
    public var method: UInt16?
    /// Overrides the uncompressed size written in the headers.
    public var declaredSize: Int?

    public init(
      name: String, data: Data, deflate: Bool = false, flags: UInt16 = 0, method: UInt16? = nil,
      declaredSize: Int? = nil
    ) {
      self.name = name
      self.data = data
      self.deflate = deflate
      self.flags = flags
      self.method = method
      self.declaredSize = declaredSize
    }
  }

  public static func make(_ entries: [Entry]) -> Data {
    var output: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let raw = [UInt8](entry.data)
      let payload = entry.deflate ? deflate(raw) : raw
      let method = entry.method ?? (entry.deflate ? 8 : 0)
      let checksum = raw.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
      let name = Array(entry.name.utf8)
      let size = UInt32(entry.declaredSize ?? raw.count)
      let offset = UInt32(output.count)
      var local: [UInt8] = []
      append32(&local, 0x0403_4B50)
      append16(&local, 20)
      append16(&local, entry.flags | 0x0800)
      append16(&local, method)
      append16(&local, 0)
      append16(&local, 0x5821)
      append32(&local, checksum)
      append32(&local, UInt32(payload.count))
      append32(&local, size)
      append16(&local, UInt16(name.count))
      append16(&local, 0)
      output += local + name + payload

      append32(&central, 0x0201_4B50)
      append16(&central, 20)
      central += local[4..<26]
      append16(&central, UInt16(name.count))
      append16(&central, 0)  // extra
      append16(&central, 0)  // comment
      append16(&central, 0)  // disk
      append16(&central, 0)  // internal attributes
      append32(&central, 0)  // external attributes
      append32(&central, offset)
      central += name
    }
    let directoryOffset = UInt32(output.count)
    output += central
    append32(&output, 0x0605_4B50)
    append16(&output, 0)
    append16(&output, 0)
    append16(&output, UInt16(entries.count))
    append16(&output, UInt16(entries.count))
    append32(&output, UInt32(central.count))
    append32(&output, directoryOffset)
    append16(&output, 0)
    return Data(output)
  }

  /// Raw deflate (no zlib header), as ZIP stores it.
  public static func deflate(_ input: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    let level = Z_BEST_COMPRESSION
    precondition(
      deflateInit2_(
        &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        == Z_OK)
    defer { deflateEnd(&stream) }
    var source = input.isEmpty ? [0] : input
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
    let status = source.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(input.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        return CZlib.deflate(&stream, Z_FINISH)
      }
    }
    precondition(status == Z_STREAM_END)
    return Array(output.prefix(Int(stream.total_out)))
  }

  private static func append16(_ bytes: inout [UInt8], _ value: UInt16) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
  }

  private static func append32(_ bytes: inout [UInt8], _ value: UInt32) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
  }
}
