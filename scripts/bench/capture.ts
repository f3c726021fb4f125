/**
 * The bare-driver baselines replay exactly the Cypher our API sent for a request.
 * A driver wrapped here records each statement (text, parameters, and whether it
 * ran alongside the one before, as DataLoader batches and parallel look-ups do)
 * while recording is on; replay runs them the way a hand-written script would,
 * through the plain driver, parallel where the API was.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  /** Started while the previous statement was still running. */
  parallel: boolean;
}

export interface Capturing {
  driver: Driver;
  record<T>(work: () => Promise<T>): Promise<Statement[]>;
}

function bindAll<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (prop in overrides) return overrides[prop as keyof T];
      const value = Reflect.get(t, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

export function capturing(driver: Driver): Capturing {
  let log: Statement[] | null = null;
  let running = 0;
  const wrapTx = (tx: ManagedTransaction) =>
    bindAll(tx, {
      run: (cypher: string, params: Record<string, unknown> = {}) => {
        if (log !== null) log.push({ cypher, params, parallel: running > 0 });
        running += 1;
        const result = tx.run(cypher, params);
        void Promise.resolve(result)
          .finally(() => (running -= 1))
          .catch(() => {});
        return result;
      },
    });
  const wrapSession = (session: Session) =>
    bindAll(session, {
      executeRead: (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
        session.executeRead((tx) => work(wrapTx(tx)) as Promise<unknown>, config as never),
    });
  const wrapped = bindAll(driver, {
    session: (config?: Parameters<Driver['session']>[0]) => wrapSession(driver.session(config)),
  });
  return {
    driver: wrapped,
    async record(work) {
      log = [];
      try {
        await work();
        return log;
      } finally {
        log = null;
      }
    },
  };
}

async function runBare(driver: Driver, s: Statement): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(s.cypher, s.params));
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Runs the statements through the plain driver: in order, a parallel group at once. */
export async function replay(driver: Driver, statements: readonly Statement[]): Promise<void> {
  let group: Statement[] = [];
  for (const s of statements) {
    if (!s.parallel && group.length > 0) {
      await Promise.all(group.map((g) => runBare(driver, g)));
      group = [];
    }
    group.push(s);
  }
  await Promise.all(group.map((g) => runBare(driver, g)));
}
