/**
 * Resolvers: thin, and typed from the SDL (src/api/generated, by GraphQL Code
 * Generator). Arguments are checked and turned into plain values, the Cypher lives
 * in src/graph, and nested fields go through the request's DataLoaders.
 */
import { COMMUNICATION_TYPES, ONTOLOGY, RELATION_TYPES, type RelationType } from '../domain/ontology';
import {
  EVENT_KEY_SIZE,
  MAX_HOPS,
  MAX_PATHS,
  actorNamed,
  actorPage,
  articlePage,
  counterpartsNamed,
  eventPage,
  interactions,
  paths,
  stats,
  timeline,
  type DateRange,
  type EventRow,
  type RoleRow,
} from '../graph/queries';
import { findActor, theActorNamed, theActorsNamed } from './actors';
import { MAX_PAGE_SIZE, connection, pageRequest } from './connections';
import type { Context } from './context';
import { badUserInput, ingestRefused } from './errors';
import { counterpartShapeAsked, eventShapeAsked, pageEventShapeAsked, pathShapeAsked, rolesAsked } from './lookahead';
import type { Resolvers } from './generated/graphql';
import { PartialDate } from './scalars';

interface RangeArgs {
  since?: string | null;
  until?: string | null;
}

function dateRange(args: RangeArgs): DateRange {
  const since = args.since ?? null;
  const until = args.until ?? null;
  if (since !== null && until !== null && since.slice(0, until.length) > until) {
    throw badUserInput('since', `${since} is after until (${until})`);
  }
  return { since, until };
}

function typesOr(types: readonly RelationType[] | null | undefined, fallback: readonly RelationType[]): RelationType[] {
  return types === null || types === undefined || types.length === 0 ? [...fallback] : [...types];
}

function inRange(argument: string, value: number | null | undefined, fallback: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badUserInput(argument, `must be from 1 to ${max}, got ${n}`);
  return n;
}

async function present<T>(promise: Promise<T | null>, what: string): Promise<T> {
  const value = await promise;
  // The writer stores participants, events and sources together: a dangling one is a broken graph, not user error.
  if (value === null) throw new Error(`graph integrity: ${what} is referenced but not stored`);
  return value;
}

/** Roles fetched along with their actor: Actor.roles and Role.of then cost no round trip of their own. */
function primeRoles(ctx: Context, actorId: string, roles: RoleRow[]): void {
  ctx.loaders.roles.prime(actorId, roles);
  for (const role of roles) ctx.loaders.actor.prime(role.ofActor.id, role.ofActor);
}

async function loadEvents(ctx: Context, ids: readonly string[]): Promise<EventRow[]> {
  return Promise.all(ids.map((id) => present(ctx.loaders.event.load(id), `event ${id}`)));
}

export const resolvers: Resolvers = {
  PartialDate,

  Query: {
    async actor(_, args, ctx, info) {
      if (args.id) return ctx.loaders.actor.load(args.id);
      if (!args.name) throw badUserInput('id', 'give an id or a name');
      // The name is resolved in the statement that reads the roles, when they are asked: one round trip.
      const { matches, rows: roles } = await actorNamed(ctx.reader, args.name, rolesAsked(info));
      const actor = await theActorNamed(ctx, args.name, matches);
      if (roles !== null) primeRoles(ctx, actor.id, roles);
      return actor;
    },
    async actors(_, args, ctx) {
      const request = pageRequest(args, 3);
      const ids = args.ids ?? null;
      if (ids !== null && args.search) throw badUserInput('ids', 'give ids or search, not both');
      if (ids !== null && ids.length > MAX_PAGE_SIZE)
        throw badUserInput('ids', `must list at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`);
      const filter = { search: args.search ?? null, ids, kind: args.kind ?? null };
      return connection(await actorPage(ctx.reader, filter, request));
    },
    async whoTalkedTo(_, args, ctx, info) {
      const range = dateRange(args);
      const types = typesOr(args.types, COMMUNICATION_TYPES);
      const found = await counterpartsNamed(ctx.reader, args.actor, types, range, counterpartShapeAsked(info));
      await theActorNamed(ctx, args.actor, found.matches);
      return found.rows;
    },
    async interactions(_, args, ctx, info) {
      const range = dateRange(args);
      if (args.between.length === 0) throw badUserInput('between', 'name at least one actor');
      const actors = await Promise.all(args.between.map((name) => findActor(ctx, name)));
      return interactions(
        ctx.reader,
        [...new Set(actors.map((a) => a.id))],
        typesOr(args.types, RELATION_TYPES),
        range,
        eventShapeAsked(info),
      );
    },
    async paths(_, args, ctx, info) {
      const range = dateRange(args);
      const maxHops = inRange('maxHops', args.maxHops, 4, MAX_HOPS);
      const limit = inRange('limit', args.limit, 5, MAX_PATHS);
      const found = await paths(ctx.reader, {
        from: args.from,
        to: args.to,
        maxHops,
        limit,
        mode: args.mode ?? 'SHORTEST',
        types: typesOr(args.types, RELATION_TYPES),
        viaRoles: args.viaRoles ?? false,
        shape: pathShapeAsked(info),
        ...range,
      });
      await theActorsNamed(ctx, [
        [args.from, found.fromMatches],
        [args.to, found.toMatches],
      ]);
      // Shaped as the query asks (its hops' actors and events): the default resolvers read them.
      return found.paths;
    },
    async timeline(_, args, ctx, info) {
      const range = dateRange(args);
      const types = typesOr(args.types, RELATION_TYPES);
      const found = await timeline(ctx.reader, args.actor, types, range, eventShapeAsked(info));
      await theActorNamed(ctx, args.actor, found.matches);
      return found.rows;
    },
    event: (_, args, ctx) => ctx.loaders.event.load(args.id),
    async events(_, args, ctx, info) {
      const range = dateRange(args);
      const request = pageRequest(args, EVENT_KEY_SIZE);
      const actor = args.actor || null;
      const filter = { ...range, types: typesOr(args.types, RELATION_TYPES), actor };
      const found = await eventPage(ctx.reader, filter, request, pageEventShapeAsked(info));
      if (actor !== null) await theActorNamed(ctx, actor, found.matches);
      return connection(found.rows);
    },
    article: (_, args, ctx) => ctx.loaders.article.load(args.id),
    async articles(_, args, ctx) {
      const request = pageRequest(args, 2);
      return connection(await articlePage(ctx.reader, request));
    },
    stats: (_, __, ctx) => stats(ctx.reader),
  },

  Mutation: {
    async ingestArticle(_, { input }, ctx) {
      if (ctx.ingestPermission !== 'allowed') throw ingestRefused(ctx.ingestPermission);
      if (input.text.trim() === '') throw badUserInput('input.text', 'the article has no text');
      return ctx.ingest(input);
    },
  },

  IngestReport: {
    article: (report, _, ctx) => present(ctx.loaders.article.load(report.articleId), `article ${report.articleId}`),
    actors: (report, _, ctx) =>
      Promise.all([...new Set(report.actorIds)].map((id) => present(ctx.loaders.actor.load(id), `actor ${id}`))),
    created: (report, _, ctx) => loadEvents(ctx, report.createdEventIds),
    merged: (report, _, ctx) => loadEvents(ctx, report.mergedEventIds),
  },

  Actor: {
    roles: (actor, _, ctx) => ctx.loaders.roles.load(actor.id),
    counterparts: (actor, args, ctx, info) =>
      ctx.loaders
        .counterparts(typesOr(args.types, RELATION_TYPES), dateRange(args), counterpartShapeAsked(info))
        .load(actor.id),
  },

  Role: {
    of: (role, _, ctx) => ctx.loaders.actor.load(role.of),
  },

  Counterpart: {
    // Fetched along with the counterparts when the query asks for them (src/api/lookahead.ts).
    events: (row) => {
      if (row.events === undefined)
        throw new Error('Counterpart.events: the counterparts were read without their events (src/api/lookahead.ts)');
      return row.events;
    },
  },

  Event: {
    when: (event) => ({
      earliest: event.earliest,
      latest: event.latest,
      precision: event.precision,
      bounded: event.date === null && (event.earliest !== null || event.latest !== null),
    }),
    cameo: (event) => [...ONTOLOGY[event.type].cameo],
    goldstein: (event) => ONTOLOGY[event.type].goldstein,
    // Fetched along with the event when the query asked for them (src/api/lookahead.ts).
    participants: (event, _, ctx) => event.participants ?? ctx.loaders.participants.load(event.id),
    sources: (event, _, ctx) => event.sources ?? ctx.loaders.sources.load(event.id),
  },

  Participant: {
    actor: (row, _, ctx) => row.actor ?? present(ctx.loaders.actor.load(row.actorId), `actor ${row.actorId}`),
  },

  Article: {
    events: (article, _, ctx) => ctx.loaders.articleEvents.load(article.id),
  },
};
