/**
 * npm run load: a mix of actor, whoTalkedTo and paths queries from 64 connections for
 * 60 s against a running server (npm start), with the server's memory after a
 * warm-up and after the run. Requests go to loopback unless --url says otherwise.
 */
import autocannon from 'autocannon';
import { Command } from 'commander';

interface Health {
  rssBytes: number;
  heapUsedBytes: number;
}

const NAMES = ['Trump', 'Putin', 'Lavrov', 'Rubio', 'Araghchi', 'Russia', 'Iran', 'United States'];
const PAIRS: [string, string][] = [
  ['Marco Rubio', 'Abbas Araghchi'],
  ['Trump', 'Putin'],
  ['Russia', 'Iran'],
  ['Lavrov', 'United States'],
];

function queries(): string[] {
  return [
    ...NAMES.map((n) => `{ actor(name: ${JSON.stringify(n)}) { id name kind aliases roles { title of { name } } } }`),
    ...NAMES.map(
      (n) =>
        `{ whoTalkedTo(actor: ${JSON.stringify(n)}) { actor { name } count types first last events { type date sources { sentence } } } }`,
    ),
    ...PAIRS.map(
      ([a, b]) =>
        `{ paths(from: ${JSON.stringify(a)}, to: ${JSON.stringify(b)}, maxHops: 4) { length hops { from { name } to { name } event { type date } } } }`,
    ),
  ];
}

async function health(url: string): Promise<Health> {
  const response = await fetch(`${url}/health`);
  if (!response.ok) throw new Error(`${url}/health answered ${response.status}`);
  return (await response.json()) as Health;
}

function run(
  url: string,
  connections: number,
  seconds: number,
  onGraphQLError: () => void,
): Promise<autocannon.Result> {
  const bodies = queries().map((query) => JSON.stringify({ query }));
  return autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // A GraphQL error comes with HTTP 200: count it from the body.
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) onGraphQLError();
      },
    })),
  });
}

async function main(): Promise<void> {
  const opts = new Command()
    .name('npm run load --')
    .description('Load a running server (start it with npm start) and report throughput, latency, errors and memory.')
    .option('--url <url>', 'the server', 'http://127.0.0.1:4000')
    .option('--connections <n>', 'concurrent connections', (v) => Number(v), 64)
    .option('--duration <s>', 'seconds of load', (v) => Number(v), 60)
    .option(
      '--warmup <s>',
      'seconds of load before the first memory reading (V8 and malloc settle first)',
      (v) => Number(v),
      60,
    )
    .addHelpText(
      'after',
      '\nExit status 1 when any request failed, answered non-2xx or with a GraphQL error, or memory grew more than 20%.',
    )
    .parse()
    .opts<{ url: string; connections: number; duration: number; warmup: number }>();

  const ready = await fetch(`${opts.url}/ready`).catch(() => null);
  if (ready === null || !ready.ok) throw new Error(`no ready server at ${opts.url}: start one with npm start`);

  let graphqlErrors = 0;
  console.log(`warm-up: ${opts.warmup} s at ${opts.connections} connections…`);
  await run(opts.url, opts.connections, opts.warmup, () => {});
  const before = await health(opts.url);
  console.log(`load: ${opts.duration} s at ${opts.connections} connections, ${queries().length} queries in rotation…`);
  const result = await run(opts.url, opts.connections, opts.duration, () => graphqlErrors++);
  const after = await health(opts.url);

  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const growth = (after.rssBytes - before.rssBytes) / before.rssBytes;
  console.log('');
  console.log(`requests/s      ${result.requests.average.toFixed(0)} (total ${result.requests.total})`);
  console.log(
    `latency         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `errors          ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`,
  );
  console.log(
    `server memory   rss ${mb(before.rssBytes)} after warm-up → ${mb(after.rssBytes)} after the run (${(growth * 100).toFixed(1)}%); heap ${mb(before.heapUsedBytes)} → ${mb(after.heapUsedBytes)}`,
  );
  const failed = result.errors + result.timeouts + result.non2xx + graphqlErrors > 0 || growth > 0.2;
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
