import type { Person, Role } from '../../../src/gazetteer';
import { holdersOn, type OfficeWanted } from '../../../src/extract/officeholders';

/**
 * holdersOn (src/extract/officeholders.ts): who held an office in a state on a date, as the gazetteer's own dates say.
 * People of invented names, so that the rows say what the rule does whatever the gazetteer's data becomes.
 */

const role = (title: string, kind: Role['kind'], of: string, dates: Partial<Role>): Role => ({
  title,
  kind,
  of,
  source: 'facts',
  ...dates,
});
const person = (id: string, ...roles: Role[]): Person => ({ id, name: id, variants: [], alone: [], roles });

const PEOPLE: readonly Person[] = [
  person(
    'Ann Old',
    role('Prime Minister of Japan', 'headOfGovernment', 'JPN', { from: '2020-01-01', to: '2024-10-01' }),
  ),
  person('Bo New', role('Prime Minister of Japan', 'headOfGovernment', 'JPN', { from: '2024-10-01' })),
  // Listed by a source compiled in 2022, no end known: after that, only assumed to go on.
  person(
    'Cy Assumed',
    role('Minister for Foreign Affairs of Japan', 'foreignMinister', 'JPN', {
      from: '2021-11-10',
      lastKnown: '2022-10-10',
      source: 'wikidata',
    }),
  ),
  person('Di King', role('King of Spain', 'headOfState', 'ESP', { from: '2014-06-19' })),
  person('Ed Pres', role('President of France', 'headOfState', 'FRA', { from: '2017-05-14' })),
  // Two who held one office on the same dates (a source's error, or a disputed office).
  person('Fay One', role('President of Libya', 'headOfState', 'LBY', { from: '2021-03-15' })),
  person('Gus Two', role('President of Libya', 'headOfState', 'LBY', { from: '2021-02-05' })),
];

const names = (state: string, office: OfficeWanted, date: string) =>
  holdersOn(state, office, date, PEOPLE).map((h) => h.person.name);

describe('holdersOn', () => {
  it.each<[string, string, OfficeWanted, string, string[]]>([
    ['the holder on the date', 'japan', { kind: 'headOfGovernment' }, '2025-03-10', ['Bo New']],
    ['the one before, on an earlier date', 'japan', { kind: 'headOfGovernment' }, '2023-05-01', ['Ann Old']],
    // The last day of a term is the first of the next: one holder.
    ['the new holder on the day of the change', 'japan', { kind: 'headOfGovernment' }, '2024-10-01', ['Bo New']],
    [
      'a role listed before its source was compiled',
      'japan',
      { kind: 'foreignMinister' },
      '2022-03-01',
      ['Cy Assumed'],
    ],
    // Must not: a role only assumed to go on after its source.
    ['no one, when the term is only assumed', 'japan', { kind: 'foreignMinister' }, '2025-03-10', []],
    ['no one before anyone held it', 'japan', { kind: 'headOfGovernment' }, '2019-01-01', []],
    // A president's counterpart is a president: not a king.
    ['a president', 'france', { kind: 'headOfState', titleWord: 'president' }, '2025-03-10', ['Ed Pres']],
    ['no president where a king reigns', 'spain', { kind: 'headOfState', titleWord: 'president' }, '2025-03-10', []],
    // Two at once: both, so that the caller can see it is not one.
    ['both of two', 'libya', { kind: 'headOfState' }, '2022-01-01', ['Fay One', 'Gus Two']],
    ['no one of another state', 'china', { kind: 'headOfGovernment' }, '2025-03-10', []],
  ])('%s', (_, state, office, date, expected) => expect(names(state, office, date).sort()).toEqual(expected));
});
