/**
 * The lexicon's one way of turning a word list into a matcher.
 *
 * Every module of `src/extract/lexicon/` keeps its words as plain lists, one concept a module, so that a word is
 * spelled once and read as data. The stages test a token's `norm` (lower case, see 2-sentences.ts) against them;
 * `words` builds that test as an anchored, non-capturing alternation, which keeps the stages' `RegExp` fields and
 * `.test()` calls as they are.
 */

/** Matches a whole token norm that is one of `list` (entries are literal words, not patterns). */
export function words(...lists: readonly (readonly string[])[]): RegExp {
  const all = lists.flat();
  if (all.length === 0) throw new Error('words() needs at least one word, received an empty list');
  const bad = all.find((w) => w === '' || /[\s\\^$.*+?()[\]{}|/]/.test(w));
  if (bad !== undefined)
    throw new Error(`words() takes literal words without spaces or regex syntax, received "${bad}"`);
  return new RegExp(`^(?:${all.join('|')})$`);
}

/**
 * Matches a token norm that begins with one of `list` (entries are literal stems: "condemn" takes "condemned",
 * "condemnation"), for word families too many to spell form by form.
 */
export function stems(...lists: readonly (readonly string[])[]): RegExp {
  const exact = words(...lists); // the same checks on the entries
  return new RegExp(exact.source.replace(/\$$/, ''));
}

/**
 * Whether one of `phrases` (each a sequence of token norms: ["ahead", "of"]) ends at token `e`; the stages keep
 * multi-word lists this way, as data like the single words above.
 */
export function endsPhrase(
  tokens: readonly { norm: string }[],
  e: number,
  phrases: readonly (readonly string[])[],
): boolean {
  return phrases.some((phrase) => phrase.every((w, i) => tokens[e - phrase.length + 1 + i]?.norm === w));
}
