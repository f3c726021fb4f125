import { eventTable } from './eventTable';

/**
 * Two actors who face the press together have met: "held a joint press conference with US Secretary of State Rex
 * Tillerson", "said at a joint news conference with his Ukrainian counterpart Petro Poroshenko", "Hu Jintao and Barack
 * Obama attend a joint press conference", "are holding a rare joint press conference" (İLKHA 2018, Yeni Şafak 2018,
 * Xinhua 2011, CBS 2022, reworded). The rule wants "joint" before "press" or "news" and the event's noun right after:
 * one actor's own press conference is no meeting, and a joint press conference still ahead is none yet.
 */

eventTable('a joint press conference with a counterpart is a meeting', [
  [
    'Foreign Minister Mevlut Cavusoglu held a joint press conference with US Secretary of State Rex Tillerson in Ankara.',
    ['MEETING PARTICIPANT:mevlut-cavusoglu PARTICIPANT:rex-tillerson @2025-03-04'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan said at a joint news conference with his Ukrainian counterpart Petro Poroshenko in Istanbul that the talks were useful.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:petro-poroshenko @2025-03-04'],
  ],
  [
    'Chinese President Hu Jintao and U.S. President Barack Obama attend a joint press conference at the White House on Wednesday.',
    ['MEETING PARTICIPANT:hu-jintao PARTICIPANT:barack-obama @2025-02-26'],
  ],
  [
    'President Joe Biden and French President Emmanuel Macron are holding a rare joint press conference Thursday afternoon at the White House.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:emmanuel-macron @2025-02-27'],
  ],
  // Must not: a joint press conference still ahead; one actor's own press conference; a press conference with
  // reporters only; an
  // infinitive's aim under a schedule.
  [
    'Indian Prime Minister Narendra Modi will address a joint press conference with US President Joe Biden on Monday.',
    [],
  ],
  [
    'President Biden will host Japanese Prime Minister Fumio Kishida next week for a visit that will include a joint press conference.',
    [],
  ],
  ['US President Joe Biden held a press conference on Monday after returning from Brussels.', []],
  [
    'IAEA chief Rafael Grossi is due to hold talks with Iranian nuclear chief Mohammad Eslami and to attend a joint press conference with him.',
    [],
  ],
  ['Russian Foreign Minister Sergei Lavrov told a news conference in Moscow that the talks had failed.', []],
]);
