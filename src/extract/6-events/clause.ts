import { actorId } from '../../domain/ids';
import type { Participant } from '../../domain/types';
import { isTitleWord, type Mention } from '../3-mentions';
import type { Sentence, Token } from '../2-sentences';
import { TRIGGERS, type TriggerRule } from './triggers';
import { CLAUSE_OPENERS, FRONTING, LEADING, LIST_OPENER, PREPOSITIONS } from '../lexicon/grammar';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/determiners';
import { QUANTITY } from '../lexicon/force';
import { ACTING_FOR } from '../lexicon/officials';
import { APPOSITIVE_WORD, ITEM_CIRCUMSTANCE, PERSON_DETERMINER, RELATIVE } from '../lexicon/reference';
import { REPORTING_VERB } from '../lexicon/reporting';

/**
 * The sentence as the event stage sees it: its clauses, its trigger words, the actors
 * that can take part (candidates), and the groups they form ("Rubio and Lavrov").
 * The other modules of the stage read a sentence only through these.
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
      (/[;:]/.test(prev.post) || (/,/.test(prev.post) && CLAUSE_OPENERS.has(t.norm) && !isListItem(tokens, k)))
    )
      id++;
    ids.push(id);
  });
  return ids;
}

/**
 * "met Ushakov, and the head of the Orthodox Church, Patriarch Kirill, in Moscow this week", "a quartet of the AU, the
 * UN, the EU, and the US, to mediate": an ", and" adds to a list, and opens no clause, when no verb follows it before
 * the sentence ends, or none comes between the commas on either side of it.
 */
function isListItem(tokens: readonly Token[], and: number): boolean {
  if (tokens[and]?.norm !== 'and') return false;
  const verbless = (from: number, to: number) => tokens.slice(from, to).every((t) => !t.tags.has('Verb'));
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

/**
 * Where a dateline ends ("WASHINGTON -", "Metro Manila (CNN Philippines, November 18) —"): the place and agency of
 * the report, no actor of its news; 0 when the sentence opens with none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  // (A dash set off by spaces, not the hyphen of "Duda-Nauseda".)
  const k = tokens.findIndex(
    (t, j) =>
      j < DATELINE_WORDS && /(?:[-—–]|--)$/.test(t.post) && (tokens[j + 1]?.start ?? -1) > t.end + t.post.length,
  );
  // (Names and figures only: "Modi and Oli spoke – for the first time" has no dateline.)
  return k >= 0 && tokens.slice(0, k + 1).every((t) => t.capitalised || /^\d+$/.test(t.norm)) ? k + 1 : 0;
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
    for (const rule of TRIGGERS) {
      const end = rule.word.test(tokens[k]?.norm ?? '') ? spanEnd(rule, tokens, clause, k) : null;
      if (end === null) continue;
      found.push({ rule, at: k, end });
      // A short span is one phrase ("phone call", "held talks with"); a long one may hold triggers of its own
      // ("called Israel’s war with Hamas “genocide”").
      if (end - k <= PHRASE_SPAN) k = end - 1;
      break;
    }
  }
  return found;
}

/** Where the rule's trigger at token k ends (after its required following word), or null if the rule does not fit. */
function spanEnd(rule: TriggerRule, tokens: readonly Token[], clause: readonly number[], k: number): number | null {
  const inClause = (j: number) => j >= 0 && j < tokens.length && clause[j] === clause[k];
  if (rule.notFollowedBy && tokens[k + 1] && rule.notFollowedBy.test(tokens[k + 1]?.norm ?? '')) return null;
  // ("a series of strikes", "a new round of sanctions": the "of" of a quantity, not of "prisoners of war".)
  const quantityOf = tokens[k - 1]?.norm === 'of' && QUANTITY.test(tokens[k - 2]?.norm ?? '');
  if (rule.notPrecededBy && tokens[k - 1] && rule.notPrecededBy.test(tokens[k - 1]?.norm ?? '') && !quantityOf)
    return null;
  if (rule.afterHyphen && !(tokens[k - 1]?.post === '-')) return null;
  const { needsBefore, needsAfter } = rule;
  if (needsBefore) {
    // ("a “harsh, but appropriate” conversation": words quoted inside the phrase do not count.)
    const before: number[] = [];
    for (let j = k - 1; j >= 0 && before.length < 3 && inClause(j); j--)
      if (!tokens[j]?.quoted || tokens[k]?.quoted) before.push(j);
    const followed =
      rule.orFollowedBy !== undefined && k + 1 < tokens.length && rule.orFollowedBy.test(tokens[k + 1]?.norm ?? '');
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
  const after = Array.from({ length: rule.within ?? 8 }, (_, d) => k + 1 + d).filter(
    (j) => inClause(j) && (comma < 0 || j <= comma),
  );
  const needed = after.find((j) => needsAfter.test(tokens[j]?.norm ?? ''));
  return needed === undefined ? null : needed + 1;
}

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
}

/**
 * Candidate starting right after token p, skipping up to `skip` determiners and appositive words;
 * "Somalia’s breakaway region of Somaliland" is Somaliland.
 */
export function candidateAfter(ctx: SentenceContext, p: number, skip: number): Candidate | undefined {
  // "with the presidents of the U.S. and China", "between the foreign ministers of Armenia and Azerbaijan": the states
  // whose leaders they are.
  const tokens = ctx.s.tokens;
  const leadersOf = (k: number) => {
    let head = k;
    while (
      head < k + OFFICE_WORDS &&
      isTitleWord(tokens[head]?.norm ?? '') &&
      !ACTING_FOR.test(tokens[head]?.norm ?? '')
    )
      head++;
    return ACTING_FOR.test(tokens[head]?.norm ?? '') && tokens[head + 1]?.norm === 'of' ? head - k : -1;
  };
  const ofAt = (k: number) => {
    const extra = leadersOf(k);
    return extra < 0 ? -1 : k + extra + 1;
  };
  const c = ctx.candidates.find(
    (x) =>
      x.start > p &&
      x.start <= p + 1 + skip &&
      tokens.slice(p + 1, x.start).every((t) => SKIPPABLE.has(t.norm) || APPOSITIVE_WORD.test(t.norm)),
  );
  const start = tokens[p + 1]?.norm === 'the' && ofAt(p + 2) >= 0 ? ofAt(p + 2) : ofAt(p + 1) >= 0 ? ofAt(p + 1) : p;
  if (!c && start > p) return candidateAfter(ctx, start, 1);
  if (!c?.possessive) return c && named(ctx, c);
  const possessed = ctx.candidates.find((x) => x.start === c.end); // "Yemen’s Houthi group"
  if (possessed) return possessed;
  const of = tokens.findIndex((t, k) => k >= c.end && k <= c.end + 3 && t.norm === 'of');
  const owned =
    of < 0
      ? undefined
      : ctx.candidates.find((x) => x.start === of + 1 || (x.start === of + 2 && tokens[of + 1]?.norm === 'the'));
  return owned && tokens.slice(c.end, of).every((t) => !t.capitalised) ? owned : c;
}

/**
 * "met leaders including Lula and Ramaphosa", "spoke with several leaders, including Putin and Zelensky": the first
 * actor of the list that opens after a plural noun following token p (the rest are its group). Undefined when the words
 * after p are no such noun phrase ("met Lula, including ..." names an actor first; "leaders from Brazil" has no list).
 */
export function includedAfter(ctx: SentenceContext, p: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = p + 1; k < tokens.length && k <= p + 1 + INCLUDING_NOUN_WORDS; k++) {
    const word = tokens[k];
    if (word === undefined || word.capitalised || ctx.candidates.some((c) => c.start === k)) return undefined;
    const noun = tokens[k - 1];
    // (The plural noun may be the word at p itself: "sanctioned Russian officials, including Shoigu".)
    const opens =
      LIST_OPENER.test(word.norm) &&
      noun?.tags.has('Plural') === true &&
      // ("among them Rosneft": "among" opens a list only with its "them".)
      (word.norm !== 'among' || tokens[k + 1]?.norm === 'them');
    if (opens) return candidateAfter(ctx, word.norm === 'among' ? k + 1 : k, 1);
    if (/[,;:]/.test(noun?.post ?? '') && k > p + 1) return undefined;
    if (word.tags.has('Verb') && !word.tags.has('Noun')) return undefined;
  }
  return undefined;
}

/**
 * "sanctions against forty Venezuelan officials, including President Nicolás Maduro": the members a group of a state's
 * people (ending at `end`) is said to include, each reached by what reaches the group.
 */
export function includedMembers(ctx: SentenceContext, end: number): Candidate[] {
  const first = includedAfter(ctx, end - 1);
  return first ? group(ctx, first) : [];
}

/** How many words ("several world leaders") may stand between a preposition or verb and the "including" of a list. */
const INCLUDING_NOUN_WORDS = 4;

/** How many title words ("foreign", "defence") may come before the noun of those who act for states ("ministers of"). */
const OFFICE_WORDS = 2;

/**
 * "the Palestinian group Islamic Jihad": a group of a state's people followed by its name is the named group;
 * "his South African counterpart, Minister of Foreign Affairs Naledi Pandor": a state's title in apposition, the person.
 */
function named(ctx: SentenceContext, c: Candidate): Candidate {
  const group =
    c.form === 'members' ? ctx.candidates.find((x) => x.start === c.end && x.kind === 'ORGANIZATION') : undefined;
  if (group || (c.form !== 'members' && c.form !== 'adjective')) return group ?? c;
  const tokens = ctx.s.tokens;
  let k = c.end;
  while (k < tokens.length && isTitleWord(tokens[k]?.norm ?? '') && !tokens[k]?.capitalised) k++;
  // (One person is in apposition to a singular title: "with Russian officials, Lavrov said" is no apposition.)
  const apposed =
    isTitleWord(tokens[k - 1]?.norm ?? '') &&
    !/s$/.test(tokens[k - 1]?.norm ?? '') &&
    /^,$/.test(tokens[k - 1]?.post ?? '');
  return (apposed && ctx.candidates.find((x) => x.start === k && x.kind === 'PERSON')) || c;
}

/** The last word before token `at`, past determiners ("the", "his"), and not before `floor`: -1 when there is none. */
export function wordBefore(tokens: readonly Token[], at: number, floor = 0): number {
  let k = at - 1;
  while (k >= floor && SKIPPABLE.has(tokens[k]?.norm ?? '')) k--;
  return k >= floor ? k : -1;
}

/** Not the object of a preposition: can be a subject ("the leaders of Mali" counts: the leaders act for Mali). */
export function isSubjectLike(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.start === 1 && tokens[c.start]?.norm === 'him') return false; // an object pronoun
  const k = wordBefore(tokens, c.start);
  if (k < 0 || !PREPOSITIONS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'as') return true;
  if (
    tokens[k]?.norm === 'of' &&
    k > 0 &&
    (ACTING_FOR.test(tokens[k - 1]?.norm ?? '') || isTitleWord(tokens[k - 1]?.norm ?? ''))
  )
    return true;
  // "A Ukrainian delegation led by Rustem Umerov sat down with ...": the leader acts for the delegation.
  if (tokens[k]?.norm === 'by' && k > 0 && LEADING.test(tokens[k - 1]?.norm ?? '')) return true;
  // "with Moscow using Iranian drones": the actor of the gerund, not an object of "with".
  if (tokens[k]?.norm !== 'with') return false;
  let next = c.end; // "with India and Pakistan having exchanged strikes": past the rest of the list
  while (next < tokens.length && (tokens[next]?.norm === 'and' || tokens[next]?.capitalised)) next++;
  const after = tokens[next];
  return after !== undefined && (after.tags.has('Gerund') || (after.tags.has('Verb') && /ing$/.test(after.norm)));
}

/** After a candidate ending at `end`: the end of a relative clause ", who controls the army," or `end` itself. */
export function skipRelative(tokens: readonly Token[], end: number): number {
  if (!/,/.test(tokens[end - 1]?.post ?? '') || !RELATIVE.test(tokens[end]?.norm ?? '') || tokens[end]?.norm === 'that')
    return end;
  for (let k = end; k < tokens.length && k < end + 15; k++) if (/,/.test(tokens[k]?.post ?? '')) return k + 1;
  return end;
}

/**
 * A candidate and those coordinated with it ("Rubio and Lavrov", "Russia, Iran and China"). Title
 * words between them are skipped ("Maduro, and Guyanese presidents, Irfaan Ali"), as are relative
 * clauses ("Burhan, who controls the military, and Dagalo"); a state followed by a person in
 * apposition is that person ("Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali").
 */
export function group(ctx: SentenceContext, first: Candidate, andOnly = false): Candidate[] {
  const tokens = ctx.s.tokens;
  // "the two leaders": both actors it refers back to, at the same span.
  const out = [first, ...ctx.candidates.filter((x) => x !== first && x.start === first.start && x.end === first.end)];
  let from = skipRelative(tokens, first.end);
  let closed = false;
  /** Members joined by a bare comma since the last "and": kept only if an "and" closes the list. */
  let open = 0;
  let last = out.at(-1) ?? first;
  for (const c of ctx.candidates) {
    if (c.start < from || c.form === 'adjective') continue;
    // "the Caribbean Community (Caricom) and ...": an abbreviation in brackets is the same actor again.
    if (c.start === from && c.actorId === last.actorId && /\(/.test(tokens[c.start]?.pre ?? '')) {
      from = skipRelative(tokens, c.end);
      continue;
    }
    const between = wordsBetween(ctx, from, c);
    // "Foreign Minister Olivier Nduhungirehe of Rwanda and ...": the person's state, no member of its own.
    if (
      between.length === 1 &&
      between[0] === 'of' &&
      last.kind === 'PERSON' &&
      c.kind === 'STATE' &&
      c.start === from + 1
    ) {
      from = skipRelative(tokens, c.end);
      continue;
    }
    const comma = /,/.test(tokens[from - 1]?.post ?? '');
    // "A, B and C": after "and C" a comma ends the list ("between the Houthis and the US, Oman's minister said").
    // (An apposition is set off on both sides: "Venezuela, Nicolás Maduro, and"; not "South Africa, Cyril Ramaphosa and Trump had".)
    const apposition =
      between.length === 0 &&
      from === c.start &&
      last.kind === 'STATE' &&
      c.kind === 'PERSON' &&
      (/,/.test(tokens[c.end - 1]?.post ?? '') || c.end === tokens.length);
    // ("Zelensky's visit to South Africa, Cyril Ramaphosa and Trump had": a bare comma lists actors of one kind.)
    const listed =
      between.length === 0 &&
      comma &&
      !closed &&
      !andOnly &&
      ((c.kind === 'PERSON') === (last.kind === 'PERSON') || apposition);
    const joined = (between.length === 1 && between[0] === 'and') || listed || isDescribedMember(ctx, from, c);
    if (!joined) break;
    const member = apposition ? c : (ownedPerson(ctx, c) ?? named(ctx, c));
    if (apposition) out[out.length - 1] = member;
    else out.push(member);
    last = member;
    if (between.length === 1 || between[0] === 'and') open = 0;
    else if (!apposition) open++;
    closed ||= between.length === 1 || between[0] === 'and';
    from = skipRelative(tokens, member.end);
  }
  // "With Biden, PM Modi briefed him": a comma without a closing "and" ends a phrase, not a list.
  return open > 0 ? out.slice(0, out.length - open) : out;
}

/**
 * "met Yuri Ushakov, and the head of the Russian Orthodox Church, Patriarch Kirill,": after "and", a person set off by
 * commas after a description of his office (a title word, no verb, no other comma) is the member joined.
 */
function isDescribedMember(ctx: SentenceContext, from: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let and = from;
  while (and < c.start && (tokens[and]?.norm !== 'and' || tokens[and]?.quoted)) and++;
  const description = tokens.slice(and + 1, c.start);
  return (
    c.kind === 'PERSON' &&
    and < c.start &&
    tokens.slice(from, and).every((t) => !t.capitalised && !t.tags.has('Verb')) &&
    description.length <= DESCRIPTION_LENGTH &&
    /,/.test(description.at(-1)?.post ?? '') &&
    description.slice(0, -1).every((t) => !/[,;:]/.test(t.post)) &&
    description.every((t) => !t.tags.has('Verb') || isTitleWord(t.norm)) &&
    description.some((t) => isTitleWord(t.norm) && !t.capitalised) &&
    (/,/.test(tokens[c.end - 1]?.post ?? '') || c.end === tokens.length)
  );
}

/** How many words a description of an office before its holder may have ("the head of the Russian Orthodox Church"). */
const DESCRIPTION_LENGTH = 9;

/**
 * The words between a group's last member (ending at `from`) and candidate c that could join them, past titles,
 * determiners, states' adjectives and places ("Hamas and Lebanon-based Hezbollah": where a member is based is no
 * word between members).
 */
function wordsBetween(ctx: SentenceContext, from: number, c: Candidate): string[] {
  const tokens = ctx.s.tokens;
  return tokens
    .slice(from, c.start)
    .map((t) => t.norm)
    .filter(
      (w, d) =>
        !isTitleWord(w) &&
        !PERSON_DETERMINER.test(w) &&
        !ITEM_CIRCUMSTANCE.test(w) &&
        !ctx.candidates.some(
          (x) => x.form === 'adjective' && x.start >= from && x.end <= c.start && tokens[x.start]?.norm === w,
        ) &&
        !ctx.places.some((x) => x.start <= from + d && x.end > from + d) &&
        !(w === 'based' && tokens[from + d - 1]?.post === '-'),
    );
}

/** "and Pakistan's visiting Prime Minister Shehbaz Sharif": the person of a state's possessive, who is the one joined. */
function ownedPerson(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  if (!c.possessive || c.kind === 'PERSON') return undefined;
  return ctx.candidates.find(
    (x) =>
      x.kind === 'PERSON' &&
      x.start >= c.end &&
      x.start <= c.end + 4 &&
      ctx.s.tokens.slice(c.end, x.start).every((w) => !w.capitalised || isTitleWord(w.norm)),
  );
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
