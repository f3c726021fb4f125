import {
  addDays,
  type Bounds,
  boundsOf,
  type Day,
  intersect,
  isEmpty,
  loosest,
  spanOf,
  UNBOUNDED,
} from '../domain/dayBounds';
import { ONTOLOGY } from '../domain/ontology';
import type { PartialDate } from '../domain/partialDate';
import { eventId } from '../domain/ids';
import type { ExtractedEvent } from '../domain/types';
import type { Sentence, Token } from './2-sentences';
import type { DateMention } from './5-dates';
import type { EventMention } from './6-events';
import { clauses } from './6-events/clause';
import {
  AFTER,
  APPROXIMATE,
  EXACT,
  BEFORE,
  BEFORE_COMPLEMENT,
  EARLIER_ORDER,
  BACK_REFERENCE,
  LATER,
  NEXT_UNIT,
  ORDER_ADJECTIVE_DETERMINER,
  OWN_TIME,
  PREVIOUS_UNIT,
  countOf,
  SPAN_DAYS,
  WITHIN_A_DAY,
} from './lexicon/ordering';

/**
 * Time as bounds: every event between an earliest and a latest day (either unknown). A dated event spans its date's
 * precision ("2025-02": Feb. 1 to 28). A published report tells what has happened (the event stage drops what is
 * ahead: "will meet next week"), so an event happened no later than its article's publication day, unless its own
 * date lies beyond it. Ordering words bound it by what they relate it to: "after the Feb. 18 meeting", "ahead of the
 * summit on March 3", "a week after", and "later", "earlier", "days later" by the event told before it in the sentence
 * or, failing one, in the sentence before ("Rubio met Lavrov on Feb. 18. Lavrov later briefed Araghchi.": the
 * briefing was on Feb. 18 or after). "Last month" and "last year" are dates (5-dates.ts), whose span bounds the event.
 *
 * Two passes. `boundMentions` runs on the event stage's mentions, before merge, which intersects the bounds of the
 * mentions it joins and keeps apart those whose bounds do not meet (7-merge.ts). `boundEvents` runs last, after
 * carried dates, and bounds every event by its final date. Bounds never change a date: where a date and the words
 * around it disagree, the date's span is kept.
 */

export interface BoundsInput {
  sentences: readonly Sentence[];
  dates: readonly DateMention[];
  published: PartialDate | null;
}

/** How many words a preposition's object reaches: "after the Feb. 18 meeting in Riyadh with Saudi officials". */
const OBJECT_REACH = 16;
/** How many words a definite object referring back may have: "after the meeting", "following the talks in Riyadh". */
const BACK_REFERENCE_WORDS = 4;
/** How far after an adverb its verb may stand: "later that evening briefed". */
const ADVERB_REACH = 6;

type Direction = 'after' | 'before';

/** An ordering word of a sentence: which way it orders, what it relates to, and by how many days at the least and most. */
interface Cue {
  direction: Direction;
  /** Where the cue starts, its count and unit included ("a week after"), and where its ordering word is. */
  start: number;
  word: number;
  /** A preposition's object, tokens [from, to): what the event is ordered against; null for an adverb ("later"). */
  object: { from: number; to: number } | null;
  /** Days at the least between the event and what it is ordered against: "a week after" is 7, "after" 0. */
  gap: number;
  /** Days at the most, null for no limit: "a day after" and "the next day" are 1, "hours after" 1, "after" null. */
  reach: number | null;
}

/** A span counted in days, with at the least and the most as many days between its events. */
interface Span {
  start: number;
  gap: number;
  reach: number | null;
}

/** The publication day as a latest bound: an article reports what happened up to the day it was published. */
function publicationCap(published: PartialDate | null): Bounds {
  return { earliest: null, latest: spanOf(published).latest };
}

/** A date's span, and no later than publication unless the date itself lies beyond it. */
function dateBounds(date: PartialDate | null, published: PartialDate | null): Bounds {
  const span = spanOf(date);
  const cap = publicationCap(published);
  const beyond = span.earliest !== null && cap.latest !== null && span.earliest > cap.latest;
  return beyond ? span : intersect(span, cap);
}

/** Ordering words and dates disagreeing with a date (no day satisfies both): the date is what the text says. */
const withinDate = (ordered: Bounds, date: Bounds): Bounds => {
  const both = intersect(ordered, date);
  return isEmpty(both) ? date : both;
};

/** Every mention with its bounds (see the module's comment): its date's, then its ordering words'. */
export function boundMentions(mentions: readonly EventMention[], input: BoundsInput): EventMention[] {
  const sentenceAt = new Map(input.sentences.map((s) => [s.start, s.index]));
  const bySentence = grouped(mentions, (m) => sentenceAt.get(m.evidence.start) ?? -1);
  const datesOf = grouped(input.dates, (d) => d.sentence);
  const bounded = new Map<EventMention, Bounds>();
  let before: Before = { events: [], days: [] };
  for (const s of input.sentences) {
    const own = bySentence.get(s.index) ?? [];
    const dates = datesOf.get(s.index) ?? [];
    const base = new Map(own.map((m) => [m, withinWeek(dateBounds(m.date, input.published), m, dates)]));
    const ordered = orderSentence({ tokens: s.tokens, dates, base, before, published: input.published });
    for (const m of own) bounded.set(m, withinDate(ordered.get(m) ?? UNBOUNDED, base.get(m) ?? UNBOUNDED));
    before = {
      events: own.map((m) => bounded.get(m) ?? UNBOUNDED),
      days: dates.filter(isDay).map((d) => spanOf(d.date)),
    };
  }
  return mentions.map((m) => ({ ...m, ...(bounded.get(m) ?? dateBounds(m.date, input.published)) }));
}

/** What the sentence before tells of time: the bounds of its events, and the days it writes. */
interface Before {
  events: readonly Bounds[];
  days: readonly Bounds[];
}

const isDay = (d: DateMention) => d.date.length === 10;

/**
 * "Last week Vietnam criticised ..." (published on a Friday, after "On Thursday Vietnam accused ..."): an event dated
 * by a week phrase of its sentence happened in that week's days, not on any day of its month.
 */
function withinWeek(bounds: Bounds, m: EventMention, dates: readonly DateMention[]): Bounds {
  const weeks = dates.filter((d) => d.days !== undefined && d.date === m.date);
  const days = weeks.length === 1 ? weeks[0]?.days : undefined;
  const both = days ? intersect(bounds, days) : bounds;
  return isEmpty(both) ? bounds : both;
}

/** Items by sentence index, in their order. */
function grouped<T>(items: readonly T[], sentenceOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const si = sentenceOf(item);
    const list = out.get(si);
    if (list) list.push(item);
    else out.set(si, [item]);
  }
  return out;
}

/** What the ordering words of one sentence say of each of its mentions (`base`: their dates' bounds). */
function orderSentence(input: {
  tokens: readonly Token[];
  dates: readonly DateMention[];
  base: ReadonlyMap<EventMention, Bounds>;
  before: Before;
  published: PartialDate | null;
}): Map<EventMention, Bounds> {
  const { tokens, dates, base, before, published } = input;
  const out = new Map<EventMention, Bounds>();
  const mentions = [...base.keys()].filter((m) => m.trigger !== undefined);
  const triggers = [...new Set(mentions.map((m) => m.trigger ?? -1))].sort((a, b) => a - b);
  const scene: Scene = { tokens, dates, base, previous: before.events, previousDays: before.days, published, triggers };
  for (const cue of cuesOf({ tokens, clause: clauses(tokens) }, dates))
    for (const { trigger, bound } of orderedBy(cue, scene))
      for (const m of mentions) if (m.trigger === trigger) out.set(m, intersect(out.get(m) ?? UNBOUNDED, bound));
  return out;
}

/** A sentence's tokens and the clause of each (6-events/clause.ts). */
interface Reading {
  tokens: readonly Token[];
  clause: readonly number[];
}

/** One sentence as the ordering words read it. */
interface Scene {
  tokens: readonly Token[];
  dates: readonly DateMention[];
  base: ReadonlyMap<EventMention, Bounds>;
  /** The bounds of the events of the sentence before, and the days it writes. */
  previous: readonly Bounds[];
  previousDays: readonly Bounds[];
  published: PartialDate | null;
  /** The token index of every event trigger of the sentence, in order. */
  triggers: readonly number[];
}

/**
 * The bounds a cue sets, per trigger: the event it orders, against what it relates it to ("called Putin after the
 * Feb. 18 meeting"), and, the other way, the events of a preposition's object against that event or the date the
 * sentence gives it ("comments on Thursday came a day after the three states announced a partnership": the
 * announcement was on Wednesday or before).
 */
function orderedBy(cue: Cue, scene: Scene): { trigger: number; bound: Bounds }[] {
  const out: { trigger: number; bound: Bounds }[] = [];
  const governed = governedTrigger(cue, scene.tokens, scene.triggers);
  const reference = referenceOf(cue, scene, governed);
  if (governed !== undefined && reference !== null) out.push({ trigger: governed, bound: boundFrom(cue, reference) });
  const object = cue.object;
  if (object === null) return out;
  const subject = subjectOf(cue, scene, governed);
  if (subject === null) return out;
  const reverse: Cue = { ...cue, direction: cue.direction === 'after' ? 'before' : 'after' };
  for (const k of scene.triggers)
    if (k >= object.from && k < object.to) out.push({ trigger: k, bound: boundFrom(reverse, subject) });
  return out;
}

/** The bound a cue sets, from the bounds of what it orders the event against. */
function boundFrom(cue: Cue, reference: Bounds): Bounds {
  const shift = (day: Day | null, n: number | null) => (day === null || n === null ? null : addDays(day, n));
  const { gap, reach } = cue;
  if (cue.direction === 'after')
    return { earliest: shift(reference.earliest, gap), latest: shift(reference.latest, reach) };
  return { earliest: shift(reference.earliest, reach === null ? null : -reach), latest: shift(reference.latest, -gap) };
}

/** Whether a cue opens its clause ("After the Feb. 18 meeting, Trump called Putin"), so that it orders what follows. */
const isFronted = (tokens: readonly Token[], start: number) =>
  start === 0 || /[,;:]/.test(tokens[start - 1]?.post ?? '');

/**
 * The trigger a cue orders. A preposition orders the event before it ("called Putin after the meeting"), or, when
 * it opens the clause or nothing stands before it, the first after its object. An adverb orders the verb after it
 * ("Lavrov later briefed"), else the event before it ("met Araghchi earlier").
 */
function governedTrigger(cue: Cue, tokens: readonly Token[], triggers: readonly number[]): number | undefined {
  const before = triggers.filter((k) => k < cue.start).at(-1);
  if (cue.object === null) {
    const next = triggers.find((k) => k > cue.word && k <= cue.word + ADVERB_REACH);
    return next ?? before;
  }
  const to = cue.object.to;
  const after = triggers.find((k) => k >= to);
  return isFronted(tokens, cue.start) || before === undefined ? after : before;
}

/** Bounds that hold whichever of several is meant; null for none. */
const eitherOf = (found: readonly Bounds[]): Bounds | null => (found.length > 0 ? loosest(found) : null);

/**
 * The events of the sentence before, as a reference. "Later" and "after" may look back to any of them (what a report
 * tells next is rarely older than what it told); "earlier" and "before" only to events dated to the day, since they
 * often mean earlier than the news rather than than the background just told ("Athens believes the council agreed at
 * their meeting last July ... Erdogan met earlier with Sakellaropoulou": earlier that day, not before July).
 */
function previousFor(direction: Direction, previous: readonly Bounds[]): Bounds | null {
  const isDay = (b: Bounds) => b.earliest !== null && b.earliest === b.latest;
  return direction === 'after' || previous.every(isDay) ? eitherOf(previous) : null;
}

/**
 * What a cue orders the event against, as bounds that hold whichever is meant: a preposition's object (its dates and
 * the events whose trigger is in it; "the meeting", with neither, the events of the sentence before); an adverb's
 * event before it in the sentence (or, without one, its date before it), else the events of the sentence before.
 * Null when there is none ("after talks", with nothing dated).
 */
function referenceOf(cue: Cue, scene: Scene, governed: number | undefined): Bounds | null {
  if (governed === undefined) return null;
  const { dates, base, previous, tokens } = scene;
  const others = [...base].filter(([m]) => m.trigger !== undefined && m.trigger !== governed);
  if (cue.object !== null) {
    const { from, to } = cue.object;
    const within = (k: number) => k >= from && k < to;
    const spans = dates.filter((d) => within(d.start)).map((d) => spanOf(d.date));
    const events = others.filter(([m]) => within(m.trigger ?? -1)).map(([, b]) => b);
    const found = eitherOf([...spans, ...events]);
    return found ?? (isBackReference(tokens, cue.object) ? previousFor(cue.direction, previous) : null);
  }
  const before = others.filter(([m]) => (m.trigger ?? Infinity) < cue.start).map(([, b]) => b);
  const datesBefore = dates.filter((d) => d.end <= cue.start).map((d) => spanOf(d.date));
  return eitherOf(before) ?? eitherOf(datesBefore) ?? previousFor(cue.direction, previous);
}

/** "after the meeting", "following the talks": a short definite object names an event told before. */
function isBackReference(tokens: readonly Token[], { from, to }: { from: number; to: number }): boolean {
  return to - from <= BACK_REFERENCE_WORDS && BACK_REFERENCE.test(tokens[from]?.norm ?? '');
}

/**
 * What the events of a preposition's object are ordered against: the event the cue orders (its news day, when only
 * that will date it: "Witkoff's latest visit to Moscow comes a day after Trump criticised a Russian attack", in a
 * report of the day's visit), else the dates the sentence gives outside the object, else, in a sentence with no other
 * event ("It came just minutes before Zelensky's visit"), the events of the sentence before, or the days it writes
 * when it opens by referring back ("A meeting was held on Friday in Geneva. The meeting takes place exactly a week
 * after Israel attacked Iran"; not "In a similar post after his meeting with Hasina, Jaishankar said"), else
 * the publication day, by which what the sentence reports had happened ("The diplomatic exchange came nearly a month
 * after Trump and Xi held talks": not in the month of the news).
 */
function subjectOf(cue: Cue, scene: Scene, governed: number | undefined): Bounds | null {
  const object = cue.object;
  if (object === null) return null;
  const outside = (k: number) => k < cue.start || k >= object.to;
  if (governed !== undefined)
    return eitherOf([...scene.base].filter(([m]) => m.trigger === governed).map(([m, b]) => newsDayOf(m) ?? b));
  const dates = scene.dates.filter((d) => outside(d.start)).map((d) => spanOf(d.date));
  if (dates.length > 0) return eitherOf(dates);
  const reverse: Direction = cue.direction === 'after' ? 'before' : 'after';
  if (scene.triggers.some(outside)) return null;
  const backDays = BACK_REFERENCE.test(scene.tokens[0]?.norm ?? '') ? eitherOf(scene.previousDays) : null;
  return previousFor(reverse, scene.previous) ?? backDays ?? publicationCap(scene.published);
}

/** The news day an undated mention of the opening will take (6-events newsDayLead), as bounds; null for none. */
const newsDayOf = (m: EventMention): Bounds | null =>
  m.date === null && m.leadDate !== undefined && m.leadDate.length === 10 ? spanOf(m.leadDate) : null;

/** The ordering words of a sentence, each with what it relates to. */
function cuesOf(sentence: Reading, dates: readonly DateMention[]): Cue[] {
  const inDate = (k: number) => dates.some((d) => k >= d.start && k < d.end);
  const cues: Cue[] = [];
  sentence.tokens.forEach((_, k) => {
    if (inDate(k)) return;
    const cue = prepositionAt(sentence, k) ?? adverbAt(sentence, k, dates);
    if (cue) cues.push(cue);
  });
  return cues;
}

/** "after the meeting", "following talks", "since the deal", "before", "ahead of", "prior to": a preposition and its object. */
function prepositionAt(sentence: Reading, k: number): Cue | null {
  const tokens = sentence.tokens;
  const norm = tokens[k]?.norm ?? '';
  const isAfter = AFTER.test(norm) && !(norm === 'following' && isAdjective(tokens, k));
  if (!isAfter && !BEFORE.test(norm)) return null;
  const complement = BEFORE_COMPLEMENT.get(norm);
  if (complement !== undefined && tokens[k + 1]?.norm !== complement) return null;
  const from = k + (complement === undefined ? 1 : 2);
  const { start, gap, reach } = spanBefore(tokens, k);
  const to = objectEnd(sentence, from - 1, isFronted(tokens, start));
  if (to <= from) return null; // "had met before.": an adverb, see adverbAt
  return { direction: isAfter ? 'after' : 'before', start, word: k, object: { from, to }, gap, reach };
}

/**
 * "later", "subsequently", "earlier", "previously", "a later call", "before." at a clause's end, "the following day",
 * "the previous day"; not "later this year" nor "earlier in the week" (times of their own).
 */
function adverbAt(sentence: Reading, k: number, dates: readonly DateMention[]): Cue | null {
  const tokens = sentence.tokens;
  const t = tokens[k];
  if (t === undefined) return null;
  const unit = SPAN_DAYS.get(tokens[k + 1]?.norm ?? '');
  const next = NEXT_UNIT.test(t.norm);
  if ((next || PREVIOUS_UNIT.test(t.norm)) && isAdjective(tokens, k) && unit !== undefined)
    // ("the next day" is one day on; "the following week" a week on at the least.)
    // ("the following week" is some day of the next week: no exact span.)
    return {
      direction: next ? 'after' : 'before',
      start: k,
      word: k,
      object: null,
      gap: unit,
      reach: unit === 1 ? 1 : null,
    };
  const trailingBefore = t.norm === 'before' && objectEnd(sentence, k, false) === k + 1;
  const direction: Direction | null = LATER.test(t.norm)
    ? 'after'
    : EARLIER_ORDER.test(t.norm) || trailingBefore
      ? 'before'
      : null;
  if (direction === null) return null;
  if (OWN_TIME.test(tokens[k + 1]?.norm ?? '') || dates.some((d) => d.start === k + 1)) return null;
  const { start, gap, reach } = spanBefore(tokens, k);
  return { direction, start, word: k, object: null, gap, reach };
}

/** "the following day": a determiner makes "following" an adjective of its noun. */
const isAdjective = (tokens: readonly Token[], k: number) =>
  k > 0 && ORDER_ADJECTIVE_DETERMINER.test(tokens[k - 1]?.norm ?? '') && !/[,;:]/.test(tokens[k - 1]?.post ?? '');

/**
 * Where the object of a preposition at k ends: an opening phrase at its comma ("After the Feb. 18 meeting in Riyadh,
 * Trump called Putin"), any other with its clause ("came a day after the United States, United Kingdom and Australia
 * announced a partnership"); OBJECT_REACH words on at the most.
 */
function objectEnd(sentence: Reading, k: number, fronted: boolean): number {
  const { tokens, clause } = sentence;
  const last = Math.min(tokens.length, k + 1 + OBJECT_REACH);
  if (/[,;:.!?]/.test(tokens[k]?.post ?? '')) return k + 1;
  for (let j = k + 1; j < last; j++) {
    if (!fronted && clause[j] !== clause[k]) return j;
    if (fronted && /[,;:]/.test(tokens[j]?.post ?? '')) return j + 1;
  }
  return last;
}

/** Days in a week: a count of weeks is as exact as a count of days. */
const WEEK = 7;

const isCount = (t: Token | undefined) => t !== undefined && countOf(t.norm) !== undefined;

/**
 * A span of days is exact when counted in days ("two days after"), or in weeks said to be exact ("exactly a week after
 * Israel attacked Iran"); longer units are rounded ("a week after", "a month after").
 */
const exactly = (days: number, unit: number, exact = false): number | null =>
  unit === 1 || (exact && unit === WEEK) ? days : null;

/**
 * The span written before an ordering word at k: "a week after" (7 days at the least), "two days later" (2 exactly),
 * "the day before" (1 exactly), "days later" (1 at the least), "hours after" (the same day or the next). A count
 * hedged ("nearly four days after") is no exact span.
 */
function spanBefore(tokens: readonly Token[], k: number): Span {
  const unitWord = tokens[k - 1]?.norm ?? '';
  // ("just 24 hours after", "hours before": the count, if any, belongs to the span.)
  if (WITHIN_A_DAY.test(unitWord)) return { start: isCount(tokens[k - 2]) ? k - 2 : k - 1, gap: 0, reach: 1 };
  const unit = SPAN_DAYS.get(unitWord);
  if (unit === undefined) return { start: k, gap: 0, reach: null };
  const countWord = tokens[k - 2]?.norm ?? '';
  const count = countOf(countWord) ?? (countWord === 'the' && unitWord === 'day' ? 1 : undefined);
  if (count === undefined) return { start: k - 1, gap: unit, reach: null };
  // ("extended for a day after talks on Monday": a duration of the verb before, no span between events.)
  if (tokens[k - 3]?.norm === 'for') return { start: k, gap: 0, reach: null };
  if (APPROXIMATE.test(tokens[k - 3]?.norm ?? '')) return { start: k - 3, gap: unit * count, reach: null };
  if (EXACT.test(tokens[k - 3]?.norm ?? ''))
    return { start: k - 3, gap: unit * count, reach: exactly(unit * count, unit, true) };
  return { start: k - 2, gap: unit * count, reach: exactly(unit * count, unit) };
}

/**
 * Every event bounded by its final date (merged, or carried from another level) and its mentions' bounds; an event
 * left undated takes the date its bounds tell (see dateOfBounds).
 */
export function boundEvents(events: readonly ExtractedEvent[], published: PartialDate | null): ExtractedEvent[] {
  return events.map((e) => {
    const bounded = { ...e, ...withinDate(boundsOf(e), dateBounds(e.date, published)) };
    const date = e.date === null ? dateOfBounds(bounded) : null;
    return date === null ? bounded : { ...bounded, date, id: eventId(e.type, e.participants, date) };
  });
}

/**
 * The date the bounds of an undated event tell, last of all its sources (its sentence, a coreferent mention, the
 * news day, the same occasion told at another level): the day they pin ("a day after" the Wednesday talks), else,
 * for an event, the month they lie within ("later", after talks of Feb. 18, in an article of Feb. 25: February). A
 * relation's bounds say when it held, not when it began, so only a pinned day dates it.
 */
function dateOfBounds(e: ExtractedEvent): PartialDate | null {
  const date = dateWithin(boundsOf(e));
  return date !== null && (date.length === 10 || ONTOLOGY[e.type].temporal === 'event') ? date : null;
}

/**
 * The day bounds pin, else the month that holds both; null when either is unknown or they span months. (Not the year
 * they share: "later" than Feb. 18 in an article of March 4 is better told by its bounds than by "2025".)
 */
function dateWithin({ earliest, latest }: Bounds): PartialDate | null {
  if (earliest === null || latest === null) return null;
  for (const length of [10, 7])
    if (earliest.slice(0, length) === latest.slice(0, length)) return earliest.slice(0, length);
  return null;
}
