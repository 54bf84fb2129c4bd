/// A stretch of a sentence that becomes one clause.
struct ClauseSegment {
  enum Opener { case start, subordinator, coordinator, comma, fronted, continuation }
  var start: Int
  /// First token after the subordinator or conjunction.
  var bodyStart: Int
  var end: Int
  var kind: ClauseKind
  var opener: Opener
  /// Index of the segment this one continues (after an embedded relative clause).
  var continues: Int?
}

/// Finds where clauses start: subordinators that open a clause, conjunctions and commas before a clause.
struct ClauseSegmenter {
  let context: ClauseContext

  func segments() -> [ClauseSegment] {
    var body = labelEnd()
    // *Men vi ska …*, *Och nämnden har …*: a sentence opening with a conjunction keeps its subject.
    if body < context.count, context.tags[body].isCoordinator, subjectAndFinite(at: body + 1) != nil {
      body += 1
    }
    var segments = [ClauseSegment(start: body, bodyStart: body, end: context.count, kind: .main, opener: .start)]
    var index = body
    while index < context.count {
      let current = segments[segments.count - 1]
      if let (kind, length) = subordinator(at: index) {
        if index == current.bodyStart {
          segments[segments.count - 1].kind = kind
          segments[segments.count - 1].bodyStart = index + length
          if current.opener == .start || current.opener == .comma || current.opener == .coordinator {
            segments[segments.count - 1].opener = current.opener == .start ? .start : current.opener
          }
        } else {
          segments.append(
            ClauseSegment(start: index, bodyStart: index + length, end: 0, kind: kind, opener: .subordinator))
        }
        index += length
        continue
      }
      // *…, men vi …*: a conjunction right after a comma belongs to the clause the comma opened.
      if index == current.bodyStart, current.opener == .comma, context.tags[index].isCoordinator {
        segments[segments.count - 1].bodyStart = index + 1
        segments[segments.count - 1].opener = .coordinator
        index += 1
        continue
      }
      if index > current.bodyStart, context.tags[index].isCoordinator, hasVerb(current.bodyStart..<index),
        coordinatorStartsClause(index)
      {
        segments.append(ClauseSegment(start: index, bodyStart: index + 1, end: 0, kind: .main, opener: .coordinator))
      } else if index > current.bodyStart, context.tags[index].isComma, commaStartsClause(index + 1) {
        segments.append(ClauseSegment(start: index, bodyStart: index + 1, end: 0, kind: .main, opener: .comma))
      }
      index += 1
    }
    for position in segments.indices {
      segments[position].end = position + 1 < segments.count ? segments[position + 1].start : context.count
    }
    return segments
  }

  /// Where the sentence starts after a label such as *Svar:*, *Fråga:* or *Kommentar från nämnden:*
  /// (at most three words, no finite verb, then a colon); 0 without one. The label is no part of the
  /// clause, so *Svar: Vi ska …* has the subject *vi*.
  private func labelEnd() -> Int {
    var index = 0
    while index < min(context.count, 4) {
      if context.folded(index) == ":" { return index > 0 && index + 1 < context.count ? index + 1 : 0 }
      if context.tags[index].isPunctuation || context.isFinite(index) { return 0 }
      index += 1
    }
    return 0
  }

  /// Whether a clause (a finite verb, possibly after a subject) follows a conjunction.
  private func coordinatorStartsClause(_ index: Int) -> Bool {
    let next = index + 1
    guard next < context.count else { return false }
    // *Vård- och omsorgsplatserna*: a compound's shared part, not two clauses.
    if index > 0, context.tokens[index - 1].text == "-" { return false }
    // *utan att få svar* is no clause of its own.
    if context.tags[next].isSubordinator { return subordinator(at: next) != nil }
    if context.isFinite(next) { return true }
    if let end = context.nounPhraseEnd(from: next, limit: context.count),
      context.isFinite(context.skipAdverbs(end, before: context.count))
    {
      return context.tags[next].pronoun?.grammaticalCase != .object
    }
    // *men i dag har vi …*: a fronted adverbial, then the finite verb.
    if context.folded(index) == "men" || context.folded(index) == "så" {
      return finiteAhead(from: next, within: 4)
    }
    // *… och utifrån kritiken kommer vi att …*: after any conjunction, a fronted phrase with a
    // preposition, then a finite verb with its subject pronoun after it (inverted word order).
    if context.tags[next].isPreposition {
      var position = next + 1
      while position < context.count && position < next + 6 {
        if context.tags[position].isPunctuation { return false }
        if context.isFinite(position) { return context.isSubjectPronoun(position + 1) }
        position += 1
      }
    }
    return false
  }

  /// Whether a clause starts after a comma.
  private func commaStartsClause(_ index: Int) -> Bool {
    guard index < context.count else { return false }
    let tag = context.tags[index]
    if tag.isSubordinator || tag.isCoordinator || context.isFinite(index) { return true }
    if context.isVerb(index, .imperative) && !tag.isNoun { return true }
    if let end = context.nounPhraseEnd(from: index, limit: context.count) {
      return context.isFinite(context.skipAdverbs(end, before: context.count))
    }
    return false
  }

  /// Whether a clause body so far has its verb: before that, a conjunction joins parts of the clause (*att
  /// planer och riktlinjer ska …*, *både du och din mamma är …*), it does not start another.
  private func hasVerb(_ body: Range<Int>) -> Bool {
    body.contains { context.isFinite($0) || context.isVerb($0, [.imperative, .infinitive, .supine]) }
  }

  /// Whether a finite verb follows within `within` tokens, before punctuation.
  func finiteAhead(from index: Int, within: Int) -> Bool {
    var position = index
    while position < context.count && position < index + within {
      if context.tags[position].isPunctuation { return false }
      if context.isFinite(position) { return true }
      position += 1
    }
    return false
  }

  /// A clause's subject and finite verb start at `index`: a noun phrase, then (after adverbs) a finite verb.
  func subjectAndFinite(at index: Int) -> Int? {
    guard var end = context.nounPhraseEnd(from: index, limit: context.count),
      context.tags[index].pronoun?.grammaticalCase != .object
    else { return nil }
    // *att planer och riktlinjer ska …*: two nouns joined by a conjunction make one subject.
    if end + 1 < context.count, context.tags[end].isCoordinator, context.tags[index].pronoun == nil,
      context.tags[end + 1].pronoun == nil, !context.isFinite(end + 1),
      let second = context.nounPhraseEnd(from: end + 1, limit: context.count),
      context.isFinite(context.skipAdverbs(second, before: context.count))
    {
      end = second
    }
    let verb = context.skipAdverbs(end, before: context.count)
    if context.isFinite(verb) { return verb }
    // *för att du på sikt ska kunna …*: a short adverbial with a preposition between a pronoun subject
    // and the verb (after a noun, the phrase belongs to the noun: *om stöd för april har vi …*).
    guard end == index + 1, context.isSubjectPronoun(index), verb + 1 < context.count,
      context.tags[verb].isPreposition,
      let phraseEnd = context.nounPhraseEnd(from: verb + 1, limit: min(context.count, verb + 3))
    else { return nil }
    let after = context.skipAdverbs(phraseEnd, before: context.count)
    return context.isFinite(after) ? after : nil
  }
}
