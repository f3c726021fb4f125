import { elementAt } from '../../domain/guaranteed';
import { ONTOLOGY } from '../../domain/ontology';
import { PERSON_POSSESSIVE } from '../lexicon/names';
import { LEADER_WORD, OUT_OF_OFFICE_ROLE, TOP_ROLE } from '../lexicon/titles';
import type { OfficeWanted } from '../officeholders';
import {
  ANOTHER,
  CLAUSE_JOINER,
  COUNTERPART,
  COUNTERPARTS,
  COUNTERPART_OFFICES,
  COUNTRY_NOUN,
  GROUP_PRONOUN,
  HEAD_OF_GOVERNMENT_TITLES,
  HOST,
  LISTED_COUNT_DETERMINER,
  MINISTRY_ADJECTIVE,
  MODIFIED_COUNTRY_NOUN,
  ONE_PERSON_POSSESSIVE,
  OBJECT_PRONOUN,
  ORGANISATION_NOUN,
  OTHER_THAN_NAMED,
  OWN_COUNTRY_NOUN,
  PAIR_HEAD,
  PAIR_NOUN,
  PAIR_PERSON,
  PAIR_STATE_HEAD,
  PERSON_PRONOUN,
  PERSON_SUBJECT_PRONOUN,
  SUBJECT_PRONOUN,
  PERSONAL_PRONOUN,
  REFERRING_MODIFIER,
  SECOND_IN_OFFICE,
  SIDE_COUNTS,
  SPEAKER_SELF,
  SPEAKER_SIDE,
  BEFORE_SPEAKER,
  WE_ENCOUNTER,
  WE_ENCOUNTER_WITHIN,
  TITLED_PAIR_HEAD,
  SIDES,
  THEIR_OCCASION,
  THEIR_OCCASION_MEDIUM,
  TOP_DIPLOMATS,
  TRIO_NOUN,
  HEADS_OF_WHAT,
  LEADERS_HEAD,
  COUNTERPART_SOURCE,
  RELATIVE_ADVERB,
} from '../lexicon/reference';
import type { Participant } from '../../domain/types';
import { tokenAt, type Sentence, type Token } from '../2-sentences';
import { CLAUSE_COORDINATOR, PARTICIPLE_PREPOSITION, SUBORDINATOR } from '../lexicon/grammar';
import { NOUN_HEDGE, PLANNED_PARTICIPLE } from '../lexicon/modality';
import { LOCATIVE_PREPOSITION } from '../lexicon/places';
import { TRAVEL } from '../lexicon/travel';
import { COMING_OCCASION } from '../lexicon/time';
import {
  type Candidate,
  isHyphenBacker,
  isReporting,
  isSubjectLike,
  pastAdverbsAndSequence,
  nextNonAdverb,
  type Place,
} from './clause';
import { type Gender, genderOfPronoun } from './gender';
import { type EventMention, latest } from './mention';
import { resolveCensuredDeeds } from './deeds';

/**
 * Reference resolution: what a sentence refers to by words that need the article — "the two leaders", "both
 * countries", "the sides", "they", "the two", "the trio", "he", "him", "it" after a verb of saying or before a trigger,
 * "his Turkish counterpart", "the country", "the bloc", "the group". Each resolved phrase becomes a candidate of its
 * sentence at its own span, so the rest of the stage reads it as if the actors were named there. The tables of
 * test/unit/extract/references.test.ts state each mechanism with rows that must and must not resolve.
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
  /** The state a person acts for (the actor itself when it is no person or has none known). */
  stateOf: (id: string) => string;
  /** A person's title as first written ("Foreign Minister"), for whose counterpart they are. */
  roleOf: ReadonlyMap<string, string>;
  /** Who held an office in a state on the article's date, by the gazetteer; absent, nobody the article does not name. */
  officeholder?: Officeholder | undefined;
  /** Each person's gender, where the article's words say it (gender.ts), for "she" and "he". */
  genderOf?: ReadonlyMap<string, Gender> | undefined;
}

/** The actor id of the one person who held an office in a state (an actor id) on the article's date, if one did. */
export type Officeholder = (state: string, office: OfficeWanted) => string | null;

/** Resolves "his"/"its" before token p to a person / a state or organisation. */
export type PronounResolver = (word: string, p: number) => string | null;

const isPerson = (a: ArticleActors, id: string): boolean => a.kindOf.get(id) === 'PERSON';

/**
 * The first subject-like actor of the wanted kind in a sentence before token p (in p's clause, if given), on the same
 * side of any quotation: the reporter's "he" is none of the quoted words' actors ("“Putin lied,” Zelensky said. He
 * ..." is Zelensky), nor are the quoted words' subjects the reporter's in the sentences before.
 */
function subjectOf(
  a: ArticleActors,
  si: number,
  p: number,
  person: boolean,
  clause?: readonly number[],
): string | null {
  const tokens = elementAt(a.sentences, si, 'subjectOf: sentence').tokens;
  const quoted = tokens[p]?.quoted ?? false;
  const c = elementAt(a.actors, si, 'subjectOf: sentence actors').candidates.find(
    (x) =>
      x.start < p &&
      (tokens[x.start]?.quoted ?? false) === quoted &&
      (!clause || clause[x.start] === clause[p]) &&
      isPerson(a, x.actorId) === person &&
      x.form !== 'adjective' &&
      !isHyphenBacker(tokens, x) &&
      isSubjectLike(tokens, x),
  );
  return c?.actorId ?? null;
}

/** The first subject-like actor that fits in sentence si before token p: "The EU imposed sanctions on Rosneft". */
function firstSubject(a: ArticleActors, si: number, p: number, fits: (id: string) => boolean): string | null {
  const tokens = elementAt(a.sentences, si, 'firstSubject: sentence').tokens;
  const c = elementAt(a.actors, si, 'firstSubject: sentence actors').candidates.find(
    (x) => x.start < p && fits(x.actorId) && x.form !== 'adjective' && isSubjectLike(tokens, x),
  );
  return c?.actorId ?? null;
}

/**
 * "his"/"its", "he"/"she": the subject of its clause, else of its sentence, else of the sentences just before; for a
 * person, one the pronoun's gender fits, else the one person of that gender named there (genderFits).
 */
export function pronounResolver(a: ArticleActors, si: number, clause: readonly number[]): PronounResolver {
  return (word, p) => {
    const person = PERSONAL_PRONOUN.test(word);
    if (person) return personReferent(a, si, clause, p, genderOfPronoun(word));
    // ("imposed sanctions on Russia over its invasion of Ukraine", "condemned Israel for its strikes": the reason's
    // "its" is the one the act falls on, named last before it, not the subject who acts.)
    const reasonOf = isReasonIts(a, si, word, p) ? accusedItReferent(a, si, p) : null;
    if (reasonOf) return reasonOf;
    let found = subjectOf(a, si, p, person, clause) ?? subjectOf(a, si, p, person);
    for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--) found = subjectOf(a, back, Infinity, person);
    return found;
  };
}

/**
 * The person "he", "she", "his" or "her" at token p stands for: the first subject found (of its clause, its sentence
 * before it, the two sentences before) if the pronoun's gender fits it; if not ("Macron met Meloni in Rome. She later
 * called Zelensky"), the one person named there whom it fits, else nobody.
 */
function personReferent(
  a: ArticleActors,
  si: number,
  clause: readonly number[],
  p: number,
  gender: Gender | null,
): string | null {
  const ahead = fronted(a, si, p);
  if (ahead !== null && genderFits(a, ahead, gender)) return ahead;
  const scopes: [number, number, (readonly number[])?][] = [
    [si, p, clause],
    [si, p],
  ];
  for (const back of sentencesBack(a, si)) scopes.push([back, Infinity]);
  for (const [at, before, inClause] of scopes) {
    const subject = subjectOf(a, at, before, true, inClause);
    if (subject === null) continue;
    if (genderFits(a, subject, gender)) return subject;
    const fitting = elementAt(a.actors, at, 'personReferent: sentence actors').candidates.filter(
      (c) => c.start < before && isPerson(a, c.actorId) && genderFits(a, c.actorId, gender),
    );
    const ids = new Set(fitting.map((c) => c.actorId));
    return ids.size === 1 ? ([...ids][0] ?? null) : null;
  }
  return null;
}

/** How many sentences before a pronoun's may hold the person it stands for. */
const PRONOUN_REACH = 2;

/**
 * The sentences before si, nearest first, that may name a pronoun's person: PRONOUN_REACH of them, past those whose
 * subject is a pronoun itself ("PM Lee caught up with several leaders. They included Joe Biden, Justin Trudeau and
 * Moon Jae-in. On Saturday, he met Merkel": "They" is the subject there, and Biden, first named, only its object).
 */
function sentencesBack(a: ArticleActors, si: number): number[] {
  const out: number[] = [];
  // (One sentence more may be read for each one passed over, up to one.)
  for (let back = si - 1; back >= Math.max(0, si - 1 - PRONOUN_REACH) && out.length < PRONOUN_REACH; back--) {
    const first = elementAt(a.sentences, back, 'sentencesBack: sentence').tokens[0];
    if (!SUBJECT_PRONOUN.test(first?.norm ?? '')) out.push(back);
  }
  return out;
}

/**
 * "Baghaei said that during his brief visit, Araghchi also met Faisal bin Farhan", "On her first trip abroad, Meloni
 * met Metsola", "Following his talks with Putin, Erdogan said": a pronoun in a phrase opened by a preposition and
 * closed by a comma, no verb inside, stands for the person who is the subject right after that comma — not for the one
 * before who speaks of them. Null when no such phrase or subject.
 */
function fronted(a: ArticleActors, si: number, p: number): string | null {
  const tokens = elementAt(a.sentences, si, 'fronted: sentence').tokens;
  const opens = (t: Token | undefined) =>
    t?.tags.has('Preposition') === true || PARTICIPLE_PREPOSITION.test(t?.norm ?? '');
  let open = p - 1;
  while (open >= p - 3 && tokens[open] && !opens(tokens[open])) open--;
  if (!opens(tokens[open]) || tokens.slice(open, p).some((t) => /[,;:]/.test(t.post))) return null;
  let close = p;
  while (close < p + 8 && tokens[close] && !/[,;:.]/.test(tokens[close]?.post ?? '')) close++;
  const phrase = tokens.slice(p + 1, close + 1);
  if (!/,/.test(tokens[close]?.post ?? '') || phrase.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund')))
    return null;
  // ("During his visit, Mohammed bin Salman received him": "him" after it is the one the phrase speaks of.)
  if (tokens.slice(close + 1).some((t) => OBJECT_PRONOUN.test(t.norm))) return null;
  const subject = elementAt(a.actors, si, 'fronted: sentence actors').candidates.find((c) => c.start === close + 1);
  return subject && isPerson(a, subject.actorId) && isSubjectLike(tokens, subject) ? subject.actorId : null;
}

/**
 * Whether a pronoun of a gender may stand for a person: "he" for anyone not known to be a woman; "she" only for a
 * person known to be one (most people in the news are men, and many men's names say nothing to the lexicon:
 * "Shigeru Ishiba").
 */
function genderFits(a: ArticleActors, id: string, gender: Gender | null): boolean {
  if (gender === null) return true;
  const known = a.genderOf?.get(id);
  return gender === 'female' ? known === 'female' : known !== 'female';
}

/**
 * Adds candidates for what the sentence's pair phrases, pronouns, counterparts and "the country" refer to (`triggerAt`:
 * where the sentence's triggers are, for "It also condemned"; `criticismAt`: where its criticism triggers are, for
 * "described the move as a provocation").
 */
export function resolveReferences(
  a: ArticleActors,
  si: number,
  clause: readonly number[],
  pronoun: PronounResolver,
  earlier: readonly EventMention[],
  windowStart: number,
  triggerAt: ReadonlySet<number>,
  criticismAt: ReadonlySet<number> = new Set(),
): void {
  resolvePairPhrases(a, si, earlier, windowStart, pronoun);
  resolvePronouns(a, si, clause, pronoun, triggerAt);
  resolveQuotedFirstPerson(a, si);
  resolveCounterparts(a, si, pronoun);
  resolveCounterpartList(a, si, pronoun);
  resolveHosts(a, si, pronoun, earlier, windowStart);
  resolveActorNouns(a, si);
  resolveOwnCountry(a, si, pronoun);
  resolveCensuredDeeds(a, si, triggerAt, criticismAt);
}

/**
 * "Scholz announced that his country will send tanks", "she said her nation stands with Kyiv": a person's possessive
 * before "country" or "nation" is the state that person acts for (not "his country house": the noun heads its phrase).
 */
function resolveOwnCountry(a: ArticleActors, si: number, pronoun: PronounResolver): void {
  const tokens = elementAt(a.sentences, si, 'resolveOwnCountry: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveOwnCountry: sentence actors').candidates;
  tokens.forEach((x, p) => {
    const noun = tokens[p + 1];
    if (!ONE_PERSON_POSSESSIVE.test(x.norm) || noun === undefined || !OWN_COUNTRY_NOUN.test(noun.norm)) return;
    if (tokens[p + 2]?.tags.has('Noun') === true && !/[,;:]/.test(noun.post)) return;
    if (candidates.some((c) => c.start <= p + 1 && c.end > p)) return;
    const person = pronoun(x.norm, p);
    const state = person === null ? null : a.stateOf(person);
    if (state === null || state === person || a.kindOf.get(state) !== 'STATE') return;
    insertAfter(candidates, p - 1, [referred(state, p, p + 2, 'STATE', noun.possessive)]);
  });
}

/**
 * "Zelensky visited Ankara on Monday. He thanked his hosts": "his host(s)" is the other side of the latest meeting of
 * its owner in the window, when that meeting had two sides (Turkey); nobody otherwise.
 */
function resolveHosts(
  a: ArticleActors,
  si: number,
  pronoun: PronounResolver,
  earlier: readonly EventMention[],
  windowStart: number,
): void {
  const tokens = elementAt(a.sentences, si, 'resolveHosts: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveHosts: sentence actors').candidates;
  tokens.forEach((x, k) => {
    const det = tokens[k - 1];
    if (!HOST.test(x.norm) || !det || !ONE_PERSON_POSSESSIVE.test(det.norm) || x.quoted) return;
    if (candidates.some((c) => c.start <= k && c.end > k - 1)) return;
    const owner = pronoun(det.norm, k - 1);
    const isOwnersMeeting = (e: EventMention) =>
      e.evidence.start >= windowStart && e.type === 'MEETING' && e.participants.some((p) => p.actorId === owner);
    const met = owner ? latest(earlier, isOwnersMeeting) : undefined;
    // ("Zelensky met Macron and Scholz. He thanked his hosts": two meetings of one sentence, no one host.)
    const others = earlier
      .filter((e) => isOwnersMeeting(e) && e.evidence.start === met?.evidence.start)
      .flatMap((e) => e.participants.map((p) => p.actorId))
      .filter((id) => id !== owner);
    const [host, ...more] = [...new Set(others)];
    if (!host || more.length > 0) return;
    const kind = (a.kindOf.get(host) as Candidate['kind'] | undefined) ?? 'STATE';
    insertAfter(candidates, k - 1, [referred(host, k - 1, k + 1, kind, x.possessive)]);
  });
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
  /**
   * Refers, whatever their kind, only to the sides of an event just named: exactly that many ("the two held
   * discussions", "the three leaders signed") or two or more ("they agreed").
   */
  sidesOnly?: number | 'all';
  /**
   * A count of states ("the three countries", "all three countries") that, when no event of that many sides was told,
   * stands for the list of that many states named before (statesListedBefore).
   */
  listed?: boolean;
  /**
   * Where the persons' title ends, when words naming their states follow it: "the leaders [of the two countries]",
   * "the foreign ministers [of both nations]" (the title, not "countries", says whom the phrase fits).
   */
  titleEnd?: number;
}

/** How many words may stand between "their" and its occasion ("their first closed-door two-hour meeting"). */
const THEIR_MODIFIERS_MAX = 5;

/**
 * "their meeting", and past words that only say which or what kind of occasion it was: "Their previous conversation
 * on June 14 addressed ...", "after their phone conversation in April", "in their first face-to-face meeting in a
 * year", "just their second in-person meeting". Not an occasion to come ("their upcoming summit", "their next
 * meeting", "their planned talks"), which stays no event of the two; not "their shared commitment" (no occasion).
 */
function isTheirOccasion(tokens: readonly Token[], k: number): boolean {
  for (let h = k + 1; h <= k + THEIR_MODIFIERS_MAX + 1 && h < tokens.length; h++) {
    if (THEIR_OCCASION.test(tokens[h]?.norm ?? '')) return h === k + 1 || !isApposedTheir(tokens, k);
    if (!isOccasionModifier(tokens, h)) return false;
  }
  return false;
}

/**
 * "held talks in Saudi Arabia, their first high-level meeting since ...", "in a call with Xi on Tuesday, their first
 * direct talks since ...": after a comma, "their" and its modifiers restate the occasion just told, of its own sides.
 */
const isApposedTheir = (tokens: readonly Token[], k: number): boolean => /,/.test(tokens[k - 1]?.post ?? '');

/**
 * Where the "their" of an occasion noun at `at` stands, past the words that say which occasion it was (see
 * isTheirOccasion); -1 when none does, or when it restates the occasion just told (isApposedTheir).
 */
export function theirOccasionStart(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - THEIR_MODIFIERS_MAX - 1); k--) {
    if (tokens[k]?.norm === 'their') return isApposedTheir(tokens, k) ? -1 : k;
    if (!isOccasionModifier(tokens, k) && !THEIR_OCCASION_MEDIUM.test(tokens[k]?.norm ?? '')) return -1;
  }
  return -1;
}

/**
 * A word before an occasion noun that says which one or what kind: "previous", "first", "closed-door", the parts of
 * "face-to-face" and "in-person"; not one of an occasion to come ("upcoming", "next", "planned", "possible").
 */
function isOccasionModifier(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h];
  if (!t || /[,;:]/.test(t.post) || t.capitalised) return false;
  if (NOUN_HEDGE.test(t.norm) || COMING_OCCASION.test(t.norm) || PLANNED_PARTICIPLE.test(t.norm)) return false;
  const hyphened = t.post === '-' || tokens[h - 1]?.post === '-';
  return hyphened || t.tags.has('Adjective') || t.tags.has('Value');
}

/** The pair phrases of a sentence. */
export function pairPhrases(tokens: readonly Token[]): PairPhrase[] {
  const out: PairPhrase[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    // "the foreign ministers signed a memorandum", "The leaders discussed trade", "the top diplomats", "the heads of
    // state": the two people just named, if only two were.
    const from =
      tokens[k - 1]?.norm === 'the'
        ? k - 1
        : isPairPersonModifier(tokens, k - 1) && tokens[k - 2]?.norm === 'the'
          ? k - 2
          : -1;
    const personEnd = personHeadEnd(tokens, k);
    if (from >= 0 && personEnd > k && !tokens[personEnd - 1]?.possessive)
      out.push({ start: from, end: personEnd, person: true, onlyTwo: true });
    // "the leaders of the two countries agreed", "the foreign ministers of both nations": the two people of that title
    // who act for the two states (ahead of the inner "the two countries", which stays the reading when they are not
    // two named).
    const titleEnd = titledHeadEnd(tokens, k);
    const ofPairEnd = from >= 0 && titleEnd > k ? pairOfStatesEnd(tokens, titleEnd) : -1;
    if (ofPairEnd > 0) out.push({ start: from, end: ofPairEnd, person: true, titleEnd });
    if (PAIR_NOUN.test(t.norm) && tokens[k - 1]?.norm === 'the') out.push({ start: k - 1, end: k + 1, person: true });
    // "as the sides met": the two sides named before. (Not "the parties to the Ukrainian conflict": the sides of what
    // its "to" names, not of the exchange just told.)
    const sidesOfWhat = next?.norm === 'to' && !next.tags.has('Infinitive') && !tokens[k + 2]?.tags.has('Infinitive');
    if (
      SIDES.test(t.norm) &&
      tokens[k - 1]?.norm === 'the' &&
      !t.possessive &&
      tokens[k - 2]?.norm !== 'two' &&
      !sidesOfWhat
    )
      out.push({ start: k - 1, end: k + 1, person: false });
    if (!next) return;
    // "the two countries", "the two nuclear-armed neighbours", "both Southeast Asian nations", "both heads of state".
    const h = pairHeadAfter(tokens, k);
    const end = h < 0 ? -1 : Math.max(h + 1, personHeadEnd(tokens, h));
    const head = tokens[h];
    const both = t.norm === 'both' && head !== undefined && !/,/.test(t.post);
    const two = t.norm === 'two' && tokens[k - 1]?.norm === 'the' && head !== undefined;
    // "the two countries": but not "the two countries' leaders" (a possessive), which names the leaders.
    if ((both || two) && head && !tokens[end - 1]?.possessive)
      out.push({ start: two ? k - 1 : k, end, person: personHeadEnd(tokens, h) > h });
    // "During their meeting in Egypt": the two people the article just named met.
    if (t.norm === 'their' && isTheirOccasion(tokens, k)) out.push({ start: k, end: k + 1, person: true });
  });
  return out;
}

/**
 * The phrases of a sentence that stand for the sides of the event just named, whatever their kind: "They also
 * discussed ...", "The two have agreed to keep in touch", "the three leaders agreed", "the trio" (not inside a
 * quotation: "“They lied,” Duda said").
 */
export function sidesPhrases(tokens: readonly Token[]): PairPhrase[] {
  const out: PairPhrase[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (GROUP_PRONOUN.test(t.norm) && !t.quoted) out.push({ start: k, end: k + 1, person: false, sidesOnly: 'all' });
    const determiner = tokens[k - 1]?.norm ?? '';
    const count = determiner === 'the' && !t.quoted ? SIDE_COUNTS.get(t.norm) : undefined;
    if (count !== undefined && next && isPredicateStart(next))
      out.push({ start: k - 1, end: k + 1, person: false, sidesOnly: count });
    // "the three leaders agreed", "the three Horn of Africa nations" (two of a head: pairPhrases), "the trio"; a count
    // of states also after "these" or "all" ("these three West African countries", "all three countries").
    const counted = LISTED_COUNT_DETERMINER.test(determiner) && !t.quoted && SIDE_COUNTS.get(t.norm) === 3;
    const h = counted ? pairHeadAfter(tokens, k) : -1;
    const listed = h >= 0 && PAIR_STATE_HEAD.test(tokens[h]?.norm ?? '');
    if (h >= 0 && !tokens[h]?.possessive && (determiner === 'the' || listed))
      out.push({ start: k - 1, end: h + 1, person: false, sidesOnly: 3, ...(listed ? { listed } : {}) });
    if (TRIO_NOUN.test(t.norm) && tokens[k - 1]?.norm === 'the')
      out.push({ start: k - 1, end: k + 1, person: false, sidesOnly: 3 });
  });
  return out;
}

/**
 * Where a head of a pair phrase of persons at token k ends: "leaders" (not "leaders of"), "heads of state", "top
 * diplomats" (at "diplomats"); -1 when k is no such head.
 */
function personHeadEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined) return -1;
  if (t.norm === 'heads' && tokens[k + 1]?.norm === 'of' && HEADS_OF_WHAT.test(tokens[k + 2]?.norm ?? '')) return k + 3;
  if (t.norm === TOP_DIPLOMATS.head) return tokens[k - 1]?.norm === TOP_DIPLOMATS.modifier ? k + 1 : -1;
  return PAIR_PERSON.test(t.norm) && tokens[k + 1]?.norm !== 'of' ? k + 1 : -1;
}

/** Where a title of persons at k ends when "of" follows it: "leaders", "foreign ministers", "heads of state"; -1 if none. */
function titledHeadEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || t.possessive) return -1;
  if (t.norm === 'heads' && tokens[k + 1]?.norm === 'of' && HEADS_OF_WHAT.test(tokens[k + 2]?.norm ?? '')) return k + 3;
  return PAIR_PERSON.test(t.norm) && t.norm !== 'heads' ? k + 1 : -1;
}

/** Where "of the two countries", "of both nations", "of the two sides" after a title at `from` ends; -1 if it is not there. */
function pairOfStatesEnd(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== 'of') return -1;
  const k = tokens[from + 1]?.norm === 'the' && tokens[from + 2]?.norm === 'two' ? from + 2 : from + 1;
  if (tokens[k]?.norm !== 'both' && !(tokens[k]?.norm === 'two' && k === from + 2)) return -1;
  const h = pairHeadAfter(tokens, k);
  return h > k && !PAIR_PERSON.test(tokens[h]?.norm ?? '') && !tokens[h]?.possessive ? h + 1 : -1;
}

/** "the foreign ministers", "the top diplomats": a word between "the" and a pair head of persons. */
const isPairPersonModifier = (tokens: readonly Token[], k: number): boolean =>
  MINISTRY_ADJECTIVE.test(tokens[k]?.norm ?? '') ||
  (tokens[k]?.norm === TOP_DIPLOMATS.modifier && tokens[k + 1]?.norm === TOP_DIPLOMATS.head);

/** "the two held", "the two have agreed", "the two also discussed": a verb or an adverb right after "the two". */
const isPredicateStart = (t: Token): boolean =>
  !/,/.test(t.pre) && (t.tags.has('Verb') || t.tags.has('Adverb')) && !t.tags.has('Noun');

/** The pair head after "two" or "both" at k, past up to three modifiers ("the two Southeast Asian nations"); -1 if none. */
function pairHeadAfter(tokens: readonly Token[], k: number): number {
  let h = k + 1;
  const isHead = (x: number) => PAIR_HEAD.test(tokens[x]?.norm ?? '') || personHeadEnd(tokens, x) > x;
  while (h <= k + 3 && !isHead(h) && isPairModifier(tokens[h])) h++;
  return isHead(h) ? h : -1;
}

/** "Asian", "nuclear-armed", "neighbouring": a modifier inside "the two … countries" (not "the two other countries"). */
const isPairModifier = (t: Token | undefined): boolean =>
  t !== undefined &&
  !ANOTHER.test(t.norm) &&
  (t.tags.has('Adjective') ||
    t.norm === TOP_DIPLOMATS.modifier ||
    isReferringModifier(t) ||
    OTHER_THAN_NAMED.test(t.norm));

/** "the two leaders met", "both countries agreed": the last two actors of that kind before the phrase. */
function resolvePairPhrases(
  a: ArticleActors,
  si: number,
  earlier: readonly EventMention[],
  windowStart: number,
  pronoun: PronounResolver,
): void {
  const tokens = elementAt(a.sentences, si, 'resolvePairPhrases: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolvePairPhrases: sentence actors').candidates;
  // ("Pakistan and Afghanistan agreed ... in talks mediated by Qatar and Turkey ... both nations": not the mediators.)
  const mediators = new Set(
    earlier
      .filter((e) => e.evidence.start >= windowStart)
      .flatMap((e) => e.participants.filter((p) => p.role === 'MEDIATOR').map((p) => p.actorId)),
  );
  for (const pair of [...pairPhrases(tokens), ...sidesPhrases(tokens)]) {
    if (candidates.some((c) => c.start < pair.end && c.end > pair.start)) continue;
    const ownList = pair.sidesOnly === 'all' ? subjectListBeforeRelative(a, si, pair.start) : null;
    if (ownList) {
      insertAfter(candidates, pair.start, pairReferred(a, pair, ownList));
      continue;
    }
    // ("since the two sides, Israel and Hamas, agreed to a truce": an apposition right after the phrase names them.)
    if (isNamedInApposition(tokens, candidates, pair)) continue;
    const told = pair.sidesOnly
      ? ((isTwoOpeningClause(tokens, pair) ? sidesOfOwnSentence(a, si, pair, mediators, pronoun) : null) ??
        sidesJustNamed(a, si, pair.sidesOnly, earlier, windowStart))
      : (sidesOfOwnSentence(a, si, pair, mediators, pronoun) ??
        partnersOfOneNamed(a, si, pair, earlier, windowStart) ??
        pairReferents(a, si, pair, tokens, earlier, windowStart, mediators));
    // ("Burkina Faso, Mali and Niger announced a confederation that strengthens the alliance between these three
    // countries": no event of three sides was told, but a list of three states was named, and the sentence's own
    // actors may be others: "Trump imposed tariffs on Canada, Mexico and China. All three countries condemned Trump".)
    const listed =
      pair.listed && told.length === 0 && typeof pair.sidesOnly === 'number'
        ? statesListedBefore(a, si, pair.start, pair.sidesOnly)
        : [];
    const found = listed.length > 0 ? listed : told;
    // ("Putin and Biden spoke on Saturday, and they agreed": "they" may be actors of its own sentence, not the sides
    // of an event before it; but "Xi said they agreed", "the Kremlin said they agreed": a side, or a side's state,
    // speaks of them.)
    const isSide = (id: string) => found.some((f) => f === id || a.stateOf(f) === id);
    const own = candidates.filter((c) => c.end <= pair.start && c.form !== 'adjective');
    if (pair.sidesOnly && listed.length === 0 && own.some((c) => !isSide(c.actorId))) continue;
    if (pair.sidesOnly ? found.length < 2 : found.length !== 2) continue;
    insertAfter(candidates, pair.start, pairReferred(a, pair, found));
  }
}

/**
 * The candidates a pair phrase stands for, one per actor at the phrase's span, in the order named (`ids` latest
 * first): of their own kind for the sides of an event, else of the phrase's kind.
 */
function pairReferred(a: ArticleActors, pair: PairPhrase, ids: readonly string[]): Candidate[] {
  const kindOf = (id: string) =>
    pair.sidesOnly
      ? ((a.kindOf.get(id) as Candidate['kind'] | undefined) ?? 'STATE')
      : pair.person
        ? 'PERSON'
        : 'STATE';
  return [...ids].reverse().map((id) => referred(id, pair.start, pair.end, kindOf(id)));
}

/**
 * "Modi hosted Prabowo on Sunday, and the two signed a pact", "as the two traded accusations": "the two" opening a
 * clause of the narration, in the past, after a coordinator or a subordinator; not in an absolute phrase ("with the two
 * discussing their ties and the war in Ukraine") nor in words reported ("saying the two had discussed"), where the
 * sentence's actors before it are not always the two.
 */
function isTwoOpeningClause(tokens: readonly Token[], pair: PairPhrase): boolean {
  const before = tokens[pair.start - 1]?.norm ?? '';
  // (Told in the past: "when the two meet for a summit next week" is a meeting to come, whoever the two are.)
  const past = isPastPredicateAt(tokens, pair.end);
  return pair.sidesOnly === 2 && past && (CLAUSE_COORDINATOR.test(before) || SUBORDINATOR.test(before));
}

/** Whether the verb from token k, past adverbs and words of sequence ("later", "two days later"), is in the past. */
function isPastPredicateAt(tokens: readonly Token[], k: number): boolean {
  return tokens[pastAdverbsAndSequence(tokens, k)]?.tags.has('PastTense') === true;
}

/**
 * "Burkina Faso, Mali and Niger said they were leaving ECOWAS ... The three countries have also cut ties with France":
 * the latest list of exactly `count` states joined by commas and "and", named before token `before` of sentence si or
 * in the two sentences before it (the window of "the two"), in the order named; none when no such list was named.
 */
function statesListedBefore(a: ArticleActors, si: number, before: number, count: number): string[] {
  for (let back = si; back >= Math.max(0, si - 2); back--) {
    const tokens = elementAt(a.sentences, back, 'statesListedBefore: sentence').tokens;
    const states = elementAt(a.actors, back, 'statesListedBefore: sentence actors').candidates.filter(
      (c) => (back < si || c.end <= before) && c.kind === 'STATE',
    );
    const list = coordinatedRuns(tokens, states)
      .reverse()
      .find((ids) => ids.length === count);
    if (list) return list;
  }
  return [];
}

/** The runs of candidates joined only by commas and "and" ("Canada, Mexico, and China"), each as its actors' ids. */
function coordinatedRuns(tokens: readonly Token[], named: readonly Candidate[]): string[][] {
  const runs: string[][] = [];
  let last: Candidate | undefined;
  for (const c of [...named].sort((x, y) => x.start - y.start)) {
    // (One span read as several actors is no list of names.)
    if (last && c.start < last.end) continue;
    const run = runs[runs.length - 1];
    if (last && run && isListJoint(tokens, last, c)) {
      if (!run.includes(c.actorId)) run.push(c.actorId);
    } else runs.push([c.actorId]);
    last = c;
  }
  return runs;
}

/** Whether only a comma, or "and" (after a comma or not), with articles, stands between two names of a list. */
function isListJoint(tokens: readonly Token[], last: Candidate, next: Candidate): boolean {
  const between = tokens.slice(last.end, next.start).filter((t) => t.norm !== 'the');
  const comma = /,/.test(tokens[last.end - 1]?.post ?? '');
  return between.length === 0 ? comma : between.length === 1 && between[0]?.norm === 'and';
}

/** Whether a comma closes the phrase and an actor's mention opens right after it (an apposition naming the sides). */
function isNamedInApposition(tokens: readonly Token[], candidates: readonly Candidate[], pair: PairPhrase): boolean {
  return /,/.test(tokens[pair.end - 1]?.post ?? '') && candidates.some((c) => c.start === pair.end);
}

/** Roles whose actors "they" and "the two" stand for, in order of preference: those who met, those who acted, those mediated. */
const SIDE_ROLES: readonly Participant['role'][] = ['PARTICIPANT', 'SOURCE', 'PARTY'];

/**
 * "Lavrov and Kerry held a telephone conversation. They also discussed ...": the sides of the latest event of the
 * sentence before ("all", two or more of one role), or of the sentences of the window (a count: exactly that many),
 * latest first; none when it had one side ("China sanctioned US firms. They target ..." is no group of actors).
 */
function sidesJustNamed(
  a: ArticleActors,
  si: number,
  count: number | 'all',
  earlier: readonly EventMention[],
  windowStart: number,
): string[] {
  const here = elementAt(a.sentences, si, 'sidesJustNamed: sentence').start;
  const from =
    count !== 'all'
      ? windowStart
      : si > 0
        ? elementAt(a.sentences, si - 1, 'sidesJustNamed: sentence before').start
        : here;
  const inWindow = (e: EventMention) => e.evidence.start >= from && e.evidence.start < here;
  // ("Wong met Wang Yi. They discussed the trade sanctions China imposed on Australia. Wong said the two had agreed":
  // "the two" are the latest event's that has two sides, past an act of one side on another told since.)
  const last =
    count === 'all'
      ? latest(earlier, inWindow)
      : latest(earlier, (e) => inWindow(e) && sidesOf(e, earlier, count).length > 0);
  if (!last) return count === 'all' ? (groupActingBefore(a, si) ?? subjectListBefore(a, si) ?? []) : [];
  return sidesOf(last, earlier, count);
}

/** An event's sides: its participants but its mediators. */
const sidesWithoutMediators = (e: EventMention) => e.participants.filter((p) => p.role !== 'MEDIATOR');

/** Whether `id` acts for a state that one of `found` already acts for (one state's two people are one side). */
function sharesStateWith(a: ArticleActors, found: readonly string[], id: string): boolean {
  return a.stateOf(id) !== id && found.some((f) => a.stateOf(f) !== f && a.stateOf(f) === a.stateOf(id));
}

/** The sides of an event (of its type, in its sentence), latest first: two or more of one role ("all"), or exactly `count`. */
function sidesOf(last: EventMention, earlier: readonly EventMention[], count: number | 'all'): string[] {
  // (One sentence may state one event per actor: "The US and the EU imposed sanctions on Russia".)
  const same = earlier.filter((e) => e.evidence.start === last.evidence.start && e.type === last.type);
  for (const role of SIDE_ROLES) {
    const ids = [...new Set(same.flatMap((e) => e.participants.filter((p) => p.role === role).map((p) => p.actorId)))];
    if (ids.length >= 2) return count !== 'all' && ids.length !== count ? [] : ids.reverse();
  }
  return [];
}

/**
 * "The Turkish presidency said the two presidents also discussed Greece. The Kremlin said they agreed": the actors a
 * pair phrase of the sentence before stands for (its candidates share one span), when that phrase acts there.
 */
function groupActingBefore(a: ArticleActors, si: number): string[] | null {
  if (si === 0) return null;
  const tokens = elementAt(a.sentences, si - 1, 'groupActingBefore: sentence').tokens;
  const cs = elementAt(a.actors, si - 1, 'groupActingBefore: sentence actors').candidates;
  const group = cs.find(
    (c) => isSubjectLike(tokens, c) && cs.some((d) => d !== c && d.start === c.start && d.end === c.end),
  );
  const ids = group ? cs.filter((c) => c.start === group.start && c.end === group.end).map((c) => c.actorId) : [];
  return ids.length >= 2 ? [...new Set(ids)] : null;
}

/**
 * "Starmer and Macron travelled to Kyiv on Saturday. They met Zelensky": with no event told in the sentence before,
 * "they" stands for that sentence's subject when it is a list of two or more actors (subjectList).
 */
function subjectListBefore(a: ArticleActors, si: number): string[] | null {
  if (si === 0) return null;
  const tokens = elementAt(a.sentences, si - 1, 'subjectListBefore: sentence').tokens;
  return subjectList(tokens, elementAt(a.actors, si - 1, 'subjectListBefore: sentence actors').candidates);
}

/**
 * "Starmer and Macron travelled to Kyiv on Saturday, where they met Zelensky": "they" right after a relative adverb,
 * before a verb in the past, stands for the subject list of its own sentence, when that list's verb comes before the
 * adverb.
 */
function subjectListBeforeRelative(a: ArticleActors, si: number, p: number): string[] | null {
  const tokens = elementAt(a.sentences, si, 'subjectListBeforeRelative: sentence').tokens;
  if (!RELATIVE_ADVERB.test(tokens[p - 1]?.norm ?? '')) return null;
  // (Told in the past: "next week, when they meet Trump" is a meeting to come.)
  if (!isPastPredicateAt(tokens, p + 1)) return null;
  const before = elementAt(a.actors, si, 'subjectListBeforeRelative: sentence actors').candidates.filter(
    (c) => c.end < p,
  );
  const list = subjectList(tokens, before);
  const last = before.find((c) => c.actorId === list?.at(-1));
  return last && tokens.slice(last.end, p - 1).some((x) => x.tags.has('Verb')) ? list : null;
}

/**
 * A sentence's subject, when it is a list of two or more actors: its first subject-like actor's run of names joined
 * by commas and "and"; not a list of objects ("Zelensky thanked Starmer and Macron": the subject is one).
 */
function subjectList(tokens: readonly Token[], candidates: readonly Candidate[]): string[] | null {
  const named = candidates.filter((c) => c.form !== 'adjective');
  const subject = named.find((c) => isSubjectLike(tokens, c));
  const runs = coordinatedRuns(tokens, named);
  const run = subject ? runs.find((ids) => ids[0] === subject.actorId) : undefined;
  if (run && run.length >= 2) return run;
  const companions = subject && run ? travelCompanions(tokens, named, subject, runs) : [];
  return run && companions.length > 0 ? [...new Set([...run, ...companions])] : null;
}

/** How far after a verb of travel its "with" may stand: "travelled to Kyiv on Saturday with". */
const COMPANION_REACH = 6;

/**
 * "Macron travelled to Kyiv with Scholz on Monday. They met Zelensky": those a subject travels with, named after a verb
 * of travel (lexicon/travel.ts TRAVEL) right after the subject and its "with", travel with it as one party: the run of
 * names (`runs`, coordinatedRuns) the "with" opens.
 */
function travelCompanions(
  tokens: readonly Token[],
  named: readonly Candidate[],
  subject: Candidate,
  runs: readonly string[][],
): string[] {
  const verb = tokens.findIndex((x, k) => k >= subject.end && x.tags.has('Verb'));
  if (verb < 0 || !TRAVEL.test(tokens[verb]?.norm ?? '')) return [];
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 1 + COMPANION_REACH); k++) {
    const x = tokenAt(tokens, k);
    if (x.tags.has('Verb') || /[;:]/.test(tokens[k - 1]?.post ?? '')) return [];
    if (x.norm !== 'with') continue;
    const first = named.find((c) => c.start === k + 1 || (c.start === k + 2 && tokens[k + 1]?.norm === 'the'));
    return first ? (runs.find((ids) => ids[0] === first.actorId) ?? []) : [];
  }
  return [];
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
  // "The Gulf country mediated the negotiation between the two sides": the sides of the latest event, when it has two.
  // ("India and Maldives held talks after Muizzu asked New Delhi to withdraw. At the meeting, the two sides
  // discussed": the sides of an exchange between two, ahead of the asker and the asked of a one-way act.)
  const twoSided = (e: EventMention) => e.evidence.start >= windowStart && sidesWithoutMediators(e).length === 2;
  const headEnd = pair.titleEnd ?? pair.end;
  const exchange = SIDES.test(tokens[headEnd - 1]?.norm ?? '')
    ? (latest(earlier, (e) => twoSided(e) && ONTOLOGY[e.type].symmetric) ?? latest(earlier, twoSided))
    : undefined;
  const found: string[] = exchange
    ? sidesWithoutMediators(exchange)
        .map((p) => p.actorId)
        .reverse()
    : (statesOfLatestSides(a, tokens, pair, earlier, windowStart) ?? []);
  const wanted = pair.onlyTwo ? 3 : 2;
  const holds = holdsTitleOf(a, tokens.slice(pair.start, headEnd));
  // ("Macron and Scholz met in Paris. They had travelled with Draghi to Kyiv. Over dinner, the two leaders discussed":
  // people who took part in an occasion of the window, ahead of one named there who took part in none.)
  const acted = new Set(
    earlier
      .filter((e) => e.evidence.start >= windowStart)
      .flatMap((e) => sidesWithoutMediators(e).map((p) => p.actorId)),
  );
  // ("South Korea and the Philippines ... a summit of South Korea and ASEAN ... The two countries": states only.)
  const isKindWanted = (id: string) =>
    !PAIR_STATE_HEAD.test(tokens[headEnd - 1]?.norm ?? '') || a.kindOf.get(id) === 'STATE';
  // ("Biden and Xi met ... Blinken and Wang Yi joined the talks. The two leaders agreed": people who lead their states,
  // ahead of the ministers named after them; anyone of the title when not two leaders are named.)
  const leading = leadersWanted(tokens, pair, headEnd) ? (id: string) => holds(id) && isLeader(a, id) : null;
  const people = (fits: (id: string) => boolean) =>
    pair.person && !pair.onlyTwo && !exchange ? namedBack(a, si, pair, fits, mediators, acted) : [];
  const leaders = leading ? people(leading) : [];
  if (leaders.length === 2) return leaders;
  const actors = people(holds);
  if (actors.length === 2) return actors;
  const lastOnes = (fits: (id: string) => boolean) =>
    lastNamed(a, si, pair, { fits, isKindWanted, mediators, wanted }, [...found]);
  const leadersNamed = leading && found.length === 0 ? lastOnes(leading) : [];
  if (pair.person && leadersNamed.length === 2) return leadersNamed;
  const named = lastOnes(holds);
  if (pair.person || named.length > 1) return named;
  // ("Duda and Grybauskaite began a visit to Poland ... The defence ministers of both countries": one state named, the
  // other the state of a person named.)
  const joined = [...new Set([...named, ...statesOfPeople(a, si, pair, mediators)])];
  return joined.length === 2 ? joined : [];
}

/** What lastNamed looks for: who fits the phrase, which kind, who is no side, and how many to find at most. */
interface NamedWanted {
  fits: (id: string) => boolean;
  isKindWanted: (id: string) => boolean;
  mediators: ReadonlySet<string>;
  wanted: number;
}

/**
 * The actors of the phrase's kind named last in its sentence and the two before it, latest first, after those `found`
 * already, up to `wanted.wanted` (one more than two tells "the leaders" of three apart).
 */
function lastNamed(a: ArticleActors, si: number, pair: PairPhrase, wanted: NamedWanted, found: string[]): string[] {
  for (let back = si; back >= Math.max(0, si - 2) && found.length < wanted.wanted; back--) {
    const before = elementAt(a.actors, back, 'lastNamed: sentence actors').candidates.filter(
      (c) =>
        (back < si || c.end <= pair.start) &&
        isPerson(a, c.actorId) === pair.person &&
        wanted.isKindWanted(c.actorId) &&
        !wanted.mediators.has(c.actorId) &&
        wanted.fits(c.actorId),
    );
    for (const c of [...before].reverse()) {
      if (found.length >= wanted.wanted) break;
      // ("Petro was welcomed by Vice President Delcy Rodriguez before meeting Maduro. The two leaders": one state's two
      // people are one side, not the two named.)
      if (!found.includes(c.actorId) && !(pair.person && !pair.onlyTwo && sharesStateWith(a, found, c.actorId)))
        found.push(c.actorId);
    }
  }
  return found;
}

/** "the two leaders", "both leaders", "the leaders of the two countries", "the heads of state": leaders are meant. */
function leadersWanted(tokens: readonly Token[], pair: PairPhrase, headEnd: number): boolean {
  const head = tokens[headEnd - 1]?.norm ?? '';
  return pair.person && (LEADERS_HEAD.test(head) || HEADS_OF_WHAT.test(head));
}

/** Whether a person's known role is a leader's ("President", "Prime Minister", "King"), not a minister's. */
const isLeader = (a: ArticleActors, id: string): boolean => officeOf(a.roleOf.get(id)) === 'leader';

/**
 * "Erdogan and Mohamud met in Antalya. The meeting covered Israel's strikes on the Palestinian territory ... On
 * February 8, the two countries signed a pact": "the two countries" are the states of the two sides of the latest
 * occasion of the window (each person's state), ahead of states merely mentioned after it; null unless those are two
 * different states.
 */
function statesOfLatestSides(
  a: ArticleActors,
  tokens: readonly Token[],
  pair: PairPhrase,
  earlier: readonly EventMention[],
  windowStart: number,
): string[] | null {
  if (pair.person || !PAIR_STATE_HEAD.test(tokens[pair.end - 1]?.norm ?? '')) return null;
  // (The occasion may stand further back than the window: what came between only mentioned states, "Israel's strikes".)
  const event = latest(earlier, (e) => sidesWithoutMediators(e).length === 2);
  // (An occasion in the window is found by the window's own reading, below, unless the window's last two-sided event
  // is the only one: "Leaders from Ethiopia and Eritrea have signed a peace agreement ... Saudi authorities did not
  // respond to questions about the accord, ... a deal reached between the two nations", Al Jazeera 2018.)
  if (!event || actsInWindow(earlier, windowStart, event)) return null;
  const states = [...new Set(sidesWithoutMediators(event).map((p) => a.stateOf(p.actorId)))];
  return states.length === 2 && states.every((id) => a.kindOf.get(id) === 'STATE') ? states.reverse() : null;
}

/**
 * Whether an event of the window with other sides than `event` has two sides or more: the window's own actors are
 * meant. (A meeting and the pact signed at it are one pair's.)
 */
function actsInWindow(earlier: readonly EventMention[], windowStart: number, event: EventMention): boolean {
  const sides = new Set(sidesWithoutMediators(event).map((p) => p.actorId));
  const isSamePair = (e: EventMention) => sidesWithoutMediators(e).every((p) => sides.has(p.actorId));
  return earlier.some(
    (e) => e !== event && e.evidence.start >= windowStart && e.participants.length >= 2 && !isSamePair(e),
  );
}

/**
 * The last two people named in the window before a pair phrase, latest first, each holding its title and acting in an
 * occasion of the window (`acted`), of two states (one state's two people are one side); fewer if there are not two.
 */
function namedBack(
  a: ArticleActors,
  si: number,
  pair: PairPhrase,
  holds: (id: string) => boolean,
  mediators: ReadonlySet<string>,
  acted: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  for (let back = si; back >= Math.max(0, si - 2) && found.length < 2; back--) {
    const named = elementAt(a.actors, back, 'namedBack: sentence actors').candidates.filter(
      (c) => (back < si || c.end <= pair.start) && isPerson(a, c.actorId) && !mediators.has(c.actorId),
    );
    for (const c of [...named].reverse()) {
      const id = c.actorId;
      if (found.length < 2 && !found.includes(id) && acted.has(id) && holds(id) && !sharesStateWith(a, found, id))
        found.push(id);
    }
  }
  return found;
}

/**
 * "He received Faisal bin Farhan in Tehran, where both parties agreed", "X met Y on Monday, and the two sides agreed",
 * "Modi hosted Prabowo on Sunday, and the two signed a pact": "the sides", "both parties" and "the two" (acting) stand
 * for the actors its own sentence names before it (a "he" or "she" too), latest
 * first, ahead of an event of the sentences before — when they are exactly two, neither a mediator, and not two of one
 * state ("Putin and Lavrov" are one side); else none.
 */
function sidesOfOwnSentence(
  a: ArticleActors,
  si: number,
  pair: PairPhrase,
  mediators: ReadonlySet<string>,
  pronoun: PronounResolver,
): string[] | null {
  const tokens = elementAt(a.sentences, si, 'sidesOfOwnSentence: sentence').tokens;
  if (!SIDES.test(tokens[pair.end - 1]?.norm ?? '') && pair.sidesOnly !== 2) return null;
  const candidates = elementAt(a.actors, si, 'sidesOfOwnSentence: sentence actors').candidates;
  // (A capital after "in" or "at" is where they met, no side: "Modi hosted Prabowo in New Delhi, and the two signed".)
  const isVenue = (c: Candidate) => c.form === 'capital' && LOCATIVE_PREPOSITION.test(tokens[c.start - 1]?.norm ?? '');
  const named = candidates
    .filter((c) => c.end <= pair.start && c.form !== 'adjective' && !isVenue(c))
    .map((c) => ({ id: c.actorId, at: c.start }));
  tokens.slice(0, pair.start).forEach((t, k) => {
    const id = PERSON_SUBJECT_PRONOUN.test(t.norm) && !t.quoted ? pronoun(t.norm, k) : null;
    if (id && !candidates.some((c) => c.start <= k && c.end > k)) named.push({ id, at: k });
  });
  const sorted = named.filter((n) => !mediators.has(n.id)).sort((x, y) => y.at - x.at);
  const ids = [...new Set(sorted.map((n) => n.id))];
  const [first, second] = ids;
  return ids.length === 2 && first && second && a.stateOf(first) !== a.stateOf(second) ? ids : null;
}

/**
 * "Meloni met separately with Macron and Fico. After three hours of discussion with Macron, both leaders issued a
 * statement": when the pair phrase's own sentence names one person before it, who was a side of a two-sided exchange
 * of the window, the pair is that exchange's sides (the one named and his partner there), latest first — not the last
 * two people named (Macron and Fico never met). Null when the sentence names no person or more than one.
 */
function partnersOfOneNamed(
  a: ArticleActors,
  si: number,
  pair: PairPhrase,
  earlier: readonly EventMention[],
  windowStart: number,
): string[] | null {
  if (!pair.person) return null;
  const candidates = elementAt(a.actors, si, 'partnersOfOneNamed: sentence actors').candidates;
  const named = [
    ...new Set(candidates.filter((c) => c.end <= pair.start && isPerson(a, c.actorId)).map((c) => c.actorId)),
  ];
  const [one] = named;
  if (named.length !== 1 || !one) return null;
  const exchange = latest(earlier, (e) => {
    const sides = sidesWithoutMediators(e);
    return (
      e.evidence.start >= windowStart &&
      ONTOLOGY[e.type].symmetric &&
      sides.length === 2 &&
      sides.some((p) => p.actorId === one)
    );
  });
  return exchange
    ? sidesWithoutMediators(exchange)
        .map((p) => p.actorId)
        .reverse()
    : null;
}

/**
 * "Putin met Kim Jong Un in Pyongyang. The two countries signed a mutual defence pact": the states of the people the
 * window names, latest first, to complete the states named — the pair stands for them only when they make exactly two
 * together ("Biden met Blinken" names one; Trump, Aliyev and Pashinyan three).
 */
function statesOfPeople(a: ArticleActors, si: number, pair: PairPhrase, mediators: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let back = si; back >= Math.max(0, si - 2); back--) {
    const people = elementAt(a.actors, back, 'statesOfPeople: sentence actors').candidates.filter(
      (c) => (back < si || c.end <= pair.start) && isPerson(a, c.actorId) && !mediators.has(c.actorId),
    );
    for (const c of [...people].reverse()) {
      const state = a.stateOf(c.actorId);
      if (state !== c.actorId && !isPerson(a, state) && !found.includes(state)) found.push(state);
    }
  }
  return found;
}

/**
 * "the (foreign) ministers", "the two presidents": a pair phrase whose head is a title fits only a person whose known
 * title has it, or holds a minister's office ("Secretary of State" is one of "the foreign ministers"), of the
 * portfolio named; so a president is none of "the ministers". A person of unknown title fits.
 */
function holdsTitleOf(a: ArticleActors, phrase: readonly Token[]): (id: string) => boolean {
  const head = phrase.at(-1)?.norm ?? '';
  // ("the top diplomats" hold the foreign office; "the heads of state" lead.)
  const held = head === TOP_DIPLOMATS.head ? 'foreign' : HEADS_OF_WHAT.test(head) ? 'leader' : null;
  const title = TITLED_PAIR_HEAD.get(head);
  if (title === undefined && held === null) return () => true;
  const portfolio = phrase.find((t) => MINISTRY_ADJECTIVE.test(t.norm))?.norm;
  const text = phrase.map((t) => t.norm).join(' ');
  const namesLeaderMinisters = HEAD_OF_GOVERNMENT_TITLES.some((t) => text.includes(t));
  const wanted = held ?? (portfolio === undefined ? null : officeOf(portfolio));
  return (id) => {
    const role = a.roleOf.get(id);
    // ("Putin and his Turkish counterpart Tayyip Erdogan ... the two presidents": a counterpart holds the owner's title.)
    if (role === undefined || COUNTERPART.test(role.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return true;
    const office = officeOf(role);
    if (wanted !== null) return office === wanted;
    // ("Tusk met Macron. Sikorski was in Weimar with his counterparts. The ministers agreed": a prime minister leads,
    // and is none of "the ministers"; but one of "the two prime ministers".)
    if (title === 'minister' && office === 'leader' && !namesLeaderMinisters) return false;
    // ("the two presidents" after "Vice President Delcy Rodriguez ... Maduro": a vice president is none of them.)
    const second = role.split(/[\s-]+/).some((w) => SECOND_IN_OFFICE.test(w.toLowerCase()));
    return (
      (title !== undefined && !second && role.toLowerCase().includes(title)) ||
      (title === 'minister' && office !== null && office !== 'leader')
    );
  };
}

/**
 * "He was greeted by Kim", "Modi visited Ukraine, where he met Zelensky": "he" and "she" act as the person they stand
 * for (the subject of their clause, else of the sentence, else of the sentences before).
 */
function resolvePronouns(
  a: ArticleActors,
  si: number,
  clause: readonly number[],
  pronoun: PronounResolver,
  triggerAt: ReadonlySet<number>,
): void {
  const tokens = elementAt(a.sentences, si, 'resolvePronouns: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolvePronouns: sentence actors').candidates;
  tokens.forEach((x, p) => {
    // "Mali's junta said it condemned the sanctions": "it" after a verb of saying is the one who says.
    const said =
      x.norm === 'it' &&
      (isReporting(tokens[p - 1] ?? x) || (tokens[p - 1]?.norm === 'that' && isReporting(tokens[p - 2] ?? x)));
    const acting = x.norm === 'it' && !said && isActingIt(tokens, p, triggerAt);
    const accused = x.norm === 'it' && !said && !acting && isAccusedIt(tokens, p, triggerAt);
    if (accused && !x.quoted) {
      const id = accusedItReferent(a, si, p);
      if (id) insertAfter(candidates, p, [referred(id, p, p + 1, 'STATE')]);
      return;
    }
    if ((!PERSON_PRONOUN.test(x.norm) && !said && !acting) || x.quoted) return;
    // "In his conversation with Biden, Modi briefed him": "him" is the person before who is not the clause's subject.
    const id =
      x.norm === 'him'
        ? objectPronoun(a, si, clause, p)
        : said
          ? subjectOf(a, si, p, false)
          : acting
            ? actingItReferent(a, si, p)
            : pronoun(x.norm, p);
    if (id) insertAfter(candidates, p, [referred(id, p, p + 1, said || acting ? 'STATE' : 'PERSON')]);
  });
}

/**
 * "“I met Putin on Monday,” Biden said": "I" in a quotation is its speaker; "“We condemn the strikes,” the Kremlin
 * said": "we" is the speaker's state or organisation (a person's, if the article gives one; the speaker itself if it
 * is one). Nobody when the sentence names no speaker of the quotation.
 */
function resolveQuotedFirstPerson(a: ArticleActors, si: number): void {
  const tokens = elementAt(a.sentences, si, 'resolveQuotedFirstPerson: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveQuotedFirstPerson: sentence actors').candidates;
  tokens.forEach((x, p) => {
    const self = SPEAKER_SELF.test(x.norm);
    if (!x.quoted || (!self && !SPEAKER_SIDE.test(x.norm))) return;
    const speaker = quoteSpeaker(tokens, candidates, p);
    if (!speaker) return;
    const person = isPerson(a, speaker);
    const side = person ? a.stateOf(speaker) : speaker;
    const present = person && isEncounterOfWe(tokens, p);
    const id = self || present ? speaker : side !== speaker || !person ? side : null;
    const kind = (a.kindOf.get(id ?? '') as Candidate['kind'] | undefined) ?? 'STATE';
    if (id) insertAfter(candidates, p, [referred(id, p, p + 1, kind)]);
  });
}

/**
 * "“We had a good conversation with President Trump,” said Sheinbaum": a quoted "we" (at p) whose own clause, within a
 * few words and before any punctuation, tells of a conversation, call or meeting includes the speaker who was there.
 */
function isEncounterOfWe(tokens: readonly Token[], p: number): boolean {
  for (let k = p; k < p + WE_ENCOUNTER_WITHIN; k++) {
    const x = tokens[k + 1];
    if (x === undefined || !x.quoted) return false;
    if (WE_ENCOUNTER.test(x.norm)) return true;
    if (/[,;:.!?]/.test(x.post)) return false;
  }
  return false;
}

/**
 * The actor who says the quotation around token p: "“…,” Biden said", "“…,” said Biden", "“…,” the Kremlin said in a
 * statement", "Biden said: “…”"; null if the sentence names none.
 */
function quoteSpeaker(tokens: readonly Token[], candidates: readonly Candidate[], p: number): string | null {
  let start = p;
  while (start > 0 && tokens[start - 1]?.quoted) start--;
  let end = p;
  while (end < tokens.length && tokens[end]?.quoted) end++;
  const speaks = (k: number) => tokens[k] !== undefined && isReporting(tokens[k]);
  const after = candidates.find((c) => c.start >= end && c.start <= end + 2 && c.form !== 'adjective');
  if (after) {
    const between = tokens.slice(end, after.start);
    const opensWithVerb = between.length > 0 && speaks(end);
    if (
      between.every((t, d) => BEFORE_SPEAKER.test(t.norm) || (d === 0 && opensWithVerb)) &&
      (opensWithVerb || speaks(after.end))
    )
      return after.actorId;
  }
  const before = [...candidates].reverse().find((c) => c.end <= start && c.form !== 'adjective');
  const gap = before ? tokens.slice(before.end, start) : [];
  return before && gap.length > 0 && gap.length <= 2 && speaks(before.end) ? before.actorId : null;
}

/**
 * "It also condemned the strikes", "..., and it accused Israel": "it" opening a clause whose verb, right after it, is
 * a trigger (at a position of `triggerAt`), which a state or an organisation does — not "it is", "it will", "It also
 * comes as ...".
 */
function isActingIt(tokens: readonly Token[], p: number, triggerAt: ReadonlySet<number>): boolean {
  const before = tokens[p - 1];
  const opens = !before || /[,;:]/.test(before.post) || CLAUSE_JOINER.test(before.norm);
  const k = nextNonAdverb(tokens, p + 1);
  return opens && triggerAt.has(k) && tokens[k]?.tags.has('Verb') === true;
}

/**
 * "cut ties with Qatar, accusing it of funding terrorism", "blaming it for the attack", "urging it to withdraw": "it"
 * right after a trigger's gerund and before the "of", "for" or "to" of what it is accused of or urged to do is an actor
 * (not "calling it a provocation", "describing it as").
 */
function isAccusedIt(tokens: readonly Token[], p: number, triggerAt: ReadonlySet<number>): boolean {
  const verb = tokens[p - 1];
  return (
    verb !== undefined &&
    triggerAt.has(p - 1) &&
    verb.tags.has('Gerund') &&
    ACCUSED_IT_PREPOSITION.test(tokens[p + 1]?.norm ?? '')
  );
}

/** "over its invasion", "for its strikes": a possessive "its" that opens the reason for an act. */
function isReasonIts(a: ArticleActors, si: number, word: string, p: number): boolean {
  const tokens = elementAt(a.sentences, si, 'isReasonIts: sentence').tokens;
  return word === 'its' && REASON_PREPOSITION.test(tokens[p - 1]?.norm ?? '');
}

/** The prepositions that open the reason for an act: "sanctions on Russia over its invasion", "for its strikes". */
const REASON_PREPOSITION = /^(?:over|for)$/;

/** The prepositions after an accused or urged "it": "accusing it of", "blaming it for", "urging it to". */
const ACCUSED_IT_PREPOSITION = /^(?:of|for|to)$/;

/**
 * The state or organisation an accused "it" at token p stands for: the last one named before it in its sentence, not
 * a possessor ("Iran's programme") and not its sentence's subject, who accuses ("Saudi Arabia cut ties with Qatar,
 * accusing it": Qatar); none when only the subject is named.
 */
function accusedItReferent(a: ArticleActors, si: number, p: number): string | null {
  const candidates = elementAt(a.actors, si, 'accusedItReferent: sentence actors').candidates;
  const subject = firstSubject(a, si, p, (id) => !isPerson(a, id));
  const last = [...candidates]
    .reverse()
    .find((c) => c.end <= p && !c.possessive && c.form !== 'adjective' && !isPerson(a, c.actorId));
  return last && last.actorId !== subject ? last.actorId : null;
}

/** The state or organisation an acting "it" at token p stands for: the subject before it, else of the two sentences before. */
function actingItReferent(a: ArticleActors, si: number, p: number): string | null {
  const isActor = (id: string) => !isPerson(a, id);
  let found = firstSubject(a, si, p, isActor);
  for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--)
    found = firstSubject(a, back, Infinity, isActor);
  return found;
}

/**
 * "him" at token p: the last person before it who is not the subject of its verb (named right before that verb, else
 * the first of its clause); none in its sentence, the subject of the sentences before ("Macron arrived in Kyiv.
 * Zelensky welcomed him"), if not that subject.
 */
function objectPronoun(a: ArticleActors, si: number, clause: readonly number[], p: number): string | null {
  const candidates = elementAt(a.actors, si, 'objectPronoun: sentence actors').candidates;
  const persons = candidates.filter((c) => c.end <= p && isPerson(a, c.actorId) && genderFits(a, c.actorId, 'male'));
  const tokens = elementAt(a.sentences, si, 'objectPronoun: sentence').tokens;
  const subjectId = ownSubject(tokens, persons, p) ?? subjectOf(a, si, p, true, clause);
  const here = [...persons].reverse().find((c) => c.actorId !== subjectId)?.actorId;
  if (here) return here;
  for (let back = si - 1; back >= Math.max(0, si - 2); back--) {
    const before = subjectOf(a, back, Infinity, true);
    if (before) return before !== subjectId && genderFits(a, before, 'male') ? before : null;
  }
  return null;
}

/**
 * The person who does the deed of the verb right before an object pronoun at p, when the sentence names them right
 * before that verb, which a nearer person of an earlier clause would otherwise be taken for: "Modi arrived in Moscow,
 * where Putin welcomed him", "Putin said that Trump met him", "When Kishida arrived, Biden greeted him" (the verb's
 * subject, not an object: "Trump met Putin and thanked him" has none); "Modi thanked Putin for hosting him" (the one a
 * "for" gerund tells of). Null when no such person stands there.
 */
function ownSubject(tokens: readonly Token[], persons: readonly Candidate[], p: number): string | null {
  let v = p - 1;
  while (v > 0 && tokens[v]?.tags.has('Adverb')) v--;
  const verb = tokens[v];
  if (!verb?.tags.has('Verb')) return null;
  if (/ing$/.test(verb.norm) && tokens[v - 1]?.norm === 'for')
    return persons.find((c) => c.end === v - 1 && !/[,;:]/.test(tokens[c.end - 1]?.post ?? ''))?.actorId ?? null;
  let k = v - 1;
  while (k > 0 && (tokens[k]?.tags.has('Adverb') || tokens[k]?.tags.has('Auxiliary'))) k--;
  const subject = persons.find((c) => c.end === k + 1);
  const before = subject ? tokens[subject.start - 1] : undefined;
  // (A name after a verb or a preposition is its object, and a comma ends the phrase the name heads.)
  if (!subject || /[,;:]/.test(tokens[k]?.post ?? '')) return null;
  if (before && (before.tags.has('Preposition') || (before.tags.has('Verb') && !before.tags.has('Auxiliary'))))
    return null;
  return subject.actorId;
}

/**
 * "He held talks with his Turkish counterpart", "Fidan later met his Russian counterpart": the one person of the
 * article who holds the office of the possessor ("his") in another state (in the state named, if one is). A name
 * after it wins ("his Chinese counterpart Wang Yi", "his counterpart in Kathmandu, K P Sharma Oli"); none found, the
 * state named stays ("his Turkish counterpart": Turkey).
 */
function resolveCounterparts(a: ArticleActors, si: number, pronoun: PronounResolver): void {
  const tokens = elementAt(a.sentences, si, 'resolveCounterparts: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveCounterparts: sentence actors').candidates;
  tokens.forEach((x, k) => {
    const det = counterpartStart(tokens, k);
    if (det < 0 || isNamedAfter(a, si, k)) return;
    const inside = candidates.filter((c) => c.start >= det && c.end <= k + 1);
    if (inside.some((c) => isPerson(a, c.actorId))) return;
    // ("The ministers thanked their Ukrainian counterpart": many owners, no one office; the state's one officeholder.)
    const many = !ONE_PERSON_POSSESSIVE.test(tokens[det]?.norm ?? '');
    const owner = many ? null : pronoun(tokens[det]?.norm ?? '', det);
    const stateInside = inside.find((c) => a.kindOf.get(c.actorId) === 'STATE');
    // ("her counterpart from Latvia": the one state after "from".)
    const from = stateInside ? [] : statesFrom(a, si, k);
    const fromOne = from.length === 1 ? from[0] : undefined;
    const state = stateInside?.actorId ?? fromOne?.actorId ?? (owner ? coordinatedState(a, si, det, owner) : undefined);
    const namedHere = owner && !many ? counterpartOf(a, owner, state, { si, p: det }) : null;
    const id = many
      ? state
        ? onlyOfficeholderOf(a, state)
        : null
      : owner
        ? (namedHere ?? (fromOne ? null : officeholderFor(a, owner, state)))
        : null;
    if (!id) return;
    for (const c of fromOne ? [...inside, fromOne] : inside) candidates.splice(candidates.indexOf(c), 1);
    insertAfter(candidates, det, [referred(id, det, fromOne?.end ?? k + 1, 'PERSON', x.possessive)]);
  });
}

/**
 * "separate phone calls with his Russian and Ukrainian counterparts", "met her French, German and Italian
 * counterparts": one person's counterparts of several states, each the officeholder of its state matching the
 * owner's office (named in the article, else the gazetteer's for the article's date). All or nothing: a state whose
 * counterpart is not known leaves the phrase to the group reading ("Russian counterparts": Russia).
 */
function resolveCounterpartList(a: ArticleActors, si: number, pronoun: PronounResolver): void {
  const tokens = elementAt(a.sentences, si, 'resolveCounterpartList: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveCounterpartList: sentence actors').candidates;
  tokens.forEach((x, k) => {
    if (!COUNTERPARTS.test(x.norm)) return;
    const det = counterpartListStart(tokens, k);
    if (det < 0 || !ONE_PERSON_POSSESSIVE.test(tokens[det]?.norm ?? '')) return;
    const inside = candidates.filter((c) => c.start > det && c.end <= k + 1);
    const before = inside.filter((c) => a.kindOf.get(c.actorId) === 'STATE');
    // ("met his counterparts from Germany, France and Poland": the states follow.)
    const after = before.length === 0 ? statesFrom(a, si, k) : [];
    const states = before.length > 0 ? before : after;
    const owner = pronoun(tokens[det]?.norm ?? '', det);
    if (states.length < 2 || owner === null) return;
    // (States after "from" take only counterparts the article names: "his counterparts from Brazil and Mexico", none
    // named, stay the states, as a reader labels them.)
    const people = states.map((c) => {
      const named = counterpartOf(a, owner, c.actorId, { si, p: det });
      const id = named ?? (after.length > 0 ? null : officeholderFor(a, owner, c.actorId));
      return id === null ? null : referred(id, c.start, c.end, 'PERSON');
    });
    if (people.some((p) => p === null)) return;
    for (const c of after.length > 0 ? after : candidates.filter((y) => y.start > det && y.end <= k + 1))
      candidates.splice(candidates.indexOf(c), 1);
    insertAfter(
      candidates,
      after.length > 0 ? k : det,
      people.filter((p) => p !== null),
    );
  });
}

/**
 * The states listed after "counterpart(s)" at k by "from": "his counterparts from Germany, France and Poland", "her
 * counterpart from Latvia" — state candidates one after another, joined by commas or "and"; none if "from" is not next.
 */
function statesFrom(a: ArticleActors, si: number, k: number): Candidate[] {
  const tokens = elementAt(a.sentences, si, 'statesFrom: sentence').tokens;
  if (!COUNTERPART_SOURCE.test(tokens[k + 1]?.norm ?? '')) return [];
  const candidates = elementAt(a.actors, si, 'statesFrom: sentence actors').candidates;
  const found: Candidate[] = [];
  let at = k + 2;
  for (;;) {
    const c = candidates.find((y) => y.start === at && y.form !== 'adjective');
    if (!c || a.kindOf.get(c.actorId) !== 'STATE') return found;
    found.push(c);
    at = tokens[c.end]?.norm === 'and' ? c.end + 1 : /,/.test(tokens[c.end - 1]?.post ?? '') ? c.end : -1;
    if (at < 0) return found;
  }
}

/** Where "his Russian and Ukrainian counterparts" ending at k starts: its possessive, past capitalised words, "and", commas. */
function counterpartListStart(tokens: readonly Token[], k: number): number {
  let det = k - 1;
  while (det >= k - COUNTERPART_LIST_WORDS && (tokens[det]?.capitalised || tokens[det]?.norm === 'and')) det--;
  return PERSON_POSSESSIVE.test(tokens[det]?.norm ?? '') ? det : -1;
}

/** How many words a list of states before "counterparts" may take: "French, German and Italian". */
const COUNTERPART_LIST_WORDS = 6;

/** Where "his (Turkish) counterpart" ending at token k starts, at "his"/"her"/"their"; -1 when k ends no such phrase. */
function counterpartStart(tokens: readonly Token[], k: number): number {
  if (!COUNTERPART.test(tokens[k]?.norm ?? '')) return -1;
  let det = k - 1;
  while (det >= k - 2 && tokens[det]?.capitalised) det--;
  return PERSON_POSSESSIVE.test(tokens[det]?.norm ?? '') ? det : -1;
}

/**
 * A person named with "counterpart" ("his Chinese counterpart Wang Yi"), or after a comma within a few words: "his
 * counterpart, Peter Szijjarto", "his counterpart in Kathmandu, K P Sharma Oli".
 */
function isNamedAfter(a: ArticleActors, si: number, k: number): boolean {
  const tokens = elementAt(a.sentences, si, 'isNamedAfter: sentence').tokens;
  return elementAt(a.actors, si, 'isNamedAfter: sentence actors').candidates.some(
    (c) =>
      isPerson(a, c.actorId) &&
      ((c.start <= k + 1 && c.end > k) ||
        (c.start > k && c.start <= k + 5 && /,/.test(tokens[c.start - 1]?.post ?? ''))),
  );
}

/**
 * "talks with the Qatari Emir and his counterpart": the state of the actor joined to "his counterpart" by "and" right
 * before it, when it is another state than the owner's (Qatar's foreign minister, not the one the article names next).
 */
function coordinatedState(a: ArticleActors, si: number, det: number, owner: string): string | undefined {
  const tokens = elementAt(a.sentences, si, 'coordinatedState: sentence').tokens;
  if (tokens[det - 1]?.norm !== 'and') return undefined;
  const joined = elementAt(a.actors, si, 'coordinatedState: sentence actors').candidates.find(
    (c) => c.end === det - 1 && c.form !== 'adjective',
  );
  const state = joined ? a.stateOf(joined.actorId) : undefined;
  return state !== undefined && a.kindOf.get(state) === 'STATE' && state !== a.stateOf(owner) ? state : undefined;
}

/**
 * The one person of the article with the owner's office in another state (in `state`, if given); null if not one.
 * With no state named, only a person named before the phrase (at sentence `at.si`, token `at.p`) counts: "He met his
 * counterpart in Doha. ... Saudi Foreign Minister Faisal bin Farhan arrived" does not make the later one the
 * counterpart met.
 */
function counterpartOf(
  a: ArticleActors,
  owner: string,
  state: string | undefined,
  at: { si: number; p: number },
): string | null {
  const office = officeOf(a.roleOf.get(owner));
  if (office === null) return null;
  const found = new Set<string>();
  for (const [si, { candidates }] of a.actors.entries())
    for (const c of candidates) {
      const theirs = a.stateOf(c.actorId);
      const before = si < at.si || (si === at.si && c.start < at.p);
      if (
        (state !== undefined || before) &&
        c.actorId !== owner &&
        isPerson(a, c.actorId) &&
        theirs !== c.actorId &&
        theirs !== a.stateOf(owner) &&
        (state === undefined || theirs === state) &&
        officeOf(a.roleOf.get(c.actorId)) === office
      )
        found.add(c.actorId);
    }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * "Modi held talks with his Japanese counterpart" (2025-03-10), no Japanese leader named in the article: whoever held
 * the owner's office in the state named on the article's date, if the gazetteer knows exactly one (Shigeru Ishiba).
 */
function officeholderFor(a: ArticleActors, owner: string, state: string | undefined): string | null {
  const wanted = wantedOffice(a.roleOf.get(owner));
  if (state === undefined || a.stateOf(owner) === state || wanted === null || !a.officeholder) return null;
  return a.officeholder(state, wanted);
}

/**
 * The gazetteer's office of a role, for its counterpart: a foreign or defence minister's; a head of government's
 * ("Prime Minister", HEAD_OF_GOVERNMENT_TITLES); a head of state's with the same title ("President"). None for a
 * deputy, a vague "leader", or another portfolio (the gazetteer dates no finance ministers).
 */
function wantedOffice(role: string | undefined): OfficeWanted | null {
  const office = officeOf(role);
  if (role === undefined || role.split(/[\s-]+/).some((w) => SECOND_IN_OFFICE.test(w.toLowerCase()))) return null;
  if (office === 'foreign') return { kind: 'foreignMinister' };
  if (office === 'defence') return { kind: 'defenceMinister' };
  const top = office === 'leader' ? TOP_ROLE.exec(role)?.[0].toLowerCase() : undefined;
  if (top === undefined || LEADER_WORD.test(top)) return null;
  return HEAD_OF_GOVERNMENT_TITLES.includes(top)
    ? { kind: 'headOfGovernment' }
    : { kind: 'headOfState', titleWord: top };
}

/** The one person of the article who holds an office (one COUNTERPART_OFFICES or a leader's) for `state`; null if not one. */
function onlyOfficeholderOf(a: ArticleActors, state: string): string | null {
  const found = new Set<string>();
  for (const { candidates } of a.actors)
    for (const c of candidates)
      if (isPerson(a, c.actorId) && a.stateOf(c.actorId) === state && officeOf(a.roleOf.get(c.actorId)) !== null)
        found.add(c.actorId);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The office a role names, for matching counterparts: "leader" for a top title, else COUNTERPART_OFFICES; null if none. */
function officeOf(role: string | undefined): string | null {
  if (role === undefined || OUT_OF_OFFICE_ROLE.test(role)) return null;
  if (TOP_ROLE.test(role)) return 'leader';
  const lower = role.toLowerCase();
  return COUNTERPART_OFFICES.find((o) => o.roleWords.some((w) => lower.includes(w)))?.office ?? null;
}

/**
 * "the sanctions imposed on the country", "the Gulf kingdom mediated", "the bloc also condemned Belarus": the last
 * state named, in the sentence or the one before (a state named where something happened counts, "Modi arrived in
 * Nepal ... the country"; a city does not stand for its state here, "talks in Riyadh"), or the organisation that was
 * the subject there. The phrase stands for that actor alone: "the Iran-backed group" is not Iran, nor "the Yemeni
 * group" Yemen, when an organisation just acted.
 */
function resolveActorNouns(a: ArticleActors, si: number): void {
  const tokens = elementAt(a.sentences, si, 'resolveActorNouns: sentence').tokens;
  const candidates = elementAt(a.actors, si, 'resolveActorNouns: sentence actors').candidates;
  tokens.forEach((x, p) => {
    const kind =
      COUNTRY_NOUN.test(x.norm) || isModifiedState(tokens, p)
        ? 'STATE'
        : ORGANISATION_NOUN.test(x.norm)
          ? 'ORGANIZATION'
          : null;
    const from = kind ? referringStart(tokens, p) : -1;
    if (!kind || from < 0 || !isOpenNoun(a, candidates, kind, from, p)) return;
    if (kind === 'ORGANIZATION' && tokens[p + 1]?.norm === 'of' && !x.possessive) return;
    // ("Russia launched drones at Ukraine, the country's air force said": a possessive or an object is the last named.)
    // ("Japan condemned the reclusive state": right after a verb, the phrase is its object; but "the Kremlin said the
    // country would retaliate": a verb of saying opens a clause with its own subject.)
    const verb = tokens[from - 1];
    const object =
      verb !== undefined &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Auxiliary') &&
      !verb.tags.has('Copula') &&
      !isReporting(verb);
    const acting = !x.possessive && !object && isSubjectLike(tokens, referred('', from, p + 1, kind));
    const before = actorNounReferent(a, si, kind, from, acting ? 'subject' : object ? 'object' : 'other');
    if (!before) return;
    for (const c of candidates.filter((y) => y.start >= from && y.end <= p + 1))
      candidates.splice(candidates.indexOf(c), 1);
    insertAfter(candidates, p, [referred(before, from, p + 1, kind, x.possessive)]);
  });
}

/**
 * "the Gulf state", "the reclusive state": a lower-case "state" after a modifier, heading its phrase (not "the state
 * media", "the state of emergency").
 */
function isModifiedState(tokens: readonly Token[], p: number): boolean {
  const x = tokens[p];
  const next = tokens[p + 1];
  return (
    x !== undefined &&
    MODIFIED_COUNTRY_NOUN.test(x.norm) &&
    !x.capitalised &&
    referringStart(tokens, p) < p - 1 &&
    (next === undefined ||
      /[,;:]/.test(x.post) ||
      (next.norm !== 'of' && !next.tags.has('Noun')) ||
      next.tags.has('Verb'))
  );
}

/**
 * The noun at p of a phrase from `from` names no actor itself: no mention covers it, or (for an organisation) only a
 * state's people ("the Yemeni group", "the Palestinian group") with no name after it ("the Palestinian group Islamic
 * Jihad").
 */
function isOpenNoun(a: ArticleActors, cs: readonly Candidate[], kind: string, from: number, p: number): boolean {
  const covering = cs.filter((c) => c.start <= p && c.end > p);
  if (covering.length === 0) return true;
  return (
    kind === 'ORGANIZATION' &&
    !cs.some((c) => c.start === p + 1) &&
    covering.every(
      (c) =>
        c.start > from &&
        c.end === p + 1 &&
        a.kindOf.get(c.actorId) === 'STATE' &&
        /^(?:members|adjective)$/.test(c.form),
    )
  );
}

/**
 * The actor "the country" or "the bloc" (a phrase starting at `from` in sentence si) refers to, if any: for a state,
 * the one that acted when the phrase acts itself (`position` a subject, no possessive), else the last one named (not,
 * for the object of a verb, the subject of that verb).
 */
function actorNounReferent(
  a: ArticleActors,
  si: number,
  kind: string,
  from: number,
  position: 'subject' | 'object' | 'other',
): string | null {
  const acting = position === 'subject';
  // ("The EU imposed sanctions on Rosneft and Lukoil. The sanctions, announced by the bloc": the organisation that
  // acted, the subject, not the last one named.)
  const isOrganisation = (id: string) => a.kindOf.get(id) === 'ORGANIZATION';
  // (An organisation stays the topic longer than a state named in passing: "Hamas wrote in a statement ... It also
  // stated ... The group accused Israel": the subject of the two sentences before.)
  if (kind === 'ORGANIZATION') {
    let found = firstSubject(a, si, from, isOrganisation);
    for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--)
      found = firstSubject(a, back, Infinity, isOrganisation);
    return found;
  }
  // ("Nepal criticised India on Sunday. The landlocked country": the state that acted, before the last one named.)
  const isState = (id: string) => a.kindOf.get(id) === 'STATE';
  const subject = !acting
    ? null
    : (firstSubject(a, si, from, isState) ?? (si > 0 ? firstSubject(a, si - 1, Infinity, isState) : null));
  if (subject) return subject;
  const named = (cs: SentenceActors) => [...cs.candidates, ...cs.places.filter((x) => x.form === 'name')];
  const here = elementAt(a.actors, si, 'actorNounReferent: sentence actors');
  // ("Japan condemned the reclusive state": an object is not its own clause's subject, which would say "itself".)
  const own = position === 'object' ? firstSubject(a, si, from, isState) : null;
  const previous = si > 0 ? elementAt(a.actors, si - 1, 'actorNounReferent: previous sentence actors') : undefined;
  return (
    lastOfKind(
      a,
      named(here).filter((c) => c.end <= from && c.actorId !== own),
      kind,
    )?.actorId ??
    (previous ? lastOfKind(a, named(previous), kind)?.actorId : undefined) ??
    null
  );
}

/** Where "the … country" ending at noun p starts: at its "the", past up to three modifiers; -1 when it is not one. */
function referringStart(tokens: readonly Token[], p: number): number {
  let k = p - 1;
  while (k >= p - 3 && isReferringModifier(tokens[k])) k--;
  return tokens[k]?.norm === 'the' ? k : -1;
}

/** "Gulf", "war-torn", "27-member", "militant": a modifier that keeps the noun the actor named before. */
const isReferringModifier = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.norm !== 'the' &&
  !OTHER_THAN_NAMED.test(t.norm) &&
  (t.capitalised || t.tags.has('Hyphenated') || REFERRING_MODIFIER.test(t.norm));

/** The actor of a kind (a state, an organisation) named last among actors or places. */
function lastOfKind(a: ArticleActors, cs: readonly { actorId: string; start: number; end: number }[], kind: string) {
  return [...cs]
    .sort((x, y) => x.start - y.start)
    .reverse()
    .find((c) => a.kindOf.get(c.actorId) === kind);
}
