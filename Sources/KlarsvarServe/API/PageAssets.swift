import Foundation

/// The page's files (`Sources/KlarsvarServe/Page/`), embedded in the binary at build time by SwiftPM
/// (`.embedInCode`), so the server reads nothing from disk to serve them.
enum PageAssets {
  struct Asset {
    var contentType: String
    /// Bytes, not `Data`: a `Data` held by a global keeps its storage behind a tagged reference that
    /// LeakSanitizer cannot follow, so the sanitizer run reported the page as leaked at exit.
    var bytes: [UInt8]
  }

  /// By request path.
  static let byPath: [String: Asset] = [
    "/": Asset(contentType: "text/html; charset=utf-8", bytes: PackageResources.index_html),
    "/api.js": Asset(contentType: javaScript, bytes: PackageResources.api_js),
    "/markdown.js": Asset(contentType: javaScript, bytes: PackageResources.markdown_js),
    "/page.css": Asset(contentType: "text/css; charset=utf-8", bytes: PackageResources.page_css),
    "/page.js": Asset(contentType: javaScript, bytes: PackageResources.page_js),
    "/view.js": Asset(contentType: javaScript, bytes: PackageResources.view_js),
  ]

  private static let javaScript = "text/javascript; charset=utf-8"
}
