import { eventTable } from './eventTable';

/**
 * Talk that puts no one face to face ("exchanged views"), or discussions at no place of their own, between the two
 * sides of a call the article tells is that call, not a meeting beside it; a meeting with a place, or one of a pair
 * with no call, stays. Rows after call readouts of 2017-2025 (Anadolu, Daily Sabah, QNA, Middle East Monitor),
 * lightly shortened.
 */
eventTable('talk told of a call’s two sides is the call', [
  [
    'Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani held discussions Sunday with US Secretary of State Antony Blinken on ways to implement the ceasefire agreement in the Gaza Strip as well as developments in Syria. Al Thani, who is also Qatar’s prime minister, received a phone call from Blinken, according to a statement from the Qatari Foreign Ministry.',
    ['CALL PARTICIPANT:mohammed-bin-abdulrahman-al-thani PARTICIPANT:antony-blinken @2025-03-02'],
  ],
  [
    'Turkish Foreign Minister Hakan Fidan and U.S. Secretary of State Marco Rubio held a phone call to discuss the ongoing cease-fire in Gaza, Foreign Ministry sources said Thursday. In addition, Fidan and Rubio exchanged views on developments in Syria.',
    ['CALL PARTICIPANT:hakan-fidan PARTICIPANT:marco-rubio @2025-02-27'],
  ],
  [
    'In a phone call with British Foreign Minister David Lammy, Egyptian Foreign Minister Badr Abdelatty discussed developments in the Middle East. Regarding developments in Sudan, the two ministers exchanged views on efforts to restore stability and peace in the country.',
    ['CALL PARTICIPANT:badr-abdelatty PARTICIPANT:david-lammy @2025-03-04'],
  ],
  [
    'US President Donald Trump spoke with his Russian counterpart Vladimir Putin on Saturday for the first time. The two leaders had a detailed discussion over international issues, according to a statement by the Kremlin.',
    ['CALL PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-03-01'],
  ],
  // (A discussion at a meeting told as one, or at a place of its own, is no call.)
  [
    'On Thursday, Sudan’s acting foreign minister Hussein Awad Ali met Qatar’s Minister of State for Foreign Affairs Mohammed Al-Khulaifi in Beijing. During the meeting, the two sides engaged in a fruitful discussion on ways to enhance bilateral cooperation.',
    ['MEETING PARTICIPANT:hussein-awad PARTICIPANT:mohammed-al-khulaifi @2025-02-27'],
  ],
  [
    'Sudan’s acting foreign minister Hussein Awad Ali held discussions with Qatar’s Minister of State for Foreign Affairs Mohammed Al-Khulaifi in Beijing on Thursday. Ali had spoken with Al-Khulaifi by phone in January.',
    [
      'MEETING PARTICIPANT:hussein-awad PARTICIPANT:mohammed-al-khulaifi @2025-02-27',
      'CALL PARTICIPANT:hussein-awad PARTICIPANT:mohammed-al-khulaifi @2025-01',
    ],
  ],
]);
