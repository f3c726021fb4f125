import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * A date in a "since" clause or phrase that opens the sentence ("Since Trump returned to office in January, ...") starts
 * the period the main clause counts its events in: it is none of their dates. Read as a date, it split one call told
 * again ("he and Putin have held five phone conversations" after "a phone call on Thursday") into a second edge of
 * another date. Rows after wire copy (Kremlin readouts, tallies of leaders' calls).
 */
const datesOf = (body: string): (string | null)[] => extract(articleOf(body, '2025-07-04')).events.map((e) => e.date);

describe('a fronted "since" date dates none of the main clause’s events', () => {
  const rows: string[] = [
    'Since Trump returned to office in January, he and Putin have held at least five phone conversations.',
    'A Reuters analysis has found that since Trump took office in January 2017, he has had phone conversations with Putin eight times.',
    'Since taking office in January, Biden has spoken with Xi twice.',
    'Since the war began in February 2022, Erdogan has met Putin several times.',
    'Since March, Erdogan and Putin have spoken by phone three times.',
    'Since his election in 2019, Zelensky has met Macron often.',
    'Since Moscow’s annexation of Crimea on March 21, Obama has spoken with Putin five times.',
    'Since the Oct. 7 attack, Blinken has met Netanyahu repeatedly.',
  ];
  it.each(rows)('%s', (body) => {
    const dates = datesOf(body);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toBeNull();
  });
});

describe('a date outside the "since" phrase is still the event’s', () => {
  const rows: [string, string][] = [
    ['Putin met Erdogan on Monday, since the talks in Doha had failed.', '2025-06-30'],
    ['Since the talks failed, Putin met Erdogan on Monday.', '2025-06-30'],
    ['On Monday, Putin and Erdogan spoke by phone for the first time since March.', '2025-06-30'],
    ['Trump spoke with Putin by phone on Thursday, their sixth call since January.', '2025-07-03'],
    [
      'Since Trump returned to office in January, he and Putin have held five phone conversations, the latest on Thursday.',
      '2025-07-03',
    ],
  ];
  it.each(rows)('%s → %s', (body, date) => expect(datesOf(body)).toEqual([date]));
  // A lasting deed's period starts when it began: not an encounter told again with its day.
  it('keeps 2022 for "Since Russia invaded in 2022, Britain has sent weapons to Ukraine"', () =>
    expect(datesOf('Since Russia invaded in 2022, Britain has sent weapons to Ukraine.')).toEqual(['2022']));
});

describe('one call told again under a tally since a date is one edge', () => {
  it('joins "a phone call on Thursday" and "have held five phone conversations" since January', () => {
    const { events } = extract(
      articleOf(
        'Russian President Vladimir Putin and US President Donald Trump discussed Ukraine in a phone call on Thursday. ' +
          'Since Trump returned to office in January, he and Putin have held at least five phone conversations.',
        '2025-07-04',
      ),
    );
    const calls = events.filter((e) => e.type === 'CALL');
    expect(calls.map((e) => e.date)).toEqual(['2025-07-03']);
  });
});
