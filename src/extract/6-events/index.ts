import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import { compatible, type PartialDate } from '../../domain/partialDate';
import { elementAt } from '../../domain/guaranteed';
import { addDays, doOverlap, spanOf } from '../../domain/dayBounds';
import { isBeforeNewsWeek, isStoryTime, monthOfWeekBefore, type DateMention, type NewsDay } from '../5-dates';
import { SIGNING } from '../lexicon/deals';
import { DISCUSSIONS } from '../lexicon/occasions';
import { words } from '../lexicon/words';
import { PASSIVE_BE } from '../lexicon/grammar';
import { ATTACK_WORDS } from '../lexicon/force';
import { GROUP_EPITHET } from '../lexicon/military';
import { SPOKESPERSON } from '../lexicon/officials';
import { DAYS_APART, NEXT_UNIT, PREVIOUS_UNIT, SPAN_DAYS } from '../lexicon/ordering';
import type { Mention } from '../3-mentions';
import { NOT_SAME_DAY_OPENER, SAME_DAY_DETERMINER, SAME_DAY_OPENER } from '../lexicon/reference';
import type { Sentence, Token } from '../2-sentences';
import { type Adjustment, adjust, ADJUSTMENTS } from './adjustments';
import { confidence, HEDGE_WINDOW, isAsserted, isAttempted, isBeforeTheNews } from './assertion';
import {
  coordinatedClauseDay,
  dateMentionFor,
  hasSequenceVerbBetween,
  hasOnlyOwnDates,
  isByPhone,
  isDefinite,
  isInPerson,
  isToldBeforeTheNews,
  isToldOn,
  isActOfTheNews,
  locationFor,
  reportsPhoneCalls,
} from './circumstances';
import {
  as,
  type Candidate,
  candidateOf,
  clauses,
  datelineEnd,
  findTriggers,
  isHyphenBacker,
  owner,
  SKIPPABLE,
  type Place,
  type SentenceContext,
  type Trigger,
} from './clause';
import { type EventMention, latest } from './mention';
import { isVisitCalledOn } from './structure';
import { eventsAt, type Found, goBetween, isComplete, othersDealBetween } from './participants';
import { gendersOf } from './gender';
import { resolveListedMembers } from './members';
import {
  type ArticleActors,
  type Officeholder,
  pronounResolver,
  resolveReferences,
  type SentenceActors,
} from './references';

export type { EventMention } from './mention';

/**
 * Events from trigger words, with participants taken from the
 * sentence's structure: the clause subject ("Lavrov later briefed ..."), a
 * possessive or modifier on a noun ("Moscow’s invasion", "His call", "the
 * Japan-U.S. alliance"), the object ("briefed Araghchi"), "with X", "between X
 * and Y", coordinated subjects ("Russia and Iran have strengthened ties"),
 * relative clauses ("China, which brokered the agreement") and passives
 * ("mediated by Oman"). Negated, hypothetical and future mentions are not
 * events; reported ones get a lower confidence.
 *
 * This module runs the stage, sentence by sentence and trigger by trigger: references
 * (references.ts: pronouns, "the two leaders", "the country"), then per trigger its type
 * and date, the events it states (participants.ts), the adjustment chain (adjustments.ts)
 * and the events they imply. The sentence's own reading is in clause.ts (clauses,
 * triggers, actor groups), agent.ts (who acts), assertion.ts (what is not asserted) and
 * circumstances.ts (date, place, and phone or face to face).
 */

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
  /** The article's publication date: a date weeks before it is no talk of the news (circumstances.ts). */
  published?: PartialDate | null;
  /** Who held an office in a state on the article's date, for "his Japanese counterpart" (see references.ts). */
  officeholder?: Officeholder;
}

/** What the stage reads of one sentence besides its tokens. */
interface SentenceFacts extends SentenceActors {
  /** Actor mentions: only actors hide a trigger word ("Gulf Cooperation Council" does, an unknown "MoUs" does not). */
  actorMentions: Mention[];
  /** Where the sentence's dateline ends (see datelineEnd). */
  dateline: number;
  dates: DateMention[];
}

/** The article as the stage reads it. */
interface Article extends ArticleActors {
  actors: readonly SentenceFacts[];
  /** The article reports phone calls: "spoke with" is a call in it. */
  callArticle: boolean;
  newsDay: NewsDay | null | undefined;
  published: PartialDate | null;
}

/** The events of an article's sentences, in order; `adjustments` replaces the chain for tests of its steps. */
export function findEvents(input: EventInput, adjustments: readonly Adjustment[] = ADJUSTMENTS): EventMention[] {
  const article = readArticle(input);
  resolveListedMembers(article);
  const events: EventMention[] = [];
  article.sentences.forEach((_, si) => findSentenceEvents(article, si, events, adjustments));
  return events.filter((e) => !isMetThroughItsPerson(e, events, article));
}

/** Each sentence's candidates, places, actor mentions, dateline and dates. */
function readArticle(input: EventInput): Article {
  const { sentences, kindOf } = input;
  const facts = sentences.map((s) => ({
    all: [] as Candidate[],
    places: [] as Place[],
    actorMentions: [] as Mention[],
    dateline: datelineEnd(s.tokens),
    dates: [] as DateMention[],
  }));
  input.mentions.forEach((m, k) => {
    const id = input.actorOf[k];
    if (!id) return;
    const f = elementAt(facts, m.sentence, 'findEvents: the sentence of a mention');
    f.actorMentions.push(m);
    if (m.locative) f.places.push({ ...m, actorId: id });
    // ("Iran’s president", a person's title, may stand for the state itself: the actor's kind counts.)
    else f.all.push({ ...candidateOf(id, m), kind: (kindOf.get(id) as Mention['kind'] | undefined) ?? m.kind });
  });
  for (const d of input.dates) elementAt(facts, d.sentence, 'findEvents: the sentence of a date').dates.push(d);
  return {
    sentences,
    kindOf,
    roleOf: rolesOf(input),
    actors: facts.map(({ all, ...f }, si) => ({
      ...f,
      candidates: actingAlone(all, f.dateline, elementAt(sentences, si, 'readArticle: sentence').tokens),
    })),
    stateOf: (id) => input.affiliationOf?.get(id) ?? id,
    officeholder: input.officeholder,
    genderOf: gendersOf(input.mentions, input.actorOf),
    callArticle: reportsPhoneCalls(sentences),
    newsDay: input.newsDay,
    published: input.published ?? null,
  };
}

/**
 * Each person's title as first written ("Foreign Minister"), else as the gazetteer gives it on the article's date for
 * an untitled name ("Putin": President), for references.ts to match counterparts and "the ministers".
 */
function rolesOf(input: EventInput): Map<string, string> {
  const roles = new Map<string, string>();
  input.mentions.forEach((m, k) => {
    const id = input.actorOf[k];
    if (id && m.role !== null && !roles.has(id)) roles.set(id, m.role);
  });
  input.mentions.forEach((m, k) => {
    const id = input.actorOf[k];
    if (id && m.known?.role && !roles.has(id)) roles.set(id, m.known.role);
  });
  return roles;
}

/**
 * A mention inside a larger one ("Trump" in "Trump’s administration") does not act alone. (Nor does one in a
 * dateline, "Metro Manila (CNN Philippines, November 18) —": it says where the report is from.)
 */
function actingAlone(cs: readonly Candidate[], dateline: number, tokens: readonly Token[]): Candidate[] {
  return locatedGroups(cs, tokens).filter(
    (c) =>
      c.start >= dateline &&
      !cs.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
  );
}

/**
 * The candidates, each state's possessive or adjective that locates a group dropped, and joined to the group's mention
 * when right before it ("Yemen's Houthis").
 */
function locatedGroups(cs: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const located = new Map<Candidate, Candidate>();
  for (const c of cs) {
    const group = locatedGroup(cs, c, tokens);
    if (group) located.set(group, c);
  }
  const locators = [...located.values()];
  return cs
    .filter((c) => !locators.includes(c))
    .map((c) => {
      const locator = located.get(c);
      // (Only a locator right before the group joins its mention: past a backer, "Lebanon's Iran-backed Hezbollah",
      // the group's mention stays the backer's object.)
      return locator?.end === c.start ? { ...c, start: locator.start } : c;
    });
}

/**
 * "Yemen's Houthi leader, Abdel-Malik al-Houthi, warned", "Lebanon's Hezbollah fired rockets": a state's possessive
 * right before an organisation's name (or a person its title does not join to the state: "Hezbollah leader, Hassan
 * Nasrallah") says where the group is; the group or its person acts, not the state. So does a state's adjective or
 * possessive before an armed group named with its epithets or its backer between: "Afghan Taliban fighters opened
 * fire" (newsdrum 2024), "The Iran-backed Lebanese militia Hezbollah has said it is responsible for firing dozens of
 * rockets" (DW 2024), "Lebanon's Iran-backed Hezbollah group said it launched several rocket salvos" (AFP 2024).
 */
function locatedGroup(cs: readonly Candidate[], c: Candidate, tokens: readonly Token[]): Candidate | undefined {
  // ("the Lebanese group Hezbollah": "Lebanese group" is read as the state's members, who are the group named next.)
  if (c.kind !== 'STATE' || !(c.possessive || c.form === 'adjective' || c.form === 'members')) return undefined;
  // ("the Afghan-Taliban talks": a state joined by a hyphen to a group is the group's other side.)
  if (tokens[c.end - 1]?.post === '-') return undefined;
  let k = c.end;
  for (;;) {
    const backer = cs.find((x) => x.start === k && isHyphenBacker(tokens, x));
    if (backer) k = backer.end + 1;
    else if (GROUP_EPITHET.test(tokens[k]?.norm ?? '')) k++;
    else break;
  }
  const adjacent = k === c.end;
  return cs.find(
    (o) => o.start === k && (o.kind === 'ORGANIZATION' || (adjacent && c.possessive && o.kind === 'PERSON')),
  );
}

/** One sentence being read: its context, and what its triggers share. */
interface Scene {
  article: Article;
  si: number;
  ctx: SentenceContext;
  dates: readonly DateMention[];
  /** The events of this sentence and the two before start here: what "the two sides" and "the sanctions" may refer back to. */
  windowStart: number;
  /** "later that day": an undated event of the sentence happened on the day of the last event dated to a day. */
  sameDay: boolean;
  /** The article's events so far; the scene's triggers add theirs. */
  events: EventMention[];
}

/** The events of sentence si, appended to `events`. */
function findSentenceEvents(
  article: Article,
  si: number,
  events: EventMention[],
  adjustments: readonly Adjustment[],
): void {
  const s = elementAt(article.sentences, si, 'findSentenceEvents: sentence');
  const facts = elementAt(article.actors, si, 'findSentenceEvents: sentence facts');
  const clause = clauses(s.tokens);
  const covered = new Set<number>();
  for (const m of facts.actorMentions) for (let k = m.start; k < m.end; k++) covered.add(k);
  const triggers = findTriggers(s.tokens, clause, covered);
  if (triggers.length === 0) return;
  const pronoun = pronounResolver(article, si, clause);
  const windowStart = si > 1 ? elementAt(article.sentences, si - 2, 'findSentenceEvents: sentence before').start : 0;
  const triggerAt = new Set(triggers.map((t) => t.at));
  const criticismAt = new Set(triggers.filter((t) => t.rule.type === 'CRITICISM').map((t) => t.at));
  resolveReferences(article, si, clause, pronoun, events, windowStart, triggerAt, criticismAt);
  const ctx: SentenceContext = {
    s,
    clause,
    candidates: facts.candidates,
    places: facts.places,
    triggers,
    dateline: facts.dateline,
    pronoun,
    stateOf: article.stateOf,
    published: article.published,
  };
  const scene: Scene = { article, si, ctx, dates: facts.dates, windowStart, sameDay: isSameDay(s.tokens), events };
  for (const t of triggers) if (isAsserted(ctx, t)) findTriggerEvents(scene, t, adjustments);
}

/** "Biden also spoke during the day with Sisi", "later that day", "the same day" (not "on the day"). */
function isSameDay(tokens: readonly Token[]): boolean {
  return tokens.some((x, k) => {
    const [opener, determiner] = [tokens[k - 2]?.norm ?? '', tokens[k - 1]?.norm ?? ''];
    return (
      x.norm === 'day' &&
      k >= 2 &&
      SAME_DAY_DETERMINER.test(determiner) &&
      SAME_DAY_OPENER.test(opener) &&
      !(determiner === 'the' && NOT_SAME_DAY_OPENER.test(opener))
    );
  });
}

/** What the events of one trigger share: where and when, how sure, and the sentence. */
type Base = Pick<EventMention, 'date' | 'location' | 'confidence' | 'evidence' | 'trigger' | 'toldOn'>;

/** The events trigger t states, adjusted, appended to the scene's events with those they imply. */
function findTriggerEvents(scene: Scene, t: Trigger, adjustments: readonly Adjustment[]): void {
  const { ctx, events } = scene;
  const type = typeOf(scene, t);
  const found = dateMentionFor(ctx, t, scene.dates);
  // ("... have held talks, the ministry said Friday": the day it was told, used only if nothing dates it better.)
  const told = found !== null && isToldOn(ctx, t, found) ? { toldOn: found.date } : {};
  const date =
    (told.toldOn === undefined ? found?.date : undefined) ??
    (scene.sameDay ? (latest(events, (e) => e.date !== null && e.date.length === 10)?.date ?? null) : null);
  const base: Base = {
    date,
    location: locationFor(ctx, t, type),
    confidence: confidence(ctx, t),
    evidence: { sentence: ctx.s.text, start: ctx.s.start, end: ctx.s.end },
    trigger: t.at,
  };
  const at = {
    ctx,
    t,
    earlier: events,
    windowStart: scene.windowStart,
    kindOf: scene.article.kindOf,
  };
  const stated = eventsAt(ctx, t, type)
    .map((f) => adjust(f, at, adjustments))
    .filter(isComplete);
  // ("The talks come as Zarif had held calls on Wednesday": a date nearer another trigger dates that one, not the talks.)
  if (stated.length === 0 && date !== null && isDefinite(ctx, t) && hasOnlyOwnDates(ctx, t, scene.dates)) {
    const earlier = latest(events, (e) => e.type === type);
    // ("Abiy's visit follows Ruto's trip, where he attended the summit on Feb 16": the summit is not the visit.)
    const sequenced =
      earlier?.evidence.start === ctx.s.start &&
      found !== null &&
      hasSequenceVerbBetween(ctx.s.tokens, earlier.trigger ?? 0, found.start);
    // ("Erdogan also had talks with Lukashenko" in a report of Thursday's summit, then "his trip to Russia last
    // September": the news is not dated by its background.)
    const background = earlier?.leadDate !== undefined && isBeforeNewsWeek(date, earlier.leadDate);
    if (earlier && earlier.date === null && !sequenced && !background) earlier.date = date;
  }
  // ("exchanged views" after "held a phone call", Daily Sabah 2025; "held discussions Sunday with Blinken" before
  // "received a phone call from Blinken", Anadolu 2025): talk only, or discussions, are loose too, the pair's call on a
  // day both allow if the article tells one ("on developments in Syria" is a topic's place, no meeting's).
  const talk = t.rule.talkOnly === true || DISCUSSION.test(ctx.s.tokens[t.at]?.norm ?? '');
  const loose = type === 'MEETING' && (t.rule.confidence < 0.7 || talk);
  for (const f of stated) {
    // A mediation of an earlier-mentioned event happened when that event did, unless its own sentence dates it.
    // (Else the day of the clause before, when this one adds to its occasion: circumstances.ts coordinatedClauseDay.)
    const ownDate = date ?? f.date ?? coordinatedClauseDay(ctx, t, scene.dates, f.participants);
    const onNewsDay = newsDayLead(scene, t, ownDate);
    // A war or an alliance mentioned in the opening did not start on the news day; sanctions imposed may be its news,
    // when a date of the opening gives that day (an undated opening is only guessed to be of the publication day).
    const datedNews = (scene.article.newsDay?.sentences ?? 0) > 1;
    const isEvent = ONTOLOGY[f.type].temporal === 'event';
    const isAct = isActOfTheNews(ctx, t, f.type);
    const lead = isEvent || (datedNews && isAct) ? onNewsDay : {};
    const asNews = !isEvent && isAct && onNewsDay.leadDate !== undefined ? { newsDay: onNewsDay.leadDate } : {};
    events.push({
      type: f.type,
      participants: f.participants,
      ...base,
      date: ownDate,
      ...told,
      ...lead,
      ...asNews,
      ...(loose ? { loose } : {}),
      rule: f.implied ? `${t.rule.id}+implied` : t.rule.id,
    });
    // (What it implies was told that day too: "Oman has brokered a ceasefire ..., the minister said in a statement on Tuesday".)
    events.push(...impliedEvents(scene, t, f, { ...base, date: ownDate, ...told }, lead, onNewsDay));
  }
}

/**
 * "spoke with X" is a call in an article that reports calls, or when nothing puts it face to face; so is "by phone".
 * "called on President Abbas" (asked nothing) is a visit.
 */
function typeOf(scene: Scene, t: Trigger): RelationType {
  const { article, ctx } = scene;
  if (t.rule.visitUnlessAsked && isVisitCalledOn(ctx, t)) return 'MEETING';
  // ("Blinken and Al Thani held talks on a ceasefire deal between Israel and Hamas": they met; others negotiate.)
  if (othersDealBetween(ctx, t) >= 0) return 'MEETING';
  // ("Israel and Hamas exchanged views through Qatari mediators": indirect talks, no face-to-face meeting.)
  if (t.rule.type === 'MEETING' && goBetween(ctx, t)) return 'NEGOTIATION';
  if (isVerbalAttack(scene, t)) return 'CRITICISM';
  return (t.rule.callInCallArticle && (article.callArticle || !isInPerson(ctx, t))) || isByPhone(ctx, t)
    ? 'CALL'
    : t.rule.type;
}

/**
 * "Erdogan again attacked French President Emmanuel Macron, saying that he needed mental treatment", "Rep. Adam Schiff
 * was attacked by President Erdogan's spokesman, Ibrahim Kalin", "Turkish Foreign Ministry spokesman Hami Aksoy
 * attacked Greece" (ANA-MPA 2020, Asbarez 2018, IBNA 2020): an attack whose sides are all people, or one of whom is
 * a spokesperson, is one of words. People do not wage force on each other in the news, and a spokesperson only
 * speaks. (Read only for an attack's word; its sides as a conflict's, from the sentence.)
 */
function isVerbalAttack({ article, ctx }: Scene, t: Trigger): boolean {
  if (t.rule.type !== 'CONFLICT' || !ATTACK_WORDS.test(ctx.s.tokens[t.at]?.norm ?? '')) return false;
  const sides = eventsAt(ctx, t, 'CONFLICT').flatMap((f) => f.participants.map((p) => p.actorId));
  const isPerson = (id: string) => article.kindOf.get(id) === 'PERSON';
  const speaks = (id: string) => isPerson(id) && isSpokespersonRole(article.roleOf.get(id) ?? '');
  return sides.length >= 2 && (sides.every(isPerson) || sides.some(speaks));
}

/** Nouns of conversation: a meeting read from one may be the article's call of the pair (7-merge isSubsumedByCall). */
const DISCUSSION = words(DISCUSSIONS);

/** Whether a role is a spokesperson's: "Foreign Ministry spokesman", "presidential spokesperson". */
const isSpokespersonRole = (role: string): boolean =>
  role
    .toLowerCase()
    .split(/\W+/)
    .some((w) => SPOKESPERSON.test(w));

/**
 * The news day, for an undated event of the opening sentences (see dates.newsDay); none when the sentence dates
 * another of its clauses on purpose, or places the event in the past ("Khamenei recently stated").
 */
function newsDayLead(
  { article, si, ctx, dates }: Scene,
  t: Trigger,
  ownDate: PartialDate | null,
): { leadDate?: PartialDate } {
  const news = article.newsDay;
  // ("Khamenei recently stated": some time before the news, not on its day.)
  const recent = ctx.s.tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at).some((x) => x.norm === 'recently');
  // (A date of something to come, "agreeing to hold meetings on Wednesday", dates no other clause.)
  const datesOther =
    news !== null &&
    news !== undefined &&
    dates.some((d) => {
      const of = owner(d.start, ctx.triggers);
      // ("This is Quang's first visit to China since he took office in April 2016": a period's start, not another time.)
      const since = d.start > t.at && ctx.s.tokens.slice(t.end, d.start).some((x) => x.norm === 'since');
      // (A dateline's date, "Amman, July 16:", is the report's, no clause's; a relative clause's, "met Guelleh, who is
      // in Beijing for the 2024 Summit", is of what it tells of a noun.)
      return (
        d.start >= ctx.dateline &&
        d.ofRelativeClause !== true &&
        d.date <= news.day &&
        !since &&
        !isPeriodStart(ctx.s.tokens, d) &&
        (of === undefined || isAsserted(ctx, of))
      );
    });
  if (
    ownDate === null &&
    news &&
    si < news.sentences &&
    !datesOther &&
    !isBeforeTheNews(ctx, t) &&
    !recent &&
    !isDaysApart(ctx.s.tokens, t) &&
    !isAheadInClause(ctx, t, dates) &&
    !isMovedAway(article, si, news.day)
  ) {
    // ("Trump had urged Putin to attend": before the news day, in the week up to it.)
    if (!isToldBeforeTheNews(ctx, t)) return { leadDate: news.day };
    const month = monthOfWeekBefore(news.day);
    return month === null ? {} : { leadDate: month };
  }
  return {};
}

/**
 * Whether a date opens a period the news is counted in, wherever it stands: "on his fifth trip to the region since the
 * Oct. 7 attacks", "Since the 2020 war, ...": what began then is no other time of the sentence's events. Only "since"
 * right before the date or its article or possessive ("since the", "since its"), not "since he took office in 2016".
 */
function isPeriodStart(tokens: readonly Token[], d: DateMention): boolean {
  let k = d.start - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k]?.norm ?? '')) k--;
  return tokens[k]?.norm === 'since';
}

/**
 * Whether a span of days orders the trigger away from the news just before it: "A day earlier, Blinken met the crown
 * prince", "began the trip a day before by meeting", "the previous day", "two days later". Such an event is not of
 * the news day; 9-bounds.ts dates it from what it is ordered against. Not "hours after" (the same day).
 */
function isDaysApart(tokens: readonly Token[], t: Trigger): boolean {
  const from = Math.max(0, t.at - HEDGE_WINDOW);
  return tokens.slice(from, t.at).some((x, j) => {
    const k = from + j;
    const unit = SPAN_DAYS.get(tokens[k + 1]?.norm ?? '');
    if (unit !== undefined && (PREVIOUS_UNIT.test(x.norm) || NEXT_UNIT.test(x.norm))) return true; // "the previous day"
    return SPAN_DAYS.has(x.norm) && DAYS_APART.test(tokens[k + 1]?.norm ?? ''); // "a day earlier", "two days after"
  });
}

/**
 * Whether the trigger's own date (the nearest trigger to it, in its clause) lies ahead of publication: its event is to
 * come, of no news day ("plan to call Trump before he holds a phone conversation with Putin on Monday"). Not a date
 * ahead of another trigger ("plans to attend a meeting in Bonn from Thursday, after Trump reaffirmed it in a phone
 * call").
 */
function isAheadInClause(ctx: SentenceContext, t: Trigger, dates: readonly DateMention[]): boolean {
  // (The time of an occasion the event came ahead of is not the event's: "met ahead of Tuesday's swearing-in".)
  return dates.some(
    (d) => d.ahead && !d.anticipated && ctx.clause[d.start] === ctx.clause[t.at] && owner(d.start, ctx.triggers) === t,
  );
}

/** How far before the news day the news reaches: the week before it, as "on Friday" does (see dates.newsDay). */
const NEWS_WEEK_DAYS = 7;
/** Words before a date that tell no time of the story: "an order of September 20, 2017", "the 2015 accord", "since 2023". */
const NOUN_DATE_LEAD: ReadonlySet<string> = new Set(['of', 'since', ...SKIPPABLE]);

/**
 * Whether the sentence before moved the story away from the news, to a time before its week, told in the simple past:
 * "The United States first announced sanctions in March 2014. The European Union has also imposed sanctions" (of 2014,
 * not of the news day). Not a background told in the past perfect, after which the story comes back: "The two nations
 * had expelled each other's envoys amid a campaign in August. Maduro met with Santos in Ecuador".
 */
function isMovedAway(article: Article, si: number, day: PartialDate): boolean {
  if (si === 0) return false;
  const week = { earliest: addDays(day, -NEWS_WEEK_DAYS), latest: day };
  const before = article.actors[si - 1]?.dates ?? [];
  const tokens = article.sentences[si - 1]?.tokens ?? [];
  const pluperfect = tokens.some((x) => x.norm === 'had' && !x.quoted);
  // (A date of a noun tells no time of the story: "under an executive order of September 20, 2017", "the 2015 deal";
  // nor does the start of what goes on to the news: "the fighting, which has continued since October 2023".)
  const ofNoun = (d: DateMention) => NOUN_DATE_LEAD.has(tokens[d.start - 1]?.norm ?? '');
  const isAwayTime = (d: DateMention) =>
    !d.spanned && !ofNoun(d) && isStoryTime(d, article.sentences[si - 1], before) && !doOverlap(spanOf(d.date), week);
  return !pluperfect && before.some(isAwayTime);
}

/**
 * The events an event implies: people who sign together meet ("signed by Mohammed bin Salman and Shehbaz Sharif in
 * Riyadh"), and a rule's `implies` ("signed a mutual defence pact": an alliance).
 */
function impliedEvents(
  { article, ctx }: Scene,
  t: Trigger,
  f: Found,
  base: Base,
  lead: { leadDate?: PartialDate },
  onNewsDay: { leadDate?: PartialDate },
): EventMention[] {
  const out: EventMention[] = [];
  const isPerson = (id: string) => article.kindOf.get(id) === 'PERSON';
  if (
    f.type === 'AGREEMENT' &&
    SIGNING.test(ctx.s.tokens[t.at]?.norm ?? '') &&
    f.participants.length >= 2 &&
    f.participants.every((p) => isPerson(p.actorId))
  ) {
    const location = locationFor(ctx, t, 'MEETING');
    out.push({
      type: 'MEETING',
      participants: f.participants,
      ...base,
      location,
      ...lead,
      rule: `${t.rule.id}+signed-together`,
    });
  }
  const implied = t.rule.implies;
  if (!implied || isAttempted(ctx, t)) return out;
  // "a treaty of mutual defence" is an alliance; "MoUs on border security" are not.
  const after = implied.type === 'ALLIANCE' && ctx.s.tokens[t.end]?.norm !== 'of' ? 0 : (implied.within ?? 3);
  const span = ctx.s.tokens.slice(t.at, t.end + after).filter((_, d) => ctx.clause[t.at + d] === ctx.clause[t.at]);
  if (!span.some((x) => implied.when.test(x.norm)) && !isPassiveOf(ctx, t, implied.when)) return out;
  if (isLesserDeal(span, implied.lesser)) return out;
  // An alliance binds states: leaders who sign a defence pact ally their states.
  const actors = f.participants.filter((p) => p.role !== 'MEDIATOR').map((p) => p.actorId);
  const sides = [...new Set(implied.type === 'ALLIANCE' ? actors.map(article.stateOf) : actors)];
  // ("Last year, Egypt managed to broker a cease-fire", its parties read off this week's truce: who agreed then is
  // not told.)
  const partiesOfOtherTime = f.occasion !== undefined && base.date !== null && !compatible(f.occasion, base.date);
  // What a signing implies starts when the signing happened.
  if (sides.length >= 2 && !partiesOfOtherTime)
    out.push({
      type: implied.type,
      participants: sides.map(as('PARTICIPANT')),
      ...base,
      ...onNewsDay,
      rule: `${t.rule.id}+implied`,
    });
  return out;
}

/** How far back from a passive verb the "between" of its noun may stand ("a truce between Israel and Hamas, brokered"). */
const PASSIVE_HEAD_WINDOW = 8;

/**
 * "A ceasefire between Israel and Hezbollah, brokered by the United States and France, took effect" (Semafor, TRT,
 * Devdiscourse 2024), "the truce that was brokered between Israel and Hamas" (Quint 2021): a passive verb, or its
 * participle before "by", qualifies the noun before it, past a relative "that was" and that noun's own "between"
 * phrase; that noun is what the verb's rule implies of ("brokered a ceasefire": the sides agreed to it), as an object
 * after an active verb is. ("rejected a ceasefire proposal brokered by Egypt": the noun is a proposal, no deal.)
 */
function isPassiveOf(ctx: SentenceContext, t: Trigger, what: RegExp): boolean {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k >= 0 && (PASSIVE_LINK.test(tokens[k]?.norm ?? '') || tokens[k]?.tags.has('Adverb'))) k--;
  const passive = k < t.at - 1 || tokens[t.end]?.norm === 'by';
  if (!passive) return false;
  for (let j = k; j >= Math.max(0, t.at - PASSIVE_HEAD_WINDOW); j--) {
    if (tokens[j]?.norm === 'between') return what.test(tokens[j - 1]?.norm ?? '');
    if (tokens[j]?.tags.has('Verb')) break;
  }
  return what.test(tokens[k]?.norm ?? '');
}
const PASSIVE_LINK = words(PASSIVE_BE, ['that', 'which']);

/** "a defence cooperation agreement" binds to cooperate, "a mutual defence agreement" to defend (triggers.ts implies). */
function isLesserDeal(span: readonly { norm: string }[], lesser?: { when: RegExp; unless: RegExp }): boolean {
  if (!lesser) return false;
  return span.some((x) => lesser.when.test(x.norm)) && !span.some((x) => lesser.unless.test(x.norm));
}

/**
 * "He visited Kyiv for talks with Zelenskyy": a meeting with a state is the meeting, in the same sentence, with the
 * state's own person.
 */
function isMetThroughItsPerson(e: EventMention, all: readonly EventMention[], article: Article): boolean {
  if (e.type !== 'MEETING') return false;
  const kindOf = article.kindOf;
  const states = e.participants.filter((p) => kindOf.get(p.actorId) === 'STATE').map((p) => p.actorId);
  const others = e.participants.filter((p) => !states.includes(p.actorId)).map((p) => p.actorId);
  return (
    states.length === 1 &&
    others.length > 0 &&
    all.some(
      (m) =>
        m !== e &&
        m.type === 'MEETING' &&
        m.evidence.start === e.evidence.start &&
        others.every((id) => m.participants.some((p) => p.actorId === id)) &&
        m.participants.some((p) => kindOf.get(p.actorId) === 'PERSON' && article.stateOf(p.actorId) === states[0]),
    )
  );
}
