/**
 * One side of `npm run load` in a process of its own, so that its CPU and resident
 * set are its own: `tsx scripts/load/serve.ts ours|minimal` against NEO4J_URI,
 * on a free loopback port, printed as {"port": …} once it listens.
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createDriver } from '../../src/graph/driver';
import { createServer } from '../../src/server';
import { createMinimalServer } from './minimal';

const side = process.argv[2];
const uri = process.env.NEO4J_URI;
if ((side !== 'ours' && side !== 'minimal') || !uri) {
  console.error('usage: NEO4J_URI=… tsx scripts/load/serve.ts ours|minimal');
  process.exit(2);
}
const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
const server =
  side === 'ours' ? createServer({ driver, logger: pino({ level: 'silent' }) }) : createMinimalServer(driver);
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void driver.close().then(() => process.exit(0));
});
