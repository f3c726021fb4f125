export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A date of year, month or day precision: "2025", "2025-02" or "2025-02-12".
   * A date whose year the source did not give is written "--02-12".
   */
  PartialDate: { input: string; output: string; }
};

export type Actor = {
  aliases: Array<Scalars['String']['output']>;
  /** The actors linked to this one by events of `types` (default: every type), most events first. */
  counterparts: Array<Counterpart>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  /** Titles held, and where (Foreign Minister of Russia). */
  roles: Array<Role>;
};


export type ActorCounterpartsArgs = {
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type ActorConnection = {
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  cursor: Scalars['String']['output'];
  node: Actor;
};

export const ActorKind = {
  ORGANIZATION: 'ORGANIZATION',
  PERSON: 'PERSON',
  STATE: 'STATE'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
export type Article = {
  /** The events this article reports, in the order of `timeline`. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  published: Maybe<Scalars['PartialDate']['output']>;
  source: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleInput = {
  published?: InputMaybe<Scalars['PartialDate']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Counterpart = {
  actor: Actor;
  count: Scalars['Int']['output'];
  events: Array<Event>;
  first: Maybe<Scalars['PartialDate']['output']>;
  last: Maybe<Scalars['PartialDate']['output']>;
  types: Array<RelationType>;
};

export const DatePrecision = {
  DAY: 'DAY',
  MONTH: 'MONTH',
  YEAR: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** A range of ISO days ("2025-02-18"); a null side is unknown, open. */
export type DayRange = {
  earliest: Maybe<Scalars['String']['output']>;
  latest: Maybe<Scalars['String']['output']>;
};

export type Event = {
  /** The CAMEO event codes of the event's type (empty for ALLIANCE and BRIEFING). */
  cameo: Array<Scalars['String']['output']>;
  confidence: Maybe<Scalars['Float']['output']>;
  date: Maybe<Scalars['PartialDate']['output']>;
  /** The Goldstein scale value of the type's most general CAMEO code, -10 to +10; null without a code. */
  goldstein: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  participants: Array<Participant>;
  precision: Maybe<DatePrecision>;
  /** Every article that reports this event, with the sentence that says so. */
  sources: Array<Source>;
  type: RelationType;
  /** The days within which the event happened: its date's span, narrowed by its reports' publication and ordering words. */
  when: EventWhen;
};

export type EventConnection = {
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  cursor: Scalars['String']['output'];
  node: Event;
};

/**
 * When an event happened, as bounds: the first and the last ISO day ("2025-02-18") it can have happened on,
 * either unknown (null). A dated event spans its date ("2025-02": Feb. 1 to Feb. 28); an undated one is bounded
 * by what its reports say (published on March 4: no later than March 4; "later", after a meeting of Feb. 18: no
 * earlier than Feb. 18). Several reports of one event narrow its bounds.
 */
export type EventWhen = {
  /** true when the event has no date of its own but is bounded */
  bounded: Scalars['Boolean']['output'];
  earliest: Maybe<Scalars['String']['output']>;
  latest: Maybe<Scalars['String']['output']>;
  /** The precision of the event's date; null for an undated event. */
  precision: Maybe<DatePrecision>;
};

/**
 * One step of a path. An event hop has `event`; with `viaRoles`, a role hop (a person
 * and the state or organisation they serve) has `role` and no event.
 */
export type Hop = {
  /**
   * On a TIME_RESPECTING path, the days within which this hop can have happened on that path: no earlier than
   * every hop before it can, no later than every hop after it can (null sides open). Null in other modes.
   */
  between: Maybe<DayRange>;
  event: Maybe<Event>;
  from: Actor;
  role: Maybe<Scalars['String']['output']>;
  to: Actor;
};

export type IngestReport = {
  /** Actors found in the article. */
  actors: Array<Actor>;
  article: Article;
  /** Events new to the graph. */
  created: Array<Event>;
  /** Events the graph already held, which gained this article as a source. */
  merged: Array<Event>;
  warnings: Array<Scalars['String']['output']>;
};

export type Mutation = {
  /**
   * Extracts and stores one article. Needs the header `Authorization: Bearer <INGEST_TOKEN>`;
   * refused when the server has no INGEST_TOKEN configured.
   */
  ingestArticle: IngestReport;
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participant = {
  actor: Actor;
  /** SOURCE, TARGET, MEDIATOR, PARTY or PARTICIPANT */
  role: Scalars['String']['output'];
};

export type Path = {
  hops: Array<Hop>;
  length: Scalars['Int']['output'];
};

export const PathMode = {
  /** Every path of the shortest length (up to `limit`) */
  ALL_SHORTEST: 'ALL_SHORTEST',
  /** The `limit` shortest paths, shortest first */
  K_SHORTEST: 'K_SHORTEST',
  /** One shortest path */
  SHORTEST: 'SHORTEST',
  /**
   * The shortest paths that move forward in time: some choice of one day per hop, each on or after the previous
   * hop's, lies within every hop's bounds (Event.when; a role's from and to). An event with no bound at all cannot
   * be placed and breaks the path. Each hop says, in `between`, the days within which it can have happened.
   */
  TIME_RESPECTING: 'TIME_RESPECTING'
} as const;

export type PathMode = typeof PathMode[keyof typeof PathMode];
export type Query = {
  /** An actor by id, or by any of its names or aliases in any case. */
  actor: Maybe<Actor>;
  /**
   * Actors whose names match `search` (full-text, typo-tolerant; best first), or all actors by name.
   * `ids` (at most 100, not with `search`) keeps those actors only: the explorer asks the roles of the
   * people it draws in one query.
   */
  actors: ActorConnection;
  article: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  event: Maybe<Event>;
  /** Events filtered by type, actor and dates, in the order of `timeline` (dated, then bounded, then neither). */
  events: EventConnection;
  /** Events in which all the named actors took part, in the order of `timeline`. `types` defaults to every type. */
  interactions: Array<Event>;
  /**
   * Paths between two actors over events of `types` (default: every type). `maxHops`
   * from 1 to 6 (default 4); `limit` bounds ALL_SHORTEST, K_SHORTEST and
   * TIME_RESPECTING (default 5, at most 25). With `viaRoles`, a person's role in a
   * state or organisation is a hop too (Rubio → United States), kept by `since` and
   * `until` only while the role was held in the range (a role with no known term is kept).
   */
  paths: Array<Path>;
  /** What the graph holds. */
  stats: Stats;
  /**
   * The events an actor took part in, in time order: dated events first, by their date; then those bounded
   * but not dated (`when.bounded`), by their earliest day, then by their latest (an open side after a known
   * one); then those with no bound at all. Ties by id.
   */
  timeline: Array<Event>;
  /**
   * The actors that `actor` communicated with, most events first. `types` defaults to
   * the communication types: CALL, MEETING, NEGOTIATION, BRIEFING, MEDIATION.
   */
  whoTalkedTo: Array<Counterpart>;
};


export type QueryActorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type QueryInteractionsArgs = {
  between: Array<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<PathMode>;
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  to: Scalars['String']['input'];
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
  viaRoles?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTimelineArgs = {
  actor: Scalars['String']['input'];
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type QueryWhoTalkedToArgs = {
  actor: Scalars['String']['input'];
  since?: InputMaybe<Scalars['PartialDate']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** The ontology's relation types (CAMEO codes in parentheses). */
export const RelationType = {
  /** Agreement signed or reached (057) */
  AGREEMENT: 'AGREEMENT',
  /** Alliance or strategic partnership (a state with a span; no CAMEO code) */
  ALLIANCE: 'ALLIANCE',
  /** One side informing another (no CAMEO code) */
  BRIEFING: 'BRIEFING',
  /** Telephone or video call (041) */
  CALL: 'CALL',
  /** Armed conflict (190-196) */
  CONFLICT: 'CONFLICT',
  /** Cooperation (060-064) */
  COOPERATION: 'COOPERATION',
  /** Criticism or accusation (111) */
  CRITICISM: 'CRITICISM',
  /** A third party mediating between parties (045) */
  MEDIATION: 'MEDIATION',
  /** Meeting, visit or summit (042-044) */
  MEETING: 'MEETING',
  /** Negotiation (046) */
  NEGOTIATION: 'NEGOTIATION',
  /** Sanction (163) */
  SANCTION: 'SANCTION',
  /** A public statement addressed to or about another actor (010) */
  STATEMENT: 'STATEMENT',
  /** Supply of arms, goods or aid (070-073) */
  SUPPLY: 'SUPPLY',
  /** Threat (130-139) */
  THREAT: 'THREAT'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
/**
 * A title held in a state or organisation, for one term: `from` and `to` are the first and
 * the last day it was held (ISO days), null where unknown (open on that side). Two terms of
 * one title are two roles (Trump, President of the United States, from 2017-01-20 to
 * 2021-01-20 and from 2025-01-20).
 */
export type Role = {
  from: Maybe<Scalars['String']['output']>;
  of: Maybe<Actor>;
  title: Scalars['String']['output'];
  to: Maybe<Scalars['String']['output']>;
};

export type Source = {
  article: Article;
  /**
   * The sentence that reports the event. Events imported from coded data (GDELT) have
   * none: their text starts "No sentence:" and names the coding.
   */
  sentence: Scalars['String']['output'];
};

export type Stats = {
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  eventsByType: Array<TypeCount>;
  /** The earliest and latest event dates. */
  firstDate: Maybe<Scalars['PartialDate']['output']>;
  lastDate: Maybe<Scalars['PartialDate']['output']>;
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  states: Scalars['Int']['output'];
};

export type TypeCount = {
  count: Scalars['Int']['output'];
  type: RelationType;
};
