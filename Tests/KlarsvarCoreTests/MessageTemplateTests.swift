import XCTest

@testable import KlarsvarCore

final class MessageTemplateTests: XCTestCase {
  func testSlotsFromValuesAndMatchedText() {
    XCTAssertEqual(
      MessageTemplate.render("Skriv ”{suggestion}” för ”{match}”.", [("suggestion", "få")], match: "erhålla"),
      "Skriv ”få” för ”erhålla”.")
    XCTAssertEqual(MessageTemplate.render("{match}{match}", [], match: "å"), "åå")
    XCTAssertEqual(
      MessageTemplate.render("{value} av {max}", [("value", "30"), ("max", "25")], match: nil), "30 av 25")
  }

  func testUnknownAndUnclosedSlotsStayAsWritten() {
    XCTAssertEqual(MessageTemplate.render("{okänd} {match", [], match: "ord"), "{okänd} {match")
    XCTAssertEqual(MessageTemplate.render("{}{", [], match: "ord"), "{}{")
    XCTAssertEqual(MessageTemplate.render("{{match}}", [], match: "ord"), "{ord}")
    XCTAssertEqual(MessageTemplate.render("{a{match}", [], match: "ord"), "{aord")
    XCTAssertEqual(MessageTemplate.render("{match}", [], match: nil), "{match}")
    XCTAssertEqual(MessageTemplate.render("Inga fält", [("match", "x")], match: "y"), "Inga fält")
  }

  func testValuesAreNotRenderedAgain() {
    XCTAssertEqual(MessageTemplate.render("”{match}”", [], match: "{match}"), "”{match}”")
    XCTAssertEqual(
      MessageTemplate.render("{value}/{max}", [("value", "{max}"), ("max", "}{")], match: nil), "{max}/}{")
  }

  func testMatchedTextIsShownOnOneLineUnlessGivenAsAValue() {
    XCTAssertEqual(MessageTemplate.render("”{match}”", [], match: " två\n  rader "), "”två rader”")
    XCTAssertEqual(MessageTemplate.render("”{match}”", [("match", "a  b")], match: "c"), "”a  b”")
    XCTAssertEqual(MessageTemplate.render("{match}", [], match: ""), "")
  }

  func testDictionaryRenderingMatchesTheFormerOne() {
    let templates = [
      "Skriv ”{suggestion}” i stället för ”{match}”.", "Inga fält", "{match}{match}", "{okänd} {match", "{}{",
      "{suggestion", "}{match}{", "{{match}}", "", "{value} {max} {words}", "åäö {match} 🙂",
    ]
    for template in templates {
      for match in ["ord", "{match}", "å ä", "", "{suggestion}"] {
        for values in [["match": match], ["match": match, "suggestion": "få"], ["value": "{match}", "max": "3"]] {
          XCTAssertEqual(MessageTemplate.render(template, values), formerRender(template, values), template)
        }
      }
    }
  }

  /// Slots plus matched text render as the former path did: one dictionary with `match` shown.
  func testSlotsAndMatchedTextMatchTheFormerDictionaryPath() {
    let templates = [
      "{match}: {value} > {max}", "{value}{match}{value}", "{suggestion} {match", "{x}{match}}", "ingen",
    ]
    for template in templates {
      for match in ["ord", " två  ord\n", "{value}", ""] {
        let slots: [MessageTemplate.Slot] = [("value", "{match}"), ("max", "7"), ("suggestion", "få")]
        var values = Dictionary(uniqueKeysWithValues: slots.map { ($0.name, $0.value) })
        values["match"] = MessageTemplate.display(match)
        XCTAssertEqual(MessageTemplate.render(template, slots, match: match), formerRender(template, values), template)
      }
    }
  }

  /// `MessageTemplate.render` as it was, a byte at a time with a dictionary.
  private func formerRender(_ template: String, _ values: [String: String]) -> String {
    let bytes = Array(template.utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
        if let value = values[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
          output += Array(value.utf8)
          index = close + 1
          continue
        }
      }
      output.append(bytes[index])
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }
}
