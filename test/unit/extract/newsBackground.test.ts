import { extract } from '../../../src/extract';
import { isBeforeNewsWeek } from '../../../src/extract/5-dates';
import { articleOf } from './articleOf';

/**
 * The news and its background are two occasions (7-merge.ts isNewsBesidePast, 6-events index.ts): an undated mention
 * told as the news (an undated lead in the perfect, "X has suspended all trade with Y"; an undated "also" of a dated
 * lead) is not dated by a mention of the same pair dated wholly before the week up to the news ("In 2010, X broke off
 * ties with Y", "his trip to Russia last September"), nor does a mediation of another time imply that its parties,
 * read off the news, agreed then. Rows after real wire phrasings (BBC, Reuters, AP, Anadolu, Daily Sabah, ABC News),
 * names and wording changed; the must-not rows keep one occasion where the dates allow it.
 */

/** The dates of the events of a type between two actors, sorted ("none" for an undated one). */
function datesOf(body: string, published: string, type: string, a: string, b: string): string[] {
  const has = (ids: string[], id: string) => ids.includes(id);
  return extract(articleOf(body, published))
    .events.filter((e) => e.type === type)
    .filter((e) => {
      const ids = e.participants.map((p) => p.actorId);
      return has(ids, a) && has(ids, b);
    })
    .map((e) => e.date ?? 'none')
    .sort();
}

describe('the news is not dated by a background of the same pair dated before the news week', () => {
  /** [what it shows, text, publication date, type, actor, actor, the expected dates]. */
  const rows: [string, string, string, string, string, string, string[]][] = [
    [
      'a perfect lead and a year of background (trade halted; ties cut in 2010)',
      'Turkey has suspended all of its trade with Israel over the war in Gaza, citing the worsening humanitarian ' +
        'situation. In 2010, Turkey cut diplomatic ties with Israel after ten activists were killed aboard a ship bound ' +
        'for Gaza.',
      '2024-05-03',
      'SANCTION',
      'turkey',
      'israel',
      ['2010', 'none'],
    ],
    [
      'a perfect lead of sanctions and sanctions of 2014',
      'Japan has imposed sanctions on Russian banks over the war in Ukraine. Japan imposed sanctions on Russia in 2014 ' +
        'after it annexed Crimea.',
      '2022-02-25',
      'SANCTION',
      'japan',
      'russia',
      ['2014', 'none'],
    ],
    [
      'two sources in the lead, one of them sanctioning before',
      'The United States and Canada have imposed sanctions on four Nicaraguan officials. The United States imposed ' +
        'sanctions on Nicaragua in 2018 as well.',
      '2019-06-22',
      'SANCTION',
      'united-states',
      'nicaragua',
      ['2018', 'none'],
    ],
    [
      'talks in the perfect and talks of a past September',
      'Indian Prime Minister Narendra Modi has held talks with Japanese Prime Minister Fumio Kishida in New Delhi. The ' +
        'two leaders had talks in Tokyo in September 2022.',
      '2023-03-20',
      'MEETING',
      'narendra-modi',
      'fumio-kishida',
      ['2022-09', '2023-03-20'],
    ],
    [
      'a meeting in the perfect and one of "last July"',
      'Chinese Foreign Minister Wang Yi has met Russian Foreign Minister Sergei Lavrov in Beijing. Wang and Lavrov met ' +
        'in Moscow last July.',
      '2024-04-09',
      'MEETING',
      'wang-yi',
      'sergei-lavrov',
      ['2023-07', '2024-04-09'],
    ],
    [
      'an agreement in the perfect and a pact of 2001',
      'Saudi Arabia and Iran have agreed to restore diplomatic relations in a deal brokered by China. Saudi Arabia and ' +
        'Iran had agreed in 2001 to a security pact.',
      '2023-03-11',
      'AGREEMENT',
      'saudi-arabia',
      'iran',
      ['2001', '2023-03-11'],
    ],
    [
      'an "also" meeting of a dated lead and a meeting of January',
      'US President Joe Biden met Chinese President Xi Jinping in Woodside, California, on Wednesday. Biden also met ' +
        'Mexican President Andres Manuel Lopez Obrador. Biden and Lopez Obrador met in Mexico City in January.',
      '2023-11-17',
      'MEETING',
      'joe-biden',
      'andres-manuel-lopez-obrador',
      ['2023-01', '2023-11-15'],
    ],
    [
      'a definite trip of last September dates no "also" talks of the news',
      'President Recep Tayyip Erdogan held a meeting with Chinese President Xi Jinping in Astana on Thursday. Erdogan ' +
        'also had talks with Belarusian President Aleksandr Lukashenko. Before he came to the summit, the president had ' +
        'been in touch with member states, including his trip to Russia last September.',
      '2024-07-04',
      'MEETING',
      'recep-tayyip-erdogan',
      'alexander-lukashenko',
      ['2024-07-04'],
    ],
    [
      "a mediation of last year implies no agreement of its parties read off this week's truce",
      'Egypt brokered a truce between Israel and Islamic Jihad, which took effect at 11.30 p.m. on Sunday. Sources said ' +
        'Israel and Islamic Jihad had agreed to a ceasefire in Gaza. Last year, Egypt managed to broker a ceasefire to ' +
        'end 11 days of Israeli strikes on Gaza.',
      '2022-08-08',
      'AGREEMENT',
      'israel',
      'palestinian-islamic-jihad',
      ['2022-08-07'],
    ],
    [
      'must not: a day within the news week is the news occasion',
      'Russian Foreign Minister Sergei Lavrov has met Turkish Foreign Minister Hakan Fidan in Antalya. Lavrov and Fidan ' +
        'met on Saturday.',
      '2024-03-04',
      'MEETING',
      'sergei-lavrov',
      'hakan-fidan',
      ['2024-03-02'],
    ],
    [
      'must not: a definite "the talks" with a date is the lead\'s talks',
      'Iranian Foreign Minister Mohammad Javad Zarif has held talks with Pakistani Foreign Minister Shah Mehmood ' +
        'Qureshi. The talks on Feb. 12 were constructive.',
      '2025-03-04',
      'MEETING',
      'mohammad-javad-zarif',
      'shah-mahmood-qureshi',
      ['2025-03-04'],
    ],
    [
      'must not: an undated mention that is no news keeps the date of its occasion',
      'Japan and the Philippines signed a defence pact in 2024. The two countries signed the pact in Manila.',
      '2025-03-04',
      'AGREEMENT',
      'japan',
      'philippines',
      ['2024'],
    ],
    [
      'must not: the other direction is another relation',
      'Mexico has recalled its ambassador from Peru. Peru expelled the Mexican ambassador in December.',
      '2023-02-25',
      'SANCTION',
      'mexico',
      'peru',
      ['2022-12', 'none'],
    ],
  ];
  it.each(rows)('%s', (_what, text, published, type, a, b, expected) =>
    expect(datesOf(text, published, type, a, b)).toEqual(expected),
  );
});

describe('isBeforeNewsWeek: a date wholly before the week up to a news day', () => {
  /** [a date, a news day, whether the date lies wholly before the week up to it]. */
  const rows: [string, string, boolean][] = [
    ['2010', '2024-05-03', true],
    ['2023-07', '2023-12-07', true],
    ['2024-04-25', '2024-05-03', true],
    // (must not: the day a week before, the month or year of the news day, a year-less date)
    ['2024-04-26', '2024-05-03', false],
    ['2024-05', '2024-05-03', false],
    ['2024', '2024-05-03', false],
    ['2024-04', '2024-05-03', false],
    ['--02-12', '2024-05-03', false],
  ];
  it.each(rows)('%s before the week up to %s: %s', (date, day, expected) =>
    expect(isBeforeNewsWeek(date, day)).toBe(expected),
  );
});
