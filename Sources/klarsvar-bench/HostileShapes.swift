/// The input shapes of `klarsvar-bench hostile`, each filled to a given size: the ones a hostile
/// tester fed `check` (a 200 KB line, a 5 MB one-line file, 100,000 `[` before `](`), and their kin
/// for every inline construct the Markdown scanner looks for.
struct HostileShapes: Sendable {
  var name: String
  var fileName: String
  var make: @Sendable (Int) -> [UInt8]

  /// `unit` repeated until `size` bytes, then `tail`.
  static func repeated(_ unit: String, _ size: Int, tail: String = "") -> [UInt8] {
    let bytes = Array(unit.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(size + tail.utf8.count + bytes.count)
    while output.count < size { output += bytes }
    return output + Array(tail.utf8)
  }

  /// Letters of the benchmark corpus, as one file: the normal input the others are compared with.
  static func letters(_ size: Int) -> [UInt8] {
    var output: [UInt8] = []
    var seed: UInt64 = 1
    while output.count < size {
      for letter in BenchmarkCorpus.letters(count: 20, seed: seed) where output.count < size {
        output += Array(letter.utf8) + [0x0A]
      }
      seed += 1
    }
    return output
  }

  static let prose =
    "Vi svarar inom kort på ditt brev och erhåller gärna fler synpunkter i dagsläget samt i syfte att förbättra. "

  static let all: [HostileShapes] = [
    HostileShapes(name: "vanliga brev (jämförelse)", fileName: "brev.md", make: letters),
    HostileShapes(name: "en rad utan radbrytning, fynd tätt", fileName: "en-rad.txt") { repeated(prose, $0) },
    HostileShapes(name: "en rad i Markdown, fynd tätt", fileName: "en-rad.md") { repeated(prose, $0) },
    HostileShapes(name: "[ × N följt av ](", fileName: "hakparenteser.md") { repeated("[", $0, tail: "](x)") },
    HostileShapes(name: "[[ utan ]]", fileName: "platshallare.md") { repeated("[[a ", $0) },
    HostileShapes(name: "{{ utan }}", fileName: "klamrar.md") { repeated("{{ a ", $0) },
    HostileShapes(name: "backtick-serier av växande längd", fileName: "backticks.md") { size in
      var output: [UInt8] = []
      var length = 1
      while output.count < size {
        output += [UInt8](repeating: UInt8(ascii: "`"), count: length) + [0x20]
        length += 1
      }
      return output
    },
    HostileShapes(name: "ensamma ` på en rad", fileName: "backtick.md") { repeated("` a ``a ", $0) },
    HostileShapes(name: "<!-- utan -->", fileName: "kommentar.md") { repeated("a <!-- b ", $0) },
    HostileShapes(name: "@ utan domän", fileName: "epost.txt") { repeated("a@b", $0) },
    HostileShapes(name: "http:// utan mellanslag", fileName: "url.txt") { repeated("http://a(", $0) },
    HostileShapes(name: "ett ord på hela filen", fileName: "ord.txt") { repeated("a", $0) },
    HostileShapes(name: "bara radbrytningar", fileName: "rader.txt") { repeated("\n", $0) },
    HostileShapes(name: "en mening utan skiljetecken", fileName: "mening.txt") { repeated("och vi svarar ", $0) },
    HostileShapes(name: "korta rader med fynd", fileName: "korta.txt") { repeated("Vi svarar inom kort.\n", $0) },
    HostileShapes(name: "HTML med nästlade taggar", fileName: "taggar.html") { repeated("<b><i>samt</i></b>", $0) },
  ]
}
