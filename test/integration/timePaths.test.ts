/**
 * Time as bounds in the research queries (issue 21), on small graphs written through the real writer:
 * time-respecting paths where point dates, bounds and missing bounds each change the answer, with each
 * hop's day range; the time order of timeline and events (and its paging); since/until over bounded
 * events in events, timeline and whoTalkedTo.
 */
import type { Driver } from 'neo4j-driver';
import type { Bounds } from '../../src/domain/dayBounds';
import { actorId, eventId } from '../../src/domain/ids';
import type { RelationType } from '../../src/domain/ontology';
import type { ExtractedActor, ExtractedEvent, Participant } from '../../src/domain/types';
import { hasTimeRespectingSearch } from '../../src/graph/capabilities';
import { createReader } from '../../src/graph/read';
import { writeArticle } from '../../src/graph/writer';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';
import { startTestServer, type TestServer } from './http';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  server = await startTestServer(driver);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
});

/** A pair event with a date (or none) and the bounds the extractor would have given it. */
function between(type: RelationType, a: string, b: string, date: string | null, bounds: Bounds): ExtractedEvent {
  return { ...pairEvent(type, a, b, date), ...bounds };
}
/** A briefing: directed, from the one who briefs (SOURCE) to the one briefed (TARGET). */
function briefing(a: string, b: string, bounds: Bounds): ExtractedEvent {
  const participants: Participant[] = [
    { actorId: actorId(a), role: 'SOURCE' },
    { actorId: actorId(b), role: 'TARGET' },
  ];
  return { ...pairEvent('BRIEFING', a, b, null), participants, id: eventId('BRIEFING', participants, null), ...bounds };
}
const dated = (type: RelationType, a: string, b: string, date: string) =>
  between(type, a, b, date, { earliest: null, latest: null });
const open: Bounds = { earliest: null, latest: null };

interface HopAnswer {
  from: string;
  to: string;
  between: Bounds | null;
}
/** Each path as its hops: names and ranges. */
async function pathsOf(args: string): Promise<HopAnswer[][]> {
  const data = await server.data<{
    paths: { hops: { from: { name: string }; to: { name: string }; between: Bounds | null }[] }[];
  }>(`{ paths(${args}) { hops { from { name } to { name } between { earliest latest } } } }`);
  return data.paths.map((p) => p.hops.map((h) => ({ from: h.from.name, to: h.to.name, between: h.between })));
}
const hop = (from: string, to: string, earliest: string | null, latest: string | null): HopAnswer => ({
  from,
  to,
  between: { earliest, latest },
});
const respecting = (from: string, to: string, extra = '') =>
  pathsOf(`from: "${from}", to: "${to}", mode: TIME_RESPECTING${extra}`);
const shortest = (from: string, to: string) => pathsOf(`from: "${from}", to: "${to}"`);

describe('TIME_RESPECTING paths over bounds', () => {
  beforeAll(async () => {
    await resetGraph(driver);
    const events = [
      // Feasible only thanks to bounds: the briefing has no date, but happened between March 1 and 20.
      dated('MEETING', 'Ann North', 'Ben East', '2025-03-10'),
      briefing('Ben East', 'Cat South', { earliest: '2025-03-01', latest: '2025-03-20' }),
      // Broken by an event that nothing places in time.
      dated('MEETING', 'Ann North', 'Dan West', '2025-03-12'),
      between('CALL', 'Dan West', 'Eve Centre', null, open),
      // Broken by order: the meeting ended by April 5, before the April 10 call; a longer detour respects time.
      dated('CALL', 'Fay Middle', 'Gus High', '2025-04-10'),
      between('MEETING', 'Gus High', 'Hal Low', null, { earliest: '2025-03-01', latest: '2025-04-05' }),
      dated('CALL', 'Fay Middle', 'Ida Far', '2025-04-11'),
      dated('MEETING', 'Ida Far', 'Jon Near', '2025-04-12'),
      between('NEGOTIATION', 'Jon Near', 'Hal Low', null, { earliest: '2025-04-01', latest: '2025-04-30' }),
      // Point dates are bounds too: a month is its days.
      dated('CALL', 'Kim Month', 'Lou Day', '2025-03'),
      dated('MEETING', 'Lou Day', 'Max After', '2025-03-05'),
    ];
    const names = ['Ann North', 'Ben East', 'Cat South', 'Dan West', 'Eve Centre', 'Fay Middle', 'Gus High'];
    names.push('Hal Low', 'Ida Far', 'Jon Near', 'Kim Month', 'Lou Day', 'Max After');
    await writeArticle(driver, articleOf('time paths', names, events, '2025-05-01'));
  });

  test('a path through an undated but bounded briefing: kept, each hop with its range, in either direction', async () => {
    expect(await respecting('Ann North', 'Cat South')).toEqual([
      [
        hop('Ann North', 'Ben East', '2025-03-10', '2025-03-10'),
        hop('Ben East', 'Cat South', '2025-03-10', '2025-03-20'),
      ],
    ]);
    expect(await respecting('Cat South', 'Ann North')).toEqual([
      [
        hop('Cat South', 'Ben East', '2025-03-01', '2025-03-10'),
        hop('Ben East', 'Ann North', '2025-03-10', '2025-03-10'),
      ],
    ]);
  });

  test('an event with no bound at all breaks the path that other modes find', async () => {
    expect((await shortest('Ann North', 'Eve Centre')).map((p) => p.length)).toEqual([2]);
    expect(await respecting('Ann North', 'Eve Centre')).toEqual([]);
  });

  test('order: a hop bounded to end before the hop before it starts breaks the shortest path; a longer one is found', async () => {
    expect((await shortest('Fay Middle', 'Hal Low')).map((p) => p.map((h) => h.to))).toEqual([['Gus High', 'Hal Low']]);
    expect(await respecting('Fay Middle', 'Hal Low')).toEqual([
      [
        hop('Fay Middle', 'Ida Far', '2025-04-11', '2025-04-11'),
        hop('Ida Far', 'Jon Near', '2025-04-12', '2025-04-12'),
        hop('Jon Near', 'Hal Low', '2025-04-12', '2025-04-30'),
      ],
    ]);
    // The other way round the short path is in order: the meeting (by April 5), then the call of April 10.
    expect((await respecting('Hal Low', 'Fay Middle', ', limit: 1')).map((p) => p.map((h) => h.between))).toEqual([
      [
        { earliest: '2025-03-01', latest: '2025-04-05' },
        { earliest: '2025-04-10', latest: '2025-04-10' },
      ],
    ]);
  });

  test('a month is its days: March, then March 5, fits; March 5, then March, too, within the month', async () => {
    expect(await respecting('Kim Month', 'Max After')).toEqual([
      [
        hop('Kim Month', 'Lou Day', '2025-03-01', '2025-03-05'),
        hop('Lou Day', 'Max After', '2025-03-05', '2025-03-05'),
      ],
    ]);
    expect(await respecting('Max After', 'Kim Month')).toEqual([
      [
        hop('Max After', 'Lou Day', '2025-03-05', '2025-03-05'),
        hop('Lou Day', 'Kim Month', '2025-03-05', '2025-03-31'),
      ],
    ]);
  });

  test('since/until leave out the hops outside the range before the time order applies', async () => {
    expect(await respecting('Ann North', 'Cat South', ', since: "2025-03-11"')).toEqual([]);
    expect(await respecting('Ann North', 'Cat South', ', until: "2025-03"')).toHaveLength(1);
  });
});

describe('TIME_RESPECTING paths through role hops (viaRoles)', () => {
  const northland: ExtractedActor = {
    id: 'northland',
    name: 'Northland',
    kind: 'STATE',
    aliases: [],
    role: null,
    affiliation: null,
  };
  const envoy: ExtractedActor = {
    id: actorId('Rex Envoy'),
    name: 'Rex Envoy',
    kind: 'PERSON',
    aliases: [],
    role: 'Envoy',
    affiliation: 'northland',
  };

  beforeAll(async () => {
    await resetGraph(driver);
    const graph = articleOf('envoy', ['Sam Other'], [dated('MEETING', 'Rex Envoy', 'Sam Other', '2025-03-10')]);
    await writeArticle(driver, { ...graph, actors: [...graph.actors, northland, envoy] });
  });

  /** The role's first and last day, as the role writer (issue 21, "roles") sets them on HOLDS_ROLE. */
  async function holdRole(from: string | null, to: string | null): Promise<void> {
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: $person})-[r:HOLDS_ROLE]->(:Actor {id: 'northland'}) SET r.from = $from, r.to = $to
       RETURN count(r) AS roles`,
      { person: envoy.id, from, to },
    );
    expect(records.map((r) => r.get('roles'))).toEqual([1]);
  }
  const viaRoles = (from: string, to: string) => respecting(from, to, ', viaRoles: true');

  test('a role with neither bound is held at any time: not a break', async () => {
    await holdRole(null, null);
    expect(await viaRoles('Northland', 'Sam Other')).toEqual([
      [hop('Northland', 'Rex Envoy', null, '2025-03-10'), hop('Rex Envoy', 'Sam Other', '2025-03-10', '2025-03-10')],
    ]);
  });

  test('a role first held after the meeting: the meeting, then the role, only', async () => {
    await holdRole('2025-04-01', null);
    expect(await viaRoles('Northland', 'Sam Other')).toEqual([]);
    expect(await viaRoles('Sam Other', 'Northland')).toEqual([
      [hop('Sam Other', 'Rex Envoy', '2025-03-10', '2025-03-10'), hop('Rex Envoy', 'Northland', '2025-04-01', null)],
    ]);
  });

  test('a role last held before the meeting: the role, then the meeting, only', async () => {
    await holdRole('2024-01-01', '2025-03-01');
    expect(await viaRoles('Sam Other', 'Northland')).toEqual([]);
    expect(await viaRoles('Northland', 'Sam Other')).toEqual([
      [
        hop('Northland', 'Rex Envoy', '2024-01-01', '2025-03-01'),
        hop('Rex Envoy', 'Sam Other', '2025-03-10', '2025-03-10'),
      ],
    ]);
  });
});

describe('time order and since/until over bounded events', () => {
  const HUB = 'Pat Hub';
  // Pat Hub's events, one counterpart each, in the time order timeline must give: dated by date, then
  // bounded by earliest, then by latest (an open side after a known one), then the unplaced.
  const EVENTS: [label: string, counterpart: string, ExtractedEvent][] = [
    ['January (a month)', 'Quin January', dated('CALL', HUB, 'Quin January', '2025-01')],
    ['Feb. 18', 'Quin Day', dated('MEETING', HUB, 'Quin Day', '2025-02-18')],
    [
      'Feb. 18 to Mar. 4',
      'Quin Bounded',
      briefing(HUB, 'Quin Bounded', { earliest: '2025-02-18', latest: '2025-03-04' }),
    ],
    [
      'from Mar. 10',
      'Quin After',
      between('MEETING', HUB, 'Quin After', null, { earliest: '2025-03-10', latest: null }),
    ],
    [
      'until Mar. 4',
      'Quin Before',
      between('CALL', HUB, 'Quin Before', null, { earliest: null, latest: '2025-03-04' }),
    ],
    ['unplaced', 'Quin Nowhen', between('NEGOTIATION', HUB, 'Quin Nowhen', null, open)],
  ];
  const counterpartOf = new Map(EVENTS.map(([label, name]) => [label, actorId(name)]));

  beforeAll(async () => {
    await resetGraph(driver);
    const people = [HUB, ...EVENTS.map(([, name]) => name)];
    // Written in reverse, so that the order cannot come from the writing.
    await writeArticle(driver, articleOf('hub', people, EVENTS.map(([, , e]) => e).reverse(), '2025-05-01'));
  });

  /** The labels of the events a query returns, by their counterpart. */
  const labelsOf = (counterparts: (string | undefined)[]) =>
    counterparts.map((id) => [...counterpartOf].find(([, c]) => c === id)?.[0] ?? `unknown ${id}`);
  const range = (since: string | null, until: string | null) =>
    [since && `since: "${since}"`, until && `until: "${until}"`].filter(Boolean).join(', ');

  async function timelineLabels(since: string | null = null, until: string | null = null): Promise<string[]> {
    const args = [`actor: "${HUB}"`, range(since, until)].filter((a) => a !== '').join(', ');
    const data = await server.data<{ timeline: { participants: { actor: { id: string } }[] }[] }>(
      `{ timeline(${args}) { participants { actor { id } } } }`,
    );
    return labelsOf(data.timeline.map((e) => e.participants.map((p) => p.actor.id).find((id) => id !== actorId(HUB))));
  }

  /** Every page of `events(actor:)`, `first` at a time, followed by its cursors. */
  async function eventsLabels(
    first: number,
    since: string | null = null,
    until: string | null = null,
  ): Promise<string[]> {
    const labels: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const args = [`actor: "${HUB}"`, `first: ${first}`, range(since, until), after ? `after: "${after}"` : '']
        .filter((a) => a !== '')
        .join(', ');
      const data: {
        events: {
          edges: { node: { participants: { actor: { id: string } }[] } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await server.data(
        `{ events(${args}) { edges { node { participants { actor { id } } } } pageInfo { hasNextPage endCursor } } }`,
      );
      labels.push(
        ...labelsOf(
          data.events.edges.map((e) => e.node.participants.map((p) => p.actor.id).find((id) => id !== actorId(HUB))),
        ),
      );
      if (!data.events.pageInfo.hasNextPage) return labels;
      after = data.events.pageInfo.endCursor;
    }
    throw new Error('eventsLabels: more than 20 pages');
  }

  async function talkedTo(since: string | null, until: string | null): Promise<string[]> {
    const args = [`actor: "${HUB}"`, range(since, until)].filter((a) => a !== '').join(', ');
    const data = await server.data<{ whoTalkedTo: { actor: { id: string } }[] }>(
      `{ whoTalkedTo(${args}) { actor { id } } }`,
    );
    return labelsOf(data.whoTalkedTo.map((c) => c.actor.id)).sort();
  }

  const ORDER = EVENTS.map(([label]) => label);

  test('timeline: dated by date, then bounded by earliest, then latest, then the unplaced', async () => {
    expect(await timelineLabels()).toEqual(ORDER);
  });

  test('events: the same order, paged one, two and four at a time through its cursors', async () => {
    for (const first of [1, 2, 4]) expect(await eventsLabels(first)).toEqual(ORDER);
  });

  test.each<[string, string | null, string | null, string[]]>([
    [
      'since March: what may have happened from March 1 (overlap, open sides open), no unplaced event',
      '2025-03',
      null,
      ['Feb. 18 to Mar. 4', 'from Mar. 10', 'until Mar. 4'],
    ],
    [
      'until Feb. 17: January, and what is only known to precede March 4',
      null,
      '2025-02-17',
      ['January (a month)', 'until Mar. 4'],
    ],
    [
      'Feb. 20 to 28: the bounded briefing overlaps it; the Feb. 18 meeting does not',
      '2025-02-20',
      '2025-02-28',
      ['Feb. 18 to Mar. 4', 'until Mar. 4'],
    ],
    ['the day of Feb. 18', '2025-02-18', '2025-02-18', ['Feb. 18', 'Feb. 18 to Mar. 4', 'until Mar. 4']],
    ['after everything bounded: only the open-ended', '2025-06', null, ['from Mar. 10']],
  ])('%s: timeline, events and whoTalkedTo agree', async (_, since, until, expected) => {
    expect(await timelineLabels(since, until)).toEqual(expected);
    expect(await eventsLabels(2, since, until)).toEqual(expected);
    expect(await talkedTo(since, until)).toEqual([...expected].sort());
  });
});

describe('TIME_RESPECTING paths ranked behind many shorter trails', () => {
  // 120 two-hop trails from Ora to Pia, each back in time (Ora met each go-between in February, after the
  // go-between had met Pia in January), and one three-hop path forward in time. Checked on the 100 shortest trails
  // after a search (the Cypher statement a server without our search answers with), the path would not be found.
  const goBetweens = Array.from({ length: 120 }, (_, i) => `Mid Number${i}`);
  beforeAll(async () => {
    await resetGraph(driver);
    const events = goBetweens.flatMap((mid) => [
      dated('MEETING', 'Ora Start', mid, '2024-02-01'),
      dated('MEETING', mid, 'Pia End', '2024-01-01'),
    ]);
    events.push(dated('CALL', 'Ora Start', 'Quin Step', '2024-03-01'));
    events.push(dated('CALL', 'Quin Step', 'Rui Step', '2024-03-02'));
    events.push(dated('CALL', 'Rui Step', 'Pia End', '2024-03-03'));
    const names = ['Ora Start', 'Pia End', 'Quin Step', 'Rui Step', ...goBetweens];
    await writeArticle(driver, articleOf('ranked behind', names, events, '2024-12-31'));
  });

  test('the search carries the day along: the forward path is found however many shorter trails go back', async () => {
    expect((await shortest('Ora Start', 'Pia End')).map((p) => p.length)).toEqual([2]);
    const forward = [
      hop('Ora Start', 'Quin Step', '2024-03-01', '2024-03-01'),
      hop('Quin Step', 'Rui Step', '2024-03-02', '2024-03-02'),
      hop('Rui Step', 'Pia End', '2024-03-03', '2024-03-03'),
    ];
    // (A server without our procedure answers by Cypher, which checks only the 100 shortest trails.)
    const searched = await hasTimeRespectingSearch(createReader(driver));
    expect(await respecting('Ora Start', 'Pia End')).toEqual(searched ? [forward] : []);
  });

  test('the other way round the short trails are in order: the shortest first, up to the limit', async () => {
    const paths = await respecting('Pia End', 'Ora Start', ', limit: 25');
    expect(paths).toHaveLength(25);
    expect(paths.every((p) => p.length === 2 && p[1]?.to === 'Ora Start')).toBe(true);
    expect(new Set(paths.map((p) => p[0]?.to)).size).toBe(25);
  });
});

/** The tests' own embedded Neo4j (globalSetup), not a server of NEO4J_URI, which may lack our procedure. */
const onEmbedded = process.env.TEST_NEO4J_DATA_DIR !== undefined;

(onEmbedded ? test : test.skip)(
  'the embedded Neo4j has the search; a driver asks once, as a round trip of the first request that needs it',
  async () => {
    const fresh = testDriver();
    try {
      const first = createReader(fresh);
      expect(await hasTimeRespectingSearch(first)).toBe(true);
      expect(first.roundTrips).toBe(1);
      const second = createReader(fresh);
      expect(await hasTimeRespectingSearch(second)).toBe(true);
      expect(second.roundTrips).toBe(0);
    } finally {
      await fresh.close();
    }
  },
);
