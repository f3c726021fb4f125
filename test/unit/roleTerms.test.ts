import { readTitle, tenseTerm, termOf, withReport, type Term } from '../../src/domain/roleTerms';

describe('readTitle: the tense a title’s first word gives it', () => {
  const rows: [string, string, string | null][] = [
    ['former President', 'President', 'former'],
    ['Former Prime Minister', 'Prime Minister', 'former'],
    ['ex-President', 'President', 'former'],
    ['Ex-foreign minister', 'foreign minister', 'former'],
    ['then-Secretary of State', 'Secretary of State', 'then'],
    ['incoming Chancellor', 'Chancellor', 'incoming'],
    ['Outgoing President', 'President', 'outgoing'],
    ['President-elect', 'President', 'incoming'],
    ['Prime Minister-elect', 'Prime Minister', 'incoming'],
    // Held now, lately or rightfully: the office, no tense ("Iran's new president", "the elected president").
    ['new president', 'president', null],
    ['newly appointed Prime Minister', 'Prime Minister', null],
    ['elected president', 'president', null],
    // Must not: a plain title, "then" without its hyphen, a tense word that is the whole title.
    ['President', 'President', null],
    ['then Secretary of State', 'then Secretary of State', null],
    ['Foreign Minister', 'Foreign Minister', null],
    ['former', 'former', null],
    ['Exchequer Chancellor', 'Exchequer Chancellor', null],
    ['-elect', '-elect', null],
    ['New Zealand Prime Minister', 'New Zealand Prime Minister', null],
    ['new', 'new', null],
  ];
  it.each(rows)('%s → %s (%s)', (written, title, tense) => {
    expect(readTitle(written)).toEqual({ title, tense });
  });
});

describe('tenseTerm: what the words alone bound', () => {
  it('ends a former role no later than the publication day, the last day a partial date spans', () => {
    expect(tenseTerm('former', '2022-05-04')).toEqual({ from: null, to: '2022-05-04' });
    expect(tenseTerm('former', '2022-02')).toEqual({ from: null, to: '2022-02-28' });
  });
  it('begins an incoming role no earlier than the publication day', () => {
    expect(tenseTerm('incoming', '2021-12')).toEqual({ from: '2021-12-01', to: null });
  });
  it('bounds nothing for "then-", "outgoing", a plain title or an article without a date', () => {
    for (const tense of ['then', 'outgoing', null] as const)
      expect(tenseTerm(tense, '2022-05-04')).toEqual({ from: null, to: null });
    expect(tenseTerm('former', null)).toEqual({ from: null, to: null });
    expect(tenseTerm('former', '--05-04')).toEqual({ from: null, to: null });
  });
});

describe('termOf and withReport: reports of one role merged into its terms', () => {
  const first: Term = { from: '2017-01-20', to: '2021-01-20' };
  const second: Term = { from: '2025-01-20', to: null };
  it('keeps two terms apart and merges a report into the term with its first day', () => {
    expect(withReport([first], second)).toEqual([first, second]);
    expect(termOf([first, second], { from: '2025-01-20', to: null })).toBe(1);
    expect(withReport([first, second], { from: '2025-01-20', to: '2029-01-20' })).toEqual([
      first,
      { from: '2025-01-20', to: '2029-01-20' },
    ]);
  });
  it('narrows a known end, never widens one', () => {
    expect(withReport([{ from: null, to: null }], { from: null, to: '2022-05-04' })).toEqual([
      { from: null, to: '2022-05-04' },
    ]);
    expect(withReport([first], { from: '2017-01-20', to: '2022-05-04' })).toEqual([first]);
  });
  it('fills a stored term’s unknown first day from a dated report it overlaps, not from one it does not', () => {
    expect(withReport([{ from: null, to: null }], second)).toEqual([second]);
    expect(withReport([{ from: null, to: '2022-05-04' }], second)).toEqual([{ from: null, to: '2022-05-04' }, second]);
  });
  it('adds nothing for a report with no end known when the role is stored', () => {
    expect(withReport([first, second], { from: null, to: null })).toEqual([first, second]);
    expect(withReport([], { from: null, to: null })).toEqual([{ from: null, to: null }]);
  });
  it('narrows the latest-starting term a former report with no first day overlaps', () => {
    const former: Term = { from: null, to: '2024-06-01' };
    expect(termOf([first, { from: '2023-01-01', to: null }], former)).toBe(1);
    expect(termOf([second], former)).toBe(-1);
  });
});
