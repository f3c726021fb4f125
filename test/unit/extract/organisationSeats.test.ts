import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * A capital that news writes for the international organisation seated there (lexicon/countries.ts,
 * ORGANISATION_CAPITALS): acting, "Brussels" is the European Union, not Belgium; after "in" it is a place.
 */
function eventsOf(body: string, published: string): string[] {
  return extract(articleOf(body, published)).events.map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`)].join(' '),
  );
}

describe('an organisation’s seat city acting is the organisation', () => {
  it.each([
    [
      'Brussels imposed tariffs of up to 35% on Chinese electric vehicles on Friday.',
      '2024-10-04',
      ['SANCTION SOURCE:european-union TARGET:china'],
    ],
    [
      'China warned Brussels on Friday against imposing tariffs on Chinese electric vehicles.',
      '2025-03-01',
      ['THREAT SOURCE:china TARGET:european-union'],
    ],
    [
      'Brussels and Washington began talks on Monday on a new channel to coordinate positions on China.',
      '2020-07-29',
      ['NEGOTIATION PARTICIPANT:european-union PARTICIPANT:united-states'],
    ],
  ])('%s', (body, published, events) => expect(eventsOf(body, published)).toEqual(events));
});

describe('the seat city as a place stays a place', () => {
  it.each([
    ['NATO foreign ministers met in Brussels on Tuesday.', '2024-04-02', []],
    [
      'Blinken met Kallas in Brussels on Monday.',
      '2025-03-10',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:kaja-kallas'],
    ],
    ['The Brussels police arrested three people on Monday.', '2024-06-01', []],
  ])('%s', (body, published, events) => expect(eventsOf(body, published)).toEqual(events));
});
