/// What a clause is: a main clause or one of the subordinate kinds.
public enum ClauseKind: String, Sendable, Hashable, CaseIterable {
  case main
  /// *att du har rätt till …*
  case att
  /// *för att du ska få …*, *för att få …*
  case purpose
  /// *så att du kan …*
  case consecutive
  /// *om du vill …*, *ifall …*, *såvida …*, V1 *Har du frågor, …*
  case conditional
  /// *när …*, *innan …*, *efter att …*, *tills …*
  case temporal
  /// *eftersom …*, *då …*, *för att* + finite verb
  case causal
  /// *även om …*, *trots att …*
  case concessive
  /// *som …*, *vilket …*, *där …*
  case relative
  /// *vad …*, *hur …*, *varför …*, *om* after *undrar*, *fråga*
  case indirectQuestion

  public var isSubordinate: Bool { self != .main }
}

/// What an auxiliary adds to the verb.
public enum AuxiliaryClass: String, Sendable, Hashable, CaseIterable {
  /// *ska*, *skall*, *kommer att*, *kommer* + infinitive
  case future
  /// *avser att*, *planerar att*, *tänker*, *ämnar*, *vill*, *har för avsikt att*
  case intent
  /// *måste*, *bör*, *behöver*
  case obligation
  /// *kan*, *får*
  case possibility
  /// *har*, *hade* + supine
  case perfect
  /// *blir*, *blev* + past participle
  case passive
}

/// Who the subject of a clause is, as a commitment rule needs it.
public enum SubjectPerson: String, Sendable, Hashable, CaseIterable {
  /// The writer's side: *jag*, *vi*, *kommunen*, *förvaltningen*, *vi på enheten*, *hemtjänsten i Centrum*.
  case speaker
  /// The reader: *du*, *ni*.
  case addressee
  /// *man*.
  case generic
  /// Everything else: *det*, *hon*, *de*, *antalet*, noun phrases.
  case third
}
