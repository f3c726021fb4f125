import { eventTable } from './eventTable';

/**
 * The states after "discussed ties with", "discussed cooperation with", "discussed trade with" are whom the bonds are
 * with, the talk's topic, once the talk has its own sides: two talkers in the subject, or a meeting, call or talks the
 * verb is coordinated after. One talker keeps the "with" as the other side. The rows retell phrasings of Kremlin,
 * Akorda and Indian readouts (calls on Afghanistan, Central Asian summits, South Asian visits) in other words.
 */

eventTable('a talk of two sides: the states its bonds are with are no sides', [
  [
    'Putin and Xi discussed relations with Afghanistan during a phone call on Wednesday.',
    ['CALL PARTICIPANT:vladimir-putin PARTICIPANT:xi-jinping @2025-02-26'],
  ],
  [
    'Tokayev and Mirziyoyev discussed trade with China, Russia and Turkey on Friday.',
    ['MEETING PARTICIPANT:kassym-jomart-tokayev PARTICIPANT:shavkat-mirziyoyev @2025-02-28'],
  ],
  [
    'Modi and Hasina discussed cooperation with Nepal and Bhutan on Monday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:sheikh-hasina @2025-03-03'],
  ],
  [
    'Foreign ministers Bakhtiyor Saidov of Uzbekistan and Jeenbek Kulubaev of Kyrgyzstan discussed ties with Russia, China and Iran on Monday.',
    ['MEETING PARTICIPANT:bakhtiyor-saidov PARTICIPANT:jeenbek-kulubaev @2025-03-03'],
  ],
  [
    'Modi held talks with Oli on Sunday and discussed trade with Bangladesh and Bhutan.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:khadga-prasad-sharma-oli @2025-03-02'],
  ],
  [
    'Jaishankar met Wang Yi in Vientiane on Thursday and discussed relations with Pakistan.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:wang-yi @2025-02-27'],
  ],
  ['The two leaders discussed ties with Iran and Turkey on Monday.', []],
  // Must still fire: one talker's "with" is the other side of the talk.
  [
    'Jaishankar discussed bilateral ties with his Nepali counterpart Narayan Khadka on Tuesday.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:narayan-khadka @2025-03-04'],
  ],
  [
    'Imran Khan discussed relations with Putin by telephone on Tuesday.',
    ['CALL PARTICIPANT:imran-khan PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
  [
    'Blinken discussed the U.S.-China relationship with Qin Gang on Sunday.',
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:qin-gang @2025-03-02'],
  ],
]);
