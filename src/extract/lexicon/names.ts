/**
 * People's names: honorifics, particles inside a name, and the capitalised words that are never part of one.
 * Read by 3-mentions.ts (where a name starts and ends), 4-link.ts (which names are one person's) and 2-sentences.ts.
 * Stages turn a list into a matcher with `words()` (./words.ts).
 */
import { PERSON_POSSESSIVES } from './determiners';
import { MONTH_NAMES, WEEKDAYS } from './time';
import { words } from './words';

/** Forms of address dropped from a person's canonical name but kept as an alias: "Ayatollah Ali Khamenei", "Mr Trump". */
export const HONORIFICS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'sheikh',
  'sheikha',
  'sayyid',
  // (Persian spellings of "sayyid" and the cleric's rank, as Iranian outlets write them: "Seyed Abbas Araghchi".)
  'seyed',
  'seyyed',
  'sayyed',
  'sayed',
  'hojatolislam',
  'ayatollah',
  'hojatoleslam',
  'mullah',
  'madam',
  'mister',
  // Malaysian and Bruneian honours, written before the name ("Datuk Seri Anwar Ibrahim").
  'datuk',
  'dato',
  'datin',
  'tun',
  'tunku',
  'tengku',
  // Diplomatic forms of address before a name, as official readouts write them: "His Excellency Mr. Abiy Ahmed",
  // "His Highness Sheikh Hamdan", "HRH Prince Mohammed bin Salman", "Honorable Emomali Rahmon" (the possessive "His"
  // is passed over first).
  'excellency',
  'highness',
  'hrh',
  'honorable',
  'honourable',
];
/** Dotted forms of address, matched with or without the last dot: "H.E. Mahmoud Ali Youssouf" (token "h.e"). */
export const DOTTED_HONORIFICS: readonly string[] = ['h.e'];
const dotted = DOTTED_HONORIFICS.map((a) => `${a.replace(/\./g, '\\.')}\\.?`).join('|');
export const HONORIFIC = new RegExp(`${words(HONORIFICS).source}|^(?:${dotted})$`);

/** Second words of an honour, honorific only after a first: "Datuk Seri Anwar Ibrahim" (but "Seri Perdana" is a place). */
export const HONORIFIC_SECONDS: readonly string[] = ['seri', 'sri'];
export const HONORIFIC_SECOND = words(HONORIFIC_SECONDS);

/**
 * Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "José
 * Eduardo dos Santos", "Andrés Manuel López Obrador del Río", "Luigi di Maio", "Carlos Agostinho do Rosário".
 */
export const NAME_PARTICLES: readonly string[] = [
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
];
export const NAME_PARTICLE = words(NAME_PARTICLES);

/**
 * Particles after which a word is a father's name: "bin Salman", "ibn Saud", "bint Mohammed". So "King Salman" is
 * not "Mohammed bin Salman", his son.
 */
export const PATRONYMICS: readonly string[] = ['bin', 'ibn', 'bint', 'binti'];
/** Matches a lower-case patronymic: lower-case a name's word first ("Mohammed Bin Salman"). */
export const PATRONYMIC = words(PATRONYMICS);

/**
 * Capitalised function words and connectives that are never part of a person's name, however a sentence opens:
 * "Meanwhile Trump", "According to Lavrov", "Both Modi and Sharif".
 */
export const FUNCTION_WORDS_NOT_NAMES: readonly string[] = [
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'our',
  'my',
  'meanwhile',
  'however',
  'according',
  'since',
  'during',
  'while',
  'after',
  'before',
  'when',
  'although',
  'though',
  'if',
  'neither',
  'nor',
  'both',
  'also',
  'then',
  'so',
  'yet',
  'still',
  // Page furniture printed in capitals before a paragraph.
  'reminder',
  'advertisement',
];

/** compromise's tags that mark a word as (part of) a person's name. */
export const PERSON_TAGS: readonly string[] = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** compromise's word classes that a capitalised word in a name never has ("Later", "Meanwhile", "Top"). */
export const NOT_NAME_TAGS: readonly string[] = [
  'Adverb',
  'Verb',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Date',
  'Value',
];

/**
 * The tag 2-sentences.ts gives the words of a full name the gazetteer spells whose first word compromise read as
 * another word ("To Lam"): 3-mentions.ts keeps them in the name whatever else the words are.
 */
export const KNOWN_NAME_TAG = 'KnownName';

/** Capitalised words that are never part of a person's name: function words, weekdays and months ("Monday", "May"). */
export const NOT_NAMES: readonly string[] = [...FUNCTION_WORDS_NOT_NAMES, ...WEEKDAYS, ...MONTH_NAMES];
export const NOT_NAME = words(NOT_NAMES);

/**
 * Words that open a sentence and never continue a name, as written (capitalised): after "announced on X." the "It"
 * of "It came" starts a new sentence, where compromise read "X." as a middle initial ("George W. Bush").
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'It',
  'The',
  'He',
  'She',
  'They',
  'We',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'But',
  'And',
  'However',
  'Meanwhile',
  'There',
];
export const SENTENCE_OPENER = words(SENTENCE_OPENERS);

/** A possessive of a person or people, which may own a title: "his Ukrainian counterpart Andrii Sybiha". */
export const PERSON_POSSESSIVE = words(PERSON_POSSESSIVES);
