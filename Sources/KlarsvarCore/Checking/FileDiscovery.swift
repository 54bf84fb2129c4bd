import Foundation

/// Expands the paths given on the command line into files, walking folders as ripgrep does: hidden
/// entries, Office lock files (`~$brev.docx`) and what `.gitignore` or `.klarsvarignore` exclude are
/// left out, symbolic links to folders are not followed unless asked, every folder is entered once
/// (by device and inode, so a link loop ends) and every file is checked once, whatever its names.
public struct FileDiscovery {
  public struct Options: Sendable {
    /// `--follow`: enter symbolic links to folders.
    public var followLinks = false
    /// `--no-ignore` turns this off: `.gitignore` and `.klarsvarignore` are not read.
    public var useIgnoreFiles = true

    public init() {}
  }

  /// A path that was named or met and could not be used; the run exits 2.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
  }

  public struct Result: Sendable {
    public var files: [InputFile] = []
    /// Paths that do not exist.
    public var missing: [String] = []
    /// Folders that could not be read, names that are not UTF-8.
    public var problems: [Problem] = []
  }

  /// Files named explicitly are always taken (a FIFO or device among them is reported when read);
  /// folders contribute files whose extension `accepts` takes (`Workspace.accepts`: a checked
  /// extension, not ignored by the config).
  public static func discover(
    _ paths: [String], currentDirectory: URL, options: Options = Options(), accepts: (URL) -> Bool
  ) -> Result {
    withoutActuallyEscaping(accepts) { accepts in
      var walker = Walker(options: options, accepts: accepts)
      walker.discover(paths, currentDirectory: currentDirectory)
      return walker.result
    }
  }
}

/// The state of one discovery: what was found, and which folders and files were already met.
private struct Walker {
  let options: FileDiscovery.Options
  let accepts: (URL) -> Bool
  var result = FileDiscovery.Result()
  var seenFiles = Set<FileStatus.Identity>()
  var seenFolders = Set<FileStatus.Identity>()
  /// The ignore files in force, each with the number of path segments of its folder.
  var ignoreStack: [(file: IgnoreFile, depth: Int)] = []

  init(options: FileDiscovery.Options, accepts: @escaping (URL) -> Bool) {
    self.options = options
    self.accepts = accepts
  }

  mutating func discover(_ paths: [String], currentDirectory: URL) {
    for path in paths {
      let url = WorkspacePath.resolve(path, against: currentDirectory).standardizedFileURL
      let status: FileStatus
      do { status = try FileStatus.of(url.path) } catch {
        if error.code == ENOENT || error.code == ENOTDIR {
          result.missing.append(path)
        } else {
          result.problems.append(.init(path: path, message: error.description))
        }
        continue
      }
      guard status.kind == .directory else {
        if seenFiles.insert(status.identity).inserted {
          result.files.append(InputFile(displayPath: path, url: url, isNamed: true))
        }
        continue
      }
      walkRoot(url.path, display: path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path)
    }
  }

  private mutating func walkRoot(_ path: String, display: String) {
    let segments = path.utf8.split(separator: UInt8(ascii: "/")).map { Array($0) }
    ignoreStack = options.useIgnoreFiles ? Self.ancestorIgnoreFiles(of: segments) : []
    var found: [Found] = []
    walk(path, display: display, segments: segments, into: &found)
    for file in found.sorted(by: { $0.display < $1.display }) where seenFiles.insert(file.identity).inserted {
      result.files.append(InputFile(displayPath: file.display, url: URL(fileURLWithPath: file.path), isNamed: false))
    }
  }

  private struct Found {
    var display: String
    var path: String
    var identity: FileStatus.Identity
  }

  private mutating func walk(_ path: String, display: String, segments: [[UInt8]], into found: inout [Found]) {
    let folder: FileStatus
    let entries: [DirectoryListing.Entry]
    do {
      folder = try FileStatus.of(path)
      guard seenFolders.insert(folder.identity).inserted else { return }
      entries = try DirectoryListing.read(path)
    } catch {
      result.problems.append(.init(path: display, message: "kan inte läsa mappen: \(error)"))
      return
    }
    let pushed = pushIgnoreFiles(in: path, depth: segments.count, entries: entries)
    defer { ignoreStack.removeLast(pushed) }
    for entry in entries where !Self.isSkippedName(entry.nameBytes) {
      let child = path == "/" ? "/" + entry.name : path + "/" + entry.name
      let shown = display == "." ? entry.name : display + "/" + entry.name
      guard String(validating: entry.nameBytes, as: UTF8.self) != nil else {
        result.problems.append(.init(path: shown, message: "namnet är inte giltig UTF-8; hoppas över"))
        continue
      }
      guard var kind = entry.kind ?? (try? FileStatus.ofLink(child))?.kind else { continue }
      var identity = FileStatus.Identity(device: folder.identity.device, inode: entry.inode)
      if kind == .symbolicLink {
        // A link to a folder is entered only with `--follow`; a link to a file is that file.
        guard let target = try? FileStatus.of(child), target.kind != .directory || options.followLinks else { continue }
        kind = target.kind
        identity = target.identity
      }
      let childSegments = segments + [entry.nameBytes]
      if isIgnored(childSegments, isDirectory: kind == .directory) { continue }
      if kind == .directory {
        walk(child, display: shown, segments: childSegments, into: &found)
      } else if accepts(URL(fileURLWithPath: child)) {
        found.append(Found(display: shown, path: child, identity: identity))
      }
    }
  }

  /// Hidden entries (`.git`, `.build`) and Office's lock files (`~$brev.docx`, left while Word has it open).
  private static func isSkippedName(_ name: [UInt8]) -> Bool {
    name.first == UInt8(ascii: ".") || (name.count > 2 && name[0] == UInt8(ascii: "~") && name[1] == UInt8(ascii: "$"))
  }

  private mutating func pushIgnoreFiles(in path: String, depth: Int, entries: [DirectoryListing.Entry]) -> Int {
    guard options.useIgnoreFiles else { return 0 }
    var pushed = 0
    for name in IgnoreFile.names where entries.contains(where: { $0.name == name }) {
      if let file = IgnoreFile.load(path + "/" + name) {
        ignoreStack.append((file, depth))
        pushed += 1
      }
    }
    return pushed
  }

  /// The innermost ignore file with a matching pattern decides (by its last matching pattern).
  private func isIgnored(_ segments: [[UInt8]], isDirectory: Bool) -> Bool {
    for (file, depth) in ignoreStack.reversed() {
      if let decision = file.decision(relativePath: Array(segments[depth...]), isDirectory: isDirectory) {
        return decision
      }
    }
    return false
  }

  /// The ignore files of the folders above a walked folder, up to the repository's root (the nearest
  /// folder holding `.git`); none outside a repository.
  private static func ancestorIgnoreFiles(of segments: [[UInt8]]) -> [(file: IgnoreFile, depth: Int)] {
    func folder(_ depth: Int) -> String {
      "/" + segments[..<depth].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
    }
    var root = segments.count
    while root > 0 && (try? FileStatus.ofLink(folder(root) + "/.git")) == nil { root -= 1 }
    guard root > 0, root < segments.count else { return [] }
    var files: [(file: IgnoreFile, depth: Int)] = []
    for depth in root..<segments.count {
      for name in IgnoreFile.names {
        if let file = IgnoreFile.load(folder(depth) + "/" + name) { files.append((file, depth)) }
      }
    }
    return files
  }
}
