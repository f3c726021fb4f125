import { elementAt } from '../../domain/guaranteed';
import {
  ANAPHORIC_DEEDS,
  CENSURE,
  CENSURED_DEEDS,
  DECIDED_DEEDS,
  DECIDING_VERBS,
  DEED_DETERMINERS,
  FORCE_DEEDS,
  NAMING_VERBS,
} from '../lexicon/insults';
import { words } from '../lexicon/words';
import type { Token } from '../2-sentences';
import type { Candidate } from './clause';
import type { ArticleActors } from './references';

/**
 * The doer of a condemned act named in an earlier sentence: "Several Arab states condemned a major Israeli raid on
 * Jenin. ... Jordan spoke out against the raid": "the raid" is Israel's. A censure trigger whose object is a definite
 * noun of an act (lexicon CENSURED_DEEDS) with no actor named in it takes, as a candidate at that noun, the actor the
 * same noun was told with before ("an Israeli raid", "Israel's raid", "the raid by Israel"), in its own sentence or
 * the two before; nobody when none was, or when two actors were. A verb of naming read as criticism opens such an
 * object too ("Somalia called the deal null and void"), and "the move", "the development", "the step" take up a
 * decision told in another word ("announced a decision to", "Mali decided to").
 */
export function resolveCensuredDeeds(
  a: ArticleActors,
  si: number,
  triggerAt: ReadonlySet<number>,
  criticismAt: ReadonlySet<number>,
): void {
  const tokens = elementAt(a.sentences, si, 'resolveCensuredDeeds: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveCensuredDeeds: sentence actors').candidates;
  for (const k of triggerAt) {
    if (!isCensureAt(tokens, k, criticismAt)) continue;
    const [det, deed] = deedObjectAt(tokens, k);
    if (deed < 0 || candidates.some((c) => c.start > k && c.start <= deed)) continue;
    const doer = doerBefore(a, si, deed, tokens[deed]?.norm ?? '');
    if (!doer) continue;
    const kind = (a.kindOf.get(doer) as Candidate['kind'] | undefined) ?? 'STATE';
    // (At the determiner: the act's noun may be a trigger of its own, which ends the censure's reach for objects.)
    const at = candidates.findIndex((c) => c.start > det);
    const added: Candidate = {
      actorId: doer,
      start: det,
      end: det + 1,
      form: 'name',
      possessive: false,
      kind,
      state: null,
    };
    candidates.splice(at < 0 ? candidates.length : at, 0, added);
  }
}

const NAMING_VERB = words(NAMING_VERBS);
const ANAPHORIC_DEED = words(ANAPHORIC_DEEDS);
const FORCE_DEED = words(FORCE_DEEDS);

/**
 * A censure verb at k, or a verb of naming that opens a criticism ("described the move as a provocation", "called the
 * raid illegal": criticism-named-unacceptable and its kin; not "called the deal" of a phone call, which no criticism
 * rule read).
 */
function isCensureAt(tokens: readonly Token[], k: number, criticismAt: ReadonlySet<number>): boolean {
  const norm = tokens[k]?.norm ?? '';
  return CENSURE.test(norm) || norm === 'out' || (criticismAt.has(k) && NAMING_VERB.test(norm));
}

/**
 * The earlier noun `x` tells the act that the later definite `noun` takes up: the same word, a decision's, or another
 * noun of force ("Israel's strike" taken up by "the attack").
 */
function isSameDeed(x: string, noun: string): boolean {
  return (
    x === noun || (ANAPHORIC_DEED.test(noun) && DECIDED_DEEDS.test(x)) || (FORCE_DEED.test(noun) && FORCE_DEED.test(x))
  );
}

/** How far after a censure trigger its object's determiner may be ("spoke out against the raid", "condemned on Monday the"). */
const DEED_REACH = 3;

/**
 * The positions of the determiner and the definite noun of an act right after the censure trigger at k ("condemned
 * the deadly raid"), else [-1, -1]; none when the noun names its doer or victim after it ("the raid of", "by").
 */
function deedObjectAt(tokens: readonly Token[], k: number): [number, number] {
  const none: [number, number] = [-1, -1];
  for (let d = k + 1; d <= k + DEED_REACH && d < tokens.length; d++) {
    if (!DEED_DETERMINERS.test(tokens[d]?.norm ?? '')) continue;
    // (Up to two words of the act's manner between: "the deadly raid", "the overnight strikes".)
    for (let n = d + 1; n <= d + 3 && n < tokens.length; n++) {
      const x = tokens[n];
      if (!x || x.capitalised) return none;
      if (CENSURED_DEEDS.test(x.norm)) return /^(?:of|by)$/.test(tokens[n + 1]?.norm ?? '') ? none : [d, n];
    }
    return none;
  }
  return none;
}

/**
 * The one actor told as the doer of the act `noun` in sentence si before token p or in the two sentences before: the
 * actor right before the noun, past at most two words ("a major Israeli raid", "Israel's deadly strikes"), or after its
 * "by" ("the raid by Israel"). An act of force none of those tell may be the one the article told earlier, as a
 * roundup of reactions to its lead's attack goes on ("Here are the main reactions: ... Egypt condemned the attack"):
 * then every earlier sentence is read, and the act has a doer only when all of them tell the same one.
 */
function doerBefore(a: ArticleActors, si: number, p: number, noun: string): string | null {
  const near = doersIn(a, si, Math.max(0, si - 2), p, noun, true);
  if (near.size > 0 || !FORCE_DEED.test(noun)) return near.size === 1 ? ([...near][0] ?? null) : null;
  const far = doersIn(a, si - 3, 0, p, noun, false);
  return far.size === 1 ? ([...far][0] ?? null) : null;
}

/**
 * The doers told of the act `noun` in sentences `from` back to `to` (before token p in sentence si); `nearestOnly`
 * stops at the first sentence that tells one.
 */
function doersIn(
  a: ArticleActors,
  from: number,
  to: number,
  p: number,
  noun: string,
  nearestOnly: boolean,
): Set<string> {
  const doers = new Set<string>();
  for (let back = from; back >= to && !(nearestOnly && doers.size > 0); back--) {
    const tokens = elementAt(a.sentences, back, 'doerBefore: sentence').tokens;
    const candidates = elementAt(a.actors, back, 'doerBefore: sentence actors').candidates;
    tokens.forEach((x, n) => {
      if ((back === from && nearestOnly && n >= p) || !(isSameDeed(x.norm, noun) || isDecidingVerb(x.norm, noun))) {
        return;
      }
      const before = candidates.find(
        (c) => c.end <= n && c.end >= n - 2 && (c.form === 'adjective' || c.possessive || isNounAdjunct(tokens, c, n)),
      );
      const by = tokens[n + 1]?.norm === 'by' ? candidates.find((c) => c.start === n + 2) : undefined;
      const doer = isDecidingVerb(x.norm, noun)
        ? subjectRightBefore(tokens, candidates, n)
        : (before ?? by ?? subjectOfVerbBefore(tokens, candidates, n));
      if (doer) doers.add(doer.actorId);
    });
  }
  return doers;
}

/**
 * "a US drone strike", "the U.S. raid": a name after the noun phrase's article that modifies the act's noun, with only
 * lower-case nouns or adjectives between ("condemned Israel and the strikes", "Israel launched a strike" are not).
 */
function isNounAdjunct(tokens: readonly Token[], c: Candidate, n: number): boolean {
  const between = tokens.slice(c.end, n);
  return (
    c.form === 'name' &&
    /^(?:a|an|the)$/.test(tokens[c.start - 1]?.norm ?? '') &&
    between.every((x) => !x.capitalised && (x.tags.has('Noun') || x.tags.has('Adjective')))
  );
}

/**
 * "Israel launched a raid on Jenin", "Russia has carried out massive strikes": the actor whose verb takes the act's noun
 * as its object, past auxiliaries, adverbs, determiners and adjectives only.
 */
function subjectOfVerbBefore(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  n: number,
): Candidate | undefined {
  const c = [...candidates].reverse().find((x) => x.end < n);
  if (!c || c.form === 'adjective' || c.possessive) return undefined;
  // ("Israel and Hamas traded strikes", "Israel and the US carried out strikes": coordinated doers are two, so neither
  // is the doer.)
  const joiner = tokens[c.start - 1]?.norm === 'the' ? tokens[c.start - 2] : tokens[c.start - 1];
  if (joiner && (/^(?:and|or|nor)$/.test(joiner.norm) || /,/.test(joiner.post))) return undefined;
  const between = tokens.slice(c.end, n);
  const verbs = between.filter((x) => x.tags.has('Verb') && !x.tags.has('Auxiliary'));
  const filler = (x: Token) =>
    x.tags.has('Verb') ||
    x.tags.has('Adverb') ||
    x.tags.has('Adjective') ||
    x.tags.has('Determiner') ||
    /^(?:out|a|an)$/.test(x.norm);
  return verbs.length === 1 && between.length <= VERB_TO_DEED && between.every(filler) ? c : undefined;
}

/** "Mali decided on Monday to expel the envoy. France called the decision unacceptable": a verb of deciding. */
function isDecidingVerb(x: string, noun: string): boolean {
  return DECIDING_VERBS.test(x) && (ANAPHORIC_DEED.test(noun) || /^decisions?$/.test(noun));
}

/** The single actor right before the verb at n, past auxiliaries and adverbs only ("Mali has now decided"). */
function subjectRightBefore(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  n: number,
): Candidate | undefined {
  const c = [...candidates].reverse().find((x) => x.end <= n);
  if (!c || c.form === 'adjective' || c.possessive) return undefined;
  const joiner = tokens[c.start - 1];
  if (joiner && (/^(?:and|or|nor)$/.test(joiner.norm) || /,/.test(joiner.post))) return undefined;
  const between = tokens.slice(c.end, n);
  return between.length <= 2 && between.every((x) => x.tags.has('Adverb') || x.tags.has('Auxiliary')) ? c : undefined;
}

/** How many words a verb phrase before an act's noun may have ("has carried out a series of"… is too long). */
const VERB_TO_DEED = 5;
