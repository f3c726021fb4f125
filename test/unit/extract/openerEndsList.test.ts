import { eventTable } from './eventTable';

/**
 * "In response to Russia's invasion of Ukraine, the UK and the US have imposed sanctions": a list begun inside a
 * sentence's fronted phrase ends at that phrase's comma when actors and a verb follow it: those actors are the
 * clause's subject (structure.ts, isOpenerEndedAtFirst), not more members of the phrase's list. And a force noun in a
 * fronted phrase of what the clause answers ("in response to", "in retaliation for") is another's deed: the subject
 * after it took no part in it (agent.ts, isAnsweredDeed). Rows that must not change: a fronted phrase's own list closed
 * before its comma, and a fronted occasion whose subject follows it.
 */
eventTable(
  'a fronted phrase ends at its comma before the subject',
  [
    // (Banking Gateway 2022, on the first sanctions after the invasion.)
    [
      "In response to Russia's invasion of Ukraine, the UK and the US governments have imposed sanctions on major Russian banks.",
      [
        'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null',
        'SANCTION SOURCE:united-kingdom SOURCE:united-states TARGET:russia @null',
      ],
    ],
    [
      "Following Russia's attack on Ukraine, Canada and Japan announced sanctions on Russian banks.",
      [
        'CONFLICT PARTICIPANT:russia PARTICIPANT:ukraine @null',
        'SANCTION SOURCE:canada SOURCE:japan TARGET:russia @null',
      ],
    ],
    ['In response to the attacks on Israel, Britain and France have sent warships to the region.', []],
    [
      'In retaliation for the strikes on Iran, Russia and China condemned Israel.',
      ['CRITICISM SOURCE:russia SOURCE:china TARGET:israel @2022-02-23'],
    ],
    // Must not change.
    [
      'After talks with Germany, France and Italy, Macron said the EU would act.',
      ['NEGOTIATION PARTICIPANT:france PARTICIPANT:italy PARTICIPANT:germany @2022-02-23'],
    ],
    [
      'During a meeting in Riyadh, Rubio and Lavrov discussed Ukraine.',
      ['MEETING PARTICIPANT:rubio PARTICIPANT:sergei-lavrov @2022-02-23'],
    ],
    [
      'In a series of strikes on Yemen, the US and Britain struck Houthi targets.',
      [
        'CONFLICT PARTICIPANT:united-states PARTICIPANT:houthis @null',
        'CONFLICT PARTICIPANT:united-kingdom PARTICIPANT:houthis @null',
      ],
    ],
    // (compromise reads "hit" after the list as no finite verb, so the list runs on into the subject; the strikes' one
    // side, with no striker named, then fights no one (participants.ts sidesOfClause), where it was a war of Yemen, the
    // US and Britain together.)
    ['In a series of strikes on Yemen, the US and Britain hit Houthi targets.', []],
  ],
  '2022-02-23',
);
