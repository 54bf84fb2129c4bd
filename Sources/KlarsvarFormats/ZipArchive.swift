import CZlib
import Foundation

/// A read-only ZIP archive held in memory, as used by .docx and .odt containers.
///
/// Only what office documents need is supported: stored and deflated entries in a single-disk,
/// non-ZIP64 archive. Every size and offset is checked against the data before it is used, and
/// inflation never writes more than the entry's declared size (capped at `maximumEntrySize`), so a
/// corrupt or hostile archive produces a `TemplateFormat.ReadError` rather than a crash or a
/// memory blow-up.
struct ZipArchive {
  /// One central-directory record.
  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    /// General-purpose bit 0: the entry is encrypted (traditional PKWARE or strong encryption).
    var isEncrypted: Bool { flags & 0x0001 != 0 }
  }

  /// Office documents are a few megabytes; anything claiming more is corrupt or a zip bomb.
  static let maximumEntrySize = 200 * 1024 * 1024
  /// Bounds the work done on archives with absurd numbers of entries.
  static let maximumEntryCount = 65_535

  private static let localHeaderSignature: UInt32 = 0x0403_4B50
  private static let centralHeaderSignature: UInt32 = 0x0201_4B50
  private static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
  private static let zip64LocatorSignature: UInt32 = 0x0706_4B50

  let bytes: [UInt8]
  /// Entries in central-directory order.
  let entries: [Entry]
  private let entryIndex: [String: Int]

  /// The archive of an office document, refused as a whole when any entry is encrypted (office
  /// applications encrypt every part or none).
  init(document data: Data) throws(TemplateFormat.ReadError) {
    try self.init(data: data)
    if entries.contains(where: \.isEncrypted) { throw .encryptedDocument }
  }

  /// Parses the central directory; entry data is read lazily by `data(for:)`.
  init(data: Data) throws(TemplateFormat.ReadError) {
    let bytes = [UInt8](data)
    self.bytes = bytes
    // A ZIP starts with a local header (or, for an empty archive, the end record); checking the
    // magic first gives "not a ZIP archive" instead of a confusing "truncated" for text files.
    guard bytes.count >= 4 else { throw .notZipArchive }
    let magic = ZipArchive.uint32(bytes, 0)
    guard magic == ZipArchive.localHeaderSignature || magic == ZipArchive.endOfCentralDirectorySignature else {
      throw .notZipArchive
    }
    guard let eocd = ZipArchive.findEndOfCentralDirectory(bytes) else {
      throw .corruptArchive(
        "arkivets slutpost (end of central directory) saknas: filen är avkortad eller inget ZIP-arkiv")
    }
    if eocd >= 20, ZipArchive.uint32(bytes, eocd - 20) == ZipArchive.zip64LocatorSignature {
      throw .corruptArchive("ZIP64-arkiv stöds inte")
    }
    let diskNumber = Int(ZipArchive.uint16(bytes, eocd + 4))
    let entryCount = Int(ZipArchive.uint16(bytes, eocd + 10))
    let directorySize = Int(ZipArchive.uint32(bytes, eocd + 12))
    let directoryOffset = Int(ZipArchive.uint32(bytes, eocd + 16))
    guard diskNumber == 0 else { throw .corruptArchive("ZIP-arkiv i flera delar stöds inte") }
    guard directoryOffset <= eocd, directorySize <= eocd - directoryOffset else {
      throw .corruptArchive("innehållsförteckningen ligger utanför filen (filen är avkortad)")
    }

    var entries: [Entry] = []
    entries.reserveCapacity(min(entryCount, ZipArchive.maximumEntryCount))
    var index: [String: Int] = [:]
    var position = directoryOffset
    let directoryEnd = directoryOffset + directorySize
    for _ in 0..<entryCount {
      guard position + 46 <= directoryEnd,
        ZipArchive.uint32(bytes, position) == ZipArchive.centralHeaderSignature
      else { throw .corruptArchive("skadad innehållsförteckning") }
      let nameLength = Int(ZipArchive.uint16(bytes, position + 28))
      let extraLength = Int(ZipArchive.uint16(bytes, position + 30))
      let commentLength = Int(ZipArchive.uint16(bytes, position + 32))
      let recordEnd = position + 46 + nameLength + extraLength + commentLength
      guard recordEnd <= directoryEnd else { throw .corruptArchive("skadad innehållsförteckning") }
      let flags = ZipArchive.uint16(bytes, position + 8)
      let nameBytes = bytes[(position + 46)..<(position + 46 + nameLength)]
      // Bit 11 marks UTF-8 names; office writers use ASCII names, so Latin-1 is a safe fallback.
      let name =
        String(bytes: nameBytes, encoding: .utf8) ?? String(decoding: nameBytes.map { UInt16($0) }, as: UTF16.self)
      let entry = Entry(
        name: name,
        method: ZipArchive.uint16(bytes, position + 10),
        flags: flags,
        crc32: ZipArchive.uint32(bytes, position + 16),
        compressedSize: Int(ZipArchive.uint32(bytes, position + 20)),
        uncompressedSize: Int(ZipArchive.uint32(bytes, position + 24)),
        localHeaderOffset: Int(ZipArchive.uint32(bytes, position + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        throw .corruptArchive("ZIP64-arkiv stöds inte")
      }
      // The first of duplicate names wins, matching what most readers do.
      if index[name] == nil { index[name] = entries.count }
      entries.append(entry)
      position = recordEnd
    }
    self.entries = entries
    self.entryIndex = index
  }

  /// The entry with exactly this name (ZIP names use `/` and are case-sensitive).
  func entry(named name: String) -> Entry? {
    entryIndex[name].map { entries[$0] }
  }

  /// The uncompressed bytes of the named entry, or nil when there is no such entry.
  func data(named name: String) throws(TemplateFormat.ReadError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try data(for: entry)
  }

  /// The uncompressed bytes of an entry, checked against its CRC-32.
  func data(for entry: Entry) throws(TemplateFormat.ReadError) -> [UInt8] {
    if entry.isEncrypted { throw .encryptedDocument }
    guard entry.uncompressedSize <= ZipArchive.maximumEntrySize else {
      throw .entryTooLarge(entry: entry.name, size: entry.uncompressedSize)
    }
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, ZipArchive.uint32(bytes, header) == ZipArchive.localHeaderSignature else {
      throw .corruptArchive("lokalt huvud för \(entry.name) saknas (filen är avkortad)")
    }
    // The local header's own name/extra lengths may differ from the central directory's copy.
    let dataStart =
      header + 30 + Int(ZipArchive.uint16(bytes, header + 26)) + Int(ZipArchive.uint16(bytes, header + 28))
    guard dataStart <= bytes.count, entry.compressedSize <= bytes.count - dataStart else {
      throw .corruptArchive("data för \(entry.name) fortsätter efter filens slut (filen är avkortad)")
    }
    let compressed = bytes[dataStart..<(dataStart + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw .corruptArchive("den okomprimerade posten \(entry.name) har motstridiga storlekar")
      }
      output = Array(compressed)
    case 8:
      output = try ZipArchive.inflate(compressed, expectedSize: entry.uncompressedSize, name: entry.name)
    default:
      throw .unsupportedCompression(entry: entry.name, method: Int(entry.method))
    }
    let checksum = output.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
    guard checksum == entry.crc32 else { throw .checksumMismatch(entry: entry.name) }
    return output
  }

  /// Inflates raw deflate data (window bits -15: no zlib header, as in ZIP) into exactly
  /// `expectedSize` bytes; more or less output than declared is an error, which bounds memory.
  private static func inflate(
    _ input: ArraySlice<UInt8>, expectedSize: Int, name: String
  ) throws(TemplateFormat.ReadError) -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .corruptArchive("zlib kunde inte startas")
    }
    defer { inflateEnd(&stream) }
    // One spare byte lets us notice output beyond the declared size without unbounded growth.
    var output = [UInt8](repeating: 0, count: expectedSize + 1)
    // An empty array may have no storage; zlib reads nothing from a zero-length input anyway.
    let inputCount = input.count
    var input = inputCount == 0 ? [0] : Array(input)
    let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inputCount)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        // The whole input and output are in memory, so a single Z_FINISH call either completes
        // the stream or reports why it cannot.
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    let produced = Int(stream.total_out)
    guard status == Z_STREAM_END else {
      if produced > expectedSize || status == Z_BUF_ERROR && stream.avail_out == 0 {
        throw .corruptArchive("\(name) packas upp till mer än sin angivna storlek")
      }
      throw .corruptArchive("de komprimerade data för \(name) är skadade eller avkortade")
    }
    guard produced == expectedSize else {
      throw .corruptArchive("\(name) packas upp till \(produced) byte, inte de angivna \(expectedSize)")
    }
    output.removeLast()
    return output
  }

  /// Finds the end-of-central-directory record by scanning back over at most a maximal comment.
  private static func findEndOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var position = bytes.count - 22
    while position >= lowest {
      if uint32(bytes, position) == endOfCentralDirectorySignature {
        // A signature inside the comment would not account for the rest of the file exactly.
        let commentLength = Int(uint16(bytes, position + 20))
        if position + 22 + commentLength == bytes.count { return position }
      }
      position -= 1
    }
    return nil
  }

  private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
