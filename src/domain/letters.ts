/**
 * Letters without their diacritics, for every comparison of spellings and for ids: wires and
 * articles write "Erdogan" and "Lukaszenka" as often as "Erdoğan" and "Łukaszenka".
 */

/** Letters NFD does not decompose into a base letter and a mark. */
const FOLD: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
};

/** Any of FOLD's letters (the table is the one list of them). */
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** "Łukaszenka" → "Lukaszenka", "Støre" → "Store": FOLD's letters as their base letters, nothing else changed. */
export function foldWholeLetters(text: string): string {
  return text.replace(FOLDED, (c) => FOLD[c] ?? c);
}

/** "Erdoğan" → "Erdogan", "Łukaszenka" → "Lukaszenka": the spelling of wires that drop diacritics. */
export function stripDiacritics(text: string): string {
  return foldWholeLetters(text.normalize('NFD').replace(/\p{M}/gu, ''));
}
