import { normalizeWord, splitSentences, tokenAt } from '../../../src/extract/2-sentences';

describe('splitSentences', () => {
  const body =
    'His Feb. 12 call with Putin signaled an effort. Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi.\n\n“Reminder: talks failed.” He left.';
  const sentences = splitSentences(body);
  /** The k-th sentence of the body, which the first test shows there are four of. */
  const sentence = (k: number) => {
    const s = sentences[k];
    if (s === undefined) throw new Error(`the body has ${sentences.length} sentences, not a sentence ${k}`);
    return s;
  };
  it('keeps abbreviations inside a sentence and gives offsets into the body', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'His Feb. 12 call with Putin signaled an effort.',
      'Lavrov later briefed Iran’s Foreign Minister Abbas Araghchi.',
      '“Reminder: talks failed.”',
      'He left.',
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    for (const t of sentence(1).tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
  });
  it('marks possessives, capitals and quoted words', () => {
    const iran = sentence(1).tokens.find((t) => t.norm === 'iran');
    expect(iran).toMatchObject({ text: 'Iran’s', possessive: true, capitalised: true, quoted: false });
    expect(sentence(2).tokens.every((t) => t.quoted)).toBe(true);
    expect(sentence(3).tokens[0]?.quoted).toBe(false);
  });
});

describe('tokenAt', () => {
  const tokens = splitSentences('Putin met Xi.')[0]?.tokens ?? [];
  it('reads a token inside the sentence', () => expect(tokenAt(tokens, 1).norm).toBe('met'));
  it('names the index a wrong bound asked for', () =>
    expect(() => tokenAt(tokens, 3)).toThrow(
      'tokenAt: a token of the span the caller bounded: no element at index 3 of 3',
    ));
});

describe('normalizeWord', () => {
  const rows: [string, string][] = [
    ['Trump’s', 'trump'],
    ['U.S.', 'u.s'],
    ['Russians’', 'russians'],
    ['can’t', "can't"],
  ];
  it.each(rows)('%s → %s', (word, norm) => expect(normalizeWord(word)).toBe(norm));
});

/** A table of [text, word, is a verb] rows under one title: the corrections made to compromise's part-of-speech tags. */
function verbTable(title: string, rows: [string, string, boolean][]): void {
  describe(title, () =>
    it.each(rows)('%s: "%s" is a verb: %s', (text, word, verb) => {
      const token = splitSentences(text)[0]?.tokens.find((t) => t.norm === word);
      expect(token?.tags.has('Verb')).toBe(verb);
    }),
  );
}

verbTable('splitSentences: a noun compromise reads as a verb before "of"', [
  ['The US Treasury announced on Thursday fresh rounds of sanctions against Russia.', 'rounds', false],
  ['Russia was accused of attacking Ukraine.', 'accused', true],
]);

verbTable('splitSentences: a phrasal verb’s particle is no verb of its own', [
  ['Israel carried out airstrikes on Hezbollah.', 'out', false],
  ['Clashes broke out between the two armies.', 'out', false],
  ['They called off the talks.', 'off', false],
  // [guard: the verb itself stays a verb]
  ['Israel carried out airstrikes on Hezbollah.', 'carried', true],
]);

verbTable(
  'splitSentences: a bare phrasal verb after an article and a singular noun is a noun ("a telephone call on")',
  [
    ['Erdogan held a telephone call on Friday with Putin.', 'call', false],
    ['Erdogan held a telephone call on Friday with Putin.', 'on', false],
    ['Erdogan had a telephone call on Friday with Putin.', 'call', false],
    // [guard: a finite verb agrees with its subject: a plural, a past tense, a proper name's]
    ['The leaders call on Israel to halt the offensive.', 'call', true],
    ['A spokesman called on Israel to halt the offensive.', 'called', true],
    ['The White House called on Congress to pass the aid.', 'called', true],
  ],
);

verbTable('splitSentences: a modifier noun between a verb and a noun is no verb ("carried out air strikes")', [
  ['Israel carried out air strikes on Hamas.', 'air', false],
  ['Washington launched air raids on militia bases in Iraq.', 'air', false],
  // [guard: a verb after "to" or a modal stays a verb]
  ['The broadcaster refused to air the interview.', 'air', true],
  ['The channel will air the speech on Monday.', 'air', true],
]);

verbTable('splitSentences: a word in "-s" next to a past tense is a plural noun, not a second verb', [
  ['Israeli warplanes launched airstrikes on targets in Gaza.', 'airstrikes', false],
  ['Israeli warplanes launched airstrikes on targets in Gaza.', 'warplanes', false],
  ['Russia carried out attacks on Kyiv.', 'attacks', false],
  ['Officials said talks collapsed on Friday.', 'talks', false],
  // [guard: a verb of its own stays a verb]
  ['Israel says it launched strikes.', 'says', true],
  ['Russia has launched strikes.', 'launched', true],
]);

describe('splitSentences: a capital letter and a full stop end a sentence before a sentence opener, not a name', () => {
  const rows: [string, string[]][] = [
    [
      'The news was announced on X. It came just minutes before the visit.',
      ['The news was announced on X.', 'It came just minutes before the visit.'],
    ],
    ['President George W. Bush met him.', ['President George W. Bush met him.']],
  ];
  it.each(rows)('%s', (text, expected) => expect(splitSentences(text).map((s) => s.text)).toEqual(expected));
});

describe('splitSentences: "drew", which compromise reads as the first name Drew, is a verb in lower case', () => {
  const tagsOf = (text: string, word: string) =>
    [...(splitSentences(text)[0]?.tokens.find((t) => t.text === word)?.tags ?? [])].sort();
  it('reads "drew criticism" as a past verb', () =>
    expect(tagsOf('Trump drew criticism from Macron on Monday.', 'drew')).toEqual(['PastTense', 'Verb']));
  it('must not: "Drew" capitalised stays a name', () =>
    expect(tagsOf('Drew Barrymore met Macron on Monday.', 'Drew')).toContain('FirstName'));
});
