import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, parseArticle } from '../../../src/extract';
import { boundEvents, boundMentions } from '../../../src/extract/9-bounds';
import type { EventMention } from '../../../src/extract/6-events';
import type { ExtractedEvent } from '../../../src/domain/types';
import { articleOf } from './articleOf';

/**
 * Time as bounds (src/extract/9-bounds.ts), through the whole pipeline: each row is [what it shows, sentences,
 * publication date, the event (its type and one actor), its expected "earliest..latest" ("?" unknown), or null when
 * no such event may be extracted]. Sentences follow real news phrasing ("later briefed", "days later", "a week after",
 * "ahead of the summit", "last month"); each rule has a row that must set the bound and one that must not.
 */

const isEvent = (selector: string) => (e: ExtractedEvent) => {
  const [type, actor] = selector.split(' ');
  return e.type === type && e.participants.some((p) => p.actorId === actor);
};

const shown = (e: ExtractedEvent) => `${e.earliest ?? '?'}..${e.latest ?? '?'}`;

/** The bounds of the first event that fits the selector ("BRIEFING abbas-araghchi"), or null if none does. */
function boundsOf(body: string, published: string | null, selector: string): string | null {
  const event = extract(articleOf(body, published)).events.find(isEvent(selector));
  return event ? shown(event) : null;
}

type Row = [string, string, string | null, string, string | null];

const RIYADH = 'U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Feb. 18.';
/** A first sentence without a date or an event, so that no later sentence takes the news day. */
const NO_NEWS = 'The Kremlin gave no further details.';

const rows: Row[] = [
  // A dated event spans its date's precision.
  ['a day is itself', RIYADH, '2025-03-04', 'MEETING marco-rubio', '2025-02-18..2025-02-18'],
  [
    'a month spans its days',
    'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin in February.',
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-01..2025-02-28',
  ],
  [
    'a month spans its days, in a leap year too',
    'U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping in February.',
    '2024-03-10',
    'CALL joe-biden',
    '2024-02-01..2024-02-29',
  ],
  [
    'a year spans the year',
    `${NO_NEWS} Russia and Iran signed a comprehensive strategic partnership treaty in 2022.`,
    '2025-03-04',
    'AGREEMENT russia',
    '2022-01-01..2022-12-31',
  ],
  ['must not: a date without a year (no publication date) bounds nothing', RIYADH, null, 'MEETING marco-rubio', '?..?'],
  // A published report tells what happened no later than its publication day.
  [
    'an undated event is no later than publication',
    `${NO_NEWS} Turkish Foreign Minister Hakan Fidan also met with U.S. Secretary of State Antony Blinken in Brussels.`,
    '2024-04-04',
    'MEETING hakan-fidan',
    '?..2024-04-04',
  ],
  [
    'a publication month caps at its last day',
    `${NO_NEWS} Turkish Foreign Minister Hakan Fidan also met with U.S. Secretary of State Antony Blinken in Brussels.`,
    '2024-04',
    'MEETING hakan-fidan',
    '?..2024-04-30',
  ],
  [
    'must not: without a publication date, no cap',
    `${NO_NEWS} Turkish Foreign Minister Hakan Fidan also met with U.S. Secretary of State Antony Blinken in Brussels.`,
    null,
    'MEETING hakan-fidan',
    '?..?',
  ],
  [
    'must not: an event reported as ahead is no event at all, so has no bounds',
    `${NO_NEWS} Russian Foreign Minister Sergei Lavrov will meet Turkish Foreign Minister Hakan Fidan in Moscow next week.`,
    '2025-03-04',
    'MEETING sergei-lavrov',
    null,
  ],
  // "later", "subsequently": after the event told before.
  [
    'later: after the event of the sentence before (the issue-21 example)',
    `${RIYADH} Lavrov later briefed Iranian Foreign Minister Abbas Araghchi.`,
    '2025-03-04',
    'BRIEFING abbas-araghchi',
    '2025-02-18..2025-03-04',
  ],
  [
    'later: after the event told before it in its own sentence',
    `${NO_NEWS} Russian Foreign Minister Sergei Lavrov met Saudi Foreign Minister Faisal bin Farhan in Riyadh on Feb. 18; he later spoke with Iranian Foreign Minister Abbas Araghchi.`,
    '2025-03-04',
    'MEETING abbas-araghchi',
    '2025-02-18..2025-03-04',
  ],
  [
    'must not: "later" with no event before it',
    `${NO_NEWS} Russian Foreign Minister Sergei Lavrov later briefed Iranian Foreign Minister Abbas Araghchi.`,
    '2025-03-04',
    'BRIEFING abbas-araghchi',
    '?..2025-03-04',
  ],
  [
    'must not: "later in the week" is a time of its own, not an order',
    `${RIYADH} Lavrov briefed Iranian Foreign Minister Abbas Araghchi later in the week.`,
    '2025-02-20',
    'BRIEFING abbas-araghchi',
    // (The days of the week of publication, Monday on, not "after the meeting of Feb. 18".)
    '2025-02-17..2025-02-20',
  ],
  [
    'must not: "later this year" speaks of what is ahead, and orders nothing',
    `${RIYADH} U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin, and the two leaders agreed to meet later this year.`,
    '2025-03-04',
    'CALL vladimir-putin',
    '?..2025-03-04',
  ],
  [
    'subsequently: after the event before',
    `${RIYADH} Lavrov subsequently held talks with Turkish Foreign Minister Hakan Fidan.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '2025-02-18..2025-03-04',
  ],
  [
    'must not: "subsequently" with no event before it',
    `${NO_NEWS} Russian Foreign Minister Sergei Lavrov subsequently held talks with Turkish Foreign Minister Hakan Fidan.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '?..2025-03-04',
  ],
  [
    'a later call: after the event before',
    `${RIYADH} In a later call with Saudi Crown Prince Mohammed bin Salman, U.S. President Donald Trump praised the talks.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-18..2025-03-04',
  ],
  // "days later", "three hours later", "the following day".
  [
    'days later: at least a day after',
    `${RIYADH} Days later, U.S. President Donald Trump called Russian President Vladimir Putin.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-19..2025-03-04',
  ],
  [
    'two days later: exactly two days after (a count of days is exact)',
    `${RIYADH} Two days later, U.S. President Donald Trump called Russian President Vladimir Putin.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-20..2025-02-20',
  ],
  [
    'three hours later: the same day or the next (hours count no day)',
    `${RIYADH} Three hours later, U.S. President Donald Trump called Russian President Vladimir Putin.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-18..2025-02-19',
  ],
  [
    'must not: "days later" with no event before it',
    `${NO_NEWS} Days later, U.S. President Donald Trump called Russian President Vladimir Putin.`,
    '2025-03-04',
    'CALL donald-trump',
    '?..2025-03-04',
  ],
  [
    'the following day: exactly a day after',
    `${RIYADH} The following day, Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '2025-02-19..2025-02-19',
  ],
  [
    'the next day: exactly a day after',
    `${RIYADH} Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara the next day.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '2025-02-19..2025-02-19',
  ],
  [
    'the previous day: exactly a day before the event told before, dated to the day',
    `${RIYADH} The previous day, Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '2025-02-17..2025-02-17',
  ],
  [
    'a day earlier: exactly a day before',
    `${RIYADH} A day earlier, Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '2025-02-17..2025-02-17',
  ],
  [
    'must not: a hedged count is no exact span ("nearly four days after": after, no more)',
    `${RIYADH} Nearly four days after the meeting, U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-22..2025-03-04',
  ],
  [
    'must not: "for a day after" is a duration of the verb before, no span between events',
    `${RIYADH} Lavrov held talks with Turkish Foreign Minister Hakan Fidan in Ankara for a day after the meeting.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '2025-02-18..2025-03-04',
  ],
  [
    'must not: "the following week" is a week on at the least, not exactly',
    `${RIYADH} The following week, Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara.`,
    '2025-03-04',
    'MEETING hakan-fidan',
    '2025-02-25..2025-03-04',
  ],
  // "after", "following", "a week after": after what the phrase names.
  [
    'a week after the meeting: seven days after the meeting told before',
    `${RIYADH} A week after the meeting, U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-25..2025-03-04',
  ],
  [
    'must not: "a week after talks" with nothing dated',
    `${NO_NEWS} A week after talks with Saudi officials, U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone.`,
    '2025-03-04',
    'CALL vladimir-putin',
    '?..2025-03-04',
  ],
  [
    'after the meeting in Riyadh: after the event told before',
    `${RIYADH} U.S. President Donald Trump called Russian President Vladimir Putin after the meeting in Riyadh.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-18..2025-03-04',
  ],
  [
    'after the Feb. 18 meeting (the issue-21 example; the event stage dates the call by it)',
    `${NO_NEWS} After the Feb. 18 meeting, U.S. President Donald Trump called Russian President Vladimir Putin.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-18..2025-02-18',
  ],
  [
    'must not: "after talks" with nothing dated',
    `${NO_NEWS} U.S. President Donald Trump called Russian President Vladimir Putin after talks in Riyadh.`,
    '2025-03-04',
    'CALL donald-trump',
    '?..2025-03-04',
  ],
  [
    'following the talks: after the event told before',
    `${RIYADH} Following the talks, Lavrov spoke by phone with Iranian Foreign Minister Abbas Araghchi.`,
    '2025-03-04',
    'CALL abbas-araghchi',
    '2025-02-18..2025-03-04',
  ],
  [
    'must not: "following talks" with no event told before',
    `${NO_NEWS} Following talks with Saudi officials, Russian Foreign Minister Sergei Lavrov spoke by phone with Iranian Foreign Minister Abbas Araghchi.`,
    '2025-03-04',
    'CALL abbas-araghchi',
    '?..2025-03-04',
  ],
  [
    'came a day after: the object event exactly a day before the dated comments',
    `${NO_NEWS} French Foreign Minister Jean-Yves Le Drian's comments on Thursday came a day after the United States, United Kingdom and Australia announced a security partnership.`,
    '2021-09-17',
    'ALLIANCE australia',
    '2021-09-15..2021-09-15',
  ],
  [
    'comes a day after: the object a day before the undated visit of the news day (Reuters, 2025)',
    "MOSCOW (Reuters) - US President Donald Trump's envoy Steve Witkoff met President Vladimir Putin in Moscow on Friday. Witkoff's latest visit to Moscow comes a day after Trump criticised a Russian missile and drone attack on Kyiv that killed at least 12 people.",
    '2025-04-25',
    'CRITICISM donald-trump',
    '2025-04-24..2025-04-24',
  ],
  [
    'exactly a week after: seven days before the day the sentence before writes (win247, 2025)',
    "A high-level meeting was held on Friday in Geneva between Iran's foreign minister Abbas Araghchi and top European diplomats. The meeting takes place exactly a week after Israel attacked Iran in escalation of the crisis.",
    '2025-06-20',
    'CONFLICT israel',
    '2025-06-13..2025-06-13',
  ],
  [
    'came nearly a month after, nothing else dated: a month before publication at the latest, not in its month (India Today, 2025)',
    `${NO_NEWS} The diplomatic exchange came nearly a month after Trump and Xi held in-person talks in South Korea.`,
    '2025-11-25',
    'MEETING donald-trump',
    '?..2025-10-28',
  ],
  [
    'must not: "a week after" without "exactly" is a week at the least (Arab News, 2025)',
    'US President Donald Trump renewed a threat to impose sanctions on Russia on Friday, showing frustration at Moscow a week after his meeting with Russian President Vladimir Putin in Alaska.',
    '2025-08-23',
    'MEETING vladimir-putin',
    '?..2025-08-15',
  ],
  [
    'must not: "came after" with nothing dated outside its object',
    `${NO_NEWS} The comments came after the United States, United Kingdom and Australia announced a security partnership.`,
    '2021-09-17',
    'ALLIANCE australia',
    '?..2021-09-17',
  ],
  // "since": after what it names.
  [
    'since the talks: after the event told before',
    `${RIYADH} Lavrov spoke by phone with Iranian Foreign Minister Abbas Araghchi, their first conversation since the talks.`,
    '2025-03-04',
    'CALL abbas-araghchi',
    '2025-02-18..2025-03-04',
  ],
  [
    'must not: "since 2014" dates a state (its start), and bounds it by that year, not up to publication',
    `${NO_NEWS} Russia has been at war with Ukraine since 2014.`,
    '2025-03-04',
    'CONFLICT russia',
    '2014-01-01..2014-12-31',
  ],
  // "before", "ahead of", "prior to": before what they name.
  [
    'ahead of the summit on March 3 (the issue-21 example; the event stage dates the call by it)',
    `${NO_NEWS} U.S. President Donald Trump called Russian President Vladimir Putin ahead of the summit on March 3.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-03-03..2025-03-03',
  ],
  [
    'ahead of the talks: before the event told before, dated to the day',
    `${RIYADH} Ahead of the talks, Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-02-18',
  ],
  [
    // (Published early in a month, so that the week of the news spans two and dates nothing: 8-carryDates.ts.)
    'must not: "ahead of formal meetings" with nothing dated',
    `${NO_NEWS} Australian Prime Minister Malcolm Turnbull held talks with U.S. President Barack Obama ahead of formal meetings with both leaders.`,
    '2015-11-03',
    'MEETING barack-obama',
    '?..2015-11-03',
  ],
  [
    'before the talks: before the event told before, dated to the day',
    `${RIYADH} Before the talks, Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-02-18',
  ],
  [
    'prior to: before what it names',
    `${NO_NEWS} Prior to the Feb. 18 talks in Riyadh, Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-02-18',
  ],
  [
    'must not: "went ahead" is no "ahead of"',
    `${NO_NEWS} The talks went ahead as Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-03-04',
  ],
  [
    'must not: "before talks" with nothing dated',
    `${NO_NEWS} Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman before talks with Saudi officials.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-03-04',
  ],
  [
    'must not: "a prior agreement" is no "prior to"',
    `${RIYADH} Rubio spoke by phone with Saudi Crown Prince Mohammed bin Salman about a prior agreement.`,
    '2025-03-04',
    'CALL mohammed-bin-salman',
    '?..2025-03-04',
  ],
  // "earlier", "previously": before the event told before, when it is dated to the day.
  [
    'earlier: before the event of the sentence before',
    `Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Abbas Araghchi in Tehran on Feb. 25. Earlier, Lavrov met Turkish Foreign Minister Hakan Fidan.`,
    '2025-03-14',
    'MEETING hakan-fidan',
    '?..2025-02-25',
  ],
  [
    'previously: before the event of the sentence before',
    `Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Abbas Araghchi in Tehran on Feb. 25. Lavrov had previously met Turkish Foreign Minister Hakan Fidan in Ankara.`,
    '2025-03-14',
    'MEETING hakan-fidan',
    '?..2025-02-25',
  ],
  [
    'must not: "earlier" after background dated to a month only (earlier than the news, not than July)',
    `${NO_NEWS} Athens believes the council agreed during the meeting of Turkish President Recep Tayyip Erdogan with U.S. President Joe Biden in Vilnius last July could help. Erdogan met earlier with Greek President Katerina Sakellaropoulou at the Presidential Mansion.`,
    '2023-12-07',
    'MEETING katerina-sakellaropoulou',
    '?..2023-12-07',
  ],
  [
    'must not: "earlier this month" is a date of its own',
    `${RIYADH} Lavrov met Turkish Foreign Minister Hakan Fidan earlier this month.`,
    '2025-03-14',
    'MEETING hakan-fidan',
    '2025-03-01..2025-03-14',
  ],
  [
    'must not: "previously" with no event before it',
    `${NO_NEWS} Russian Foreign Minister Sergei Lavrov had previously met Turkish Foreign Minister Hakan Fidan in Ankara.`,
    '2025-03-14',
    'MEETING hakan-fidan',
    '?..2025-03-14',
  ],
  // "last month", "last year": counted from publication.
  [
    'last month: the month before publication',
    `${NO_NEWS} U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin last month.`,
    '2025-03-04',
    'CALL donald-trump',
    '2025-02-01..2025-02-28',
  ],
  [
    'last month in January: December of the year before',
    `${NO_NEWS} U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin last month.`,
    '2025-01-10',
    'CALL donald-trump',
    '2024-12-01..2024-12-31',
  ],
  [
    'last year: the year before publication',
    `${NO_NEWS} Russia and North Korea signed a mutual defence treaty last year.`,
    '2025-03-04',
    'AGREEMENT russia',
    '2024-01-01..2024-12-31',
  ],
  [
    'must not: "last year" without a publication date bounds nothing',
    `${NO_NEWS} Russia and North Korea signed a mutual defence treaty last year.`,
    null,
    'AGREEMENT russia',
    '?..?',
  ],
  [
    'must not: "last month" without a publication date bounds nothing',
    `${NO_NEWS} U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin last month.`,
    null,
    'CALL donald-trump',
    '?..?',
  ],
];

describe('bounds of every event', () => {
  it.each(rows)('%s', (_what, body, published, selector, expected) => {
    expect(boundsOf(body, published, selector)).toBe(expected);
  });
});

describe('an undated event takes the date its bounds tell, last of all its sources', () => {
  /** [what it shows, sentences, publication date, the event, its expected date]. */
  const dated: [string, string, string, string, string | null][] = [
    [
      'a count of days pins the day',
      `${RIYADH} Two days later, U.S. President Donald Trump called Russian President Vladimir Putin.`,
      '2025-03-04',
      'CALL donald-trump',
      '2025-02-20',
    ],
    [
      'a relation on the day it is pinned to',
      `${NO_NEWS} French Foreign Minister Jean-Yves Le Drian's comments on Thursday came a day after the United States, United Kingdom and Australia announced a security partnership.`,
      '2021-09-17',
      'ALLIANCE australia',
      '2021-09-15',
    ],
    [
      'bounds within one month give the month',
      `${RIYADH} Lavrov later briefed Iranian Foreign Minister Abbas Araghchi.`,
      '2025-02-28',
      'BRIEFING abbas-araghchi',
      '2025-02',
    ],
    [
      'must not: bounds across two months give no date',
      `${RIYADH} Lavrov later briefed Iranian Foreign Minister Abbas Araghchi.`,
      '2025-03-04',
      'BRIEFING abbas-araghchi',
      null,
    ],
    [
      'must not: a relation takes no month from its bounds (they say when it held, not when it began)',
      `${RIYADH} After the meeting, Russia launched strikes on Ukraine.`,
      '2025-02-25',
      'CONFLICT ukraine',
      null,
    ],
    [
      'must not: an event bounded only by publication stays undated',
      `${NO_NEWS} Turkish Foreign Minister Hakan Fidan also met with U.S. Secretary of State Antony Blinken in Brussels.`,
      '2024-04-04',
      'MEETING hakan-fidan',
      null,
    ],
  ];
  it.each(dated)('%s', (_what, body, published, selector, expected) => {
    const event = extract(articleOf(body, published)).events.find(isEvent(selector));
    expect(event?.date).toBe(expected);
  });
});

describe('merge: two reports of one event', () => {
  const eventsOf = (body: string) =>
    extract(articleOf(body, '2025-03-04'))
      .events.filter(isEvent('MEETING hakan-fidan'))
      .map((e) => `${e.date ?? 'undated'} ${shown(e)}`);

  it('intersects their bounds', () => {
    expect(
      eventsOf(
        `${NO_NEWS} Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in February. Lavrov and Fidan met in Moscow on Feb. 12.`,
      ),
    ).toEqual(['2025-02-12 2025-02-12..2025-02-12']);
  });

  it('keeps apart two reports whose bounds do not meet: two meetings, not one', () => {
    expect(
      eventsOf(
        `${NO_NEWS} Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in Moscow on Feb. 10. ${RIYADH} Lavrov later met Fidan in Ankara.`,
      ),
    ).toEqual(['2025-02-10 2025-02-10..2025-02-10', 'undated 2025-02-18..2025-03-04']);
  });
});

describe('the seed article (issue 21: the time-respecting Rubio → Lavrov → Araghchi path)', () => {
  const seed = join(__dirname, '../../../seeds/articles/00-russia-us-iran-mediation.txt');
  const graph = extract(parseArticle(readFileSync(seed, 'utf8'), '00-russia-us-iran-mediation.txt'));
  const bounds = (selector: string) => graph.events.filter(isEvent(selector)).map(shown);

  it('bounds the undated briefing between the Riyadh meeting and publication', () => {
    expect(bounds('BRIEFING abbas-araghchi')).toEqual(['2025-02-18..2025-03-04']);
    expect(bounds('MEETING marco-rubio')).toEqual(['2025-02-18..2025-02-18']);
  });
});

describe('boundMentions and boundEvents on their own', () => {
  const mention = (date: string | null, extra: Partial<EventMention> = {}): EventMention => ({
    type: 'CALL',
    participants: [],
    date,
    location: null,
    confidence: 0.8,
    evidence: { sentence: 'x', start: 0, end: 1 },
    rule: 'r',
    ...extra,
  });
  const event = (date: string | null, earliest: string | null, latest: string | null): ExtractedEvent => ({
    id: 'e',
    type: 'CALL',
    participants: [],
    date,
    location: null,
    confidence: 0.8,
    evidence: [],
    earliest,
    latest,
  });

  it('bounds a mention without a trigger (none to read ordering words around) by its date and publication only', () => {
    const [m] = boundMentions([mention('2025-02')], { sentences: [], dates: [], published: '2025-02-10' });
    expect(m).toMatchObject({ earliest: '2025-02-01', latest: '2025-02-10' });
  });

  it('does not cap an event its own date places after publication', () => {
    expect(boundEvents([event('2025-03-10', null, null)], '2025-03-04').map(shown)).toEqual(['2025-03-10..2025-03-10']);
  });

  it("keeps the date where a carried date and the mentions' bounds disagree (bounds never change a date)", () => {
    expect(boundEvents([event('2025-02-10', '2025-02-18', '2025-03-04')], '2025-03-04').map(shown)).toEqual([
      '2025-02-10..2025-02-10',
    ]);
  });

  it("narrows the mentions' bounds by the final date", () => {
    expect(boundEvents([event('2025-02', '2025-02-18', '2025-03-04')], '2025-03-04').map(shown)).toEqual([
      '2025-02-18..2025-02-28',
    ]);
  });
});
