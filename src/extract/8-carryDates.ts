import { addDays, boundsOf, doOverlap, intersect, spanOf } from '../domain/dayBounds';
import { ONTOLOGY } from '../domain/ontology';
import { eventId } from '../domain/ids';
import type { PartialDate } from '../domain/partialDate';
import type { ExtractedEvent } from '../domain/types';
import type { Sentence } from './2-sentences';
import { isStoryTime, newsDay, type DateMention } from './5-dates';
import { NOT_OF_THE_NEWS, PERFECT_AUXILIARY } from './lexicon/time';

/**
 * An undated event takes the date of the same event told at another level.
 * News tells one occasion twice: "Iran and the US held talks in Muscat on Saturday" and,
 * later and undated, "Araghchi and Witkoff spoke briefly". When the states the people act
 * for are exactly the states of a dated event of the same type (or of the talks, meeting or
 * mediation of one occasion), it is one occasion, and
 * the undated mention gets its date. Only when every such event agrees on the date: two
 * dated candidates with different dates leave it undated rather than guess. A date outside the undated event's bounds
 * (9-bounds.ts: "Lavrov later met Fidan", after a meeting of Feb. 18) is another occasion, not a candidate.
 */

/** The states (or organisations) an event's participants act for, as a sorted key. */
function sidesKey(e: ExtractedEvent, stateOf: (id: string) => string): string {
  // A mediation's occasion is its parties' meeting or talks: the mediator is there, but not a side.
  const sides = e.type === 'MEDIATION' ? e.participants.filter((p) => p.role !== 'MEDIATOR') : e.participants;
  return [...new Set(sides.map((p) => stateOf(p.actorId)))].sort().join('|');
}

/** Types that name the same occasion from different sides: talks, the meeting at which they happen, their mediation. */
const OCCASION: ReadonlySet<string> = new Set(['MEETING', 'NEGOTIATION', 'MEDIATION']);
/** "Zelensky briefed Biden on his plan", in the readout of their call: a briefing happens in a conversation. */
const CONVERSATION: ReadonlySet<string> = new Set(['CALL', 'MEETING']);
/**
 * "Li met Albanese in Canberra today, and the two nations signed five memorandums"; "the two leaders had agreed to
 * seek an early solution", told after their meeting: a deal of two sides is reached at their meeting, call or talks.
 */
const DEAL_OCCASION: ReadonlySet<string> = new Set([...CONVERSATION, ...OCCASION]);
const isSameOccasion = (undated: string, dated: string) =>
  undated === dated ||
  (OCCASION.has(undated) && OCCASION.has(dated)) ||
  (undated === 'BRIEFING' && CONVERSATION.has(dated)) ||
  (undated === 'AGREEMENT' && DEAL_OCCASION.has(dated));

export function carryDates(events: readonly ExtractedEvent[], stateOf: (id: string) => string): ExtractedEvent[] {
  return events.map((e) => {
    if (e.date !== null || ONTOLOGY[e.type].temporal !== 'event') return e;
    const key = sidesKey(e, stateOf);
    if (!key.includes('|')) return e; // one side only: not enough to tell which occasion
    const dates = new Set(
      events
        .filter(
          (d) =>
            d.date !== null &&
            isSameOccasion(e.type, d.type) &&
            sidesKey(d, stateOf) === key &&
            doOverlap(spanOf(d.date), boundsOf(e)),
        )
        .map((d) => d.date),
    );
    const [date, ...others] = dates;
    if (date === undefined || others.length > 0) return e;
    return { ...e, date, id: eventId(e.type, e.participants, date) };
  });
}

/** What a round of meetings reads of an article: the news input and who of its actors is a person. */
export interface RoundInput extends NewsInput {
  isPerson: (id: string) => boolean;
}

/**
 * The day of a round of meetings, for a meeting told undated after a dated one of the same person. A report of a
 * visit or a summit dates its first meeting and tells the traveller's others after it, undated ("Modi met Widodo in
 * Osaka on Saturday. Soon after, Modi met Bolsonaro"; "Qureshi met Akhund in Kabul on Thursday. Qureshi also met
 * Muttaqi"): they happened on that day. Only a meeting (a call is made from anywhere, any day); only when
 * every dated meeting of that person told before it has one day, that day in the week up to publication; not past a
 * sentence that moves the story further back ("In 2019, ..."), nor with words of another time ("recently", "years
 * ago"), nor in the present perfect ("has met": no time told), nor with a date of its own.
 */
export function datedByRound(events: readonly ExtractedEvent[], input: RoundInput): ExtractedEvent[] {
  const { published, dates, isPerson } = input;
  if (published === null || published.length !== 10) return [...events];
  const sentenceOf = sentenceLookup(input.sentences);
  const indexOf = (e: ExtractedEvent) => sentenceOf(e)?.index ?? -1;
  const earliest = addDays(published, -NEWS_WINDOW_DAYS);
  const inWeek = (d: PartialDate) => d.length === 10 && d >= earliest && d <= published;
  return events.map((e) => {
    if (e.date !== null || e.type !== 'MEETING') return e;
    const s = sentenceOf(e);
    if (s === undefined || !isOfTheRound(s, dates)) return e;
    const si = s.index;
    const people = new Set(e.participants.map((p) => p.actorId).filter(isPerson));
    const before = events.filter(
      (d) =>
        d.type === 'MEETING' && d.date !== null && indexOf(d) < si && d.participants.some((p) => people.has(p.actorId)),
    );
    const days = new Set(before.map((d) => d.date));
    const [day, ...others] = days;
    if (day === undefined || day === null || others.length > 0 || !inWeek(day)) return e;
    // (The sentences just before it moved the story further back: "In 2019, Trump met Kim. He also met Moon.")
    const movedBack = (d: DateMention) =>
      d.sentence < si &&
      d.sentence >= si - 2 &&
      d.date < earliest &&
      isStoryTime(d, input.sentences[d.sentence], dates);
    if (dates.some(movedBack)) return e;
    if (!doOverlap(spanOf(day), boundsOf(e))) return e;
    return { ...e, date: day, id: eventId(e.type, e.participants, day), ...intersect(boundsOf(e), spanOf(day)) };
  });
}

/** The sentence an event is told in (its first evidence's). */
function sentenceLookup(sentences: readonly Sentence[]): (e: ExtractedEvent) => Sentence | undefined {
  const sentenceAt = new Map(sentences.map((s) => [s.start, s]));
  return (e) => sentenceAt.get(e.evidence[0]?.start ?? -1);
}

/**
 * Whether a sentence tells a meeting of a round in the past: no date of its own, no words of another time, no present
 * perfect; a past perfect only with "earlier" ("had earlier met": earlier in the same visit).
 */
function isOfTheRound(s: Sentence, dates: readonly DateMention[]): boolean {
  const auxiliaries = pastTold(s, dates);
  if (auxiliaries === null) return false;
  return (
    auxiliaries.every((a) => a === 'had') && (auxiliaries.length === 0 || s.tokens.some((t) => t.norm === 'earlier'))
  );
}

/**
 * How a sentence with no time of its own (no date, no words of another time) tells the past: the perfect's auxiliary
 * of each of its past-tense verbs that has one ("had", "has"), or null when it has none of those or no past-tense
 * verb. An empty list is the simple past.
 */
function pastTold(s: Sentence, dates: readonly DateMention[]): string[] | null {
  if (dates.some((d) => d.sentence === s.index)) return null;
  const tokens = s.tokens;
  if (tokens.some((t) => NOT_OF_THE_NEWS.test(t.norm))) return null;
  const auxiliaryOf = (k: number) =>
    tokens.slice(Math.max(0, k - PERFECT_REACH), k).find((t) => PERFECT_AUXILIARY.test(t.norm))?.norm;
  const past = tokens.map((t, k) => (t.tags.has('PastTense') ? k : -1)).filter((k) => k >= 0);
  if (past.length === 0) return null;
  return past.map(auxiliaryOf).filter((a) => a !== undefined);
}

/** How far before publication the news of a report reaches: a week, as "on Friday" does (see dates.newsDay). */
const NEWS_WINDOW_DAYS = 7;
/** How many words after a perfect's auxiliary its participle may stand: "had agreed", "have already formally agreed". */
const PERFECT_REACH = 3;

/** What the news dating reads of an article: its sentences, their dates, and its publication date. */
export interface NewsInput {
  sentences: readonly Sentence[];
  dates: readonly DateMention[];
  published: PartialDate | null;
}

/**
 * The month of the news, for an event no other source dates. A report tells what happened in the days before it was
 * published; an event it tells in the simple past, in a sentence that gives no time, when the sentences before it
 * give none either or only the news's own, belongs to that news ("Erdogan also held a telephone conversation with
 * Mirziyoyev", "In a parallel outreach, Rubio spoke with Dar"): it happened in the week up to publication, and so in
 * its month when that week lies in one month. Only the month: the day is not told. Not an event of a report that
 * opens further back (no news day), nor one told in the perfect ("had agreed", "has long backed"), nor with words of
 * another time ("recently", "years ago", "since"), nor a relation (when it began is not told).
 */
export function datedByNews(events: readonly ExtractedEvent[], input: NewsInput): ExtractedEvent[] {
  const month = newsMonth(input);
  if (month === null) return [...events];
  const sentenceOf = sentenceLookup(input.sentences);
  return events.map((e) => {
    if (e.date !== null || ONTOLOGY[e.type].temporal !== 'event') return e;
    if (!doOverlap(spanOf(month), boundsOf(e))) return e;
    const s = sentenceOf(e);
    if (s === undefined || !isOfTheNews(s, input)) return e;
    // (Its bounds narrow to the month, as every date's do: 9-bounds.ts.)
    return { ...e, date: month, id: eventId(e.type, e.participants, month), ...intersect(boundsOf(e), spanOf(month)) };
  });
}

/** The month of the week up to publication, when the report has a news day and that week lies in one month. */
function newsMonth({ sentences, dates, published }: NewsInput): PartialDate | null {
  if (published === null || published.length !== 10 || newsDay(dates, published, sentences[0]) === null) return null;
  const first = addDays(published, -NEWS_WINDOW_DAYS);
  return first.slice(0, 7) === published.slice(0, 7) ? published.slice(0, 7) : null;
}

/** Whether a sentence tells the news in the simple past, with no time of its own and none of another before it. */
function isOfTheNews(s: Sentence, { sentences, dates, published }: NewsInput): boolean {
  if (published === null) return false;
  const window = { earliest: addDays(published, -NEWS_WINDOW_DAYS), latest: published };
  // (The time the sentences before it tell is the time it goes on in: "In 2019, Trump met Kim. He also met Moon.")
  const before = dates.filter((d) => d.sentence < s.index && d.sentence >= s.index - 2);
  if (before.some((d) => !doOverlap(spanOf(d.date), window) && isStoryTime(d, sentences[d.sentence], dates)))
    return false;
  return pastTold(s, dates)?.length === 0;
}
