import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * An occasion named as the next of a series ("the next round of negotiations", "a new round of talks", "another
 * meeting") is still to come, whatever verb announces, prepares or confirms it, unless its clause holds it or it is
 * the setting of what the clause tells (6-events/assertion.ts isNextOfSeries). Rows after real phrasings (UNN 2025,
 * News.Az 2022 and 2025, Azatutyun 2019; the held rows after TASS via Localglob 2025, Anadolu via News.Az 2024 and the
 * Kremlin 2025), names and wording changed.
 */

/** The occasion events (MEETING, NEGOTIATION, CALL) as "TYPE a+b" strings, participants sorted. */
function occasions(body: string, published: string): string[] {
  return extract(articleOf(body, published))
    .events.filter((e) => e.type === 'MEETING' || e.type === 'NEGOTIATION' || e.type === 'CALL')
    .map(
      (e) =>
        `${e.type} ${e.participants
          .map((p) => p.actorId)
          .sort()
          .join('+')}`,
    );
}

describe('the next occasion of a series is ahead unless it is held', () => {
  /** [sentence, publication date, the expected occasions]. */
  const rows: [string, string, string[]][] = [
    [
      'Moscow promises an announcement about the next round of negotiations with Ukraine "in the near future", Lavrov said.',
      '2025-05-28',
      [],
    ],
    [
      'Lavrov stated that an announcement regarding a new round of peace talks between Moscow and Kyiv will be made soon.',
      '2025-05-28',
      [],
    ],
    [
      'Lavrov has confirmed that a new round of talks between Moscow and Washington will take place "soon."',
      '2025-04-23',
      [],
    ],
    [
      'He noted that Ankara proposed to organize another meeting between foreign ministers Sergey Lavrov and Dmytro Kuleba.',
      '2022-03-31',
      [],
    ],
    [
      'The Russian Foreign Ministry has announced a new meeting with U.S. officials at the level of department heads within two weeks.',
      '2025-02-22',
      [],
    ],
    [
      "International mediators are trying to organize another meeting of Armenia's and Azerbaijan's foreign ministers later this month.",
      '2019-01-08',
      [],
    ],
    // (must fire: the next occasion is held, or is where something was done)
    [
      'Russia and Ukraine held a new round of peace talks in Istanbul on Monday.',
      '2025-06-03',
      ['NEGOTIATION russia+ukraine'],
    ],
    [
      'Another meeting between Sergey Lavrov and Hakan Fidan took place in New York on Monday.',
      '2024-01-23',
      ['MEETING hakan-fidan+sergei-lavrov'],
    ],
    [
      'A new round of talks between Russia and Ukraine began at Ciragan Palace in Istanbul on Wednesday.',
      '2025-07-23',
      ['NEGOTIATION russia+ukraine'],
    ],
    [
      'Iran and the United States agreed on a prisoner swap at their new round of talks in Oman on Friday.',
      '2025-03-08',
      ['NEGOTIATION iran+united-states'],
    ],
    ['Putin and Trump spoke in another phone call on Tuesday.', '2025-03-19', ['CALL donald-trump+vladimir-putin']],
  ];
  it.each(rows)('%s', (text, published, expected) => expect(occasions(text, published)).toEqual(expected));
});
