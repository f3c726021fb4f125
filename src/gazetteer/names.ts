/**
 * Name keys shared by the gazetteer's build and its loader, so that a name written one
 * way in the data and another in an article meet on the same key.
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

/** "Erdoğan" → "Erdogan", "Łukaszenka" → "Lukaszenka": the spelling of wires that drop diacritics. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØßđĐæÆœðþ]/g, (c) => FOLD[c] ?? c);
}

/**
 * The key a name is looked up by: no diacritics, lower case, apostrophes and dots dropped,
 * hyphens and other punctuation as spaces. "Jean-Yves Le Drian" and "jean yves le drian",
 * "Al-Sisi" and "al Sisi", "Kim Jong-un" and "Kim Jong Un" share a key.
 */
export function nameKey(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
