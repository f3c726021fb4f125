/**
 * Which gold actor a spelling names. Gold files and predictions spell actors their own
 * way ("Sergei Lavrov", "Lavrov", "Lavrov's"): names are compared folded, and a
 * predicted endpoint resolves to the canonical name of the gold actor it spells.
 */
import { foldWholeLetters } from '../domain/letters';
import type { GoldActor, PredictedActor } from './formats';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’'`]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;
const LEADING_ARTICLE = /^the /;

/**
 * A spelling folded for comparison: accents, case, apostrophes and punctuation
 * dropped, and a leading "the" ("Côte d'Ivoire" and "cote divoire" fold alike;
 * "the United States" is "united states"). Letters NFKD keeps whole ("Łukaszenka",
 * "Støre") fold as the extractor folds them, or a gold spelling with them never
 * meets a prediction spelled without.
 */
export function foldName(spelling: string): string {
  return foldWholeLetters(spelling)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_ALPHANUMERIC_RUNS, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/** Finds the canonical gold name for a spelling, or undefined when no gold actor is spelled so. */
export type GoldNameLookup = (spelling: string) => string | undefined;

/**
 * Every spelling (name or alias) of the gold actors. Should two actors share a
 * spelling, the later one in the file wins.
 */
export function goldNameLookup(actors: readonly GoldActor[]): GoldNameLookup {
  const byFolded = new Map<string, string>();
  for (const actor of actors) {
    for (const spelling of [actor.name, ...actor.aliases]) byFolded.set(foldName(spelling), actor.name);
  }
  return (spelling) => byFolded.get(foldName(spelling));
}

/** The non-empty spellings of a predicted actor: its name, then its aliases. */
export function spellingsOf(actor: PredictedActor): string[] {
  return [actor.name, ...actor.aliases].filter((spelling) => spelling !== '');
}

/** The prefix of an endpoint that matched no gold actor; no gold name starts with it. */
export const UNRESOLVED = '?';

/**
 * Resolves a predicted endpoint (a predicted actor's id or name) to a gold name: the
 * first of that actor's spellings a gold actor answers to. An endpoint that names no
 * predicted actor is itself the spelling tried. An endpoint no gold actor answers to
 * becomes `?endpoint`, which equals no gold name.
 */
export function endpointResolver(actors: readonly PredictedActor[], toGold: GoldNameLookup): (ref: string) => string {
  const spellingsByRef = new Map<string, string[]>();
  for (const actor of actors) {
    const spellings = spellingsOf(actor);
    for (const ref of [actor.id, actor.name]) if (ref) spellingsByRef.set(ref, spellings);
  }
  return (ref) => {
    for (const spelling of spellingsByRef.get(ref) ?? [ref]) {
      const name = toGold(spelling);
      if (name !== undefined) return name;
    }
    return `${UNRESOLVED}${ref}`;
  };
}
