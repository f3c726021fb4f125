import { eventTable } from './eventTable';

/**
 * "The Obama administration on Wednesday widened sanctions against Russia" (The Hill 2014), "expelled more than 20
 * officials from the Moscow Embassy" (Prensa Latina 2022): sanctions widened or broadened are imposed (lexicon/grammar.ts
 * SUPPORT_VERBS, lexicon/force.ts TIGHTENING_VERBS), and an expulsion names its mission after the staff it expels
 * (triggers.ts sanction-expelled-diplomats). Rows that must not fire: support widened, a gap widening, people expelled
 * near a mission.
 */
eventTable(
  'sanctions widened, staff of a mission expelled',
  [
    [
      'The Obama administration on Wednesday widened sanctions against Russia.',
      ['SANCTION SOURCE:united-states TARGET:russia @2014-07-16'],
    ],
    [
      'The European Union broadened its sanctions on Belarus on Monday.',
      ['SANCTION SOURCE:european-union TARGET:belarus @2014-07-14'],
    ],
    ['Japan widened export controls on South Korea.', ['SANCTION SOURCE:japan TARGET:south-korea @null']],
    [
      'Belgium expelled 21 officials from the Russian embassy on Tuesday.',
      ['SANCTION SOURCE:belgium TARGET:russia @2014-07-15'],
    ],
    [
      'Germany expelled two employees of the Chinese embassy in Berlin.',
      ['SANCTION SOURCE:germany TARGET:china @null'],
    ],
    // Must not fire.
    ['Germany widened its support for Ukraine under the new measures.', []],
    ['The rift between Washington and Beijing widened over sanctions.', []],
    ['Egypt expelled dozens of protesters gathered near the US embassy in Cairo.', []],
  ],
  '2014-07-17',
);
