import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import type { PartialDate } from '../../domain/partialDate';
import type { Participant } from '../../domain/types';
import { isBeforeNewsWeek, isOwnPhraseDate, type DateMention } from '../5-dates';
import type { Sentence, Token } from '../2-sentences';
import { BE, MEDIUM_PREPOSITION, SURROUNDING } from '../lexicon/grammar';
import { LASTING } from '../lexicon/modality';
import {
  BY_PHONE,
  CALLS,
  CONVERSING,
  OCCASION_CLAUSE_AUXILIARIES,
  OCCASION_CLAUSE_VERBS,
  PHONED,
  PHONES,
} from '../lexicon/occasions';
import { DEFINITE, RELATIVE } from '../lexicon/reference';
import {
  AFTER,
  AFTER_WORDS,
  BEFORE,
  BEFORE_COMPLEMENT,
  BEFORE_WORDS,
  EARLIER_WORDS,
  LATER_WORDS,
  SEQUENCE_VERB,
  SPAN_COUNTS,
  SPAN_DAYS,
} from '../lexicon/ordering';
import { DEADLINE_PREPOSITION, DEADLINE_WORDS } from '../lexicon/time';
import { IN_PERSON } from '../lexicon/travel';
import { REPORTING_VERB } from '../lexicon/reporting';
import { words } from '../lexicon/words';
import { earlierMark, isBackground } from './assertion';
import { openingPhraseEnd, owner, type SentenceContext, SKIPPABLE, type Trigger } from './clause';

/** When and where an event happened, and whether a conversation was by phone or face to face. */

/** Types whose events happen at a place worth recording. */
const LOCATED: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT']);
/** How close a date must be to date a war or an alliance ("a war it launched in February 2022"). */
const LASTING_DATE_WINDOW = 6;
/** Words that make a call of the article a phone call ("spoke by phone", "separate calls"). */
const PHONE = words(PHONES, CALLS, PHONED);

/** "spoke with", "a conversation with": phone calls where the article reports any. */
export function reportsPhoneCalls(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => s.tokens.some((t) => PHONE.test(t.norm) && t.tags.has('Noun')));
}

/**
 * "spoke with X" is how readouts report a phone call; it was face to face only when the clause
 * gives a place ("spoke with Macron in Paris") or the sentence a visit or a meeting.
 */
export function isInPerson(ctx: SentenceContext, t: Trigger): boolean {
  // ("WASHINGTON - Biden said he had spoken with Netanyahu": where the report was filed is not where they spoke.)
  return (
    ctx.places.some((m) => ctx.clause[m.start] === ctx.clause[t.at] && m.start >= ctx.dateline) ||
    ctx.s.tokens.some((x) => IN_PERSON.test(x.norm))
  );
}

/** How a conversation by phone is named: "by phone", "a telephonic conversation". */
const PHONE_MEDIUM = words(BY_PHONE);

/**
 * A conversation trigger whose clause says it was by phone: "by phone", "over the telephone", "via telephone", and
 * "discussed it with Fidan in a telephone call", "during their phone conversation".
 */
export function isByPhone(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const before = (k: number) => tokens[k - (SKIPPABLE.has(tokens[k - 1]?.norm ?? '') ? 2 : 1)]?.norm ?? '';
  return (
    t.rule.type === 'MEETING' &&
    CONVERSING.test(tokens[t.at]?.norm ?? '') &&
    tokens.some(
      (x, k) => ctx.clause[k] === ctx.clause[t.at] && PHONE_MEDIUM.test(x.norm) && MEDIUM_PREPOSITION.test(before(k)),
    )
  );
}

/** The date expression nearest the trigger in its clause. */
export function dateMentionFor(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): DateMention | null {
  // "reposted on March 2 a message criticizing them for previously using Russia as an intermediary":
  // the clause's date is the repost's, the earlier event is undated.
  if (isBackground(ctx, t)) return null;
  // ("the meeting between Zarif and Erdoğan which was held this evening", "since June 2021, when Putin last met Biden":
  // a relative clause ties the occasion to its date, past the clause the date stands in.)
  const linked = occasionClauseDate(ctx, t, dates) ?? whenClauseDate(ctx.s.tokens, t, dates);
  if (linked !== undefined) return linked;
  // "the highest-level talks since Mr Trump collapsed the deal in 2018": a date after "since" starts a period.
  const since = (d: DateMention) =>
    d.start > t.at && ctx.s.tokens.slice(t.end, d.start).some((x) => x.norm === 'since');
  // "agreed to begin negotiations by the end of February": a deadline after the trigger is not when it happened.
  const deadline = (d: DateMention) => {
    let k = d.start - 1;
    while (k > t.at && d.start - k <= 4 && DEADLINE_WORDS.test(ctx.s.tokens[k]?.norm ?? '')) k--;
    return k > t.at && DEADLINE_PREPOSITION.test(ctx.s.tokens[k]?.norm ?? '');
  };
  // "Moscow's war in Ukraine, prompting prices to rise on Thursday": a day counted from publication is
  // the news of the day, never when a war or an alliance began; written dates can be.
  const relation = ONTOLOGY[t.rule.type].temporal === 'relation';
  const lasting = LASTING.test(ctx.s.tokens[t.at]?.norm ?? '');
  const mark = earlierMark(ctx, t);
  // (A dateline's date is the report's: "Metro Manila (CNN Philippines, November 18) — ... on Nov. 16".)
  const near = dates
    .filter(
      (d) =>
        d.start >= ctx.dateline &&
        ctx.clause[d.start] === ctx.clause[t.at] &&
        // ("plans to attend the meeting from Thursday, after Trump reaffirmed it in a phone call": not the call's.)
        !d.ahead &&
        !(!relation && since(d)) &&
        !(lasting && (d.relative || Math.abs(d.start - t.at) > LASTING_DATE_WINDOW)) &&
        !isInOtherRelativeClause(ctx.s.tokens, d, t) &&
        !isInRelativeClauseOfOtherNoun(ctx.s.tokens, d, t) &&
        !isDatingOtherNoun(ctx, t, d) &&
        !isDateOfTalkAbout(ctx, t, d) &&
        !isDateOfForceSpokenOf(ctx, t, d) &&
        !isOfNestedInfinitive(ctx, t, d) &&
        !isPastSurroundingPhrase(ctx.s.tokens, t, d) &&
        !isPastSequenceVerb(ctx.s.tokens, t, d) &&
        !(!relation && isSpanApartBefore(ctx.s.tokens, t, d)) &&
        !(ONTOLOGY[t.rule.type].communication && isInFrontedSince(ctx.s.tokens, t, d)) &&
        !deadline(d) &&
        // ("The clashes on Sunday were the worst since the two agreed a truce": Sunday is the clashes'; "since an
        // October 7 attack" is the attack's.)
        !(mark >= 0 && d.start < mark),
    )
    .sort((a, b) => Math.abs(a.start - t.at) - Math.abs(b.start - t.at));
  // (A noun's phrase may close with its date, whatever stands nearer: 5-dates.ts isOwnPhraseDate. Not past an ordering
  // word, where the phrase goes on to another occasion: "on Thursday held a lengthy call with Putin ahead of his meeting
  // with Zelenskyy on Friday" is Thursday's call.)
  const isOwn = (d: DateMention) =>
    isOwnPhraseDate(ctx.s.tokens, t.end, d) && !isOrderedBetween(ctx.s.tokens, t.end, d.start);
  const own = t.rule.pos === 'noun' ? near.find(isOwn) : undefined;
  // ("The Kremlin said on Tuesday that Putin had met Xi on Monday": the day a talk was told yields to a date of its own,
  // however near the saying stands; alone, it still serves, see isToldOn. Not for what is said, which is the saying's:
  // "Lavrov said on Friday that Russia welcomes the talks that began last Saturday".)
  const untold = ONTOLOGY[t.rule.type].communication ? near.find((d) => !isToldOn(ctx, t, d)) : undefined;
  const found = own ?? untold ?? near[0];
  return found === undefined ? null : (refinedIn(near, found) ?? found);
}

/** How many words an occasion noun's phrase may run to its relative clause: "conversation with the elected President of the United States, Trump, that". */
const OCCASION_CLAUSE_REACH = 14;
/** How many words an occasion clause's verb may stand before its date: "which were held in Beijing last week". */
const OCCASION_VERB_DATE_REACH = 5;

/**
 * The date an occasion noun's own relative clause gives it: "the meeting between Zarif and Erdoğan which was held this
 * evening", "his telephone conversation with Trump, that took place on January 17" (mehrnews.com 2018, bimba-news
 * 2025). The pronoun follows the noun's phrase, with no other event or ordering word between ("his call with Xi after
 * the summit, which was held on Monday" is the summit's), and its verb is one only an occasion takes
 * (OCCASION_CLAUSE_VERBS); the date follows that verb, past a place at the most.
 */
function occasionClauseDate(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): DateMention | undefined {
  if (t.rule.pos !== 'noun') return undefined;
  const tokens = ctx.s.tokens;
  const last = Math.min(tokens.length, t.end + OCCASION_CLAUSE_REACH);
  for (let k = t.end; k < last; k++) {
    const x = tokens[k];
    if (x === undefined || /[;:.!?]/.test(tokens[k - 1]?.post ?? '')) return undefined;
    if (ctx.triggers.some((o) => o.at === k) || ORDERED.test(x.norm)) return undefined;
    if (x.norm !== 'which' && x.norm !== 'that') continue;
    const verb = occasionVerbAfter(tokens, k + 1);
    if (verb < 0) return undefined;
    const isBetween = (d: DateMention) => d.start > verb && d.start <= verb + OCCASION_VERB_DATE_REACH;
    const date = dates.find((d) => isBetween(d) && !d.ahead);
    // (compromise reads "held on" as a phrasal verb: its particle is the date's preposition.)
    const isVerb = (v: Token) => v.tags.has('Verb') && !v.tags.has('Particle');
    const plain = (v: Token) => !isVerb(v) && !ORDERED.test(v.norm) && !/[,;:]/.test(v.post);
    return date !== undefined && tokens.slice(verb + 1, date.start).every(plain) ? date : undefined;
  }
  return undefined;
}

/** The last word of an occasion clause's verb after its pronoun ("was held", "took place"), or -1. */
function occasionVerbAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  while (OCCASION_CLAUSE_AUXILIARIES.test(tokens[k]?.norm ?? '')) k++;
  const verb = tokens[k]?.norm ?? '';
  if (!OCCASION_CLAUSE_VERBS.test(verb)) return -1;
  if (verb !== 'took') return k;
  return tokens[k + 1]?.norm === 'place' ? k + 1 : -1;
}

/**
 * The date a "when" clause opened right after it gives the clause's event: "since June 2021, when President Putin last
 * met with Joe Biden in Geneva" (menafn.com 2025) is June 2021's meeting. Not when the clause has a date of its own,
 * nor across a comma inside it.
 */
function whenClauseDate(tokens: readonly Token[], t: Trigger, dates: readonly DateMention[]): DateMention | undefined {
  for (let w = t.at - 1; w >= 0; w--) {
    if (tokens[w]?.norm === 'when') {
      const date = dates.find((d) => d.end === w && !d.ahead && /,/.test(tokens[w - 1]?.post ?? ''));
      let end = t.end;
      while (end < tokens.length && !/[,;:.!?]/.test(tokens[end - 1]?.post ?? '')) end++;
      return dates.some((d) => d.start > w && d.start < end) ? undefined : date;
    }
    if (/[,;:.!?]/.test(tokens[w]?.post ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "met Xi for the second time this month on Tuesday": a day inside the period found, which the clause also gives, says
 * when within it; a day outside it ("met in 2019 and on Tuesday", a Wednesday after "last week") does not.
 */
function refinedIn(near: readonly DateMention[], found: DateMention): DateMention | undefined {
  // ("who hosted Zelensky last week, spoke with Putin on Wednesday": a week's days bound it finer than its month.)
  const isInside = (d: DateMention) =>
    found.days === undefined || (d.date >= found.days.earliest && d.date <= found.days.latest);
  return near.find(
    (d) => d !== found && d.date.length > found.date.length && d.date.startsWith(found.date) && isInside(d),
  );
}

/** The date of the trigger's event (see dateMentionFor). */
export function dateFor(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): PartialDate | null {
  return dateMentionFor(ctx, t, dates)?.date ?? null;
}

/**
 * Whether an event of a lasting type is told as an act of the news, which the news day may date: sanctions imposed,
 * diplomats expelled, an entity designated ("Washington also imposed sanctions on two Russian individuals", "Russia
 * expelled two Czech diplomats"), told by a verb in the past in the trigger's clause up to it. Not a state ("Iran,
 * under US sanctions since 2018, ..."; "the sanctions remain"), nor a war or an alliance: when they began is not told.
 */
export function isActOfTheNews(ctx: SentenceContext, t: Trigger, type: RelationType): boolean {
  if (type !== 'SANCTION') return false;
  const tokens = ctx.s.tokens;
  for (let k = t.end - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const x = tokens[k];
    if (x !== undefined && !x.quoted && x.tags.has('PastTense') && !BE.test(x.norm)) return true;
  }
  return false;
}

/**
 * How many words a verb of saying may stand before its own date: "said Friday", "told reporters on Monday", "said in a
 * statement on Wednesday".
 */
const SAYING_DATE_REACH = 5;

/**
 * Whether a date is the day the event was told, not the day it happened: the date of a verb of saying whose words
 * hold the trigger ("Cho and Iwaya have held talks in Peru, the ministry said Friday"; "Cavusoglu said on Wednesday
 * he had held talks with Blinken"). The event happened that day or before it: the sentence after may date it ("The
 * two met in Lima on Thursday").
 */
export function isToldOn(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  const tokens = ctx.s.tokens;
  for (let v = d.start - 1; v >= Math.max(0, d.start - SAYING_DATE_REACH); v--) {
    const x = tokens[v];
    if (x === undefined || x.quoted || /[,;:.!?]/.test(x.post)) return false;
    // (A verb, not a noun of the list: "into the United States in talks Wednesday".)
    if (REPORTING_VERB.test(x.norm) && x.tags.has('Verb')) return t.at < v || t.at >= d.end;
    // (Another verb between is the date's own: "said Iran had met them on Monday".)
    if (x.tags.has('Verb')) return false;
  }
  return false;
}

/** How many words before a trigger the "had" of its past perfect may stand: "had earlier visited", "had held talks". */
const PLUPERFECT_REACH = 3;

/**
 * Whether the reporter tells the event in the past perfect, as before the news: "Trump had publicly urged Putin to
 * attend", "the minister had earlier visited Doval's office". Not "had talks" ("had" is the verb itself), nor
 * reported speech, where the past perfect is the speaker's own past ("Biden said he had spoken with Netanyahu": that
 * day's call; "China claimed that it had negotiated a ceasefire").
 */
export function isToldBeforeTheNews(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  let had = -1;
  for (let k = t.at - 1; k >= Math.max(0, t.at - PLUPERFECT_REACH); k--) if (tokens[k]?.norm === 'had') had = k;
  if (had < 0 || tokens[had]?.quoted) return false;
  const verbAt = (k: number) => tokens[k]?.tags.has('Verb') === true && (k < t.at || t.rule.pos !== 'noun');
  const participle = Array.from({ length: t.at - had }, (_, j) => had + 1 + j).some(verbAt);
  // (A verb before "that" introduces someone's words too: "China claimed that it had negotiated a ceasefire".)
  const isSaying = (x: Token, k: number) =>
    !x.quoted && (REPORTING_VERB.test(x.norm) || (x.norm === 'that' && tokens[k - 1]?.tags.has('Verb') === true));
  return participle && !tokens.slice(0, had).some(isSaying);
}

/**
 * Whether a date stands in a relative clause set off by commas that the trigger is not in: "The minister, who arrived
 * in New Delhi on Thursday, had earlier visited Doval's office" (Thursday is the arrival's, not the visit's).
 */
function isInOtherRelativeClause(tokens: readonly Token[], d: DateMention, t: Trigger): boolean {
  const isComma = (k: number) => /,/.test(tokens[k]?.post ?? '');
  let k = d.start - 1;
  while (k >= 0 && !isComma(k)) k--;
  // (k: the comma before the date; the word after it must open a relative clause: ", who arrived ...".)
  if (k < 0 || !RELATIVE.test(tokens[k + 1]?.norm ?? '')) return false;
  let end = d.end - 1;
  while (end < tokens.length - 1 && !isComma(end)) end++;
  return t.at <= k || t.at > end;
}

/**
 * Whether a date after the trigger stands in a relative clause (no commas) that qualifies another noun than the
 * trigger, with a verb of its own before the date: "they discussed a peace treaty that the two sides had finalized in
 * March", "Erdogan and Putin discussed the grain deal that was signed in July" (March and July are the treaty's and the
 * deal's, not the talks'). Not a clause of the trigger's own noun ("talks that ended on Monday" are dated by it).
 */
function isInRelativeClauseOfOtherNoun(tokens: readonly Token[], d: DateMention, t: Trigger): boolean {
  for (let k = d.start - 1; k > t.end; k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:]/.test(x.post)) return false;
    if (!RELATIVE.test(x.norm) || !tokens[k - 1]?.tags.has('Noun') || tokens[k - 1]?.tags.has('Pronoun')) continue;
    return tokens.slice(k + 1, d.start).some((v) => v.tags.has('Verb'));
  }
  return false;
}

/**
 * Whether a date after the trigger belongs to another trigger between them that complements a noun as its infinitive:
 * "declared 34 diplomats persona non grata in response to France's decision to expel 41 Russian diplomats in April"
 * (April is the expulsion's, not the declaration's). Not an infinitive after a verb ("agreed to meet on Friday", which
 * the tense of the date handles), nor one that is no trigger ("met Abe to discuss trade on Tuesday").
 */
function isOfNestedInfinitive(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  const other = owner(d.start, ctx.triggers);
  if (other === undefined || other === t || other.at < t.end || other.at >= d.start) return false;
  const tokens = ctx.s.tokens;
  // (Its phrase ends at a comma: "..., the ministry said Wednesday" is not the expulsion's.)
  if (tokens.slice(other.at, d.start).some((x) => /[,;:]/.test(x.post))) return false;
  const noun = tokens[other.at - 2];
  return (
    tokens[other.at - 1]?.norm === 'to' &&
    noun !== undefined &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Verb') &&
    !noun.capitalised
  );
}

/** How far into the sentence a phrase of what surrounds the news may open ("But despite ..."). */
const SURROUNDING_OPENER_REACH = 2;

/**
 * "Despite the meeting between Mirzoyan and Bayramov, Aliyev on Tuesday attacked Armenia in a speech", "Amid talks
 * with Qatar, Israel on Monday struck Gaza": an event noun in a phrase that opens the sentence with what surrounds the
 * news takes no date from past that phrase's comma; the date there is the main clause's. (The event is one told
 * before, or the background of the news: merge dates it from its own mention.) A date inside the phrase stays its own:
 * "Despite the talks in Doha on Monday, ...".
 */
function isPastSurroundingPhrase(tokens: readonly Token[], t: Trigger, d: DateMention): boolean {
  if (t.rule.pos !== 'noun') return false;
  // (From the trigger on: the phrase may hold a list of its own, "Despite these agreements, and the meeting ...".)
  const comma = openingPhraseEnd(tokens, SURROUNDING, { reach: SURROUNDING_OPENER_REACH, from: t.at });
  return comma >= 0 && d.start > comma;
}

/**
 * "Since Trump returned to office in January, he and Putin have held five phone conversations", "Since March, Erdogan
 * and Putin have spoken three times": a date in a "since" clause or phrase before the trigger, closed by a comma before
 * it, starts the period the trigger's events fall in; it is none of their dates (the later "since" is read above).
 * Only encounters: calls and meetings since a date are a tally of ones each told with its own day; "Since Russia
 * invaded in 2022, Britain has sent weapons" keeps 2022, when the lasting deed began.
 */
function isInFrontedSince(tokens: readonly Token[], t: Trigger, d: DateMention): boolean {
  if (d.start >= t.at) return false;
  let k = d.start - 1;
  while (k >= 0 && tokens[k]?.norm !== 'since' && !tokens[k]?.post.includes(',')) k--;
  return tokens[k]?.norm === 'since' && tokens.slice(d.start, t.at).some((x) => x.post.includes(','));
}

/**
 * "told a news conference Friday, one day after the two leaders held talks" (AP 2023): a span of days and its "after" or
 * "before" between a date and the trigger set the trigger's event that span apart from the date, which is not its own
 * (9-bounds.ts counts the span from it). Bare "after" is not enough: "on Monday after talks" may be the day. Events
 * only (the caller): a relation's bounds pin no month ("a week after Israel resumed its strikes" keeps the news's).
 */
function isSpanApartBefore(tokens: readonly Token[], t: Trigger, d: DateMention): boolean {
  if (d.end > t.at) return false;
  // (The trigger inside the span's phrase: "On Monday, a day after the vote, Putin met Xi" is Monday's meeting.)
  const isOpenTo = (k: number) => tokens.slice(k, t.at).every((x) => !/[,;:]/.test(x.post));
  // (A counted span: "one day after", "two weeks before", "days after"; not "earlier this month after".)
  const isSpan = (k: number) => {
    const unit = tokens[k - 1]?.norm ?? '';
    return SPAN_DAYS.has(unit) && (/s$/.test(unit) || SPAN_COUNTS.has(tokens[k - 2]?.norm ?? ''));
  };
  return tokens
    .slice(d.end, t.at)
    .some((x, i) => /^(?:after|before)$/.test(x.norm) && isSpan(d.end + i) && isOpenTo(d.end + i));
}

/**
 * Whether a verb of sequence stands between the trigger and the date: "Abiy's visit to Nairobi follows President Ruto's
 * recent trip to Addis Ababa, where he attended the summit on Feb 16" (the trip's date, not the visit's, which came
 * after it). Not one before the trigger ("The visit followed talks in which they met on Monday").
 */
function isPastSequenceVerb(tokens: readonly Token[], t: Trigger, d: DateMention): boolean {
  return hasSequenceVerbBetween(tokens, t.end, d.start);
}

/** Whether a verb of sequence ("follows", "preceded") stands between two token positions of a sentence. */
export function hasSequenceVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((x) => x.tags.has('Verb') && SEQUENCE_VERB.test(x.norm));
}

/**
 * Types of a talk (calls, meetings, talks, briefings), which may speak of a deed. Not a condemnation: the day's reaction
 * to a deed, it dates the deed the way the news does ("Biden on April 13 condemned Iran's attacks against Israel").
 */
const isTalkType = (type: RelationType): boolean => ONTOLOGY[type].communication;

/**
 * Whether a date before a deed's noun is the date of a talk that stands nearer it, before the noun, and speaks of the
 * deed: "Their previous conversation on June 14 addressed Israel's attacks on Iran's nuclear sites", "Netanyahu spoke
 * with Biden early Sunday morning, following deliberations amid an ongoing Iranian attack on Israel", "Earlier on
 * Tuesday 1 July, the Kremlin claimed that Putin and Macron had discussed ... Russia's invasion of Ukraine". The day
 * tells when the deed was spoken of, not when it happened. Not a talk's own noun ("met on Monday and held talks"), nor
 * a verb ("met on Monday and struck a deal": a verb's date is read by its tense and clause).
 */
function isDateOfTalkAbout(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  // (A month or a year spans the talk and what it speaks of: "Last year, Egypt brokered a truce to end 11 days of
  // airstrikes"; "Tehran cut off contact in June, protesting its failure to condemn the strikes".)
  if (t.rule.pos !== 'noun' || isTalkType(t.rule.type) || d.end > t.at || d.date.length !== 10) return false;
  const talk = owner(d.start, ctx.triggers);
  if (talk === undefined || talk === t || talk.at >= t.at || !isTalkType(talk.rule.type)) return false;
  // (A deed condemned on the way is dated as a condemnation dates it: "summoned on Monday, where he was informed of
  // Paris's condemnation of Iran's attack on Israel".)
  return !ctx.triggers.some((c) => c.rule.type === 'CRITICISM' && c.at > talk.at && c.at < t.at);
}

/**
 * Whether a date after a talk's trigger closes the phrase of a noun of force further on (5-dates.ts isOwnPhraseDate),
 * which the talk speaks of, weeks before publication: "dialled the Qatari prime minister to apologise for the Israeli
 * strikes on Doha on September 11", published September 29. The date is the force's; the talk, the news, is dated
 * elsewhere or not told. (Its mirror: isDateOfTalkAbout.) Not a date in the week of the news, which the talk may share
 * ("discussed the attack on the concert hall on Friday").
 */
function isDateOfForceSpokenOf(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  if (!isTalkType(t.rule.type) || d.start < t.end) return false;
  if (!ctx.published || !isBeforeNewsWeek(d.date, ctx.published)) return false;
  const tokens = ctx.s.tokens;
  return ctx.triggers.some(
    (o) =>
      o.rule.type === 'CONFLICT' &&
      o.at >= t.end &&
      o.end <= d.start &&
      tokens[o.at]?.tags.has('Noun') === true &&
      isOwnPhraseDate(tokens, o.end, d),
  );
}

/** Whether an ordering preposition stands in [from, to): "after", "following", "before", "ahead of", "prior to". */
function isOrderedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]?.norm ?? '';
    const complement = BEFORE_COMPLEMENT.get(norm);
    if (AFTER.test(norm) || (BEFORE.test(norm) && (complement === undefined || tokens[k + 1]?.norm === complement)))
      return true;
  }
  return false;
}

/** "an architect of the 2015 accord": a date between a determiner and a noun dates that noun, no other event. */
function isDatingOtherNoun(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  const tokens = ctx.s.tokens;
  if (!SKIPPABLE.has(tokens[d.start - 1]?.norm ?? '')) return false;
  let k = d.end;
  // (Past modifiers: "an October 7 cross-border attack".)
  while (
    k < tokens.length &&
    ((tokens[k]?.tags.has('Adjective') && !tokens[k]?.tags.has('Noun')) || tokens[k]?.tags.has('Hyphenated'))
  )
    k++;
  const head = tokens[k];
  return head !== undefined && k !== t.at && head.tags.has('Noun') && !head.tags.has('Date');
}

/** Conjunctions after a comma that add a clause of the same occasion: ", and the two nations signed", ", while the AU suspended". */
const SAME_OCCASION_OPENER: ReadonlySet<string> = new Set(['and', 'while', 'with']);
/** Words that order a clause's event against another ("and Xi later met Lula"): not of the same occasion. */
const ORDERED = words(LATER_WORDS, EARLIER_WORDS, AFTER_WORDS, BEFORE_WORDS);

/**
 * The day of the clause before, for an event of a clause coordinated after it that has no date of its own: "met
 * Albanese in Canberra today, and the two nations signed five memorandums", "ECCAS on Thursday demanded ..., while the
 * African Union suspended the country", "On Monday evening a Russian delegation met Niger's leaders, ..., and the two
 * countries agreed to step up cooperation" (the signing, the suspension and the agreement are of that day). Only the
 * one day-precise date of the clause just before, of the news (not ahead), and only for an event with a side named in
 * that clause (a person's state counts): "Putin met Xi on Monday, and India condemned Pakistan" tells two matters. Not
 * a clause told in the past perfect ("and the two had agreed"), a background one, or one ordered against another
 * event ("and Xi later met Lula").
 */
export function coordinatedClauseDay(
  ctx: SentenceContext,
  t: Trigger,
  dates: readonly DateMention[],
  participants: readonly Participant[],
): PartialDate | null {
  if (isBackground(ctx, t) || isToldBeforeTheNews(ctx, t)) return null;
  const c = ctx.clause[t.at] ?? 0;
  const open = ctx.clause.indexOf(c);
  const tokens = ctx.s.tokens;
  if (c === 0 || !SAME_OCCASION_OPENER.has(tokens[open]?.norm ?? '')) return null;
  if (
    dates.some((d) => ctx.clause[d.start] === c) ||
    tokens.some((x, k) => ctx.clause[k] === c && ORDERED.test(x.norm))
  )
    return null;
  const before = dates.filter((d) => ctx.clause[d.start] === c - 1 && d.start >= ctx.dateline);
  const [day] = before;
  if (before.length !== 1 || day === undefined || day.date.length !== 10 || day.ahead) return null;
  const sides = new Set(participants.flatMap((p) => [p.actorId, ctx.stateOf(p.actorId)]));
  // (A state named as the place of that clause's matter counts: "demanded that order be restored in Gabon".)
  const named = [...ctx.candidates, ...ctx.places].filter((m) => ctx.clause[m.start] === c - 1);
  return named.some((m) => sides.has(m.actorId) || sides.has(ctx.stateOf(m.actorId))) ? day.date : null;
}

/** Every date of the trigger's clause is nearer to it than to any other trigger. */
export function hasOnlyOwnDates(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): boolean {
  return dates.every((d) => ctx.clause[d.start] !== ctx.clause[t.at] || owner(d.start, ctx.triggers) === t);
}

/** The place nearest the trigger in its clause, with the country that follows it ("Riyadh, Saudi Arabia"). */
export function locationFor(ctx: SentenceContext, t: Trigger, type: RelationType): string | null {
  if (!LOCATED.has(type)) return null;
  const heads = ctx.places
    .filter((m, k) => ctx.clause[m.start] === ctx.clause[t.at] && !(k > 0 && ctx.places[k - 1]?.end === m.start))
    .sort((a, b) => Math.abs(a.start - t.at) - Math.abs(b.start - t.at));
  const head = heads[0];
  if (!head) return null;
  const parts = [head.surface];
  let last = head;
  for (const m of ctx.places)
    if (m.start === last.end) {
      parts.push(m.surface);
      last = m;
    }
  return parts.join(', ');
}

/**
 * "In a readout of Wednesday's phone call", "the agreement signed today": a definite mention
 * without participants refers back to the latest event of its type, and may date it.
 */
export function isDefinite(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun') return false;
  if (t.rule.needsAfter) return true; // "the agreement signed today"
  return tokens.slice(Math.max(0, t.at - 3), t.at).some((x) => DEFINITE.test(x.norm) || x.possessive);
}
