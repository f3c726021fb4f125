/** The embedded Neo4j helper, on the instance the global set-up started. */
import { findRunning, startEmbedded } from '../../scripts/neo4j/embedded';

const dataDir = process.env.TEST_NEO4J_DATA_DIR;
const embedded = dataDir === undefined ? describe.skip : describe;

embedded('embedded Neo4j', () => {
  test('findRunning finds the instance that runs on a data folder', async () => {
    const running = await findRunning(dataDir as string);
    expect(running).not.toBeNull();
    expect(running?.uri).toBe(process.env.NEO4J_URI);
    expect(running?.owned).toBe(false);
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
