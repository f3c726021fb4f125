import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * An occasion told before, the object of "after", "following" or "follow(ed)" after the main clause's verb, is over
 * before what the sentence tells: it takes no news day (6-events/assertion.ts isOccasionAfter), only a date of its own
 * or the month of the news. Rows after real phrasings (Voz, Exola, Politico Europe, Menafn 2025; a Tunis summit and a
 * Panama visit, Reuters 2024-2025), names kept, wording shortened; the must-not rows keep the news day of an occasion
 * first told there, or of an opening "After ..." phrase, and an own date.
 */

/** The dates of the events of a type between two actors, sorted ("none" for an undated one). */
function datesOf(body: string, published: string, type: string, a: string, b: string): string[] {
  return extract(articleOf(body, published))
    .events.filter((e) => e.type === type)
    .filter((e) => {
      const ids = e.participants.map((p) => p.actorId);
      return ids.includes(a) && ids.includes(b);
    })
    .map((e) => e.date ?? 'none')
    .sort();
}

describe('an occasion after which the news came takes no news day', () => {
  /** [what it shows, text, publication date, type, actor, actor, the expected dates]. */
  const rows: [string, string, string, string, string, string, string[]][] = [
    [
      '"after the summit with" (a call on the flight back)',
      'President Donald Trump had a long call with his Ukrainian counterpart, Volodymyr Zelensky, on the flight back ' +
        'to Washington after the summit with Russian President Vladimir Putin failed to secure a cease-fire.',
      '2025-08-16',
      'MEETING',
      'donald-trump',
      'vladimir-putin',
      ['2025-08'],
    ],
    [
      '"followed his summit with"',
      'Donald Trump followed his summit with Russian President Vladimir Putin in Alaska by holding a series of calls ' +
        'with Ukrainian President Volodymyr Zelenskiy and senior NATO and European leaders.',
      '2025-08-16',
      'MEETING',
      'donald-trump',
      'vladimir-putin',
      ['2025-08'],
    ],
    [
      '"following his high-stakes talks with"',
      'U.S. President Donald Trump began a flurry of diplomatic outreach to Western partners following his high-stakes ' +
        "talks with Russia's Vladimir Putin in Alaska.",
      '2025-08-16',
      'MEETING',
      'donald-trump',
      'vladimir-putin',
      ['2025-08'],
    ],
    [
      '"The call followed Putin\'s recent conversation with" (not the day of the call before)',
      'Russian President Vladimir Putin and US President Donald Trump discussed the Ukraine conflict during a phone ' +
        "call on Thursday, according to the Kremlin. The call followed Putin's recent conversation with French " +
        'President Emmanuel Macron, their first direct exchange in nearly three years.',
      '2025-07-04',
      'CALL',
      'vladimir-putin',
      'emmanuel-macron',
      ['none'],
    ],
  ];
  test.each(rows)('%s', (_what, text, published, type, a, b, expected) => {
    expect(datesOf(text, published, type, a, b)).toEqual(expected);
  });
});

describe('the news day stays with an occasion first told, or opening the sentence, or dated', () => {
  /** [what it shows, text, publication date, type, actor, actor, the expected dates]. */
  const rows: [string, string, string, string, string, string, string[]][] = [
    [
      'an occasion first told ("after a consultative meeting")',
      'The leaders of Tunisia, Algeria and Libya agreed after a consultative meeting in Tunis to fight together against ' +
        'the effects of illegal immigration.',
      '2024-04-22',
      'MEETING',
      'tunisia',
      'algeria',
      ['2024-04-22'],
    ],
    [
      'an opening "After their talks," phrase',
      'U.S. Secretary of State Marco Rubio held talks with Panamanian President Jose Raul Mulino in Panama City. After ' +
        'their talks with Rubio, Mulino signalled that he was willing to review agreements with China.',
      '2025-02-02',
      'MEETING',
      'marco-rubio',
      'jose-raul-mulino',
      ['2025-02-02'],
    ],
    [
      'an own date ("following talks with Putin on Tuesday")',
      'Turkish President Recep Tayyip Erdogan said on Wednesday that he spoke with Ukrainian President Volodymyr ' +
        'Zelenskyy, following talks with Russian President Vladimir Putin on Tuesday.',
      '2022-11-02',
      'MEETING',
      'recep-tayyip-erdogan',
      'vladimir-putin',
      ['2022-11-01'],
    ],
  ];
  test.each(rows)('%s', (_what, text, published, type, a, b, expected) => {
    expect(datesOf(text, published, type, a, b)).toEqual(expected);
  });
});
