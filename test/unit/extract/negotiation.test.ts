import { eventTable } from './eventTable';

/**
 * Talks that are a negotiation (the `negotiation-` rules of 6-events/triggers.ts, with their words in
 * lexicon/negotiation.ts): rows retold after wire reports of trade, nuclear, border and ceasefire talks, not from the
 * labelled sets; talks on anything else stay a meeting, and talks planned, offered or refused are no event.
 */

eventTable('negotiations: talks towards a deal, and talks resumed', [
  [
    'Canadian and Mexican officials held talks in Ottawa on a new trade agreement.',
    ['NEGOTIATION PARTICIPANT:canada PARTICIPANT:mexico @2025-03-04'],
  ],
  [
    'Iran and the European Union are in talks over the 2015 nuclear deal.',
    ['NEGOTIATION PARTICIPANT:iran PARTICIPANT:european-union @null'],
  ],
  [
    'Sudan’s army and the Rapid Support Forces held talks in Jeddah aimed at a ceasefire.',
    ['NEGOTIATION PARTICIPANT:sudan PARTICIPANT:rapid-support-forces @2025-03-04'],
  ],
  ['India and Pakistan resumed talks on Monday.', ['NEGOTIATION PARTICIPANT:india PARTICIPANT:pakistan @2025-03-03']],
  [
    'The resumption of negotiations between Armenia and Azerbaijan was announced on Friday.',
    ['NEGOTIATION PARTICIPANT:armenia PARTICIPANT:azerbaijan @2025-02-28'],
  ],
  // Talks on anything but a deal are a meeting of the two.
  [
    'Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin on trade and energy.',
    ['MEETING PARTICIPANT:narendra-modi PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
]);

/*
 * "held talks on a ceasefire deal between Israel and Hamas": the sides of the deal after "between" are what the talks
 * were about; the named talkers met. Rows after wire reports of Gaza, Sudan, Karabakh and Black Sea grain diplomacy
 * (2022-2024), names and wording changed.
 */
eventTable('negotiations: talks on a deal between others are the talkers meeting, no negotiation of the others', [
  [
    'Antony Blinken and Mohammed bin Abdulrahman Al Thani held talks in Doha on a ceasefire deal between Israel and Hamas.',
    ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:mohammed-bin-abdulrahman-al-thani @2025-03-04'],
  ],
  [
    'Egyptian President Abdel Fattah al-Sisi and Jordan’s King Abdullah held talks in Cairo on a truce between Israel and Hamas.',
    ['MEETING PARTICIPANT:abdel-fattah-el-sisi PARTICIPANT:abdullah-ii @2025-03-04'],
  ],
  [
    'Saudi Arabia and the United States held talks aimed at a truce between the Sudanese army and the Rapid Support Forces.',
    ['MEETING PARTICIPANT:saudi-arabia PARTICIPANT:united-states @2025-03-04'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks in Sochi on a grain deal between Russia and Ukraine.',
    ['MEETING PARTICIPANT:recep-tayyip-erdogan PARTICIPANT:vladimir-putin @2025-03-04'],
  ],
  // (Still the negotiation of the deal's sides: the talkers are all of them, or no talker is named.)
  [
    'Israel and Hamas held talks in Cairo on a ceasefire deal between Israel and Hamas.',
    ['NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-04'],
  ],
  [
    'Talks between Israel and Hamas on a ceasefire deal resumed in Cairo on Sunday.',
    ['NEGOTIATION PARTICIPANT:israel PARTICIPANT:hamas @2025-03-02'],
  ],
]);

eventTable('negotiations: talks planned, offered, refused or still to come are no event', [
  ['Iran and the United States plan to hold talks on a nuclear deal.', []],
  ['Russia said it was ready for talks on a ceasefire with Ukraine.', []],
  ['Israel and Hamas rejected talks on a truce.', []],
  ['Iran and the United States could resume talks next week.', []],
]);
