import { eventTable } from './eventTable';

/**
 * "Their previous conversation on June 14", "in their first face-to-face meeting", "just their second in-person
 * meeting": "their" before an occasion stands for the two just named past the words that say which occasion it was or
 * what kind (references.ts isTheirOccasion, agent.ts theirPairAgent; 2-sentences.ts reads "face-to-face" after "their
 * first" as a modifier, not "to face"). Not an occasion to come: "their upcoming meeting", "their possible first
 * meeting". Phrasings after Kremlin readouts (MENAFN), AFP/MNA and Independent reports of the Biden-Xi summit, 2023-2025,
 * retold; articles dated 2025-07-04, a Friday.
 */

eventTable(
  '"their" and the words that say which occasion: the occasion of the two just named',
  [
    // Must fire: an earlier call of the pair, at its own date, beside the one just told.
    [
      'Vladimir Putin and Donald Trump discussed Ukraine during a phone call on Thursday. Their previous conversation on June 14 covered energy.',
      [
        'CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-07-03',
        'CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-06-14',
      ],
    ],
    // Must fire: the occasion named only by "their" and its modifiers, no verb of meeting.
    [
      'Joe Biden and Xi Jinping spent four hours together on Wednesday in their first face-to-face meeting in a year.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-07-02'],
    ],
    [
      'Joe Biden and Xi Jinping came face-to-face on Wednesday. It was just their second in-person meeting.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-07-02'],
    ],
    // Must not: an occasion to come, or a possible one, after "their"; a shared aim is no occasion.
    [
      'Vladimir Putin and Donald Trump spoke by phone on Thursday. They prepared for their upcoming face-to-face meeting.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-07-03'],
    ],
    [
      'Vladimir Putin and Donald Trump spoke by phone on Thursday. They discussed their possible first meeting.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-07-03'],
    ],
    [
      'Vladimir Putin and Donald Trump spoke by phone on Thursday. Their first face-to-face meeting will take place in Alaska.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-07-03'],
    ],
    // Must not: after a comma, "their" and its modifiers restate the call just told (no talks beside it).
    [
      'Joe Biden held a call with Xi Jinping on Thursday, their first direct talks since the summit in California.',
      ['CALL PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-07-03'],
    ],
    [
      'Joe Biden and Xi Jinping met in San Francisco on Wednesday. They discussed their shared commitment to climate action.',
      ['MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-07-02'],
    ],
  ],
  '2025-07-04',
);
