import { extract } from '../../../src/extract';
import type { ArticleInput } from '../../../src/domain/types';

/**
 * Reference across sentences (6-events/references.ts): words that stand for actors named in the sentences before.
 * Each table states a mechanism with rows that must resolve and rows that must not; the phrasings are those of wire
 * news ("The two held discussions", "the 10-member bloc", "his Turkish counterpart").
 */

/** Events of one text as "TYPE role:actor ... @date" strings (the whole pipeline). */
function eventsOf(body: string, published: string | null = '2025-03-04'): string[] {
  const article: ArticleInput = { id: 'a', origin: 'a.txt', title: null, url: null, source: null, published, body };
  return extract(article).events.map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`), `@${e.date}`].join(' '),
  );
}

/** A table of [text, its events] rows under one title, each row a test. */
function eventTable(title: string, rows: [string, string[]][]): void {
  describe(title, () => it.each(rows)('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected)));
}

eventTable('"the country", "the kingdom", "the bloc", "the group": the last state or organisation named', [
  [
    'The European Union imposed sanctions on Russia on Friday. The bloc also condemned Belarus.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-28',
      'CRITICISM SOURCE:european-union TARGET:belarus @2025-02-28',
    ],
  ],
  [
    'ASEAN leaders met in Jakarta on Tuesday. The 10-member bloc condemned the Myanmar junta.',
    ['CRITICISM SOURCE:asean TARGET:myanmar @2025-03-04'],
  ],
  [
    'Hamas attacked Israel on October 7. The militant group later agreed to a ceasefire with Israel.',
    [
      'CONFLICT PARTICIPANT:hamas PARTICIPANT:israel @2024-10-07',
      'AGREEMENT PARTICIPANT:hamas PARTICIPANT:israel @null',
    ],
  ],
  [
    'Saudi Arabia hosted US President Donald Trump on Tuesday. The kingdom signed an agreement with the United States.',
    [
      'MEETING PARTICIPANT:saudi-arabia PARTICIPANT:donald-trump @2025-03-04',
      'AGREEMENT PARTICIPANT:saudi-arabia PARTICIPANT:united-states @2025-03-04',
    ],
  ],
  // The organisation that acted (the subject), not the last one named.
  [
    'The European Union imposed sanctions on oil companies Rosneft and Lukoil on Monday. The bloc also condemned Iran.',
    [
      'SANCTION SOURCE:european-union TARGET:rosneft @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:lukoil @2025-03-03',
      'CRITICISM SOURCE:european-union TARGET:iran @2025-03-03',
    ],
  ],
  // A state named where something happened is what "the country" may point back to …
  [
    'Indian Prime Minister Narendra Modi arrived in Nepal on Monday. The Himalayan country signed a power trade agreement with India.',
    ['AGREEMENT PARTICIPANT:nepal PARTICIPANT:india @2025-03-03'],
  ],
  // … but a city does not stand for its state there.
  ['Talks were held in Riyadh on Monday. The country later imposed sanctions on Iran.', []],
  // "the neighbouring country", "the other country": another one than the one named.
  [
    'Pakistan criticised India on Monday. The neighbouring country also condemned Iran.',
    ['CRITICISM SOURCE:pakistan TARGET:india @2025-03-03'],
  ],
  // "the group" is an organisation: persons do not make one.
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday. The group condemned Ukraine.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  // Only the sentence before: an organisation named three sentences back is too far.
  [
    'The European Union imposed sanctions on Russia on Friday. Russian President Vladimir Putin spoke on Saturday. German Chancellor Olaf Scholz arrived in Paris on Sunday. The bloc condemned Belarus.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-28'],
  ],
]);
