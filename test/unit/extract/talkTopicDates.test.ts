import { datedEdgesOf } from './eventTable';

/**
 * A day told before a deed's noun, nearer a call or a meeting standing between them, is the day the deed was spoken
 * of, not the day it happened (6-events/circumstances.ts isDateOfTalkAbout); a date weeks back closing the phrase of
 * force a call speaks of is the force's (isDateOfForceSpokenOf). Phrasings of 2024-2025 wire reports (pravda.com.ua,
 * menafn.com, worldisraelnews.com, rediff.com, nenow.in, indiatvnews.com), shortened. Rows that must not apply: the
 * deed's own date after its noun, a condemnation (the day's reaction), a month or a year (which spans the talk and its
 * topic), a verb of force, what the talk itself is, and a date in the week of the news.
 */

/** "TYPE a->b date" of every event of a type. */
const edges = (body: string, published: string, type: string): string[] =>
  datedEdgesOf(body, published).filter((e) => e.startsWith(`${type} `));

describe('a day before a deed’s noun, nearer a talk about it, is the talk’s', () => {
  const rows: [string, string, string, string, string][] = [
    [
      'a conversation’s day, the attacks it addressed',
      'Their previous conversation on June 14 addressed Israel’s attacks on Iran’s nuclear sites.',
      '2025-07-04',
      'CONFLICT',
      'CONFLICT israel->iran none',
    ],
    [
      'what two leaders discussed, told on Tuesday',
      'Earlier on Tuesday, the Kremlin said that Putin and Macron had discussed the tensions in the Middle East and Russia’s invasion of Ukraine.',
      '2025-07-01',
      'CONFLICT',
      'CONFLICT russia->ukraine none',
    ],
    [
      'a call early Sunday, amid an attack begun before it',
      'Israeli Prime Minister Benjamin Netanyahu spoke over the phone with President Joe Biden early Sunday morning, following deliberations amid an ongoing Iranian attack on Israel.',
      '2024-04-14',
      'CONFLICT',
      'CONFLICT iran->israel none',
    ],
    [
      'must not: the deed’s own day after its noun',
      'Hezbollah on Monday condemned Israel’s strikes on Syria on Sunday.',
      '2024-12-10',
      'CONFLICT',
      'CONFLICT israel->syria 2024-12-08',
    ],
    [
      'must not: a condemnation is the day’s reaction, dated with its deed',
      'Hezbollah condemned on Monday increased Israeli strikes on Syria and said it stood by the country’s people.',
      '2024-12-10',
      'CONFLICT',
      'CONFLICT israel->syria 2024-12-09',
    ],
    [
      'must not: a deed condemned on the way is dated as the condemnation dates it',
      'Iran’s ambassador to France was summoned to the Foreign Ministry on Monday, where he was informed of Paris’s condemnation of Iran’s attack on Israel.',
      '2025-03-04',
      'CONFLICT',
      'CONFLICT iran->israel 2025-03-03',
    ],
    [
      'must not: a month spans the talk and what it speaks of',
      'In June, Iran cut off contact with the IAEA, protesting its failure to condemn the Israeli strikes on Iran.',
      '2025-09-10',
      'CONFLICT',
      'CONFLICT israel->iran 2025-06',
    ],
    [
      'must not: a verb of force keeps its day',
      'Israeli warplanes struck Syrian army bases on Monday, hours after Hezbollah condemned the raids.',
      '2024-12-10',
      'CONFLICT',
      'CONFLICT israel->syria 2024-12-09',
    ],
    [
      'must not: the talk itself keeps its day, and the deal signed at it',
      'Putin and Trump held talks on Thursday and signed an agreement on energy cooperation.',
      '2025-07-04',
      'AGREEMENT',
      'AGREEMENT vladimir-putin->donald-trump 2025-07-03',
    ],
  ];
  it.each(rows)('%s', (_what, text, published, type, edge) => expect(edges(text, published, type)).toEqual([edge]));
});

describe('a date closing the phrase of another occasion after the trigger is that occasion’s', () => {
  const rows: [string, string, string, string, string[]][] = [
    [
      'a call’s phrase goes on past “ahead of” to a meeting and its day',
      'US President Donald Trump on Thursday held a lengthy call with Russian President Vladimir Putin ahead of his meeting with Ukrainian President Volodymyr Zelenskyy on Friday.',
      '2025-10-17',
      'CALL',
      ['CALL donald-trump->vladimir-putin 2025-10-16'],
    ],
    [
      'a call to apologise for strikes on a day',
      'Israeli Prime Minister Benjamin Netanyahu dialled Qatar PM Mohammed bin Abdulrahman Al Thani from the White House to apologise for the Israeli strikes on Doha on September 11.',
      '2025-09-29',
      'CALL',
      ['CALL benjamin-netanyahu->mohammed-bin-abdulrahman-al-thani none'],
    ],
    [
      'an apology for airstrikes on a day',
      'Netanyahu dialed Qatar’s Prime Minister Mohammed bin Abdulrahman Al Thani to issue an apology for the Israeli airstrikes on Doha on September 11, according to Reuters.',
      '2025-09-29',
      'CALL',
      ['CALL benjamin-netanyahu->mohammed-bin-abdulrahman-al-thani none'],
    ],
    [
      'must not: the strikes keep their own day',
      'Israeli Prime Minister Benjamin Netanyahu dialled Qatar PM Mohammed bin Abdulrahman Al Thani from the White House to apologise for the Israeli strikes on Doha on September 11.',
      '2025-09-29',
      'CONFLICT',
      ['CONFLICT israel->qatar 2025-09-11'],
    ],
    [
      'must not: a date in the week of the news may be the call’s',
      'Netanyahu dialled Qatar PM Mohammed bin Abdulrahman Al Thani to apologise for the Israeli strikes on Doha on September 27.',
      '2025-09-29',
      'CALL',
      ['CALL benjamin-netanyahu->mohammed-bin-abdulrahman-al-thani 2025-09-27'],
    ],
    [
      'must not: the only date, after "ahead of", still dates a verb (the issue-21 reading)',
      'Trump called Putin ahead of the summit on March 3.',
      '2025-03-04',
      'CALL',
      ['CALL donald-trump->vladimir-putin 2025-03-03'],
    ],
    [
      'must not: a noun’s own phrase with no ordering word',
      'Lavrov and Rubio held talks in Riyadh on Feb. 18.',
      '2025-02-20',
      'MEETING',
      ['MEETING sergei-lavrov->marco-rubio 2025-02-18'],
    ],
    [
      'must not: a talk dated before the force it speaks of',
      'Trump called Putin on Tuesday to discuss the Israeli strikes on Iran.',
      '2025-06-25',
      'CALL',
      ['CALL donald-trump->vladimir-putin 2025-06-24'],
    ],
  ];
  it.each(rows)('%s', (_what, text, published, type, expected) =>
    expect(edges(text, published, type)).toEqual(expected),
  );
});
