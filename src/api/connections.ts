/**
 * Relay-style cursor connections with keyset paging. A cursor is the opaque sort
 * key of a row (every list query orders by a unique key last), and the next page
 * starts after that key: its cost does not grow with how deep one pages, and
 * paging with `after` visits every row exactly once while the data stands still.
 */
import type { Page, SortKey } from '../graph/queries';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  after: SortKey | null;
  limit: number;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, size: number): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    key = null;
  }
  const ok =
    Array.isArray(key) &&
    key.length === size &&
    key.every((k) => k === null || typeof k === 'string' || typeof k === 'number');
  if (!ok) throw badUserInput('after', 'not a cursor this API gave out');
  return key as SortKey;
}

/** `keySize`: how many values the list's rows are sorted by (a cursor of another list is refused). */
export function pageRequest(args: { first?: number | null; after?: string | null }, keySize: number): PageRequest {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const after = args.after === null || args.after === undefined ? null : decodeCursor(args.after, keySize);
  return { after, limit: first };
}

export function connection<T>(page: Page<T>) {
  const edges = page.rows.map(({ row, key }) => ({ node: row, cursor: encodeCursor(key) }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
