import { datedEdgesOf } from './eventTable';

/**
 * A date of a background clause is not the time of the story (5-dates.ts ofRelativeClause, isStoryTime). A relative
 * clause set off by a comma tells of a noun: its date does not keep the news day from an undated event of the same
 * sentence ("Xi met Guelleh, who is in Beijing for the 2024 Summit"; "Mukherjee, who arrived here on Wednesday, held
 * talks"), nor does it move the story back for the sentences after it when its sentence is set at a time counted from
 * the news ("Prabowo, who was announced the winner on March 20, arrived yesterday"). Nor does the date of a sentence
 * with no verb in the past ("This is Deuba's first visit to India after assuming charge in July last year"). Phrasings
 * of wire reports (malaymail.com 2024, womenofchina.cn 2024, zeenews.india.com 2022, socialnews.xyz 2016), shortened.
 * Rows that must not apply: a sentence before that moves the story back in its own past-tense clause ("In 2019, Modi
 * met Xi in Chennai"; "last met in Astana in July 2024"), and a relative clause that alone sets its sentence in the
 * past ("Saudi Arabia, which boycotted Doha in mid-2017, would reopen its borders").
 */

/** "TYPE a->b date" of every event of a type. */
const edges = (body: string, published: string, type: string): string[] =>
  datedEdgesOf(body, published).filter((e) => e.startsWith(`${type} `));

describe('a background clause’s date is not the time of the story', () => {
  const rows: [string, string, string, string, string[]][] = [
    [
      'a relative clause with a date in the sentence before an "also" meeting',
      'Prime Minister Anwar Ibrahim today said that his meeting with Indonesian President-elect Prabowo Subianto ' +
        'discussed Malaysia-Indonesia ties. Prabowo, who was announced as the official winner of the election on ' +
        'March 20, arrived in the country yesterday. During the short visit, Prabowo also attended a closed meeting ' +
        'with Defence Minister Datuk Seri Mohamed Khaled Nordin here.',
      '2024-04-04',
      'MEETING',
      [
        'MEETING anwar-ibrahim->prabowo-subianto 2024-04-04',
        'MEETING prabowo-subianto->mohamed-khaled-nordin 2024-04-04',
      ],
    ],
    [
      'a relative clause of the object with a year, in the dated lead of a wire',
      'BEIJING, Sept. 2 (Xinhua) — Chinese President Xi Jinping met with Djiboutian President Ismail Omar Guelleh, ' +
        'who is in Beijing for the 2024 Summit of the Forum on China-Africa Cooperation.',
      '2024-09-03',
      'MEETING',
      ['MEETING xi-jinping->ismail-omar-guelleh 2024-09-02'],
    ],
    [
      'a relative clause of the subject with a day, in an undated lead',
      'Kathmandu, Nov 2 (IANS) Indian President Pranab Mukherjee, who arrived here on Wednesday on a three-day state ' +
        'visit, held talks with his Nepalese counterpart Bidhya Devi Bhandari.',
      '2016-11-02',
      'MEETING',
      ['MEETING pranab-mukherjee->bidhya-devi-bhandari 2016-11-02'],
    ],
    [
      'a sentence with no verb in the past, before an "also" visit',
      'Nepal Prime Minister Sher Bahadur Deuba on Friday (April 1) met External Affairs Minister S Jaishankar in ' +
        'Delhi. This is Deuba’s first visit to India after assuming charge as the Nepal PM in July last year. Deuba ' +
        'also paid a visit to BJP national president JP Nadda at party headquarters in Delhi.',
      '2022-04-01',
      'MEETING',
      [
        'MEETING sher-bahadur-deuba->subrahmanyam-jaishankar 2022-04-01',
        'MEETING sher-bahadur-deuba->jp-nadda 2022-04-01',
      ],
    ],
    [
      'must not: the sentence before moves the story back in its own past-tense clause',
      'Modi met Xi Jinping in Kazan on Wednesday. In 2019, Modi met Xi Jinping in Chennai for an informal summit. ' +
        'Modi also met Cyril Ramaphosa.',
      '2024-10-24',
      'MEETING',
      [
        'MEETING narendra-modi->xi-jinping 2024-10-23',
        'MEETING narendra-modi->xi-jinping 2019',
        'MEETING narendra-modi->cyril-ramaphosa none',
      ],
    ],
    [
      'must not: a background sentence in the past ("last met in Astana in July 2024") before an "also" meeting',
      'Erdogan met Putin in Sochi on Monday. The two leaders last met in Astana in July 2024. Erdogan also held ' +
        'talks with Mirziyoyev.',
      '2025-03-04',
      'MEETING',
      [
        'MEETING recep-tayyip-erdogan->vladimir-putin 2025-03-03',
        'MEETING recep-tayyip-erdogan->vladimir-putin 2024-07',
        'MEETING recep-tayyip-erdogan->shavkat-mirziyoyev none',
      ],
    ],
    [
      'must not: a relative clause that alone sets its sentence in the past ("which boycotted Doha in mid-2017")',
      'Gulf Arab leaders signed a declaration on Tuesday at a summit in Al-Ula. Before the gathering, Kuwait ' +
        'announced that Saudi Arabia, which along with allies boycotted Doha in mid-2017, would reopen its airspace ' +
        'and borders to Qatar. Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic, trade ' +
        'and travel ties with Qatar over allegations Doha supports terrorism.',
      '2021-01-05',
      'SANCTION',
      ['SANCTION saudi-arabia->qatar->united-arab-emirates->bahrain->egypt 2017'],
    ],
  ];
  // (The rows name the edges they are about; another edge of the text is not theirs to judge.)
  test.each(rows)('%s', (_label, body, published, type, expected) => {
    expect(edges(body, published, type)).toEqual(expect.arrayContaining(expected));
  });
});
