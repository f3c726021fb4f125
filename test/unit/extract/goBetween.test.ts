import { eventTable } from './eventTable';

/**
 * Talks through a go-between ("through Qatari mediators", "via Omani intermediaries", "through US envoy Amos
 * Hochstein", "through diplomatic channels") are indirect: the talkers negotiate, they do not meet face to face, and a
 * go-between named as an actor mediates (docs/EVALUATION.md: "held discussions through the Foreign Minister of Oman"
 * is Oman's mediation of the Iran-US talks). Rows retold after wire reports of US-Iran contacts in Oman (2024-2025),
 * Israel-Hamas truce talks (2023-2024) and Israel-Lebanon border talks (2022), names and wording changed.
 */
eventTable('indirect talks: through a go-between, no face-to-face meeting', [
  [
    'Israel and Hamas exchanged views through Qatari mediators on Sunday.',
    [
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-02',
      'MEDIATION MEDIATOR:qatar PARTY:israel PARTY:hamas @2025-03-02',
    ],
  ],
  [
    'US envoy Brett McGurk and Iranian negotiator Ali Bagheri Kani held talks through Omani intermediaries in Muscat.',
    [
      'NEGOTIATION PARTICIPANT:brett-mcgurk PARTICIPANT:ali-bagheri-kani @2025-03-04',
      'MEDIATION MEDIATOR:oman PARTY:united-states PARTY:iran @2025-03-04',
    ],
  ],
  [
    'Israeli and Lebanese officials held talks through US envoy Amos Hochstein on Monday.',
    [
      'NEGOTIATION PARTICIPANT:israel PARTICIPANT:lebanon @2025-03-03',
      'MEDIATION MEDIATOR:amos-hochstein PARTY:israel PARTY:lebanon @2025-03-03',
    ],
  ],
  [
    'Iran and the United States held discussions through the Foreign Minister of Oman on Saturday.',
    [
      'NEGOTIATION PARTICIPANT:iran PARTICIPANT:united-states @2025-03-01',
      'MEDIATION MEDIATOR:oman PARTY:iran PARTY:united-states @2025-03-01',
    ],
  ],
  [
    'Pakistani and Indian officials held talks through diplomatic channels on Thursday.',
    ['NEGOTIATION PARTICIPANT:pakistan PARTICIPANT:india @2025-02-27'],
  ],
]);

eventTable('indirect talks: "through" a time, a route or nothing of the kind leaves a meeting a meeting', [
  [
    'Israeli and Palestinian negotiators held talks through the night in Cairo on Tuesday.',
    ['MEETING PARTICIPANT:israel PARTICIPANT:palestine @2025-03-04'],
  ],
  [
    'French President Emmanuel Macron held talks with Chinese President Xi Jinping on Monday that ran through the evening.',
    ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:xi-jinping @2025-03-03'],
  ],
  [
    'Iranian President Masoud Pezeshkian met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad after travelling through Kurdistan.',
    ['MEETING PARTICIPANT:masoud-pezeshkian PARTICIPANT:mohammed-shia-al-sudani @2025-03-04'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin via an interpreter in Sochi.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
]);
