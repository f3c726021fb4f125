import { extract } from '../../../src/extract';
import type { ExtractedEvent } from '../../../src/domain/types';
import { articleOf } from './articleOf';

/**
 * The day of a round of meetings (8-carryDates.ts datedByRound), through the whole pipeline: a report of a visit or a
 * summit dates the traveller's first meeting and tells the others after it undated; they happened on that day. Rows
 * retold from real reports (Modi at the G20 in Osaka 2019 and New Delhi 2023, at the UN General Assembly 2019 and the
 * Vibrant Gujarat summit 2017; Qatar's and Pakistan's foreign ministers in Kabul 2021; Wang Yi in Kabul 2022); each
 * condition has a row that must not take the day.
 */

const isWith = (actor: string) => (e: ExtractedEvent) => e.participants.some((p) => p.actorId === actor);

/** The date of the first event with `actor`, or "none" when no such event is extracted. */
function dateWith(body: string, published: string, actor: string): string | null {
  const event = extract(articleOf(body, published)).events.find(isWith(actor));
  return event === undefined ? 'none' : event.date;
}

describe('datedByRound: an undated meeting of a round takes the day of the dated meeting of the same person', () => {
  /**
   * [what it shows, sentences, publication date, the actor of the undated meeting, its expected date, or "not DAY" when
   * only the round's day is ruled out (another mechanism may date it otherwise)].
   */
  const rows: [string, string, string, string, string | null][] = [
    [
      'a "soon after" meeting of a summit day',
      'Indian Prime Minister Narendra Modi met Indonesian President Joko Widodo in Osaka on Saturday. Soon after, Modi met Brazilian President Jair Bolsonaro.',
      '2019-06-29',
      'jair-bolsonaro',
      '2019-06-29',
    ],
    [
      'a pronoun subject on the sidelines',
      'Indian Prime Minister Narendra Modi on Sunday held a bilateral meeting with French President Emmanuel Macron. On the sidelines of the G20 summit, he met South Korean President Yoon Suk Yeol.',
      '2023-09-10',
      'yoon-suk-yeol',
      '2023-09-10',
    ],
    [
      'an "also met" after a series of meetings',
      'Indian Prime Minister Narendra Modi met German Chancellor Angela Merkel in New York on Monday. Modi also met UNICEF Executive Director Henrietta Fore.',
      '2019-09-24',
      'henrietta-fore',
      '2019-09-23',
    ],
    [
      'a "later" talk of the same day',
      'Indian Prime Minister Narendra Modi held talks with Rwandan President Paul Kagame in Gandhinagar on Tuesday. Later, Modi held talks with Serbian Prime Minister Aleksandar Vucic.',
      '2017-01-10',
      'aleksandar-vucic',
      '2017-01-10',
    ],
    [
      'a visitor to a capital meets its leaders in turn',
      'Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met Afghan Prime Minister Mohammad Hasan Akhund in Kabul on Sunday. Sheikh Mohammed also met former Afghan President Hamid Karzai.',
      '2021-09-13',
      'hamid-karzai',
      '2021-09-12',
    ],
    [
      'a minister meets several officials of the host',
      'Pakistani Foreign Minister Shah Mahmood Qureshi met Afghan Prime Minister Mohammad Hasan Akhund in Kabul on Thursday. Qureshi also met Afghan Foreign Minister Amir Khan Muttaqi.',
      '2021-10-21',
      'amir-khan-muttaqi',
      '2021-10-21',
    ],
    [
      'must not: a past perfect without "earlier" tells a time before the visit',
      'Chinese Foreign Minister Wang Yi met Afghan Foreign Minister Amir Khan Muttaqi in Kabul on Thursday. Wang had met Indian Foreign Minister Subrahmanyam Jaishankar.',
      '2022-03-25',
      'subrahmanyam-jaishankar',
      'not 2022-03-24',
    ],
    [
      'must not: the dated meetings of that person are of two days',
      'Indian Prime Minister Narendra Modi met Indonesian President Joko Widodo in Osaka on Friday. Modi met Australian Prime Minister Scott Morrison on Saturday. Modi also met Brazilian President Jair Bolsonaro.',
      '2019-06-29',
      'jair-bolsonaro',
      '2019-06',
    ],
    [
      'must not: the dated meeting is not of the week of the news',
      'Indian Prime Minister Narendra Modi met Indonesian President Joko Widodo in Osaka on June 28, 2019. Modi also met Brazilian President Jair Bolsonaro.',
      '2019-08-20',
      'jair-bolsonaro',
      null,
    ],
    [
      'must not: "recently" is before the news',
      'Indian Prime Minister Narendra Modi met Indonesian President Joko Widodo in Osaka on Saturday. Modi recently met Brazilian President Jair Bolsonaro.',
      '2019-06-29',
      'jair-bolsonaro',
      null,
    ],
  ];

  it.each(rows)('%s', (_what, body, published, actor, expected) => {
    const date = dateWith(body, published, actor);
    if (expected?.startsWith('not ') === true) {
      expect(date).not.toBe('none');
      expect(date).not.toBe(expected.slice('not '.length));
    } else expect(date).toBe(expected);
  });
});
