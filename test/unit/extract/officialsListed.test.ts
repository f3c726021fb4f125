import { eventTable } from './eventTable';

/**
 * Talks "with" a state's or group's officials whose list follows ("with the Afghan Taliban leadership, including X, Y
 * and Z", "with the Chinese leadership, among them X and Y"): the people the list names are the sides, one edge each,
 * not the state. Without a list of people after the opener ("including on trade", "including in Ankara") the state
 * stays the side. The rows retell Pakistani, Indian and wire reports of visits to Kabul, Beijing, New Delhi and
 * Jerusalem in other words.
 */

eventTable('the people listed after officials a "with" names are the sides', [
  [
    'Wang Yi held talks with Taliban officials, including acting Foreign Minister Amir Khan Muttaqi, in Kabul on Wednesday.',
    ['MEETING PARTICIPANT:wang-yi PARTICIPANT:amir-khan-muttaqi @2025-02-26'],
  ],
  [
    'Jaishankar held talks with the Chinese leadership, among them Wang Yi and Li Qiang, in Beijing on Monday.',
    [
      'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:wang-yi @2025-03-03',
      'MEETING PARTICIPANT:subrahmanyam-jaishankar PARTICIPANT:li-qiang @2025-03-03',
    ],
  ],
  [
    'On the sidelines, Ishaq Dar held bilateral meetings with the Afghan Taliban leadership, including Interim Afghan Prime Minister Mullah Hassan Akhund, Acting Foreign Minister Amir Khan Muttaqi, and Interior Minister Sirajuddin Haqqani.',
    [
      'MEETING PARTICIPANT:ishaq-dar PARTICIPANT:hassan-akhund @2025-03-04',
      'MEETING PARTICIPANT:ishaq-dar PARTICIPANT:amir-khan-muttaqi @2025-03-04',
      'MEETING PARTICIPANT:ishaq-dar PARTICIPANT:sirajuddin-haqqani @2025-03-04',
    ],
  ],
  [
    'Blinken held talks with Israeli leaders, including Benjamin Netanyahu and Isaac Herzog, in Jerusalem on Monday.',
    [
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:benjamin-netanyahu @2025-03-03',
      'MEETING PARTICIPANT:antony-blinken PARTICIPANT:isaac-herzog @2025-03-03',
    ],
  ],
  [
    'Lavrov met with the Indian leadership, including Prime Minister Narendra Modi and External Affairs Minister S Jaishankar, in New Delhi on Friday.',
    [
      'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:narendra-modi @2025-02-28',
      'MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:subrahmanyam-jaishankar @2025-02-28',
    ],
  ],
  // Must not: a list of no people after the officials leaves the state (or group) the side.
  [
    'Wang Yi held talks with Taliban officials, including on trade, in Kabul on Wednesday.',
    ['MEETING PARTICIPANT:wang-yi PARTICIPANT:taliban @2025-02-26'],
  ],
  [
    'Modi held talks with the Bangladeshi delegation, including trade officials, on Monday.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:bangladesh @2025-03-03'],
  ],
  [
    'Erdogan held talks with Russian officials, including in Ankara, on Monday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:russia @2025-03-03'],
  ],
]);

/**
 * The same list after a verb's own object ("met Hamas leaders, including Ismail Haniyeh"), and after officials a name
 * the article does not take for an actor modifies ("met with several Congress leaders, including Rahul Gandhi",
 * Business Standard/ANI 2018): the people listed are met.
 */
eventTable('the people listed after officials a verb meets are the sides', [
  [
    'Recep Tayyip Erdogan met Hamas leaders, including Ismail Haniyeh, in Istanbul on Saturday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:ismail-haniyeh @2025-03-01'],
  ],
  [
    'Emmanuel Macron hosted EU leaders, including Olaf Scholz and Pedro Sanchez, at the Elysee on Friday.',
    [
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz @2025-02-28',
      'MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:pedro-sanchez @2025-02-28',
    ],
  ],
  [
    'On Friday, Ranil Wickremesinghe met with several Congress leaders, including Rahul Gandhi.',
    ['MEETING PARTICIPANT:ranil-wickremesinghe PARTICIPANT:rahul-gandhi @2025-02-28'],
  ],
  // Must not: no people listed, or a list of no people, leaves the group the side; a named group alone is no list.
  [
    'Recep Tayyip Erdogan met Hamas leaders in Istanbul on Saturday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hamas @2025-03-01'],
  ],
  [
    'Recep Tayyip Erdogan met Hamas leaders, including in Istanbul, on Saturday.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:hamas @2025-03-01'],
  ],
  ['Narendra Modi met several Congress leaders on Friday.', []],
]);
