import { eventTable } from './eventTable';

/**
 * Recall of sanctions, threats and cooperation on news nobody labelled (issue 20, audit sanc3): each mechanism with
 * rows that must fire and rows that must not. Rows are written after real news phrasings (names and wording changed).
 */

eventTable('an announced measure is decided; one threatened, vowed, conditioned, weighed or denied is not', [
  [
    'The United States said on Thursday it would freeze nearly all security assistance to Pakistan until Islamabad acts against militant groups.',
    ['SANCTION SOURCE:united-states TARGET:pakistan @2025-02-27'],
  ],
  [
    'Canada will impose targeted sanctions on forty Venezuelan officials, including President Nicolas Maduro.',
    ['SANCTION SOURCE:canada TARGET:venezuela @null', 'SANCTION SOURCE:canada TARGET:nicolas-maduro @null'],
  ],
  [
    'The European Union will impose new sanctions on Belarus, its foreign policy chief said.',
    ['SANCTION SOURCE:european-union TARGET:belarus @null'],
  ],
  [
    'Britain said it would swiftly impose sanctions on Russian banks.',
    ['SANCTION SOURCE:united-kingdom TARGET:russia @null'],
  ],
  ['Trump said he would impose tariffs on Mexico if it did not stop migrants.', []],
  ['Trump warned that he would impose tariffs on Mexico on Saturday.', []],
  ['China vowed it would impose countermeasures on Japan.', ['THREAT SOURCE:china TARGET:japan @2025-03-04']],
  ['The EU is considering whether it would impose sanctions on Russia.', []],
  ['Japan would not impose sanctions on Russia, its foreign minister said.', []],
  ['The United States could impose sanctions on Iran, officials said.', []],
  ['The European Union said it would consider sanctions on Guatemalan officials.', []],
  ['Germany called for a freeze of aid to Rwanda on Monday.', []],
  ['The United States said it would lift sanctions on Syria.', []],
]);
