import Foundation

/// One problem a reviewer expects in a draft: a category and where it is.
///
/// `text` is the exact words of the problem, found by its `occurrence` (1 = first); `nil` means a
/// document-level problem (a missing greeting, closing or contact person) that any finding of the
/// category satisfies.
public struct ExpectedFinding: Sendable, Hashable {
  public var category: RuleCategory
  public var text: String?
  public var occurrence: Int

  public init(category: RuleCategory, text: String?, occurrence: Int = 1) {
    self.category = category
    self.text = text
    self.occurrence = occurrence
  }

  public var isDocumentLevel: Bool { text == nil }
}
