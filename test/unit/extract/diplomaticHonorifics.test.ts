import { eventTable } from './eventTable';

/**
 * Diplomatic forms of address before a name, as official readouts write them: "H.E. Mahmoud Ali Youssouf", "His
 * Excellency Mr. Abiy Ahmed", "HRH Prince Mohammed bin Salman". They are honorifics, dropped from the name, so the
 * meeting's side is the person, not "H.E. Mr." nor a name that starts with "H.E.", and "His Excellency Mr. X" is read as
 * X at all. The rows retell African Union, Japanese, Mauritanian and Gulf readouts in other words.
 */

eventTable('a diplomatic honorific before a name is no part of it', [
  [
    'On March 3, Prime Minister Fumio Kishida received a courtesy call from H.E. Mr. Bilawal Bhutto Zardari, Minister of Foreign Affairs of Pakistan.',
    ['MEETING PARTICIPANT:fumio-kishida PARTICIPANT:bilawal-bhutto-zardari @2025-03-03'],
  ],
  [
    'The Chairperson of the African Union Commission H.E. Mahmoud Ali Youssouf received H.E. Mahamat Ali Hassan, Ambassador of Chad, this morning.',
    ['MEETING PARTICIPANT:mahmoud-ali-youssouf PARTICIPANT:mahamat-ali-hassan @2025-03-04'],
  ],
  [
    'The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, met with H.E. Mohamed Salem Al-Rashedi, the UAE Ambassador to Ethiopia.',
    ['MEETING PARTICIPANT:mahmoud-ali-youssouf PARTICIPANT:mohamed-salem-al-rashedi @2025-03-04'],
  ],
  [
    'On 18 February, His Excellency Mr. Mohamed Ould Cheikh El-Ghazouani, the President of Mauritania, met with His Excellency Mr. Abiy Ahmed, the Ethiopian Prime Minister.',
    ['MEETING PARTICIPANT:mohamed-ould-cheikh-el-ghazouani PARTICIPANT:abiy-ahmed @2025-02-18'],
  ],
  [
    'On Monday, Modi held a telephone conversation with HRH Prince Mohammed bin Salman.',
    ['CALL PARTICIPANT:narendra-modi PARTICIPANT:mohammed-bin-salman @2025-03-03'],
  ],
  // Must not: an honorific with no name after it names no side; a title of address that is a title stays one.
  ['The ministry thanked His Excellency for the invitation to visit Addis Ababa next month.', []],
  [
    'Prime Minister Keir Starmer spoke to His Majesty King Abdullah II of Jordan this afternoon.',
    ['CALL PARTICIPANT:keir-starmer PARTICIPANT:abdullah-ii @2025-03-04'],
  ],
]);
