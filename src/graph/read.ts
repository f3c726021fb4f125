import { backOff } from 'exponential-backoff';
import neo4j, { isRetryableError, type Driver, type Session } from 'neo4j-driver';
import { retryTimeOf } from './driver';
import { classifyDatabaseError } from './errors';

/**
 * What read queries run on: the driver, and a count of the round trips made through
 * it. The API makes one Reader per request, so the count is that request's cost.
 */
export interface Reader {
  driver: Driver;
  roundTrips: number;
  /** Neo4j cuts a read transaction that runs longer (a path search through a hub). */
  timeoutMs: number;
}

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

export function createReader(driver: Driver, timeoutMs = DEFAULT_READ_TIMEOUT_MS): Reader {
  return { driver, roundTrips: 0, timeoutMs };
}

/**
 * The back-off of the driver's managed transactions (neo4j-driver's TransactionExecutor): a
 * second before the first retry, twice as long before each next one (randomised, so that the
 * requests an outage failed together do not all come back at once).
 */
const FIRST_RETRY_DELAY_MS = 1_000;
const RETRY_DELAY_MULTIPLIER = 2;

/**
 * A statement as sent: its line breaks and their indentation as one space. The driver writes a
 * message in chunks of 1,400 bytes, each chunk a socket write, and the statements are written
 * indented for reading; so the statements hold no `//` comment (the rest would be one line).
 */
const compactText = (cypher: string) => cypher.replace(/\s*\n\s*/g, ' ');

/**
 * The statements of the API are few texts, sent again and again (./statementTexts.ts keeps each one):
 * each compacted once, not by a regular expression over its whole text for every read. Past this
 * many texts (statements that splice in values, such as a type list) the memory starts over.
 */
const MAX_COMPACTED = 256;
const compacted = new Map<string, string>();

function compact(cypher: string): string {
  let statement = compacted.get(cypher);
  if (statement === undefined) {
    statement = compactText(cypher);
    if (compacted.size >= MAX_COMPACTED) compacted.clear();
    compacted.set(cypher, statement);
  }
  return statement;
}

/**
 * session.run, without the stack trace neo4j-driver captures for every result (to put the caller's
 * frames on an error it reports later): formatting it through tsx's source maps cost about 5% of a
 * small request's CPU, and readRows' errors are classified (classifyDatabaseError) by what failed,
 * not where from. The driver builds its result synchronously, so the limit is back before any await.
 */
function runUntraced(session: Session, cypher: string, params: Record<string, unknown>, timeoutMs: number) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, { timeout: timeoutMs });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** One statement in an auto-commit read transaction, in a session routed to a reader. */
async function runOnce(reader: Reader, cypher: string, params: Record<string, unknown>) {
  const session = reader.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await runUntraced(session, cypher, params, reader.timeoutMs);
  } finally {
    await session.close();
  }
}

/**
 * Runs one read query and returns its records as plain objects. Every read of the app
 * goes through here. An auto-commit transaction (`session.run`): one message to the
 * server where a managed one (`executeRead`) sends three (BEGIN, RUN, COMMIT), which
 * under load cost the server about a third of its CPU per request (BENCHMARKS.md). The
 * managed transaction's retries are kept here: an error the driver calls retryable
 * (`isRetryableError`: unavailable, session expired, transient) is retried, with the
 * driver's back-off, for as long as its managed transactions would be
 * (`maxTransactionRetryTime`, `retryTimeOf`). A read commits nothing, so a retry
 * cannot apply anything twice.
 */
export async function readRows<T>(reader: Reader, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  reader.roundTrips += 1;
  const started = Date.now();
  const statement = compact(cypher);
  const attempt = () => runOnce(reader, statement, params);
  const worthRetrying = (error: unknown) =>
    isRetryableError(error) && Date.now() - started < retryTimeOf(reader.driver);
  try {
    // The first attempt outside backOff: most reads succeed, and spare its bookkeeping.
    const result = await attempt().catch((error: unknown) => {
      if (!worthRetrying(error)) throw error;
      return backOff(attempt, {
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        startingDelay: FIRST_RETRY_DELAY_MS,
        timeMultiple: RETRY_DELAY_MULTIPLIER,
        jitter: 'full',
        delayFirstAttempt: true,
        retry: worthRetrying,
      });
    });
    return result.records.map((record) => record.toObject() as T);
  } catch (error) {
    throw classifyDatabaseError(error);
  }
}
