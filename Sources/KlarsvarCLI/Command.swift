/// A subcommand of the `klarsvar` executable.
package protocol Command {
  static var name: String { get }
  static var summary: String { get }
  static var help: String { get }
  static func run(_ arguments: [String]) throws -> ExitCode
}
