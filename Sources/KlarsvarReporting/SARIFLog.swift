/// The part of the SARIF 2.1.0 object model that klarsvar writes. Optional members are left out
/// when nil, as the schema requires for absent properties.
struct SARIFLog: Codable, Hashable {
  var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  var version = "2.1.0"
  var runs: [Run]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  struct Run: Codable, Hashable {
    var tool: Tool
    /// What `%SRCROOT%` stood for where klarsvar ran: the working directory, as a `file:` URI
    /// ending in `/`. Absent when the reporter was not told the directory.
    var originalUriBaseIds: [String: ArtifactLocation]?
    var invocations: [Invocation]
    var results: [Result]
    /// Columns and `charOffset` count Unicode scalars, as `ReportLocation` does.
    var columnKind = "unicodeCodePoints"
  }

  struct Tool: Codable, Hashable {
    var driver: Driver
  }

  struct Driver: Codable, Hashable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri: String
    var rules: [ReportingDescriptor]
  }

  struct ReportingDescriptor: Codable, Hashable {
    var id: String
    var name: String
    var helpUri: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
    var defaultConfiguration: Configuration
    var properties: RuleProperties
  }

  struct Configuration: Codable, Hashable {
    var level: String
  }

  struct RuleProperties: Codable, Hashable {
    var category: String
    var tags: [String]
    var pack: String
    var precision: String
    var problemSeverity: String

    enum CodingKeys: String, CodingKey {
      case category, tags, pack, precision
      case problemSeverity = "problem.severity"
    }
  }

  struct Message: Codable, Hashable {
    var text: String
    var markdown: String?
  }

  struct Invocation: Codable, Hashable {
    var executionSuccessful: Bool
    var workingDirectory: ArtifactLocation?
    var toolExecutionNotifications: [Notification]?
  }

  struct Notification: Codable, Hashable {
    var level: String
    var message: Message
    var locations: [Location]?
  }

  struct Result: Codable, Hashable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var partialFingerprints: [String: String]
    var fixes: [Fix]?
    var properties: ResultProperties
  }

  struct ResultProperties: Codable, Hashable {
    var category: String
    var severity: String
    /// The kind of text the finding's file was judged as (`reply`, `news` …) and where it came from.
    var documentKind: String?
    var documentKindSource: String?
  }

  struct Location: Codable, Hashable {
    var physicalLocation: PhysicalLocation
    /// Where in a .docx/.odt a finding is ("stycke 2"): such files have no lines to point at.
    var logicalLocations: [LogicalLocation]? = nil
    var message: Message? = nil
  }

  struct LogicalLocation: Codable, Hashable {
    var name: String
    /// SARIF's word for a part of a document's markup (a paragraph is a `w:p` or `text:p` element).
    var kind: String
  }

  struct PhysicalLocation: Codable, Hashable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct ArtifactLocation: Codable, Hashable {
    var uri: String
    var uriBaseId: String?
  }

  struct Region: Codable, Hashable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    var charOffset: Int?
    var charLength: Int?
    var snippet: Message?
  }

  struct Fix: Codable, Hashable {
    var description: Message
    var artifactChanges: [ArtifactChange]
  }

  struct ArtifactChange: Codable, Hashable {
    var artifactLocation: ArtifactLocation
    var replacements: [Replacement]
  }

  struct Replacement: Codable, Hashable {
    var deletedRegion: Region
    var insertedContent: Message
  }
}

extension SARIFLog.ArtifactLocation {
  /// The base every relative `uri` is resolved against: the folder `check` ran in, which is the
  /// repository root when code scanning runs it there.
  static let sourceRoot = "%SRCROOT%"

  /// A file as shown by `check`, normalised and percent-encoded: a path inside `workingDirectory`
  /// (an absolute, normalised path) becomes a URI reference against `%SRCROOT%`, a path outside it
  /// an absolute `file://` URI, which SARIF forbids a `uriBaseId` on. Without a working directory
  /// every relative path is taken to be inside it.
  init(path: String, workingDirectory: String? = nil) {
    let absolute = path.hasPrefix("/") ? path : workingDirectory.map { $0 + "/" + path }
    if let workingDirectory, let absolute {
      let normal = Self.normalised(absolute)
      let root = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
      if normal.hasPrefix(root) {
        self.init(uri: Self.percentEncoded(String(normal.dropFirst(root.count))), uriBaseId: Self.sourceRoot)
      } else {
        self.init(uri: "file://" + Self.percentEncoded(normal), uriBaseId: nil)
      }
      return
    }
    let normal = Self.normalised(path)
    if normal.hasPrefix("/") {
      self.init(uri: "file://" + Self.percentEncoded(normal), uriBaseId: nil)
    } else {
      self.init(uri: Self.percentEncoded(normal), uriBaseId: Self.sourceRoot)
    }
  }

  /// A folder as an absolute `file://` URI ending in `/`, as `originalUriBaseIds` and
  /// `workingDirectory` want it.
  init(folder: String) {
    let normal = Self.normalised(folder)
    self.init(uri: "file://" + Self.percentEncoded(normal.hasSuffix("/") ? normal : normal + "/"), uriBaseId: nil)
  }

  /// `path` without `.` segments, empty segments and `x/..` pairs (`mallar/../mallar/svar.txt` is
  /// `mallar/svar.txt`), so one file has one URI however it was named; a `..` that leaves the
  /// starting folder of a relative path is kept, since that folder is unknown here.
  static func normalised(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var kept: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
      if segment == "..", let last = kept.last, last != ".." {
        kept.removeLast()
      } else if segment == "..", absolute {
        continue  // `/..` is `/`
      } else {
        kept.append(segment)
      }
    }
    return (absolute ? "/" : "") + kept.joined(separator: "/")
  }

  /// RFC 3986 encoding of everything but unreserved ASCII characters and `/`.
  static func percentEncoded(_ path: String) -> String {
    var output = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        output.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        output += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return output
  }
}
