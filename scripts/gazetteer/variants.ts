/**
 * The spellings of a person's name: diacritic-free forms, the usual transliteration
 * alternations, the word that names them alone, and whether that word needs a guard.
 */
import nlp from 'compromise';
import { nameKey, stripDiacritics } from '../../src/gazetteer/names';

/** States whose people's names are written family name first ("Xi Jinping", "Kim Jong Un", "Lai Ching-te"). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'HKG', 'MAC']);
/**
 * States whose people English news writes either way: given name first by custom ("Fumio Kishida"), family name first
 * as the state's own style has asked since 2019 and NHK World writes it ("Kishida Fumio", "Ishiba Shigeru"). A
 * two-word name gets the other order as a variant (src/extract/knownPeople.ts gives both the canonical name's id).
 */
const EITHER_ORDER = new Set(['JPN']);
/** States whose names come through Cyrillic, transliterated -y, -yy or -iy ("Zelensky", "Zelenskyy", "Zelenskiy"). */
const CYRILLIC = new Set(['UKR', 'RUS', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'BGR', 'SRB', 'MKD']);
/** States whose names come through Persian or Arabic script, where gh and q render one letter ("Araghchi", "Araqchi"). */
const GH_Q = new Set(['IRN', 'AFG', 'TJK']);

const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const LINKS = new Set([
  'bin',
  'ibn',
  'bint',
  'ben',
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'van',
  'von',
  'der',
  'la',
  'le',
  'y',
]);

/** Ukrainian and Russian surnames' -y/-yy/-iy endings, each giving the others. */
function cyrillicEndings(word: string): string[] {
  const m = /^(.{3,}?)(?:yy|iy|y)$/.exec(word);
  if (!m) return [];
  const stem = m[1] ?? '';
  if (!/[kc]$|sk$|ts$/.test(stem)) return []; // Zelensk-y, Kovalevsk-y; not Lavrov, not Medvedev
  return ['y', 'yy', 'iy'].map((ending) => stem + ending);
}

function ghQ(word: string): string[] {
  return [word.replace(/gh/g, 'q').replace(/Gh/g, 'Q'), word.replace(/q/g, 'gh').replace(/^Q/, 'Gh')];
}

/** Alternative spellings of one word of a name, by the states the person serves. */
function wordForms(word: string, states: ReadonlySet<string>): string[] {
  const forms = [word];
  if ([...states].some((s) => CYRILLIC.has(s))) forms.push(...cyrillicEndings(word));
  if ([...states].some((s) => GH_Q.has(s))) forms.push(...ghQ(word));
  return forms;
}

/** Full forms: as given, the last word's transliterations, without diacritics; sorted, one per spelling. */
export function fullVariants(name: string, given: readonly string[], states: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const variant of [name, ...given]) {
    const words = variant.split(' ');
    const last = words.at(-1) ?? '';
    for (const form of wordForms(last, states)) {
      const spelled = [...words.slice(0, -1), form].join(' ');
      out.add(spelled);
      out.add(stripDiacritics(spelled));
    }
  }
  const words = name.split(' ');
  if ([...states].some((s) => EITHER_ORDER.has(s)) && words.length === 2) out.add(`${words[1]} ${words[0]}`);
  out.delete(name);
  return [...out].sort();
}

/** The word naming a person alone, from a full name: family name, or last word with "al-" dropped. */
function aloneOf(full: string, states: ReadonlySet<string>): string[] {
  const words = full.split(' ').filter((w) => !SUFFIXES.has(w));
  if (words.length < 2) return [];
  if ([...states].some((s) => FAMILY_NAME_FIRST.has(s)) && words.length <= 3) return [words[0] ?? ''];
  if (words.some((w) => ['bin', 'ibn', 'bint'].includes(w.toLowerCase()))) return []; // "Mohammed bin Salman": no single word
  const last = words.at(-1) ?? '';
  // "Ursula von der Leyen" → "von der Leyen": a surname with its particles names the person alone.
  const link = words.findIndex((w, i) => i > 0 && LINKS.has(w.toLowerCase()));
  if (link > 0) return [words.slice(link).join(' ')];
  const bare = last.replace(/^(al|el|Al|El)-/, '');
  return bare !== last ? [last, bare] : [last];
}

export function aloneForms(
  name: string,
  variants: readonly string[],
  given: readonly string[],
  states: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  const fromNames = aloneOf(name, states);
  for (const word of [...given, ...fromNames])
    for (const form of wordForms(word, states)) {
      out.add(form);
      out.add(stripDiacritics(form));
    }
  // A full variant's single word counts only when it is a spelling of one already found.
  const keys = new Set([...out].map(nameKey));
  for (const variant of variants)
    for (const word of aloneOf(variant, states)) if (keys.has(nameKey(word))) out.add(word);
  return [...out].filter((w) => w.length > 1).sort();
}

/** Whether a single word naming a person alone needs a guard. */
export type AmbiguityRule = (word: string) => boolean;

/** Tags of compromise's lexicon that mark a surname only; any other tag is a common word or a first name. */
const SURNAME_TAGS = new Set(['LastName', 'ProperNoun']);

/**
 * The rule (documented in data/gazetteer/README.md): a word is ambiguous alone when the
 * hand list calls it a common word or a shared surname, or when compromise's lexicon
 * knows it as anything but a surname (a modal, noun, adjective, verb, place or first
 * name); a hand list of surnames news uses alone for one person overrides the lexicon.
 */
export function ambiguityRule(hand: ReadonlyMap<string, string>): AmbiguityRule {
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one;
  return (word) => {
    const key = nameKey(word);
    const listed = hand.get(key);
    if (listed !== undefined) return listed !== 'alone';
    const tags = lexicon[key];
    if (tags === undefined) return false;
    return (Array.isArray(tags) ? tags : [tags]).some((t) => !SURNAME_TAGS.has(t));
  };
}
