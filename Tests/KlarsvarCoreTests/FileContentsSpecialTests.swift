import Foundation
import XCTest

@testable import KlarsvarCore

#if canImport(Glibc)
  import Glibc
#endif

/// Special files are named for what they are, never read and never a raw system error.
final class FileContentsSpecialTests: XCTestCase {
  /// A socket cannot be opened (ENXIO): it was "kan inte läsa filen: systemfel 6".
  func testASocketIsNotARegularFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-socket-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.md").path
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    XCTAssertEqual(bound, 0)
    XCTAssertThrowsError(try FileContents.read(path, limit: 1_000)) { error in
      guard case .notRegular(let what) = error as? FileContents.Failure else { return XCTFail("\(error)") }
      XCTAssertEqual(what, "inte en vanlig fil utan en socket")
    }
  }
}
