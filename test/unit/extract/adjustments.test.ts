import { findDates, newsDay } from '../../../src/extract/5-dates';
import { type EventInput, findEvents } from '../../../src/extract/6-events';
import { ADJUSTMENTS } from '../../../src/extract/6-events/adjustments';
import { linkMentions } from '../../../src/extract/4-link';
import { findMentions } from '../../../src/extract/3-mentions';
import { splitSentences } from '../../../src/extract/2-sentences';

/**
 * The adjustment chain step by step: each row is a text, its event mentions with the whole chain, and with the chain
 * less the step under test (what the step changes). A row whose two columns agree shows where the step leaves an
 * event alone.
 */

const published = '2025-03-04';

/** The event stage's input for a text, as extract() builds it. */
function inputOf(body: string): EventInput {
  const sentences = splitSentences(body);
  const mentions = findMentions(sentences);
  const { actors, actorOf } = linkMentions(mentions);
  const { dates } = findDates(sentences, published);
  return {
    sentences,
    mentions,
    actorOf,
    kindOf: new Map(actors.map((a) => [a.id, a.kind])),
    dates,
    affiliationOf: new Map(actors.filter((a) => a.kind === 'PERSON').map((a) => [a.id, a.affiliation])),
    newsDay: newsDay(dates, published),
  };
}

/** Event mentions as "TYPE role:actor ... @date" strings, found with the given chain. */
function mentionsOf(body: string, steps = ADJUSTMENTS): string[] {
  return findEvents(inputOf(body), steps).map((e) =>
    [e.type, ...e.participants.map((p) => `${p.role}:${p.actorId}`), `@${e.date}`].join(' '),
  );
}

type Row = [text: string, withStep: string[], withoutStep: string[]];

function stepTable(name: string, rows: Row[]): void {
  describe(`adjustment ${name}`, () => {
    const without = ADJUSTMENTS.filter((s) => s.name !== name);
    it('is a step of the chain', () => expect(without).toHaveLength(ADJUSTMENTS.length - 1));
    it.each(rows)('%s', (text, withStep, withoutStep) => {
      expect(mentionsOf(text)).toEqual(withStep);
      expect(mentionsOf(text, without)).toEqual(withoutStep);
    });
  });
}

it('runs the steps in their order', () => {
  expect(ADJUSTMENTS.map((s) => s.name)).toEqual([
    'betweenStates',
    'withoutRepresentedStates',
    'withoutOneSide',
    'withoutOwnState',
    'summonedEnvoysState',
    'threatenedNotOwnSide',
    'resolveParties',
    'sameAsBefore',
    'moreTargets',
    'talksOfSides',
    'sameOccasionBefore',
  ]);
});

stepTable('betweenStates', [
  [
    'US President Joe Biden announced a $225 million aid package for Ukraine.',
    ['SUPPLY SOURCE:united-states TARGET:ukraine @null'],
    ['SUPPLY SOURCE:joe-biden TARGET:ukraine @null'],
  ],
  [
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a strategic partnership agreement.',
    [
      'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null',
      'ALLIANCE PARTICIPANT:russia PARTICIPANT:north-korea @null',
      'ALLIANCE PARTICIPANT:russia PARTICIPANT:north-korea @null',
    ],
    [
      'AGREEMENT PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null',
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null',
      'ALLIANCE PARTICIPANT:russia PARTICIPANT:north-korea @null',
      'ALLIANCE PARTICIPANT:vladimir-putin PARTICIPANT:kim-jong-un @null',
    ],
  ],
  [
    'Russia and Iran have strengthened ties.',
    ['ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null'],
    ['ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null'],
  ],
]);

stepTable('withoutRepresentedStates', [
  [
    'At the initiative of the Armenian side, Russian President Vladimir Putin held a telephone conversation with Armenian Prime Minister Nikol Pashinyan.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:nikol-pashinyan @null'],
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:armenia PARTICIPANT:nikol-pashinyan @null'],
  ],
  [
    'US President Joe Biden met Ukrainian President Volodymyr Zelensky in Kyiv.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:volodymyr-zelensky @null'],
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:volodymyr-zelensky @null'],
  ],
]);

stepTable('resolveParties', [
  [
    'Iran and the US held talks in Muscat on Saturday. Oman mediated the talks.',
    [
      'NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01',
      'MEDIATION MEDIATOR:oman PARTY:iran PARTY:united-states @2025-03-01',
    ],
    ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01'],
  ],
  [
    'Egypt and Qatar brokered a ceasefire between Israel and Hamas in January.',
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-01',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-01',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-01',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-01',
    ],
    [
      'MEDIATION MEDIATOR:egypt PARTY:israel PARTY:hamas @2025-01',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-01',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-01',
      'AGREEMENT PARTICIPANT:israel PARTICIPANT:hamas @2025-01',
    ],
  ],
]);

stepTable('moreTargets', [
  [
    'The European Union imposed sanctions on Russia on Wednesday. Putin’s chief of staff, Anton Vaino, was also sanctioned.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-26',
      'SANCTION SOURCE:european-union TARGET:anton-vaino @2025-02-26',
    ],
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-26'],
  ],
  [
    'The European Union imposed sanctions on Russia on Wednesday. Russian Defense Minister Sergei Shoigu is among those targeted.',
    [
      'SANCTION SOURCE:european-union TARGET:russia @2025-02-26',
      'SANCTION SOURCE:european-union TARGET:sergei-shoigu @2025-02-26',
    ],
    ['SANCTION SOURCE:european-union TARGET:russia @2025-02-26'],
  ],
  // The sentence's main sanction, not the background one after it.
  [
    'China sanctioned US defense firms on Wednesday, in retaliation for earlier US sanctions on Chinese companies. The entities include units of Raytheon.',
    [
      'SANCTION SOURCE:china TARGET:united-states @2025-02-26',
      'SANCTION SOURCE:united-states TARGET:china @2025-02-26',
      'SANCTION SOURCE:china TARGET:raytheon @2025-02-26',
    ],
    [
      'SANCTION SOURCE:china TARGET:united-states @2025-02-26',
      'SANCTION SOURCE:united-states TARGET:china @2025-02-26',
    ],
  ],
  // Left alone: no sanction before it; a noun of sanctions without its source; another act's target.
  ['Anton Vaino was also sanctioned.', [], []],
  [
    'ECOWAS imposed sanctions on Mali on Sunday. On Monday, a spokesman announced the recall of Bamako’s ambassadors.',
    ['SANCTION SOURCE:economic-community-of-west-african-states TARGET:mali @2025-03-02'],
    ['SANCTION SOURCE:economic-community-of-west-african-states TARGET:mali @2025-03-02'],
  ],
  [
    'Russia attacked Ukraine on Wednesday. Kharkiv was among the cities targeted.',
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-26'],
    ['CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-26'],
  ],
]);

stepTable('sameAsBefore', [
  [
    'The European Union imposed sanctions on oil companies Rosneft and Lukoil on Monday. The sanctions, announced in Brussels, also target Sovcomflot and other companies.',
    [
      'SANCTION SOURCE:european-union TARGET:rosneft @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:lukoil @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:sovcomflot @2025-03-03',
    ],
    [
      'SANCTION SOURCE:european-union TARGET:rosneft @2025-03-03',
      'SANCTION SOURCE:european-union TARGET:lukoil @2025-03-03',
    ],
  ],
]);

stepTable('talksOfSides', [
  [
    'Iran and the US held talks in Muscat on Saturday.',
    ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01'],
    ['MEETING PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01'],
  ],
  [
    'US officials held talks with Russian counterparts in Riyadh.',
    ['MEETING PARTICIPANT:united-states PARTICIPANT:russia @null'],
    ['MEETING PARTICIPANT:united-states PARTICIPANT:russia @null'],
  ],
]);

stepTable('summonedEnvoysState', [
  // (Reuters 2024: the envoy summoned is named elsewhere in the article; the protest is made to his state.)
  [
    'Russian ambassador Georgy Zinoviev arrived in Seoul last year. South Korea’s foreign ministry summoned the Russian ambassador on Monday to protest against the sending of North Korean troops.',
    [
      'CRITICISM SOURCE:south-korea TARGET:russia @2025-03-03',
      'CRITICISM SOURCE:south-korea TARGET:north-korea @2025-03-03',
    ],
    [
      'CRITICISM SOURCE:south-korea TARGET:georgy-zinoviev @2025-03-03',
      'CRITICISM SOURCE:south-korea TARGET:north-korea @2025-03-03',
    ],
  ],
  // (Not a summons: criticism of an envoy's own words stays with the envoy.)
  [
    'Russian ambassador Georgy Zinoviev spoke in Seoul last year. South Korea’s foreign ministry condemned the Russian ambassador on Monday.',
    ['CRITICISM SOURCE:south-korea TARGET:georgy-zinoviev @2025-03-03'],
    ['CRITICISM SOURCE:south-korea TARGET:georgy-zinoviev @2025-03-03'],
  ],
]);

stepTable('threatenedNotOwnSide', [
  // (KCNA via CGTN 2020; a warner of no state the article gives: the subject of what is warned acts against another.)
  [
    'Party secretary Ri Il Hwan warned that North Korea would take revenge against South Korea.',
    ['THREAT SOURCE:ri-il-hwan TARGET:south-korea @null', 'THREAT SOURCE:north-korea TARGET:south-korea @null'],
    ['THREAT SOURCE:ri-il-hwan TARGET:north-korea @null', 'THREAT SOURCE:north-korea TARGET:south-korea @null'],
  ],
  // (No act against another: the one warned stays threatened.)
  [
    'US President Donald Trump warned that Iran would pay a heavy price.',
    ['THREAT SOURCE:donald-trump TARGET:iran @null'],
    ['THREAT SOURCE:donald-trump TARGET:iran @null'],
  ],
  // (Indian Express 2017, Radio Farda 2019, CGTN 2020: the one warned is the verb's own object; the act "on" or
  // "against" another after it is what the warning forbids, no one threatened.)
  [
    'Pakistan’s Defence Minister Khawaja Asif on Monday warned India of severe consequences in case of a surgical strike on his country.',
    ['THREAT SOURCE:khawaja-asif TARGET:india @2025-03-03'],
    ['THREAT SOURCE:khawaja-asif TARGET:india @2025-03-03'],
  ],
  [
    'Tehran has warned the United States of serious consequences if Washington moves aggressively against Iran.',
    ['THREAT SOURCE:iran TARGET:united-states @null'],
    ['THREAT SOURCE:iran TARGET:united-states @null'],
  ],
  [
    'Foreign minister Shah Mahmood Qureshi warned neighboring India on Wednesday to refrain from launching any attacks on his country.',
    ['THREAT SOURCE:shah-mahmood-qureshi TARGET:india @2025-02-26'],
    ['THREAT SOURCE:shah-mahmood-qureshi TARGET:india @2025-02-26'],
  ],
]);

stepTable('sameOccasionBefore', [
  // (WAtoday 2022: "spoke with", a call only for want of a place, told of a pair just said to have met.)
  [
    'Anthony Albanese met Chinese Premier Li Keqiang at a gala dinner in Phnom Penh on Saturday. Albanese spoke with Li for about four minutes through interpreters.',
    [
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-01',
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-01',
    ],
    [
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-01',
      'CALL PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @null',
    ],
  ],
  // (Said to be by phone: another occasion, a call.)
  [
    'Anthony Albanese met Chinese Premier Li Keqiang in Phnom Penh on Saturday. Albanese spoke with Li by phone on Sunday.',
    [
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-01',
      'CALL PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-02',
    ],
    [
      'MEETING PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-01',
      'CALL PARTICIPANT:anthony-albanese PARTICIPANT:li-keqiang @2025-03-02',
    ],
  ],
]);
