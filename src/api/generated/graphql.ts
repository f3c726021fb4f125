import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRow, RoleRow, CounterpartRow, EventRow, ParticipantRow, SourceRow, ArticleRow, PathRow, HopRow } from '../../graph/queries';
import type { IngestReportModel } from '../ingestReport';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  __typename?: 'Actor';
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
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorKind =
  | 'ORGANIZATION'
  | 'PERSON'
  | 'STATE';

export type Article = {
  __typename?: 'Article';
  /** The events this article reports, in the order of `timeline`. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  published?: Maybe<Scalars['PartialDate']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
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
  __typename?: 'Counterpart';
  actor: Actor;
  count: Scalars['Int']['output'];
  events: Array<Event>;
  first?: Maybe<Scalars['PartialDate']['output']>;
  last?: Maybe<Scalars['PartialDate']['output']>;
  types: Array<RelationType>;
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A range of ISO days ("2025-02-18"); a null side is unknown, open. */
export type DayRange = {
  __typename?: 'DayRange';
  earliest?: Maybe<Scalars['String']['output']>;
  latest?: Maybe<Scalars['String']['output']>;
};

export type Event = {
  __typename?: 'Event';
  /** The CAMEO event codes of the event's type (empty for ALLIANCE and BRIEFING). */
  cameo: Array<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** The Goldstein scale value of the type's most general CAMEO code, -10 to +10; null without a code. */
  goldstein?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  participants: Array<Participant>;
  precision?: Maybe<DatePrecision>;
  /** Every article that reports this event, with the sentence that says so. */
  sources: Array<Source>;
  type: RelationType;
  /** The days within which the event happened: its date's span, narrowed by its reports' publication and ordering words. */
  when: EventWhen;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
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
  __typename?: 'EventWhen';
  /** true when the event has no date of its own but is bounded */
  bounded: Scalars['Boolean']['output'];
  earliest?: Maybe<Scalars['String']['output']>;
  latest?: Maybe<Scalars['String']['output']>;
  /** The precision of the event's date; null for an undated event. */
  precision?: Maybe<DatePrecision>;
};

/**
 * One step of a path. An event hop has `event`; with `viaRoles`, a role hop (a person
 * and the state or organisation they serve) has `role` and no event.
 */
export type Hop = {
  __typename?: 'Hop';
  /**
   * On a TIME_RESPECTING path, the days within which this hop can have happened on that path: no earlier than
   * every hop before it can, no later than every hop after it can (null sides open). Null in other modes.
   */
  between?: Maybe<DayRange>;
  event?: Maybe<Event>;
  from: Actor;
  role?: Maybe<Scalars['String']['output']>;
  to: Actor;
};

export type IngestReport = {
  __typename?: 'IngestReport';
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
  __typename?: 'Mutation';
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
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  actor: Actor;
  /** SOURCE, TARGET, MEDIATOR, PARTY or PARTICIPANT */
  role: Scalars['String']['output'];
};

export type Path = {
  __typename?: 'Path';
  hops: Array<Hop>;
  length: Scalars['Int']['output'];
};

export type PathMode =
  /** Every path of the shortest length (up to `limit`) */
  | 'ALL_SHORTEST'
  /** The `limit` shortest paths, shortest first */
  | 'K_SHORTEST'
  /** One shortest path */
  | 'SHORTEST'
  /**
   * The shortest paths that move forward in time: some choice of one day per hop, each on or after the previous
   * hop's, lies within every hop's bounds (Event.when; a role's from and to). An event with no bound at all cannot
   * be placed and breaks the path. Each hop says, in `between`, the days within which it can have happened.
   */
  | 'TIME_RESPECTING';

export type Query = {
  __typename?: 'Query';
  /** An actor by id, or by any of its names or aliases in any case. */
  actor?: Maybe<Actor>;
  /**
   * Actors whose names match `search` (full-text, typo-tolerant; best first), or all actors by name.
   * `ids` (at most 100, not with `search`) keeps those actors only: the explorer asks the roles of the
   * people it draws in one query.
   */
  actors: ActorConnection;
  article?: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  event?: Maybe<Event>;
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
export type RelationType =
  /** Agreement signed or reached (057) */
  | 'AGREEMENT'
  /** Alliance or strategic partnership (a state with a span; no CAMEO code) */
  | 'ALLIANCE'
  /** One side informing another (no CAMEO code) */
  | 'BRIEFING'
  /** Telephone or video call (041) */
  | 'CALL'
  /** Armed conflict (190-196) */
  | 'CONFLICT'
  /** Cooperation (060-064) */
  | 'COOPERATION'
  /** Criticism or accusation (111) */
  | 'CRITICISM'
  /** A third party mediating between parties (045) */
  | 'MEDIATION'
  /** Meeting, visit or summit (042-044) */
  | 'MEETING'
  /** Negotiation (046) */
  | 'NEGOTIATION'
  /** Sanction (163) */
  | 'SANCTION'
  /** A public statement addressed to or about another actor (010) */
  | 'STATEMENT'
  /** Supply of arms, goods or aid (070-073) */
  | 'SUPPLY'
  /** Threat (130-139) */
  | 'THREAT';

/**
 * A title held in a state or organisation, for one term: `from` and `to` are the first and
 * the last day it was held (ISO days), null where unknown (open on that side). Two terms of
 * one title are two roles (Trump, President of the United States, from 2017-01-20 to
 * 2021-01-20 and from 2025-01-20).
 */
export type Role = {
  __typename?: 'Role';
  from?: Maybe<Scalars['String']['output']>;
  of?: Maybe<Actor>;
  title: Scalars['String']['output'];
  to?: Maybe<Scalars['String']['output']>;
};

export type Source = {
  __typename?: 'Source';
  article: Article;
  /**
   * The sentence that reports the event. Events imported from coded data (GDELT) have
   * none: their text starts "No sentence:" and names the coding.
   */
  sentence: Scalars['String']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  eventsByType: Array<TypeCount>;
  /** The earliest and latest event dates. */
  firstDate?: Maybe<Scalars['PartialDate']['output']>;
  lastDate?: Maybe<Scalars['PartialDate']['output']>;
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  states: Scalars['Int']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Counterpart: ResolverTypeWrapper<CounterpartRow>;
  DatePrecision: DatePrecision;
  DayRange: ResolverTypeWrapper<DayRange>;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventWhen: ResolverTypeWrapper<EventWhen>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hop: ResolverTypeWrapper<HopRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestReport: ResolverTypeWrapper<IngestReportModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Participant: ResolverTypeWrapper<ParticipantRow>;
  Path: ResolverTypeWrapper<PathRow>;
  PathMode: PathMode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationType: RelationType;
  Role: ResolverTypeWrapper<RoleRow>;
  Source: ResolverTypeWrapper<SourceRow>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Counterpart: CounterpartRow;
  DayRange: DayRange;
  Event: EventRow;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventWhen: EventWhen;
  Float: Scalars['Float']['output'];
  Hop: HopRow;
  ID: Scalars['ID']['output'];
  IngestReport: IngestReportModel;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Participant: ParticipantRow;
  Path: PathRow;
  Query: Record<PropertyKey, never>;
  Role: RoleRow;
  Source: SourceRow;
  Stats: Stats;
  String: Scalars['String']['output'];
  TypeCount: TypeCount;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  counterparts?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType, Partial<ActorCounterpartsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CounterpartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Counterpart'] = ResolversParentTypes['Counterpart']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  first?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['RelationType']>, ParentType, ContextType>;
};

export type DayRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DayRange'] = ResolversParentTypes['DayRange']> = {
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  cameo?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  goldstein?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  when?: Resolver<ResolversTypes['EventWhen'], ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventWhenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventWhen'] = ResolversParentTypes['EventWhen']> = {
  bounded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
};

export type HopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  between?: Resolver<Maybe<ResolversTypes['DayRange']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type IngestReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestReport'] = ResolversParentTypes['IngestReport']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestReport'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorArgs>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  interactions?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryInteractionsArgs, 'between'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'mode' | 'to' | 'viaRoles'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'actor'>>;
  whoTalkedTo?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType, RequireFields<QueryWhoTalkedToArgs, 'actor'>>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  states?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Counterpart?: CounterpartResolvers<ContextType>;
  DayRange?: DayRangeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventWhen?: EventWhenResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IngestReport?: IngestReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

