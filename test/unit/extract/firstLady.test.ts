import { peopleAndEvents } from './eventTable';

/**
 * "First Lady Olena Zelenska", "first lady Jill Biden", "Lady Ashton": "lady" heads a title, so the name after it is
 * the person's. Before, "First Lady" opened the name (a person "lady-olena-zelenska", who then stood for no one the
 * gazetteer knows) or, in lower case, the person was not found at all. Real phrasing: censor.net 2025, the Evening
 * Standard and AP 2022, ubn.news (a plan: no meeting).
 */
const read = (body: string, published: string) => peopleAndEvents(body, published, (a) => a.id);

const rows: [string, string, string[], string[]][] = [
  [
    "Ukraine's First Lady Olena Zelenska met with U.S. First Lady Melania Trump on the sidelines of the UN General Assembly in New York on Tuesday, September 23.",
    '2025-09-24',
    ['olena-zelenska', 'melania-trump'],
    ['MEETING PARTICIPANT:olena-zelenska PARTICIPANT:melania-trump'],
  ],
  [
    "Ukraine's First Lady Olena Zelenska met Secretary of State Antony Blinken as she began a series of appearances in Washington.",
    '2022-07-19',
    ['olena-zelenska', 'antony-blinken'],
    ['MEETING PARTICIPANT:olena-zelenska PARTICIPANT:antony-blinken'],
  ],
  [
    'Blinken met today with first lady Zelenska to express his admiration for Ukraine’s resilience.',
    '2022-07-19',
    ['antony-blinken', 'zelenska'],
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:zelenska'],
  ],
  [
    'Lady Ashton met Iranian negotiator Saeed Jalili in Baghdad on Wednesday.',
    '2012-05-23',
    ['catherine-ashton', 'saeed-jalili'],
    ['MEETING PARTICIPANT:catherine-ashton PARTICIPANT:saeed-jalili'],
  ],
  // Must not fire: a planned meeting, though both first ladies are now found.
  [
    'Ukrainian first lady Olena Zelenska will be at the White House on Wednesday to meet privately with first lady Jill Biden.',
    '2022-07-19',
    ['olena-zelenska', 'jill-biden'],
    [],
  ],
];

describe('"first lady" and "Lady" title the name after them', () => {
  it.each(rows)('%s (published %s)', (text, published, people, events) =>
    expect(read(text, published)).toEqual({ people, events }),
  );
});
