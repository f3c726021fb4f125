/**
 * npm run neo4j -- build|start|status: the embedded Neo4j on its own.
 *   build   fetch Neo4j from Maven Central and compile the launcher (done by any
 *           command on first need; CI calls it up front)
 *   start   run the embedded Neo4j on .data/neo4j in the foreground (Ctrl-C stops it)
 *   status  say whether one of our commands runs it, and where
 */
import { Command } from 'commander';
import { DEFAULT_DATA_DIR } from './lib/database';
import { ensureBuilt, findRunning, startEmbedded } from './neo4j/embedded';

const dataDir = process.env.NEO4J_DATA_DIR ?? DEFAULT_DATA_DIR;
const program = new Command()
  .name('npm run neo4j --')
  .description('The embedded Neo4j (Community 5.26, Bolt on 127.0.0.1).');

program
  .command('build')
  .description('fetch Neo4j from Maven Central and compile the launcher')
  .action(() => {
    ensureBuilt((message) => console.error(message));
    console.log('The embedded Neo4j launcher is built.');
  });

program
  .command('start')
  .description(`run it in the foreground on ${dataDir}`)
  .action(async () => {
    const running = await findRunning(dataDir);
    if (running !== null) {
      console.log(`Already running at ${running.uri} (pid ${running.pid}).`);
      return;
    }
    const neo4j = await startEmbedded({
      dataDir,
      port: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
      onStatus: console.error,
    });
    console.log(`Neo4j is ready at ${neo4j.uri}. Ctrl-C stops it.`);
    const stop = () => void neo4j.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program
  .command('status')
  .description('say whether it runs, and where')
  .action(async () => {
    const running = await findRunning(dataDir);
    console.log(running === null ? `Not running on ${dataDir}.` : `Running at ${running.uri} (pid ${running.pid}).`);
    process.exitCode = running === null ? 1 : 0;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
