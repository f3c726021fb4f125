/**
 * The ontology: every relation type the graph knows, and what each one means.
 * Relationship types are spliced into Cypher (they cannot be parameters), so this
 * enum is the only place they may come from.
 */
export const RELATION_TYPES = [
  'CALL', 'MEETING', 'MEDIATION', 'ALLIANCE', 'NEGOTIATION', 'BRIEFING', 'STATEMENT',
  'CRITICISM', 'THREAT', 'SANCTION', 'CONFLICT', 'AGREEMENT', 'COOPERATION', 'SUPPLY',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  /** A symmetric type has no direction: "A met B" is "B met A". */
  symmetric: boolean;
  /** An event happens at a point in time; a relation is a state with a span. */
  temporal: 'event' | 'relation';
  /** Counts as communication for who-talked-to-whom. */
  communication: boolean;
  /** CAMEO codes, for exchange with GDELT/ICEWS-style event sets. */
  cameo: readonly string[];
}

export const ONTOLOGY: Readonly<Record<RelationType, RelationTypeInfo>> = {
  CALL: { symmetric: true, temporal: 'event', communication: true, cameo: ['041'] },
  MEETING: { symmetric: true, temporal: 'event', communication: true, cameo: ['042', '043', '044'] },
  MEDIATION: { symmetric: false, temporal: 'event', communication: true, cameo: ['045'] },
  ALLIANCE: { symmetric: true, temporal: 'relation', communication: false, cameo: ['064'] },
  NEGOTIATION: { symmetric: true, temporal: 'event', communication: true, cameo: ['046'] },
  BRIEFING: { symmetric: false, temporal: 'event', communication: true, cameo: ['040'] },
  STATEMENT: { symmetric: false, temporal: 'event', communication: false, cameo: ['010'] },
  CRITICISM: { symmetric: false, temporal: 'event', communication: false, cameo: ['111'] },
  THREAT: { symmetric: false, temporal: 'event', communication: false, cameo: ['130'] },
  SANCTION: { symmetric: false, temporal: 'relation', communication: false, cameo: ['163'] },
  CONFLICT: { symmetric: true, temporal: 'relation', communication: false, cameo: ['190'] },
  AGREEMENT: { symmetric: true, temporal: 'event', communication: false, cameo: ['057'] },
  COOPERATION: { symmetric: true, temporal: 'relation', communication: false, cameo: ['060'] },
  SUPPLY: { symmetric: false, temporal: 'event', communication: false, cameo: ['070'] },
};

export const COMMUNICATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => ONTOLOGY[t].communication);

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export const ACTOR_KINDS = ['PERSON', 'STATE', 'ORGANIZATION'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Neo4j label per actor kind; like relation types, labels come only from here. */
export const ACTOR_LABEL: Readonly<Record<ActorKind, string>> = {
  PERSON: 'Person',
  STATE: 'State',
  ORGANIZATION: 'Organization',
};

export const PARTICIPANT_ROLES = ['SOURCE', 'TARGET', 'MEDIATOR', 'PARTY', 'PARTICIPANT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
