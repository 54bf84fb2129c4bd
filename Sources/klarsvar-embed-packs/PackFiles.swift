import Foundation

/// The files of the packs under a rules folder, in a stable order.
enum PackFiles {
  struct File {
    var pack: String
    var name: String
    var contents: String
  }

  static func read(_ rules: URL) throws -> [File] {
    let manager = FileManager.default
    var files: [File] = []
    for pack in try manager.contentsOfDirectory(atPath: rules.path).sorted() {
      let folder = rules.appendingPathComponent(pack)
      guard manager.fileExists(atPath: folder.appendingPathComponent("pack.json").path) else { continue }
      for name in try manager.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".json") {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        guard let contents = String(data: data, encoding: .utf8) else {
          throw Failure(description: "\(pack)/\(name) är inte UTF-8")
        }
        files.append(File(pack: pack, name: name, contents: contents))
      }
    }
    return files
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }
}
