import { ONTOLOGY, type RelationType } from '../domain/ontology';
import type { Evidence, Participant } from '../domain/types';
import type { PartialDate } from '../domain/partialDate';
import type { DateMention } from './dates';
import type { Mention } from './mentions';
import type { Sentence, Token } from './sentences';
import { NOT_ASSERTED, REPORTED, TRIGGERS, type TriggerRule } from './triggers';

/**
 * Stage 5: events from trigger words, with participants taken from the
 * sentence's structure: the clause subject ("Lavrov later briefed ..."), a
 * possessive or modifier on a noun ("Moscow’s invasion", "His call"), the object
 * ("briefed Araghchi"), "with X", "between X and Y", coordinated subjects
 * ("Russia and Iran have strengthened ties"). Negated, hypothetical and future
 * mentions are not events; reported ones get a lower confidence.
 */

/** One mention of an event in one sentence; merge (stage 7) joins coreferent ones. */
export interface EventMention {
  type: RelationType;
  participants: Participant[];
  date: PartialDate | null;
  location: string | null;
  confidence: number;
  evidence: Evidence;
}

/** An actor at a token span that can take part in an event (a mention, or a resolved "his"). */
interface Candidate {
  actorId: string;
  start: number;
  end: number;
  form: Mention['form'];
  possessive: boolean;
}

const candidateOf = (actorId: string, m: Mention): Candidate => ({ actorId, start: m.start, end: m.end, form: m.form, possessive: m.possessive });

interface Trigger {
  rule: TriggerRule;
  /** The trigger word, and the end of its span (up to a required following word). */
  at: number;
  end: number;
}

const PREPOSITIONS = new Set(['with', 'of', 'to', 'for', 'against', 'on', 'in', 'at', 'by', 'from', 'about', 'into', 'over', 'between', 'among', 'than', 'like', 'as', 'toward', 'towards', 'upon']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'with', 'although', 'though']);
/** Types whose events happen at a place worth recording. */
const LOCATED: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT']);
const HEDGE_WINDOW = 10;
/** Words placing an event before the time the clause's date refers to. */
const PAST = /^(previously|formerly|once)$/;

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
  if (rule.needsBefore) {
    const before = [k - 1, k - 2, k - 3].filter(inClause);
    const followed = rule.orFollowedBy !== undefined && k + 1 < tokens.length && rule.orFollowedBy.test(tokens[k + 1].norm);
    if (!followed && !before.some((j) => rule.needsBefore!.test(tokens[j].norm))) return null;
  }
  if (!rule.needsAfter) return k + 1;
  const after = Array.from({ length: rule.within ?? 8 }, (_, d) => k + 1 + d).filter(inClause);
  const needed = after.find((j) => rule.needsAfter!.test(tokens[j].norm));
  return needed === undefined ? null : needed + 1;
}

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

/** Candidate starting right after token p, skipping up to `skip` determiners and appositive words. */
function candidateAfter(ctx: SentenceContext, p: number, skip: number): Candidate | undefined {
  return ctx.candidates.find((c) => c.start > p && c.start <= p + 1 + skip &&
    ctx.s.tokens.slice(p + 1, c.start).every((t) => SKIPPABLE.has(t.norm) || /^(ally|partner|neighbou?r|counterpart)$/.test(t.norm)));
}

/** Not the object of a preposition: can be a subject. */
function subjectLike(tokens: readonly Token[], c: Candidate): boolean {
  let k = c.start - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k].norm)) k--;
  if (k < 0 || !PREPOSITIONS.has(tokens[k].norm) || tokens[k].norm === 'as') return true;
  // "with Moscow using Iranian drones": the actor of the gerund, not an object of "with".
  return tokens[k].norm === 'with' && (tokens[c.end]?.tags.has('Gerund') ?? false);
}

/** A candidate and those coordinated with it ("Rubio and Lavrov", "Russia, Iran and China"). */
function group(ctx: SentenceContext, first: Candidate): Candidate[] {
  const out = [first];
  for (const c of ctx.candidates) {
    const last = out[out.length - 1];
    if (c.start < last.end) continue;
    const between = ctx.s.tokens.slice(last.end, c.start).map((t) => t.norm);
    const joined = (between.length === 1 && between[0] === 'and') || (between.length === 0 && /,/.test(ctx.s.tokens[last.end - 1].post));
    if (!joined) break;
    out.push(c);
  }
  return out;
}

/** In an opening phrase ("During a Feb. 18 meeting, ..."), so the clause's subject comes after it. */
function fronted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - 5) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (/^(during|at|after|following|before|in|on|since|ahead)$/.test(ctx.s.tokens[k].norm)) return true;
  }
  return false;
}

/** The agent of a trigger: a modifier of a noun trigger, else the clause subject. */
function agent(ctx: SentenceContext, t: Trigger): Candidate[] {
  const { s, clause } = ctx;
  const inClause = (c: Candidate) => clause[c.start] === clause[t.at];
  if (t.rule.pos === 'noun') {
    // "Moscow’s 2022 full-scale invasion", "Russian mediation", "His Feb. 12 call"
    for (let k = t.at - 1; k >= Math.max(0, t.at - 4) && clause[k] === clause[t.at]; k--) {
      const c = ctx.candidates.find((x) => x.end === k + 1);
      if (c) return c.possessive || c.end === t.at ? [c] : [];
      if (/^(his|her|its|their)$/.test(s.tokens[k].norm)) {
        const id = ctx.pronoun(s.tokens[k].norm, k);
        return id ? [{ actorId: id, start: k, end: k + 1, form: 'name', possessive: true }] : [];
      }
      if (PREPOSITIONS.has(s.tokens[k].norm) || s.tokens[k].tags.has('Verb')) break;
    }
  }
  const before = ctx.candidates.find((c) => inClause(c) && c.start < t.at && c.form !== 'adjective' && subjectLike(ctx.s.tokens, c));
  if (before) return group(ctx, before);
  if (!ONTOLOGY[t.rule.type].symmetric || !fronted(ctx, t)) return [];
  // "During a Feb. 18 meeting in Riyadh, Rubio and Lavrov discussed ...": the subject follows.
  const after = ctx.candidates.find((c) => inClause(c) && c.start >= t.end && c.form !== 'adjective' && subjectLike(ctx.s.tokens, c));
  return after ? group(ctx, after) : [];
}

/** "with X" and "between X and Y" owned by this trigger, anywhere in its clause. */
function partners(ctx: SentenceContext, t: Trigger): Candidate[] {
  const out: Candidate[] = [];
  ctx.s.tokens.forEach((tok, p) => {
    if (ctx.clause[p] !== ctx.clause[t.at] || owner(p, ctx.triggers) !== t) return;
    if (tok.norm === 'with') {
      const c = candidateAfter(ctx, p, 3);
      if (c) out.push(c);
    } else if (tok.norm === 'between') {
      const c = candidateAfter(ctx, p, 2);
      if (c) out.push(...group(ctx, c));
    }
  });
  return out;
}

/** The first actor after the trigger, before the next trigger, in its clause. */
function object(ctx: SentenceContext, t: Trigger, exclude: ReadonlySet<string>): Candidate | undefined {
  const next = ctx.triggers.find((x) => x.at > t.at)?.at ?? ctx.s.tokens.length;
  const within = t.rule.objectWithin ?? 8;
  const places = t.rule.type === 'CONFLICT' ? ctx.places.filter((m) => m.form === 'name') : [];
  const pool: Candidate[] = [...ctx.candidates, ...places.map((m) => candidateOf(m.actorId, m))];
  return pool
    .filter((c) => c.start > t.at && c.start < next && c.start <= t.at + within &&
      ctx.clause[c.start] === ctx.clause[t.at] && !exclude.has(c.actorId) && c.form !== 'adjective')
    .sort((a, b) => a.start - b.start)[0];
}

const ids = (cs: readonly Candidate[]) => [...new Set(cs.map((c) => c.actorId))];

/** Participants in the conventions of the ontology, or null when the sentence does not give enough. */
function participants(ctx: SentenceContext, t: Trigger): Participant[] | null {
  const type = t.rule.type;
  const withOrBetween = partners(ctx, t);
  if (type === 'MEDIATION') {
    // "used the Russians as intermediaries": the mediator is the actor before "as".
    const asAt = ctx.s.tokens.slice(Math.max(0, t.at - 2), t.at).findIndex((x) => x.norm === 'as');
    let mediator: Candidate[];
    let parties: Candidate[];
    if (asAt >= 0) {
      const asIndex = Math.max(0, t.at - 2) + asAt;
      const before = ctx.candidates.filter((c) => c.end <= asIndex && ctx.clause[c.start] === ctx.clause[t.at]);
      mediator = before.slice(-1);
      parties = [...before.slice(-2, -1), ...withOrBetween];
    } else {
      mediator = agent(ctx, t).slice(0, 1);
      const obj = t.rule.objects ? object(ctx, t, new Set(ids(mediator))) : undefined;
      parties = [...(obj ? [obj] : []), ...withOrBetween];
    }
    const m = ids(mediator);
    const p = ids(parties).filter((id) => !m.includes(id));
    if (m.length === 0 || p.length === 0) return null;
    return [{ actorId: m[0], role: 'MEDIATOR' }, ...p.map((actorId): Participant => ({ actorId, role: 'PARTY' }))];
  }
  if (ONTOLOGY[type].symmetric) {
    const between = withOrBetween.length >= 2 && ctx.s.tokens.some((x, p) => x.norm === 'between' && owner(p, ctx.triggers) === t);
    const subject = between ? [] : agent(ctx, t);
    const exclude = new Set(ids([...subject, ...withOrBetween]));
    const obj = t.rule.objects && !between ? object(ctx, t, exclude) : undefined;
    const all = ids([...subject, ...withOrBetween, ...(obj ? [obj] : [])]);
    return all.length >= 2 ? all.map((actorId): Participant => ({ actorId, role: 'PARTICIPANT' })) : null;
  }
  let sources: string[];
  let target: string | undefined;
  if (t.rule.predicate) {
    // "Khamenei stated that Trump “can’t be trusted”": the target is just before, the source the subject.
    const before = ctx.candidates.filter((c) => c.end <= t.at && ctx.clause[c.start] === ctx.clause[t.at]);
    target = before[before.length - 1]?.actorId;
    sources = ids(before.filter((c) => c.actorId !== target && subjectLike(ctx.s.tokens, c)).slice(0, 1));
  } else {
    sources = ids(agent(ctx, t));
    target = object(ctx, t, new Set(sources))?.actorId ?? withOrBetween.find((c) => !sources.includes(c.actorId))?.actorId;
  }
  sources = sources.filter((id) => id !== target);
  if (sources.length === 0 || !target) return null;
  return [...sources.map((actorId): Participant => ({ actorId, role: 'SOURCE' })), { actorId: target, role: 'TARGET' }];
}

/** Negated, hypothetical or future: a modal, intent or negation word shortly before, in the clause. */
function asserted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (NOT_ASSERTED.test(ctx.s.tokens[k].norm)) return false;
  }
  return true;
}

function confidence(ctx: SentenceContext, t: Trigger): number {
  let c = t.rule.confidence;
  if (ctx.s.tokens.some((x) => REPORTED.test(x.norm))) c *= 0.85;
  if (ctx.s.tokens[0].quoted) c *= 0.7; // the whole sentence is someone's words
  return Math.round(c * 100) / 100;
}

/** The date expression nearest the trigger in its clause. */
function dateFor(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): PartialDate | null {
  // "reposted on March 2 a message criticizing them for previously using Russia as an intermediary":
  // the clause's date is the repost's, the earlier event is undated.
  const before = ctx.s.tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at);
  if (before.some((x) => PAST.test(x.norm))) return null;
  const near = dates
    .filter((d) => ctx.clause[d.start] === ctx.clause[t.at])
    .sort((a, b) => Math.abs(a.start - t.at) - Math.abs(b.start - t.at));
  return near[0]?.date ?? null;
}

/** The place nearest the trigger in its clause, with the country that follows it ("Riyadh, Saudi Arabia"). */
function locationFor(ctx: SentenceContext, t: Trigger): string | null {
  if (!LOCATED.has(t.rule.type)) return null;
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

export interface EventInput {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  /** Actor id per mention, as linking resolved it (null: not an actor). */
  actorOf: readonly (string | null)[];
  /** Kind per actor id, for resolving "his" (a person) and "its" (a state or organisation). */
  kindOf: ReadonlyMap<string, string>;
  dates: readonly DateMention[];
}

export function findEvents(input: EventInput): EventMention[] {
  const { sentences, mentions, actorOf, kindOf, dates } = input;
  const bySentence = sentences.map(() => [] as Candidate[]);
  const placesBySentence = sentences.map(() => [] as Place[]);
  mentions.forEach((m, k) => {
    const id = actorOf[k];
    if (!id) return;
    if (m.locative) placesBySentence[m.sentence].push({ ...m, actorId: id });
    else bySentence[m.sentence].push(candidateOf(id, m));
  });
  // A mention inside a larger one ("Trump" in "Trump’s administration") does not act alone.
  const candidatesOf = bySentence.map((cs) => cs.filter((c) => !cs.some((o) => o !== c &&
    o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start)));

  /** The first subject-like actor of the wanted kind in a sentence before token p (in p's clause, if given). */
  const subjectOf = (si: number, p: number, person: boolean, clause?: readonly number[]): string | null => {
    const c = candidatesOf[si].find((x) => x.start < p && (!clause || clause[x.start] === clause[p]) &&
      (kindOf.get(x.actorId) === 'PERSON') === person && x.form !== 'adjective' && subjectLike(sentences[si].tokens, x));
    return c?.actorId ?? null;
  };

  const events: EventMention[] = [];
  sentences.forEach((s, si) => {
    const clause = clauses(s.tokens);
    const covered = new Set<number>();
    for (const m of mentions) if (m.sentence === si) for (let k = m.start; k < m.end; k++) covered.add(k);
    const triggers = findTriggers(s.tokens, clause, covered);
    if (triggers.length === 0) return;
    // "his"/"its": the subject of its clause, else of its sentence, else of the sentences just before.
    const pronoun = (word: string, p: number): string | null => {
      const person = word === 'his' || word === 'her';
      let found = subjectOf(si, p, person, clause) ?? subjectOf(si, p, person);
      for (let back = si - 1; !found && back >= Math.max(0, si - 2); back--) found = subjectOf(back, Infinity, person);
      return found;
    };
    const ctx: SentenceContext = { s, clause, candidates: candidatesOf[si], places: placesBySentence[si], triggers, pronoun };
    for (const t of triggers) {
      if (!asserted(ctx, t)) continue;
      const parts = participants(ctx, t);
      if (!parts) continue;
      events.push({
        type: t.rule.type,
        participants: parts,
        date: dateFor(ctx, t, dates.filter((d) => d.sentence === si)),
        location: locationFor(ctx, t),
        confidence: confidence(ctx, t),
        evidence: { sentence: s.text, start: s.start, end: s.end },
      });
    }
  });
  return events;
}
