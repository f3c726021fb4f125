/**
 * A plain JSON POST is answered without yoga's Fetch layer (src/api/plainJsonPost.ts). The
 * same request sent chunked (no length announced: read by the server, then handed to yoga
 * whole) must get the very same answer, status, content type and body, for answers with
 * data and for every kind of error.
 */
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { writeArticle } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** Posts a raw body, with its length announced or chunked. */
function post(url: string, body: string, chunked: boolean, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const lengthHeader: Record<string, number> = chunked ? {} : { 'content-length': Buffer.byteLength(body) };
    const req = httpRequest(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...lengthHeader, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (chunked) {
      // Two writes before the end: Node sends the body chunked.
      req.write(body.slice(0, 1));
      req.write(body.slice(1));
    } else req.write(body);
    req.end();
  });
}

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await writeArticle(
    driver,
    articleOf(
      'plain-post',
      ['Emmanuel Macron', 'Volodymyr Zelensky'],
      [pairEvent('MEETING', 'Emmanuel Macron', 'Volodymyr Zelensky', '2025-02-10', 'Macron welcomed Zelensky.')],
      '2025-02-11',
    ),
  );
  server = await startTestServer(driver, { ingestToken: 'secret' });
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

const body = (value: unknown) => JSON.stringify(value);

describe('a plain JSON POST and the same request through yoga whole', () => {
  test.each<[string, string]>([
    ['data', body({ query: '{ actor(name: "Emmanuel Macron") { name } }' })],
    [
      'data with variables',
      body({ query: 'query Q($n: String!) { actor(name: $n) { name } }', variables: { n: 'Volodymyr Zelensky' } }),
    ],
    [
      'data with nulls for the optional params',
      body({ query: '{ stats { actors } }', variables: null, operationName: null }),
    ],
    ['a syntax error', body({ query: '{ actor(name: "Emmanuel Macron") { name }' })],
    ['a validation error', body({ query: '{ actor(name: "Emmanuel Macron") { noSuchField } }' })],
    ['a missing variable', body({ query: 'query Q($n: String!) { actor(name: $n) { name } }' })],
    [
      'a resolver error (a mutation without its token)',
      body({ query: 'mutation { ingestArticle(input: { text: "x" }) { article { id } } }' }),
    ],
    ['an unexpected parameter', body({ query: '{ stats { actors } }', extra: 1 })],
    ['no query', body({ variables: {} })],
    ['a batch', body([{ query: '{ stats { actors } }' }])],
    ['a body that is not JSON', '{ "query": '],
  ])('%s', async (_what, payload) => {
    const direct = await post(server.url, payload, false);
    const whole = await post(server.url, payload, true);
    expect(direct).toEqual(whole);
  });

  it('answers data as yoga does: 200, application/json, the round trips in extensions', async () => {
    const answer = await post(server.url, body({ query: '{ actor(name: "Emmanuel Macron") { name } }' }), false);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({
      data: { actor: { name: 'Emmanuel Macron' } },
      extensions: { roundTrips: 1 },
    });
  });

  it('leaves another Accept to yoga, which answers in that media type', async () => {
    const answer = await post(server.url, body({ query: '{ stats { actors } }' }), false, {
      accept: 'application/graphql-response+json',
    });
    expect(answer.contentType).toBe('application/graphql-response+json; charset=utf-8');
  });
});
