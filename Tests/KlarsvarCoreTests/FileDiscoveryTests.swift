import Foundation
import XCTest

@testable import KlarsvarCore

/// Walking folders: symbolic-link loops end, links to folders are followed only when asked, a file
/// reached twice is checked once, hidden entries, Office lock files and ignored paths are left out.
final class FileDiscoveryTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-walk-\(UUID().uuidString)")
      .standardizedFileURL
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    if let root { try? FileManager.default.removeItem(at: root) }
  }

  private func write(_ relative: String, _ text: String = "Hej.\n") throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  private func link(_ relative: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent(relative).path, withDestinationPath: destination)
  }

  private func discover(_ paths: [String] = ["."], follow: Bool = false, ignoreFiles: Bool = true)
    -> FileDiscovery
    .Result
  {
    var options = FileDiscovery.Options()
    options.followLinks = follow
    options.useIgnoreFiles = ignoreFiles
    return FileDiscovery.discover(paths, currentDirectory: root, options: options) { $0.pathExtension == "md" }
  }

  func testALinkToItsOwnFolderEndsAndIsNotFollowedByDefault() throws {
    try write("brev/a.md")
    try link("brev/a", to: ".")
    try link("brev/upp", to: "..")
    XCTAssertEqual(discover().files.map(\.displayPath), ["brev/a.md"])
    XCTAssertEqual(discover(follow: true).files.map(\.displayPath), ["brev/a.md"], "each folder is entered once")
  }

  func testFollowEntersLinkedFoldersAndChecksEachFileOnce() throws {
    try write("brev/a.md")
    try write("annat/b.md")
    try link("brev/annat", to: "../annat")
    try link("brev/samma.md", to: "a.md")
    try FileManager.default.linkItem(
      at: root.appendingPathComponent("brev/a.md"), to: root.appendingPathComponent("brev/hard.md"))
    XCTAssertEqual(discover(["brev"]).files.map(\.displayPath), ["brev/a.md"], "links and hard links are one file")
    XCTAssertEqual(discover(["brev"], follow: true).files.map(\.displayPath), ["brev/a.md", "brev/annat/b.md"])
    XCTAssertEqual(
      discover(["brev", "annat"], follow: true).files.map(\.displayPath), ["brev/a.md", "brev/annat/b.md"],
      "a file reached from two named folders is checked once")
  }

  func testHiddenEntriesAndOfficeLockFilesAreSkipped() throws {
    try write("brev/a.md")
    try write("brev/~$a.md")
    try write("brev/.utkast/b.md")
    try write("brev/.c.md")
    XCTAssertEqual(discover().files.map(\.displayPath), ["brev/a.md"])
  }

  func testGitignoreAndKlarsvarignoreAreHonouredUnlessTurnedOff() throws {
    try write("brev/a.md")
    try write("brev/utkast/b.md")
    try write("brev/arkiv/c.md")
    try write("brev/arkiv/viktig.md")
    try write("brev/d.md")
    try write(".gitignore", "utkast/\n")
    try write("brev/.klarsvarignore", "# gamla brev\narkiv/*\n!arkiv/viktig.md\n/d.md\n")
    XCTAssertEqual(discover().files.map(\.displayPath), ["brev/a.md", "brev/arkiv/viktig.md"])
    XCTAssertEqual(discover(ignoreFiles: false).files.count, 5)
    XCTAssertEqual(discover(["brev/d.md"]).files.map(\.displayPath), ["brev/d.md"], "a named file is always checked")
  }

  func testIgnoreFilesAboveTheWalkedFolderCountInsideARepository() throws {
    try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try write(".gitignore", "**/utkast\n")
    try write("brev/a.md")
    try write("brev/utkast/b.md")
    XCTAssertEqual(discover(["brev"]).files.map(\.displayPath), ["brev/a.md"])
  }

  func testMissingPathsAndSpecialFiles() throws {
    try write("brev/a.md")
    XCTAssertEqual(discover(["saknas", "brev/a.md/x"]).missing, ["saknas", "brev/a.md/x"])
    guard mkfifo(root.appendingPathComponent("brev/rör.md").path, 0o644) == 0 else {
      throw XCTSkip("mkfifo failed")
    }
    let walked = discover(["brev"]).files
    XCTAssertEqual(walked.map(\.displayPath), ["brev/a.md", "brev/rör.md"])
    XCTAssertEqual(walked.map(\.isNamed), [false, false], "read as a skip, never opened for blocking")
    XCTAssertEqual(discover(["brev/rör.md"]).files.map(\.isNamed), [true])
  }
}
