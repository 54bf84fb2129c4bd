import Foundation
import KlarsvarBuiltinPacks

/// The files of one pack, read from a folder on disk or from the copy built into the binary.
public struct PackFolder: Sendable {
  public struct File: Sendable {
    public var name: String
    public var contents: Data
  }

  /// Shown in error messages: `rules/sv-klarsprak` for built-in packs, the folder path otherwise.
  public var displayPath: String
  /// Files sorted by name; `pack.json` among them.
  public var files: [File]
  public var isBuiltIn: Bool

  public init(displayPath: String, files: [File], isBuiltIn: Bool) {
    self.displayPath = displayPath
    self.files = files.sorted { $0.name < $1.name }
    self.isBuiltIn = isBuiltIn
  }

  /// Reads a pack folder (only its `.json` files; sub-folders are not packs' data).
  public static func read(directory: URL) throws -> PackFolder {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw PackLoadError(file: directory.path, message: "regelmappen finns inte")
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw PackLoadError(file: directory.path, message: "kan inte läsa mappen: \(SystemError.message(for: error))")
    }
    guard names.contains("pack.json") else {
      throw PackLoadError(file: directory.path, message: "pack.json saknas (en regelmapp måste ha en pack.json)")
    }
    var files: [File] = []
    for name in names where name.hasSuffix(".json") {
      let url = directory.appendingPathComponent(name)
      do {
        files.append(File(name: name, contents: Data(try FileContents.read(url.path, limit: 50_000_000))))
      } catch {
        throw PackLoadError(file: url.path, message: "\(error)")
      }
    }
    return PackFolder(displayPath: directory.path, files: files, isBuiltIn: false)
  }

  /// Finds packs under a folder: the folder itself if it holds `pack.json`, else its sub-folders that do.
  public static func discover(in directory: URL) throws -> [PackFolder] {
    if FileManager.default.fileExists(atPath: directory.appendingPathComponent("pack.json").path) {
      return [try read(directory: directory)]
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw PackLoadError(file: directory.path, message: "regelmappen finns inte")
    }
    let children = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let packs = children.sorted().map { directory.appendingPathComponent($0) }.filter {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("pack.json").path)
    }
    guard !packs.isEmpty else {
      throw PackLoadError(file: directory.path, message: "ingen pack.json i mappen eller dess undermappar")
    }
    return try packs.map { try read(directory: $0) }
  }

  /// The packs embedded in the binary (a copy of the repository's `rules/`).
  public static var builtIn: [PackFolder] {
    var byPack: [String: [File]] = [:]
    for file in BuiltinPacks.files {
      byPack[file.pack, default: []].append(File(name: file.name, contents: Data(file.contents.utf8)))
    }
    return byPack.keys.sorted().map { PackFolder(displayPath: "rules/\($0)", files: byPack[$0]!, isBuiltIn: true) }
  }
}
