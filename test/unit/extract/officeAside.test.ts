import { eventTable } from './eventTable';

/**
 * "Mohammed bin Ahmed Al Bowardi, Minister of State for Defence Affairs, and Gursediin Saikhanbayar, Minister of
 * Defence of Mongolia, signed a Memorandum of Understanding" (WAM 2023): an aside of a person's office, set off by
 * commas before the list's "and", stands between no members (structure.ts pastOfficeAside); and a Portuguese "do"
 * joins a name as "da" and "dos" do (lexicon/names.ts NAME_PARTICLES: "Carlos Agostinho do Rosário", ANI 2019). Rows
 * that must not change: an aside that ends a clause before another subject's verb, and "do" as a verb.
 */
eventTable(
  'an office set off by commas inside a list',
  [
    [
      'Mohammed bin Ahmed Al Bowardi, Minister of State for Defence Affairs, and Gursediin Saikhanbayar, Minister of Defence of Mongolia, signed a memorandum of understanding on Friday.',
      [
        'AGREEMENT PARTICIPANT:mohammed-bin-ahmed-al-bowardi PARTICIPANT:gursediin-saikhanbayar @2024-05-24',
        'MEETING PARTICIPANT:mohammed-bin-ahmed-al-bowardi PARTICIPANT:gursediin-saikhanbayar @2024-05-24',
      ],
    ],
    [
      'Singh called on Prime Minister Carlos Agostinho do Rosario in Maputo on Friday.',
      ['MEETING PARTICIPANT:singh PARTICIPANT:carlos-agostinho-do-rosario @2024-05-24'],
    ],
    // Must not change.
    [
      'Blinken met Wang Yi, the top diplomat, and Lavrov said the talks failed.',
      ['MEETING PARTICIPANT:antony-blinken PARTICIPANT:wang-yi @2024-05-24'],
    ],
    [
      'Macron, the French president, and Scholz met Zelensky in Kyiv on Friday.',
      ['MEETING PARTICIPANT:emmanuel-macron PARTICIPANT:olaf-scholz PARTICIPANT:volodymyr-zelensky @2024-05-24'],
    ],
    ['Trump and Putin do not agree on Ukraine.', []],
  ],
  '2024-05-24',
);
