/**
 * The small words that open a noun phrase: articles, possessive determiners, demonstratives. The stages skip them
 * between a verb and its object ("met the Emir", "told his counterpart") and require one before a noun that would
 * otherwise be a verb ("a call", "their conversation", "this visit"). Combine them with `words()` (./words.ts).
 */
import { words } from './words';

/** "a call", "an attack": one of some kind, not one known already. */
export const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an'];
export const INDEFINITE_ARTICLE = words(INDEFINITE_ARTICLES);

/** "a call", "an attack", "the summit". */
export const ARTICLES: readonly string[] = [...INDEFINITE_ARTICLES, 'the'];
export const ARTICLE = words(ARTICLES);

/** Possessives of a person or people, not of a thing: "his Ukrainian counterpart Andrii Sybiha", "their leaders". */
export const PERSON_POSSESSIVES: readonly string[] = ['his', 'her', 'their'];

/** Possessives of a third party, which may stand for an actor named before: "his visit", "their talks", "its ally". */
export const THIRD_PERSON_POSSESSIVES: readonly string[] = [...PERSON_POSSESSIVES, 'its'];

/** Possessives of the speaker, in quoted speech: "called Putin our friend". */
export const FIRST_PERSON_POSSESSIVES: readonly string[] = ['our', 'my'];

/** Any possessive determiner, a third party's or the speaker's: "called their talks", "gave our ambassador". */
export const POSSESSIVE_DETERMINER = words(THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES);

/** "this visit", "that call". */
export const DEMONSTRATIVES: readonly string[] = ['this', 'that'];

/** Articles, third-person possessives and demonstratives: what may open the noun phrase of an event. */
export const DETERMINERS: readonly string[] = [...ARTICLES, ...THIRD_PERSON_POSSESSIVES, ...DEMONSTRATIVES];
