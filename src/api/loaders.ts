/**
 * One DataLoader per entity, made anew for every request: a nested query costs one
 * Cypher round trip per level, not one per row, and nothing is cached across users.
 */
import DataLoader from 'dataloader';
import type { RelationType } from '../domain/ontology';
import type { Reader } from '../graph/read';
import type { CounterpartShape } from '../graph/shapes';
import {
  actorsByIds,
  actorsByNames,
  articlesByIds,
  counterpartsOf,
  eventsByArticleIds,
  eventsByIds,
  participantsByEventIds,
  rolesByActorIds,
  sourcesByEventIds,
  type ActorRow,
  type ArticleRow,
  type CounterpartRow,
  type DateRange,
  type EventRow,
  type ParticipantRow,
  type RoleRow,
  type SourceRow,
} from '../graph/queries';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

function groupBy<T, V = T>(
  ids: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
  valueOf: (row: T) => V,
): V[][] {
  const groups = new Map<string, V[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(valueOf(row));
  return ids.map((id) => groups.get(id) ?? []);
}

const same = <T>(row: T) => row;

export interface Loaders {
  actor: DataLoader<string, ActorRow | null>;
  /** The actors a name (or id) a client sent stands for: every name of a request in one round trip. */
  actorsByName: DataLoader<string, ActorRow[]>;
  roles: DataLoader<string, RoleRow[]>;
  event: DataLoader<string, EventRow | null>;
  participants: DataLoader<string, ParticipantRow[]>;
  sources: DataLoader<string, SourceRow[]>;
  article: DataLoader<string, ArticleRow | null>;
  articleEvents: DataLoader<string, EventRow[]>;
  /** Counterparts of actors, one loader per distinct (types, dates, shape asked) filter. */
  counterparts(
    types: readonly RelationType[],
    range: DateRange,
    shape: CounterpartShape,
  ): DataLoader<string, CounterpartRow[]>;
}

export function createLoaders(reader: Reader): Loaders {
  const counterpartLoaders = new Map<string, DataLoader<string, CounterpartRow[]>>();
  const actor = new DataLoader<string, ActorRow | null>(async (ids) => byId(ids, await actorsByIds(reader, ids)));
  // Actors fetched along with other rows spare Role.of, Hop.from and the like a round trip.
  const primed = (rows: readonly ActorRow[]) => rows.forEach((row) => actor.prime(row.id, row));
  return {
    actor,
    actorsByName: new DataLoader(async (names) => {
      const rows = await actorsByNames(reader, names);
      rows.forEach((row) => primed(row.matches));
      return groupBy(
        names,
        rows,
        (r) => r.name,
        (r) => r.matches,
      ).map((found) => found.flat());
    }),
    roles: new DataLoader(async (ids) => {
      const rows = await rolesByActorIds(reader, ids);
      primed(rows.map((r) => r.ofActor));
      return groupBy(ids, rows, (r) => r.actorId, same);
    }),
    event: new DataLoader(async (ids) => byId(ids, await eventsByIds(reader, ids))),
    participants: new DataLoader(async (ids) =>
      groupBy(ids, await participantsByEventIds(reader, ids), (r) => r.eventId, same),
    ),
    sources: new DataLoader(async (ids) => groupBy(ids, await sourcesByEventIds(reader, ids), (r) => r.eventId, same)),
    article: new DataLoader(async (ids) => byId(ids, await articlesByIds(reader, ids))),
    articleEvents: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await eventsByArticleIds(reader, ids),
        (r) => r.articleId,
        (r) => r.event,
      ),
    ),
    counterparts(types, range, shape) {
      const key = JSON.stringify([[...types].sort(), range.since, range.until, shape]);
      let loader = counterpartLoaders.get(key);
      if (loader === undefined) {
        loader = new DataLoader(async (ids) =>
          groupBy(ids, await counterpartsOf(reader, ids, types, range, shape), (r) => r.of, same),
        );
        counterpartLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
