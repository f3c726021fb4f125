import { eventTable } from './eventTable';

/**
 * "candidate" and "nominee" before a name are titles (lexicon/titles.ts, TITLE_HEADS), so the person named after
 * "US presidential candidate" is the side met, not the state before the title (unn.ua 2024 on Starmer and Trump;
 * ClamReport 2024 on Trump and Netanyahu; the Jewish Press 2016 on Netanyahu's meetings with both candidates).
 * Used of states ("candidate countries Ukraine and Moldova"), the word titles no person.
 */
eventTable(
  'a candidate for office, titled',
  [
    [
      'British Prime Minister Keir Starmer has a two-hour meeting with US presidential candidate Donald Trump in New York.',
      ['MEETING PARTICIPANT:keir-starmer PARTICIPANT:donald-trump @2024-09-27'],
    ],
    [
      'At a joint meeting, Republican presidential candidate Donald Trump and Israeli Prime Minister Benjamin Netanyahu demonstrated unity.',
      ['MEETING PARTICIPANT:donald-trump PARTICIPANT:benjamin-netanyahu @2024-09-27'],
    ],
    [
      'Israeli Prime Minister Benjamin Netanyahu met US presidential nominee Hillary Clinton in New York on Sunday.',
      ['MEETING PARTICIPANT:benjamin-netanyahu PARTICIPANT:hillary-clinton @2024-09-22'],
    ],
    // Must not: a state that is a candidate for membership is no person.
    [
      'Accession candidate Turkey criticised the European Union on Friday.',
      ['CRITICISM SOURCE:turkey TARGET:european-union @2024-09-27'],
    ],
  ],
  '2024-09-27',
);
