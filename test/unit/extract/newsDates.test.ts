import { extract } from '../../../src/extract';
import type { ExtractedEvent } from '../../../src/domain/types';
import { articleOf } from './articleOf';

/**
 * The month of the news (8-carryDates.ts datedByNews), through the whole pipeline: an event that nothing else dates,
 * told in the simple past past the opening of a news report, happened in the week up to publication. Rows after real
 * wire phrasings ("X also held a telephone conversation with Y", "In a parallel outreach, X spoke with Y", "X, in a
 * later call with Y, ..."), names and wording changed; each condition has a row that must not date.
 */

/** Sentences without an event or a date, to carry the tested sentence past the opening (6 sentences). */
const FILLER = ' The ministry gave no further details.'.repeat(5);
/** A news report: its opening dates a call to the day, within the week up to publication. */
const NEWS = `Turkish President Recep Tayyip Erdogan spoke by phone with Iranian President Ebrahim Raisi on Sunday.${FILLER}`;

const isWith = (actor: string) => (e: ExtractedEvent) => e.participants.some((p) => p.actorId === actor);

/** The date of the first event with `actor`, or "none" when no such event is extracted. */
function dateWith(body: string, published: string, actor: string): string | null {
  const event = extract(articleOf(body, published)).events.find(isWith(actor));
  return event === undefined ? 'none' : event.date;
}

describe('datedByNews: an undated event of a news report happened in the month of the news', () => {
  /** [what it shows, sentences, publication date, the actor of the event, its expected date ("none": no event)]. */
  const rows: [string, string, string, string, string | null][] = [
    [
      'an "also" round of calls',
      `${NEWS} Erdogan also held a telephone conversation with the President of Uzbekistan, Shavkat Mirziyoyev.`,
      '2024-03-31',
      'shavkat-mirziyoyev',
      '2024-03',
    ],
    [
      'a separate call',
      `${NEWS} In a separate call, Erdogan spoke with Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      '2024-03',
    ],
    [
      'must not: the week up to publication spans two months',
      `${NEWS} Erdogan also held a telephone conversation with Azerbaijani President Ilham Aliyev.`,
      '2024-04-03',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: told in the past perfect, a time before the news',
      `${NEWS} Erdogan had spoken with Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: told in the present perfect',
      `${NEWS} Erdogan has spoken with Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: "recently" is before the news',
      `${NEWS} Erdogan recently spoke with Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: "years ago"',
      `${NEWS} Erdogan met Azerbaijani President Ilham Aliyev years ago.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: the sentence before moved the story to another time',
      `${NEWS} In 2019, Erdogan met Russian President Vladimir Putin in Sochi. Erdogan also met Azerbaijani President Ilham Aliyev in Baku.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: a report that opens further back has no news',
      `In 2019, Erdogan met Russian President Vladimir Putin in Sochi.${FILLER} Erdogan also held a telephone conversation with Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      null,
    ],
    [
      'must not: what is ahead is no event at all',
      `${NEWS} Erdogan will meet Azerbaijani President Ilham Aliyev.`,
      '2024-03-31',
      'ilham-aliyev',
      'none',
    ],
  ];
  it.each(rows)('%s', (_what, body, published, actor, expected) =>
    expect(dateWith(body, published, actor)).toBe(expected),
  );

  it('leaves a relation undated: when it began is not told', () => {
    const events = extract(
      articleOf(`${NEWS} Russia and Iran strengthened their military alliance.`, '2024-03-31'),
    ).events;
    expect(events.find((e) => e.type === 'ALLIANCE')?.date).toBeNull();
  });
});

describe('an event of the opening told in the past perfect happened before the news day, in the week before it', () => {
  /** An opening that dates a call to `day`; the tested sentence comes second, inside the opening. */
  const opening = (day: string) =>
    `Turkish President Recep Tayyip Erdogan spoke by phone with Iranian President Ebrahim Raisi on ${day}.`;
  const ALIYEV = 'Azerbaijani President Ilham Aliyev';
  /** [what it shows, the opening's day, second sentence, publication date, expected date of the Erdogan-Aliyev event]. */
  const rows: [string, string, string, string, string | null][] = [
    // After real wires ("Trump had publicly urged Putin and Zelensky to attend the talks", in a report of a call).
    ['a past perfect of the reporter', 'Sunday', `Erdogan had urged ${ALIYEV} to attend.`, '2024-03-31', '2024-03'],
    ['with an adverb between', 'Sunday', `Erdogan had earlier met ${ALIYEV} in Baku.`, '2024-03-31', '2024-03'],
    // Must not: reported speech's past perfect is the speaker's own past (the news day); "had talks" is no perfect.
    ['must not: reported speech', 'Sunday', `Erdogan said he had met ${ALIYEV} in Baku.`, '2024-03-31', '2024-03-31'],
    [
      'must not: words after "claimed that"',
      'Sunday',
      `Erdogan claimed that he had met ${ALIYEV} in Baku.`,
      '2024-03-31',
      '2024-03-31',
    ],
    ['must not: "had" as the verb', 'Sunday', `Erdogan had talks with ${ALIYEV} in Baku.`, '2024-03-31', '2024-03-31'],
    // Must not: the week before the news day (Tuesday 2024-04-02) spans two months, so no month is told.
    ['must not: a week across two months', 'Tuesday', `Erdogan had met ${ALIYEV} in Baku.`, '2024-04-03', null],
  ];
  it.each(rows)('%s', (_what, day, second, published, expected) =>
    expect(dateWith(`${opening(day)} ${second}`, published, 'ilham-aliyev')).toBe(expected),
  );
});

describe('an opening dated only by the month of publication still tells the news', () => {
  /** After a real wire ("met Khalilzad for the first time since peace talks broke down earlier this month"). */
  const opening = (when: string) =>
    `Erdogan met Armenian Prime Minister Nikol Pashinyan in Ankara for the first time since talks collapsed ${when}.`;
  const LATER = ' Erdogan also held a telephone conversation with the President of Uzbekistan, Shavkat Mirziyoyev.';
  /** [what it shows, when the opening's talks collapsed, expected date of the later call]. */
  const rows: [string, string, string | null][] = [
    ['"earlier this month"', 'earlier this month', '2024-03'],
    ['"last week"', 'last week', '2024-03'],
    // Must not: a year is too wide to tell the news week, a month further back is another time.
    ['must not: "this year"', 'this year', null],
    ['must not: a month before', 'in January', null],
    ['must not: a deadline of last month', 'by the end of February', null],
  ];
  it.each(rows)('%s', (_what, when, expected) =>
    expect(dateWith(`${opening(when)}${FILLER}${LATER}`, '2024-03-28', 'shavkat-mirziyoyev')).toBe(expected),
  );
});

describe('a day written out further into the opening is background; an undated perfect lead is of publication', () => {
  // After a report from Nairobi of Tuesday 2024-02-27 (names kept, wording changed).
  const lead = 'Ethiopian Prime Minister Abiy Ahmed has arrived in Kenya for talks with President William Ruto.';
  const background =
    ' Abiy was last in Kenya in December 2020. His last state visit was in June 2018. Prime Cabinet Secretary Musalia Mudavadi was in Ethiopia on February 22, where he signed cooperation deals.';
  const rows: [string, string, string, string | null][] = [
    ['an undated perfect lead, a written day further on', `${lead}${background}`, 'william-ruto', '2024-02-27'],
    [
      'must not: a day written out in the second sentence may still be the news day',
      `Abiy Ahmed held talks with President William Ruto in Nairobi. The talks were held on February 22 at State House.`,
      'william-ruto',
      '2024-02-22',
    ],
    [
      'must not: a counted day further on still gives the news day',
      `${lead} Abiy was last in Kenya in December 2020. His last state visit was in June 2018. Mudavadi said on Monday the visit would deepen ties.`,
      'william-ruto',
      '2024-02-26',
    ],
    [
      'must not: an undated lead in the simple past takes no publication day past its dated background',
      `Abiy Ahmed held talks with President William Ruto in Nairobi.${background}`,
      'william-ruto',
      null,
    ],
  ];
  it.each(rows)('%s', (_what, text, actor, expected) => expect(dateWith(text, '2024-02-27', actor)).toBe(expected));
});

describe('a span of days ordering an event away from the news keeps it from the news day', () => {
  // After a New York Times report of a Middle East tour; 2024-02-06 is a Tuesday, published two days on.
  const lead = 'Blinken met Egyptian President Abdel Fattah el-Sisi on Tuesday.';
  const rows: [string, string, string | null][] = [
    [
      '"a day earlier": the day before',
      'A day earlier, Mr. Blinken met Crown Prince Mohammed bin Salman in Riyadh.',
      '2024-02-05',
    ],
    [
      '"the previous day"',
      'The previous day, Mr. Blinken met Crown Prince Mohammed bin Salman in Riyadh.',
      '2024-02-05',
    ],
    ['"two days later"', 'Two days later, Mr. Blinken met Crown Prince Mohammed bin Salman in Riyadh.', '2024-02-08'],
    [
      'must not: "hours later" is the same day',
      'Hours later, Mr. Blinken met Crown Prince Mohammed bin Salman in Riyadh.',
      '2024-02-06',
    ],
    [
      'must not: no span, the news day',
      'Mr. Blinken also met Crown Prince Mohammed bin Salman in Riyadh.',
      '2024-02-06',
    ],
  ];
  it.each(rows)('%s', (_what, text, expected) =>
    expect(dateWith(`${lead} ${text}`, '2024-02-08', 'mohammed-bin-salman')).toBe(expected),
  );
});
