import { conflictPairsOf } from './eventTable';

/**
 * Force that is halted, paused or suspended ("a halt to attacks on", "a 30-day pause in attacks", "agreed to halt
 * strikes on") is no attack the sentence tells of (6-events/assertion.ts isHaltedForce); force done, and a standing
 * war whose phrase names both sides, stay. Rows after real phrasings (Ukrainska Pravda, Newsdiet24, My Republica,
 * Africanews, Mediawire Express and IR-IA 2025; the firing rows after Media Issues 2024 and the Daily Herald 2025),
 * names and wording changed.
 */

describe('halted force is no attack; force done is one', () => {
  /** [sentence, publication date, the expected conflicts]. */
  const rows: [string, string, string[]][] = [
    ["Putin orders 30-day halt to attacks on Ukraine's energy sector, Kremlin says.", '2025-03-18', []],
    [
      "Putin has agreed to a 30-day pause in attacks on Ukraine's energy infrastructure following a lengthy phone call with Trump.",
      '2025-03-19',
      [],
    ],
    [
      'Putin has agreed to halt attacks on energy infrastructure targets in Ukraine for 30 days after a phone call with Trump.',
      '2025-03-19',
      [],
    ],
    [
      "Trump said Tuesday that he's ordering a halt to nearly two months of U.S. airstrikes on Yemen's Houthis.",
      '2025-05-07',
      [],
    ],
    [
      "Putin has ordered a temporary halt to attacks on Ukraine's energy infrastructure following a 90-minute phone call with Trump.",
      '2025-03-19',
      [],
    ],
    // (must fire: the force is done, or the war named with both sides is there)
    [
      'Even as Netanyahu spoke about the ceasefire, the Israeli military carried out multiple strikes on Lebanon.',
      '2024-11-26',
      ['israel+lebanon'],
    ],
    ['Russia launched strikes on Ukraine hours after Putin agreed to a halt.', '2025-03-19', ['russia+ukraine']],
    [
      'Mediators met in Doha on Thursday in an attempt to stop the war between Israel and Hamas.',
      '2024-08-15',
      ['hamas+israel'],
    ],
  ];
  it.each(rows)('%s', (text, published, expected) => expect(conflictPairsOf(text, published)).toEqual(expected));
});
