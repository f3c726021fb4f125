import { eventTable } from './eventTable';

/**
 * A state's adjective or possessive before an armed group, with the group's epithets or its backer between ("the
 * Iran-backed Lebanese militia Hezbollah", "Lebanon's Iran-backed Hezbollah group", "Afghan Taliban fighters"), says
 * where the group is: the group acts, not the state, and a later "it" stands for the group, not its backer. Rows
 * retold after DW and AFP on Hezbollah's rocket fire (2024), PTI on Pakistan-Afghanistan border clashes (2024) and
 * Shafaq News on the Islamic Resistance in Iraq (2024), wording changed.
 */
eventTable('located groups: the group named after its state and backer acts', [
  [
    'The Iran-backed Lebanese militia Hezbollah has said it is responsible for firing dozens of rockets at a military base in northern Israel early on Sunday.',
    [
      'SUPPLY SOURCE:iran TARGET:hezbollah @2025-03-02',
      'CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-02',
    ],
  ],
  [
    "Lebanon's Iran-backed Hezbollah group said it launched several rocket salvos at Israeli army positions on Tuesday.",
    ['CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-04'],
  ],
  [
    'The Lebanese group Hezbollah fired rockets at Israel on Monday.',
    ['CONFLICT PARTICIPANT:hezbollah PARTICIPANT:israel @2025-03-03'],
  ],
  [
    "Yemen's Iran-aligned Houthi rebels fired missiles at Israel on Monday.",
    ['CONFLICT PARTICIPANT:houthis PARTICIPANT:israel @2025-03-03'],
  ],
  [
    'Pakistani border troops and Afghan Taliban fighters clashed amidst deteriorating relations between the two sides, a media report said on Wednesday.',
    ['CONFLICT PARTICIPANT:taliban PARTICIPANT:pakistan @2025-02-26'],
  ],
]);

eventTable('located groups: no state acts for the group, nor its backer, nor a state hyphened to it', [
  // (The backer, no subject, is not what "its" stands for.)
  [
    "The Islamic Resistance in Iraq, an umbrella of mainly Iran-backed Shiite paramilitary groups, claimed in an online statement that its fighters launched a booby-trapped drone on al-Shaddadi military base near Syria's al-Hasakeh governorate.",
    [],
  ],
  // (A state joined by a hyphen to a group is its other side.)
  [
    '"Whatever is possible, we will do to help reduce the violence," and to help move the Afghan-Taliban talks towards a ceasefire, Khan said on Thursday.',
    ['NEGOTIATION PARTICIPANT:afghanistan PARTICIPANT:taliban @2025-02-27'],
  ],
  ['Iran on Monday denied any role in the drone attack by pro-Iranian militias on a US army position.', []],
]);
