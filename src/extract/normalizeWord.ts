/**
 * A word as the rules compare it: lower-cased, curly apostrophes straight, a possessive's "'s" and the punctuation
 * around it dropped ("Putin’s" → "putin"). In a module of its own so that the gazetteer's tables (countries.ts) can
 * use it without importing the sentence splitter, which reads the gazetteer.
 */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
