/// One phrase of a list as written in a pack, with its own suggestions or message if it has them.
struct PhraseEntry: Sendable {
  var text: String
  var suggestions: [String]?
  var message: String?
}
