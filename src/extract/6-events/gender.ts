import nlp from 'compromise';
import type { Mention } from '../3-mentions';
import { HONORIFIC } from '../lexicon/names';
import {
  FEMALE_GIVEN_NAME,
  FEMALE_PRONOUN,
  FEMALE_TITLE,
  MALE_PRONOUN,
  MALE_TITLE,
  NOT_GENDERED_NAMES,
} from '../lexicon/reference';

/**
 * Whom "she" and "he" may stand for: a person's gender as the article's words show it — a given name ("Giorgia
 * Meloni", or the gazetteer's full name of an untitled "Meloni"), an honorific or title ("Mrs May", "King Abdullah").
 * Unknown when nothing says, or when the words disagree.
 */

export type Gender = 'female' | 'male';

/** compromise's lexicon: its tag per word, "FemaleName" and "MaleName" among them. */
const LEXICON: Readonly<Record<string, unknown>> =
  (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};

/**
 * The gender a given name says: compromise's tag, else FEMALE_GIVEN_NAMES; none for a name that men and women bear. An
 * accented name is read without its accents as well ("Mélanie", "Élisabeth", "André"), which the lists spell plain.
 */
function genderOfGivenName(word: string): Gender | null {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return genderOfSpelling(word) ?? (plain === word ? null : genderOfSpelling(plain));
}

/** The gender one spelling of a given name says. */
function genderOfSpelling(word: string): Gender | null {
  if (NOT_GENDERED_NAMES.test(word)) return null;
  if (FEMALE_GIVEN_NAME.test(word) || LEXICON[word] === 'FemaleName') return 'female';
  return LEXICON[word] === 'MaleName' ? 'male' : null;
}

/** What one mention says of the person's gender: its title's and honorific's words, and the first word of a full name. */
function evidenceOf(m: Mention): Gender[] {
  const titled = `${m.role ?? ''} ${m.honorificName ?? ''}`.toLowerCase().split(/[\s.]+/);
  const found: Gender[] = [];
  if (titled.some((w) => FEMALE_TITLE.test(w))) found.push('female');
  if (titled.some((w) => MALE_TITLE.test(w))) found.push('male');
  for (const name of [m.name, m.known?.name]) {
    // ("Sheikh Hasina", "Datuk Seri Anwar Ibrahim": an honorific a name opens with is no given name.)
    const words = name?.toLowerCase().split(/\s+/) ?? [];
    const first = words.findIndex((w) => !HONORIFIC.test(w));
    const parts = first < 0 ? [] : words.slice(first);
    const given = words.length > 1 && parts.length >= 1 ? genderOfGivenName(parts[0] ?? '') : null;
    if (given) found.push(given);
  }
  return found;
}

/** Each person's gender where the article's mentions of them say one and do not disagree. */
export function gendersOf(mentions: readonly Mention[], actorOf: readonly (string | null)[]): Map<string, Gender> {
  const seen = new Map<string, Set<Gender>>();
  mentions.forEach((m, k) => {
    const id = actorOf[k];
    if (!id || m.kind !== 'PERSON') return;
    const set = seen.get(id) ?? new Set<Gender>();
    for (const g of evidenceOf(m)) set.add(g);
    seen.set(id, set);
  });
  const genders = new Map<string, Gender>();
  for (const [id, set] of seen) if (set.size === 1) genders.set(id, [...set][0] as Gender);
  return genders;
}

/** The gender a pronoun speaks of: "she", "her" a woman; "he", "his", "him" a man; none for "it", "they". */
export function genderOfPronoun(word: string): Gender | null {
  return FEMALE_PRONOUN.test(word) ? 'female' : MALE_PRONOUN.test(word) ? 'male' : null;
}
