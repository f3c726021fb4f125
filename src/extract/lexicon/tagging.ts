/**
 * Words by which 2-sentences.ts corrects compromise's part-of-speech tags, as each token is added: "fresh rounds of
 * sanctions" (a noun, not a verb), "carried out airstrikes" (a particle), "cease-fire" (one noun). Stages turn a
 * list into a matcher with `words()` (./words.ts).
 */
import { ARTICLES } from './determiners';
import { PREPOSITION_WORDS } from './grammar';
import { words } from './words';

/**
 * Words before a plural noun and its "of" that make it a noun compromise read as a verb: "a series of strikes",
 * "fresh rounds of sanctions", "several waves of attacks".
 */
export const BEFORE_PLURAL_OF: readonly string[] = [
  ...ARTICLES,
  'new',
  'fresh',
  'further',
  'more',
  'several',
  'two',
  'three',
];
export const BEFORE_PLURAL_OF_WORD = words(BEFORE_PLURAL_OF);

/**
 * Prepositions a verb may follow, not only a noun phrase: "as follows", "like it says", "than expected", and "to" of an
 * infinitive ("to discuss", "to address").
 */
const VERB_PREPOSITIONS: readonly string[] = ['as', 'like', 'than', 'to'];

/**
 * Prepositions after which a word in "-s" is a plural noun, though compromise reads it as a present verb: "tariffs on
 * imports from Brazil", "a ban on exports to Russia" (no finite verb stands right after a preposition).
 */
export const NOUN_OPENING_PREPOSITION = words(PREPOSITION_WORDS.filter((w) => !VERB_PREPOSITIONS.includes(w)));

/** Particles of a phrasal verb that compromise tags as verbs of their own: "carried out", "broke off", "stepped up". */
export const PHRASAL_PARTICLES: readonly string[] = ['out', 'up', 'off', 'down', 'away'];
export const PHRASAL_PARTICLE = words(PHRASAL_PARTICLES);

/**
 * Nouns that modify a force noun and that compromise reads as a bare verb after another verb: "carried out air strikes
 * on Hamas" ("to air"), "stepped up air raids" (2-sentences.ts reads them as nouns between a verb and a noun).
 */
export const MODIFIER_NOUNS: readonly string[] = ['air'];
export const MODIFIER_NOUN = words(MODIFIER_NOUNS);

/** Verbs in "-s" that are verbs wherever they stand, never plural nouns: "says", "remains", "appears". */
export const FINITE_S_VERBS: readonly string[] = [
  'is',
  'has',
  'was',
  'does',
  'says',
  'seems',
  'remains',
  'appears',
  'goes',
];
export const FINITE_S_VERB = words(FINITE_S_VERBS);

/**
 * Nouns written in two tokens, by their two words joined by one space, and the one word the rules know:
 * "cease-fire" is a "ceasefire", "stand-off" and "face-off" a "standoff".
 */
export const HYPHENATED_NOUNS: Readonly<Record<string, string>> = {
  'cease fire': 'ceasefire',
  'stand off': 'standoff',
  'face off': 'standoff',
  // (The last two of "tete-a-tete", a meeting of two; its first "tete" is left a modifier.)
  'a tete': 'tete-a-tete',
};

/**
 * Plural nouns of a gathering that compromise reads as a verb after a name and its determiner: "took part in such Quad
 * talks", "the G7 talks" (a name after "the" or "such" is no subject of a verb in "-s").
 */
export const NAMED_GATHERING_NOUNS: readonly string[] = ['talks'];
export const NAMED_GATHERING_NOUN = words(NAMED_GATHERING_NOUNS);

/**
 * Verb forms compromise reads as first names even in lower case, with the tags of the verb: "drew criticism" (of
 * "draw"), "drew up a plan". 2-sentences.ts gives them these tags when written in lower case.
 */
export const NAME_SPELLED_VERBS: Readonly<Record<string, readonly string[]>> = {
  drew: ['Verb', 'PastTense'],
};

/**
 * Words of order that compromise reads as a verb or an adjective between a subject and its past verb, where they are
 * adverbs telling which of several times it was: "The two leaders last spoke on June 14", "They last met during the
 * G20 Summit in Bali", "Putin and Trump last spoke on February 12", "the two leaders last held a phone call on
 * September 11" (wire reports 2022-2025; not after a determiner: "the last attacked ship").
 */
export const ORDER_ADVERBS: readonly string[] = ['last'];
export const ORDER_ADVERB = words(ORDER_ADVERBS);
