import { CAMEO_CODES } from './cameo';

/**
 * The ontology: every relation type the graph knows, and what each one means.
 * Relationship types are spliced into Cypher (they cannot be parameters), so this
 * enum is the only place they may come from.
 */
export const RELATION_TYPES = [
  'CALL',
  'MEETING',
  'MEDIATION',
  'ALLIANCE',
  'NEGOTIATION',
  'BRIEFING',
  'STATEMENT',
  'CRITICISM',
  'THREAT',
  'SANCTION',
  'CONFLICT',
  'AGREEMENT',
  'COOPERATION',
  'SUPPLY',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  /** A symmetric type has no direction: "A met B" is "B met A". */
  symmetric: boolean;
  /** An event happens at a point in time; a relation is a state with a span. */
  temporal: 'event' | 'relation';
  /** Counts as communication for who-talked-to-whom. */
  communication: boolean;
  /**
   * CAMEO codes (three digits; their four-digit refinements belong to them), for
   * exchange with GDELT/ICEWS-style event sets. Empty when CAMEO has no such event.
   */
  cameo: readonly string[];
  /** Goldstein scale value of the type's first, most general code; null without a code. */
  goldstein: number | null;
}

type TypeInfo = Omit<RelationTypeInfo, 'goldstein'>;

/*
 * Neither CAMEO nor GDELT codes an alliance (a standing relation, not an event) or a
 * briefing ("040 Consult" is any consultation, and a mapping from it would guess).
 */
const TYPES: Readonly<Record<RelationType, TypeInfo>> = {
  CALL: { symmetric: true, temporal: 'event', communication: true, cameo: ['041'] },
  MEETING: { symmetric: true, temporal: 'event', communication: true, cameo: ['042', '043', '044'] },
  MEDIATION: { symmetric: false, temporal: 'event', communication: true, cameo: ['045'] },
  ALLIANCE: { symmetric: true, temporal: 'relation', communication: false, cameo: [] },
  NEGOTIATION: { symmetric: true, temporal: 'event', communication: true, cameo: ['046'] },
  BRIEFING: { symmetric: false, temporal: 'event', communication: true, cameo: [] },
  STATEMENT: { symmetric: false, temporal: 'event', communication: false, cameo: ['010'] },
  CRITICISM: { symmetric: false, temporal: 'event', communication: false, cameo: ['111'] },
  THREAT: {
    symmetric: false,
    temporal: 'event',
    communication: false,
    cameo: ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'],
  },
  SANCTION: { symmetric: false, temporal: 'relation', communication: false, cameo: ['163'] },
  CONFLICT: {
    symmetric: true,
    temporal: 'relation',
    communication: false,
    cameo: ['190', '191', '192', '193', '194', '195', '196'],
  },
  AGREEMENT: { symmetric: true, temporal: 'event', communication: false, cameo: ['057'] },
  COOPERATION: {
    symmetric: true,
    temporal: 'relation',
    communication: false,
    cameo: ['060', '061', '062', '063', '064'],
  },
  SUPPLY: { symmetric: false, temporal: 'event', communication: false, cameo: ['070', '071', '072', '073'] },
};

function goldsteinOf(codes: readonly string[]): number | null {
  const [first] = codes;
  if (first === undefined) return null;
  const code = CAMEO_CODES[first];
  if (code === undefined) throw new Error(`ontology: CAMEO code ${first} is not in CAMEO_CODES`);
  return code.goldstein;
}

export const ONTOLOGY: Readonly<Record<RelationType, RelationTypeInfo>> = Object.fromEntries(
  RELATION_TYPES.map((t) => [t, { ...TYPES[t], goldstein: goldsteinOf(TYPES[t].cameo) }]),
) as Record<RelationType, RelationTypeInfo>;

const TYPE_OF_CAMEO: ReadonlyMap<string, RelationType> = new Map(
  RELATION_TYPES.flatMap((t) => TYPES[t].cameo.map((code) => [code, t] as const)),
);

/** The relation type of a CAMEO event code ("0431" belongs to "043"), or null when we map none. */
export function relationTypeOfCameo(code: string): RelationType | null {
  return TYPE_OF_CAMEO.get(code.slice(0, 3)) ?? null;
}

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
