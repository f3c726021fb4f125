import { STATE_GAZETTEER, phraseKey } from '../../../src/extract/countries';

describe('state gazetteer from world-countries', () => {
  const rows: [string, string, string][] = [
    ['Iran', 'Iran', 'name'],
    ['Islamic Republic of Iran', 'Iran', 'name'],
    ['US', 'United States', 'name'],
    ['U.S.', 'United States', 'name'],
    ['Russian', 'Russia', 'adjective'],
    ['Russians', 'Russia', 'members'],
    ['Moscow', 'Russia', 'capital'],
    ['Washington', 'United States', 'capital'],
    ['Riyadh', 'Saudi Arabia', 'capital'],
    ['Kremlin', 'Russia', 'seat'],
    ['White House', 'United States', 'seat'],
    ['Turkey', 'Turkey', 'name'],
    ['Türkiye', 'Turkey', 'name'],
    ['Britain', 'United Kingdom', 'name'],
    // Without their accents, as wire copy writes them.
    ['Brasilia', 'Brazil', 'capital'],
    ['Bogota', 'Colombia', 'capital'],
    ['Elysee Palace', 'France', 'seat'],
    ['Cote d’Ivoire', 'Ivory Coast', 'name'],
    // Demonyms as the news spells them, besides world-countries' own.
    ['Ecuadorian', 'Ecuador', 'adjective'],
    ['Ecuadorean', 'Ecuador', 'adjective'],
    ['Kazakh', 'Kazakhstan', 'adjective'],
    ['Sri Lankan', 'Sri Lanka', 'adjective'],
    ['Argentinian', 'Argentina', 'adjective'],
    ['Lao', 'Laos', 'adjective'],
    ['Timorese', 'Timor-Leste', 'adjective'],
    ['Azeri', 'Azerbaijan', 'adjective'],
    ['Bosnian', 'Bosnia and Herzegovina', 'adjective'],
    ['Botswanan', 'Botswana', 'adjective'],
    ['Luxembourgish', 'Luxembourg', 'adjective'],
    // An adjective two states share, given to the one news means by it.
    ['Dominican', 'Dominican Republic', 'adjective'],
    ['Dominica', 'Dominica', 'name'],
  ];
  it.each(rows)('%s → %s (%s)', (phrase, actor, form) => {
    expect(STATE_GAZETTEER.get(phraseKey(phrase))).toMatchObject({ actor, form, kind: 'STATE' });
  });
  it('leaves out spellings that are English words', () => {
    expect(STATE_GAZETTEER.get(phraseKey('Island'))).toBeUndefined();
    expect(STATE_GAZETTEER.get(phraseKey('Male'))).toBeUndefined();
  });
  it('leaves out ISO codes that are not news spellings and inverted official names', () => {
    expect(STATE_GAZETTEER.get(phraseKey('IR'))).toBeUndefined();
    expect(STATE_GAZETTEER.get(phraseKey('Iran, Islamic Republic of'))).toBeUndefined();
  });
});
