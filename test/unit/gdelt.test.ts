import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codedGraphs, readGdeltLine, type CodedEvent, type LineOutcome } from '../../src/formats/gdelt';
import { resolveCameoActor } from '../../src/formats/cameoActors';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'gdelt', '20250807220000.sample.export.CSV');
const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
const byId = (id: string) => lines.find((l) => l.startsWith(`${id}\t`)) as string;
const cols = (id: string) => byId(id).split('\t');
const withColumn = (id: string, at: number, value: string) =>
  cols(id)
    .map((c, i) => (i === at ? value : c))
    .join('\t');

function summary(outcome: LineOutcome): string {
  if (outcome.kind === 'malformed') return `malformed: ${outcome.reason}`;
  if (outcome.kind === 'skipped') return `${outcome.skip}: ${outcome.reason}`;
  const e = outcome.event;
  return `${e.type} ${e.date} ${e.participants.map((p) => `${p.role}:${p.actorId}`).join(' ')}`;
}

describe('reading GDELT 2.0 export lines', () => {
  test.each([
    ['1256323409', 'CONFLICT 2025-08-07 PARTICIPANT:palestine PARTICIPANT:israel'],
    ['1256323424', 'MEETING 2025-08-07 PARTICIPANT:romania PARTICIPANT:theodor-stolojan'],
    ['1256323460', 'SUPPLY 2025-08-07 SOURCE:turkey TARGET:djibouti'],
    ['1256323470', 'SUPPLY 2025-08-07 SOURCE:turkey TARGET:libya'],
    ['1256323592', 'NEGOTIATION 2025-08-07 PARTICIPANT:united-states PARTICIPANT:greece'],
    ['1256323618', 'CONFLICT 2025-08-07 PARTICIPANT:united-states PARTICIPANT:palestine'],
    ['1256322778', 'unmapped-code: CAMEO 040 is not mapped to a relation type'],
    ['1256323436', 'unmapped-code: CAMEO 112 is not mapped to a relation type'],
    ['1256322776', 'unmapped-code: CAMEO 040 is not mapped to a relation type'],
    ['1256323445', 'missing-actor: CAMEO 057 without Actor2'],
    ['1256323421', 'missing-actor: CAMEO 043 without Actor2'],
    ['1256323412', 'unresolved-actor: Actor1 PSEREB HAMAS: a group within Palestine, not the state'],
    ['1256323428', 'same-actor: Actor1 and Actor2 are both Romania'],
  ])('real line %s: %s', (id, expected) => {
    expect(summary(readGdeltLine(byId(id), 7))).toBe(expected);
  });

  test.each([
    [
      'too few columns (GDELT 1.0 has 57 or 58)',
      cols('1256323409').slice(0, 58).join('\t'),
      '58 columns, expected 61 (a GDELT 2.0 event export)',
    ],
    ['a bad SQLDATE', withColumn('1256323409', 1, '20250230'), 'SQLDATE is not a YYYYMMDD date: "20250230"'],
    ['a bad event code', withColumn('1256323409', 26, '19X'), 'EventCode is not a CAMEO code: "19X"'],
    ['a bad event id', withColumn('1256323409', 0, 'id'), 'GLOBALEVENTID is not a number: "id"'],
    ['no SOURCEURL', withColumn('1256323409', 60, ''), 'SOURCEURL is not a web address: ""'],
    ['an empty line', '', '1 columns, expected 61 (a GDELT 2.0 event export)'],
  ])('malformed: %s', (_, text, reason) => {
    expect(readGdeltLine(text, 12)).toEqual({ line: 12, kind: 'malformed', reason });
  });

  test('a Windows line ending is not part of the URL', () => {
    const outcome = readGdeltLine(`${byId('1256323592')}\r`, 1);
    expect(outcome.kind === 'event' && outcome.event.sourceUrl.endsWith('/')).toBe(true);
  });

  test('the source note says there is no sentence and names the coding', () => {
    const outcome = readGdeltLine(byId('1256323469'), 1);
    expect(outcome.kind === 'event' && outcome.event.note).toBe(
      'No sentence: GDELT event 1256323469, coded from this article as CAMEO 042 "Make a visit" by Turkey (TUR) with United States (USA).',
    );
  });
});

describe('CAMEO actors', () => {
  const actor = (code: string, name: string, countryCode = '') => ({ code, name, countryCode, knownGroupCode: '' });
  test.each([
    [actor('RUSGOV', 'RUSSIA', 'RUS'), 'STATE Russia'],
    [actor('USAMIL', 'UNITED STATES', 'USA'), 'STATE United States'],
    [actor('USA', 'NEW YORK', 'USA'), 'STATE United States'],
    [actor('ROM', 'ROMANIA', 'ROM'), 'STATE Romania'],
    [actor('TUR', 'TURKEY', 'TUR'), 'STATE Turkey'],
    [actor('USAGOV', 'DONALD TRUMP', 'USA'), 'PERSON Donald Trump'],
    [actor('RUSGOV', 'VLADIMIR PUTIN', 'RUS'), 'PERSON Vladimir Putin'],
    [actor('ROUELI', 'THEODOR STOLOJAN'), 'PERSON Theodor Stolojan'],
    [actor('IGOWSTNAT', 'NATO', 'WST'), "IGOWSTNAT NATO: not a state's actor"],
    [actor('CVL', 'CITIZEN'), "CVL CITIZEN: not a state's actor"],
    [actor('QATMED', 'AL JAZEERA', 'QAT'), 'QATMED AL JAZEERA: a group within Qatar, not the state'],
  ])('%j is %s', (input, expected) => {
    const r = resolveCameoActor(input);
    expect(r.ok ? `${r.actor.kind} ${r.actor.name}` : r.reason).toBe(expected);
  });
});

describe('coded graphs', () => {
  const events = lines
    .map((l, i) => readGdeltLine(l, i + 1))
    .flatMap((o) => (o.kind === 'event' ? [o.event] : [])) as CodedEvent[];

  test('one graph per source article; two rows coding one meeting are one event with two notes', () => {
    const graphs = codedGraphs(events, 'sample');
    expect(graphs).toHaveLength(6);
    const bham = graphs.find((g) => g.article.url?.includes('bhamnow')) as (typeof graphs)[number];
    expect(bham.coded).toBe(true);
    expect(bham.article).toMatchObject({ title: null, source: 'bhamnow.com', published: null, origin: 'sample' });
    expect(bham.events).toHaveLength(1);
    expect(bham.events[0]).toMatchObject({ type: 'MEETING', date: '2025-08-07', confidence: null });
    expect(bham.events[0]?.evidence.map((e) => e.sentence.slice(0, 48))).toEqual([
      'No sentence: GDELT event 1256323469, coded from ',
      'No sentence: GDELT event 1256323623, coded from ',
    ]);
    expect(graphs.flatMap((g) => g.events)).toHaveLength(7);
  });
});
