import { eventTable, eventsOf } from './eventTable';

/**
 * Core occasions (MEETING, CALL) on news nobody labelled: an occasion accepted, agreed "in principle", promised with a
 * contracted "'ll", told of in a report the sentence calls premature, or called for has not happened. Rows are written after real
 * news phrasings (names and wording changed); the rows that must fire show what the guards leave alone.
 */
describe('occasions: accepted, agreed in principle, promised or dismissed ones are no edge', () => {
  const rows: string[] = [
    'The White House said on Sunday night that Joe Biden had accepted in principle a meeting with Vladimir Putin.',
    'Narendra Modi accepted an invitation to visit Moscow.',
    'Cyril Ramaphosa has accepted an invitation from Xi Jinping to visit Beijing next year.',
    'Emmanuel Macron said Joe Biden and Vladimir Putin had agreed in principle to hold a summit.',
    '"I\'ll be happy to sit down with Putin to see what he has in mind," Joe Biden said.',
    '"We\'ll talk to Xi Jinping soon," Donald Trump said.',
    'The Kremlin said reports of new talks between Vladimir Putin and Joe Biden were premature.',
    'Reports that Vladimir Putin met Petro Poroshenko in secret are completely false, the Kremlin said.',
    // What is called, appealed or pressed for is asked for.
    'Joao Lourenco called for a meeting between Paul Kagame and Felix Tshisekedi in Luanda.',
    'Antonio Guterres called for a summit of Vladimir Putin and Volodymyr Zelensky.',
    'Pope Francis appealed for talks between Russia and Ukraine.',
    'Donald Trump on Monday called for direct talks between Vladimir Putin and Volodymyr Zelensky.',
  ];
  it.each(rows)('%s', (text) =>
    expect(eventsOf(text).filter((e) => /^(?:MEETING|CALL|NEGOTIATION)/.test(e))).toEqual([]),
  );
});

eventTable('occasions: accepting, "in principle" and reports leave a held occasion alone', [
  [
    'Felix Tshisekedi accepted the principle of a meeting after talks with Joao Lourenco in Luanda on Tuesday.',
    ['MEETING PARTICIPANT:felix-tshisekedi PARTICIPANT:joao-lourenco @2025-03-04'],
  ],
  [
    'Xi Jinping, who accepted the invitation, met Vladimir Putin in Moscow on Monday.',
    ['MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  [
    'Xi Jinping called for closer ties with Russia during the talks with Vladimir Putin on Monday.',
    [
      'STATEMENT SOURCE:xi-jinping TARGET:russia @2025-03-03',
      'MEETING PARTICIPANT:xi-jinping PARTICIPANT:vladimir-putin @2025-03-03',
    ],
  ],
  [
    'Donald Trump called Vladimir Putin on Monday.',
    ['CALL PARTICIPANT:donald-trump PARTICIPANT:vladimir-putin @2025-03-03'],
  ],
  [
    'Reports said Emmanuel Macron spoke with Vladimir Putin by phone on Sunday.',
    ['CALL PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-02'],
  ],
  [
    'Emmanuel Macron and Vladimir Putin agreed on Sunday to hold a summit, a claim that was later confirmed.',
    ['AGREEMENT PARTICIPANT:emmanuel-macron PARTICIPANT:vladimir-putin @2025-03-02'],
  ],
]);
