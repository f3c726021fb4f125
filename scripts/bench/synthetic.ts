/**
 * Seeded synthetic data for the benchmarks: article texts that read like wire
 * copy (real states and demonyms from world-countries, plausible names from faker,
 * the extractor's trigger phrasings, dates) for ingest runs, and extracted graphs
 * written straight through the project's writer for query runs. The same seed gives
 * the same data, so two runs measure the same work.
 */
import { Faker, en } from '@faker-js/faker';
import countries from 'world-countries';
import { addDays, spanOf, type Bounds } from '../../src/domain/dayBounds';
import { defined, elementAt } from '../../src/domain/guaranteed';
import { actorId, articleId, eventId } from '../../src/domain/ids';
import type { RelationType } from '../../src/domain/ontology';
import { ONTOLOGY } from '../../src/domain/ontology';
import type { ExtractedActor, ExtractedEvent, ExtractedGraph, Participant } from '../../src/domain/types';

export interface State {
  name: string;
  demonym: string;
  capital: string;
}

/** Sovereign states whose English demonym reads naturally before a title. */
const STATES: State[] = countries.flatMap((c) => {
  const demonym = c.demonyms?.eng?.m;
  const [capital] = c.capital;
  return c.independent && c.unMember && demonym && capital !== undefined
    ? [{ name: c.name.common, demonym, capital }]
    : [];
});

const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'Finance Minister',
  'Trade Minister',
];
const ORGANISATIONS = [
  'United Nations',
  'European Union',
  'NATO',
  'African Union',
  'World Health Organization',
  'International Monetary Fund',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function createRandom(seed: number): Faker {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return faker;
}

/* ------------------------------------------------------------------ articles */

interface Person {
  first: string;
  last: string;
  title: string;
  state: State;
}

function cast(faker: Faker, size: number): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  while (people.length < size) {
    const first = faker.person.firstName();
    const last = faker.person.lastName().replace(/[^A-Z]/gi, '');
    if (last.length < 3 || seen.has(last)) continue; // one surname, one person: "Abbott" must not be two people
    seen.add(last);
    people.push({ first, last, title: faker.helpers.arrayElement(TITLES), state: faker.helpers.arrayElement(STATES) });
  }
  return people;
}

/** Two different people of the cast, drawn as faker.helpers.arrayElements draws them. */
function twoOf(faker: Faker, people: readonly Person[]): [Person, Person] {
  const [a, b] = faker.helpers.arrayElements(people, 2);
  if (a === undefined || b === undefined) throw new Error(`twoOf: a cast of two people or more, got ${people.length}`);
  return [a, b];
}

const full = (p: Person) => `${p.state.demonym} ${p.title} ${p.first} ${p.last}`;

/** One sentence per type, in the phrasings the extractor's triggers know. */
const SENTENCES: ((a: Person, b: Person, day: string, faker: Faker) => string)[] = [
  (a, b, day) => `${full(a)} spoke by phone with ${full(b)} on ${day}.`,
  (a, b, day) => `${full(a)} met ${full(b)} in ${b.state.capital} on ${day}.`,
  (a, b, day) => `${full(a)} held talks with ${full(b)} on ${day} about trade and security.`,
  (a, b) => `${a.last} criticized ${b.state.name} over its handling of the border dispute.`,
  (a, b, day) => `On ${day}, ${a.state.name} imposed sanctions on ${b.state.name}.`,
  (a, b, day) => `${a.state.name} and ${b.state.name} signed an agreement on energy cooperation on ${day}.`,
  (a, b) => `${a.last} threatened ${b.state.name} with retaliation.`,
  (a, b, day, faker) =>
    `${full(faker.helpers.arrayElement([a, b]))} briefed ${faker.helpers.arrayElement(ORGANISATIONS)} officials on ${day}.`,
];

const FILLER = [
  'Officials declined to comment on the details of the discussion.',
  'Analysts said the talks could shape the region for years to come.',
  'The statement did not say when the two sides would speak again.',
  'Markets in the region were little changed after the news.',
  'Both governments described the exchange as constructive.',
];

export interface GeneratedArticle {
  name: string;
  text: string;
}

/** `count` article files of a few paragraphs each, over a recurring cast of people. */
export function generateArticles(seed: number, count: number): GeneratedArticle[] {
  const faker = createRandom(seed);
  const people = cast(faker, Math.max(20, Math.min(400, Math.floor(count / 10))));
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const published = faker.date.between({ from: '2015-01-01', to: '2025-06-30' });
    const lines: string[] = [];
    const [a, b] = twoOf(faker, people);
    for (let s = 0; s < faker.number.int({ min: 6, max: 10 }); s++) {
      const [x, y] = s === 0 ? [a, b] : twoOf(faker, people);
      const day = new Date(published.getTime() - faker.number.int({ min: 0, max: 20 }) * 86_400_000);
      const when = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
      lines.push(faker.helpers.arrayElement(SENTENCES)(x, y, when, faker));
      if (faker.datatype.boolean()) lines.push(faker.helpers.arrayElement(FILLER));
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < lines.length; p += 3) paragraphs.push(lines.slice(p, p + 3).join(' '));
    const title = `${a.last} and ${b.last} discuss ${faker.helpers.arrayElement(['trade', 'security', 'energy', 'the border', 'sanctions'])}`;
    const text = [
      '---',
      `title: ${title}`,
      `published: ${published.toISOString().slice(0, 10)}`,
      `url: https://news.example.org/${seed}/${i}`,
      'source: Synthetic Wire',
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    articles.push({ name: `article-${String(i).padStart(6, '0')}.txt`, text });
  }
  return articles;
}

/* --------------------------------------------------------------------- graph */

export interface GraphSpec {
  seed: number;
  actors: number;
  events: number;
  /** Actors taking part in a large share of the events, with thousands of counterparts. */
  hubs: number;
  /** Events per synthetic article. */
  eventsPerArticle: number;
  /**
   * Share of the events (0 to 1; default none) that have no date but bounds, as the extractor gives an
   * event it can only place between others or before its report: a third each with an earliest day only,
   * a latest day only, and both. Without it the random draws, and so the graph, are those of before.
   */
  boundedShare?: number;
}

/** The relation types of the generated events, each with its share of them. */
const WEIGHTED_TYPES: readonly { value: RelationType; weight: number }[] = [
  { value: 'CALL', weight: 20 },
  { value: 'MEETING', weight: 25 },
  { value: 'NEGOTIATION', weight: 8 },
  { value: 'BRIEFING', weight: 6 },
  { value: 'MEDIATION', weight: 3 },
  { value: 'STATEMENT', weight: 8 },
  { value: 'CRITICISM', weight: 8 },
  { value: 'THREAT', weight: 4 },
  { value: 'SANCTION', weight: 3 },
  { value: 'AGREEMENT', weight: 5 },
  { value: 'COOPERATION', weight: 4 },
  { value: 'SUPPLY', weight: 3 },
  { value: 'ALLIANCE', weight: 2 },
  { value: 'CONFLICT', weight: 1 },
];
export const EVENT_TYPES: RelationType[] = WEIGHTED_TYPES.map((t) => t.value);
/** Share of events that have a hub among their participants. */
const HUB_SHARE = 0.08;

/** The actors of the graph: the real states first, then organisations, then people. */
export function graphActors(spec: GraphSpec): ExtractedActor[] {
  const faker = createRandom(spec.seed);
  const actors: ExtractedActor[] = [];
  const ids = new Set<string>();
  const add = (
    name: string,
    kind: ExtractedActor['kind'],
    role: string | null = null,
    affiliation: string | null = null,
  ) => {
    const id = actorId(name);
    if (ids.has(id)) return;
    ids.add(id);
    actors.push({ id, name, kind, aliases: [], role, affiliation });
  };
  for (const s of STATES.slice(0, Math.min(STATES.length, Math.floor(spec.actors / 10)))) add(s.name, 'STATE');
  const states = actors.slice();
  for (const o of ORGANISATIONS) if (actors.length < spec.actors) add(o, 'ORGANIZATION');
  while (actors.length < spec.actors) {
    const state = faker.helpers.arrayElement(states);
    add(
      `${faker.person.firstName()} ${faker.person.lastName()}`,
      'PERSON',
      faker.helpers.arrayElement(TITLES),
      state.id,
    );
  }
  return actors;
}

/** The first three ids as a mediation's mediator and parties, the first two otherwise. */
function participantsOf(type: RelationType, ids: string[]): Participant[] {
  if (type === 'MEDIATION')
    return ids.slice(0, 3).map((actorId, i) => ({ actorId, role: i === 0 ? 'MEDIATOR' : 'PARTY' }));
  if (!ONTOLOGY[type].symmetric)
    return ids.slice(0, 2).map((actorId, i) => ({ actorId, role: i === 0 ? 'SOURCE' : 'TARGET' }));
  return ids.slice(0, 2).map((id) => ({ actorId: id, role: 'PARTICIPANT' }));
}

function dayString(faker: Faker): string {
  const d = faker.date.between({ from: '2000-01-01', to: '2025-06-30' }).toISOString().slice(0, 10);
  const r = faker.number.float();
  return r < 0.9 ? d : r < 0.97 ? d.slice(0, 7) : d.slice(0, 4);
}

/** The kinds of bounds a bounded event gets, in equal shares. */
const BOUND_KINDS = ['earliest', 'latest', 'both'] as const;

/**
 * Bounds instead of `date`: its span's first day as the earliest, its last as the latest, or the first and
 * a day up to 40 days later (a briefing "later" than a meeting, reported a few weeks on).
 */
function boundsAround(faker: Faker, date: string): Bounds {
  const span = spanOf(date);
  const kind = faker.helpers.arrayElement(BOUND_KINDS);
  if (kind === 'earliest') return { earliest: span.earliest, latest: null };
  if (kind === 'latest') return { earliest: null, latest: span.latest };
  if (span.earliest === null) throw new Error(`boundsAround: a generated date has a year, got "${date}"`);
  return { earliest: span.earliest, latest: addDays(span.earliest, faker.number.int({ min: 1, max: 40 })) };
}

/** A generated event's time: its date, or (a `boundedShare` of the time) no date but bounds around it. */
function timeOf(faker: Faker, spec: GraphSpec): { date: string | null } & Partial<Bounds> {
  const date = dayString(faker);
  if (spec.boundedShare === undefined || spec.boundedShare <= 0 || faker.number.float() >= spec.boundedShare)
    return { date };
  return { date: null, ...boundsAround(faker, date) };
}

/**
 * The graph in article-sized pieces, as the extractor would hand them to the
 * writer: every event with its participants, its article and its sentence.
 */
export function* graphArticles(spec: GraphSpec): Generator<ExtractedGraph> {
  const actors = graphActors(spec);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const actorOf = (id: string) =>
    defined(byId.get(id), 'graphArticles: participants and affiliations are graph actors');
  const faker = createRandom(spec.seed + 1);
  const hubs = actors.slice(0, spec.hubs); // states, as in real news
  // Mildly skewed choice: a few actors are in the news far more than most.
  const pick = () =>
    elementAt(actors, Math.floor(actors.length * faker.number.float() ** 1.6), 'pick: an index below actors.length');
  let written = 0;
  for (let n = 0; written < spec.events; n++) {
    const events: ExtractedEvent[] = [];
    const used = new Set<string>();
    const published = `20${String(faker.number.int({ min: 0, max: 25 })).padStart(2, '0')}-06-30`;
    for (let e = 0; e < spec.eventsPerArticle && written < spec.events; e++, written++) {
      const type = faker.helpers.weightedArrayElement(WEIGHTED_TYPES);
      const ids: string[] = [];
      if (faker.number.float() < HUB_SHARE) ids.push(faker.helpers.arrayElement(hubs).id);
      while (ids.length < 3) {
        const id = pick().id;
        if (!ids.includes(id)) ids.push(id);
      }
      const participants = participantsOf(type, ids);
      const time = timeOf(faker, spec);
      participants.forEach((p) => used.add(p.actorId));
      const [a, b] = participants.map((p) => actorOf(p.actorId).name);
      const when =
        time.date !== null
          ? `on ${time.date}`
          : `between ${time.earliest ?? 'an unknown day'} and ${time.latest ?? 'now'}`;
      const sentence = `${a} and ${b}: a ${type.toLowerCase()} reported ${when}.`;
      events.push({
        id: eventId(type, participants, time.date),
        type,
        participants,
        ...time,
        location: null,
        confidence: 0.9,
        evidence: [{ sentence, start: 0, end: sentence.length }],
      });
    }
    const graphActorList = [...used].map(actorOf);
    for (const a of [...graphActorList])
      if (a.affiliation !== null && !used.has(a.affiliation)) {
        used.add(a.affiliation);
        graphActorList.push(actorOf(a.affiliation));
      }
    const url = `https://graph.example.org/${spec.seed}/${n}`;
    yield {
      article: {
        id: articleId(url),
        origin: `synthetic-${n}`,
        title: `Synthetic report ${n}`,
        url,
        source: 'Synthetic Wire',
        published,
        body: '',
      },
      actors: graphActorList,
      events,
      warnings: [],
    };
  }
}
