import { conflictPairsOf } from './eventTable';

/**
 * A war a measure reaches through its prepositions, as its reason or occasion, is no war of the measure's imposer:
 * "approved sanctions against Russia in response to the ongoing war in Ukraine" gives no CONFLICT between the EU and
 * Ukraine. A war the imposer wages in a clause of its own, or one whose owner the phrase names, keeps its sides. Rows
 * retold after World Wide News, Krone, GTN24, Al Arabiya and The Nightly (2024-2025), wording changed.
 */
const table = (title: string, rows: [string, string[]][]): void =>
  describe(title, () =>
    it.each(rows)('%s', (text, pairs) => expect(conflictPairsOf(text, '2024-06-20')).toEqual(pairs)),
  );

table("a measure's reason or occasion: its imposer is no side of the war", [
  [
    'The European Union on Thursday approved its 14th package of sanctions against Russia in response to the ongoing war in Ukraine.',
    [],
  ],
  ['The US government has imposed a new package of sanctions against supporters of the war against Ukraine.', []],
  [
    'Britain announced on Thursday a series of sanctions against Russia as the conflict in Ukraine nears its third year.',
    [],
  ],
  ['The US, France, the UK and Canada announced sanctions against Israeli settlers as the war in Gaza rages.', []],
  ['The UK on Thursday announced new sanctions on Iran in response to the missile strike on Israel.', []],
  ['Japan imposed new sanctions on Russia as the war in Ukraine dragged on.', []],
]);

table('a war the imposer wages, or whose owner its phrase names, keeps its sides', [
  ['The EU has adopted the 14th package of sanctions against Russia over its war on Ukraine.', ['russia+ukraine']],
  ['The US imposed sanctions on Russia and launched strikes on Syria.', ['syria+united-states']],
  ['Russia banned imports from Ukraine amid its war against Kyiv.', ['russia+ukraine']],
  ['Israel imposed sanctions on Palestinian Authority officials as its war with Hamas continued.', ['hamas+israel']],
  ['Britain fought in the war in Iraq.', ['iraq+united-kingdom']],
]);
