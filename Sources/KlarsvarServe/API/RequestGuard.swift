/// Refuses requests that did not come from the page itself or a local client.
///
/// - DNS rebinding: a hostile site can make its own name resolve to 127.0.0.1, and the browser then
///   sends that name as `Host`. Only IP literals, `localhost` and the name given with `--host` are
///   taken, always with the server's port.
/// - Cross-origin: a browser names the page that sent a request in `Origin`; it must be this server's
///   own origin (`http://` + the request's `Host`). Clients without `Origin` (curl, scripts) are local
///   processes and are let through. `Sec-Fetch-Site: cross-site` (or `same-site`, another port) is
///   refused too, except a plain navigation to the page.
struct RequestGuard: Sendable {
  let port: UInt16
  /// Host names (lower-case) taken besides IP literals: `localhost` and the `--host` value.
  let names: Set<String>

  init(port: UInt16, host: String) {
    self.port = port
    names = ["localhost", host.lowercased()]
  }

  func refusal(for request: HTTPRequest) -> Refusal? {
    guard let authority = request.authority, accepts(authority) else {
      let shown = (request.authority ?? "").prefix(80)
      return Refusal(
        .forbidden,
        "Host \"\(shown)\" är inte den här serverns adress; öppna sidan på http://127.0.0.1:\(port)/")
    }
    if let origin = request.headers["Origin"], !HTTPHeaders.same(origin, "http://" + authority) {
      return Refusal(.forbidden, "förfrågningar från andra webbplatser (Origin \"\(origin.prefix(80))\") tas inte emot")
    }
    if let site = request.headers["Sec-Fetch-Site"], site == "cross-site" || site == "same-site" {
      let navigation =
        request.headers["Sec-Fetch-Mode"] == "navigate" && (request.method == "GET" || request.method == "HEAD")
      if !navigation {
        return Refusal(.forbidden, "förfrågningar från andra webbplatser tas inte emot")
      }
    }
    return nil
  }

  /// `host:port` with this server's port and an accepted host.
  func accepts(_ authority: String) -> Bool {
    let host: Substring
    let portText: Substring
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else { return false }
      host = authority[authority.index(after: authority.startIndex)..<close]
      portText = authority[authority.index(after: close)...]
      guard host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }), host.contains(":") else { return false }
    } else {
      let colon = authority.lastIndex(of: ":") ?? authority.endIndex
      host = authority[..<colon]
      portText = authority[colon...]
      guard Self.isIPv4(host) || names.contains(host.lowercased()) else { return false }
    }
    let expected = ":\(port)"
    return portText == expected || (port == 80 && portText.isEmpty)
  }

  /// A dotted-quad IPv4 literal (`127.0.0.1`).
  static func isIPv4(_ text: Substring) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4
      && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber } && Int(part)! <= 255
      }
  }
}
