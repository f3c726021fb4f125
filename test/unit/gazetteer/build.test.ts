import { parseTabari, tabariDate } from '../../../scripts/gazetteer/tabari';
import { phoenixPeople, titleCaseName } from '../../../scripts/gazetteer/phoenix';
import { aloneForms, ambiguityRule, fullVariants } from '../../../scripts/gazetteer/variants';
import { buildPeople, reconcileRoles } from '../../../scripts/gazetteer/people';
import { facts } from '../../../scripts/gazetteer/facts';
import { nameKey, stripDiacritics } from '../../../src/gazetteer/names';

describe('TABARI dictionaries', () => {
  it.each([
    ['080508', '2008-05-08'],
    ['991231', '1999-12-31'],
    ['19911226', '1991-12-26'],
    ['2004017', undefined],
    ['001301', undefined],
  ])('date %s → %s', (raw, iso) => expect(tabariDate(raw)).toBe(iso));

  it('reads names, variants, dated codes and comments', () => {
    const text = [
      '# a comment',
      'VLADIMIR_PUTIN_  # CountryInfo.txt',
      '+PUTIN_',
      '+PRESIDENT_PUTIN_',
      '\t[RUSGOV 991231-080507]',
      '\t[RUSGOV >080508]',
      '\t[RUSELI]',
      'UN_ [IGOUNO]',
    ].join('\n');
    expect(parseTabari(text)).toEqual([
      {
        names: ['VLADIMIR_PUTIN_', 'PUTIN_', 'PRESIDENT_PUTIN_'],
        codes: [
          { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' },
          { code: 'RUSGOV', from: '2008-05-08' },
          { code: 'RUSELI' },
        ],
      },
      { names: ['UN_'], codes: [{ code: 'IGOUNO' }] },
    ]);
  });

  it('keeps people with a government role from 2000 on, drops title-bearing variants and ELI codes', () => {
    const text = [
      'VLADIMIR_PUTIN_',
      '+PUTIN_',
      '+PRESIDENT_PUTIN_',
      '\t[RUSGOV >080508]',
      '\t[RUSELI]',
      'OLD_MAN_',
      '\t[RUSGOV 700101-800101]',
    ].join('\n');
    const [putin, ...rest] = phoenixPeople(text, new Set(['RUS']), '2000-01-01');
    expect(rest).toEqual([]);
    expect(putin).toMatchObject({
      name: 'Vladimir Putin',
      alone: ['Putin'],
      roles: [
        { title: 'government official', kind: 'government', of: 'RUS', from: '2008-05-08', lastKnown: '2014-01-30' },
      ],
    });
  });

  it.each([
    ['ABDEL_FATTAH_AL-SISI_', 'Abdel Fattah al-Sisi'],
    ['DAVID_MCALLISTER', 'David McAllister'],
    ['JEAN-YVES_LE_DRIAN', 'Jean-Yves le Drian'],
  ])('title-cases %s as %s', (raw, name) => expect(titleCaseName(raw)).toBe(name));
});

describe('name keys and variants', () => {
  it.each([
    ['Erdoğan', 'Erdogan'],
    ['Łukaszenka', 'Lukaszenka'],
    ['Nicușor', 'Nicusor'],
  ])('strips diacritics from %s', (text, plain) => expect(stripDiacritics(text)).toBe(plain));

  it('one key for hyphens, case and dots', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('kim jong un'));
    expect(nameKey('Donald J. Trump')).toBe('donald j trump');
  });

  it('Cyrillic endings and Persian gh/q give the other spellings', () => {
    expect(fullVariants('Volodymyr Zelenskyy', [], new Set(['UKR']))).toEqual([
      'Volodymyr Zelenskiy',
      'Volodymyr Zelensky',
    ]);
    expect(aloneForms('Abbas Araghchi', [], [], new Set(['IRN']))).toEqual(['Araghchi', 'Araqchi']);
  });

  it('family name first for Chinese and Korean names; particles kept; bin names have no single word', () => {
    expect(aloneForms('Xi Jinping', [], [], new Set(['CHN']))).toEqual(['Xi']);
    expect(aloneForms('Ursula von der Leyen', [], [], new Set(['EC']))).toEqual(['von der Leyen']);
    expect(aloneForms('Mohammed bin Salman', [], [], new Set(['SAU']))).toEqual([]);
    expect(aloneForms('Abdel Fattah el-Sisi', [], [], new Set(['EGY']))).toEqual(['Sisi', 'el-Sisi']);
  });

  it('the ambiguity rule: hand lists first, then compromise lexicon tags', () => {
    const rule = ambiguityRule(
      new Map([
        ['bush', 'word'],
        ['lula', 'alone'],
      ]),
    );
    expect(rule('Bush')).toBe(true); // hand list: a common word compromise lacks
    expect(rule('Lula')).toBe(false); // hand list: used alone for one person
    expect(rule('May')).toBe(true); // lexicon: Modal
    expect(rule('Dan')).toBe(true); // lexicon: a first name
    expect(rule('Putin')).toBe(false); // lexicon: LastName only
    expect(rule('Zelensky')).toBe(false); // not in the lexicon
  });
});

describe('role reconciliation', () => {
  it('a more trusted role cuts an earlier, less trusted one and drops a later one', () => {
    const roles = reconcileRoles([
      {
        title: 'government official',
        kind: 'government',
        of: 'RUS',
        from: '2008-05-08',
        lastKnown: '2014-01-30',
        source: 'phoenix',
      },
      { title: 'President of Russia', kind: 'headOfState', of: 'RUS', from: '2012', source: 'wikidata' },
      {
        title: 'government official',
        kind: 'government',
        of: 'RUS',
        from: '2013-01-01',
        to: '2013-06-01',
        source: 'phoenix',
      },
    ]);
    expect(roles).toEqual([
      {
        title: 'government official',
        kind: 'government',
        of: 'RUS',
        from: '2008-05-08',
        to: '2012',
        source: 'phoenix',
      },
      { title: 'President of Russia', kind: 'headOfState', of: 'RUS', from: '2012', source: 'wikidata' },
    ]);
  });

  const premier = {
    title: 'Prime Minister of Turkey',
    kind: 'headOfGovernment',
    of: 'TUR',
    from: '2003',
    to: '2014-08-28',
    source: 'facts',
  } as const;

  it('a Wikidata role beginning in the year a checked one ends follows it: both kept', () => {
    const president = {
      title: 'President of Turkey',
      kind: 'headOfState',
      of: 'TUR',
      from: '2014',
      lastKnown: '2022-10-10',
      source: 'wikidata',
    } as const;
    expect(reconcileRoles([premier, president])).toEqual([premier, president]);
  });

  it.each([
    ['2003', 'beginning with the checked one'],
    ['2010', 'beginning inside it'],
  ])('a Wikidata role from %s (%s) yields to the checked one', (from) => {
    const overlapping = {
      title: 'Prime Minister of Turkey',
      kind: 'headOfGovernment',
      of: 'TUR',
      from,
      source: 'wikidata',
    } as const;
    expect(reconcileRoles([premier, overlapping])).toEqual([premier]);
  });
});

describe('facts: a word withheld from naming the person alone ("!Guterres")', () => {
  const row = (alone: string) =>
    ['Francisco Guterres', 'Q897790', 'Lu-Olo', alone, 'President of East Timor', 'headOfState', 'TLS', '2017-05-20']
      .concat(['2022-05-19', 'https://example.org/page', 'page'])
      .join('\t');
  const build = (alone: string) =>
    buildPeople(
      facts(row(alone), () => true),
      () => false,
    )[0];

  it('without "!", the name gives its surname alone', () => expect(build('Lu-Olo')?.alone).toContain('Guterres'));

  it('"!Guterres" withholds the surname and keeps the other words', () => {
    expect(build('Lu-Olo|!Guterres')?.alone).toEqual(['Lu-Olo']);
  });

  it('"!Hen" withholds a given name read as a surname (Ng Eng Hen is "Ng")', () => {
    const ng = buildPeople(
      facts(
        ['Ng Eng Hen', '', '', 'Ng|!Hen', 'Minister for Defence of Singapore', 'defenceMinister', 'SGP', '2011']
          .concat(['2025-05-23', 'https://example.org/page', 'page'])
          .join('\t'),
        () => true,
      ),
      () => false,
    )[0];
    expect(ng?.alone).toEqual(['Ng']);
  });
});
