import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  /**
   * How long a managed transaction is retried on transient errors. A batch ingest
   * can wait out a restart (the driver's 30 s); a server should answer
   * DATABASE_UNAVAILABLE within seconds instead of holding requests.
   */
  retryTimeMs?: number;
}

/** The driver's own default for how long transient errors are retried. */
const DEFAULT_RETRY_TIME_MS = 30_000;
/** Each driver's retry time, for the reads that retry on their own (./read.ts) to keep the managed transactions' budget. */
const retryTimes = new WeakMap<Driver, number>();

/** How long work through `driver` retries transient errors: what it was made with (createDriver), else the driver's default. */
export function retryTimeOf(driver: Driver): number {
  return retryTimes.get(driver) ?? DEFAULT_RETRY_TIME_MS;
}

/**
 * The one place a driver is made. Integers come back as plain numbers
 * (disableLosslessIntegers): our counts and ids stay far below 2^53, and
 * converting here once spares every query from Integer objects.
 */
export function createDriver(config: Neo4jConfig): Driver {
  const auth = config.user !== undefined ? neo4j.auth.basic(config.user, config.password ?? '') : undefined;
  const retryTimeMs = config.retryTimeMs ?? DEFAULT_RETRY_TIME_MS;
  const driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: retryTimeMs,
  });
  retryTimes.set(driver, retryTimeMs);
  return driver;
}
