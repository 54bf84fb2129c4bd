import Foundation
import KlarsvarCore

/// The page and its JSON API behind the request guard: one route per endpoint, each handled in its
/// own extension. Holds nothing per client: every answer is a function of the request and the rules
/// loaded at start, and nothing a client sends is kept or written anywhere.
package final class ServeAPI: Sendable {
  /// A route: its method, its path (a trailing `*` takes the rest as an argument) and its handler.
  struct Route: Sendable {
    var method: String
    var path: String
    var handle: @Sendable (ServeAPI, HTTPRequest, String) -> HTTPResponse
  }

  let checker: DraftChecker
  let requestGuard: RequestGuard

  package init(checker: DraftChecker, port: UInt16, host: String) {
    self.checker = checker
    requestGuard = RequestGuard(port: port, host: host)
  }

  /// The routes, sorted by path then method (a test checks every one is documented in the README).
  static let routes: [Route] = [
    Route(method: "GET", path: "/", handle: { api, _, _ in api.asset("/") }),
    Route(method: "GET", path: "/api.js", handle: { api, _, _ in api.asset("/api.js") }),
    Route(method: "POST", path: "/api/check", handle: { api, request, _ in api.check(request) }),
    Route(method: "POST", path: "/api/check-file", handle: { api, request, _ in api.checkFile(request) }),
    Route(method: "POST", path: "/api/fix", handle: { api, request, _ in api.fix(request) }),
    Route(method: "GET", path: "/api/health", handle: { api, _, _ in api.health() }),
    Route(method: "POST", path: "/api/read-file", handle: { api, request, _ in api.readFile(request) }),
    Route(method: "POST", path: "/api/review", handle: { api, request, _ in api.review(request) }),
    Route(method: "GET", path: "/api/rules", handle: { api, _, _ in api.rules() }),
    Route(method: "GET", path: "/api/rules/*", handle: { api, _, id in api.rule(id) }),
    Route(method: "GET", path: "/markdown.js", handle: { api, _, _ in api.asset("/markdown.js") }),
    Route(method: "GET", path: "/page.css", handle: { api, _, _ in api.asset("/page.css") }),
    Route(method: "GET", path: "/page.js", handle: { api, _, _ in api.asset("/page.js") }),
    Route(method: "GET", path: "/view.js", handle: { api, _, _ in api.asset("/view.js") }),
  ]

  /// Answers one request; never throws and never traps on what a client sends.
  package func handle(_ request: HTTPRequest) -> HTTPResponse {
    var response = route(request)
    for (name, value) in Self.commonHeaders where response.headers[name] == nil {
      response.headers.append(name, value)
    }
    return response
  }

  private func route(_ request: HTTPRequest) -> HTTPResponse {
    if let refusal = requestGuard.refusal(for: request) { return refusal.response }
    guard let path = request.path else { return Refusal(.badRequest, "sökvägen är felaktigt kodad").response }
    let method = request.method == "HEAD" ? "GET" : request.method
    var allowed: [String] = []
    for route in Self.routes {
      guard let argument = Self.match(route.path, path) else { continue }
      guard route.method == method else {
        allowed.append(route.method)
        continue
      }
      return route.handle(self, request, argument)
    }
    guard allowed.isEmpty else {
      var response = Refusal(
        .methodNotAllowed, "\(request.method.prefix(20)) går inte här; använd \(allowed.joined(separator: ", "))"
      ).response
      response.headers.set("Allow", (allowed.contains("GET") ? allowed + ["HEAD"] : allowed).joined(separator: ", "))
      return response
    }
    return Refusal(.notFound, "det finns ingen sida eller tjänst på \(path.prefix(80))").response
  }

  /// The argument a route's `*` takes (empty without one), nil when the path is another.
  static func match(_ pattern: String, _ path: String) -> String? {
    guard pattern.hasSuffix("*") else { return pattern == path ? "" : nil }
    let prefix = pattern.dropLast()
    guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
    let argument = String(path.dropFirst(prefix.count))
    return argument.contains("/") ? nil : argument
  }

  /// On every answer: nothing is cached or stored by the browser, nothing framed or sniffed, no
  /// referrer sent onwards.
  static let commonHeaders: [(String, String)] = [
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
  ]

  /// The page's files; the HTML with a policy that lets it load only its own script and style.
  func asset(_ path: String) -> HTTPResponse {
    guard let asset = PageAssets.byPath[path] else { return Refusal(.notFound, "okänd fil").response }
    var response = HTTPResponse(
      status: .ok, headers: HTTPHeaders([("Content-Type", asset.contentType)]), body: Data(asset.bytes))
    if path == "/" {
      response.headers.append(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
    }
    return response
  }
}
