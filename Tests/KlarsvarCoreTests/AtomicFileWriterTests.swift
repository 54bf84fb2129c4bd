import Foundation
import XCTest

@testable import KlarsvarCore

/// What `--fix` and `--write-baseline` may replace: only regular files (or a new one), keeping owner,
/// group and mode, never splitting hard links, never overwriting a change made since the file was read.
final class AtomicFileWriterTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    if let folder { try? FileManager.default.removeItem(at: folder) }
  }

  private func file(_ name: String, _ text: String = "gammalt") throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  private func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  func testDevicesFIFOsAndFoldersAreRefusedAndLeftAlone() throws {
    for path in ["/dev/null", "/dev/stdout", folder.path] {
      XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: URL(fileURLWithPath: path))) { error in
        guard case .notRegularFile = error as? AtomicFileWriter.WriteError else { return XCTFail("\(path): \(error)") }
        XCTAssertTrue("\(error)".contains("inte en vanlig fil"), "\(error)")
      }
    }
    var status = stat()
    XCTAssertEqual(stat("/dev/null", &status), 0)
    XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
    let fifo = folder.appendingPathComponent("rör")
    XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
    XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: fifo))
    XCTAssertEqual(try FileStatus.ofLink(fifo.path).kind, .special)
  }

  func testANewFileIsCreatedAndALinkedFileReplacedThroughItsLink() throws {
    let new = folder.appendingPathComponent("ny.json")
    try AtomicFileWriter.write(Data("{}".utf8), to: new)
    XCTAssertEqual(try contents(new), "{}")
    let target = try file("mål.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("länk.md").path, withDestinationPath: "mål.md")
    try AtomicFileWriter.write(Data("nytt".utf8), to: folder.appendingPathComponent("länk.md"))
    XCTAssertEqual(try contents(target), "nytt")
    XCTAssertEqual(try FileStatus.ofLink(folder.appendingPathComponent("länk.md").path).kind, .symbolicLink)
  }

  func testOwnerGroupAndModeAreKept() throws {
    let url = try file("brev.md")
    XCTAssertEqual(chmod(url.path, 0o640), 0)
    if geteuid() == 0 { XCTAssertEqual(chown(url.path, 65534, 65534), 0) }
    let before = try FileStatus.of(url.path)
    try AtomicFileWriter.write(Data("nytt".utf8), to: url, expected: Array("gammalt".utf8))
    let after = try FileStatus.of(url.path)
    XCTAssertEqual(try contents(url), "nytt")
    XCTAssertEqual(after.permissions, 0o640)
    XCTAssertEqual(after.owner, before.owner)
    XCTAssertEqual(after.group, before.group)
    XCTAssertNotEqual(after.identity, before.identity, "replaced by rename, not rewritten in place")
  }

  func testHardLinksAreRefused() throws {
    let url = try file("brev.md")
    try FileManager.default.linkItem(at: url, to: folder.appendingPathComponent("kopia.md"))
    XCTAssertThrowsError(try AtomicFileWriter.write(Data("nytt".utf8), to: url)) { error in
      XCTAssertEqual(error as? AtomicFileWriter.WriteError, .hardLinks(path: url.path, count: 2))
    }
    XCTAssertEqual(try contents(folder.appendingPathComponent("kopia.md")), "gammalt")
    XCTAssertEqual(try contents(url), "gammalt")
  }

  func testAChangeMadeAfterReadingIsNeverOverwritten() throws {
    let url = try file("brev.md", "ändrat av någon annan")
    XCTAssertThrowsError(try AtomicFileWriter.write(Data("rättat".utf8), to: url, expected: Array("gammalt".utf8))) {
      XCTAssertEqual($0 as? AtomicFileWriter.WriteError, .changedSinceRead(path: url.path))
    }
    XCTAssertEqual(try contents(url), "ändrat av någon annan")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["brev.md"], "no temporary file")
  }

  func testFixerRefusesHardLinkedAndUTF16Files() throws {
    let letter = "Vi har erhållit ditt brev.\n"
    _ = try file("a.md", letter)
    try FileManager.default.linkItem(
      at: folder.appendingPathComponent("a.md"), to: folder.appendingPathComponent("b.txt"))
    var utf16 = Data([0xFF, 0xFE])
    utf16.append(contentsOf: letter.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try utf16.write(to: folder.appendingPathComponent("c.md"))
    let outcome = Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["a.md", "c.md"])
    XCTAssertEqual(outcome.reports.map { $0.findings.contains { $0.ruleID == "plain-officialese" } }, [true, true])
    let plan = Fixer.plan(outcome)
    XCTAssertEqual(plan.files.count, 0)
    XCTAssertEqual(plan.refused.map(\.displayPath), ["a.md", "c.md"])
    XCTAssertTrue(plan.refused[0].reason.contains("hårda länkar"), plan.refused[0].reason)
    XCTAssertTrue(plan.refused[1].reason.contains("UTF-16"), plan.refused[1].reason)
  }
}
