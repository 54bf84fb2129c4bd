import Foundation

/// The page's files (`Sources/KlarsvarServe/Page/`), embedded in the binary at build time by SwiftPM
/// (`.embedInCode`), so the server reads nothing from disk to serve them.
enum PageAssets {
  struct Asset {
    var contentType: String
    var bytes: Data
  }

  /// By request path.
  static let byPath: [String: Asset] = [
    "/": Asset(contentType: "text/html; charset=utf-8", bytes: Data(PackageResources.index_html)),
    "/api.js": Asset(contentType: javaScript, bytes: Data(PackageResources.api_js)),
    "/markdown.js": Asset(contentType: javaScript, bytes: Data(PackageResources.markdown_js)),
    "/page.css": Asset(contentType: "text/css; charset=utf-8", bytes: Data(PackageResources.page_css)),
    "/page.js": Asset(contentType: javaScript, bytes: Data(PackageResources.page_js)),
    "/view.js": Asset(contentType: javaScript, bytes: Data(PackageResources.view_js)),
  ]

  private static let javaScript = "text/javascript; charset=utf-8"
}
