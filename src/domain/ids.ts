import { createHash } from 'node:crypto';
import type { Bounds } from './dayBounds';
import { foldWholeLetters } from './letters';
import type { Participant } from './types';
import type { RelationType } from './ontology';
import type { PartialDate } from './partialDate';

/**
 * "Donald Trump" → "donald-trump"; accents folded so that one actor has one id, and so are the letters
 * that carry no separate accent ("Radosław Sikorski" → "radoslaw-sikorski", "Đuro Macut" → "duro-macut").
 */
export function slug(text: string): string {
  const s = foldWholeLetters(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') throw new Error(`slug: a name must contain a letter or digit, got ${JSON.stringify(text)}`);
  return s;
}

export const actorId = slug;

/** What slug makes: letters and digits, lower-cased, in runs joined by single hyphens. */
const SLUG_FORM = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/**
 * Whether `text` may be an actor's id, which is always slug's output: a text with a space, an
 * upper-case letter or other punctuation ("Vladimir Putin", "Putin") is no id, so a name's
 * look-up need not try it as one.
 */
export function couldBeActorId(text: string): boolean {
  return SLUG_FORM.test(text) && text.toLowerCase() === text;
}

/**
 * The identity of an event without its date: type and participants with their
 * roles, order-free. Two mentions with one key and compatible dates are one event.
 */
export function eventKey(type: RelationType, participants: readonly Participant[]): string {
  const parts = participants.map((p) => `${p.role}:${p.actorId}`).sort();
  return `${type}|${parts.join(',')}`;
}

export function eventId(type: RelationType, participants: readonly Participant[], date: PartialDate | null): string {
  const digest = createHash('sha1')
    .update(`${eventKey(type, participants)}|${date ?? ''}`)
    .digest('hex');
  return `${type.toLowerCase()}-${digest.slice(0, 16)}`;
}

/**
 * The id of an event whose plain id (eventId) another event of its key and date holds, one whose bounds share
 * no day with this one's (two briefings of the same people, one in January, one in March): the bounds, and a
 * number beyond the first, tell them apart.
 */
export function boundedEventId(
  type: RelationType,
  participants: readonly Participant[],
  date: PartialDate | null,
  bounds: Bounds,
  n = 0,
): string {
  const digest = createHash('sha1')
    .update(`${eventKey(type, participants)}|${date ?? ''}|${bounds.earliest ?? ''}..${bounds.latest ?? ''}|${n}`)
    .digest('hex');
  return `${type.toLowerCase()}-${digest.slice(0, 16)}`;
}

export function articleId(urlOrName: string): string {
  return `article-${createHash('sha1').update(urlOrName).digest('hex').slice(0, 16)}`;
}
