import { eventTable } from './eventTable';

/**
 * A meeting whose named participants are all people of one state, named together before the trigger, "with" someone
 * the sentence does not name as an actor, is that state's delegation: it links none of them to another. Rows are
 * written after real news phrasings (names and wording changed); the rows that must fire show what the guard leaves.
 */
eventTable('occasions: people of one state at a meeting are one side', [
  [
    'Japanese Foreign Minister Yoko Kamikawa and Japanese Defence Minister Minoru Kihara are in Manila to hold talks with their counterparts.',
    [],
  ],
  ['US Secretary of State Antony Blinken and US Defense Secretary Lloyd Austin met with reporters in Manila.', []],
  [
    'Russian President Vladimir Putin met Russian Foreign Minister Sergei Lavrov in Moscow.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:sergei-lavrov @2025-03-04'],
  ],
  [
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.',
    ['MEETING PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-03-04'],
  ],
  [
    'Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro held talks in Manila.',
    ['MEETING PARTICIPANT:yoko-kamikawa PARTICIPANT:gilberto-teodoro @2025-03-04'],
  ],
  [
    "The Russian Foreign Ministry summoned Canada's ambassador in Moscow, Alison LeClaire, on Monday.",
    ['MEETING PARTICIPANT:russia PARTICIPANT:alison-leclaire @2025-03-03'],
  ],
]);
