/**
 * Name keys shared by the gazetteer's build and its loader, so that a name written one
 * way in the data and another in an article meet on the same key.
 */

import { stripDiacritics } from '../domain/letters';

export { stripDiacritics };

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

/**
 * Spellings of one sound that transliterations of Cyrillic, Persian and Arabic names alternate, folded to one:
 * "Araghchi"/"Araqchi", "Baghaei"/"Baqaei" (gh, q); "Sergei"/"Sergey", "Yuri"/"Yury"/"Yuriy",
 * "Zelensky"/"Zelenskiy"/"Zelenskyy" (final y, iy, yy as i; ey as ei); "Dmitriev"/"Dmitriyev", "Umerov"/"Umierov"
 * (a y or i before e); "Seyyed"/"Seyed", "Massoud"/"Masoud" (doubled letters, ou as u); "Alexei"/"Aleksey" (x as ks).
 * Rule data: [pattern, as].
 */
const TRANSLITERATION_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/gh/g, 'q'],
  [/(\p{L})\1/gu, '$1'],
  [/ou/g, 'u'],
  [/ey/g, 'ei'],
  [/(?:iy|y)$/, 'i'],
  [/(?<=\p{L}{2})[iy]+e/gu, 'e'],
  [/x/g, 'ks'],
];

/** One word of a name key with its transliteration alternations folded (TRANSLITERATION_FOLDS). */
function foldWord(word: string): string {
  return TRANSLITERATION_FOLDS.reduce((w, [pattern, as]) => w.replace(pattern, as), word);
}

/**
 * The key two transliterations of one name share: nameKey, initials joined ("J. D. Vance" as "JD Vance"), each
 * word folded. "Sergei Lavrov" and "Sergey Lavrov" meet; "Sergei Lavrov" and "Sergei Ryabkov" do not.
 */
export function transliterationKey(name: string): string {
  return nameKey(name)
    .replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1')
    .split(' ')
    .map(foldWord)
    .join(' ');
}
