import { extract } from '../../../src/extract';
import { articleOf } from './articleOf';

/**
 * An occasion in the infinitive of an invitation is still to come (6-events/assertion.ts isInvitedOccasion), whatever
 * verb brings the invitation; one the invitation only explains ("at the invitation of X") happened. Rows after real
 * phrasings (Anadolu on Lula and Sullivan, Pledge Times, the Filipino Times on Biden and Marcos, Sputnik on Tokayev and
 * Obama, Reuters), names and wording changed.
 */

/** The MEETING events' participant pairs, sorted, one string each. */
function meetings(body: string, published: string): string[] {
  return extract(articleOf(body, published))
    .events.filter((e) => e.type === 'MEETING')
    .map((e) =>
      e.participants
        .map((p) => p.actorId)
        .sort()
        .join('+'),
    );
}

describe('an invitation to meet or visit is no meeting; a meeting at an invitation is one', () => {
  /** [sentence, publication date, the expected meetings]. */
  const rows: [string, string, string[]][] = [
    ['Lula confirmed that he had received an invitation to meet US President Joe Biden.', '2022-12-05', []],
    ['Sullivan brought an invitation from President Joe Biden for Lula to visit Washington.', '2022-12-05', []],
    ['Emhoff handed Marcos a personal invitation from Biden to visit Washington.', '2022-07-03', []],
    ['Lula has an invitation to meet Biden in Washington.', '2022-12-05', []],
    ['Tokayev passed on to Obama an invitation from Nazarbayev to visit Kazakhstan.', '2009-04-07', []],
    ['Zelensky sent Xi an invitation to visit Kyiv.', '2023-03-23', []],
    ['Putin received an invitation to attend the summit in Jakarta.', '2023-03-23', []],
    // (must not: the invitation explains an occasion that happened)
    [
      'Kenyan President William Ruto visited China at the invitation of Xi Jinping.',
      '2023-10-18',
      ['china+william-ruto'],
    ],
    [
      'At the invitation of Xi Jinping, Ruto held talks with Xi in Beijing on Tuesday.',
      '2023-10-18',
      ['william-ruto+xi-jinping'],
    ],
    [
      'Lula met Biden at the White House on Friday, at the invitation of the US president.',
      '2023-02-11',
      ['joe-biden+luiz-inacio-lula-da-silva'],
    ],
    [
      'Following an invitation from Putin, Kim Jong Un met the Russian president in Vladivostok on Thursday.',
      '2019-04-26',
      ['kim-jong-un+vladimir-putin'],
    ],
    [
      'Marcos visited Washington on Monday after accepting an invitation from Biden.',
      '2023-05-02',
      ['marcos+united-states'],
    ],
  ];
  it.each(rows)('%s', (text, published, expected) => expect(meetings(text, published)).toEqual(expected));
});
