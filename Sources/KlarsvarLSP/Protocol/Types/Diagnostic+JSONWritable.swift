import KlarsvarJSON

/// Diagnostics written directly as JSON: publishing hundreds of them must take well under a millisecond.
extension Position: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object {
      $0.field("line", line)
      $0.field("character", character)
    }
  }
}

extension LSPRange: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object {
      $0.key("start")
      start.write(to: &$0)
      $0.key("end")
      end.write(to: &$0)
    }
  }
}

extension LSPTextEdit: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object {
      $0.key("range")
      range.write(to: &$0)
      $0.field("newText", newText)
    }
  }
}

extension Diagnostic: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("range")
      range.write(to: &writer)
      if let severity { writer.field("severity", severity) }
      if let code { writer.field("code", code) }
      if let codeDescription {
        writer.key("codeDescription")
        writer.object { $0.field("href", codeDescription.href) }
      }
      if let source { writer.field("source", source) }
      writer.field("message", message)
      if let relatedInformation {
        writer.key("relatedInformation")
        writer.array(relatedInformation) { writer, related in
          writer.object { writer in
            writer.key("location")
            writer.object { writer in
              writer.field("uri", related.location.uri)
              writer.key("range")
              related.location.range.write(to: &writer)
            }
            writer.field("message", related.message)
          }
        }
      }
      if let data {
        writer.key("data")
        writer.object { writer in
          writer.field("category", data.category)
          writer.key("fixes")
          writer.array(data.fixes) { writer, fix in
            writer.object { writer in
              writer.field("kind", fix.kind)
              writer.field("title", fix.title)
              writer.key("edit")
              fix.edit.write(to: &writer)
            }
          }
        }
      }
    }
  }
}

extension PublishDiagnosticsNotification: JSONWritable {
  /// `uri` and `version` come first, so a reader can route the message before parsing the list.
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.field("uri", uri)
      if let version {
        writer.field("version", version)
      } else {
        writer.key("version")
        writer.null()
      }
      writer.key("diagnostics")
      writer.array(diagnostics) { writer, diagnostic in diagnostic.write(to: &writer) }
    }
  }
}

extension DocumentDiagnosticReport: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.field("kind", kind)
      if let resultId { writer.field("resultId", resultId) }
      if let items {
        writer.key("items")
        writer.array(items) { writer, diagnostic in diagnostic.write(to: &writer) }
      }
    }
  }
}
