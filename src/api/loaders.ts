/**
 * One DataLoader per entity, made anew for every request: a nested query costs one
 * Cypher round trip per level, not one per row, and nothing is cached across users.
 */
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import {
  actorsByIds,
  eventsByIds,
  participantsByEventIds,
  rolesByActorIds,
  sourcesByEventIds,
  type ActorRow,
  type EventRow,
  type ParticipantRow,
  type RoleRow,
  type SourceRow,
} from '../graph/queries';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export interface Loaders {
  actor: DataLoader<string, ActorRow | null>;
  roles: DataLoader<string, RoleRow[]>;
  event: DataLoader<string, EventRow | null>;
  participants: DataLoader<string, ParticipantRow[]>;
  sources: DataLoader<string, SourceRow[]>;
}

export function createLoaders(driver: Driver): Loaders {
  return {
    actor: new DataLoader(async (ids) => byId(ids, await actorsByIds(driver, ids))),
    roles: new DataLoader(async (ids) => groupBy(ids, await rolesByActorIds(driver, ids), (r) => r.actorId)),
    event: new DataLoader(async (ids) => byId(ids, await eventsByIds(driver, ids))),
    participants: new DataLoader(async (ids) => groupBy(ids, await participantsByEventIds(driver, ids), (r) => r.eventId)),
    sources: new DataLoader(async (ids) => groupBy(ids, await sourcesByEventIds(driver, ids), (r) => r.eventId)),
  };
}
