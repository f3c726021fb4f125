/**
 * Resolvers: thin. Arguments are checked and turned into plain values, the Cypher
 * lives in src/graph, and nested fields go through the request's DataLoaders.
 */
import { COMMUNICATION_TYPES, RELATION_TYPES, type RelationType } from '../domain/ontology';
import type { PartialDate } from '../domain/partialDate';
import {
  counterparts,
  interactions,
  shortestPath,
  type ActorRow,
  type CounterpartRow,
  type DateRange,
  type EventRow,
  type HopRow,
  type ParticipantRow,
  type RoleRow,
  type SourceRow,
} from '../graph/queries';
import { findActor } from './actors';
import type { Context } from './context';
import { badUserInput } from './errors';
import { PartialDate as PartialDateScalar } from './scalars';

export const MAX_HOPS = 6;

interface RangeArgs {
  types?: RelationType[] | null;
  since?: PartialDate | null;
  until?: PartialDate | null;
}

function dateRange(args: RangeArgs): DateRange {
  const since = args.since ?? null;
  const until = args.until ?? null;
  if (since !== null && until !== null && since.slice(0, until.length) > until) {
    throw badUserInput('since', `${since} is after until (${until})`);
  }
  return { since, until };
}

function typesOr(types: RelationType[] | null | undefined, fallback: readonly RelationType[]): RelationType[] {
  return types === null || types === undefined || types.length === 0 ? [...fallback] : types;
}

async function present<T>(promise: Promise<T | null>, what: string): Promise<T> {
  const value = await promise;
  // The graph writes participants and events together, so a missing one is a broken graph, not user error.
  if (value === null) throw new Error(`graph integrity: ${what} is referenced but not stored`);
  return value;
}

export const resolvers = {
  PartialDate: PartialDateScalar,

  Query: {
    async actor(_: unknown, args: { id?: string | null; name?: string | null }, ctx: Context) {
      if (args.id) return ctx.loaders.actor.load(args.id);
      if (args.name) return findActor(ctx, args.name);
      throw badUserInput('id', 'give an id or a name');
    },
    async whoTalkedTo(_: unknown, args: RangeArgs & { actor: string }, ctx: Context) {
      const range = dateRange(args);
      const actor = await findActor(ctx, args.actor);
      return counterparts(ctx.driver, actor.id, typesOr(args.types, COMMUNICATION_TYPES), range);
    },
    async interactions(_: unknown, args: RangeArgs & { between: string[] }, ctx: Context) {
      const range = dateRange(args);
      if (args.between.length === 0) throw badUserInput('between', 'name at least one actor');
      const actors = await Promise.all(args.between.map((name) => findActor(ctx, name)));
      return interactions(ctx.driver, [...new Set(actors.map((a) => a.id))], typesOr(args.types, RELATION_TYPES), range);
    },
    async paths(_: unknown, args: RangeArgs & { from: string; to: string; maxHops: number }, ctx: Context) {
      const range = dateRange(args);
      if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) {
        throw badUserInput('maxHops', `must be from 1 to ${MAX_HOPS}, got ${args.maxHops}`);
      }
      const [from, to] = await Promise.all([findActor(ctx, args.from), findActor(ctx, args.to)]);
      return shortestPath(ctx.driver, from.id, to.id, args.maxHops, typesOr(args.types, RELATION_TYPES), range);
    },
    event(_: unknown, args: { id: string }, ctx: Context) {
      return ctx.loaders.event.load(args.id);
    },
  },

  Actor: {
    roles: (actor: ActorRow, _: unknown, ctx: Context) => ctx.loaders.roles.load(actor.id),
    counterparts(actor: ActorRow, args: RangeArgs, ctx: Context) {
      return counterparts(ctx.driver, actor.id, typesOr(args.types, RELATION_TYPES), dateRange(args));
    },
  },

  Role: {
    of: (role: RoleRow, _: unknown, ctx: Context) => ctx.loaders.actor.load(role.of),
  },

  Counterpart: {
    actor: (row: CounterpartRow, _: unknown, ctx: Context) => present(ctx.loaders.actor.load(row.actorId), `actor ${row.actorId}`),
    async events(row: CounterpartRow, _: unknown, ctx: Context) {
      const events = await ctx.loaders.event.loadMany(row.eventIds);
      return events.filter((e): e is EventRow => e !== null && !(e instanceof Error));
    },
  },

  Event: {
    participants: (event: EventRow, _: unknown, ctx: Context) => ctx.loaders.participants.load(event.id),
    sources: (event: EventRow, _: unknown, ctx: Context) => ctx.loaders.sources.load(event.id),
  },

  Participant: {
    actor: (row: ParticipantRow, _: unknown, ctx: Context) => present(ctx.loaders.actor.load(row.actorId), `actor ${row.actorId}`),
  },

  Source: {
    article: (row: SourceRow) => row.article,
  },

  Path: {
    length: (hops: HopRow[]) => hops.length,
    hops: (hops: HopRow[]) => hops,
  },

  Hop: {
    from: (hop: HopRow, _: unknown, ctx: Context) => present(ctx.loaders.actor.load(hop.from), `actor ${hop.from}`),
    to: (hop: HopRow, _: unknown, ctx: Context) => present(ctx.loaders.actor.load(hop.to), `actor ${hop.to}`),
    event: (hop: HopRow, _: unknown, ctx: Context) => present(ctx.loaders.event.load(hop.event), `event ${hop.event}`),
  },
};
