import KlarsvarCore

/// GitHub Actions workflow commands, one line per finding:
/// `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, which GitHub shows as
/// annotations on the pull request. Values are escaped as the runner unescapes them.
struct GitHubReporter: Reporter {
  static let identifier = "github"
  static let description = "arbetsflödeskommandon för GitHub Actions"

  let options: ReportOptions

  /// One workflow command.
  struct Command: Codable, Hashable {
    /// `error`, `warning` or `notice`.
    var level: String
    /// Ordered properties (file, line, col, endLine, endColumn, title).
    var properties: [Property]
    var message: String

    struct Property: Codable, Hashable {
      var name: String
      var value: String
    }

    var line: String {
      let list = properties.map { "\($0.name)=\(GitHubReporter.escapeProperty($0.value))" }.joined(separator: ",")
      return "::\(level)\(list.isEmpty ? "" : " " + list)::\(GitHubReporter.escapeData(message))"
    }
  }

  func render(_ outcome: Checker.Outcome) -> String {
    let lines = commands(outcome).map(\.line)
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  func commands(_ outcome: Checker.Outcome) -> [Command] {
    var commands = outcome.runErrors.map {
      Command(level: "error", properties: [.init(name: "title", value: "klarsvar")], message: $0)
    }
    for (report, findings) in outcome.shownFindings(options) {
      let path = report.file.displayPath
      if let error = report.error {
        commands.append(
          Command(
            level: "error", properties: [.init(name: "file", value: path), .init(name: "title", value: "klarsvar")],
            message: error))
      }
      for entry in findings {
        let location = entry.location
        var properties: [Command.Property] = [.init(name: "file", value: path)]
        var message = entry.finding.message
        if location.unit == "paragraph" {
          // Line numbers mean nothing in a .docx/.odt; the paragraph goes into the message instead.
          message = "\(location.humanDescription): \(message)"
        } else {
          properties += [
            .init(name: "line", value: "\(location.start.line)"), .init(name: "col", value: "\(location.start.column)"),
            .init(name: "endLine", value: "\(location.end.line)"),
            .init(name: "endColumn", value: "\(location.end.column)"),
          ]
        }
        properties.append(.init(name: "title", value: "klarsvar \(entry.finding.ruleID)"))
        if let fix = entry.finding.suggestions.first(where: { $0.kind == .replacement }) {
          message += "\nFörslag: \(fix.title)"
        }
        commands.append(Command(level: Self.level(entry.finding.severity), properties: properties, message: message))
      }
    }
    return commands
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "notice"
    }
  }

  /// A command's message: `%`, CR and LF as `%25`, `%0D`, `%0A`.
  static func escapeData(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// A property value: as a message, plus `:` and `,` as `%3A` and `%2C`.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
