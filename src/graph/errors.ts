/**
 * Database failures the callers act on, told apart from programming errors:
 * the API answers them with their own codes, ingest stops and lists what is left.
 */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The driver's error as one of ours, or unchanged when it is neither kind. */
export function classifyDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code))
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError('The query ran past the transaction timeout', { cause: error });
  }
  return error;
}
