import { eventTable } from './eventTable';

/**
 * Wrong core edges (CALL, MEETING, MEDIATION, ALLIANCE) found on fresh news (issue 20, precision of the core types),
 * each a construction. Each table holds rows that must not fire and rows of the correct reading that still must. The
 * rows retell wire phrasings in other words.
 */

eventTable('plain ties a talk seeks to strengthen are no alliance; a named bond, or ties strengthened, are', [
  [
    'Indian Prime Minister Narendra Modi and Portuguese President Marcelo Rebelo de Sousa held talks on Friday on ways to deepen bilateral ties.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:marcelo-rebelo-de-sousa @2025-02-28'],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim and Indonesian President Joko Widodo discussed how to strengthen Malaysia-Indonesia ties on Monday.',
    ['MEETING PARTICIPANT:anwar-ibrahim PARTICIPANT:joko-widodo @2025-03-03'],
  ],
  [
    'Kenyan President William Ruto and Angolan President Joao Lourenco held talks on Tuesday on ways of boosting bilateral relations.',
    ['MEETING PARTICIPANT:william-ruto PARTICIPANT:joao-lourenco @2025-03-04'],
  ],
  // Must still fire: ties strengthened, a strategic partnership to strengthen, security ties agreed on.
  ['Russia and Iran have strengthened ties.', ['ALLIANCE PARTICIPANT:russia PARTICIPANT:iran @null']],
  [
    'Putin and Modi discussed measures to further strengthen the Special and Privileged Strategic Partnership between India and Russia.',
    [
      'MEETING PARTICIPANT:vladimir-putin PARTICIPANT:narendra-modi @2025-03-04',
      'ALLIANCE PARTICIPANT:india PARTICIPANT:russia @null',
    ],
  ],
  [
    'Japan and the Philippines agreed on Monday to expand security ties.',
    [
      'AGREEMENT PARTICIPANT:japan PARTICIPANT:philippines @2025-03-03',
      'ALLIANCE PARTICIPANT:japan PARTICIPANT:philippines @null',
    ],
  ],
]);
