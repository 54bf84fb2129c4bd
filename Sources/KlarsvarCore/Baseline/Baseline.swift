import Foundation
import KlarsvarJSON

/// Findings accepted when klarsvar was adopted (`--write-baseline`), so that `--baseline` reports
/// only new ones. Stored as versioned JSON; a finding is known by file, rule and
/// `FindingFingerprint`, and each identity carries a count because a file may repeat a finding.
public struct Baseline: Codable, Hashable, Sendable {
  /// The file format version this build reads and writes.
  public static let currentVersion = 1

  /// One identity and how many findings share it.
  public struct Entry: Codable, Hashable, Sendable {
    /// Path relative to the folder `check` ran in, with `/` separators.
    public var file: String
    public var ruleId: String
    public var fingerprint: String
    public var count: Int
    /// The matched text, for people reading the file; not part of the identity.
    public var matchedText: String
  }

  public var version: Int
  public var tool: String
  public var entries: [Entry]

  public init(entries: [Entry]) {
    version = Self.currentVersion
    tool = "klarsvar \(KlarsvarVersion.current)"
    self.entries = entries.sorted { ($0.file, $0.ruleId, $0.fingerprint) < ($1.file, $1.ruleId, $1.fingerprint) }
  }

  /// Why a baseline file could not be used.
  public enum LoadError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)
    case unsupportedVersion(path: String, version: Int)

    public var description: String {
      switch self {
      case .unreadable(let path, let reason): "\(path): kan inte läsa baslinjen: \(reason)"
      case .malformed(let path, let reason): "\(path): ogiltig baslinje: \(reason)"
      case .unsupportedVersion(let path, let version):
        "\(path): baslinjens version \(version) stöds inte (den här versionen läser \(Baseline.currentVersion))"
      }
    }
  }

  /// A baseline larger than this is not one klarsvar wrote (a million findings take about 200 MB).
  static let maximumSize = 500_000_000

  /// Reads a baseline file, refusing versions this build does not know.
  public static func load(from url: URL) throws(LoadError) -> Baseline {
    let bytes: [UInt8]
    do { bytes = try FileContents.read(url.path, limit: maximumSize) } catch {
      throw .unreadable(path: url.path, reason: error.description)
    }
    return try decode(Data(bytes), path: url.path)
  }

  /// Decodes strictly with the project's JSON parser, so every problem is a Swedish sentence with
  /// its line and column or its JSON path (never `DecodingError`'s own text).
  static func decode(_ data: Data, path: String) throws(LoadError) -> Baseline {
    let value: JSONValue
    do { value = try JSONParser.parse(data) } catch { throw .malformed(path: path, reason: error.description) }
    guard case .object(let root) = value, case .int(let version) = root["version"] ?? .null else {
      throw .malformed(path: path, reason: "JSON-objekt med \"version\" saknas")
    }
    guard version == currentVersion else { throw .unsupportedVersion(path: path, version: version) }
    guard case .array(let items) = root["entries"] ?? .null else {
      throw .malformed(path: path, reason: "vid /entries: en lista med poster saknas")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      entries.append(try entry(item, at: "/entries/\(index)", path: path))
    }
    var baseline = Baseline(entries: entries)
    if case .string(let tool) = root["tool"] ?? .null { baseline.tool = tool }
    return baseline
  }

  private static func entry(_ item: JSONValue, at pointer: String, path: String) throws(LoadError) -> Entry {
    func text(_ key: String, required: Bool = true) throws(LoadError) -> String {
      if case .string(let value) = item[key] ?? .null { return value }
      if !required && item[key] == nil { return "" }
      throw .malformed(path: path, reason: "vid \(pointer)/\(key): en sträng väntades")
    }
    guard case .object = item else { throw .malformed(path: path, reason: "vid \(pointer): ett objekt väntades") }
    guard case .int(let count) = item["count"] ?? .null, count >= 0 else {
      throw .malformed(path: path, reason: "vid \(pointer)/count: ett heltal (0 eller mer) väntades")
    }
    return Entry(
      file: try text("file"), ruleId: try text("ruleId"), fingerprint: try text("fingerprint"), count: count,
      matchedText: try text("matchedText", required: false))
  }

  /// Pretty, key-sorted JSON ending in a newline, so the file diffs well under version control.
  public func encoded() -> Data {
    Data((JSONWriter.pretty((try? JSONValue(encoding: self)) ?? .null) + "\n").utf8)
  }

  /// The key a report's file is recorded under: relative to `base` when inside it, else as shown.
  static func fileKey(_ report: FileReport, base: URL) -> String {
    guard let url = report.file.url else { return report.file.displayPath }
    let root = base.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
