/**
 * Text compared as a reader compares it: runs of whitespace are one space, curly and straight quotes are one quote,
 * dashes are one dash. A model copying a sentence may change those and nothing else; a normalised text keeps, for
 * each of its characters, the offset it came from, so that a quote found in it maps back to the article's own text.
 */
import { foldWholeLetters } from '../domain/letters';

export interface NormalisedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
}

const SINGLE_QUOTES = /[‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /[“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−]/u;

function normalChar(c: string): string {
  if (SINGLE_QUOTES.test(c)) return "'";
  if (DOUBLE_QUOTES.test(c)) return '"';
  if (DASHES.test(c)) return '-';
  return c;
}

export function normalise(original: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let k = 0; k < original.length; k++) {
    const c = original.charAt(k);
    if (/\s/u.test(c)) {
      inSpace = true;
      continue;
    }
    if (inSpace && text !== '') {
      text += ' ';
      origin.push(k - 1);
    }
    inSpace = false;
    text += normalChar(c);
    origin.push(k);
  }
  return { text, origin };
}

/** Where `quote` occurs in `within` (both normalised), as [start, end) offsets of the original; null if nowhere. */
export function findQuote(within: NormalisedText, quote: string): { start: number; end: number } | null {
  const wanted = normalise(quote).text;
  if (wanted === '') return null;
  const at = within.text.indexOf(wanted);
  if (at < 0) return null;
  const start = within.origin[at];
  const last = within.origin[at + wanted.length - 1];
  return start === undefined || last === undefined ? null : { start, end: last + 1 };
}

/** A name as compared: normalised, lower case, accents folded ("Zelenskyy’s" and "zelenskyy's" alike). */
export function foldName(name: string): string {
  return foldWholeLetters(normalise(name).text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** Whether `name` occurs in `text` as whole words ("Xi" in "Xi's visit", not in "Xinjiang"). */
export function isNamedIn(name: string, text: string): boolean {
  const wanted = foldName(name).trim();
  if (wanted === '') return false;
  const folded = foldName(text);
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const before = folded.charAt(at - 1);
    const after = folded.charAt(at + wanted.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
