/// A typed span of a sentence: a time, an owner or a measure.
public struct ExpressionSpan: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case time(TimeKind)
    case owner(OwnerKind)
    case measure(MeasureKind)
  }

  public var kind: Kind
  /// Tokens of the span in the sentence.
  public var tokenRange: Range<Int>
  /// UTF-8 range in the document.
  public var utf8Range: Range<Int>

  /// For time spans: a date or bounded period (not *snart*, *inom kort*, *framöver* …).
  public var isConcrete: Bool {
    if case .time(let kind) = kind { return kind != .vague }
    return true
  }

  /// *varje vecka*, *var fjortonde dag*, *en gång i månaden*.
  public var isFrequency: Bool {
    if case .measure(.frequency) = kind { return true }
    return false
  }

  public var isTime: Bool {
    if case .time = kind { return true }
    return false
  }
}

/// How precise a time expression is (the levels of the reference's section C.3, plus vague).
public enum TimeKind: String, Sendable, Hashable, CaseIterable {
  /// *den 3 mars 2027*, *2026-03-03*, *3/3*, *senast den 1 juni*
  case date
  /// *klockan 14*, *kl. 9.45*
  case clock
  /// *på måndag*, *nästa fredag*
  case weekday
  /// *i morgon*, *nästa vecka*, *inom två veckor*
  case relative
  /// *i januari*, *under hösten 2026*, *före sommaren*, *till årsskiftet*, *innan jul*, *första kvartalet 2027*
  case period
  /// *vecka 12*, *v. 12*
  case week
  /// *inom kort*, *snart*, *framöver*, *på sikt*, *löpande*
  case vague
}

/// Who is named as responsible.
public enum OwnerKind: String, Sendable, Hashable, CaseIterable {
  /// *enhetschefen*, *din handläggare*, *socialsekreteraren Eva Ek*
  case role
  /// *hemtjänsten i Norr*, *biståndsenheten*
  case unit
  /// *Anna Berg*, *jag*
  case person
}

/// What is counted.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable {
  /// *två personer*, *30 minuter*, *10 procent*
  case quantity
  /// *alla*, *varje*, *samtliga*
  case quantifier
  /// *var fjortonde dag*, *varje vecka*, *en gång i månaden*
  case frequency
}

extension ExpressionSpan.Kind {
  /// `time/date`, `owner/role`, `measure/quantity`.
  public var name: String {
    switch self {
    case .time(let kind): "time/" + kind.rawValue
    case .owner(let kind): "owner/" + kind.rawValue
    case .measure(let kind): "measure/" + kind.rawValue
    }
  }

  /// Parses `name`'s notation; nil when unknown.
  init?(name: String) {
    let parts = name.split(separator: "/").map(String.init)
    guard parts.count == 2 else { return nil }
    switch parts[0] {
    case "time": guard let kind = TimeKind(rawValue: parts[1]) else { return nil }; self = .time(kind)
    case "owner": guard let kind = OwnerKind(rawValue: parts[1]) else { return nil }; self = .owner(kind)
    case "measure": guard let kind = MeasureKind(rawValue: parts[1]) else { return nil }; self = .measure(kind)
    default: return nil
    }
  }
}
