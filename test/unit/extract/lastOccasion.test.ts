import { eventTable } from './eventTable';

/**
 * "The two leaders last spoke on June 14": "last" between a subject and its past verb is an adverb saying which of the
 * pair's occasions it was (2-sentences.ts orderAdverb), so the subject ("the two leaders", "they", two names) is that
 * verb's, and the occasion is an earlier one than the one just told, of its own date (adjustments.ts isAnotherTime).
 * Phrasings after TASS, Sputnik, Ukrainska Pravda and Mint reports of calls and summits, 2022-2025, retold; articles
 * dated 2025-07-03, a Thursday.
 */

eventTable(
  '"last" before the past verb of a pair named before: that earlier occasion',
  [
    // Must fire: the earlier call or meeting, at its own date, beside a planned one that stays silent.
    [
      'Russian President Vladimir Putin and US President Donald Trump will hold a phone conversation today. The two leaders last spoke on June 14, when they discussed the escalation between Israel and Iran.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:donald-trump @2025-06-14'],
    ],
    [
      'There are no plans for a phone call between Vladimir Putin and Emmanuel Macron, Kremlin spokesman Dmitry Peskov told reporters. The two leaders last held a phone call on June 11.',
      ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:emmanuel-macron @2025-06-11'],
    ],
    [
      'Joe Biden and Xi Jinping met in San Francisco on Wednesday. They last met in Bali in 2022.',
      [
        'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2025-07-02',
        'MEETING PARTICIPANT:joe-biden PARTICIPANT:xi-jinping @2022',
      ],
    ],
    [
      'Narendra Modi and Xi Jinping will hold a bilateral meeting on Wednesday. Modi and Xi last met in Bali in 2022.',
      ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:xi-jinping @2022'],
    ],
    // Must fire, and stay apart from the call just told: "last" makes it another occasion, of the type it names.
    [
      'French President Emmanuel Macron held a phone conversation with Vladimir Putin on Tuesday. The Kremlin said Putin and Macron had discussed the Middle East. The two leaders last spoke on 11 September 2022.',
      [
        'CALL PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-07-01',
        'CALL PARTICIPANT:vladimir-putin PARTICIPANT:emmanuel-macron @2022-09-11',
      ],
    ],
    // Must not: "last" after a determiner is an adjective ("the last attacked ship"); and talk told again with no "last"
    // is the call just told.
    ['The last attacked ship sank in the Red Sea on Tuesday.', []],
    [
      'Macron spoke with Putin by phone on Tuesday. The two leaders discussed the war in Ukraine.',
      ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-07-01'],
    ],
  ],
  '2025-07-03',
);
