/**
 * readRows runs each read as an auto-commit transaction and keeps the managed
 * transaction's promise: what the driver calls retryable is tried again, anything
 * else fails at once. The sessions here are scripted (no database is needed to
 * show which errors are retried); the outage integration test shows the real driver
 * giving DATABASE_UNAVAILABLE once its retry time is spent.
 */
import { Neo4jError, type Driver } from 'neo4j-driver';
import { createReader, readRows } from '../../src/graph/read';

/** A driver whose sessions answer each run with the next of `outcomes` (an error is thrown). */
function scripted(outcomes: (Error | { n: number })[]) {
  const calls = { runs: 0, closes: 0, configs: [] as unknown[] };
  const driver = {
    session: () => ({
      run: async (_cypher: string, _params: unknown, config: unknown) => {
        calls.configs.push(config);
        const outcome = outcomes[calls.runs++];
        if (outcome === undefined || outcome instanceof Error) throw outcome ?? new Error('no outcome left');
        return { records: [{ toObject: () => outcome }] };
      },
      close: async () => void calls.closes++,
    }),
  } as unknown as Driver;
  return { driver, calls };
}

const transient = () =>
  new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N00', 'transient');
const syntax = () => new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');

test('a transient error is retried, in a new session, and counts as one round trip', async () => {
  const { driver, calls } = scripted([transient(), { n: 1 }]);
  const reader = createReader(driver, 1234);
  await expect(readRows(reader, 'RETURN 1 AS n')).resolves.toEqual([{ n: 1 }]);
  expect(calls.runs).toBe(2);
  expect(calls.closes).toBe(2);
  expect(reader.roundTrips).toBe(1);
  // The read's timeout goes with each run, as it went with the managed transaction.
  expect(calls.configs).toEqual([{ timeout: 1234 }, { timeout: 1234 }]);
});

test('an error the driver does not call retryable fails at once', async () => {
  const { driver, calls } = scripted([syntax(), { n: 1 }]);
  await expect(readRows(createReader(driver), 'RETURN')).rejects.toThrow('bad query');
  expect(calls.runs).toBe(1);
  expect(calls.closes).toBe(1);
});

test('the driver captures no stack trace for a result, and the limit is back after the run', async () => {
  const limits: number[] = [];
  const driver = {
    session: () => ({
      run: () => {
        limits.push(Error.stackTraceLimit);
        return Promise.resolve({ records: [] });
      },
      close: async () => {},
    }),
  } as unknown as Driver;
  const before = Error.stackTraceLimit;
  await readRows(createReader(driver), 'RETURN 1');
  expect(limits).toEqual([0]);
  expect(Error.stackTraceLimit).toBe(before);
  expect(before).toBeGreaterThan(0);
});
