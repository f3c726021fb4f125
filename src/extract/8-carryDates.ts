import { addDays, boundsOf, doOverlap, intersect, spanOf } from '../domain/dayBounds';
import { ONTOLOGY } from '../domain/ontology';
import { eventId } from '../domain/ids';
import type { PartialDate } from '../domain/partialDate';
import type { ExtractedEvent } from '../domain/types';
import type { Sentence } from './2-sentences';
import { newsDay, type DateMention } from './5-dates';
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
  const sentenceAt = new Map(input.sentences.map((s) => [s.start, s]));
  return events.map((e) => {
    if (e.date !== null || ONTOLOGY[e.type].temporal !== 'event') return e;
    if (!doOverlap(spanOf(month), boundsOf(e))) return e;
    const s = sentenceAt.get(e.evidence[0]?.start ?? -1);
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
function isOfTheNews(s: Sentence, { dates, published }: NewsInput): boolean {
  if (published === null || dates.some((d) => d.sentence === s.index)) return false;
  const window = { earliest: addDays(published, -NEWS_WINDOW_DAYS), latest: published };
  // (The time the sentences before it tell is the time it goes on in: "In 2019, Trump met Kim. He also met Moon.")
  const before = dates.filter((d) => d.sentence < s.index && d.sentence >= s.index - 2);
  if (before.some((d) => !doOverlap(spanOf(d.date), window))) return false;
  const tokens = s.tokens;
  if (tokens.some((t) => NOT_OF_THE_NEWS.test(t.norm))) return false;
  const isPerfect = (k: number) =>
    tokens.slice(Math.max(0, k - PERFECT_REACH), k).some((t) => PERFECT_AUXILIARY.test(t.norm));
  const past = tokens.map((t, k) => (t.tags.has('PastTense') ? k : -1)).filter((k) => k >= 0);
  return past.length > 0 && !past.some(isPerfect);
}
