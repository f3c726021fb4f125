import { elementAt } from '../../domain/guaranteed';
import {
  COUNTRY_NOUN,
  MINISTRY_ADJECTIVE,
  PAIR_HEAD,
  PAIR_PERSON,
  PERSON_PRONOUN,
  PERSONAL_PRONOUN,
  SIDES,
  THEIR_OCCASION,
} from '../lexicon/reference';
import type { Sentence, Token } from '../2-sentences';
import { type Candidate, isReporting, isSubjectLike, type Place } from './clause';
import { type EventMention, latest } from './mention';

/**
 * Reference resolution: what a sentence refers to by words that need the article — "the two leaders", "both
 * countries", "the sides", "he", "him", "it" after a verb of saying, "the country". Each resolved phrase becomes a
 * candidate of its sentence at its own span, so the rest of the stage reads it as if the actors were named there.
 */

/** One sentence's actors as the event stage reads them. */
export interface SentenceActors {
  /** Actors that can take part; reference resolution adds the ones pronouns and pair phrases stand for. */
  candidates: Candidate[];
  /** Places ("in Riyadh"), with the state they belong to. */
  places: Place[];
}

/** The article's actors, sentence by sentence, and each actor's kind. */
export interface ArticleActors {
  sentences: readonly Sentence[];
  actors: readonly SentenceActors[];
  kindOf: ReadonlyMap<string, string>;
}

/** Resolves "his"/"its" before token p to a person / a state or organisation. */
export type PronounResolver = (word: string, p: number) => string | null;

const isPerson = (a: ArticleActors, id: string): boolean => a.kindOf.get(id) === 'PERSON';

/** The first subject-like actor of the wanted kind in a sentence before token p (in p's clause, if given). */
function subjectOf(
  a: ArticleActors,
  si: number,
  p: number,
  person: boolean,
  clause?: readonly number[],
): string | null {
  const tokens = elementAt(a.sentences, si, 'subjectOf: sentence').tokens;
  const c = elementAt(a.actors, si, 'subjectOf: sentence actors').candidates.find(
    (x) =>
      x.start < p &&
      (!clause || clause[x.start] === clause[p]) &&
      isPerson(a, x.actorId) === person &&
      x.form !== 'adjective' &&
      isSubjectLike(tokens, x),
  );
  return c?.actorId ?? null;
}

/** "his"/"its": the subject of its clause, else of its sentence, else of the sentences just before. */
export function pronounResolver(a: ArticleActors, si: number, clause: readonly number[]): PronounResolver {
  return (word, p) => {
    const person = PERSONAL_PRONOUN.test(word);
    let found = subjectOf(a, si, p, person, clause) ?? subjectOf(a, si, p, person);
    for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--) found = subjectOf(a, back, Infinity, person);
    return found;
  };
}

/** Adds candidates for what the sentence's pair phrases, pronouns and "the country" refer to. */
export function resolveReferences(
  a: ArticleActors,
  si: number,
  clause: readonly number[],
  pronoun: PronounResolver,
  earlier: readonly EventMention[],
  windowStart: number,
): void {
  resolvePairPhrases(a, si, earlier, windowStart);
  resolvePronouns(a, si, clause, pronoun);
  resolveCountryNouns(a, si);
}

/** Inserts candidates in token order, before the first candidate that starts after token p. */
function insertAfter(candidates: Candidate[], p: number, added: readonly Candidate[]): void {
  const at = candidates.findIndex((c) => c.start > p);
  candidates.splice(at < 0 ? candidates.length : at, 0, ...added);
}

/** A candidate for an actor a phrase at tokens [start, end) refers to. */
const referred = (actorId: string, start: number, end: number, kind: Candidate['kind'], possessive = false) =>
  ({ actorId, start, end, form: 'name', possessive, kind, state: null }) satisfies Candidate;

/** A phrase that refers to two actors named before ("the two leaders"), at tokens [start, end). */
export interface PairPhrase {
  start: number;
  end: number;
  /** Refers to persons (else to states or organisations). */
  person: boolean;
  /** Refers to the actors named before only if exactly two were ("the leaders" may be more). */
  onlyTwo?: boolean;
}

/** The pair phrases of a sentence. */
export function pairPhrases(tokens: readonly Token[]): PairPhrase[] {
  const out: PairPhrase[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    // "the foreign ministers signed a memorandum", "The leaders discussed trade": the two people just named, if only two were.
    const from =
      tokens[k - 1]?.norm === 'the'
        ? k - 1
        : MINISTRY_ADJECTIVE.test(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.norm === 'the'
          ? k - 2
          : -1;
    if (from >= 0 && PAIR_PERSON.test(t.norm) && !t.possessive && next?.norm !== 'of')
      out.push({ start: from, end: k + 1, person: true, onlyTwo: true });
    if (t.norm === 'pair' && tokens[k - 1]?.norm === 'the') out.push({ start: k - 1, end: k + 1, person: true });
    // "as the sides met": the two sides named before.
    if (SIDES.test(t.norm) && tokens[k - 1]?.norm === 'the' && !t.possessive && tokens[k - 2]?.norm !== 'two')
      out.push({ start: k - 1, end: k + 1, person: false });
    if (!next) return;
    const both = t.norm === 'both' && PAIR_HEAD.test(next.norm) && !/,/.test(t.post);
    const two = t.norm === 'two' && tokens[k - 1]?.norm === 'the' && PAIR_HEAD.test(next.norm);
    // "the two countries": but not "the two countries' leaders" (a possessive), which names the leaders.
    if ((both || two) && !next.possessive)
      out.push({ start: two ? k - 1 : k, end: k + 2, person: PAIR_PERSON.test(next.norm) });
    // "During their meeting in Egypt": the two people the article just named met.
    if (t.norm === 'their' && THEIR_OCCASION.test(next.norm)) out.push({ start: k, end: k + 1, person: true });
  });
  return out;
}

/** "the two leaders met", "both countries agreed": the last two actors of that kind before the phrase. */
function resolvePairPhrases(a: ArticleActors, si: number, earlier: readonly EventMention[], windowStart: number): void {
  const tokens = elementAt(a.sentences, si, 'resolvePairPhrases: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolvePairPhrases: sentence actors').candidates;
  // ("Pakistan and Afghanistan agreed ... in talks mediated by Qatar and Turkey ... both nations": not the mediators.)
  const mediators = new Set(
    earlier
      .filter((e) => e.evidence.start >= windowStart)
      .flatMap((e) => e.participants.filter((p) => p.role === 'MEDIATOR').map((p) => p.actorId)),
  );
  for (const pair of pairPhrases(tokens)) {
    if (candidates.some((c) => c.start < pair.end && c.end > pair.start)) continue;
    const found = pairReferents(a, si, pair, tokens, earlier, windowStart, mediators);
    if (found.length !== 2) continue;
    const kind = pair.person ? 'PERSON' : 'STATE';
    insertAfter(
      candidates,
      pair.start,
      found.reverse().map((id) => referred(id, pair.start, pair.end, kind)),
    );
  }
}

/** The actors a pair phrase refers to, latest first: the sides of the latest event, else the actors named last. */
function pairReferents(
  a: ArticleActors,
  si: number,
  pair: PairPhrase,
  tokens: readonly Token[],
  earlier: readonly EventMention[],
  windowStart: number,
  mediators: ReadonlySet<string>,
): string[] {
  const sides = (e: EventMention) => e.participants.filter((p) => p.role !== 'MEDIATOR');
  // "The Gulf country mediated the negotiation between the two sides": the sides of the latest event, when it has two.
  const sidesOf = SIDES.test(tokens[pair.end - 1]?.norm ?? '')
    ? latest(earlier, (e) => e.evidence.start >= windowStart && sides(e).length === 2)
    : undefined;
  const found: string[] = sidesOf
    ? sides(sidesOf)
        .map((p) => p.actorId)
        .reverse()
    : [];
  const wanted = pair.onlyTwo ? 3 : 2;
  for (let back = si; back >= Math.max(0, si - 2) && found.length < wanted; back--) {
    const before = elementAt(a.actors, back, 'pairReferents: sentence actors').candidates.filter(
      (c) => (back < si || c.end <= pair.start) && isPerson(a, c.actorId) === pair.person && !mediators.has(c.actorId),
    );
    for (const c of [...before].reverse()) {
      if (found.length >= wanted) break;
      if (!found.includes(c.actorId)) found.push(c.actorId);
    }
  }
  return found;
}

/**
 * "He was greeted by Kim", "Modi visited Ukraine, where he met Zelensky": "he" and "she" act as the person they stand
 * for (the subject of their clause, else of the sentence, else of the sentences before).
 */
function resolvePronouns(a: ArticleActors, si: number, clause: readonly number[], pronoun: PronounResolver): void {
  const tokens = elementAt(a.sentences, si, 'resolvePronouns: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolvePronouns: sentence actors').candidates;
  tokens.forEach((x, p) => {
    // "Mali's junta said it condemned the sanctions": "it" after a verb of saying is the one who says.
    const said =
      x.norm === 'it' &&
      (isReporting(tokens[p - 1] ?? x) || (tokens[p - 1]?.norm === 'that' && isReporting(tokens[p - 2] ?? x)));
    if ((!PERSON_PRONOUN.test(x.norm) && !said) || x.quoted) return;
    // "In his conversation with Biden, Modi briefed him": "him" is the person before who is not the clause's subject.
    const id =
      x.norm === 'him' ? objectPronoun(a, si, clause, p) : said ? subjectOf(a, si, p, false) : pronoun(x.norm, p);
    if (id) insertAfter(candidates, p, [referred(id, p, p + 1, said ? 'STATE' : 'PERSON')]);
  });
}

/** "him" at token p: the last person before it who is not the subject of its clause. */
function objectPronoun(a: ArticleActors, si: number, clause: readonly number[], p: number): string | null {
  const candidates = elementAt(a.actors, si, 'objectPronoun: sentence actors').candidates;
  const persons = candidates.filter((c) => c.end <= p && isPerson(a, c.actorId));
  const subjectId = subjectOf(a, si, p, true, clause);
  return [...persons].reverse().find((c) => c.actorId !== subjectId)?.actorId ?? null;
}

/**
 * "the sanctions imposed on the country", "the Gulf country mediated": the last state named (or where something
 * happened), in the sentence or the one before.
 */
function resolveCountryNouns(a: ArticleActors, si: number): void {
  const tokens = elementAt(a.sentences, si, 'resolveCountryNouns: sentence').tokens;
  const { candidates, places } = elementAt(a.actors, si, 'resolveCountryNouns: sentence actors');
  const previous = si > 0 ? elementAt(a.actors, si - 1, 'resolveCountryNouns: previous sentence actors') : undefined;
  tokens.forEach((x, p) => {
    const from =
      tokens[p - 1]?.norm === 'the' ? p - 1 : tokens[p - 2]?.norm === 'the' && tokens[p - 1]?.capitalised ? p - 2 : -1;
    if (!COUNTRY_NOUN.test(x.norm) || from < 0 || candidates.some((c) => c.start <= p && c.end > p)) return;
    const before =
      lastState(
        a,
        [...candidates, ...places].filter((c) => c.end <= from),
      ) ?? (previous ? lastState(a, [...previous.candidates, ...previous.places]) : undefined);
    if (before) insertAfter(candidates, p, [referred(before.actorId, from, p + 1, 'STATE', x.possessive)]);
  });
}

/** The state named last among actors or places. */
function lastState(a: ArticleActors, cs: readonly { actorId: string; start: number; end: number }[]) {
  return [...cs]
    .sort((x, y) => x.start - y.start)
    .reverse()
    .find((c) => a.kindOf.get(c.actorId) === 'STATE');
}
