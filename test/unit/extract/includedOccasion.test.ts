import { eventTable } from './eventTable';

/**
 * "held a series of bilateral meetings, including talks with X and Y": an occasion noun after "including" is one of the
 * subject's meetings, so the clause's subject is its side ("including" opens a list; it is no verb that would govern the
 * subject elsewhere). The rows retell BIMSTEC, UN General Assembly and summit-sideline reports in other words.
 */

eventTable('an occasion after "including" is the subject\'s', [
  [
    'On Friday, Modi held a series of bilateral meetings, including talks with his Thai counterpart Prayut Chan-o-cha and Myanmar president Win Myint.',
    [
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:prayut-chan-o-cha @2025-02-28',
      'MEETING PARTICIPANT:narendra-modi PARTICIPANT:win-myint @2025-02-28',
    ],
  ],
  [
    'Jaishankar held several bilateral meetings in New York on Tuesday, including talks with Wang Yi.',
    ['MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:wang-yi @2025-03-04'],
  ],
  [
    'Erdogan held a number of meetings on the sidelines on Monday, including a meeting with Vladimir Putin.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  // Must not: a list of places or topics after "including" names no counterpart.
  ['Modi held a series of meetings on Friday, including in Kathmandu.', []],
  // Must not: an occasion listed with no counterpart of its own is part of the one before it, no second event.
  [
    'Oli and Modi held talks, including a brief one-on-one conversation, in Kathmandu on Friday.',
    ['MEETING PARTICIPANT:khadga-prasad-sharma-oli PARTICIPANT:narendra-modi @2025-02-28'],
  ],
]);
