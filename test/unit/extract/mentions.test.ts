import { findMentions } from '../../../src/extract/mentions';
import { splitSentences } from '../../../src/extract/sentences';

const mentionsOf = (text: string) =>
  findMentions(splitSentences(text)).map((m) => [m.form, m.name, m.role, m.affiliation, m.locative] as const);

describe('findMentions', () => {
  const rows: [string, (readonly [string, string, string | null, string | null, boolean])[]][] = [
    ['Russian Foreign Minister Sergei Lavrov spoke.', [['person', 'Sergei Lavrov', 'Foreign Minister', 'Russia', false]]],
    ['Kremlin spokesman Dmitry Peskov told reporters.', [['person', 'Dmitry Peskov', 'spokesman', 'Russia', false]]],
    ['Lavrov briefed Iran’s Foreign Minister Abbas Araghchi.', [
      ['name-candidate', 'Lavrov', null, null, false], ['person', 'Abbas Araghchi', 'Foreign Minister', 'Iran', false]]],
    ['Supreme Leader Ayatollah Ali Khamenei spoke.', [['person', 'Ali Khamenei', 'Supreme Leader', null, false]]],
    ['US Secretary of State Marco Rubio arrived.', [['person', 'Marco Rubio', 'Secretary of State', 'United States', false]]],
    ['He met his Ukrainian counterpart Andrii Sybiha.', [['person', 'Andrii Sybiha', 'counterpart', 'Ukraine', false]]],
    ['Saudi Crown Prince Mohammed bin Salman arrived.', [['person', 'Mohammed bin Salman', 'Crown Prince', 'Saudi Arabia', false]]],
    ['They met in Riyadh, Saudi Arabia, on Monday.', [['capital', 'Saudi Arabia', null, null, true], ['name', 'Saudi Arabia', null, null, true]]],
    ['Moscow is ready to help.', [['capital', 'Russia', null, null, false]]],
    ['He discussed Washington’s interest in Moscow facilitating talks.', [['capital', 'United States', null, null, false], ['capital', 'Russia', null, null, false]]],
    ['Top US officials met Russian counterparts.', [['name', 'United States', null, null, false], ['members', 'Russia', null, null, false]]],
    ['It criticized Democratic leaders and the Biden Administration.', [
      ['members', 'Democratic Party', null, null, false], ['name-candidate', 'Biden', null, null, false], ['government', 'Biden Administration', null, null, false]]],
  ];
  it.each(rows)('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));

  it('turns a leader’s administration into a government mention beside the person', () => {
    const ms = findMentions(splitSentences('Russia agreed to assist US President Donald Trump’s administration.'));
    expect(ms.map((m) => [m.form, m.surface])).toEqual([
      ['name', 'Russia'], ['person', 'US President Donald Trump'], ['government', 'US President Donald Trump’s administration']]);
  });
});
