import Foundation
import PackagePlugin

/// Generates the built-in packs' Swift source from the package's `rules/` folder on every build
/// that changes a pack file, so `rules/` is the only copy in git.
@main
struct EmbedPacksPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let rules = context.package.directoryURL.appending(path: "rules")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPacks.swift")
    return [
      .buildCommand(
        displayName: "Embedding the packs of rules/",
        executable: try context.tool(named: "klarsvar-embed-packs").url,
        arguments: [rules.path, output.path],
        inputFiles: try packFiles(in: rules),
        outputFiles: [output])
    ]
  }

  /// Every file of every pack folder: a change to any of them reruns the command.
  private func packFiles(in rules: URL) throws -> [URL] {
    let manager = FileManager.default
    var files: [URL] = []
    for pack in try manager.contentsOfDirectory(atPath: rules.path) {
      let folder = rules.appending(path: pack)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
      files.append(folder)
      for name in try manager.contentsOfDirectory(atPath: folder.path) { files.append(folder.appending(path: name)) }
    }
    return files
  }
}
