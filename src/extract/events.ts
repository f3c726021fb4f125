import { ONTOLOGY, type RelationType } from '../domain/ontology';
import type { Evidence, Participant } from '../domain/types';
import type { PartialDate } from '../domain/partialDate';
import { actorId } from '../domain/ids';
import type { DateMention, NewsDay } from './dates';
import { isTitleWord, type Mention } from './mentions';
import type { Sentence, Token } from './sentences';
import { DEAL, NOT_ASSERTED, REPORTED, TRIGGERS, type TriggerRule } from './triggers';

/**
 * Stage 5: events from trigger words, with participants taken from the
 * sentence's structure: the clause subject ("Lavrov later briefed ..."), a
 * possessive or modifier on a noun ("Moscow’s invasion", "His call", "the
 * Japan-U.S. alliance"), the object ("briefed Araghchi"), "with X", "between X
 * and Y", coordinated subjects ("Russia and Iran have strengthened ties"),
 * relative clauses ("China, which brokered the agreement") and passives
 * ("mediated by Oman"). Negated, hypothetical and future mentions are not
 * events; reported ones get a lower confidence.
 */

/** One mention of an event in one sentence; merge (stage 7) joins coreferent ones. */
export interface EventMention {
  type: RelationType;
  participants: Participant[];
  date: PartialDate | null;
  location: string | null;
  confidence: number;
  evidence: Evidence;
  /** The news day, for a mention in the opening sentences that its sentence leaves undated; used only if no coreferent mention dates it. */
  leadDate?: PartialDate;
  /** From a loose trigger ("discussed", "spoke"): a CALL of the same actors in the article is the same conversation. */
  loose?: boolean;
}

/** An actor at a token span that can take part in an event (a mention, or a resolved "his"). */
interface Candidate {
  actorId: string;
  start: number;
  end: number;
  form: Mention['form'];
  possessive: boolean;
  kind: Mention['kind'];
  /** The state a domestic organisation acts for ("Democratic leaders": United States), as an actor id. */
  state: string | null;
}

const candidateOf = (id: string, m: Mention): Candidate => ({
  actorId: id, start: m.start, end: m.end, form: m.form, possessive: m.possessive, kind: m.kind, state: m.state === null ? null : actorId(m.state),
});

interface Trigger {
  rule: TriggerRule;
  /** The trigger word, and the end of its span (up to a required following word). */
  at: number;
  end: number;
}

/** An event found at a trigger, before dates and places are added. */
interface Found {
  type: RelationType;
  participants: Participant[];
  /** The date of the event a mediation resolved from the context mediates. */
  date?: PartialDate | null;
}

const PREPOSITIONS = new Set(['with', 'of', 'to', 'for', 'against', 'on', 'in', 'at', 'by', 'from', 'about', 'into', 'over', 'between', 'among', 'than', 'like', 'as', 'toward', 'towards', 'upon']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'with', 'although', 'though']);
/** Types whose events happen at a place worth recording. */
const LOCATED: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT']);
const HEDGE_WINDOW = 10;
/** "agreed to hold talks", "decided to meet", "due to visit": an agreed or scheduled event is future. */
/** Events that are occasions (a meeting, a call, a round of talks), and can be agreed or scheduled in advance. */
const OCCASIONS: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL', 'NEGOTIATION', 'BRIEFING']);
const SCHEDULED = /^(agreed|agree|agrees|agreeing|decided|decide|decides|set|scheduled|due|slated|poised|about)$/;
/** Verbs of putting a name to a text: who does it together is in one room. */
const SIGNING = /^(signed|signs|sign|signing|inked|initialed|initialled)$/;
/** Past intentions: hedges of what they aim at, not of the occasion they were pursued in. */
const PAST_INTENT = /^(sought|tried|aimed|wanted|hoped|attempted)$/;
/** Hedges that are adjectives: they hedge the noun they stand before ("potential mediation"), no other. */
const NOUN_HEDGE = /^(upcoming|future|potential|possible|proposed|prospective)$/;
/** Words opening a subordinate clause, which has its own mood: "as the sides met". */
const SUBORDINATOR = /^(as|while|when|after|because|since|where|before|until|whereas|although)$/;
/** Verbs that ask for something: the event in their "to" clause is wanted, not done. */
const DIRECTIVE = /^(urge|urges|urged|urging|ask|asks|asked|asking|press|presses|pressed|pressing|demand|demands|demanded|demanding|encourage|encourages|encouraged|encouraging|push|pushed|pushing|invite|invites|invited|inviting)$/;
/** States of affairs rather than acts: a war, an alliance, ties (not "imposed sanctions", "launched strikes"). */
const LASTING = /^(war|wars|conflict|conflicts|aggression|hostilities|alliance|alliances|ally|allies|ties|relations|partnership|relationship)$/;
/** How close a date must be to date a war or an alliance ("a war it launched in February 2022"). */
const LASTING_DATE_WINDOW = 6;
/** Words placing an event before the time the clause's date refers to. */
const PAST = /^(previously|formerly|once)$/;
/** Verbs of saying: the one who says is not the agent of what is said ("X said the talks ..."). */
const REPORTING = /^(said|says|say|told|tells|announced|announces|confirmed|confirms|added|adds|stated|states|reported|reports|noted|notes|wrote|writes|posted|insisted|stressed|explained|according)$/;
/** A verb of saying as written: "said", but not "the United States". */
const reporting = (t: Token): boolean => REPORTING.test(t.norm) && !t.capitalised;

/**
 * Verbs whose object noun is the event of their subject ("held talks", "paid a visit", "waged
 * war"); any other verb between a subject and a noun trigger makes the noun someone else's
 * event ("North Korea is supplying shells for the war against Ukraine").
 */
const SUPPORT = /^(held|hold|holds|holding|had|received|receives|has|have|having|paid|pay|pays|made|make|makes|launched|launch|launches|waged|wage|wages|began|begin|begun|started|start|starts|continued|continue|attended|attend|joined|join|is|was|are|were|be|been|being|resumed|resume|opened|open|concluded|conclude|formed|form|forged|forge|agreed|signed|reached|struck|completed|did|do|does|imposed|impose|imposes|imposing|reimposed|re-imposed|slapped|levied|extended|announced|announce|announces|announcing|ordered|orders|ordering|unveiled|unveils|unveiling|adopted|adopts|adopting|approved|approves|introduced|introduces|expanded|expands|tightened|tightens|carried|conducted|staged|exchanged|exchange|exchanging|traded|trading|led|lead|leads|leading|headed|heads|heading)$/;
/** Prepositions whose noun is an event the clause's subject takes part in ("X raised it with Y during a phone call"). */
const CIRCUMSTANTIAL = /^(during|at|in|after|following|before|since|ahead)$/;
/** Nouns of "the leaders of Mali, Burkina Faso and Niger": the states named after "of" act. */
const ACTING_FOR = /^(leaders|leader|governments|government|presidents|president|officials|delegations|delegation|heads|head|representatives|ministers|militaries|military|administration|administrations|cabinet|ministry|forces|troops|army|spokesman|spokeswoman|spokesperson)$/;
/** Relative pronouns opening a clause about the actor before them ("China, which brokered ..."). */
const RELATIVE = /^(which|who|whom|that)$/;
/** Event types a mediation is about, for a mediation whose parties the sentence leaves to the context. */
const MEDIATED: ReadonlySet<RelationType> = new Set(['AGREEMENT', 'NEGOTIATION', 'MEETING', 'CALL']);
/** What a host hosts that others hold: "hosted the talks". */
const HOSTED = /^(talks|negotiations|dialogue|discussions|meeting|meetings|summit|session)$/;
/** Verbs of holding others' talks: the host or chair of talks between others mediates them. */
const HOSTING = /^(host|chair|presid)/;
/** Words that put a conversation face to face: "spoke with X during his visit", "on the sidelines of the summit". */
const IN_PERSON = /^(visit|visits|visited|visiting|sidelines|summit|met|meeting|trip|tour|face-to-face|in-person|hosted|arrived|welcomed|greeted)$/;
/** Words that make a call of the article a phone call ("spoke by phone", "separate calls"). */
const PHONE = /^(phone|telephone|phoned|telephoned|calls?)$/;

/** Clause number of every token: ";" and ":" and ", and" / ", while" / ", with" open a new clause. */
function clauses(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    if (prev && (/[;:]/.test(prev.post) || (/,/.test(prev.post) && CLAUSE_OPENERS.has(t.norm)))) id++;
    ids.push(id);
  });
  return ids;
}

function findTriggers(tokens: readonly Token[], clause: readonly number[], covered: ReadonlySet<number>): Trigger[] {
  const found: Trigger[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered.has(k)) continue; // "Gulf Cooperation Council" is an actor, not a trigger
    for (const rule of TRIGGERS) {
      const end = rule.word.test(tokens[k].norm) ? spanEnd(rule, tokens, clause, k) : null;
      if (end === null) continue;
      found.push({ rule, at: k, end });
      k = end - 1;
      break;
    }
  }
  return found;
}

/** Where the rule's trigger at token k ends (after its required following word), or null if the rule does not fit. */
function spanEnd(rule: TriggerRule, tokens: readonly Token[], clause: readonly number[], k: number): number | null {
  const inClause = (j: number) => j >= 0 && j < tokens.length && clause[j] === clause[k];
  if (rule.notFollowedBy && tokens[k + 1] && rule.notFollowedBy.test(tokens[k + 1].norm)) return null;
  // ("a series of strikes", "a new round of sanctions": the "of" of a quantity, not of "prisoners of war".)
  const quantityOf = tokens[k - 1]?.norm === 'of' && QUANTITY.test(tokens[k - 2]?.norm ?? '');
  if (rule.notPrecededBy && tokens[k - 1] && rule.notPrecededBy.test(tokens[k - 1].norm) && !quantityOf) return null;
  if (rule.afterHyphen && !(tokens[k - 1]?.post === '-')) return null;
  if (rule.needsBefore) {
    const before = [k - 1, k - 2, k - 3].filter(inClause);
    const followed = rule.orFollowedBy !== undefined && k + 1 < tokens.length && rule.orFollowedBy.test(tokens[k + 1].norm);
    const owned = rule.orAfterPossessive === true && before.some((j) => tokens[j].possessive);
    if (!followed && !owned && !before.some((j) => rule.needsBefore!.test(tokens[j].norm))) return null;
  }
  if (!rule.needsAfter) return k + 1;
  // (Not past a comma: "with the help of China's facilitation, talks between ..." are no facilitated talks.)
  const comma = tokens.findIndex((x, j) => j >= k && /,/.test(x.post));
  const after = Array.from({ length: rule.within ?? 8 }, (_, d) => k + 1 + d).filter((j) => inClause(j) && (comma < 0 || j <= comma));
  const needed = after.find((j) => rule.needsAfter!.test(tokens[j].norm));
  return needed === undefined ? null : needed + 1;
}

/** Nouns of quantity or duration whose "of" introduces the event itself ("a wave of airstrikes", "20 years of war"). */
const QUANTITY = /^(series|wave|waves|round|rounds|barrage|spate|string|volley|salvo|salvos|package|packages|raft|set|sets|number|dozens|hundreds|thousands|years|decades|months|weeks|days)$/;

/** Token distance from position p to a trigger span (0 inside it). */
function distance(p: number, t: Trigger): number {
  return p < t.at ? t.at - p : p >= t.end ? p - t.end + 1 : 0;
}

/** The trigger a preposition at p belongs to: the nearest, the one before it on a tie. */
function owner(p: number, triggers: readonly Trigger[]): Trigger | undefined {
  let best: Trigger | undefined;
  for (const t of triggers) {
    const d = distance(p, t);
    if (!best || d < distance(p, best) || (d === distance(p, best) && t.end <= p)) best = t;
  }
  return best;
}

/** A place mention ("in Riyadh") with the state it belongs to. */
type Place = Mention & { actorId: string };

interface SentenceContext {
  s: Sentence;
  clause: number[];
  candidates: Candidate[];
  places: Place[];
  triggers: Trigger[];
  /** Resolves "his"/"its" before token p to a person / state-or-organisation. */
  pronoun: (word: string, p: number) => string | null;
}

/**
 * Candidate starting right after token p, skipping up to `skip` determiners and appositive words;
 * "Somalia’s breakaway region of Somaliland" is Somaliland.
 */
function candidateAfter(ctx: SentenceContext, p: number, skip: number): Candidate | undefined {
  // "with the presidents of the U.S. and China": the states whose leaders they are.
  const tokens = ctx.s.tokens;
  const leadersOf = (k: number) => ACTING_FOR.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of';
  const c = ctx.candidates.find((x) => x.start > p && x.start <= p + 1 + skip &&
    tokens.slice(p + 1, x.start).every((t) => SKIPPABLE.has(t.norm) || /^(ally|partner|neighbou?r|counterpart|visiting)$/.test(t.norm)));
  const start = tokens[p + 1]?.norm === 'the' && leadersOf(p + 2) ? p + 3 : leadersOf(p + 1) ? p + 2 : p;
  if (!c && start > p) return candidateAfter(ctx, start, 1);
  if (!c?.possessive) return c && named(ctx, c);
  const possessed = ctx.candidates.find((x) => x.start === c.end); // "Yemen’s Houthi group"
  if (possessed) return possessed;
  const of = tokens.findIndex((t, k) => k >= c.end && k <= c.end + 3 && t.norm === 'of');
  const owned = of < 0 ? undefined : ctx.candidates.find((x) => x.start === of + 1 || (x.start === of + 2 && tokens[of + 1].norm === 'the'));
  return owned && tokens.slice(c.end, of).every((t) => !t.capitalised) ? owned : c;
}

/** "the Palestinian group Islamic Jihad": a group of a state's people followed by its name is the named group. */
function named(ctx: SentenceContext, c: Candidate): Candidate {
  return c.form === 'members' ? ctx.candidates.find((x) => x.start === c.end && x.kind === 'ORGANIZATION') ?? c : c;
}

/** Not the object of a preposition: can be a subject ("the leaders of Mali" counts: the leaders act for Mali). */
function subjectLike(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.start === 1 && tokens[c.start].norm === 'him') return false; // an object pronoun
  let k = c.start - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k].norm)) k--;
  if (k < 0 || !PREPOSITIONS.has(tokens[k].norm) || tokens[k].norm === 'as') return true;
  if (tokens[k].norm === 'of' && k > 0 && (ACTING_FOR.test(tokens[k - 1].norm) || isTitleWord(tokens[k - 1].norm))) return true;
  // "A Ukrainian delegation led by Rustem Umerov sat down with ...": the leader acts for the delegation.
  if (tokens[k].norm === 'by' && k > 0 && /^(led|headed)$/.test(tokens[k - 1].norm)) return true;
  // "with Moscow using Iranian drones": the actor of the gerund, not an object of "with".
  if (tokens[k].norm !== 'with') return false;
  let next = c.end; // "with India and Pakistan having exchanged strikes": past the rest of the list
  while (next < tokens.length && (tokens[next].norm === 'and' || tokens[next].capitalised)) next++;
  const after = tokens[next];
  return after !== undefined && (after.tags.has('Gerund') || (after.tags.has('Verb') && /ing$/.test(after.norm)));
}

/** After a candidate ending at `end`: the end of a relative clause ", who controls the army," or `end` itself. */
function skipRelative(tokens: readonly Token[], end: number): number {
  if (!/,/.test(tokens[end - 1]?.post ?? '') || !RELATIVE.test(tokens[end]?.norm ?? '') || tokens[end].norm === 'that') return end;
  for (let k = end; k < tokens.length && k < end + 15; k++) if (/,/.test(tokens[k].post)) return k + 1;
  return end;
}

/**
 * A candidate and those coordinated with it ("Rubio and Lavrov", "Russia, Iran and China"). Title
 * words between them are skipped ("Maduro, and Guyanese presidents, Irfaan Ali"), as are relative
 * clauses ("Burhan, who controls the military, and Dagalo"); a state followed by a person in
 * apposition is that person ("Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali").
 */
function group(ctx: SentenceContext, first: Candidate, andOnly = false): Candidate[] {
  const tokens = ctx.s.tokens;
  // "the two leaders": both actors it refers back to, at the same span.
  const out = [first, ...ctx.candidates.filter((x) => x !== first && x.start === first.start && x.end === first.end)];
  let from = skipRelative(tokens, first.end);
  let closed = false;
  /** Members joined by a bare comma since the last "and": kept only if an "and" closes the list. */
  let open = 0;
  for (const c of ctx.candidates) {
    const last = out[out.length - 1];
    if (c.start < from || c.form === 'adjective') continue;
    // "the Caribbean Community (Caricom) and ...": an abbreviation in brackets is the same actor again.
    if (c.start === from && c.actorId === last.actorId && /\(/.test(tokens[c.start].pre)) { from = skipRelative(tokens, c.end); continue; }
    // ("Hamas and Lebanon-based Hezbollah": where a member is based is no word between members.)
    const between = tokens.slice(from, c.start).map((t) => t.norm).filter((w, d) => !isTitleWord(w) && !/^(the|his|her|their)$/.test(w) &&
      !ctx.candidates.some((x) => x.form === 'adjective' && x.start >= from && x.end <= c.start && tokens[x.start].norm === w) &&
      !ctx.places.some((x) => x.start <= from + d && x.end > from + d) && !(w === 'based' && tokens[from + d - 1]?.post === '-'));
    // "Foreign Minister Olivier Nduhungirehe of Rwanda and ...": the person's state, no member of its own.
    if (between.length === 1 && between[0] === 'of' && last.kind === 'PERSON' && c.kind === 'STATE' && c.start === from + 1) { from = skipRelative(tokens, c.end); continue; }
    const comma = /,/.test(tokens[from - 1].post);
    // "A, B and C": after "and C" a comma ends the list ("between the Houthis and the US, Oman's minister said").
    // (An apposition is set off on both sides: "Venezuela, Nicolás Maduro, and"; not "South Africa, Cyril Ramaphosa and Trump had".)
    const apposition = between.length === 0 && from === c.start && last.kind === 'STATE' && c.kind === 'PERSON' &&
      (/,/.test(tokens[c.end - 1].post) || c.end === tokens.length);
    // ("Zelensky's visit to South Africa, Cyril Ramaphosa and Trump had": a bare comma lists actors of one kind.)
    const listed = between.length === 0 && comma && !closed && !andOnly && ((c.kind === 'PERSON') === (last.kind === 'PERSON') || apposition);
    const joined = (between.length === 1 && between[0] === 'and') || listed;
    if (!joined) break;
    // "and Pakistan's visiting Prime Minister Shehbaz Sharif": the state's person is the one joined.
    const owned = c.possessive && c.kind !== 'PERSON' ? ctx.candidates.find((x) => x.kind === 'PERSON' && x.start >= c.end && x.start <= c.end + 4 &&
      tokens.slice(c.end, x.start).every((w) => !w.capitalised || isTitleWord(w.norm))) : undefined;
    const member = apposition ? c : owned ?? named(ctx, c);
    if (apposition) out[out.length - 1] = member;
    else out.push(member);
    if (between.length === 1) open = 0;
    else if (!apposition) open++;
    closed ||= between.length === 1;
    from = skipRelative(tokens, member.end);
  }
  // "With Biden, PM Modi briefed him": a comma without a closing "and" ends a phrase, not a list.
  return open > 0 ? out.slice(0, out.length - open) : out;
}

/** In an opening phrase ("During a Feb. 18 meeting, ..."), so the clause's subject comes after it. */
function fronted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - 5) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (/^(during|at|after|following|before|in|on|since|ahead)$/.test(ctx.s.tokens[k].norm)) return true;
  }
  return false;
}

/** A verb between a subject and a noun trigger that makes the noun not the subject's event. */
function governedElsewhere(ctx: SentenceContext, c: Candidate, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k >= c.end && !PREPOSITIONS.has(tokens[k].norm) && !CIRCUMSTANTIAL.test(tokens[k].norm) && !tokens[k].tags.has('Verb')) k--;
  // "during a phone call" is the subject's event; "the pause in the fighting" is the pause's noun, not the subject's war.
  // ("the pause in the fighting" names a known thing; "sought to manage tensions in a call" is the subject's call.)
  const ofNoun = tokens[k]?.norm === 'in' && tokens[k + 1]?.norm === 'the' && tokens[k - 1]?.tags.has('Noun') && !tokens[k - 1].capitalised && k - 1 >= c.end;
  if (k >= c.end && CIRCUMSTANTIAL.test(tokens[k].norm) && !ofNoun) return false;
  return tokens.slice(afterPronoun(tokens, c.end, t.at), t.at).some((x) => x.tags.has('Verb') && !SUPPORT.test(x.norm) && !(t.rule.needsBefore?.test(x.norm) ?? false));
}

/** The words from `from` on that speak about the subject again ("Zelensky says he has had a call"). */
function afterPronoun(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (/^(he|she|they|it|we)$/.test(tokens[k].norm)) return k + 1;
  return from;
}

/** A finite verb of its own between an actor and a trigger: "X spoke ..., hours after Israel announced". */
function ownVerbBetween(tokens: readonly Token[], from: number, to: number, nounsOwn: (k: number) => boolean): boolean {
  return tokens.slice(from, to).some((x, d) => x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Auxiliary') && !nounsOwn(from + d) &&
    !x.tags.has('Modal') && !x.tags.has('Copula') && !/^(has|have|had|is|was|are|were|be|been|did|does|do)$/.test(x.norm) &&
    tokens[from + d + 1]?.norm !== 'to'); // "agreed to assist": the subject of the infinitive is the verb's
}

/**
 * The clause subject of a trigger: the first actor group before it that is not a prepositional
 * object (nor coordinated with one: "With North Korea and China in mind"), not a noun modifier
 * ("the Mali, Burkina Faso and Niger borders meet"), not the speaker of reported words ("X said Y
 * met Z"); the subject of another verb in between only when no later actor can be ("Waltz reposted a
 * message criticizing Democratic leaders"; but "X spoke ..., hours after Israel announced a deal").
 */
function subject(ctx: SentenceContext, t: Trigger): Candidate[] | null {
  const tokens = ctx.s.tokens;
  const blocked = new Set<Candidate>();
  let fallback: Candidate[] | null = null;
  const occasion = circumstance(ctx, t);
  for (const c of ctx.candidates) {
    if (c.start >= t.at || c.form === 'adjective' || blocked.has(c)) continue;
    // "Putin and Macron discussed Ukraine during a phone call": the object of the clause's verb is not on the call.
    if (occasion && objectOfVerb(ctx, c)) continue;
    const members = group(ctx, c);
    members.forEach((m) => blocked.add(m));
    // ", and" opens a clause, but "Maduro, and Guyanese presidents, Irfaan Ali, meet" is one subject.
    if (ctx.clause[members[members.length - 1].start] !== ctx.clause[t.at] || !subjectLike(tokens, c)) continue;
    // "Taiwan's May inauguration in a call": a possessive determines another noun, it is no subject.
    const last = members[members.length - 1];
    if (last.possessive && last.end !== t.at && !ctx.candidates.some((x) => x.start === last.end)) continue;
    const end = skipRelative(tokens, members[members.length - 1].end);
    const next = tokens[end];
    // "the Mali, Burkina Faso and Niger borders meet": a word between the group and its verb is the noun they modify.
    const nounOrSecondVerb = next && (next.tags.has('Noun') || (next.tags.has('Verb') && tokens[t.at].tags.has('Verb')));
    if (next && end + 1 === t.at && nounOrSecondVerb && !next.capitalised && !next.tags.has('Adverb') && !/^(has|have|had|is|was|are|were|did|do|does)$/.test(next.norm)) continue;
    // "visited Ukraine where he met Zelensky": a relative adverb opens a clause with its own subject.
    if (tokens.slice(end, t.at).some((x) => /^(where|when)$/.test(x.norm))) continue;
    const from = afterPronoun(tokens, end, t.at);
    // ("announced a new aid package": a support verb that governs the noun is no verb of saying.)
    const governs = (k: number) => t.rule.pos === 'noun' && SUPPORT.test(tokens[k].norm) && !tokens.slice(k + 1, t.at).some((y) => y.tags.has('Verb'));
    if (from === end && tokens.slice(end, t.at).some((x, d) => reporting(x) && !governs(end + d))) continue;
    // "Xi paid a state visit": a support verb is the noun's own, unless another actor is its subject
    // ("After the inauguration of Lai, China announced sanctions").
    const nounsOwn = (k: number) => t.rule.pos === 'noun' && SUPPORT.test(tokens[k].norm) && !ctx.candidates.some((x) => x.start >= from && x.end <= k);
    // ("Putin and Bush discussed an upcoming summit in a telephone conversation": the clause's subject, past its verb.)
    if (occasion || !ownVerbBetween(tokens, from, t.at, nounsOwn)) return members;
    fallback ??= members;
  }
  return fallback;
}

/** A noun trigger in a phrase of circumstance ("during a telephone conversation", "at the summit"): the clause's event. */
function circumstance(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun') return false;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k >= 0 && ctx.clause[k] === ctx.clause[t.at] && !tokens[k].tags.has('Verb') && !PREPOSITIONS.has(tokens[k].norm) &&
    !CIRCUMSTANTIAL.test(tokens[k].norm) && !ctx.candidates.some((c) => c.end === k + 1)) k--;
  // ("in a telephone conversation" is one; "a role in the war" is not.)
  return k >= 0 && CIRCUMSTANTIAL.test(tokens[k].norm) && (tokens[k].norm !== 'in' || t.rule.type === 'CALL');
}

/** An actor right after a verb (past determiners) whose subject is an actor before it: the verb's object. */
function objectOfVerb(ctx: SentenceContext, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let k = c.start - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k].norm)) k--;
  return k >= 0 && tokens[k].tags.has('Verb') && !tokens[k].tags.has('Auxiliary') && !tokens[k].tags.has('Copula') && !SUPPORT.test(tokens[k].norm) &&
    ctx.candidates.some((x) => x.end <= k && ctx.clause[x.start] === ctx.clause[c.start]);
}

/** "criticised Orban for visiting Russia and holding talks": the gerund's agent is the object before "for". */
function gerundAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k > 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (tokens[k].norm !== 'for' && tokens[k].norm !== 'after' && tokens[k].norm !== 'before') continue;
    // "Trump said Friday after meeting with Pashinyan": the one who says it is the one who met.
    if (k + 1 === t.at && tokens[k].norm !== 'for' && /ing$/.test(tokens[t.at].norm)) return clauseSubject(ctx, t, k);
    if (!tokens[k + 1]?.tags.has('Gerund')) return undefined;
    // "for supporting Russia in the war": the noun is not the gerund's event unless a support verb governs it.
    const verb = [...tokens.slice(k + 1, t.at)].reverse().find((x) => x.tags.has('Verb'));
    if (t.rule.pos === 'noun' && !(verb && SUPPORT.test(verb.norm))) return undefined;
    return ctx.candidates.find((c) => c.end === k && c.form !== 'adjective');
  }
  return undefined;
}

/** The first actor of the clause before token `before` that is not a prepositional object. */
function clauseSubject(ctx: SentenceContext, t: Trigger, before: number): Candidate | undefined {
  // ("“We plan to visit Ukraine,” Duda said after meeting Nauseda": the reporter's clause, not the quote.)
  const quoted = ctx.s.tokens[t.at].quoted;
  return ctx.candidates.find((c) => c.start < before && ctx.clause[c.start] === ctx.clause[t.at] && c.form !== 'adjective' &&
    ctx.s.tokens[c.start].quoted === quoted && subjectLike(ctx.s.tokens, c));
}

/** "China, which brokered the agreement": the actor before the relative pronoun. */
function relativeAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > 0 && tokens[k].tags.has('Adverb')) k--;
  if (k < 1 || !RELATIVE.test(tokens[k].norm) || tokens[k].norm === 'that' || !/,/.test(tokens[k - 1].post)) return undefined;
  return ctx.candidates.find((c) => c.end === k && c.form !== 'adjective');
}

/** The agent of a trigger: a modifier of a noun trigger, else the clause subject. */
function agent(ctx: SentenceContext, t: Trigger): Candidate[] {
  const { s, clause } = ctx;
  const inClause = (c: Candidate) => clause[c.start] === clause[t.at];
  if (t.rule.pos === 'noun') {
    // "Moscow’s 2022 full-scale invasion", "Russian mediation", "His Feb. 12 call"
    for (let k = t.at - 1; k >= Math.max(0, t.at - 4) && clause[k] === clause[t.at]; k--) {
      const c = ctx.candidates.find((x) => x.end === k + 1);
      // ("their meeting": both actors the pair phrase stands for.)
      if (c?.possessive || c?.end === t.at) return ctx.candidates.filter((x) => x.start === c.start && x.end === c.end);
      // "an Israeli missile attack", "Russian drone strikes": a state's adjective before a compound noun.
      if (c && c.form === 'adjective' && s.tokens.slice(c.end, t.at).every((x) => !x.capitalised && x.tags.has('Noun') && !x.tags.has('Verb'))) return [c];
      // "The EU last week sanctioned": a time phrase after an actor ends its clause's subject, not a noun phrase.
      if (c) {
        if (s.tokens.slice(c.end, t.at).some((x) => x.tags.has('Date'))) break;
        return [];
      }
      if (/^(his|her|its|their)$/.test(s.tokens[k].norm)) {
        const id = ctx.pronoun(s.tokens[k].norm, k);
        return id ? [{ actorId: id, start: k, end: k + 1, form: 'name', possessive: true, kind: 'PERSON', state: null }] : [];
      }
      if (PREPOSITIONS.has(s.tokens[k].norm) || CIRCUMSTANTIAL.test(s.tokens[k].norm) || s.tokens[k].tags.has('Verb')) break;
    }
  }
  const relative = relativeAgent(ctx, t) ?? gerundAgent(ctx, t);
  if (relative) return [relative];
  const before = subject(ctx, t);
  if (before) return t.rule.pos === 'noun' && governedElsewhere(ctx, before[before.length - 1], t) ? [] : before;
  if (!ONTOLOGY[t.rule.type].symmetric || !fronted(ctx, t)) return [];
  // "During a Feb. 18 meeting in Riyadh, Saudi Arabia, US Secretary of State Marco Rubio and Russian Foreign Minister
  // Sergei Lavrov discussed ...": the subject follows the opening phrase, after its comma and before any verb.
  const after = ctx.candidates.find((c) => inClause(c) && c.start >= t.end && c.form !== 'adjective' && subjectLike(s.tokens, c));
  if (!after || !/,/.test(s.tokens[after.start - 1]?.post ?? '') || s.tokens.slice(t.end, after.start).some((x) => x.tags.has('Verb'))) return [];
  return group(ctx, after);
}

/** "with X" and "between X and Y" owned by this trigger, anywhere in its clause. */
function partners(ctx: SentenceContext, t: Trigger): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.s.tokens;
  tokens.forEach((tok, p) => {
    // "held a phone call at the request of Araghchi": who asked for a conversation is in it.
    if (!t.rule.objects && ONTOLOGY[t.rule.type].symmetric && /^(request|invitation|initiative)$/.test(tok.norm) && /^(at|on|upon)$/.test(tokens[p - 2]?.norm ?? '') &&
      tokens[p - 1].norm === 'the' && tokens[p + 1]?.norm === 'of' && ctx.clause[p] === ctx.clause[t.at] && owner(p, ctx.triggers) === t) {
      const c = candidateAfter(ctx, p + 1, 2);
      if (c) out.push(c);
    }
    // "spoke to Putin": the "to" that ends a conversation trigger's span; "received a call from Biden": the caller.
    if ((tok.norm === 'to' && p === t.end - 1 && t.rule.needsAfter?.test('to')) || (tok.norm === 'from' && p === t.end && t.rule.type === 'CALL' && t.rule.pos === 'noun')) {
      const c = candidateAfter(ctx, p, 3);
      if (c) out.push(...group(ctx, c, true));
    }
    if ((tok.norm !== 'with' && tok.norm !== 'between') || !ownsPreposition(ctx, t, p)) return;
    // "sniped with Netanyahu over Israel's war": a "with" right after another verb is that verb's.
    const verbBefore = tokens[p - 1];
    // ("followed up with Russian counterparts at talks": the verb's "with" is the occasion's too.)
    if (tok.norm === 'with' && p < t.at && verbBefore?.tags.has('Verb') && !SUPPORT.test(verbBefore.norm) && !ctx.triggers.some((x) => x.at <= p - 1 && x.end > p - 1) &&
      !circumstance(ctx, t)) return;
    // "In talks with Putin, Kim stated ... solidarity with the Russian government": another verb's "with".
    const gap = p < t.at ? tokens.slice(p + 1, t.at) : tokens.slice(t.end, p);
    if (gap.some((x) => x.tags.has('Verb') && !x.tags.has('Gerund') && !SUPPORT.test(x.norm))) return;
    if (tok.norm === 'with') {
      const c = candidateAfter(ctx, p, 3) ?? ledBy(ctx, p);
      // "meeting with Pashinyan and Aliyev"; but "a call with Modi, the Kremlin said" is no list.
      if (c) out.push(...group(ctx, c, true));
    } else if (tok.norm === 'between') {
      const c = candidateAfter(ctx, p, 2);
      if (c) out.push(...group(ctx, c));
    }
  });
  return out;
}

/** Nouns of time that a preposition may follow without being theirs ("met last week with"). */
const TIME_NOUN = /^(day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|time|times|morning|afternoon|evening|night|weekend)$/;

/** "since taking office", "since coming to power": a time phrase, whose noun takes no "with". */
const TENURE = /^(office|power)$/;

/** The preposition at p is the trigger's: in its clause, nearest to it, and not a noun's after it. */
function ownsPreposition(ctx: SentenceContext, t: Trigger, p: number): boolean {
  if (ctx.clause[p] !== ctx.clause[t.at]) return false;
  // "discussed bilateral cooperation with Erdogan": a noun trigger that is what is discussed does not take the "with".
  const verb = ctx.triggers.find((v) => v.end <= p && verbsWith(ctx, v, p));
  if (verb) return verb === t;
  // ("relations between South Africa and the US were discussed": the noun's, before the trigger as after it.)
  return owner(p, ctx.triggers) === t && !((p > t.end || (p > 0 && p < t.at)) && ownedByNoun(ctx.s.tokens[p - 1]));
}

/**
 * "discussed the Ukraine crisis with Erdogan", "the war in Gaza with Sisi": a "with" right after a verb trigger's
 * object is the verb's ("tensions between" stay the noun's).
 */
function verbsWith(ctx: SentenceContext, v: Trigger, p: number): boolean {
  return v.rule.pos === 'verb' && ctx.s.tokens[p].norm === 'with' && p - v.end <= OBJECT_LENGTH &&
    ctx.s.tokens.slice(v.end, p).every((x) => !x.tags.has('Verb') && (!PREPOSITIONS.has(x.norm) || /^(in|of)$/.test(x.norm)) && !/[,;:]/.test(x.post));
}

/** How long a verb's object may be before a "with" that is still the verb's. */
const OBJECT_LENGTH = 8;

/** "tensions between the rivals", "solidarity with Moscow": a common noun just before the preposition owns it. */
function ownedByNoun(before: Token): boolean {
  return before.tags.has('Noun') && !before.capitalised && !before.tags.has('Date') && !TIME_NOUN.test(before.norm) && !TENURE.test(before.norm) &&
    !DEAL.test(before.norm) && !/[,;:]/.test(before.post); // "brokered a ceasefire between": what is brokered is the event's
}

/** "with a low-level Russian team headed by presidential aide Vladimir Medinsky": the one who leads the group after p. */
function ledBy(ctx: SentenceContext, p: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = p + 1; k < Math.min(tokens.length - 1, p + 7) && ctx.clause[k] === ctx.clause[p]; k++) {
    if (/^(led|headed)$/.test(tokens[k].norm) && tokens[k + 1].norm === 'by') {
      return ctx.candidates.find((c) => c.kind === 'PERSON' && c.start > k + 1 && c.start <= k + 5);
    }
    if (tokens[k].tags.has('Verb') && !/^(led|headed)$/.test(tokens[k].norm)) return undefined;
  }
  return undefined;
}

/** "the two leaders", "both countries", "the pair": two actors of the context referred to together (persons or not). */
const PAIR_HEAD = /^(leaders|men|women|presidents|heads|ministers|sides|countries|nations|states|neighbou?rs|governments|parties|rivals)$/;
const PAIR_PERSON = /^(leaders|men|women|presidents|heads|ministers)$/;

/** Occasions that "their" gives two participants ("their meeting", "their phone call"). */
const THEIR_OCCASION = /^(meeting|talks|call|conversation|phone|telephone|summit|discussions)$/;

/** Token spans [start, end) of pair phrases in a sentence, with whether they refer to persons. */
export function pairPhrases(tokens: readonly Token[]): { start: number; end: number; person: boolean }[] {
  const out: { start: number; end: number; person: boolean }[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (t.norm === 'pair' && tokens[k - 1]?.norm === 'the') out.push({ start: k - 1, end: k + 1, person: true });
    // "as the sides met": the two sides named before.
    if (/^(sides|parties)$/.test(t.norm) && tokens[k - 1]?.norm === 'the' && !t.possessive && tokens[k - 2]?.norm !== 'two') out.push({ start: k - 1, end: k + 1, person: false });
    if (!next) return;
    const both = t.norm === 'both' && PAIR_HEAD.test(next.norm) && !/,/.test(t.post);
    const two = t.norm === 'two' && tokens[k - 1]?.norm === 'the' && PAIR_HEAD.test(next.norm);
    // "the two countries": but not "the two countries' leaders" (a possessive), which names the leaders.
    if ((both || two) && !next.possessive) out.push({ start: two ? k - 1 : k, end: k + 2, person: PAIR_PERSON.test(next.norm) });
    // "During their meeting in Egypt": the two people the article just named met.
    if (t.norm === 'their' && THEIR_OCCASION.test(next.norm)) out.push({ start: k, end: k + 1, person: true });
  });
  return out;
}

/**
 * "sanctions on Chinese companies", "condemned the Israeli airstrikes": measures against a state's companies or
 * officials fall on the state, and criticism of its conduct is criticism of it.
 */
function measuresOn(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  if (!(tokens[c.end]?.tags.has('Noun') ?? false) || tokens[c.end].capitalised) return false;
  if (t.rule.type === 'SANCTION') return true;
  // "launched missiles at Ukrainian cities": force against a state's places is against the state; but "the Palestinian
  // militant group Hamas" is against the group it names.
  if (t.rule.type === 'CONFLICT') {
    const name = ctx.candidates.find((x) => x.start >= c.end && x.start <= c.end + 4 && x.form !== 'adjective');
    return !name || tokens.slice(c.end, name.start).some((x) => x.capitalised || PREPOSITIONS.has(x.norm) || /[,;:]/.test(x.post));
  }
  // "condemned the attack on Ukrainian cities" is no criticism of Ukraine: the conduct must be the verb's own object.
  const gap = tokens.slice(t.end, c.start);
  return t.rule.type === 'CRITICISM' && gap.every((x, k) => !PREPOSITIONS.has(x.norm) || (gap[k + 1] ?? tokens[c.start]).tags.has('Date'));
}

/** The first actor after the trigger, before the next trigger, in its clause. */
function object(ctx: SentenceContext, t: Trigger, exclude: ReadonlySet<string>): Candidate | undefined {
  const next = ctx.triggers.find((x) => x.at > t.at)?.at ?? ctx.s.tokens.length;
  const within = t.rule.objectWithin ?? 8;
  // "invaded Ukraine", "threatened to intervene in Niger": a place is the target of force.
  const places = t.rule.type === 'CONFLICT' || t.rule.type === 'THREAT' ? ctx.places.filter((m) => m.form === 'name') : [];
  const pool: Candidate[] = [...ctx.candidates, ...places.map((m) => candidateOf(m.actorId, m))];
  const found = pool
    .filter((c) => c.start > t.at && c.start < next && c.start <= t.at + within && (!t.rule.objectPerson || c.kind === 'PERSON') &&
      (t.rule.type !== 'CONFLICT' || /ed$/.test(ctx.s.tokens[t.at].norm) || afterPreposition(ctx.s.tokens, t, c)) &&
      ctx.clause[c.start] === ctx.clause[t.at] && !exclude.has(c.actorId) && (c.form !== 'adjective' || measuresOn(ctx, t, c)))
    .sort((a, b) => a.start - b.start)[0];
  // "to end this senseless war, Treasury is sanctioning ..., Bessent said": the speaker is nobody's object.
  const after = found && ctx.s.tokens[found.end];
  if (after && reporting(after)) return undefined;
  if (after && t.rule.objectNotFollowedBy && (t.rule.objectNotFollowedBy.test(after.norm) || /[“"]/.test(after.pre))) return undefined;
  return found;
}

/**
 * "invasion of Ukraine", "war against the Palestinian militant group Hamas": a noun of force reaches its target
 * through a preposition, past the target's description ("the Iran war and Ukraine conflict" do not).
 */
function afterPreposition(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  let k = c.start - 1;
  while (k >= t.end && c.start - k <= DESCRIPTION_WORDS && !PREPOSITIONS.has(tokens[k].norm) && !/^(and|or)$/.test(tokens[k].norm) &&
    !tokens[k].tags.has('Verb') && !/[,;:]/.test(tokens[k].post)) k--;
  return k >= t.end && PREPOSITIONS.has(tokens[k].norm);
}

/** How many words may describe a target between its preposition and its name ("the Palestinian militant group"). */
const DESCRIPTION_WORDS = 5;

/**
 * "the Japan-U.S. and South Korea-U.S. strategic alliances", "Iran-US talks": pairs of actors
 * joined by a hyphen in the words before a noun trigger, each pair the participants of one event.
 */
function hyphenPairs(ctx: SentenceContext, t: Trigger): Candidate[][] {
  const pairs: Candidate[][] = [];
  for (let k = t.at - 1; k >= Math.max(0, t.at - 8) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const right = ctx.candidates.find((c) => c.end === k + 1);
    const left = right && ctx.candidates.find((c) => c.end === right.start && ctx.s.tokens[c.end - 1].post === '-');
    if (left && right) { pairs.unshift([left, right]); k = left.start; continue; }
    const tok = ctx.s.tokens[k];
    if (tok.tags.has('Verb') || PREPOSITIONS.has(tok.norm) || /[,;:]/.test(tok.post)) break;
  }
  return pairs;
}

const ids = (cs: readonly Candidate[]) => [...new Set(cs.map((c) => c.actorId))];
const as = (role: Participant['role']) => (id: string): Participant => ({ actorId: id, role });

/**
 * A mediation: mediators "X brokered", "X and Y acted as mediators", "mediated by X", "under the
 * auspices of X", "China, which brokered"; parties "between A and B", "with A", an object; parties
 * that are domestic organisations stand for their state. Empty parties: the context gives them.
 */
function mediation(ctx: SentenceContext, t: Trigger, withOrBetween: Candidate[]): { mediators: string[]; parties: string[] } {
  const tokens = ctx.s.tokens;
  let mediators: Candidate[];
  let parties: Candidate[] = [];
  const asAt = tokens.slice(Math.max(0, t.at - 2), t.at).findIndex((x) => x.norm === 'as');
  // "mediated by X", "under the auspices of X"; "promoted by X", "with the help of X" (the trigger's span ends at "by"/"of").
  const byAt = /^(by|of)$/.test(tokens[t.end]?.norm ?? '') ? t.end : t.end > t.at + 1 && /^(by|of)$/.test(tokens[t.end - 1].norm) ? t.end - 1 : -1;
  const by = byAt >= 0 ? candidateAfter(ctx, byAt, 2) : undefined;
  if (by) {
    mediators = group(ctx, by);
  } else if (asAt >= 0) {
    // "X and Y acted as mediators": the subject mediates; "used the Russians as intermediaries": the object does.
    const asIndex = Math.max(0, t.at - 2) + asAt;
    const before = ctx.candidates.filter((c) => c.end <= asIndex && ctx.clause[c.start] === ctx.clause[t.at] && c.form !== 'adjective');
    const subject = before[0] ? group(ctx, before[0]) : [];
    const objectGroup = before.length > subject.length;
    mediators = objectGroup ? before.slice(-1) : subject;
    if (objectGroup) parties = before.slice(-2, -1); // the user of the intermediary: the actor just before it
  } else {
    mediators = agent(ctx, t);
    const obj = t.rule.objects ? object(ctx, t, new Set(ids(mediators))) : undefined;
    if (obj) parties = [obj];
  }
  const m = ids(mediators);
  const partyIds = [...parties, ...withOrBetween].map((c) => c.state ?? c.actorId);
  return { mediators: m, parties: [...new Set(partyIds)].filter((id) => !m.includes(id)) };
}

/** The events a trigger states, in the conventions of the ontology (none when the sentence does not give enough). */
function eventsAt(ctx: SentenceContext, t: Trigger, type: RelationType): Found[] {
  const withOrBetween = partners(ctx, t);
  if (type === 'MEDIATION') {
    const { mediators, parties } = mediation(ctx, t, withOrBetween);
    return mediators.map((m) => ({ type, participants: [as('MEDIATOR')(m), ...parties.map(as('PARTY'))] }));
  }
  if (ONTOLOGY[type].symmetric) {
    if (t.rule.pos === 'noun') {
      const pairs = hyphenPairs(ctx, t);
      if (pairs.length > 0) return pairs.map((pair) => ({ type, participants: ids(pair).map(as('PARTICIPANT')) }));
    }
    // "talks between X and Y": the sides are the ones after "between", never the clause's subject.
    const between = ctx.s.tokens.some((x, p) => x.norm === 'between' && ownsPreposition(ctx, t, p));
    const subject = agent(ctx, t);
    // "Egypt hosted talks between Israel and Hamas": the host of talks between others mediates them.
    // "China negotiated a ceasefire between the military and the rebels": who negotiates another pair's deal mediates it.
    const brokers = HOSTING.test(ctx.s.tokens[t.at].norm) || (t.rule.type === 'NEGOTIATION' && t.rule.pos === 'verb' && ctx.s.tokens.slice(t.end, t.end + 4).some((x) => DEAL.test(x.norm)));
    if (between && withOrBetween.length >= 2 && brokers && subject.length === 1 && !ids(withOrBetween).includes(subject[0].actorId)) {
      const mediation: Found = { type: 'MEDIATION', participants: [as('MEDIATOR')(subject[0].actorId), ...ids(withOrBetween).map(as('PARTY'))] };
      // (What was negotiated between them, a ceasefire or a deal, they agreed.)
      return t.rule.type === 'NEGOTIATION' ? [mediation, { type: 'AGREEMENT', participants: ids(withOrBetween).map(as('PARTICIPANT')) }] : [mediation];
    }
    // "Oman hosted the talks": a host of talks and no guest named mediates the talks of the context.
    if (!between && withOrBetween.length === 0 && HOSTING.test(ctx.s.tokens[t.at].norm) && subject.length === 1 &&
      ctx.s.tokens.slice(t.at + 1, t.end + 3).some((x) => HOSTED.test(x.norm)) && !object(ctx, t, new Set([subject[0].actorId]))) {
      // "Egypt hosted talks between Israel and Hamas": the sides of the hosted talks, if they are named.
      const hosted = ctx.triggers.find((x) => x.at > t.at && x.at <= t.end + 3 && HOSTED.test(ctx.s.tokens[x.at].norm));
      const sides = hosted ? ids(partners(ctx, hosted)).filter((id) => id !== subject[0].actorId) : [];
      return [{ type: 'MEDIATION', participants: [as('MEDIATOR')(subject[0].actorId), ...(sides.length >= 2 ? sides.map(as('PARTY')) : [])] }];
    }
    const own = between ? [] : subject;
    const exclude = new Set(ids([...own, ...withOrBetween]));
    const obj = (t.rule.objects || gerund(ctx, t)) && !between ? object(ctx, t, exclude) : undefined;
    // "Erdogan hosted Mohamud and Abiy", "met the presidents of Venezuela and Guyana": every coordinated object takes part.
    const objs = obj ? group(ctx, obj).filter((c) => ctx.clause[c.start] === ctx.clause[t.at]) : [];
    // "the Philippines and Japan, two of the United States' closest allies": the allies are the group in apposition.
    if (type === 'ALLIANCE' && t.rule.pos === 'noun' && own.length > 0 && objs.length === 0 && withOrBetween.length === 0) {
      const appositive = apposedGroup(ctx, t);
      if (appositive.length > 0) return [{ type, participants: ids([...own, ...appositive]).map(as('PARTICIPANT')) }];
    }
    // "conversations with Indian and Pakistani leaders", "With North Korea and China in mind, the leaders agreed":
    // the partners of an agent the sentence does not name are not an event of their own.
    if (!between && own.length === 0 && objs.length === 0) return [];
    // "called Phumtham and Manet separately", "held separate talks with X and Y": one event per counterpart.
    const others = ids([...withOrBetween, ...objs]).filter((id) => !ids(own).includes(id));
    // ("Iran's allies Hamas and Hezbollah": each is Iran's ally; they need not be each other's.)
    const allies = type === 'ALLIANCE' && own.length === 1 && own[0].possessive;
    if (own.length > 0 && others.length >= 2 && (separate(ctx, t) || allies)) {
      return others.map((other) => ({ type, participants: ids([...own, ...objs.filter((c) => c.actorId === other), ...withOrBetween.filter((c) => c.actorId === other)]).map(as('PARTICIPANT')) }));
    }
    const all = ids([...own, ...withOrBetween, ...objs]);
    return [{ type, participants: all.map(as('PARTICIPANT')) }];
  }
  let sources: string[];
  let target: string | undefined;
  if (t.rule.predicate) {
    // "Khamenei stated that Trump “can’t be trusted”": the target is just before, the source the subject.
    const before = ctx.candidates.filter((c) => c.end <= t.at && ctx.clause[c.start] === ctx.clause[t.at]);
    target = before[before.length - 1]?.actorId;
    sources = ids(before.filter((c) => c.actorId !== target && subjectLike(ctx.s.tokens, c)).slice(0, 1));
  } else {
    // "Iran was criticised by France": the actors after "by" act on the subject, each subject a target.
    const byActors = passiveVoice(ctx, t);
    if (byActors) {
      const agents = ids(byActors);
      const patients = ids(agent(ctx, t)).filter((id) => !agents.includes(id));
      return patients.map((id) => ({ type, participants: [...agents.map(as('SOURCE')), as('TARGET')(id)] }));
    }
    // "The sanctions, unveiled by the US Treasury, target ...": a passive's agent acts.
    const by = t.rule.pos === 'noun' ? passiveAgent(ctx, t) : undefined;
    sources = by ? [by.actorId] : ids(agent(ctx, t));
    const obj = object(ctx, t, new Set(sources));
    // "sanctions on Rosneft and Lukoil": measures fall on each of the coordinated targets.
    if (obj && type === 'SANCTION') {
      const targets = ids(group(ctx, obj)).filter((id) => !sources.includes(id));
      return targets.map((id) => ({ type, participants: [...sources.map(as('SOURCE')), as('TARGET')(id)] }));
    }
    target = obj?.actorId ?? withOrBetween.find((c) => !sources.includes(c.actorId))?.actorId ?? conductBy(ctx, t)?.actorId;
  }
  sources = sources.filter((id) => id !== target);
  if (!target) return [];
  return [{ type, participants: [...sources.map(as('SOURCE')), as('TARGET')(target)] }];
}

/**
 * "condemned the sanctions imposed on the country by ECOWAS", "condemns the missile attacks of Israel on Syria":
 * criticism of what the actor after "by" or "of" did.
 */
function conductBy(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  if (t.rule.type !== 'CRITICISM') return undefined;
  const tokens = ctx.s.tokens;
  const conduct = ctx.triggers.find((x) => x.at > t.at && x.at <= t.end + 3 && x.rule.pos === 'noun');
  if (conduct && tokens[conduct.end]?.norm === 'of') {
    const of = candidateAfter(ctx, conduct.end, 2);
    if (of) return of;
  }
  for (let p = t.end; p < Math.min(tokens.length, t.end + CONDUCT_WITHIN) && ctx.clause[p] === ctx.clause[t.at]; p++) {
    if (tokens[p].norm === 'by') return candidateAfter(ctx, p, 2);
    if (tokens[p].tags.has('Verb') && !/ed$/.test(tokens[p].norm) && !tokens[p].tags.has('PhrasalVerb')) return undefined;
  }
  return undefined;
}

/** How far after a criticism its object's "by" may come. */
const CONDUCT_WITHIN = 14;

/**
 * "sanctions, unveiled by the US Treasury,", "sanctions imposed by the EU", "sanctions were imposed on Mali by
 * ECOWAS": the agent after "by" of a participle right after the noun, or after the noun's "were".
 */
function passiveAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  let participle = t.end;
  while (participle < tokens.length && participle < t.end + 3 && (BE.test(tokens[participle].norm) || /^(have|has|had)$/.test(tokens[participle].norm))) participle++;
  if (participle >= tokens.length || !/ed$/.test(tokens[participle].norm)) return undefined;
  const by = byAfter(ctx, t, participle + 1);
  return by < 0 ? undefined : candidateAfter(ctx, by, 2);
}

/** Forms of "be" (and "get") that make a participle after them passive. */
const BE = /^(is|was|are|were|been|being|be|get|gets|got)$/;

/** The "by" of a passive within a few words from `from` in the trigger's clause ("imposed on Mali by ECOWAS"), or -1. */
function byAfter(ctx: SentenceContext, t: Trigger, from: number): number {
  const tokens = ctx.s.tokens;
  for (let p = from; p < Math.min(tokens.length, from + 6) && ctx.clause[p] === ctx.clause[t.at]; p++) {
    if (tokens[p].norm === 'by') return p;
    if (tokens[p].tags.has('Verb') && !tokens[p].tags.has('Adverb')) return -1;
  }
  return -1;
}

/**
 * A passive trigger: "Iran was criticised by France", "has been widely condemned by the US and the AU" give the group
 * after "by"; "Russia was accused of ..." gives none (the agent is not named); an active trigger gives undefined.
 */
function passiveVoice(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  if (t.rule.predicate || !/ed$/.test(tokens[t.at].norm)) return undefined;
  let k = t.at - 1;
  while (k >= 0 && tokens[k].tags.has('Adverb')) k--;
  if (k < 0 || !BE.test(tokens[k].norm)) return undefined;
  const by = byAfter(ctx, t, t.end);
  const c = by < 0 ? undefined : candidateAfter(ctx, by, 2);
  return c ? group(ctx, c) : [];
}

/** The actor group before the comma that opens the noun phrase of trigger t ("A and B, two of X's allies"). */
function apposedGroup(ctx: SentenceContext, t: Trigger): Candidate[] {
  const tokens = ctx.s.tokens;
  let comma = -1;
  for (let k = t.at - 1; k >= Math.max(0, t.at - 8); k--) {
    if (/,/.test(tokens[k].post)) { comma = k; break; }
    if (tokens[k].tags.has('Verb')) return [];
  }
  if (comma < 0) return [];
  for (const c of ctx.candidates) {
    if (c.start > comma || c.form === 'adjective') continue;
    const members = group(ctx, c, true);
    if (members[members.length - 1].end === comma + 1) return members;
  }
  return [];
}

/** "said after meeting his Lithuanian counterpart": a noun trigger used as a gerund takes an object. */
function gerund(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun' || !/ing$/.test(tokens[t.at].norm) || !/^(after|before|while|since|when|by)$/.test(tokens[t.at - 1]?.norm ?? '')) return false;
  const next = tokens[t.end];
  return next !== undefined && (/^(his|her|their|the)$/.test(next.norm) || ctx.candidates.some((c) => c.start === t.end));
}

/**
 * "separately", "separate calls", "back to back": the clause's counterparts each had their own event; so
 * does each country of a tour ("visited Japan, the UK and the US").
 */
function separate(ctx: SentenceContext, t: Trigger): boolean {
  if (/^visit/.test(ctx.s.tokens[t.at].norm)) return true;
  return ctx.s.tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] &&
    (/^(separately|separate|individually|back-to-back)$/.test(x.norm) || (x.norm === 'back' && ctx.s.tokens[k + 1]?.norm === 'to' && ctx.s.tokens[k + 2]?.norm === 'back')));
}

/** Enough participants for the type: a mediator and a party, two sides, a source and a target. */
function complete(f: Found): boolean {
  if (f.type === 'MEDIATION') return f.participants.some((p) => p.role === 'PARTY');
  if (ONTOLOGY[f.type].symmetric) return f.participants.length >= 2;
  return f.participants.some((p) => p.role === 'SOURCE') && f.participants.some((p) => p.role === 'TARGET');
}

/** Negated, hypothetical or future: a modal, intent or negation word shortly before, in the clause. */
function asserted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    // "has never condemned the invasion and last month Xi paid a visit": a coordinator before a new subject ends the hedge's reach.
    if (/^(and|but)$/.test(ctx.s.tokens[k].norm) && newClause(ctx.s.tokens, k, t.at)) break;
    // "sought to manage tensions in a call with Xi": what was sought is hedged, the call it was sought in happened.
    const inOccasion = t.rule.pos === 'noun' && ctx.s.tokens.slice(Math.max(k + 1, t.at - 2), t.at).some((x) => /^(in|during|at)$/.test(x.norm));
    const month = ctx.s.tokens[k].norm === 'may' && ctx.s.tokens[k].capitalised && k > 0; // "Taiwan's May inauguration"
    // ("discussed an upcoming summit in a telephone conversation": a hedging adjective is its own noun's.)
    const othersNoun = NOUN_HEDGE.test(ctx.s.tokens[k].norm) && ctx.s.tokens.slice(k + 1, t.at).some((x) => PREPOSITIONS.has(x.norm) || x.tags.has('Verb'));
    if (NOT_ASSERTED.test(ctx.s.tokens[k].norm) && !month && !othersNoun && !(PAST_INTENT.test(ctx.s.tokens[k].norm) && inOccasion)) return false;
    // "ahead of meetings next week", "in the run-up to the summit": what is ahead has not happened.
    if (ctx.s.tokens[k].norm === 'ahead' && ctx.s.tokens[k + 1]?.norm === 'of' && k + 4 >= t.at) return false;
    // "urging both leaders to agree", "asked Iran to join talks": what is asked for has not happened ("urged in a call" has).
    if (DIRECTIVE.test(ctx.s.tokens[k].norm) && ctx.s.tokens.slice(k + 1, t.at).some((x) => x.norm === 'to')) return false;
    // "agreed to begin talks", "are due to meet": what is agreed or scheduled has not happened yet.
    if (OCCASIONS.has(t.rule.type) && ctx.s.tokens[k].norm === 'to' && k > 0 && SCHEDULED.test(ctx.s.tokens[k - 1].norm) &&
      (k + 1 === t.at || ctx.s.tokens[k + 1].tags.has('Verb') || infinitive(ctx.s.tokens, k + 1))) return false;
  }
  // "After talks with Mitsotakis, the two leaders will make statements": an opening phrase shares its clause's future.
  if (fronted(ctx, t)) {
    const comma = ctx.s.tokens.findIndex((x, k) => k >= t.end && /,/.test(x.post));
    if (comma >= 0 && ctx.s.tokens.slice(comma + 1).some((x, d) => ctx.clause[comma + 1 + d] === ctx.clause[t.at] && /^(will|'ll|shall)$/.test(x.norm))) return false;
  }
  // "urge both parties to take ... into consideration and actively engage in the talks": what is urged, however far
  // (but "urged the delegations to seize the opportunity as the sides met": a subordinate clause is no longer urged).
  // ("urged them to end the war": the war is not what is urged, it is there.)
  for (let k = t.at - 1; k >= 0 && !LASTING.test(ctx.s.tokens[t.at].norm) && ctx.clause[k] === ctx.clause[t.at] && !SUBORDINATOR.test(ctx.s.tokens[k].norm); k--) {
    if (DIRECTIVE.test(ctx.s.tokens[k].norm) && ctx.s.tokens.slice(k + 1, t.at).some((x) => x.norm === 'to')) return false;
  }
  // "meetings next week between ...": a trigger followed by a coming time is ahead.
  const after = ctx.s.tokens.slice(t.end, t.end + 3).map((x) => x.norm);
  const next = after.indexOf('next');
  if (next >= 0 && /^(week|month|year|day|time|round)$/.test(after[next + 1] ?? ctx.s.tokens[t.end + next + 1]?.norm ?? '')) return false;
  return true;
}

/** "due to hold a summit": a word after "to" and before a determiner is a verb, whatever its tag ("due to the crisis" is none). */
function infinitive(tokens: readonly Token[], k: number): boolean {
  return !SKIPPABLE.has(tokens[k].norm) && !tokens[k].capitalised && SKIPPABLE.has(tokens[k + 1]?.norm ?? '');
}

/** "and last month President Xi paid a visit": a coordinator followed by a subject of its own and a finite verb. */
function newClause(tokens: readonly Token[], and: number, trigger: number): boolean {
  const next = tokens[and + 1];
  if (!next || next.tags.has('Verb') || next.tags.has('Adverb')) return false;
  return tokens.slice(and + 2, trigger + 1).some((x, d) => x.tags.has('Verb') && !x.tags.has('Gerund') && tokens[and + 1 + d].norm !== 'to');
}

function confidence(ctx: SentenceContext, t: Trigger): number {
  let c = t.rule.confidence;
  if (ctx.s.tokens.some((x) => REPORTED.test(x.norm))) c *= 0.85;
  if (ctx.s.tokens[0].quoted) c *= 0.7; // the whole sentence is someone's words
  return Math.round(c * 100) / 100;
}

/** "previously using Russia as an intermediary": an event placed before the time of its clause. */
function background(ctx: SentenceContext, t: Trigger): boolean {
  return ctx.s.tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at).some((x) => PAST.test(x.norm));
}

/**
 * "spoke with X" is how readouts report a phone call; it was face to face only when the clause
 * gives a place ("spoke with Macron in Paris") or the sentence a visit or a meeting.
 */
function inPerson(ctx: SentenceContext, t: Trigger): boolean {
  return ctx.places.some((m) => ctx.clause[m.start] === ctx.clause[t.at]) || ctx.s.tokens.some((x) => IN_PERSON.test(x.norm));
}

/** Words of talking: a conversation held by phone is a call ("discussed the crisis with Erdogan by phone"). */
const CONVERSING = /^(discussed|discuss|discusses|discussing|spoke|speak|speaks|talked|talk|talks|conferred|discussions|conversation|conversations)$/;

/** A conversation trigger whose clause says it was by phone: "by phone", "over the telephone", "via telephone". */
function byPhone(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  return t.rule.type === 'MEETING' && CONVERSING.test(tokens[t.at].norm) && tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] &&
    /^(phone|telephone)$/.test(x.norm) && /^(by|over|via|on)$/.test(tokens[k - (tokens[k - 1]?.norm === 'the' ? 2 : 1)]?.norm ?? ''));
}

/** The date expression nearest the trigger in its clause. */
function dateFor(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): PartialDate | null {
  // "reposted on March 2 a message criticizing them for previously using Russia as an intermediary":
  // the clause's date is the repost's, the earlier event is undated.
  if (background(ctx, t)) return null;
  // "the highest-level talks since Mr Trump collapsed the deal in 2018": a date after "since" starts a period.
  const since = (d: DateMention) => d.start > t.at && ctx.s.tokens.slice(t.end, d.start).some((x) => x.norm === 'since');
  // "Moscow's war in Ukraine, prompting prices to rise on Thursday": a day counted from publication is
  // the news of the day, never when a war or an alliance began; written dates can be.
  const relation = ONTOLOGY[t.rule.type].temporal === 'relation';
  const lasting = LASTING.test(ctx.s.tokens[t.at].norm);
  const near = dates
    .filter((d) => ctx.clause[d.start] === ctx.clause[t.at] && !(!relation && since(d)) && !(lasting && (d.relative || Math.abs(d.start - t.at) > LASTING_DATE_WINDOW)))
    .sort((a, b) => Math.abs(a.start - t.at) - Math.abs(b.start - t.at));
  return near[0]?.date ?? null;
}

/** Every date of the trigger's clause is nearer to it than to any other trigger. */
function datesOwnTrigger(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): boolean {
  return dates.every((d) => ctx.clause[d.start] !== ctx.clause[t.at] || owner(d.start, ctx.triggers) === t);
}

/** The place nearest the trigger in its clause, with the country that follows it ("Riyadh, Saudi Arabia"). */
function locationFor(ctx: SentenceContext, t: Trigger, type: RelationType): string | null {
  if (!LOCATED.has(type)) return null;
  const heads = ctx.places
    .filter((m, k) => ctx.clause[m.start] === ctx.clause[t.at] && !(k > 0 && ctx.places[k - 1].end === m.start))
    .sort((a, b) => Math.abs(a.start - t.at) - Math.abs(b.start - t.at));
  const head = heads[0];
  if (!head) return null;
  const parts = [head.surface];
  let last = head;
  for (const m of ctx.places) if (m.start === last.end) { parts.push(m.surface); last = m; }
  return parts.join(', ');
}

/**
 * "In a readout of Wednesday's phone call", "the agreement signed today": a definite mention
 * without participants refers back to the latest event of its type, and may date it.
 */
function definite(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun') return false;
  if (t.rule.needsAfter) return true; // "the agreement signed today"
  return tokens.slice(Math.max(0, t.at - 3), t.at).some((x) => /^(the|this|that)$/.test(x.norm) || x.possessive);
}

export interface EventInput {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  /** Actor id per mention, as linking resolved it (null: not an actor). */
  actorOf: readonly (string | null)[];
  /** Kind per actor id, for resolving "his" (a person) and "its" (a state or organisation). */
  kindOf: ReadonlyMap<string, string>;
  dates: readonly DateMention[];
  /** The state (actor id) a person acts for, for the parties of a mediation taken from the context. */
  affiliationOf?: ReadonlyMap<string, string | null>;
  /** The day of the article's opening news (see dates.newsDay), if it has one. */
  newsDay?: NewsDay | null;
}

export function findEvents(input: EventInput): EventMention[] {
  const { sentences, mentions, actorOf, kindOf, dates } = input;
  const stateOf = (id: string): string => input.affiliationOf?.get(id) ?? id;
  const bySentence = sentences.map(() => [] as Candidate[]);
  const placesBySentence = sentences.map(() => [] as Place[]);
  // Only actors hide a trigger word: "Gulf Cooperation Council" does, an unknown capitalised "MoUs" does not.
  const actorMentionsBySentence = sentences.map(() => [] as Mention[]);
  mentions.forEach((m, k) => {
    const id = actorOf[k];
    if (!id) return;
    actorMentionsBySentence[m.sentence].push(m);
    if (m.locative) placesBySentence[m.sentence].push({ ...m, actorId: id });
    else bySentence[m.sentence].push(candidateOf(id, m));
  });
  // A mention inside a larger one ("Trump" in "Trump’s administration") does not act alone.
  const candidatesOf = bySentence.map((cs) => cs.filter((c) => !cs.some((o) => o !== c &&
    o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start)));
  // "spoke with", "a conversation with": phone calls where the article reports any.
  const callArticle = sentences.some((s) => s.tokens.some((t) => PHONE.test(t.norm) && t.tags.has('Noun')));

  /** The first subject-like actor of the wanted kind in a sentence before token p (in p's clause, if given). */
  const subjectOf = (si: number, p: number, person: boolean, clause?: readonly number[]): string | null => {
    const c = candidatesOf[si].find((x) => x.start < p && (!clause || clause[x.start] === clause[p]) &&
      (kindOf.get(x.actorId) === 'PERSON') === person && x.form !== 'adjective' && subjectLike(sentences[si].tokens, x));
    return c?.actorId ?? null;
  };

  const datesBySentence = sentences.map(() => [] as DateMention[]);
  for (const d of dates) datesBySentence[d.sentence].push(d);

  const events: EventMention[] = [];
  sentences.forEach((s, si) => {
    const clause = clauses(s.tokens);
    const covered = new Set<number>();
    for (const m of actorMentionsBySentence[si]) for (let k = m.start; k < m.end; k++) covered.add(k);
    const triggers = findTriggers(s.tokens, clause, covered);
    if (triggers.length === 0) return;
    // "his"/"its": the subject of its clause, else of its sentence, else of the sentences just before.
    const pronoun = (word: string, p: number): string | null => {
      const person = word === 'his' || word === 'her' || word === 'he' || word === 'she';
      let found = subjectOf(si, p, person, clause) ?? subjectOf(si, p, person);
      for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--) found = subjectOf(back, Infinity, person);
      return found;
    };
    const candidates = candidatesOf[si];
    const objectPronoun = (p: number): string | null => {
      const persons = candidates.filter((c) => c.end <= p && kindOf.get(c.actorId) === 'PERSON');
      const subjectId = subjectOf(si, p, true, clause);
      return [...persons].reverse().find((c) => c.actorId !== subjectId)?.actorId ?? null;
    };
    // "the two leaders met", "both countries agreed": the last two actors of that kind before the phrase.
    for (const pair of pairPhrases(s.tokens)) {
      if (candidates.some((c) => c.start < pair.end && c.end > pair.start)) continue;
      // "The Gulf country mediated the negotiation between the two sides": the sides of the latest event, when it has two.
      const sidesOf = /^(sides|parties)$/.test(s.tokens[pair.end - 1].norm) ? latest(events, (e) => e.evidence.start >= (si > 1 ? sentences[si - 2].start : 0) &&
        e.participants.filter((p) => p.role !== 'MEDIATOR').length === 2) : undefined;
      const found: string[] = sidesOf ? sidesOf.participants.filter((p) => p.role !== 'MEDIATOR').map((p) => p.actorId).reverse() : [];
      for (let back = si; back >= Math.max(0, si - 2) && found.length < 2; back--) {
        const before = candidatesOf[back].filter((c) => (back < si || c.end <= pair.start) && (kindOf.get(c.actorId) === 'PERSON') === pair.person);
        for (let k = before.length - 1; k >= 0 && found.length < 2; k--) if (!found.includes(before[k].actorId)) found.push(before[k].actorId);
      }
      if (found.length < 2) continue;
      const at = candidates.findIndex((c) => c.start > pair.start);
      const pairCandidates = found.reverse().map((id): Candidate => ({ actorId: id, start: pair.start, end: pair.end, form: 'name', possessive: false, kind: pair.person ? 'PERSON' : 'STATE', state: null }));
      candidates.splice(at < 0 ? candidates.length : at, 0, ...pairCandidates);
    }
    // "He was greeted by Kim", "Modi visited Ukraine, where he met Zelensky": "he" and "she" act as the person they
    // stand for (the subject of their clause, else of the sentence, else of the sentences before).
    s.tokens.forEach((x, p) => {
      // "Mali's junta said it condemned the sanctions": "it" after a verb of saying is the one who says.
      const said = x.norm === 'it' && (reporting(s.tokens[p - 1] ?? x) || (s.tokens[p - 1]?.norm === 'that' && reporting(s.tokens[p - 2] ?? x)));
      if ((!/^(he|she|him)$/.test(x.norm) && !said) || x.quoted) return;
      // "In his conversation with Biden, Modi briefed him": "him" is the person before who is not the clause's subject.
      const id = x.norm === 'him' ? objectPronoun(p) : said ? subjectOf(si, p, false) : pronoun(x.norm, p);
      const at = candidates.findIndex((c) => c.start > p);
      const kind = said ? 'STATE' : 'PERSON';
      if (id) candidates.splice(at < 0 ? candidates.length : at, 0, { actorId: id, start: p, end: p + 1, form: 'name', possessive: false, kind, state: null });
    });
    // "the sanctions imposed on the country", "the Gulf country mediated": the last state named (or where something
    // happened), in the sentence or the one before.
    s.tokens.forEach((x, p) => {
      const from = s.tokens[p - 1]?.norm === 'the' ? p - 1 : s.tokens[p - 2]?.norm === 'the' && s.tokens[p - 1].capitalised ? p - 2 : -1;
      if (!/^(country|nation|kingdom)$/.test(x.norm) || from < 0 || candidates.some((c) => c.start <= p && c.end > p)) return;
      const lastState = (cs: readonly { actorId: string; start: number; end: number }[]) => [...cs].sort((a, b) => a.start - b.start).reverse()
        .find((c) => kindOf.get(c.actorId) === 'STATE');
      const before = lastState([...candidates, ...placesBySentence[si]].filter((c) => c.end <= from)) ??
        (si > 0 ? lastState([...candidatesOf[si - 1], ...placesBySentence[si - 1]]) : undefined);
      const at = candidates.findIndex((c) => c.start > p);
      if (before) candidates.splice(at < 0 ? candidates.length : at, 0, { actorId: before.actorId, start: from, end: p + 1, form: 'name', possessive: x.possessive, kind: 'STATE', state: null });
    });
    const ctx: SentenceContext = { s, clause, candidates, places: placesBySentence[si], triggers, pronoun };
    const sentenceDates = datesBySentence[si];
    // "Biden also spoke during the day with Sisi", "later that day": the day of the last event dated to a day.
    const sameDay = s.tokens.some((x, k) => x.norm === 'day' && k >= 2 && /^(the|that|same)$/.test(s.tokens[k - 1].norm) &&
      /^(during|that|later|earlier|same|on|in)$/.test(s.tokens[k - 2].norm) && !(s.tokens[k - 1].norm === 'the' && /^(on|in)$/.test(s.tokens[k - 2].norm)));
    for (const t of triggers) {
      if (!asserted(ctx, t)) continue;
      const type: RelationType = (t.rule.callInCallArticle && (callArticle || !inPerson(ctx, t))) || byPhone(ctx, t) ? 'CALL' : t.rule.type;
      const date = dateFor(ctx, t, sentenceDates) ?? (sameDay ? latest(events, (e) => e.date !== null && e.date.length === 10)?.date ?? null : null);
      const base = { date, location: locationFor(ctx, t, type), confidence: confidence(ctx, t), evidence: { sentence: s.text, start: s.start, end: s.end } };
      const loose = type === 'MEETING' && t.rule.confidence < 0.7;
      const recent = si > 1 ? sentences[si - 2].start : 0;
      const found = eventsAt(ctx, t, type)
        .map((f) => (f.type === 'SUPPLY' ? suppliedByStates(f, stateOf) : f))
        .map((f) => resolveParties(f, events, stateOf, s.start, (id) => kindOf.get(id) === 'PERSON'))
        .map((f) => sameAsBefore(f, ctx, t, events, recent))
        .map((f) => (talksOfSides(f, ctx, t, kindOf) ? { ...f, type: 'NEGOTIATION' as const } : f));
      const stated = found.filter(complete);
      // ("The talks come as Zarif had held calls on Wednesday": a date nearer another trigger dates that one, not the talks.)
      if (stated.length === 0 && date !== null && definite(ctx, t) && datesOwnTrigger(ctx, t, sentenceDates)) {
        const earlier = latest(events, (e) => e.type === type);
        if (earlier && earlier.date === null) earlier.date = date;
      }
      for (const f of stated) {
        // A mediation of an earlier-mentioned event happened when that event did, unless its own sentence dates it.
        const ownDate = date ?? f.date ?? null;
        // A sentence that dates another of its clauses leaves this one undated on purpose.
        const news = input.newsDay;
        // ("Khamenei recently stated": some time before the news, not on its day.)
        const recent = s.tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at).some((x) => x.norm === 'recently');
        // (A date of something to come, "agreeing to hold meetings on Wednesday", dates no other clause.)
        const datesOther = news !== null && news !== undefined && sentenceDates.some((d) => {
          const of = owner(d.start, triggers);
          return d.date <= news.day && (of === undefined || asserted(ctx, of));
        });
        const onNewsDay = ownDate === null && news && si < news.sentences && !datesOther && !background(ctx, t) && !recent ? { leadDate: news.day } : {};
        // A war or an alliance mentioned in the opening did not start on the news day.
        const lead = ONTOLOGY[f.type].temporal === 'event' ? onNewsDay : {};
        events.push({ type: f.type, participants: f.participants, ...base, date: ownDate, ...lead, ...(loose ? { loose } : {}) });
        // "signed by Mohammed bin Salman and Shehbaz Sharif in Riyadh": people who sign together meet.
        if (f.type === 'AGREEMENT' && SIGNING.test(s.tokens[t.at].norm) && f.participants.length >= 2 && f.participants.every((p) => kindOf.get(p.actorId) === 'PERSON')) {
          events.push({ type: 'MEETING', participants: f.participants, ...base, location: locationFor(ctx, t, 'MEETING'), date: ownDate, ...lead });
        }
        const implied = t.rule.implies;
        // "a treaty of mutual defence" is an alliance; "MoUs on border security" are not.
        const after = implied?.type === 'ALLIANCE' && s.tokens[t.end]?.norm !== 'of' ? 0 : implied?.within ?? 3;
        const span = s.tokens.slice(t.at, t.end + after).filter((x, d) => clause[t.at + d] === clause[t.at]);
        if (implied && span.some((x) => implied.when.test(x.norm))) {
          // An alliance binds states: leaders who sign a defence pact ally their states.
          const actors = f.participants.filter((p) => p.role !== 'MEDIATOR').map((p) => p.actorId);
          const sides = [...new Set(implied.type === 'ALLIANCE' ? actors.map(stateOf) : actors)];
          // What a signing implies starts when the signing happened.
          if (sides.length >= 2) events.push({ type: implied.type, participants: sides.map(as('PARTICIPANT')), ...base, date: ownDate, ...onNewsDay });
        }
      }
    }
  });
  return events;
}

/**
 * "Trump hit Russia's oil companies with sanctions. The sanctions, unveiled by the US Treasury, target
 * Rosneft and Lukoil": a definite noun of a directed type refers back to the latest such event of the
 * two sentences before, whose source and date it takes; the sentence adds what it says of the target.
 */
function sameAsBefore(f: Found, ctx: SentenceContext, t: Trigger, earlier: readonly EventMention[], since: number): Found {
  if (ONTOLOGY[f.type].symmetric || f.type === 'MEDIATION' || !definite(ctx, t) || t.rule.needsAfter) return f;
  const before = latest(earlier, (e) => e.type === f.type && e.evidence.start >= since && e.evidence.start < ctx.s.start);
  const sources = before?.participants.filter((p) => p.role === 'SOURCE') ?? [];
  if (!before || sources.length === 0) return f;
  return { ...f, participants: [...sources, ...f.participants.filter((p) => p.role === 'TARGET')], date: f.date ?? before.date };
}

/** People sent to talk for a state: their talks are meetings. */
const ENVOYS = /^(officials|counterparts|diplomats|envoys|ministers|leaders|delegation|delegations|team|teams|negotiators|representatives)$/;

/** "Biden announced an aid package for Ukraine": arms and aid go from state to state. */
function suppliedByStates(f: Found, stateOf: (id: string) => string): Found {
  const participants = f.participants.map((p) => ({ ...p, actorId: stateOf(p.actorId) }));
  return participants[0].actorId === participants[participants.length - 1].actorId ? f : { ...f, participants };
}

/**
 * "Iran and the US held talks", "discussions between Russian and Ukrainian authorities": talks whose
 * sides are states or organisations are negotiations between them; people hold talks when they meet.
 */
function talksOfSides(f: Found, ctx: SentenceContext, t: Trigger, kindOf: ReadonlyMap<string, string>): boolean {
  // "US officials followed up with Russian counterparts at talks": envoys in a room meet.
  const envoys = ctx.s.tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] && ENVOYS.test(x.norm));
  return f.type === 'MEETING' && /^(talks|discussions)$/.test(ctx.s.tokens[t.at].norm) && !envoys &&
    f.participants.every((p) => kindOf.get(p.actorId) !== undefined && kindOf.get(p.actorId) !== 'PERSON');
}

/** The last event that fits, searched from the end. */
function latest(events: readonly EventMention[], fits: (e: EventMention) => boolean): EventMention | undefined {
  for (let k = events.length - 1; k >= 0; k--) if (fits(events[k])) return events[k];
  return undefined;
}

/**
 * "China, which brokered the agreement", "discussions mediated by Oman": a mediation without
 * parties in its sentence mediates the latest agreement, negotiation or meeting of the article.
 */
function resolveParties(f: Found, earlier: readonly EventMention[], stateOf: (id: string) => string, sentenceStart: number,
  isPerson: (id: string) => boolean): Found {
  if (f.type !== 'MEDIATION' || f.participants.length > 1) return f;
  const mediator = f.participants[0].actorId;
  // (Not an event of the mediator's own people: "thanked Sisi and Egypt for mediating" after Sisi met Abbas.)
  const fits = (e: EventMention) => MEDIATED.has(e.type) && e.participants.length >= 2 &&
    e.participants.every((p) => p.actorId !== mediator && stateOf(p.actorId) !== mediator);
  // Mediators stand between states: an event whose sides are states (or people who act for one) first.
  const about = latest(earlier, (e) => fits(e) && e.participants.every((p) => !isPerson(stateOf(p.actorId)))) ?? latest(earlier, fits) ??
    // "reunited with their families due to Qatar's mediation efforts" after "Moscow's invasion of Ukraine": the warring sides.
    latest(earlier, (e) => e.type === 'CONFLICT' && e.evidence.start === sentenceStart && e.participants.length >= 2 && e.participants.every((p) => p.actorId !== mediator));
  if (!about) return f;
  // "The meeting between presidents is promoted by Celac": the leaders' states are the parties mediated between.
  const parties = [...new Set(about.participants.map((p) => stateOf(p.actorId)))].filter((id) => id !== mediator);
  if (parties.length < 2) return { type: f.type, participants: [f.participants[0], ...about.participants.map((p) => as('PARTY')(p.actorId))], date: about.date };
  return { type: f.type, participants: [f.participants[0], ...parties.map(as('PARTY'))], date: about.date };
}
