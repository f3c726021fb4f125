import { datedEdgesOf } from './eventTable';

/**
 * Which date of a sentence is an event's, through the whole pipeline, on phrasings of fresh wire reports (names and
 * wording changed): a date inside a noun's infinitive is that infinitive's event ("in response to France's decision
 * to expel 41 diplomats in April"), a verb of saying reaches its date past "in a statement", and what an event implies
 * was told on the day the event was. Each mechanism has rows that must not apply.
 */

/** "TYPE source->target date" of every event, in order. */
const edges = datedEdgesOf;

describe("a date in a noun's infinitive after the trigger dates that infinitive's event", () => {
  // 2022-05-18 is a Wednesday.
  const rows: [string, string, string, string, string][] = [
    [
      'a decision to expel, told on Wednesday',
      'Russia has declared 34 French diplomats persona non grata in response to France’s decision to expel 41 Russian diplomats in April, the Russian Foreign Ministry said Wednesday.',
      '2022-05-18',
      'SANCTION russia->france',
      '2022-05-18',
    ],
    [
      'a move to expel, with its own date',
      'Moscow expelled 27 Spanish diplomats on Wednesday after Madrid’s move to expel 27 Russian diplomats in April.',
      '2022-05-18',
      'SANCTION russia->spain',
      '2022-05-18',
    ],
    [
      'the infinitive keeps the date it is nearest',
      'Russia has declared 34 French diplomats persona non grata in response to France’s decision to expel 41 Russian diplomats in April, the Russian Foreign Ministry said Wednesday.',
      '2022-05-18',
      'SANCTION france->russia',
      '2022-04',
    ],
    [
      'must not: an infinitive after a verb is no noun’s, nor one that is no trigger',
      'Putin and Erdogan met to discuss grain exports in Sochi on Monday.',
      '2022-05-18',
      'MEETING vladimir-putin->recep-tayyip-erdogan',
      '2022-05-16',
    ],
    [
      'must not: past the comma that ends the infinitive’s phrase',
      'Russia expelled 27 Spanish diplomats in response to Madrid’s decision to expel 27 Russian diplomats, the ministry said on Wednesday.',
      '2022-05-18',
      'SANCTION russia->spain',
      '2022-05-18',
    ],
  ];
  it.each(rows)('%s', (_what, text, published, edge, date) =>
    expect(edges(text, published).filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe('a verb of saying reaches its date past "in a statement"; what an event implies was told that day too', () => {
  // 2025-05-07 is a Wednesday.
  const rows: [string, string, string, string, string][] = [
    [
      'the ceasefire a brokering implies, told in a statement on Tuesday',
      'Oman has brokered a ceasefire between the Houthis and the United States, the Omani foreign minister said in a statement on Tuesday.',
      '2025-05-07',
      'AGREEMENT houthis->united-states',
      '2025-05-06',
    ],
    [
      'told in a statement, the event undated otherwise',
      'Russia has expelled two Czech diplomats, the foreign ministry said in a statement on Tuesday.',
      '2025-05-07',
      'SANCTION russia->czechia',
      '2025-05-06',
    ],
  ];
  it.each(rows)('%s', (_what, text, published, edge, date) =>
    expect(edges(text, published).filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe("a talk's own date outranks the day it was told, however near the saying stands", () => {
  // 2024-05-15 is a Wednesday: Tuesday is 05-14, Monday 05-13, Sunday 05-12.
  const rows: [string, string, string, string][] = [
    [
      'told on Tuesday, met on Monday',
      'The Kremlin said on Tuesday that Putin had met Xi in Beijing on Monday.',
      'MEETING vladimir-putin->xi-jinping',
      '2024-05-13',
    ],
    [
      'told Tuesday, without "on" or "had"',
      'The Kremlin said Tuesday that Putin met Xi on Monday.',
      'MEETING vladimir-putin->xi-jinping',
      '2024-05-13',
    ],
    [
      'told reporters on Tuesday, a call on Sunday',
      'Peskov told reporters on Tuesday that Putin spoke with Xi by phone on Sunday.',
      'CALL vladimir-putin->xi-jinping',
      '2024-05-12',
    ],
    [
      'confirmed on Tuesday, a call on Monday (after a Reuters report)',
      'A White House official confirmed on Tuesday that Trump and Xi had spoken by phone on Monday.',
      'CALL donald-trump->xi-jinping',
      '2024-05-13',
    ],
    [
      'must not: the day told is the only date, and still serves',
      'The Kremlin said on Tuesday that Putin had met Xi.',
      'MEETING vladimir-putin->xi-jinping',
      '2024-05-14',
    ],
    [
      "must not: what is said is the saying's own, not the date of what it is about",
      'Lavrov said on Tuesday that Russia welcomes the readiness of Iran and the United States to reach agreements, after the two countries began talks on Monday.',
      'STATEMENT russia->iran',
      '2024-05-14',
    ],
  ];
  it.each(rows)('%s', (_what, text, edge, date) =>
    expect(edges(text, '2024-05-15').filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe('a day inside the period the clause gives says when within it', () => {
  // 2024-05-15 is a Wednesday.
  const rows: [string, string, string][] = [
    ['this month, then the day', 'Putin met Xi for the second time this month on Tuesday.', '2024-05-14'],
    ['this year, then the day', 'Putin met Xi on Tuesday for the third time this year.', '2024-05-14'],
    // Must not: a day outside the period is another occasion's; the nearer keeps the event.
    ['must not: a day outside the year found', 'Putin met Xi in Beijing in 2019 and again on Tuesday.', '2019'],
    // (A week's days bound it, not its month: Tuesday 14 May is after last week, 6-12 May.)
    [
      'must not: a day after the week found',
      'Putin, who met Xi in Beijing last week, criticised Israel on Tuesday.',
      '2024-05',
    ],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2024-05-15').filter((e) => e.startsWith('MEETING '))).toEqual([
      `MEETING vladimir-putin->xi-jinping ${date}`,
    ]),
  );
});

describe('the news day is no date the news is set a span apart from ("a day after ... on Monday")', () => {
  // After a Moscow Times report; 2017-11-22 is a Wednesday, so Monday is 11-20 and Tuesday 11-21.
  const lead =
    'U.S. President Donald Trump said he had a great phone conversation with Russian President Vladimir Putin.';
  const rows: [string, string, string][] = [
    [
      'a day after, and the day told later',
      `${lead} The call came a day after Syrian President Bashar Assad's surprise visit to Sochi on Monday. Trump spoke to reporters Tuesday.`,
      '2017-11-21',
    ],
    [
      'hours after, and no other day: the lead has no news day',
      `${lead} The call came hours after Syrian President Bashar Assad's surprise visit to Sochi on Monday.`,
      'none',
    ],
    [
      'must not: a bare "after" may be the day',
      `${lead} The call came after Syrian President Bashar Assad's surprise visit to Sochi on Monday.`,
      '2017-11-20',
    ],
    ['must not: a span past a comma', `${lead} A day later, on Monday, Assad flew to Sochi.`, '2017-11-20'],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2017-11-22').filter((e) => e.startsWith('CALL '))).toEqual([
      `CALL donald-trump->vladimir-putin ${date}`,
    ]),
  );
});

describe('sanctions imposed in the opening are news of the news day; a sentence before of another time takes it away', () => {
  // After Sputnik and Free Beacon reports; 2018-08-21 is a Tuesday.
  const lead = 'On Tuesday, the United States imposed sanctions on North Korea over fuel transfers.';
  const rows: [string, string, string][] = [
    [
      'an "also" round of sanctions in the opening',
      `${lead} Washington also imposed sanctions on Russia over attempts to evade other sanctions.`,
      '2018-08-21',
    ],
    [
      'diplomats expelled, past an order dated by its noun',
      `${lead} The action was taken under an executive order of September 20, 2017. Washington also expelled two Russian diplomats.`,
      '2018-08-21',
    ],
    [
      'after a past perfect background, the story comes back',
      `${lead} The two countries had expelled each other's envoys in 2016. Washington also imposed sanctions on Russia.`,
      '2018-08-21',
    ],
    ['must not: a state, not an act', `${lead} US sanctions on Russia remain in place.`, 'none'],
    [
      'must not: the sentence before moved the story to 2014',
      `${lead} The United States first announced sanctions against North Korea in March 2014. Washington has also imposed sanctions on Russia.`,
      'none',
    ],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2018-08-21').filter((e) => e.startsWith('SANCTION united-states->russia '))).toEqual([
      `SANCTION united-states->russia ${date}`,
    ]),
  );
});

describe('a "since" date after the trigger starts a period: it keeps no event of the opening from the news day', () => {
  // After a Xinhua report; 2017-05-11 is a Thursday.
  const lead = 'Vietnamese President Tran Dai Quang arrived in Beijing on Thursday for the Belt and Road Forum.';
  const rows: [string, string, string][] = [
    [
      'a first visit since',
      `${lead} This is Quang's first visit to China since he took office in April 2016.`,
      '2017-05-11',
    ],
    [
      'must not: a date of another time, not after "since"',
      `${lead} Quang paid a visit to China, and he took office in April 2016.`,
      'none',
    ],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2017-05-11').filter((e) => e.startsWith('MEETING tran-dai-quang->china '))).toEqual([
      `MEETING tran-dai-quang->china ${date}`,
    ]),
  );
});

describe('a "since" phrase dates no other time: its date starts a period, and a comma closes it', () => {
  // After a New York Times report; 2024-02-06 is a Tuesday.
  const lead =
    'Secretary of State Antony J. Blinken met with leaders in Egypt and Qatar on Tuesday, the second day of a tour.';
  const rows: [string, string, string, string][] = [
    [
      'a dated "since" phrase closed by commas, before an infinitive of purpose',
      `${lead} Mr. Blinken, on his fifth trip to the region since the Oct. 7 attacks in Israel, visited Cairo to meet President Abdel Fattah el-Sisi of Egypt.`,
      'MEETING antony-blinken->abdel-fattah-el-sisi',
      '2024-02-06',
    ],
    [
      'the same phrase before a noun trigger',
      `${lead} Mr. Blinken, on his fifth trip since the Oct. 7 attacks, held talks with Sheikh Tamim bin Hamad al-Thani, the emir of Qatar.`,
      'MEETING antony-blinken->tamim-bin-hamad-al-thani',
      '2024-02-06',
    ],
    [
      'must not: the event of a "since" clause is before the news',
      `${lead} The tour is his first since he met President Abdel Fattah el-Sisi of Egypt.`,
      'MEETING antony-blinken->abdel-fattah-el-sisi',
      'none',
    ],
    [
      'must not: a comma of an apposition inside the "since" clause does not close it',
      `${lead} It was the worst fighting since the two sides, Israel and Hamas, agreed to a truce.`,
      'AGREEMENT israel->hamas',
      'none',
    ],
  ];
  it.each(rows)('%s', (_what, text, edge, date) =>
    expect(edges(text, '2024-02-06').filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe('a plan to come dates nothing of the news: its date lies ahead, and it is no news day', () => {
  // After a Reuters report from the Vatican; 2025-05-18 is a Sunday.
  const plan =
    'The leaders of Britain, France and Germany plan to call US President Donald Trump before he holds a phone conversation with Russian President Vladimir Putin on Monday.';
  const rows: [string, string, string, string][] = [
    ['the planned call is undated', plan, 'CALL donald-trump->vladimir-putin', 'none'],
    [
      'must not: the Monday ahead, read as last Monday, dates the news after it',
      `${plan} German Chancellor Friedrich Merz met U.S. Secretary of State Marco Rubio at the Vatican.`,
      'MEETING friedrich-merz->marco-rubio',
      'none',
    ],
    [
      'must not: a date ahead of another trigger of the clause (a plan to attend, after a call)',
      'Chinese Foreign Minister Wang Yi plans to attend a meeting in Bonn from Thursday, after U.S. President Donald Trump spoke by phone with Chinese President Xi Jinping.',
      'CALL donald-trump->xi-jinping',
      '2025-05-18',
    ],
    [
      'must not: a plan told in the past dates its own news',
      'The leaders of Britain, France and Germany called US President Donald Trump before he held a phone conversation with Russian President Vladimir Putin on Monday.',
      'CALL donald-trump->vladimir-putin',
      '2025-05-12',
    ],
  ];
  it.each(rows)('%s', (_what, text, edge, date) =>
    expect(edges(text, '2025-05-18').filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe('an event noun in an opening phrase of what surrounds the news takes no date from the main clause', () => {
  // 2022-11-10 is a Thursday: the main clause's Tuesday is 2022-11-08.
  const rows: [string, string, string, string[]][] = [
    [
      'a meeting told before: one meeting, of its own day',
      'Mirzoyan met Bayramov in Washington on Monday. Despite the meeting between Mirzoyan and Bayramov, Aliyev on Tuesday attacked Armenia in a speech.',
      '2022-11-10',
      ['MEETING ararat-mirzoyan->jeyhun-bayramov 2022-11-07'],
    ],
    [
      'talks amid which the news happened, told before',
      'Blinken held talks with Lavrov in Geneva on Jan. 21. Amid the talks between Blinken and Lavrov, Putin on Thursday sent more troops to the border.',
      '2022-01-28',
      ['MEETING antony-blinken->sergei-lavrov 2022-01-21'],
    ],
    // Must not: a date inside the phrase is the noun's own; a date in a plain opening phrase still reaches the noun.
    [
      'a date inside the phrase',
      'Despite the meeting between Mirzoyan and Bayramov on Monday, Aliyev attacked Armenia in a speech.',
      '2022-11-10',
      ['MEETING ararat-mirzoyan->jeyhun-bayramov 2022-11-07'],
    ],
    [
      'no phrase of what surrounds it',
      'After the meeting between Mirzoyan and Bayramov, the two ministers on Tuesday signed a joint statement.',
      '2022-11-10',
      ['MEETING ararat-mirzoyan->jeyhun-bayramov 2022-11-08'],
    ],
  ];
  it.each(rows)('%s', (_what, body, published, expected) =>
    expect(edges(body, published).filter((e) => e.startsWith('MEETING'))).toEqual(expected),
  );
});

describe('the verb of an "after" clause told before the news is of no news day', () => {
  // After an AP report from The Hague; 2019-03-04 is a Monday. The second sentence dates the news.
  const told = ' Foreign Minister Stef Blok told lawmakers of the decision on Monday.';
  const recall = `The Netherlands has recalled its ambassador to Iran after Tehran expelled two Dutch diplomats.${told}`;
  const rows: [string, string, string, string][] = [
    ['an "after" clause past the main clause', recall, 'SANCTION iran->netherlands', 'none'],
    ['must not: the main clause keeps the news day', recall, 'SANCTION netherlands->iran', '2019-03-04'],
    [
      'must not: a fronted "after" clause, often of the same day',
      `After Tehran expelled two Dutch diplomats, the Netherlands recalled its ambassador to Iran.${told}`,
      'SANCTION iran->netherlands',
      '2019-03-04',
    ],
    [
      'must not: "hours after" keeps the day',
      `The Netherlands recalled its ambassador to Iran hours after Tehran expelled two Dutch diplomats.${told}`,
      'SANCTION iran->netherlands',
      '2019-03-04',
    ],
    [
      'must not: a date of the clause still dates it',
      'Russia and Ukraine each expelled a diplomat earlier this month after Moscow accused a Ukrainian consul of spying.',
      'CRITICISM russia->ukraine',
      '2019-03',
    ],
  ];
  it.each(rows)('%s', (_what, text, edge, date) =>
    expect(edges(text, '2019-03-04').filter((e) => e.startsWith(`${edge} `))).toEqual([`${edge} ${date}`]),
  );
});

describe('a date past a verb of sequence is of what the event follows, not of the event', () => {
  // After a USAfrica report from Nairobi; 2024-02-29 is a Thursday, the visit of Wednesday 28.
  const lead =
    'Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday, February 28, 2024.';
  const rows: [string, string, string][] = [
    [
      'the visit follows a trip dated in a "where" clause',
      `${lead} Abiy's visit to Nairobi follows President Ruto's recent trip to Addis Ababa, where he attended the African Union summit on Feb 16.`,
      '2024-02-28',
    ],
    [
      'must not: a date before the verb of sequence is the event’s own',
      "Abiy Ahmed's visit to Kenya on Feb 16 followed a call with Ruto.",
      '2024-02-16',
    ],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2024-02-29').filter((e) => e.startsWith('MEETING abiy-ahmed->kenya '))).toEqual([
      `MEETING abiy-ahmed->kenya ${date}`,
    ]),
  );
});

describe('an event a span of days apart from the date before it is not of that date', () => {
  // 2024-05-15 is a Wednesday: Friday 10 May, a day before it Thursday 9 May.
  const rows: [string, string, string][] = [
    [
      'one day after (AP 2023)',
      'Kishida told a news conference on Friday, one day after he held talks with Yoon in Tokyo.',
      '2024-05-09',
    ],
    [
      'a day after',
      'Kishida spoke to reporters on Friday, a day after he held talks with Yoon in Tokyo.',
      '2024-05-09',
    ],
    // Must not: the span set off by commas is an aside; the meeting is the date's.
    ['must not: an aside', 'On Friday, a day after the vote, Kishida held talks with Yoon in Tokyo.', '2024-05-10'],
  ];
  it.each(rows)('%s', (_what, text, date) =>
    expect(edges(text, '2024-05-15').filter((e) => e.startsWith('MEETING '))).toEqual([
      `MEETING fumio-kishida->yoon-suk-yeol ${date}`,
    ]),
  );
});
