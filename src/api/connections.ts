/**
 * Relay-style cursor connections. A cursor is the opaque position of a row in a
 * stable order (every list query orders by a unique key last), so paging with
 * `after` visits every row exactly once while the data stands still.
 */
import type { Page } from '../graph/queries';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  offset: number;
  limit: number;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`position:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^position:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (match === null) throw badUserInput('after', 'not a cursor this API gave out');
  return Number(match[1]);
}

export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const offset = args.after === null || args.after === undefined ? 0 : decodeCursor(args.after) + 1;
  return { offset, limit: first };
}

export function connection<T>(page: Page<T>, request: PageRequest) {
  const edges = page.rows.map((node, i) => ({ node, cursor: encodeCursor(request.offset + i) }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: request.offset + page.rows.length < page.total,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
