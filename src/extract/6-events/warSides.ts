import type { Token } from '../2-sentences';
import { DEFENDED_BY, DEFENDING_VERB, REFLEXIVE_OBJECT, RESISTING_VERB, STANDING_WAR } from '../lexicon/force';
import { PREPOSITIONS } from '../lexicon/grammar';
import type { Candidate, SentenceContext, Trigger } from './clause';

/**
 * The sides a standing war's own phrase names: "Russia's war against Ukraine", "the Israeli war on Lebanon", "the war
 * between the SAF and the RSF", "the Israel-Hamas war"; and the side it is fought against when the phrase names only
 * the other ("help Ukraine in the war with Russia", "as it tries to halt Russia's invasion"). assertion.ts reads a
 * phrase with both sides as presupposed; participants.ts takes the defended side.
 */

/** How many words (adjectives, an owner's name) may stand between a war noun and the words before its phrase. */
export const WAR_OWNER_GAP = 3;

/** Whether t is a noun of a standing war ("war", "invasion", "aggression"), the only kind whose phrase presupposes it. */
export function isStandingWar(ctx: SentenceContext, t: Trigger): boolean {
  return t.rule.type === 'CONFLICT' && t.rule.pos === 'noun' && STANDING_WAR.test(ctx.s.tokens[t.at]?.norm ?? '');
}

/** The actor named just before the war noun, only adjectives between: "Russia's brutal war", "the Israeli war". */
export function warOwner(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  return ctx.candidates.find((c) => c.end <= t.at && c.end >= t.at - WAR_OWNER_GAP && isOwnerOf(tokens, c.end, t.at));
}

function isOwnerOf(tokens: readonly Token[], end: number, at: number): boolean {
  return tokens.slice(end, at).every((x) => x.tags.has('Adjective') && !/[,;:]/.test(x.post));
}

/** "the Israel-Hamas war": the first of a pair of names joined by a hyphen before the owner. */
export function warPairFirst(ctx: SentenceContext, owner: Candidate): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const first = ctx.candidates.find((c) => c.end === owner.start && tokens[c.end - 1]?.post === '-');
  return first?.actorId === owner.actorId ? undefined : first;
}

/** What a side of a standing war follows it with: "war against Ukraine", "war on Lebanon", "war with Russia". */
const WAR_SIDE_PREPOSITION = /^(?:against|on|with|of)$/;

/** The actor right after the war's side preposition: "against Ukraine", "with Russia", "of Ukraine". */
export function warSideAfter(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  if (!WAR_SIDE_PREPOSITION.test(ctx.s.tokens[t.at + 1]?.norm ?? '')) return undefined;
  return ctx.candidates.find((c) => c.start > t.at + 1 && c.start <= t.at + WAR_OWNER_GAP);
}

/** "between the Sudanese Armed Forces (SAF) and the paramilitary RSF": both sides after "between". */
export function warSidesBetween(ctx: SentenceContext, t: Trigger): [Candidate, Candidate] | undefined {
  const tokens = ctx.s.tokens;
  if (tokens[t.at + 1]?.norm !== 'between') return undefined;
  const first = ctx.candidates.find((c) => c.start > t.at + 1 && c.start <= t.at + WAR_OWNER_GAP);
  if (first === undefined) return undefined;
  const and = tokens.findIndex((x, k) => k >= first.end && k <= first.end + WAR_OWNER_GAP && x.norm === 'and');
  const second = ctx.candidates.find(
    (c) => and > 0 && c.actorId !== first.actorId && c.start > and && c.start <= and + WAR_OWNER_GAP,
  );
  return second ? [first, second] : undefined;
}

/**
 * The side a standing war named with only its other side is fought against, as the words before its phrase give it:
 * "help Ukraine defend itself against Russian aggression", "help it in the war with Russia" (the one helped), "as it
 * tries to halt Russia's invasion" (the one resisting), "a supporter of Hamas in its war against Israel" (the actor
 * "its" follows). The actor id, or null when the words before name none.
 */
export function defendedSide(ctx: SentenceContext, t: Trigger): string | null {
  const tokens = ctx.s.tokens;
  const owner = warOwner(ctx, t);
  let k = (owner?.start ?? t.at) - 1;
  while (k > 0 && isModifier(tokens[k])) k--;
  const word = tokens[k]?.norm ?? '';
  // "in its war against Israel", "in the war with Russia": the actor just before the "in".
  if (word === 'in' && owner === undefined) return actorEndingAt(ctx, k);
  // "defend itself against Russian aggression": the one who defends itself.
  if (
    word === 'against' &&
    REFLEXIVE_OBJECT.test(tokens[k - 1]?.norm ?? '') &&
    DEFENDING_VERB.test(tokens[k - 2]?.norm ?? '')
  )
    return actorEndingAt(ctx, k - 2);
  // "tries to halt Russia's invasion", "resist the invasion": the one resisting, a state or group just before.
  if (RESISTING_VERB.test(word) && owner !== undefined) return actorBefore(ctx, k);
  return null;
}

/** A determiner or an adjective inside a war's phrase ("the", "its", "brutal"; not "against", which the tagger may read as one). */
function isModifier(x: Token | undefined): boolean {
  if (x === undefined || PREPOSITIONS.has(x.norm)) return false;
  return x.tags.has('Adjective') || /^(?:the|its|their)$/.test(x.norm);
}

/**
 * The actor that ends at token `end` (not a person: a side of a war is a state or a group), or the state "it" or "them"
 * there stands for, the last one named before it in the sentence ("send tanks to Ukraine to help it").
 */
function actorEndingAt(ctx: SentenceContext, end: number): string | null {
  const named = ctx.candidates.find((c) => c.end === end && c.kind !== 'PERSON' && !c.possessive);
  if (named) return named.actorId;
  const word = ctx.s.tokens[end - 1]?.norm ?? '';
  if (!DEFENDED_BY.test(word)) return null;
  const before = ctx.candidates.filter((c) => c.end < end && c.kind !== 'PERSON' && c.form !== 'adjective');
  return before.at(-1)?.actorId ?? null;
}

/** The subject of a resisting verb: "Ukraine tried to halt", "as it tries to halt" (past "tries to", "to"). */
function actorBefore(ctx: SentenceContext, verb: number): string | null {
  const tokens = ctx.s.tokens;
  let k = verb;
  while (k > verb - WAR_OWNER_GAP && k > 0 && !/^(?:it|they)$/.test(tokens[k - 1]?.norm ?? '')) {
    const c = ctx.candidates.find((x) => x.end === k);
    if (c) return c.kind === 'PERSON' ? null : c.actorId;
    k--;
  }
  return actorEndingAt(ctx, k);
}
