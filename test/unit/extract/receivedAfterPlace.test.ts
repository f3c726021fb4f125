import { eventTable } from './eventTable';

/**
 * Official readouts put the person received last, after the day and the place: "received yesterday at Bayan Palace
 * His Highness the Crown Prince", "received at Al Alam Palace on Wednesday King Philippe", "received in the building
 * of the Government the Minister of Foreign Affairs". Dates and place phrases ("at"/"in", no comma, verb or other
 * preposition inside) between a verb and its person object are passed over to reach the person. Nothing is passed
 * when no person follows them ("received at State House a delegation"), nor over "by" or a comma. The rows retell
 * Kuwaiti, Omani, Tajik and Venezuelan readouts in other words.
 */

eventTable('a person received after the day and the place of the reception', [
  [
    'Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received yesterday at Bayan Palace Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah.',
    ['MEETING PARTICIPANT:nawaf-al-ahmad-al-jaber-al-sabah PARTICIPANT:mishal-al-ahmad-al-jaber-al-sabah @2025-03-03'],
  ],
  [
    'Sultan Haitham bin Tareq received at Al Alam Palace on Monday King Philippe of Belgium and his delegation.',
    ['MEETING PARTICIPANT:haitham-bin-tareq PARTICIPANT:philippe @2025-03-03'],
  ],
  [
    'Today, President Emomali Rahmon received in the building of the Government of the Republic of Tajikistan the Minister of Foreign Affairs of the State of Palestine Riyad al-Maliki.',
    ['MEETING PARTICIPANT:emomali-rahmon PARTICIPANT:riyad-al-maliki @2025-03-04'],
  ],
  [
    'Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, Emir of Kuwait, today received at Bayan Palace in the Kuwaiti capital Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai.',
    [
      'MEETING PARTICIPANT:mishal-al-ahmad-al-jaber-al-sabah PARTICIPANT:hamdan-bin-mohammed-bin-rashid-al-maktoum @2025-03-04',
    ],
  ],
  // Must not: no person right after the day and the place; a passive's "by"; a comma before the person.
  ['President Ruto received at State House a delegation of business leaders on Monday.', []],
  [
    'Foreign Minister Wang Yi was received at the airport by Deputy Foreign Minister Sun Weidong.',
    ['MEETING PARTICIPANT:wang-yi PARTICIPANT:sun-weidong @2025-03-04'],
  ],
  ['Ukraine received in recent weeks a letter that Secretary-General Antonio Guterres wrote.', []],
]);
