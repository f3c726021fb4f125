import { eventTable } from './eventTable';

/**
 * An agreement to cooperate is an agreement, not cooperation done: "agreed to cooperate", "agreed to closely
 * cooperate" (an adverb inside the infinitive), "agreed to work together", "agreed to collaborate". Cooperation told
 * as done still is, and so is cooperation under way that is agreed to be deepened (precisionResidue.test.ts). Rows
 * after real readouts of Asian summits, talks and calls, 2022-2025 (NHK, KBS, Korea Herald, Yomiuri, anyare.ph;
 * wording shortened).
 */
eventTable('cooperation done', [
  ['Russia and China have cooperated closely since 2014.', ['COOPERATION PARTICIPANT:russia PARTICIPANT:china @2014']],
  [
    'South Korea and Japan worked together on Monday to evacuate citizens from Sudan.',
    ['COOPERATION PARTICIPANT:south-korea PARTICIPANT:japan @2025-03-03'],
  ],
  // (An agreement to impose a measure may be the measure itself: left as it was.)
  [
    'The European Union agreed on Monday to impose sanctions on Russia.',
    ['SANCTION SOURCE:european-union TARGET:russia @2025-03-03'],
  ],
]);

eventTable('an agreement to cooperate, and no cooperation yet', [
  [
    'The leaders of Japan and Thailand agreed on Monday to cooperate for the success of a special summit.',
    ['AGREEMENT PARTICIPANT:japan PARTICIPANT:thailand @2025-03-03'],
  ],
  [
    'The top diplomats of South Korea and the United States agreed on Monday to closely cooperate to resume dialogue.',
    ['AGREEMENT PARTICIPANT:south-korea PARTICIPANT:united-states @2025-03-03'],
  ],
  [
    'Iwaya and Prak Sokhonn agreed on Monday to collaborate on maintaining the multilateral free trade system.',
    ['AGREEMENT PARTICIPANT:takeshi-iwaya PARTICIPANT:prak-sokhon @2025-03-03'],
  ],
  [
    'Japan and Thailand agreed on Monday to work together to make the summit a success.',
    ['AGREEMENT PARTICIPANT:japan PARTICIPANT:thailand @2025-03-03'],
  ],
]);
