/** The embedded Neo4j helper, on the instance the global set-up started. */
import { existsSync, readFileSync } from 'node:fs';
import { findRunning, startEmbedded } from '../../scripts/neo4j/embedded';

/**
 * The local addresses that listen on a TCP port, from the kernel's socket tables
 * (Linux): read, not probed, so that no traffic is sent to any other address.
 */
function listeningAddresses(port: number): string[] {
  const LISTEN = '0A';
  const rows = ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').trim().split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/));
  // Columns: sl, local_address (HEX:PORT), rem_address, st, …; a short row has no port and is no match.
  return rows.flatMap(([, local = '', , state]) => {
    const [hex = '', localPort = ''] = local.split(':');
    return state === LISTEN && parseInt(localPort, 16) === port ? [readableAddress(hex)] : [];
  });
}

/** IPv4 is one little-endian 32-bit word; Java's IPv6 socket shows it mapped (::ffff:a.b.c.d). */
function readableAddress(hex: string): string {
  const ipv4 = hex.length === 8 ? hex : hex.startsWith('0000000000000000FFFF0000') ? hex.slice(24) : null;
  const bytes = ipv4 === null ? null : ipv4.match(/../g);
  if (bytes === null) return hex;
  return bytes
    .reverse()
    .map((b) => parseInt(b, 16))
    .join('.');
}

const dataDir = process.env.TEST_NEO4J_DATA_DIR;
const embedded = dataDir === undefined ? describe.skip : describe;

embedded('embedded Neo4j', () => {
  test('findRunning finds the instance that runs on a data folder', async () => {
    const running = await findRunning(dataDir as string);
    expect(running).not.toBeNull();
    expect(running?.uri).toBe(process.env.NEO4J_URI);
    expect(running?.owned).toBe(false);
  });

  const linux = existsSync('/proc/net/tcp') ? test : test.skip;
  linux('Bolt listens on 127.0.0.1 only: auth is off, so no other address may reach it', () => {
    const port = Number(new URL(process.env.NEO4J_URI as string).port);
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  });

  test('findRunning finds nothing on a folder no instance uses', async () => {
    expect(await findRunning('/nonexistent/actor-graph')).toBeNull();
  });

  test('a start that fails names its log file and shows its last lines', async () => {
    // The store is locked by the running instance, so a second one on it cannot start.
    await expect(startEmbedded({ dataDir: dataDir as string, port: 0, heapMb: 256, pageCacheMb: 32 })).rejects.toThrow(
      /did not start\. Its log is .*neo4j-launcher\.log; the last lines:\n[\s\S]*\S/,
    );
  }, 120_000);
});
