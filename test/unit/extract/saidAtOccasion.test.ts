import { eventTable } from './eventTable';

/**
 * "X said [own state] was ready to ... during a phone call with Y": the call or meeting the words were said at happened,
 * and the speaker was on it (issue 20, seventh round, from South and Central Asian news labelled in full). The rows
 * retell wire phrasings in other words.
 */

eventTable(
  "the occasion a speaker's hedged words were said at is no hedged event, and the speaker is its side",
  [
    [
      "Araghchi said Tehran was ready to help ease tensions between New Delhi and Islamabad during a phone call with Pakistan's Deputy Prime Minister and Foreign Minister, Muhammad Ishaq Dar.",
      ['CALL PARTICIPANT:abbas-araghchi PARTICIPANT:ishaq-dar @2025-04-26'],
    ],
    [
      'Araghchi said Iran backed talks during a phone call with Ishaq Dar.',
      ['CALL PARTICIPANT:abbas-araghchi PARTICIPANT:ishaq-dar @2025-04-26'],
    ],
    [
      'Jaishankar said New Delhi was keen to stabilise ties during a meeting with Wang Yi in Vientiane on Thursday.',
      ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:wang-yi @2025-04-24'],
    ],
    // Must not fire: a hedged occasion with no words said at it, or one that is what is offered.
    ['Iran is ready to help during a meeting with Pakistan next week.', []],
    ['Araghchi said Iran was ready to hold a meeting with Ishaq Dar.', []],
  ],
  '2025-04-26',
);
