import { findDates } from '../../../src/extract/5-dates';
import { splitSentences } from '../../../src/extract/2-sentences';
import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

const datesOf = (text: string, published: string | null) =>
  findDates(splitSentences(text), published).dates.map((d) => d.date);

describe('findDates resolves backwards from the publication date', () => {
  const rows: [string, string | null, string[]][] = [
    ['His Feb. 12 call with Putin signaled an effort.', '2025-03-04', ['2025-02-12']],
    ['Trump raised the issue during a phone call in February.', '2025-03-04', ['2025-02']],
    ['Waltz reposted on X on March 2 a message.', '2025-03-04', ['2025-03-02']],
    ['They met on Dec. 20.', '2025-03-04', ['2024-12-20']],
    ['They met in December.', '2025-03-04', ['2024-12']],
    ['It began after Moscow’s 2022 full-scale invasion of Ukraine.', '2025-03-04', ['2022']],
    ['They signed a treaty on 12 June 2024.', '2025-03-04', ['2024-06-12']],
    ['Fidan spoke with Sybiha on Monday.', '2025-03-04', ['2025-03-03']],
    ['Earlier in the week, Ramaphosa spoke to Putin.', '2025-03-06', ['2025-03']],
    ['Xi held talks with Macron in Beijing on Thursday.', '2025-03-04', ['2025-02-27']],
    ['Macron will visit Beijing on Thursday.', '2025-03-04', ['2025-03-06']],
    ['Kim is now due to hold a summit with Moon on April 27.', '2018-04-03', ['2018-04-27']],
    ['Xi is expected to visit Moscow on Monday.', '2025-03-04', ['2025-03-10']],
    ['Trump met Putin on Monday due to the crisis.', '2025-03-04', ['2025-03-03']],
    ['They discussed an upcoming summit in a call on Friday.', '2025-03-04', ['2025-02-28']],
    ['They discussed the upcoming summit on Friday.', '2025-03-04', ['2025-03-07']],
    ['The ministers met yesterday.', '2025-03-04', ['2025-03-03']],
    ['The talks were held this morning.', '2025-03-04', ['2025-03-04']],
    ['Sanctions were imposed last year.', '2025-03-04', ['2024']],
    ['Iran met the deadline and Trump may visit.', '2025-03-04', []],
    ['His Feb. 12 call with Putin signaled an effort.', null, ['--02-12']],
    ['Trump raised the issue during a phone call in February.', null, ['--02']],
    ['Fidan spoke with Sybiha on Monday.', null, []],
    ['Orban visited Kyiv earlier this week.', '2024-07-05', ['2024-07']],
    ['They met last week.', '2025-03-14', ['2025-03']],
    ['They met last week.', '2025-03-04', ['2025']],
    // A day written after the weekday names it; the weekday alone would be the latest Friday (2022-01-28).
    ['Blinken met Lavrov in Geneva on Friday, Jan. 21.', '2022-01-28', ['2022-01-21']],
    ['Blinken met Lavrov in Geneva on Friday (January 21).', '2022-01-28', ['2022-01-21']],
    ['Blinken met Lavrov on Friday 21 January in Geneva.', '2022-01-28', ['2022-01-21']],
    ['Talks were held on Friday, Jan. 21, 2022, in Geneva.', '2023-05-02', ['2022-01-21']],
    // Not a written day: the weekday stands alone, and the month is a date of its own.
    ['Blinken met Lavrov on Friday, in January.', '2022-01-28', ['2022-01-28', '2022-01']],
    ['Blinken met Lavrov on Friday; Feb. 3 was their last call.', '2022-02-28', ['2022-02-25', '2022-02-03']],
  ];
  it.each(rows)('%s (published %s)', (text, published, expected) => expect(datesOf(text, published)).toEqual(expected));

  it('takes the tense of the verb nearest each date, as one sentence may tell the past and the future', () => {
    // Real news phrasings (wires of August 2025).
    const rows: [string, string, string[]][] = [
      [
        'Trump will meet Putin in Alaska on August 15, a week after Witkoff met him in Moscow on August 6.',
        '2025-08-08',
        ['2025-08-15', '2025-08-06'],
      ],
      [
        'On Friday, Trump announced that he will meet Putin in Alaska on August 15.',
        '2025-08-09',
        ['2025-08-08', '2025-08-15'],
      ],
      ['The talks, held on Tuesday, will resume next month.', '2025-03-06', ['2025-03-04']],
      ['Trump said on Friday he will meet Putin.', '2025-03-09', ['2025-03-07']],
      // Must stay in the future: a participle after "be" or "have" is no past tense, the nearest marker decides.
      ['The summit will be held on August 15.', '2025-08-08', ['2025-08-15']],
      ['Putin met Witkoff on Wednesday and will host Trump on Friday.', '2025-08-07', ['2025-08-06', '2025-08-08']],
      ['On Friday, Trump will meet Putin.', '2025-03-04', ['2025-03-07']],
      ['Kim is due to meet Moon, who visited Pyongyang, on April 27.', '2018-04-03', ['2018-04-27']],
    ];
    for (const [text, published, expected] of rows) expect(datesOf(text, published)).toEqual(expected);
  });

  it('reads a bare date after an intention and its infinitive as ahead of the intention', () => {
    // After real wire phrasings ("the two sides agreeing to ... and to hold ministerial meetings on Wednesday").
    const rows: [string, string, string[]][] = [
      [
        'Ruiz met Ortega in Quito, with both sides agreeing to reopen the border and to hold talks on Wednesday.',
        '2015-09-22',
        ['2015-09-23'],
      ],
      ['The ministers agreed on Monday to meet again on Friday.', '2015-09-22', ['2015-09-21', '2015-09-25']],
      ['Sisi hopes to host the two delegations in Cairo on Thursday.', '2025-03-04', ['2025-03-06']],
      ['Lula is preparing to visit Beijing in May.', '2025-03-04', ['2025-05']],
      // Must not look ahead: a past intention without a date of its own may tell when it was agreed; a noun
      // after "to" is no infinitive; "forced to" is no intention; a date before the intention is not its aim.
      ['Iran agreed to resume the talks on Monday.', '2025-03-04', ['2025-03-03']],
      ['The rivals agreed to a truce on Monday.', '2025-03-04', ['2025-03-03']],
      ['The envoy was forced to leave on Monday.', '2025-03-04', ['2025-03-03']],
      ['On Monday, the two sides agreed to meet again.', '2025-03-04', ['2025-03-03']],
      ['Kenya agreed on Monday to a truce that began in January.', '2025-03-04', ['2025-03-03', '2025-01']],
    ];
    for (const [text, published, expected] of rows) expect([text, datesOf(text, published)]).toEqual([text, expected]);
  });

  it('counts back from publication: "days ago", "last night", "over the weekend", "last Tuesday"', () => {
    // After real wire phrasings; 2025-03-05 is a Wednesday.
    const rows: [string, string, string[]][] = [
      ['The strike came three days ago.', '2025-03-05', ['2025-03-02']],
      ['The envoys met two weeks ago.', '2025-03-05', ['2025-02']],
      ['The envoys met a month ago.', '2025-03-05', ['2025-02']],
      ['The treaty was signed a year ago.', '2025-03-05', ['2024']],
      ['The two leaders spoke by phone last night.', '2025-03-05', ['2025-03-04']],
      ['Talks were held in Doha over the weekend.', '2025-03-05', ['2025-03']],
      // (A weekend across a month's end is told as its year.)
      ['Talks were held in Doha at the weekend.', '2025-06-02', ['2025']],
      ['The minister visited Cairo last Wednesday.', '2025-03-05', ['2025-02-26']],
      ['The minister visited Cairo last Monday.', '2025-03-05', ['2025-03-03']],
      ['The minister will visit Cairo next Wednesday.', '2025-03-05', ['2025-03-12']],
      ['The minister visited Cairo on Wednesday.', '2025-03-05', ['2025-03-05']],
      ['The summit was held on the 3rd of March.', '2025-03-05', ['2025-03-03']],
      // A span of days is told at its month's precision, whichever way round it is written.
      ['The state visit on June 18-19 ended with a treaty.', '2025-07-01', ['2025-06']],
      ['The state visit on 18–19 June ended with a treaty.', '2025-07-01', ['2025-06']],
      // Must not: a span without a count is no date, nor a pair of numbers without a month.
      ['The envoys met weeks ago.', '2025-03-05', []],
      ['The envoys met years ago.', '2025-03-05', []],
      ['The score was 3-4 at the end.', '2025-03-05', []],
    ];
    for (const [text, published, expected] of rows) expect([text, datesOf(text, published)]).toEqual([text, expected]);
  });

  it('counts the days of quoted words from when they were said, the dated verb of saying nearest before them', () => {
    // After real readouts (a statement of April 13 reported on April 14; a spokesman's briefing of a Thursday).
    const rows: [string, string, string[]][] = [
      [
        'Sanchez on May 3 condemned the raid and said he had called Lula. In a statement, he said: “Earlier today, the rebels struck a border post.”',
        '2024-05-04',
        ['2024-05-03', '2024-05-03'],
      ],
      [
        'The envoys met on Wednesday, spokesman Ito said on Thursday. “A dinner was held yesterday evening,” Ito told reporters.',
        '2019-12-20',
        ['2019-12-18', '2019-12-19', '2019-12-18'],
      ],
      ['Kagame said on Monday: “We signed the accord yesterday.”', '2024-05-08', ['2024-05-06', '2024-05-05']],
      // Must not: quoted words with no dated verb of saying within reach count from publication, as do the
      // reporter's own words; a date inside another quotation is none of the reporter's.
      ['“We met the envoy today,” Ruto said.', '2024-05-04', ['2024-05-04']],
      [
        'Sanchez said on May 1 that he was ready. The talks went on. Aides met. Nothing more was said. “We met them today,” an aide said.',
        '2024-05-04',
        ['2024-05-01', '2024-05-04'],
      ],
      ['Sanchez on May 3 said he was ready. The envoys met today.', '2024-05-04', ['2024-05-03', '2024-05-04']],
      [
        'Ito said: “We met on Monday.” “We will meet again today,” he added.',
        '2019-12-20',
        ['2019-12-16', '2019-12-20'],
      ],
    ];
    for (const [text, published, expected] of rows) expect([text, datesOf(text, published)]).toEqual([text, expected]);
  });

  it('warns instead of guessing a year when there is no publication date', () => {
    expect(findDates(splitSentences('They met on Feb. 12.'), null).warnings.join(' ')).toMatch(/no publication date/);
    expect(findDates(splitSentences('They met on Feb. 12.'), '2025-03-04').warnings).toEqual([]);
  });

  it('takes only a listed word for a month (an object of months also answered "Constructor")', () => {
    expect(datesOf('The Constructor 12 met Putin in Constructor.', '2025-03-04')).toEqual([]);
  });
});

describe("the date of an event: a noun's phrase may close with its own date", () => {
  const dateOf = (text: string, published: string, actor: string) =>
    extract(articleOf(text, published)).events.find((e) => e.participants.some((p) => p.actorId === actor))?.date;
  const rows: [string, string, string, string | null][] = [
    [
      // After a real wire phrasing: the nearer date is the envoy's visit, the call's is "last month".
      "China's special envoy was in Kyiv on May 16 under an arrangement agreed during a phone call between Ukrainian President Volodymyr Zelensky and Chinese President Xi Jinping last month.",
      '2023-05-17',
      'xi-jinping',
      '2023-04',
    ],
    [
      'Ankara and Moscow agreed on new gas prices on Monday after talks between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin in Sochi in February.',
      '2025-03-04',
      'vladimir-putin',
      '2025-02',
    ],
    // Must not: a date after a verb of its own, or after a comma, is not the noun's.
    [
      'Tokyo hosted the summit on Monday after a phone call between Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping that was reported in January.',
      '2025-03-04',
      'xi-jinping',
      '2025-03-03',
    ],
    // (Unless that verb is the occasion's own, "that was held": the clause dates its call, relativeClauseDates.test.ts.)
    [
      'Tokyo hosted the summit on Monday after a phone call between Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping that was held in January.',
      '2025-03-04',
      'xi-jinping',
      '2025-01',
    ],
  ];
  it.each(rows)('%s', (text, published, actor, expected) => expect(dateOf(text, published, actor)).toBe(expected));
});

describe('a date ahead of publication dates no event that happened', () => {
  const dateOf = (text: string, published: string, actor: string) =>
    extract(articleOf(text, published)).events.find((e) => e.participants.some((p) => p.actorId === actor))?.date;
  // After a real wire ("Wang plans to attend a meeting in Bonn from Thursday, after Trump reaffirmed ... in a phone
  // conversation with Xi"); 2017-02-13 is a Monday, so "from Thursday" ahead is 2017-02-16.
  const rows: [string, string, string, string | null][] = [
    [
      'Wang plans to attend a meeting in Bonn from Thursday, after a phone call between Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe.',
      '2017-02-13',
      'shinzo-abe',
      null,
    ],
    // Must not: a date up to publication still dates the event.
    [
      'Wang attended a meeting in Bonn on Thursday, after a phone call between Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe.',
      '2017-02-13',
      'shinzo-abe',
      '2017-02-09',
    ],
  ];
  it.each(rows)('%s', (text, published, actor, expected) =>
    expect(dateOf(text, published, actor) ?? null).toBe(expected),
  );
});

describe("a date in a relative clause set off by commas is that clause's own", () => {
  const dateOf = (text: string, published: string, actor: string) =>
    extract(articleOf(text, published)).events.find((e) => e.participants.some((p) => p.actorId === actor))?.date;
  // After a real wire ("The Chinese Foreign Minister, who arrived in New Delhi on Thursday, had earlier visited the
  // office of ..."); 2024-03-30 is a Saturday.
  const rows: [string, string, string, string | null][] = [
    [
      'Chinese Foreign Minister Wang Yi, who arrived in Nairobi on Thursday, met Kenyan President William Ruto on Friday.',
      '2024-03-30',
      'william-ruto',
      '2024-03-29',
    ],
    // Must not: the event in the relative clause takes its date; a date set off without a relative pronoun is the
    // main clause's.
    [
      'Chinese Foreign Minister Wang Yi, who met Kenyan President William Ruto on Thursday, flew to Addis Ababa on Friday.',
      '2024-03-30',
      'william-ruto',
      '2024-03-28',
    ],
    [
      'Chinese Foreign Minister Wang Yi, in Nairobi on Thursday, met Kenyan President William Ruto.',
      '2024-03-30',
      'william-ruto',
      '2024-03-28',
    ],
  ];
  it.each(rows)('%s', (text, published, actor, expected) =>
    expect(dateOf(text, published, actor) ?? null).toBe(expected),
  );
});

describe('the day a verb of saying gives is when the event was told: it happened then or before', () => {
  /** Every MEETING of the article, as "date" strings. */
  const meetings = (text: string, published: string) =>
    extract(articleOf(text, published))
      .events.filter((e) => e.type === 'MEETING')
      .map((e) => e.date);
  // After real wires ("Cho and his Japanese counterpart, Iwaya, have held talks on the sidelines of APEC in Peru,
  // Seoul's foreign ministry said Friday. The two top diplomats met in Lima on Thursday"); 2024-11-15 is a Friday.
  const rows: [string, string, string, (string | null)[]][] = [
    [
      'the sentence after dates it: one meeting, not two',
      'South Korean Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya have held talks in Peru, the ministry said Friday. Cho and Iwaya met in Lima on Thursday.',
      '2024-11-15',
      ['2024-11-14'],
    ],
    [
      'nothing else dates it: the day it was told',
      'Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday he had held talks with U.S. Secretary of State Antony Blinken.',
      '2021-03-24',
      ['2021-03-24'],
    ],
    [
      'it narrows a wider date it falls in',
      'South Korean Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya have held talks in Peru, the ministry told reporters on Friday. Cho and Iwaya met in Lima this month.',
      '2024-11-15',
      ['2024-11-15'],
    ],
    // Must not: a date of the event itself, not of a verb of saying, keeps two meetings on two days apart; nor is
    // "States" a verb of saying.
    [
      'must not: two meetings dated by their own verbs',
      'South Korean Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya met in Peru on Friday. Cho and Iwaya met in Lima on Thursday.',
      '2024-11-15',
      ['2024-11-15', '2024-11-14'],
    ],
    [
      'must not: a noun of the list',
      'Cho and Iwaya held talks on the United States on Wednesday. Cho and Iwaya met in Lima on Thursday.',
      '2024-11-15',
      ['2024-11-13', '2024-11-14'],
    ],
  ];
  it.each(rows)('%s', (_what, text, published, expected) => expect(meetings(text, published)).toEqual(expected));
});

describe('a dated dateline is when the report was filed: its relative dates count from it, not from publication', () => {
  // After Xinhua and Mehr copies published the day after their dateline; 2025-05-13 is a Tuesday, 2025-05-14 a
  // Wednesday.
  const rows: [string, string, string[]][] = [
    ['BEIJING, May 13 (Xinhua) -- Xi Jinping met Lula yesterday.', '2025-05-14', ['2025-05-13', '2025-05-12']],
    [
      'BEIJING, May 13 (Xinhua) -- Xi Jinping held talks with Lula on Wednesday.',
      '2025-05-14',
      ['2025-05-13', '2025-05-07'],
    ],
    ['TEHRAN, Aug. 25 (MNA) – Zarif met Macron on Sunday.', '2019-08-26', ['2019-08-25', '2019-08-25']],
    // Must not: a dateline of more than a week before publication is no filing day; nor is a date without a dateline's
    // dash ("On May 13, ..."), nor a dateline without a date.
    ['BEIJING, May 1 (Xinhua) -- Xi Jinping met Lula yesterday.', '2025-05-14', ['2025-05-01', '2025-05-13']],
    ['On May 13, Xi Jinping met Lula, and Li Qiang met him yesterday.', '2025-05-14', ['2025-05-13', '2025-05-13']],
    ['BEIJING (Xinhua) -- Xi Jinping met Lula yesterday.', '2025-05-14', ['2025-05-13']],
  ];
  it.each(rows)('%s (published %s)', (text, published, expected) => expect(datesOf(text, published)).toEqual(expected));
});

describe("a year named after a month by a word counted from publication is that month's year", () => {
  // Real phrasings (Devdiscourse/PTI, March 2023; Gulf News, July 2024); the month alone is the latest before publication.
  const rows: [string, string, string[]][] = [
    ['Wang had visited India in March last year.', '2023-03-02', ['2022-03']],
    ['The two resumed relations under a China-brokered deal announced in March last year.', '2024-07-10', ['2023-03']],
    ['They signed the accord on June 3 last year in Doha.', '2025-03-04', ['2024-06-03']],
    ['The envoy was recalled in May of last year.', '2025-03-04', ['2024-05']],
    ['Lavrov visited Pyongyang in January this year.', '2025-03-04', ['2025-01']],
    ['The summit is to be held in May next year.', '2025-03-04', ['2026-05']],
    // Not one phrase: the month and the year are dates of their own.
    ['They met in March. Last year, they signed a pact.', '2025-03-04', ['2025-03', '2024']],
    ['They met in December, and last year they signed a pact.', '2025-03-04', ['2024-12', '2024']],
    ['They met in January and last week again.', '2025-03-14', ['2025-01', '2025-03']],
  ];
  it.each(rows)('%s (published %s)', (text, published, expected) => expect(datesOf(text, published)).toEqual(expected));
});

describe('a plan looks ahead like an intention: "plan to call Trump before he holds a call on Monday"', () => {
  // 2025-05-18 is a Sunday.
  const rows: [string, string[]][] = [
    ['The leaders plan to call Trump before he holds a call with Putin on Monday.', ['2025-05-19']],
    ['Moscow is planning to host the talks on Monday.', ['2025-05-19']],
    ['Must not: a plan with no "to" after it. The leaders’ plan was discussed on Monday.', ['2025-05-12']],
  ];
  it.each(rows)('%s', (text, expected) => expect(datesOf(text, '2025-05-18')).toEqual(expected));
});

describe("a date in the phrase of an occasion the news came ahead of is that occasion's, not the news's", () => {
  const dateOf = (text: string, published: string, actor: string) =>
    extract(articleOf(text, published)).events.find((e) => e.participants.some((p) => p.actorId === actor))?.date ??
    null;
  // After real wires: kbc.co.ke 2022-09-12 (a Monday), diplomaticinfo.com 2025-10-20, en.trend.az 2018-07-04.
  const rows: [string, string, string, string | null][] = [
    [
      "President-elect William Ruto has finally met outgoing President Uhuru Kenyatta at State House ahead of Tuesday's swearing-in ceremony.",
      '2022-09-12',
      'uhuru-kenyatta',
      '2022-09-12',
    ],
    [
      "Putin and Tokayev discussed current issues on the bilateral agenda, including in the context of the preparations ahead of the Kazakh president's Nov. 12 visit.",
      '2025-10-20',
      'vladimir-putin',
      '2025-10-20',
    ],
    [
      'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo discussed by telephone the preparations for the meeting between the presidents of the two countries in July, the Russian Foreign Ministry said Tuesday.',
      '2018-07-04',
      'mike-pompeo',
      '2018-07-03',
    ],
    // Must not: a date of the news's own, before the phrase or past a comma, still dates it.
    [
      'Finnish and Swedish leaders met Turkish President Recep Tayyip Erdogan on Tuesday ahead of a NATO summit in Madrid.',
      '2022-06-29',
      'recep-tayyip-erdogan',
      '2022-06-28',
    ],
    [
      'Ahead of the summit in Madrid, Finnish and Swedish leaders met Turkish President Recep Tayyip Erdogan on Tuesday.',
      '2022-06-29',
      'recep-tayyip-erdogan',
      '2022-06-28',
    ],
  ];
  it.each(rows)('%s', (text, published, actor, expected) => expect(dateOf(text, published, actor)).toBe(expected));
});

describe('the phrase of an occasion ahead counts its date forwards', () => {
  // 2023-05-19 is a Friday; 2022-09-12 a Monday.
  const rows: [string, string, string[]][] = [
    [
      'Erdogan met Sinan Ogan in Istanbul ahead of the upcoming second round of elections on May 28.',
      '2023-05-19',
      ['2023-05-28'],
    ],
    ["Ruto met Kenyatta ahead of Tuesday's swearing-in ceremony.", '2022-09-12', ['2022-09-13']],
    // Must not: after "ahead of" a date nearer counted backwards may be the news's own (bounds.test.ts, issue 21).
    ['Trump called Putin ahead of the summit on March 3.', '2025-03-04', ['2025-03-03']],
    // Must not: past a verb the date is its own ("signed a deal on May 28").
    ['They met ahead of the summit and signed a deal on May 28.', '2023-05-30', ['2023-05-28']],
  ];
  it.each(rows)('%s', (text, published, expected) => expect(datesOf(text, published)).toEqual(expected));
});
