import { serveOurs, post } from './http';
import { createDriver } from '../../src/graph/driver';
async function main() {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:7790' });
  const name = (await driver.executeQuery("MATCH (a:Actor:State) RETURN a.name AS n ORDER BY n LIMIT 1")).records[0].get('n');
  const ours = await serveOurs(driver);
  for (let i = 0; i < 300; i++) await post(ours.url, 'query ($a: String!) { whoTalkedTo(actor: $a) { actor { id name } count types first last } }', { a: name });
  const t = Date.now();
  for (let i = 0; i < 2000; i++) await post(ours.url, 'query ($a: String!) { whoTalkedTo(actor: $a) { actor { id name } count types first last } }', { a: name });
  console.log('per request', (Date.now() - t) / 2000);
  process.exit(0);
}
main();
