import { words } from '../../../../src/extract/lexicon/words';

describe('words', () => {
  const meeting = words(['meeting', 'meetings'], ['summit']);

  it.each([['meeting'], ['meetings'], ['summit']])('matches the listed word %s', (w) => {
    expect(meeting.test(w)).toBe(true);
  });

  it.each([['meet'], ['summits'], ['a meeting'], ['Meeting'], ['']])('does not match %j', (w) => {
    expect(meeting.test(w)).toBe(false);
  });

  it('refuses an empty list and words with regex syntax', () => {
    expect(() => words([])).toThrow(/at least one word/);
    expect(() => words(['labell?ed'])).toThrow(/labell\?ed/);
    expect(() => words(['two words'])).toThrow(/two words/);
  });
});
