/// A rule type whose findings are about the document as a whole (something it lacks), even though
/// each is anchored at a phrase. When such a rule yields (`yieldsTo`), it gives way to the named
/// rule's finding anywhere in the document, not only where the two overlap: a reply told to refer
/// to IVO is not also told, at the first sentence, that the referral is missing.
protocol DocumentScoped: RuleType {}
