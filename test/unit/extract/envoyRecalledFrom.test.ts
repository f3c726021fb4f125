import { eventTable } from './eventTable';

/**
 * A measure whose rule needs a following word ("recalling its ambassador"): the "from" after that word is the place
 * the envoy leaves, not who imposes the measure (participants.ts, sourcesFrom). Compromise reads a gerund after "by"
 * as a noun, which once sent "hit back by recalling its ambassador from Poland" through the "sanctions from the EU"
 * reading (AP 2020 on Belarus, Poland and Lithuania; Reuters and AP 2021 on Russia recalling its envoy from Washington).
 */
eventTable(
  'the envoy recalled "from" a state: the state recalled from is the target',
  [
    ['Belarus hit back by recalling its ambassador from Poland.', ['SANCTION SOURCE:belarus TARGET:poland @null']],
    [
      'Minsk hit back on Friday by recalling its ambassadors from Poland and Lithuania.',
      ['SANCTION SOURCE:belarus TARGET:poland @2021-06-04', 'SANCTION SOURCE:belarus TARGET:lithuania @2021-06-04'],
    ],
    [
      'Russia responded by recalling its ambassador from Washington for consultations.',
      ['SANCTION SOURCE:russia TARGET:united-states @null'],
    ],
    // Must not change: a noun of criticism or sanction whose "from" follows the noun itself names who voices it.
    [
      'Russia drew sharp criticism from Egypt and Jordan on Friday.',
      ['CRITICISM SOURCE:egypt SOURCE:jordan TARGET:russia @2021-06-04'],
    ],
  ],
  '2021-06-05',
);
