import { loadGazetteer, transliterationKey } from '../../../src/gazetteer';

/**
 * Transliterations of one name share a key (src/gazetteer/names.ts), so that the gazetteer's person absorbs
 * spellings no source lists. Spellings from news of 2022-2025 (wires, Iranian and Russian outlets); the rows that
 * must not meet are different people with a shared given name.
 */
describe('transliterationKey', () => {
  const same: [string, string][] = [
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Abbas Araghchi', 'Abbas Araqchi'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Kirill Dmitriev', 'Kirill Dmitriyev'],
    ['Yuri Ushakov', 'Yury Ushakov'],
    ['Yuriy Ushakov', 'Yuri Ushakov'],
    ['Esmaeil Baghaei', 'Esmaeil Baqaei'],
    ['JD Vance', 'J.D. Vance'],
    ['J. D. Vance', 'JD Vance'],
    ['Rustem Umerov', 'Rustem Umierov'],
    ['Massoud Pezeshkian', 'Masoud Pezeshkian'],
    ['Alexei Overchuk', 'Aleksey Overchuk'],
  ];
  it.each(same)('%s and %s meet', (a, b) => expect(transliterationKey(a)).toBe(transliterationKey(b)));

  const different: [string, string][] = [
    ['Sergei Lavrov', 'Sergei Ryabkov'],
    ['Ali Khamenei', 'Ali Larijani'],
    ['Dmitry Peskov', 'Dmitry Medvedev'],
    ['Abbas Araghchi', 'Mahmoud Abbas'],
  ];
  it.each(different)('%s and %s stay apart', (a, b) => expect(transliterationKey(a)).not.toBe(transliterationKey(b)));
});

describe('the gazetteer finds a person by a transliteration its sources do not list', () => {
  const g = loadGazetteer();
  const rows: [string, string][] = [
    ['Yurii Ushakov', 'Yuri Ushakov'],
    ['Volodymyr Zelenskiy', 'Volodymyr Zelenskyy'],
  ];
  it.each(rows)('%s is %s', (written, name) =>
    expect(g.peopleByName(written).map((m) => m.person.name)).toContain(name),
  );
  it('a listed spelling wins over a transliteration: "Sergei Ryabkov" is nobody the gazetteer knows as Lavrov', () =>
    expect(g.peopleByName('Sergei Ryabkov').map((m) => m.person.name)).not.toContain('Sergey Lavrov'));
});
