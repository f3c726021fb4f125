import { ONTOLOGY } from '../domain/ontology';
import { boundsOf, doOverlap, intersect } from '../domain/dayBounds';
import { isBeforeNewsWeek } from './5-dates';
import { compatible, morePrecise } from '../domain/partialDate';
import type { Evidence, ExtractedEvent, Participant } from '../domain/types';
import { eventId } from '../domain/ids';
import type { EventMention } from './6-events';

/**
 * Coreferent mentions of one event in one article become one event.
 * "a phone call in February" and "His Feb. 12 call with Putin" are one CALL dated
 * 2025-02-12, with both sentences as evidence. Mentions corefer when they have the
 * same type and participants and compatible dates (an undated mention fits any); a meeting
 * of some of a meeting's participants is that meeting;
 * a mediation when it has the same mediator and one's parties are among the
 * other's (a mention that names one party is part of the mediation that names
 * both; two mediations with different party pairs are two mediations).
 */

const keyOf = (p: Participant) => `${p.role}:${p.actorId}`;

/** As many participants in both, and each of `b` in `a` as `key` reads them (roles and actors, or actors alone). */
function haveSameBy(a: readonly Participant[], b: readonly Participant[], key: (p: Participant) => string): boolean {
  const ka = new Set(a.map(key));
  return a.length === b.length && b.every((p) => ka.has(key(p)));
}

const haveSameParticipants = (a: readonly Participant[], b: readonly Participant[]) => haveSameBy(a, b, keyOf);

/** Every actor of `small` takes part in `large`: "Pashinyan and Aliyev shook hands" at their meeting with Trump. */
function isSubset(small: readonly Participant[], large: readonly Participant[]): boolean {
  return small.length >= 2 && small.every((p) => large.some((q) => q.actorId === p.actorId));
}

/** The actors of a directed mention in one role, sorted (who acts, or on whom). */
const actorsIn = (e: EventMention, role: string) =>
  e.participants
    .filter((p) => p.role === role)
    .map((p) => p.actorId)
    .sort();

/** The same target, and every source of `small` among the sources of `large`. */
function hasSameTargetMoreSources(small: EventMention, large: EventMention): boolean {
  const [ts, tl] = [actorsIn(small, 'TARGET'), actorsIn(large, 'TARGET')];
  return (
    ts.length > 0 &&
    ts.join('|') === tl.join('|') &&
    actorsIn(small, 'SOURCE').every((id) => actorsIn(large, 'SOURCE').includes(id))
  );
}

/**
 * "Biden, López Obrador and Trudeau met for the summit" and, later, "Biden and López Obrador met on Monday": a meeting
 * of some of an undated meeting's participants, told after it with a date of its own, is a meeting of its own (a
 * bilateral before or beside the summit), not the day of the larger one; undated, it may be part of it. (Told before
 * it, the parts are what the larger mention sums up: "Erdogan hosted Mohamud and Abiy on Wednesday. The three leaders
 * signed a declaration".)
 */
function isDatedPartOfUndated(small: EventMention, large: EventMention): boolean {
  return (
    small.date !== null &&
    large.date === null &&
    small.participants.length < large.participants.length &&
    small.evidence.start > large.evidence.start
  );
}

/**
 * Whether `news` is an undated mention told as the news ("Turkey has suspended all of its trade with Israel", "Erdogan
 * also had talks with Lukashenko" in a report of Thursday's summit: 6-events newsDayLead) and `past` a mention dated
 * wholly before the week up to its day ("In 2010, Turkey broke off diplomatic ties with Israel", "his trip to Russia
 * last September"): two occasions of one pair, the news and its background, not one event dated by its background.
 */
function isNewsBesidePast(news: EventMention, past: EventMention): boolean {
  const day = news.leadDate ?? news.newsDay;
  return news.date === null && day !== undefined && past.date !== null && isBeforeNewsWeek(past.date, day);
}

function doCorefer(a: EventMention, b: EventMention): boolean {
  if (a.type !== b.type) return false;
  if (a.date !== null && b.date !== null && !compatible(a.date, b.date)) return false;
  if (isNewsBesidePast(a, b) || isNewsBesidePast(b, a)) return false;
  // "Lavrov met Araghchi on Feb. 10" and, after a meeting of Feb. 18, "Lavrov later met Araghchi": no day fits both.
  if (!doOverlap(boundsOf(a), boundsOf(b))) return false;
  if (a.type === 'MEETING')
    return (
      haveSameParticipants(a.participants, b.participants) ||
      (isSubset(a.participants, b.participants) && !isDatedPartOfUndated(a, b)) ||
      (isSubset(b.participants, a.participants) && !isDatedPartOfUndated(b, a))
    );
  // "sanctions imposed on the country by ECOWAS" and "ECOWAS and UEMOA imposed measures against Mali": one act of both.
  if (!ONTOLOGY[a.type].symmetric && a.type !== 'MEDIATION')
    return (
      haveSameParticipants(a.participants, b.participants) ||
      hasSameTargetMoreSources(a, b) ||
      hasSameTargetMoreSources(b, a)
    );
  if (a.type !== 'MEDIATION') return haveSameParticipants(a.participants, b.participants);
  const mediator = (e: EventMention) => e.participants.find((p) => p.role === 'MEDIATOR')?.actorId;
  const parties = (e: EventMention) => e.participants.filter((p) => p.role === 'PARTY').map((p) => p.actorId);
  const within = (small: string[], large: string[]) => small.every((id) => large.includes(id));
  return mediator(a) === mediator(b) && (within(parties(a), parties(b)) || within(parties(b), parties(a)));
}

/**
 * A CALL and a looser MEETING ("discussed") between the same actors in one sentence are the call;
 * so is a loose MEETING anywhere in the article ("The two leaders discussed ...", after "spoke by phone"). Not one on
 * another day: "Putin met Xi in Beijing in October, and the two leaders spoke by phone on Monday" tells two occasions.
 */
function isSubsumedByCall(e: EventMention, all: readonly EventMention[]): boolean {
  return (
    e.type === 'MEETING' &&
    all.some(
      (c) =>
        c.type === 'CALL' &&
        (c.evidence.start === e.evidence.start || e.loose === true) &&
        (c.date === null || e.date === null || compatible(c.date, e.date)) &&
        haveSameParticipants(
          c.participants
            .map((p) => p.actorId)
            .sort()
            .map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
          e.participants,
        ),
    )
  );
}

/** The CALL and MEETING types: encounters whose content is said between their participants. */
const ENCOUNTERS: ReadonlySet<string> = new Set(['CALL', 'MEETING']);

/**
 * A STATEMENT from one side of a call or meeting to the other, on a day the encounter allows, is what was said in
 * it, not a second event: "Putin had told Macron that the war was ..." after "Macron urged Putin ... in the first
 * telephone call"; "Lukashenko told Putin" as they met in Sochi. One edge per event per pair, as the gold has it.
 */
function isSaidWithinEncounter(e: EventMention, all: readonly EventMention[]): boolean {
  if (e.type !== 'STATEMENT') return false;
  // (The same actors, whatever their roles: a statement's source and target, an encounter's participants.)
  return all.some(
    (c) =>
      ENCOUNTERS.has(c.type) &&
      (c.date === null || e.date === null || compatible(c.date, e.date)) &&
      haveSameBy(e.participants, c.participants, (p) => p.actorId),
  );
}

/** The types of a side's protest at another: its demand, said to the same side, belongs to it. */
const PROTESTS: ReadonlySet<string> = new Set(['CRITICISM', 'THREAT']);

/**
 * A STATEMENT from one side to another that the same side also criticises or threatens, on a day both allow, is the
 * protest's demand, not a second event: "Japan lodged a protest with China ... Japan demanded that China's ships
 * leave its waters"; "The body condemned Russia's attacks and called on Moscow to stop hostilities"; "China urges the
 * United States to withdraw the sale" after China's warning. Readers label the protest alone. A demand to someone
 * the speaker does not protest at stays a statement: "condemned the bombing and urged the Afghan authorities to take
 * measures" (the bombing's authors were criticised, not Afghanistan).
 */
function isDemandOfProtest(e: EventMention, all: readonly EventMention[]): boolean {
  if (e.type !== 'STATEMENT') return false;
  const sides = (m: EventMention) => `${actorsIn(m, 'SOURCE').join('|')} > ${actorsIn(m, 'TARGET').join('|')}`;
  return all.some(
    (c) =>
      PROTESTS.has(c.type) &&
      (c.date === null || e.date === null || compatible(c.date, e.date)) &&
      sides(c) === sides(e),
  );
}

const precision = (date: string | null) => (date === null ? 0 : date.length);

interface Draft {
  event: EventMention;
  evidence: Evidence[];
  /** The rules of the merged mentions, each once; the first is the rule of the first evidence. */
  rules: string[];
  /** The mentions merged into it, so that a draft can be folded into another whose participants grew to cover it. */
  mentions: EventMention[];
}

const draftOf = (m: EventMention): Draft => ({
  event: { ...m, participants: [...m.participants] },
  evidence: [m.evidence],
  rules: [m.rule],
  mentions: [m],
});

/** Adds one coreferent mention to a draft: its evidence, rule, participants, date, place and bounds. */
function absorb(into: Draft, m: EventMention): void {
  const e = into.event;
  into.mentions.push(m);
  if (!into.evidence.some((x) => x.start === m.evidence.start)) {
    // The sentence that dates the event best is its best evidence: it goes first, and its rule with it (so the
    // rule an evaluation reports is the one that fired in the sentence it shows).
    if (precision(m.date) > precision(e.date)) {
      into.evidence.unshift(m.evidence);
      into.rules = [m.rule, ...into.rules.filter((r) => r !== m.rule)];
    } else into.evidence.push(m.evidence);
  }
  if (!into.rules.includes(m.rule)) into.rules.push(m.rule);
  if (m.date !== null) e.date = e.date === null ? m.date : morePrecise(e.date, m.date);
  for (const p of m.participants) if (!e.participants.some((q) => keyOf(q) === keyOf(p))) e.participants.push(p);
  e.location ??= m.location;
  e.toldOn ??= m.toldOn;
  e.leadDate ??= m.leadDate;
  e.confidence = Math.max(e.confidence, m.confidence);
  // Two reports of one event: it happened on a day both allow.
  if (m.earliest !== undefined || m.latest !== undefined) Object.assign(e, intersect(boundsOf(e), boundsOf(m)));
}

/**
 * A draft whose participants grew may now cover another draft: "Erdogan hosted Mohamud and Abiy" (two meetings,
 * one per guest) and "the three leaders signed" (a meeting of all three) are one meeting, whichever came first.
 * Folds every such draft into `into`, until none is left.
 */
function foldCovered(drafts: Draft[], into: Draft): void {
  let folded = true;
  while (folded) {
    folded = false;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const other = drafts[k];
      if (other === undefined || other === into || !doCorefer(into.event, other.event)) continue;
      for (const m of other.mentions) absorb(into, m);
      drafts.splice(k, 1);
      folded = true;
    }
  }
}

export function mergeEvents(mentions: readonly EventMention[]): ExtractedEvent[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    if (isSubsumedByCall(m, mentions) || isSaidWithinEncounter(m, mentions) || isDemandOfProtest(m, mentions)) continue;
    const into = drafts.find((d) => doCorefer(d.event, m));
    if (!into) {
      drafts.push(draftOf(m));
      continue;
    }
    const size = into.event.participants.length;
    absorb(into, m);
    if (into.event.participants.length > size) foldCovered(drafts, into);
  }
  return drafts.map(({ event: e, evidence, rules }): ExtractedEvent => {
    // No mention dates it: the day a mention was told does, else the news day of an opening mention (dates.newsDay).
    // (The day it was told also narrows a wider date it falls in: "in 2023" and "..., Biden said Wednesday".)
    const told = e.toldOn !== undefined && (e.date === null || compatible(e.date, e.toldOn)) ? e.toldOn : undefined;
    const date =
      (told !== undefined && e.date !== null ? morePrecise(e.date, told) : (e.date ?? told)) ?? e.leadDate ?? null;
    return {
      id: eventId(e.type, e.participants, date),
      type: e.type,
      participants: e.participants,
      date,
      location: e.location,
      confidence: e.confidence,
      evidence,
      earliest: e.earliest,
      latest: e.latest,
      rule: rules[0],
      rules,
    };
  });
}
