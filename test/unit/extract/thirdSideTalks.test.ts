import { eventTable } from './eventTable';

/**
 * Talks with no sides of their own ("with", "between") are the clause subject's only when the subject holds them. A
 * subject the sentence makes a third side of them mediates, hosts or calls for talks others hold: a verb of mediation
 * governs the talk noun, the subject stands in apposition with a role ("mediators of the talks"), it serves "as hosts",
 * or the sentence names the talks' own sides (an infinitive's subject, a "between" after the noun the talk word
 * qualifies). Rows after real news phrasings of the Gaza and Sudan talks, 2023-2025 (Jang, Xinhua, AP, AA, Watan;
 * names and wording changed).
 */
eventTable('a third side of the talks is no side of them', [
  ['Egypt, along with the US and Qatar, has been involved in mediating ceasefire negotiations in Gaza.', []],
  [
    'The United States, Egypt and Qatar, mediators of the Gaza ceasefire talks, announced the conclusion of two days of discussions in Doha.',
    [],
  ],
  ['Both Cairo and Doha have served as hosts for talks aimed at ending the war.', []],
  [
    'Qatar, Egypt and the United States on Thursday issued a joint call for Israel and Hamas to return to negotiations.',
    [],
  ],
  [
    'Qatar, Egypt and the United States issued a joint statement on Friday after the Doha summit aimed at bridging the negotiation gaps between Hamas and Israel.',
    [],
  ],
  ['The United States and Saudi Arabia called for the army and the RSF to resume talks in Jeddah.', []],
]);

eventTable('talks the subject holds, or whose sides are named, keep their sides', [
  [
    'Oman mediated indirect talks between Iran and the United States on Friday.',
    [
      'MEDIATION MEDIATOR:oman PARTY:iran PARTY:united-states @2025-02-28',
      'NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-02-28',
    ],
  ],
  [
    'Qatar hosted talks between Israel and Hamas on Monday.',
    [
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-03',
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-03',
    ],
  ],
  [
    'Russia and Ukraine held talks in Istanbul on Friday, the mediators said.',
    ['NEGOTIATION PARTICIPANT:russia PARTICIPANT:ukraine @2025-02-28'],
  ],
  [
    'Egypt and Qatar held talks in Cairo on Monday on the Gaza ceasefire.',
    ['NEGOTIATION PARTICIPANT:egypt PARTICIPANT:qatar @2025-03-03'],
  ],
]);
