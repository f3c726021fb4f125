import type { Token } from '../2-sentences';
import { MEMBERS_FILLER, MEMBERS_GROUP_NOUN, MEMBERS_SUBJECT, MEMBERS_VERB } from '../lexicon/reference';
import type { Candidate } from './clause';
import type { ArticleActors } from './references';

/**
 * Members named in the next sentence: "Sisi hosted a lunch with several African presidents. They included Paul Kagame,
 * Macky Sall and Cyril Ramaphosa." The people a sentence opening "They included" (or "These were", "Those present
 * included") names are the members of the last group of people the sentence before spoke of without naming them; each
 * becomes a candidate of that sentence at the group's span, so the group's event reads them as if listed there.
 */
export function resolveListedMembers(a: ArticleActors): void {
  for (let si = 1; si < a.sentences.length; si++) {
    const tokens = a.sentences[si]?.tokens ?? [];
    const opener = membersOpenerEnd(tokens);
    if (opener < 0) continue;
    const members = (a.actors[si]?.candidates ?? []).filter(
      (c) => c.start >= opener && c.form !== 'adjective' && a.kindOf.get(c.actorId) === 'PERSON',
    );
    const ids = [...new Set(members.map((c) => c.actorId))];
    if (ids.length < 2) continue;
    const before = a.actors[si - 1];
    const span = before ? unnamedGroup(a.sentences[si - 1]?.tokens ?? [], before.candidates) : undefined;
    if (!before || !span) continue;
    const at = before.candidates.findIndex((c) => c.start > span.start);
    const added = ids.map(
      (actorId) =>
        ({
          actorId,
          start: span.start,
          end: span.end,
          form: 'name',
          possessive: false,
          kind: 'PERSON',
          state: null,
        }) satisfies Candidate,
    );
    before.candidates.splice(at < 0 ? before.candidates.length : at, 0, ...added);
  }
}

/**
 * Where the list starts after "They included", "Those present were", "Among them were", "Among those attending were";
 * -1 when the sentence opens otherwise.
 */
function membersOpenerEnd(tokens: readonly Token[]): number {
  if (tokens[0]?.norm === 'among') {
    // ("Among them were": "them" stands for the group only after "among".)
    if (tokens[1]?.norm === 'them') return MEMBERS_VERB.test(tokens[2]?.norm ?? '') ? 3 : -1;
    const among = membersOpenerEnd(tokens.slice(1));
    return among < 0 ? -1 : among + 1;
  }
  if (!MEMBERS_SUBJECT.test(tokens[0]?.norm ?? '')) return -1;
  const verb = MEMBERS_FILLER.test(tokens[1]?.norm ?? '') ? 2 : 1;
  return MEMBERS_VERB.test(tokens[verb]?.norm ?? '') ? verb + 1 : -1;
}

/**
 * The last plural noun of people in a sentence that no actor covers and no "of" + actor follows ("several African
 * presidents", not "the leaders of Germany and France"), with its determiner and modifiers; undefined when there is none.
 */
function unnamedGroup(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
): { start: number; end: number } | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const x = tokens[k];
    if (!x || !MEMBERS_GROUP_NOUN.test(x.norm) || x.capitalised) continue;
    if (candidates.some((c) => c.start <= k && c.end > k)) continue;
    if (tokens[k + 1]?.norm === 'of' && candidates.some((c) => c.start >= k + 2 && c.start <= k + 4)) continue;
    let start = k;
    while (start > k - GROUP_MODIFIERS && isGroupModifier(tokens[start - 1], candidates, start - 1)) start--;
    return { start, end: k + 1 };
  }
  return undefined;
}

/** How many words ("several", "African", "the") may stand before the noun of a group. */
const GROUP_MODIFIERS = 3;

/** "several", "African", "world", "the": a word before a group's noun that is part of its phrase, no actor. */
function isGroupModifier(x: Token | undefined, candidates: readonly Candidate[], k: number): boolean {
  if (!x || /[,;:]/.test(x.post) || candidates.some((c) => c.start <= k && c.end > k)) return false;
  return x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Demonym') || x.tags.has('Value');
}
