import { eventsOf } from './eventTable';

/**
 * Issue 20, seventh round: mechanisms found by labelling East and South-East Asian and Pacific news in the gold format
 * before running the extractor (rows written after real news phrasings, names and wording changed).
 */

/** Whether one text yields an alliance. */
const isAllied = (text: string): boolean => eventsOf(text).some((e) => e.startsWith('ALLIANCE '));

describe('a defence deal allies its sides when it is mutual, an alliance, a pact or a treaty, not a cooperation deal', () => {
  it.each([
    // A defence deal whose head binds to work together is cooperation, not an alliance (index.ts isLesserDeal).
    ['Indonesia and Australia signed a defense agreement on Thursday.', false],
    ['Vietnam and Japan signed a defence cooperation agreement on Friday.', false],
    ['The Philippines and Britain signed a defence cooperation MoU on Thursday.', false],
    ['Singapore and India signed a military agreement on Monday.', false],
    // Mutual defence, an alliance agreement, a defence pact or treaty still ally them.
    ['Saudi Arabia and Pakistan signed a strategic mutual defence agreement on Wednesday.', true],
    ['Russia and Belarus signed an alliance agreement on Friday.', true],
    ['Mali, Niger and Burkina Faso signed a mutual defence pact on Saturday.', true],
    ['Australia and Papua New Guinea signed a defence treaty on Monday.', true],
  ])('%s', (text, allied) => expect(isAllied(text)).toBe(allied));
});

describe('"the talks" after talks by phone are that call, held by the states\' own people', () => {
  it.each([
    [
      'The foreign ministers of Japan and South Korea held talks by phone on Friday. In the talks, Foreign Minister Kang Kyung-wha and her Japanese counterpart Taro Kono agreed to keep in touch.',
      'CALL',
    ],
    [
      'The leaders of China and France spoke by phone on Tuesday. During the talks, President Xi Jinping and President Emmanuel Macron discussed trade.',
      'CALL',
    ],
    // Talks told with no call before are a meeting; a call before of other states is another occasion.
    [
      'In the talks on Friday, Foreign Minister Kang Kyung-wha and her Japanese counterpart Taro Kono agreed to keep in touch.',
      'MEETING',
    ],
    [
      'The leaders of Brazil and Argentina spoke by phone on Friday. In the talks on Saturday, Foreign Minister Kang Kyung-wha and her Japanese counterpart Taro Kono agreed to keep in touch.',
      'MEETING',
    ],
  ])('%s', (text, type) => {
    const persons = eventsOf(text, '2019-07-26').filter((e) =>
      /^(?:CALL|MEETING) .*(?:kang-kyung-wha|xi-jinping)/.test(e),
    );
    expect(persons.map((e) => e.split(' ')[0])).toEqual([type]);
  });
});

describe('criticism or a warning an act draws falls on the act’s owner, past an adverb', () => {
  it.each([
    // (Reuters, August 2025: "China's actions also drew condemnation from the United States".)
    [
      "China's actions also drew condemnation from the United States on Tuesday.",
      ['CRITICISM SOURCE:united-states TARGET:china @2025-03-04'],
    ],
    [
      "Israel's strike on Qatar also drew sharp criticism from Egypt on Tuesday.",
      ['CONFLICT PARTICIPANT:israel PARTICIPANT:qatar @2025-03-04', 'CRITICISM SOURCE:egypt TARGET:israel @2025-03-04'],
    ],
    // An act of no one named falls on no one.
    ['The strike also drew condemnation from the United States on Tuesday.', []],
  ])('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});

describe('"X, a treaty ally of Y": the group in apposition allies with the object of "ally of"', () => {
  const alliances = (text: string) => eventsOf(text).filter((e) => e.startsWith('ALLIANCE '));
  it.each([
    // (Reuters, August 2025; AP, 2023.)
    [
      "China's actions also drew condemnation from the United States, a treaty ally of the Philippines.",
      ['ALLIANCE PARTICIPANT:united-states PARTICIPANT:philippines @null'],
    ],
    [
      'The United States, a treaty ally of the Philippines, condemned the move.',
      ['ALLIANCE PARTICIPANT:united-states PARTICIPANT:philippines @null'],
    ],
    // A verb between the comma and the noun makes it no apposition.
    ['Russia condemned Ukraine, which Moscow calls an ally of the West.', []],
  ])('%s', (text, expected) => expect(alliances(text)).toEqual(expected));
});

describe('an event of "last week" is another occasion than one of this week with the same sides', () => {
  it.each([
    // (Reuters, May 2023, published on a Friday: Thursday's demand, and last week's criticism.)
    [
      'On Thursday Vietnam accused a Chinese survey vessel of violating its sovereignty. Last week Vietnam criticised the conduct of a Chinese research ship.',
      ['CRITICISM SOURCE:vietnam TARGET:china @2023-05-25', 'CRITICISM SOURCE:vietnam TARGET:china @2023-05'],
    ],
    [
      'Japan condemned North Korea on Monday. Last week Japan condemned North Korea too.',
      ['CRITICISM SOURCE:japan TARGET:north-korea @2023-05-22', 'CRITICISM SOURCE:japan TARGET:north-korea @2023-05'],
    ],
    // "Earlier in the week" is this week: the same occasion as Thursday's may be told again.
    [
      'Vietnam criticised China on Thursday. Vietnam had criticised China earlier in the week.',
      ['CRITICISM SOURCE:vietnam TARGET:china @2023-05-25'],
    ],
  ])('%s', (text, expected) => expect(eventsOf(text, '2023-05-26')).toEqual(expected));
});

describe('a perfect of its own, or a verb past its adverbs, after a denial\'s "and" ("and has condemned", "and strongly condemned") is asserted again', () => {
  it.each([
    // (NWO Report, 2018: "China firmly opposes the planned sales and has already lodged stern representations".)
    [
      'China rejected the claims and has condemned the U.S.',
      ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
    ],
    [
      'Belarus denied the accusations and has accused the EU of lying.',
      ['CRITICISM SOURCE:belarus TARGET:european-union @2025-03-04'],
    ],
    // (Geo TV and Daily Pakistan, July 2022: the second verb past its adverbs.)
    [
      'Pakistan has completely rejected and strongly condemned the unwarranted comments made by Indian Defence Minister Rajnath Singh at a recent event.',
      ['CRITICISM SOURCE:pakistan TARGET:rajnath-singh @2025-03-04'],
    ],
    // What the denial denies, or a negated perfect, is still no event.
    ['Russia denied reports that it has attacked Ukraine.', []],
    ['Iran rejected the claims and has not attacked Israel.', []],
    ['The Kremlin denied that Putin had quietly and secretly met Trump.', []],
  ])('%s', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});

describe('a visit to a state, ", where" or ", during which" its own person acts, met that person', () => {
  const meetings = (text: string) => eventsOf(text).filter((e) => e.startsWith('MEETING '));
  it.each([
    // (Arab News, August 2024; Reuters, July 2024.)
    [
      "The deal came a week after Subianto's visit to Canberra, where he and Australian Prime Minister Anthony Albanese announced that the talks had concluded.",
      ['MEETING PARTICIPANT:prabowo-subianto PARTICIPANT:anthony-albanese @2025-03-04'],
    ],
    [
      "Modi's visit to Russia, during which Putin awarded him the Order of St Andrew, drew criticism.",
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-04'],
    ],
    // No person of the state in the clause, or no "where": the state stays.
    [
      "Blinken's visit to China, where he said Beijing must stop supplying Russia, ended on Friday.",
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:china @2025-02-28'],
    ],
    [
      "Blinken's visit to China, which Xi Jinping welcomed, ended on Friday.",
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:china @2025-02-28'],
    ],
  ])('%s', (text, expected) => expect(meetings(text)).toEqual(expected));
});

describe('a protest lodged after "and" has the subject of the verb before it', () => {
  it.each([
    // (Manila and Beijing foreign ministry phrasings, 2018-2024.)
    [
      'Manila summoned the Chinese envoy and filed a diplomatic protest with China on Monday.',
      ['CRITICISM SOURCE:philippines TARGET:china @2025-03-03'],
    ],
    [
      'China opposes the sales and has already lodged stern representations with the U.S.',
      ['CRITICISM SOURCE:china TARGET:united-states @2025-03-04'],
    ],
    [
      'Seoul criticised the remarks and lodged a complaint with Tokyo.',
      ['CRITICISM SOURCE:south-korea TARGET:japan @2025-03-04'],
    ],
    // A subject of its own before the verb keeps the protest its own.
    [
      'The drone fell in Poland and Warsaw lodged a protest with Moscow.',
      ['CRITICISM SOURCE:poland TARGET:russia @2025-03-04'],
    ],
  ])('%s', (text, expected) => expect(eventsOf(text).filter((e) => e.startsWith('CRITICISM '))).toEqual(expected));
});
