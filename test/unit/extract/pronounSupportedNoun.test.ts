import { eventTable } from './eventTable';

/**
 * "During the visit, he paid courtesy calls on Murmu and Modi" with "he" unresolved: a noun trigger whose support verb
 * has a pronoun for its subject has an agent the sentence does not name, and the people it reaches are each reached
 * by that agent, not by one another (participants.ts isPronounsSupportedNoun; the same rule as for a verb's unnamed
 * subject and a journey noun's). Rows that must not change: the agent named, and the sides after "between".
 */
eventTable(
  "the objects of a pronoun's noun are not each other's counterparts",
  [
    [
      'During the visit, he paid courtesy calls on Indian President Droupadi Murmu and Prime Minister Narendra Modi.',
      [],
    ],
    ['In New Delhi, she also paid a courtesy call on President Droupadi Murmu and Prime Minister Narendra Modi.', []],
    // Must not change: the agent named.
    [
      'During the visit, Sri Lankan President Anura Kumara Dissanayake paid courtesy calls on Indian President Droupadi Murmu and Prime Minister Narendra Modi.',
      [
        'MEETING PARTICIPANT:anura-kumara-dissanayake PARTICIPANT:droupadi-murmu @2024-06-03',
        'MEETING PARTICIPANT:anura-kumara-dissanayake PARTICIPANT:narendra-modi @2024-06-03',
      ],
    ],
    // Must not change: "between" names the sides, whoever hosts.
    [
      'On Monday, it hosted talks between Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas.',
      ['MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:mahmoud-abbas @2024-06-03'],
    ],
  ],
  '2024-06-03',
);
