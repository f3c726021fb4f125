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

eventTable('negotiations: talks planned, offered, refused or still to come are no event', [
  ['Iran and the United States plan to hold talks on a nuclear deal.', []],
  ['Russia said it was ready for talks on a ceasefire with Ukraine.', []],
  ['Israel and Hamas rejected talks on a truce.', []],
  ['Iran and the United States could resume talks next week.', []],
]);
