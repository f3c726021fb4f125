import { eventsOf } from './eventTable';

/**
 * A capital that news writes for the international organisation seated there (lexicon/countries.ts,
 * ORGANISATION_CAPITALS): acting, "Brussels" is the European Union, not Belgium; after "in" it is a place.
 */
describe('an organisation’s seat city acting is the organisation', () => {
  it.each([
    [
      'Brussels imposed tariffs of up to 35% on Chinese electric vehicles on Friday.',
      '2024-10-04',
      ['SANCTION SOURCE:european-union TARGET:china @2024-10-04'],
    ],
    [
      'China warned Brussels on Friday against imposing tariffs on Chinese electric vehicles.',
      '2025-03-01',
      ['THREAT SOURCE:china TARGET:european-union @2025-02-28'],
    ],
    [
      'Brussels and Washington began talks on Monday on a new channel to coordinate positions on China.',
      '2020-07-29',
      ['NEGOTIATION PARTICIPANT:european-union PARTICIPANT:united-states @2020-07-27'],
    ],
  ])('%s', (body, published, events) => expect(eventsOf(body, published)).toEqual(events));
});

describe('the seat city as a place stays a place', () => {
  it.each([
    ['NATO foreign ministers met in Brussels on Tuesday.', '2024-04-02', []],
    [
      'Blinken met Kallas in Brussels on Monday.',
      '2025-03-10',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:kaja-kallas @2025-03-10'],
    ],
    ['The Brussels police arrested three people on Monday.', '2024-06-01', []],
  ])('%s', (body, published, events) => expect(eventsOf(body, published)).toEqual(events));
});
