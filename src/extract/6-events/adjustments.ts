import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import type { Token } from '../2-sentences';
import { LISTED_TARGETS as LISTED } from '../lexicon/force';
import { ATTENDING_FORMS, TALKS } from '../lexicon/occasions';
import { ENVOYS, SUMMONING, TALKING_TEAM } from '../lexicon/officials';
import { SUBORDINATOR } from '../lexicon/grammar';
import { ORDER_ADVERB } from '../lexicon/tagging';
import { words } from '../lexicon/words';
import { isByPhone, isDefinite, locationFor } from './circumstances';
import { as, type Candidate, isReporting, type SentenceContext, type Trigger, wordBefore } from './clause';
import { type EventMention, latest } from './mention';
import { type Found, isAgentlessPassive, othersDealBetween } from './participants';

/**
 * The adjustment chain: what the article and the ontology's conventions change in the events a trigger states
 * (participants.ts) before they are recorded. The steps run in the order of ADJUSTMENTS, each on the result of the
 * one before; each reads only the trigger's sentence and the events recorded before it.
 */

/** What an adjustment step may read: the trigger, its sentence, and the events of the article so far. */
export interface AdjustmentContext {
  ctx: SentenceContext;
  t: Trigger;
  /** The events recorded before this trigger's, in article order. */
  earlier: readonly EventMention[];
  /** Where the window of sentences "the sanctions" may refer back into starts (two sentences before). */
  windowStart: number;
  kindOf: ReadonlyMap<string, string>;
}

/** One named step of the chain. */
export interface Adjustment {
  name: string;
  apply: (f: Found, at: AdjustmentContext) => Found;
}

/** Relations that bind states, whoever speaks for them. */
const BETWEEN_STATES: ReadonlySet<RelationType> = new Set(['SUPPLY', 'ALLIANCE']);

/** The steps, in the order they run. */
export const ADJUSTMENTS: readonly Adjustment[] = [
  { name: 'betweenStates', apply: (f, at) => (BETWEEN_STATES.has(f.type) ? ofStates(f, at) : f) },
  { name: 'withoutRepresentedStates', apply: (f, at) => withoutRepresentedStates(f, at) },
  { name: 'withoutOneSide', apply: (f, at) => (isOfOneState(f, at) ? { ...f, participants: [] } : f) },
  { name: 'withoutOwnState', apply: (f, at) => withoutOwnState(f, at) },
  { name: 'summonedEnvoysState', apply: (f, at) => summonedEnvoysState(f, at) },
  { name: 'threatenedNotOwnSide', apply: (f, at) => threatenedNotOwnSide(f, at) },
  { name: 'resolveParties', apply: (f, at) => resolveParties(f, at) },
  { name: 'sameAsBefore', apply: (f, at) => sameAsBefore(f, at) },
  { name: 'moreTargets', apply: (f, at) => moreTargets(f, at) },
  { name: 'talksOfSides', apply: (f, at) => (isTalksOfSides(f, at) ? { ...f, type: 'NEGOTIATION' } : f) },
  { name: 'sameOccasionBefore', apply: (f, at) => sameOccasionBefore(f, at) },
];

/** An event after every step of `steps`, in order. */
export function adjust(f: Found, at: AdjustmentContext, steps: readonly Adjustment[] = ADJUSTMENTS): Found {
  return steps.reduce((g, step) => step.apply(g, at), f);
}

/**
 * "Biden announced an aid package for Ukraine", "Putin and Kim signed a strategic partnership agreement": arms and
 * aid go from state to state, and leaders ally their states.
 */
function ofStates(f: Found, { ctx, kindOf }: AdjustmentContext): Found {
  const participants = f.participants.map((p) => ({ ...p, actorId: ctx.stateOf(p.actorId) }));
  const states = new Set(participants.map((p) => p.actorId)).size;
  // ("Putin's closest allies, including the businessman Oleg Deripaska": a person of no state the article names is a
  // leader's crony, and a state's own people are not its allies: no alliance of states.)
  const stateless = participants.some((p) => kindOf.get(p.actorId) === 'PERSON');
  if (f.type === 'ALLIANCE' && (stateless || states === 1) && participants.length >= 2)
    return { ...f, participants: [] };
  return states < participants.length ? f : { ...f, participants };
}

/**
 * "At the initiative of the Armenian side, Putin held a telephone conversation with Pashinyan": a state whose own
 * person takes part in the same conversation or meeting is there through that person, not as a side of its own.
 */
function withoutRepresentedStates(f: Found, { ctx, kindOf }: AdjustmentContext): Found {
  if (!ONTOLOGY[f.type].symmetric) return f;
  const represented = new Set(
    f.participants.filter((p) => kindOf.get(p.actorId) === 'PERSON').map((p) => ctx.stateOf(p.actorId)),
  );
  const participants = f.participants.filter((p) => kindOf.get(p.actorId) !== 'STATE' || !represented.has(p.actorId));
  return participants.length >= 2 ? { ...f, participants } : f;
}

/** One-way talk that stays inside a state when it goes to the speaker's own state: an instruction, not a relation. */
const INTERNAL_WHEN_OWN: ReadonlySet<RelationType> = new Set(['STATEMENT', 'BRIEFING']);

/**
 * "Muizzu asked the Maldivian delegation to tell Indian officials ...", "At the meeting, the two sides (Muizzu and
 * the Maldives) discussed": a person and the state they act for are one side. A meeting, call or other two-sided
 * event of just the two, or a statement or briefing from the one to the other, links no two actors. (A state and its
 * own critic may still clash: "Russia condemned Navalny" stays.)
 */
function withoutOwnState(f: Found, { ctx, kindOf }: AdjustmentContext): Found {
  // (An envoy lives in the state that receives them: "Canada's ambassador in Moscow, Alison LeClaire" may be read as
  // Russia's; the guard keeps off envoys.)
  const isPerson = (id: string) => kindOf.get(id) === 'PERSON' && ctx.stateOf(id) !== id && !isEnvoy(ctx, id);
  const isOwn = (person: string, state: string) =>
    isPerson(person) && kindOf.get(state) === 'STATE' && ctx.stateOf(person) === state;
  const [x, y, ...more] = f.participants;
  if (!x || !y || more.length > 0) return f;
  const oneSide = isOwn(x.actorId, y.actorId) || isOwn(y.actorId, x.actorId);
  if (!oneSide) return f;
  const dropped = ONTOLOGY[f.type].symmetric || INTERNAL_WHEN_OWN.has(f.type);
  return dropped ? { ...f, participants: [] } : f;
}

/**
 * "South Korea's foreign ministry summoned the Russian ambassador in Seoul to protest", the ambassador named later as
 * Georgy Zinoviev: a protest made to a summoned envoy criticises the state the envoy speaks for, not the person (as
 * "summoned Argentina's ambassador to protest" does when the envoy goes unnamed).
 */
function summonedEnvoysState(f: Found, { ctx, t, kindOf }: AdjustmentContext): Found {
  if (f.type !== 'CRITICISM' || !SUMMONS.test(ctx.s.tokens[t.at]?.norm ?? '')) return f;
  const isSummonedEnvoy = (id: string) => kindOf.get(id) === 'PERSON' && isEnvoy(ctx, id) && ctx.stateOf(id) !== id;
  const participants = f.participants.map((p) =>
    p.role === 'TARGET' && isSummonedEnvoy(p.actorId) ? { ...p, actorId: ctx.stateOf(p.actorId) } : p,
  );
  return { ...f, participants };
}
const SUMMONS = words(SUMMONING);

/**
 * "Jang Kum Chol warned that the DPRK will soon take retaliation against the ROK": the subject of what is warned, when
 * it is the warner's own state or is followed by an act "against" another, acts and threatens no one itself; the one the
 * act is against is threatened (the first actor after "against", "on" or "upon" in the clause, past that subject). The
 * warner's own state with no such actor leaves the threat with no one threatened. ("warned that Iran would pay a heavy
 * price": Iran, of another state and with no act against anyone, stays.)
 */
function threatenedNotOwnSide(f: Found, { ctx, t }: AdjustmentContext): Found {
  const source = f.participants.find((p) => p.role === 'SOURCE');
  const target = f.participants.find((p) => p.role === 'TARGET');
  if (f.type !== 'THREAT' || !source || !target || source.actorId === target.actorId) return f;
  const isOwn = ctx.stateOf(source.actorId) === target.actorId;
  const subject = ctx.candidates.find((c) => c.actorId === target.actorId && c.start >= t.end);
  if (!isOwn && !subject) return f;
  const tokens = ctx.s.tokens;
  // ("warned India of severe consequences in case of a strike on his country": the one warned, the verb's own object,
  // is threatened; an act against another after it is what the warning forbids.)
  if (!isOwn && subject && isWarnedObject(tokens, t, subject)) return f;
  const from = subject?.end ?? t.end;
  const against = ctx.candidates.find(
    (c) =>
      c.start >= from &&
      ctx.clause[c.start] === ctx.clause[from - 1] &&
      c.actorId !== target.actorId &&
      AGAINST.test(tokens[wordBefore(tokens, c.start)]?.norm ?? ''),
  );
  if (!against) return isOwn ? { ...f, participants: [] } : f;
  return { ...f, participants: f.participants.map((p) => (p === target ? { ...p, actorId: against.actorId } : p)) };
}
const AGAINST = /^(?:against|on|upon)$/;

/**
 * Whether c, after the trigger, is the warning verb's own object ("warned the United States of serious consequences",
 * "warned neighbouring India on Wednesday to refrain") rather than the subject of a clause that tells what is warned
 * ("warned that the DPRK will take retaliation", "warned Pyongyang would take action"): no "that" or clause opener
 * before it, and no verb right after it.
 */
function isWarnedObject(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  const before = tokens.slice(t.end, c.start);
  // (A participle right before the name is its modifier: "neighbouring India".)
  const isVerb = (x: Token, k: number) => x.tags.has('Verb') && !(k === before.length - 1 && x.tags.has('Gerund'));
  if (before.some((x, k) => x.norm === 'that' || SUBORDINATOR.test(x.norm) || isVerb(x, k))) return false;
  const next = tokens[c.end];
  return next === undefined || !(next.tags.has('Verb') || next.tags.has('Modal') || next.tags.has('Auxiliary'));
}

/** An envoy word among the few words before a mention of the person: "ambassador in Moscow, Alison LeClaire". */
function isEnvoy(ctx: SentenceContext, id: string): boolean {
  const tokens = ctx.s.tokens;
  return ctx.candidates.some(
    (c) => c.actorId === id && tokens.slice(Math.max(0, c.start - ENVOY_REACH), c.end).some((t) => ENVOY.test(t.norm)),
  );
}
const ENVOY = words(ENVOYS);
/** How many words before a person's name an envoy's title may stand ("ambassador in Moscow, Alison LeClaire"). */
const ENVOY_REACH = 4;

/** Occasions between sides: two people of one state at them are a delegation, not each other's counterpart. */
const BETWEEN_SIDES: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL']);

/**
 * "Kamikawa and Kihara held talks with their counterparts", "Blinken and Austin met with reporters": a meeting or call
 * whose participants are all people of one state, named together before the trigger, with a "with" after it that
 * names no actor, is that state's delegation meeting someone the sentence does not name as an actor; it links no two
 * actors (dropped by isComplete). ("Putin met Lavrov", "Biden met with Blinken and the families": one side each.)
 */
function isOfOneState(f: Found, { ctx, t, kindOf }: AdjustmentContext): boolean {
  if (!BETWEEN_SIDES.has(f.type) || f.participants.length < 2) return false;
  const ids = new Set(f.participants.map((p) => p.actorId));
  const named = ctx.candidates.filter((c) => ids.has(c.actorId));
  if (!named.every((c) => c.end <= t.at)) return false;
  const people = f.participants.every((p) => kindOf.get(p.actorId) === 'PERSON');
  const states = new Set(f.participants.map((p) => ctx.stateOf(p.actorId)).filter((id) => !ids.has(id)));
  // ("the president's chief adviser": at an occasion already told, an attendee of no known state is of the others'.)
  if (people && states.size <= 1 && attendsToldOccasion(ctx, t)) return true;
  // (Only people, each of a known state: a person of no known state is a side of their own.)
  const affiliated = people && f.participants.every((p) => ctx.stateOf(p.actorId) !== p.actorId);
  return affiliated && states.size === 1 && hasUnnamedCounterpart(ctx, t);
}

/**
 * "Türkiye's Defense Minister Yasar Guler, intelligence chief Ibrahim Kalin and adviser Akif Kilic attended the
 * meeting": those who attend "the" occasion (one the article has told) sit in it beside someone; people of one state
 * listed so are one delegation at it, not each other's counterpart.
 */
function attendsToldOccasion(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  return tokens[t.at - 1]?.norm === 'the' && ATTENDING.test(tokens[t.at - 2]?.norm ?? '');
}

const ATTENDING = words(ATTENDING_FORMS);

/** A "with" after the trigger, in its clause, with no actor named after it before a comma: "talks with their counterparts". */
function hasUnnamedCounterpart(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const within = (k: number) => k < tokens.length && ctx.clause[k] === ctx.clause[t.at];
  let k = t.end;
  while (within(k) && tokens[k]?.norm !== 'with') k++;
  if (!within(k)) return false;
  // (Up to a comma: ", the Philippine government said" names who speaks, not who was met.)
  let end = k;
  while (within(end + 1) && !/[,;:]/.test(tokens[end]?.post ?? '')) end++;
  return !ctx.candidates.some((c) => c.start > k && c.start <= end);
}

/** Event types a mediation is about, for a mediation whose parties the sentence leaves to the context. */
const MEDIATED: ReadonlySet<RelationType> = new Set(['AGREEMENT', 'NEGOTIATION', 'MEETING', 'CALL']);

/**
 * "China, which brokered the agreement", "discussions mediated by Oman": a mediation without
 * parties in its sentence mediates the latest agreement, negotiation or meeting of the article.
 */
function resolveParties(f: Found, { ctx, earlier, kindOf }: AdjustmentContext): Found {
  const [first, ...others] = f.participants;
  if (f.type !== 'MEDIATION' || first === undefined || others.length > 0) return f;
  const about = mediatedEvent([first.actorId, ...(f.alongside ?? [])], { ctx, earlier, kindOf });
  if (!about) return f;
  // ("Under the auspices of the Turkish president and the Iraqi prime minister, a memorandum was signed", after Turkey
  // and Iraq signed a deal: one who acts for a side of that event is that side, no go-between.)
  const own = ctx.stateOf(first.actorId);
  if (about.participants.some((p) => p.actorId === own || ctx.stateOf(p.actorId) === own)) return f;
  // "The meeting between presidents is promoted by Celac": the leaders' states are the parties mediated between.
  const parties = [...new Set(about.participants.map((p) => ctx.stateOf(p.actorId)))].filter(
    (id) => id !== first.actorId,
  );
  const occasion = about.date ?? about.leadDate;
  const when = { date: about.date, ...(occasion !== undefined ? { occasion } : {}) };
  if (parties.length < 2)
    return { type: f.type, participants: [first, ...about.participants.map((p) => as('PARTY')(p.actorId))], ...when };
  return { type: f.type, participants: [first, ...parties.map(as('PARTY'))], ...when };
}

/** The event of the article a mediator's mediation is about, if any. */
function mediatedEvent(
  [mediator, ...alongside]: string[],
  { ctx, earlier, kindOf }: Pick<AdjustmentContext, 'ctx' | 'earlier' | 'kindOf'>,
): EventMention | undefined {
  const isPerson = (id: string) => kindOf.get(id) === 'PERSON';
  const mediators = [mediator, ...alongside];
  // (Not an event of the mediators' own people: "thanked Sisi and Egypt for mediating" after Sisi met Abbas; "met with
  // Egyptian and Qatari mediators" is no meeting that Qatar mediates.)
  const fits = (e: EventMention) =>
    MEDIATED.has(e.type) &&
    e.participants.length >= 2 &&
    e.participants.every((p) => !mediators.includes(p.actorId) && !mediators.includes(ctx.stateOf(p.actorId)));
  // Mediators stand between states: an event whose sides are states (or people who act for one) first.
  return (
    latest(earlier, (e) => fits(e) && e.participants.every((p) => !isPerson(ctx.stateOf(p.actorId)))) ??
    latest(earlier, fits) ??
    // "reunited with their families due to Qatar's mediation efforts" after "Moscow's invasion of Ukraine": the warring sides.
    latest(
      earlier,
      (e) =>
        e.type === 'CONFLICT' &&
        e.evidence.start === ctx.s.start &&
        e.participants.length >= 2 &&
        e.participants.every((p) => p.actorId !== mediator),
    )
  );
}

/**
 * "Trump hit Russia's oil companies with sanctions. The sanctions, unveiled by the US Treasury, target
 * Rosneft and Lukoil": a definite noun of a directed type refers back to the latest such event of the
 * two sentences before, whose source and date it takes; the sentence adds what it says of the target.
 */
function sameAsBefore(f: Found, { ctx, t, earlier, windowStart }: AdjustmentContext): Found {
  if (ONTOLOGY[f.type].symmetric || f.type === 'MEDIATION' || !isDefinite(ctx, t) || t.rule.needsAfter) return f;
  const before = latest(
    earlier,
    (e) => e.type === f.type && e.evidence.start >= windowStart && e.evidence.start < ctx.s.start,
  );
  const sources = before?.participants.filter((p) => p.role === 'SOURCE') ?? [];
  if (!before || sources.length === 0) return f;
  // ("The sanctions freeze any U.S. property of the targeted entities": the source's own people or goods the measure
  // works through are no target of it.)
  const own = new Set(sources.map((p) => p.actorId));
  return {
    ...f,
    participants: [...sources, ...f.participants.filter((p) => p.role === 'TARGET' && !own.has(p.actorId))],
    date: f.date ?? before.date,
  };
}

/** The state whose adjective stands right before the clause's listing noun ("The Canadian measures name"), if any. */
function ownerOfListing(ctx: SentenceContext, t: Trigger): string | undefined {
  return ctx.candidates.find(
    (c) => c.form === 'adjective' && c.end < t.at && LISTED.test(ctx.s.tokens[c.end]?.norm ?? '') && c.kind === 'STATE',
  )?.actorId;
}

/**
 * "China sanctioned 12 US defense companies. The entities include units of Lockheed Martin and Raytheon", "Anton Vaino
 * was also sanctioned", "Shoigu is among those targeted": a sanction that names targets and no source lists more
 * targets of the latest sanction of the two sentences before, whose source and date it takes. Without such a sanction
 * it stays incomplete and is dropped.
 */
function moreTargets(f: Found, { ctx, t, earlier, windowStart }: AdjustmentContext): Found {
  const targets = f.participants.filter((p) => p.role === 'TARGET');
  // (A noun of sanctions without a source refers back only when definite: sameAsBefore; "announced the recall of
  // Bamako's ambassadors" names no target of the sanctions before.)
  if (f.type !== 'SANCTION' || targets.length === 0 || !(t.rule.continues || isAgentlessPassive(ctx, t))) return f;
  if (f.participants.some((p) => p.role === 'SOURCE')) return f;
  // ("The US sanctioned Maduro in July. The Canadian measures name Maduro and El Aissami": a state's adjective on the
  // listing noun names whose sanctions these are, not the sanction before.)
  const own = ownerOfListing(ctx, t);
  if (own)
    return { ...f, participants: [{ actorId: own, role: 'SOURCE' }, ...targets.filter((p) => p.actorId !== own)] };
  // ("The other entities hit by sanctions were ..." closes a Reuters report eight sentences after the sanction: a list of
  // the "other" targets continues the article's sanction however far back it was told; any other, only the sentences
  // just before.)
  const from = t.rule.continues && isOfOthers(ctx, t) ? 0 : windowStart;
  const inWindow = (e: EventMention) =>
    e.type === 'SANCTION' && e.evidence.start >= from && e.evidence.start < ctx.s.start;
  // The latest sentence's first sanction: its main news, before any background ("China sanctioned US firms, in
  // retaliation for earlier US sanctions on Chinese companies. The entities include ...": China's targets).
  const sentence = latest(earlier, inWindow)?.evidence.start;
  const before = earlier.find((e) => inWindow(e) && e.evidence.start === sentence);
  const sources = before?.participants.filter((p) => p.role === 'SOURCE') ?? [];
  if (!before || sources.length === 0) return f;
  const ids = new Set(sources.map((p) => p.actorId));
  const newTargets = targets.filter((p) => !ids.has(p.actorId));
  return { ...f, participants: [...sources, ...newTargets], date: f.date ?? before.date };
}

/** "The other entities hit by sanctions were ...", "the remaining firms": a listing that says it names the rest. */
function isOfOthers(ctx: SentenceContext, t: Trigger): boolean {
  return ctx.s.tokens.slice(0, t.at).some((x) => OTHERS.test(x.norm));
}
const OTHERS = /^(?:other|remaining)$/;

/** "held talks", "discussions between": talks, which are negotiations when states or organisations hold them. */
const TALK = words(TALKS);

/**
 * "Iran and the US held talks", "discussions between Russian and Ukrainian authorities": talks whose
 * sides are states or organisations are negotiations between them; people hold talks when they meet.
 */
function isTalksOfSides(f: Found, { ctx, t, kindOf }: AdjustmentContext): boolean {
  // "US officials followed up with Russian counterparts at talks": envoys in a room meet (not the source of the
  // report: "..., the officials said").
  const tokens = ctx.s.tokens;
  const isSource = (k: number) => {
    const next = tokens[k + 1];
    return next !== undefined && isReporting(next);
  };
  const envoys = tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] && TALKING_TEAM.test(x.norm) && !isSource(k));
  return (
    f.type === 'MEETING' &&
    TALK.test(ctx.s.tokens[t.at]?.norm ?? '') &&
    !envoys &&
    // ("Egypt and Qatar held talks on a truce between Israel and Hamas": they met on others' deal, no negotiation.)
    othersDealBetween(ctx, t) < 0 &&
    f.participants.every((p) => kindOf.get(p.actorId) !== undefined && kindOf.get(p.actorId) !== 'PERSON')
  );
}

/** Occasions a pair holds once: a restatement of the pair's meeting or call is that occasion. */
const RESTATED: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL']);
/** Words that make a pair's meeting another one: "later met", "met again". */
const ANOTHER_TIME = words(['later', 'again', 'subsequently', 'afterwards', 'next']);

/**
 * A word in the clause that makes the pair's meeting or call another one than the one just told: "later met", "met
 * again", and the order adverb of an earlier one ("Macron spoke with Putin on Tuesday ... The two leaders last spoke on
 * 11 September 2022": that call, not Tuesday's; 2-sentences.ts orderAdverb tags it).
 */
function isAnotherTime(x: Token): boolean {
  return ANOTHER_TIME.test(x.norm) || (ORDER_ADVERB.test(x.norm) && x.tags.has('Adverb'));
}

/**
 * "Prabowo flew to Kuala Lumpur on Thursday to meet Anwar. ... The two leaders discussed border issues": a meeting or
 * call among the participants of the latest dated one of its type in the window is that occasion, and takes its date
 * (a date of its own sentence still comes first); it is no second meeting on the news day. Talk only ("exchanged
 * views") told of a pair that just spoke by phone is that call.
 */
function sameOccasionBefore(f: Found, { ctx, t, earlier, windowStart }: AdjustmentContext): Found {
  if (!RESTATED.has(f.type) || f.date !== undefined || f.participants.length < 2) return f;
  // ("Lavrov later met Fidan in Ankara", "met again": another occasion of the pair.)
  if (ctx.s.tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] && isAnotherTime(x))) return f;
  const ids = f.participants.map((p) => p.actorId);
  // ("The top diplomats of Seoul and Tokyo held talks by phone. In the talks, Kang and Kono agreed ...": the talks
  // just told, held by the states' own people.)
  const told = isTheTalksTold(ctx, t);
  const talkOnly = t.rule.talkOnly === true;
  // A side of an earlier event: the actor itself; its state there when the talks were just told by the states' own
  // people; or, for talk alone, an earlier participant read at its state ("Xi spoke by phone with Ramaphosa ... The
  // two sides also exchanged views" is that call, however far back).
  const isSide = (e: EventMention, id: string) =>
    e.participants.some(
      (p) => p.actorId === id || (told && p.actorId === ctx.stateOf(id)) || (talkOnly && ctx.stateOf(p.actorId) === id),
    );
  // ("Xi held a phone call with Macron. The two sides exchanged views": talk told of a pair that just spoke by phone.)
  // ("Jaishankar also met Konakovic. The two leaders talked about ties"; "Albanese has met Li at a gala dinner. Albanese
  // spoke with Li for four minutes": talk read as a call only for want of a place, told of a pair that just met, is
  // that meeting.)
  const spokeAtMeeting = t.rule.callInCallArticle === true && !isByPhone(ctx, t);
  const types = new Set([f.type, ...(talkOnly || told ? ['CALL'] : []), ...(spokeAtMeeting ? ['MEETING'] : [])]);
  const held = earlier.filter(
    (e) => types.has(e.type) && e.evidence.start < ctx.s.start && ids.every((id) => isSide(e, id)),
  );
  // (The latest must be of the window; an undated one there, "was greeted by Anwar", restates a dated one before.)
  const last = held.at(-1);
  if (last === undefined || (last.evidence.start < windowStart && !t.rule.talkOnly)) return f;
  const dated = [...held].reverse().find((e) => e.date !== null);
  // (An undated meeting still makes the call so read its own: the merge then keeps one of the two.)
  if (!dated) return spokeAtMeeting && last.type === 'MEETING' ? { ...f, type: 'MEETING' } : f;
  const place = locationFor(ctx, t, f.type);
  if (place !== null && dated.location !== null && place !== dated.location) return f;
  return { ...f, type: last.type, date: dated.date };
}

/** "In the talks", "during the discussions": a definite noun of talks, which names talks already told. */
function isTheTalksTold(ctx: SentenceContext, t: Trigger): boolean {
  return TALK.test(ctx.s.tokens[t.at]?.norm ?? '') && isDefinite(ctx, t);
}
