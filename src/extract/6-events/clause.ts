import type { PartialDate } from '../../domain/partialDate';
import { actorId } from '../../domain/ids';
import type { Participant } from '../../domain/types';
import { isTitleWord, type Mention } from '../3-mentions';
import { tokenAt, type Sentence, type Token } from '../2-sentences';
import { TRIGGERS, type TriggerRule } from './triggers';
import {
  ANSWERED_DEED_NOUN,
  AUXILIARIES,
  CLAUSE_OPENERS,
  FRONTING,
  LEADING,
  ORIGIN_PREPOSITION,
  PREPOSITIONS,
} from '../lexicon/grammar';
import { ARTICLES, DETERMINERS, POSSESSIVE_DETERMINER, THIRD_PERSON_POSSESSIVES } from '../lexicon/determiners';
import { BACKING_END, QUANTITY } from '../lexicon/force';
import { ARMED_PERSON, DEPLOYING } from '../lexicon/military';
import { ACTING_FOR, SPOKESPERSON } from '../lexicon/officials';
import { REPORTING_VERB } from '../lexicon/reporting';
import { CALL_ADJUNCT_PREPOSITIONS } from '../lexicon/occasions';
import { NEWS_AGENCY } from '../lexicon/notPersons';
import { LATER } from '../lexicon/ordering';
import { APPOSED_NAME_HEAD } from '../lexicon/travel';
import { PART_OF_DAY } from '../lexicon/time';
import { words } from '../lexicon/words';

/**
 * The sentence as the event stage sees it: its clauses, its trigger words and the actors
 * that can take part (candidates); the lists and appositions they form ("Rubio and Lavrov")
 * are read in structure.ts. The other modules of the stage read a sentence only through these.
 */

/** An actor at a token span that can take part in an event (a mention, or a resolved "his"). */
export interface Candidate {
  actorId: string;
  start: number;
  end: number;
  form: Mention['form'];
  possessive: boolean;
  kind: Mention['kind'];
  /** The state a domestic organisation acts for ("Democratic leaders": United States), as an actor id. */
  state: string | null;
}

export const candidateOf = (id: string, m: Mention): Candidate => ({
  actorId: id,
  start: m.start,
  end: m.end,
  form: m.form,
  possessive: m.possessive,
  kind: m.kind,
  state: m.state === null ? null : actorId(m.state),
});

export interface Trigger {
  rule: TriggerRule;
  /** The trigger word, and the end of its span (up to a required following word). */
  at: number;
  end: number;
}

/** Determiners skipped between a word and the actor it governs: "with the US", "met his counterpart". */
export const SKIPPABLE: ReadonlySet<string> = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES]);
/** A lower-case noun: "goods" after "Mexican", "officials" after "Russian" (a state's adjective before what it qualifies). */
export const isCommonNoun = (t: Token | undefined): boolean => t !== undefined && !t.capitalised && t.tags.has('Noun');
/** The first word at or after k that is no adverb ("was [widely] condemned", "agreed to [jointly] supply"). */
export function nextNonAdverb(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && tokens[j]?.tags.has('Adverb')) j++;
  return j;
}
/** A verb of saying as written: "said", but not "the United States". */
export const isReporting = (t: Token): boolean => REPORTING_VERB.test(t.norm) && !t.capitalised;

/**
 * Clause number of every token: ";" and ":" and ", and" / ", while" / ", with" open a new clause, except inside
 * a short quotation in the reporter's words ("had a “harsh, but appropriate” conversation" is one clause).
 */
export function clauses(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  let quoteStart = 0;
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    if (!prev?.quoted) quoteStart = k;
    const inShortQuote = t.quoted && prev?.quoted && !tokens[0]?.quoted && quotedRun(tokens, quoteStart) <= SHORT_QUOTE;
    if (
      prev &&
      !inShortQuote &&
      ((/[;:]/.test(prev.post) && !isElaboration(tokens, k)) ||
        (/,/.test(prev.post) && CLAUSE_OPENERS.has(t.norm) && !isListItem(tokens, k)))
    )
      id++;
    ids.push(id);
  });
  return ids;
}

/**
 * "held two bilateral meetings: with Fernandez and with Ali", "met three leaders on Sunday: Macron, Scholz and Meloni":
 * after a colon, words that run to the sentence's end (or the next ";" or ":") with no verb and no quotation spell out
 * the noun before the colon, in its clause ("said: “We will respond”" and "Lula held meetings: Petro said ..." open
 * one).
 */
function isElaboration(tokens: readonly Token[], k: number): boolean {
  if (!/:/.test(tokens[k - 1]?.post ?? '') || tokens[k]?.quoted) return false;
  let end = k + 1;
  while (end < tokens.length && !/[;:]/.test(tokens[end - 1]?.post ?? '')) end++;
  return tokens.slice(k, end).every((t) => !t.tags.has('Verb') && !t.quoted);
}

/**
 * "met Ushakov, and the head of the Orthodox Church, Patriarch Kirill, in Moscow this week", "a quartet of the AU, the
 * UN, the EU, and the US, to mediate": an ", and" adds to a list, and opens no clause, when no verb follows it before
 * the sentence ends, or none comes between the commas on either side of it.
 */
function isListItem(tokens: readonly Token[], and: number): boolean {
  if (tokens[and]?.norm !== 'and') return false;
  const verbless = (from: number, to: number) =>
    tokens.slice(from, to).every((t, d) => !t.tags.has('Verb') || isDeterminedNoun(tokens, from + d));
  let end = and + 1;
  while (end < tokens.length && !/[;:]/.test(tokens[end - 1]?.post ?? '')) end++;
  if (verbless(and + 1, end)) return true;
  let next = and + 1;
  while (next < tokens.length && !/[,;:]/.test(tokens[next - 1]?.post ?? '')) next++;
  let previous = and - 1;
  while (previous > 0 && !/[,;:]/.test(tokens[previous - 1]?.post ?? '')) previous--;
  return (
    previous > 0 && /,/.test(tokens[previous - 1]?.post ?? '') && verbless(previous, and) && verbless(and + 1, next)
  );
}

const DETERMINER = words(DETERMINERS);
/** How many words (a date, a number, an adjective) may stand between a determiner and its noun ("the March 15 meeting"). */
const DETERMINED_NOUN_GAP = 3;

/**
 * "and Tajik President Emomali Rahmon at the March 15 meeting": a word compromise may read as a verb ("meeting",
 * "summit talks") is a noun after a determiner and the dates, numbers and adjectives between them.
 */
function isDeterminedNoun(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 1 - DETERMINED_NOUN_GAP); k--) {
    const w = tokens[k];
    if (w === undefined || /[,;:]/.test(w.post)) return false;
    if (DETERMINER.test(w.norm)) return true;
    if (!['Date', 'Value', 'Adjective'].some((tag) => w.tags.has(tag))) return false;
  }
  return false;
}

/**
 * Where a dateline ends ("WASHINGTON -", "Metro Manila (CNN Philippines, November 18) —"): the place and agency of
 * the report, no actor of its news; 0 when the sentence opens with none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  // (A dash set off by spaces, not the hyphen of "Duda-Nauseda"; or a colon: "Amman, July 16: Several countries".)
  const k = tokens.findIndex(
    (t, j) =>
      j < DATELINE_WORDS &&
      (/^:\s*$/.test(t.post) || (/(?:[-—–]|--)$/.test(t.post) && (tokens[j + 1]?.start ?? -1) > t.end + t.post.length)),
  );
  // (Names and figures only: "Modi and Oli spoke – for the first time" has no dateline.)
  if (k >= 0 && tokens.slice(0, k + 1).every(isDatelineWord)) return k + 1;
  return agencyCreditEnd(tokens);
}

const isDatelineWord = (t: Token): boolean => t.capitalised || /^\d+$/.test(t.norm);

/**
 * "Colombo, Mar 29 (PTI) External Affairs Minister ...", "Islamabad, Aug 20 (PTI) The foreign ministers ...": the wire
 * credit in brackets ends a dateline of place and date that has no dash, when a capitalised word opens the story after
 * it. 0 when the sentence opens with none.
 */
function agencyCreditEnd(tokens: readonly Token[]): number {
  const k = tokens.findIndex(
    (t, j) => j < DATELINE_WORDS && NEWS_AGENCY.test(t.norm) && t.pre.includes('(') && t.post.includes(')'),
  );
  return k > 0 && tokens.slice(0, k).every(isDatelineWord) && tokens[k + 1]?.capitalised === true ? k + 1 : 0;
}

/** How long a dateline may be. */
const DATELINE_WORDS = 10;

/** How many words a quotation may have to be read as a phrase of the sentence around it. */
const SHORT_QUOTE = 6;

/** The length of the run of quoted tokens from `start`. */
function quotedRun(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k < tokens.length && tokens[k]?.quoted) k++;
  return k - start;
}

/** The longest trigger span read as one phrase. */
const PHRASE_SPAN = 3;

export function findTriggers(
  tokens: readonly Token[],
  clause: readonly number[],
  covered: ReadonlySet<number>,
): Trigger[] {
  const found: Trigger[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered.has(k)) continue; // "Gulf Cooperation Council" is an actor, not a trigger
    for (const rule of rulesOfWord(tokens[k]?.norm ?? '')) {
      // ("provided $17.9 billion in military aid to Israel": the "in" is the providing's phrase, not a trigger of its own.)
      if (rule.notInsideSpan === true && found.some((t) => t.at < k && k < t.end)) continue;
      const end = spanEnd(rule, tokens, clause, k);
      if (end === null) continue;
      found.push({ rule, at: k, end });
      // A short span is one phrase ("phone call", "held talks with"); a long one may hold triggers of its own
      // ("called Israel’s war with Hamas “genocide”").
      if (end - k <= PHRASE_SPAN || rule.oneSpan === true) k = end - 1;
      break;
    }
  }
  return found;
}

/**
 * The rules whose trigger word is this word, in TRIGGERS' order. A rule's word test reads the word alone, and news
 * repeats its words, so each distinct word is tested against the ~200 rules once (bench:extract: the per-token tests were
 * the event stage's largest own cost). Bounded: the memo starts afresh past MEMO_WORDS distinct words.
 */
function rulesOfWord(norm: string): readonly TriggerRule[] {
  let rules = rulesByWord.get(norm);
  if (rules === undefined) {
    const matching = TRIGGERS.filter((rule) => rule.word.test(norm));
    rules = matching.length === 0 ? NO_RULES : matching;
    if (rulesByWord.size >= MEMO_WORDS) rulesByWord.clear();
    rulesByWord.set(norm, rules);
  }
  return rules;
}

const rulesByWord = new Map<string, readonly TriggerRule[]>();
const NO_RULES: readonly TriggerRule[] = [];
const MEMO_WORDS = 50_000;

/**
 * An adjective that ends its phrase (punctuation or "and" after it): "called constructive,", "called historic and";
 * not one of time before its date, "called late on Monday".
 */
function isPhraseEndingAdjective(x: Token | undefined, next: Token | undefined): boolean {
  if (!x || !x.tags.has('Adjective') || x.tags.has('Noun') || x.capitalised) return false;
  return /[,.;:]/.test(x.post) || next === undefined || /^(?:and|but|or)$/.test(next.norm);
}

/** A possessive determiner right after token k, and a word of `owned` within the two words after it. */
function isBeforeOwned(tokens: readonly Token[], k: number, owned: RegExp): boolean {
  if (!POSSESSIVE_DETERMINER.test(tokens[k + 1]?.norm ?? '')) return false;
  return [k + 2, k + 3].some((j) => owned.test(tokens[j]?.norm ?? ''));
}

/**
 * An infinitive's "to" and its verb within INFINITIVE_LEAD words before token k, in its clause: "and to attend a joint
 * press conference" (but "said to reporters at a joint press conference" has no verb after its "to").
 */
function isAfterInfinitive(tokens: readonly Token[], clause: readonly number[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - INFINITIVE_LEAD) && clause[j] === clause[k]; j--)
    if (tokens[j]?.norm === 'to' && tokens[j + 1]?.tags.has('Verb')) return true;
  return false;
}
/** How far before a trigger an infinitive's "to" may stand: "to hold a rare joint press conference". */
const INFINITIVE_LEAD = 5;

/** Where the rule's trigger at token k ends (after its required following word), or null if the rule does not fit. */
function spanEnd(rule: TriggerRule, tokens: readonly Token[], clause: readonly number[], k: number): number | null {
  const inClause = (j: number) => j >= 0 && j < tokens.length && clause[j] === clause[k];
  if (rule.notFollowedBy && tokens[k + 1] && rule.notFollowedBy.test(tokens[k + 1]?.norm ?? '')) return null;
  if (rule.notBeforeOwned && isBeforeOwned(tokens, k, rule.notBeforeOwned)) return null;
  if (rule.notBeforeComplement && isPhraseEndingAdjective(tokens[k + 1], tokens[k + 2])) return null;
  if (rule.notOfWhat && tokens[k + 1]?.norm === 'of' && rule.notOfWhat.test(tokens[k + 2]?.norm ?? '')) return null;
  // ("a series of strikes", "a new round of sanctions": the "of" of a quantity, not of "prisoners of war".)
  const quantityOf = tokens[k - 1]?.norm === 'of' && QUANTITY.test(tokens[k - 2]?.norm ?? '');
  if (rule.notPrecededBy && tokens[k - 1] && rule.notPrecededBy.test(tokens[k - 1]?.norm ?? '') && !quantityOf)
    return null;
  if (rule.afterHyphen && !(tokens[k - 1]?.post === '-')) return null;
  if (rule.notAfterInfinitive && isAfterInfinitive(tokens, clause, k)) return null;
  if (rule.notInName && k > 0 && tokens[k]?.capitalised) return null;
  if (rule.helpsWithTroops && !isTroopsSentBefore(tokens, clause, k)) return null;
  const { needsBefore, needsAfter } = rule;
  if (needsBefore) {
    // ("a “harsh, but appropriate” conversation": words quoted inside the phrase do not count.)
    const before: number[] = [];
    for (let j = k - 1; j >= 0 && before.length < (rule.beforeWithin ?? 3) && inClause(j); j--)
      if (!tokens[j]?.quoted || tokens[k]?.quoted) before.push(j);
    const followed =
      rule.orFollowedBy !== undefined && rule.orFollowedBy.test(tokens[pastDayTime(tokens, k + 1)]?.norm ?? '');
    const owned = rule.orAfterPossessive === true && before.some((j) => tokens[j]?.possessive);
    if (!followed && !owned && !before.some((j) => needsBefore.test(tokens[j]?.norm ?? ''))) return null;
  }
  if (!needsAfter) return k + 1;
  // (Not past a comma: "with the help of China's facilitation, talks between ..." are no facilitated talks; but a list of
  // adjectives is one phrase, "severed diplomatic, trade and travel ties".)
  const comma = tokens.findIndex(
    (x, j) =>
      j >= k &&
      /,/.test(x.post) &&
      !(x.tags.has('Adjective') && tokens[j + 1] !== undefined && !tokens[j + 1]?.capitalised),
  );
  // (Nor past a second predicate of the subject: "struck an agreement with Prague to help supply weapons and is
  // negotiating one with Warsaw" helps no negotiation.)
  const predicate = tokens.findIndex(
    (x, j) => j > k && COORDINATOR.test(x.norm) && SECOND_PREDICATE.test(tokens[j + 1]?.norm ?? ''),
  );
  const after = Array.from({ length: rule.within ?? 8 }, (_, d) => k + 1 + d).filter(
    (j) => inClause(j) && (comma < 0 || j <= comma) && (predicate < 0 || j < predicate),
  );
  const needed = after.find((j) => needsAfter.test(tokens[j]?.norm ?? '') && !isInfinitiveTo(rule, tokens, j));
  if (needed === undefined || !isFollowedInClause(rule, tokens, clause, needed)) return null;
  const { notAmid } = rule;
  if (notAmid && tokens.slice(k + 1, needed).some((x) => notAmid.test(x.norm))) return null;
  return needed + 1;
}

/** How far after its verb of sending the armed people sent may stand ("sent thousands of soldiers"). */
const SENT_WORDS = 4;

/** Whether token k's clause sends armed people before it: "has sent thousands of soldiers since October to help Congo fight". */
function isTroopsSentBefore(tokens: readonly Token[], clause: readonly number[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    if (clause[j] !== clause[k] || !DEPLOYING.test(tokens[j]?.norm ?? '')) continue;
    const sent = tokens.slice(j + 1, Math.min(k, j + 1 + SENT_WORDS));
    if (sent.some((x) => ARMED_PERSON.test(x.norm))) return true;
  }
  return false;
}

/** Whether the rule's second needed word (andAfter) follows token k within `within` tokens of its clause, if it has one. */
function isFollowedInClause(
  rule: TriggerRule,
  tokens: readonly Token[],
  clause: readonly number[],
  k: number,
): boolean {
  const { andAfter } = rule;
  if (!andAfter) return true;
  for (let j = k + 1; j <= k + (rule.within ?? 8) && j < tokens.length && clause[j] === clause[k]; j++)
    if (andAfter.test(tokens[j]?.norm ?? '')) return true;
  return false;
}

/** "and", "but" opening a second predicate of the same subject ("and is negotiating", "but has not signed"). */
const COORDINATOR = words(['and', 'but']);
const SECOND_PREDICATE = words(AUXILIARIES, ['will']);

/** Token j is the "to" of an infinitive ("talked together to promote ..."), which the rule does not take for its own. */
function isInfinitiveTo(rule: TriggerRule, tokens: readonly Token[], j: number): boolean {
  return !rule.infinitiveTo && tokens[j]?.norm === 'to' && tokens[j + 1]?.tags.has('Infinitive') === true;
}

/**
 * The first word from `j` past a day and its part ("had dinner Friday evening with Donald Trump", Washington Post
 * 2024): a time told between a noun and its "with" keeps them together. At most DAY_TIME_WORDS words are passed.
 */
function pastDayTime(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k - j < DAY_TIME_WORDS && (tokens[k]?.tags.has('Date') || PART_OF_DAY.test(tokens[k]?.norm ?? ''))) k++;
  return k;
}
const DAY_TIME_WORDS = 3;

/** Token distance from position p to a trigger span (0 inside it). */
function distance(p: number, t: Trigger): number {
  return p < t.at ? t.at - p : p >= t.end ? p - t.end + 1 : 0;
}

/** The trigger a preposition at p belongs to: the nearest, the one before it on a tie. */
export function owner(p: number, triggers: readonly Trigger[]): Trigger | undefined {
  let best: Trigger | undefined;
  for (const t of triggers) {
    const d = distance(p, t);
    if (!best || d < distance(p, best) || (d === distance(p, best) && t.end <= p)) best = t;
  }
  return best;
}

/** A place mention ("in Riyadh") with the state it belongs to. */
export type Place = Mention & { actorId: string };

export interface SentenceContext {
  s: Sentence;
  clause: number[];
  candidates: Candidate[];
  places: Place[];
  triggers: Trigger[];
  /** Where the sentence's dateline ends (see datelineEnd); 0 when it has none. */
  dateline: number;
  /** Resolves "his"/"its" before token p to a person / state-or-organisation. */
  pronoun: (word: string, p: number) => string | null;
  /** The state a person acts for (the actor itself when it is no person or has none known). */
  stateOf: (id: string) => string;
  /** The article's publication date, when known. */
  published?: PartialDate | null;
}

/** The last word before token `at`, past determiners ("the", "his"), and not before `floor`: -1 when there is none. */
export function wordBefore(tokens: readonly Token[], at: number, floor = 0): number {
  let k = at - 1;
  while (k >= floor && SKIPPABLE.has(tokens[k]?.norm ?? '')) k--;
  return k >= floor ? k : -1;
}

/**
 * A word of sequence that may stand between a coordinator and its verb: "and later spoke", "and hours later had a
 * call", "and in turn accuses", "and two days later met" (the duration and its number count when "later" follows
 * them). compromise reads "later" as a comparative adjective, so an Adverb tag alone misses it.
 */
export function isSequenceWord(tokens: readonly Token[], k: number): boolean {
  const isLater = (j: number) => LATER.test(tokens[j]?.norm ?? '');
  const isDuration = (j: number) => tokens[j]?.tags.has('Duration') === true;
  // ("in response to the attacks": a phrase of what is answered, no word of sequence.)
  const isAnswerOpen = (j: number) => PREPOSITIONS.has(tokens[j]?.norm ?? '');
  // ("Kigali denies this, and in turn accuses Kinshasa", "branded the agreement illegal, and in retaliation expelled the
  // Ethiopian ambassador": both words of "in turn", or of "in" and a noun of answering used alone.)
  const inTurn = (j: number) =>
    tokens[j]?.norm === 'in' &&
    (tokens[j + 1]?.norm === 'turn' || (ANSWERED_DEED_NOUN.test(tokens[j + 1]?.norm ?? '') && !isAnswerOpen(j + 2)));
  return (
    isLater(k) ||
    inTurn(k) ||
    inTurn(k - 1) ||
    (isDuration(k) && isLater(k + 1)) ||
    (tokens[k]?.tags.has('Value') === true && isDuration(k + 1) && isLater(k + 2))
  );
}

/**
 * The first word at or after k, and before `limit`, that is neither an adverb nor a word of sequence (isSequenceWord):
 * the verb of "and later met", "and in turn accuses", "and hours later had a call".
 */
export function pastAdverbsAndSequence(tokens: readonly Token[], k: number, limit = tokens.length): number {
  let j = k;
  while (j < limit && (tokens[j]?.tags.has('Adverb') || isSequenceWord(tokens, j))) j++;
  return j;
}

/** Not the object of a preposition: can be a subject ("the leaders of Mali" counts: the leaders act for Mali). */
export function isSubjectLike(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.start === 1 && tokens[c.start]?.norm === 'him') return false; // an object pronoun
  const k = wordBefore(tokens, apposedPhraseStart(tokens, c.start));
  if (k < 0 || !PREPOSITIONS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'as') return true;
  // ("the leaders of Mali", "foreign ministers from Egypt and Jordan met", "a spokesman for the foreign ministry
  // said": those who act or speak for an actor stand for it.)
  if (isSpokenFor(tokens, k)) return true;
  // "A Ukrainian delegation led by Rustem Umerov sat down with ...": the leader acts for the delegation.
  if (tokens[k]?.norm === 'by' && k > 0 && LEADING.test(tokens[k - 1]?.norm ?? '')) return true;
  // "with Moscow using Iranian drones": the actor of the gerund, not an object of "with".
  if (tokens[k]?.norm !== 'with') return false;
  let next = c.end; // "with India and Pakistan having exchanged strikes": past the rest of the list
  while (next < tokens.length && (tokens[next]?.norm === 'and' || tokens[next]?.capitalised)) next++;
  const after = tokens[next];
  return after !== undefined && (after.tags.has('Gerund') || (after.tags.has('Verb') && /ing$/.test(after.norm)));
}

/** How many words a noun phrase may hold before the name apposed to it: "the Kenyan capital", "the militant group". */
const APPOSED_PHRASE_REACH = 4;

/**
 * "from the Kenyan capital Nairobi, and Obama was greeted": a name right after a place's or a body's noun
 * (lexicon/travel.ts APPOSED_NAME_HEAD) is apposed to that noun's phrase, and whatever governs the phrase governs the
 * name. Where the phrase starts (a determiner, an adjective, a state's name or a noun of it), or `at` when no such noun
 * stands right before the name ("In the evening Queen Elizabeth held" names no place).
 */
function apposedPhraseStart(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 1];
  if (!head || !APPOSED_NAME_HEAD.test(head.norm) || /[,;:]/.test(head.post)) return at;
  let k = at - 1;
  const isPhraseWord = (x: Token) =>
    !/[,;:]/.test(x.post) &&
    (isCommonNoun(x) || x.tags.has('Adjective') || x.tags.has('Determiner') || x.tags.has('ProperNoun'));
  while (k > at - 1 - APPOSED_PHRASE_REACH && k > 0 && isPhraseWord(tokenAt(tokens, k - 1))) k--;
  return k;
}

/** The preposition at k links those who act or speak for an actor to it: "the leaders of", "ministers from", "a spokesman for". */
function isSpokenFor(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  const noun = tokens[k - 1]?.norm ?? '';
  if (k <= 0 || !(ORIGIN_PREPOSITION.test(word) || word === 'for')) return false;
  if (word === 'for') return SPOKESPERSON.test(noun);
  return ACTING_FOR.test(noun) || (word === 'of' && isTitleWord(noun));
}

/**
 * Where a sentence's opening phrase ends: the first comma from token `from` on, in a sentence whose first `reach` words
 * hold one of the `openers` ("After the US-led strike on Syria, ...", "But despite these agreements, and the meeting
 * between A and B, ..."); -1 when it opens with none.
 */
export function openingPhraseEnd(
  tokens: readonly Token[],
  openers: { test: (word: string) => boolean },
  { reach = 1, from = 0 } = {},
): number {
  if (!tokens.slice(0, reach).some((x) => openers.test(x.norm))) return -1;
  return tokens.findIndex((x, k) => k >= from && x.post.includes(','));
}

/** In an opening phrase ("During a Feb. 18 meeting, ..."), so the clause's subject comes after it. */
export function isFronted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - 5) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (FRONTING.test(ctx.s.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

export const ids = (cs: readonly Candidate[]) => [...new Set(cs.map((c) => c.actorId))];
export const as =
  (role: Participant['role']) =>
  (id: string): Participant => ({ actorId: id, role });

/** How far before a call noun its preposition may stand: "in a telephone call", "during their phone call". */
const CALL_ADJUNCT_REACH = 3;
const CALL_ADJUNCT = words(CALL_ADJUNCT_PREPOSITIONS);

/**
 * "urged al-Burhan to find a solution in a phone call", "told Netanyahu during their call": a call noun opened by "in",
 * "during" or "over" is the occasion of the clause's verb, no part of what it says or asks.
 */
export function isCallAdjunct(ctx: SentenceContext, t: Trigger): boolean {
  const lead = ctx.s.tokens.slice(Math.max(0, t.at - CALL_ADJUNCT_REACH), t.at);
  return t.rule.type === 'CALL' && t.rule.pos === 'noun' && lead.some((x) => CALL_ADJUNCT.test(x.norm));
}

/**
 * "the Iran-backed Hezbollah", "the Iran-aligned Houthis", "Lebanon's Iran-backed Hezbollah group": the first half of an
 * "X-backed" backs the one named after it, and is neither that one nor the one a later "it" stands for.
 */
export function isHyphenBacker(tokens: readonly Token[], c: Candidate): boolean {
  return tokens[c.end - 1]?.post === '-' && BACKING_END.test(tokens[c.end]?.norm ?? '');
}
