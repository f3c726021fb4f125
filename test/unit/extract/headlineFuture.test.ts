import { eventTable, eventsOf } from './eventTable';

/**
 * Headlines drop the "is" of "is to": "Macron to host Zelensky" announces a meeting still to come (issue 20, sixteenth
 * round: whole articles of 2023-2025 from Europe, Russia-Ukraine and the Americas). Rows are real headlines, lightly
 * shortened; the rows that must fire show what the guard leaves alone: a verb before the "to", or a "to" that is no
 * subject's.
 */
describe('headlines: a subject followed at once by "to" and a verb is no event yet', () => {
  const rows: string[] = [
    'Zelenskyy to travel to Brussels to meet with EU and NATO state leaders – Reuters',
    'Macron to host Zelensky for talks in Paris on Monday: French presidency',
    'Zelenskyy, European leaders to meet with Trump on Ukraine at White House',
    'Erdogan to visit Russia for talks with Putin - Ankara',
    'Trump, Putin to meet in Alaska Aug 15 — full talks schedule',
    'Turkish foreign minister, US, Russian, Ukrainian delegations to meet in Istanbul on May 16',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});

eventTable('headlines: a purpose after a verb of travel, or a "to" of place, is left alone', [
  [
    'Joe Biden traveled to Kyiv to meet Volodymyr Zelensky on Monday.',
    ['MEETING PARTICIPANT:joe-biden PARTICIPANT:volodymyr-zelensky @2025-03-03'],
  ],
  [
    'German Chancellor Olaf Scholz flew to Washington on Friday to meet President Joe Biden.',
    ['MEETING PARTICIPANT:olaf-scholz PARTICIPANT:joe-biden @2025-02-28'],
  ],
  [
    "Lavrov's visit to Pyongyang to meet Kim Jong Un came as Russia deepened ties.",
    ['MEETING PARTICIPANT:sergei-lavrov PARTICIPANT:north-korea @2025-03-04'],
  ],
]);
