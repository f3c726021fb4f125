import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import type { Evidence, Participant } from '../../domain/types';
import type { PartialDate } from '../../domain/partialDate';
import type { DateMention, NewsDay } from '../dates';
import type { Mention } from '../mentions';
import { TALKS } from '../lexicon/occasions';
import {
  COUNTRY_NOUN,
  MINISTRY_ADJECTIVE,
  NOT_SAME_DAY_OPENER,
  PAIR_HEAD,
  PAIR_PERSON,
  PERSON_PRONOUN,
  PERSONAL_PRONOUN,
  SAME_DAY_DETERMINER,
  SAME_DAY_OPENER,
  SIDES,
  THEIR_OCCASION,
} from '../lexicon/reference';
import { words } from '../lexicon/words';
import type { Sentence, Token } from '../sentences';
import { asserted, attempted, background, confidence, HEDGE_WINDOW } from './assertion';
import { byPhone, dateFor, datesOwnTrigger, definite, inPerson, locationFor, reportsPhoneCalls } from './circumstances';
import {
  as,
  type Candidate,
  candidateOf,
  clauses,
  datelineEnd,
  findTriggers,
  owner,
  type Place,
  reporting,
  type SentenceContext,
  subjectLike,
  type Trigger,
} from './clause';
import { complete, eventsAt, type Found } from './participants';

/**
 * Stage 5: events from trigger words, with participants taken from the
 * sentence's structure: the clause subject ("Lavrov later briefed ..."), a
 * possessive or modifier on a noun ("Moscow’s invasion", "His call", "the
 * Japan-U.S. alliance"), the object ("briefed Araghchi"), "with X", "between X
 * and Y", coordinated subjects ("Russia and Iran have strengthened ties"),
 * relative clauses ("China, which brokered the agreement") and passives
 * ("mediated by Oman"). Negated, hypothetical and future mentions are not
 * events; reported ones get a lower confidence.
 *
 * This module runs the stage and resolves what needs the article (pronouns, "the two
 * leaders", parties from earlier events); the sentence's own reading is in clause.ts
 * (clauses, triggers, actor groups), agent.ts (who acts), participants.ts (who else takes
 * part, per type), assertion.ts (what is not asserted) and circumstances.ts (date, place,
 * and phone or face to face).
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
  /**
   * The id of the trigger rule that found it (see triggers.ts), for the evaluation by rule. An event implied by
   * another gets the implying rule's id and a suffix saying how: `+implied` (rule.implies: "signed a defence pact"
   * is an alliance), `+signed-together` (people who sign together meet).
   */
  rule: string;
}

/** Verbs of putting a name to a text: who does it together is in one room. */
const SIGNING = /^(?:signed|signs|sign|signing|inked|initialed|initialled)$/;
/** Event types a mediation is about, for a mediation whose parties the sentence leaves to the context. */
const MEDIATED: ReadonlySet<RelationType> = new Set(['AGREEMENT', 'NEGOTIATION', 'MEETING', 'CALL']);

/** A phrase that refers to two actors named before ("the two leaders"), at tokens [start, end). */
interface PairPhrase {
  start: number;
  end: number;
  /** Refers to persons (else to states or organisations). */
  person: boolean;
  /** Refers to the actors named before only if exactly two were ("the leaders" may be more). */
  onlyTwo?: boolean;
}

/** The pair phrases of a sentence. */
export function pairPhrases(tokens: readonly Token[]): PairPhrase[] {
  const out: PairPhrase[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    // "the foreign ministers signed a memorandum", "The leaders discussed trade": the two people just named, if only two were.
    const from =
      tokens[k - 1]?.norm === 'the'
        ? k - 1
        : MINISTRY_ADJECTIVE.test(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.norm === 'the'
          ? k - 2
          : -1;
    if (from >= 0 && PAIR_PERSON.test(t.norm) && !t.possessive && next?.norm !== 'of')
      out.push({ start: from, end: k + 1, person: true, onlyTwo: true });
    if (t.norm === 'pair' && tokens[k - 1]?.norm === 'the') out.push({ start: k - 1, end: k + 1, person: true });
    // "as the sides met": the two sides named before.
    if (SIDES.test(t.norm) && tokens[k - 1]?.norm === 'the' && !t.possessive && tokens[k - 2]?.norm !== 'two')
      out.push({ start: k - 1, end: k + 1, person: false });
    if (!next) return;
    const both = t.norm === 'both' && PAIR_HEAD.test(next.norm) && !/,/.test(t.post);
    const two = t.norm === 'two' && tokens[k - 1]?.norm === 'the' && PAIR_HEAD.test(next.norm);
    // "the two countries": but not "the two countries' leaders" (a possessive), which names the leaders.
    if ((both || two) && !next.possessive)
      out.push({ start: two ? k - 1 : k, end: k + 2, person: PAIR_PERSON.test(next.norm) });
    // "During their meeting in Egypt": the two people the article just named met.
    if (t.norm === 'their' && THEIR_OCCASION.test(next.norm)) out.push({ start: k, end: k + 1, person: true });
  });
  return out;
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
    // ("Iran’s president", a person's title, may stand for the state itself: the actor's kind counts.)
    else
      bySentence[m.sentence].push({
        ...candidateOf(id, m),
        kind: (kindOf.get(id) as Mention['kind'] | undefined) ?? m.kind,
      });
  });
  // A mention inside a larger one ("Trump" in "Trump’s administration") does not act alone.
  // (Nor does one in a dateline, "Metro Manila (CNN Philippines, November 18) —": it says where the report is from.)
  const datelines = sentences.map((s) => datelineEnd(s.tokens));
  const candidatesOf = bySentence.map((cs, si) =>
    cs.filter(
      (c) =>
        c.start >= datelines[si] &&
        !cs.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
    ),
  );
  const callArticle = reportsPhoneCalls(sentences);

  /** The first subject-like actor of the wanted kind in a sentence before token p (in p's clause, if given). */
  const subjectOf = (si: number, p: number, person: boolean, clause?: readonly number[]): string | null => {
    const c = candidatesOf[si].find(
      (x) =>
        x.start < p &&
        (!clause || clause[x.start] === clause[p]) &&
        (kindOf.get(x.actorId) === 'PERSON') === person &&
        x.form !== 'adjective' &&
        subjectLike(sentences[si].tokens, x),
    );
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
      const person = PERSONAL_PRONOUN.test(word);
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
    // The events of this sentence and the two before: what "the two sides" and "the sanctions" may refer back to.
    const windowStart = si > 1 ? sentences[si - 2].start : 0;
    // ("Pakistan and Afghanistan agreed ... in talks mediated by Qatar and Turkey ... both nations": not the mediators.)
    const mediators = new Set(
      events
        .filter((e) => e.evidence.start >= windowStart)
        .flatMap((e) => e.participants.filter((p) => p.role === 'MEDIATOR').map((p) => p.actorId)),
    );
    // "the two leaders met", "both countries agreed": the last two actors of that kind before the phrase.
    for (const pair of pairPhrases(s.tokens)) {
      if (candidates.some((c) => c.start < pair.end && c.end > pair.start)) continue;
      // "The Gulf country mediated the negotiation between the two sides": the sides of the latest event, when it has two.
      const sidesOf = SIDES.test(s.tokens[pair.end - 1].norm)
        ? latest(
            events,
            (e) => e.evidence.start >= windowStart && e.participants.filter((p) => p.role !== 'MEDIATOR').length === 2,
          )
        : undefined;
      const found: string[] = sidesOf
        ? sidesOf.participants
            .filter((p) => p.role !== 'MEDIATOR')
            .map((p) => p.actorId)
            .reverse()
        : [];
      const wanted = pair.onlyTwo ? 3 : 2;
      for (let back = si; back >= Math.max(0, si - 2) && found.length < wanted; back--) {
        const before = candidatesOf[back].filter(
          (c) =>
            (back < si || c.end <= pair.start) &&
            (kindOf.get(c.actorId) === 'PERSON') === pair.person &&
            !mediators.has(c.actorId),
        );
        for (let k = before.length - 1; k >= 0 && found.length < wanted; k--)
          if (!found.includes(before[k].actorId)) found.push(before[k].actorId);
      }
      if (found.length !== 2) continue;
      const at = candidates.findIndex((c) => c.start > pair.start);
      const pairCandidates = found.reverse().map((id): Candidate => ({
        actorId: id,
        start: pair.start,
        end: pair.end,
        form: 'name',
        possessive: false,
        kind: pair.person ? 'PERSON' : 'STATE',
        state: null,
      }));
      candidates.splice(at < 0 ? candidates.length : at, 0, ...pairCandidates);
    }
    // "He was greeted by Kim", "Modi visited Ukraine, where he met Zelensky": "he" and "she" act as the person they
    // stand for (the subject of their clause, else of the sentence, else of the sentences before).
    s.tokens.forEach((x, p) => {
      // "Mali's junta said it condemned the sanctions": "it" after a verb of saying is the one who says.
      const said =
        x.norm === 'it' &&
        (reporting(s.tokens[p - 1] ?? x) || (s.tokens[p - 1]?.norm === 'that' && reporting(s.tokens[p - 2] ?? x)));
      if ((!PERSON_PRONOUN.test(x.norm) && !said) || x.quoted) return;
      // "In his conversation with Biden, Modi briefed him": "him" is the person before who is not the clause's subject.
      const id = x.norm === 'him' ? objectPronoun(p) : said ? subjectOf(si, p, false) : pronoun(x.norm, p);
      const at = candidates.findIndex((c) => c.start > p);
      const kind = said ? 'STATE' : 'PERSON';
      if (id)
        candidates.splice(at < 0 ? candidates.length : at, 0, {
          actorId: id,
          start: p,
          end: p + 1,
          form: 'name',
          possessive: false,
          kind,
          state: null,
        });
    });
    // "the sanctions imposed on the country", "the Gulf country mediated": the last state named (or where something
    // happened), in the sentence or the one before.
    s.tokens.forEach((x, p) => {
      const from =
        s.tokens[p - 1]?.norm === 'the'
          ? p - 1
          : s.tokens[p - 2]?.norm === 'the' && s.tokens[p - 1].capitalised
            ? p - 2
            : -1;
      if (!COUNTRY_NOUN.test(x.norm) || from < 0 || candidates.some((c) => c.start <= p && c.end > p)) return;
      const lastState = (cs: readonly { actorId: string; start: number; end: number }[]) =>
        [...cs]
          .sort((a, b) => a.start - b.start)
          .reverse()
          .find((c) => kindOf.get(c.actorId) === 'STATE');
      const before =
        lastState([...candidates, ...placesBySentence[si]].filter((c) => c.end <= from)) ??
        (si > 0 ? lastState([...candidatesOf[si - 1], ...placesBySentence[si - 1]]) : undefined);
      const at = candidates.findIndex((c) => c.start > p);
      if (before)
        candidates.splice(at < 0 ? candidates.length : at, 0, {
          actorId: before.actorId,
          start: from,
          end: p + 1,
          form: 'name',
          possessive: x.possessive,
          kind: 'STATE',
          state: null,
        });
    });
    const ctx: SentenceContext = {
      s,
      clause,
      candidates,
      places: placesBySentence[si],
      triggers,
      dateline: datelines[si],
      pronoun,
      stateOf,
    };
    const sentenceDates = datesBySentence[si];
    // "Biden also spoke during the day with Sisi", "later that day": the day of the last event dated to a day.
    const sameDay = s.tokens.some(
      (x, k) =>
        x.norm === 'day' &&
        k >= 2 &&
        SAME_DAY_DETERMINER.test(s.tokens[k - 1].norm) &&
        SAME_DAY_OPENER.test(s.tokens[k - 2].norm) &&
        !(s.tokens[k - 1].norm === 'the' && NOT_SAME_DAY_OPENER.test(s.tokens[k - 2].norm)),
    );
    for (const t of triggers) {
      if (!asserted(ctx, t)) continue;
      const type: RelationType =
        (t.rule.callInCallArticle && (callArticle || !inPerson(ctx, t))) || byPhone(ctx, t) ? 'CALL' : t.rule.type;
      const date =
        dateFor(ctx, t, sentenceDates) ??
        (sameDay ? (latest(events, (e) => e.date !== null && e.date.length === 10)?.date ?? null) : null);
      const base = {
        date,
        location: locationFor(ctx, t, type),
        confidence: confidence(ctx, t),
        evidence: { sentence: s.text, start: s.start, end: s.end },
      };
      const loose = type === 'MEETING' && t.rule.confidence < 0.7;
      const found = eventsAt(ctx, t, type)
        .map((f) => (BETWEEN_STATES.has(f.type) ? ofStates(f, stateOf) : f))
        .map((f) => withoutRepresentedStates(f, stateOf, kindOf))
        .map((f) => resolveParties(f, events, stateOf, s.start, (id) => kindOf.get(id) === 'PERSON'))
        .map((f) => sameAsBefore(f, ctx, t, events, windowStart))
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
        const datesOther =
          news !== null &&
          news !== undefined &&
          sentenceDates.some((d) => {
            const of = owner(d.start, triggers);
            return d.date <= news.day && (of === undefined || asserted(ctx, of));
          });
        const onNewsDay =
          ownDate === null && news && si < news.sentences && !datesOther && !background(ctx, t) && !recent
            ? { leadDate: news.day }
            : {};
        // A war or an alliance mentioned in the opening did not start on the news day.
        const lead = ONTOLOGY[f.type].temporal === 'event' ? onNewsDay : {};
        events.push({
          type: f.type,
          participants: f.participants,
          ...base,
          date: ownDate,
          ...lead,
          ...(loose ? { loose } : {}),
          rule: t.rule.id,
        });
        // "signed by Mohammed bin Salman and Shehbaz Sharif in Riyadh": people who sign together meet.
        if (
          f.type === 'AGREEMENT' &&
          SIGNING.test(s.tokens[t.at].norm) &&
          f.participants.length >= 2 &&
          f.participants.every((p) => kindOf.get(p.actorId) === 'PERSON')
        ) {
          events.push({
            type: 'MEETING',
            participants: f.participants,
            ...base,
            location: locationFor(ctx, t, 'MEETING'),
            date: ownDate,
            ...lead,
            rule: `${t.rule.id}+signed-together`,
          });
        }
        const implied = t.rule.implies;
        // "a treaty of mutual defence" is an alliance; "MoUs on border security" are not.
        const after = implied?.type === 'ALLIANCE' && s.tokens[t.end]?.norm !== 'of' ? 0 : (implied?.within ?? 3);
        const span = s.tokens.slice(t.at, t.end + after).filter((x, d) => clause[t.at + d] === clause[t.at]);
        if (implied && span.some((x) => implied.when.test(x.norm)) && !attempted(ctx, t)) {
          // An alliance binds states: leaders who sign a defence pact ally their states.
          const actors = f.participants.filter((p) => p.role !== 'MEDIATOR').map((p) => p.actorId);
          const sides = [...new Set(implied.type === 'ALLIANCE' ? actors.map(stateOf) : actors)];
          // What a signing implies starts when the signing happened.
          if (sides.length >= 2)
            events.push({
              type: implied.type,
              participants: sides.map(as('PARTICIPANT')),
              ...base,
              date: ownDate,
              ...onNewsDay,
              rule: `${t.rule.id}+implied`,
            });
        }
      }
    }
  });
  return events.filter((e) => !metThroughItsPerson(e, events, stateOf, kindOf));
}

/**
 * "Trump hit Russia's oil companies with sanctions. The sanctions, unveiled by the US Treasury, target
 * Rosneft and Lukoil": a definite noun of a directed type refers back to the latest such event of the
 * two sentences before, whose source and date it takes; the sentence adds what it says of the target.
 */
function sameAsBefore(
  f: Found,
  ctx: SentenceContext,
  t: Trigger,
  earlier: readonly EventMention[],
  since: number,
): Found {
  if (ONTOLOGY[f.type].symmetric || f.type === 'MEDIATION' || !definite(ctx, t) || t.rule.needsAfter) return f;
  const before = latest(
    earlier,
    (e) => e.type === f.type && e.evidence.start >= since && e.evidence.start < ctx.s.start,
  );
  const sources = before?.participants.filter((p) => p.role === 'SOURCE') ?? [];
  if (!before || sources.length === 0) return f;
  return {
    ...f,
    participants: [...sources, ...f.participants.filter((p) => p.role === 'TARGET')],
    date: f.date ?? before.date,
  };
}

/** People sent to talk for a state: their talks are meetings. */
const ENVOYS =
  /^(?:officials|counterparts|diplomats|envoys|ministers|leaders|delegation|delegations|team|teams|negotiators|representatives)$/;

/** "held talks", "discussions between": talks, which are negotiations when states or organisations hold them. */
const TALK = words(TALKS);

/** Relations that bind states, whoever speaks for them. */
const BETWEEN_STATES: ReadonlySet<RelationType> = new Set(['SUPPLY', 'ALLIANCE']);

/**
 * "Biden announced an aid package for Ukraine", "Putin and Kim signed a strategic partnership agreement": arms and
 * aid go from state to state, and leaders ally their states.
 */
function ofStates(f: Found, stateOf: (id: string) => string): Found {
  const participants = f.participants.map((p) => ({ ...p, actorId: stateOf(p.actorId) }));
  return new Set(participants.map((p) => p.actorId)).size < participants.length ? f : { ...f, participants };
}

/**
 * "At the initiative of the Armenian side, Putin held a telephone conversation with Pashinyan": a state whose own
 * person takes part in the same conversation or meeting is there through that person, not as a side of its own.
 */
function withoutRepresentedStates(
  f: Found,
  stateOf: (id: string) => string,
  kindOf: ReadonlyMap<string, string>,
): Found {
  if (!ONTOLOGY[f.type].symmetric) return f;
  const represented = new Set(
    f.participants.filter((p) => kindOf.get(p.actorId) === 'PERSON').map((p) => stateOf(p.actorId)),
  );
  const participants = f.participants.filter((p) => kindOf.get(p.actorId) !== 'STATE' || !represented.has(p.actorId));
  return participants.length >= 2 ? { ...f, participants } : f;
}

/**
 * "Iran and the US held talks", "discussions between Russian and Ukrainian authorities": talks whose
 * sides are states or organisations are negotiations between them; people hold talks when they meet.
 */
function talksOfSides(f: Found, ctx: SentenceContext, t: Trigger, kindOf: ReadonlyMap<string, string>): boolean {
  // "US officials followed up with Russian counterparts at talks": envoys in a room meet.
  const envoys = ctx.s.tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] && ENVOYS.test(x.norm));
  return (
    f.type === 'MEETING' &&
    TALK.test(ctx.s.tokens[t.at].norm) &&
    !envoys &&
    f.participants.every((p) => kindOf.get(p.actorId) !== undefined && kindOf.get(p.actorId) !== 'PERSON')
  );
}

/**
 * "He visited Kyiv for talks with Zelenskyy": a meeting with a state is the meeting, in the same sentence, with the
 * state's own person.
 */
function metThroughItsPerson(
  e: EventMention,
  all: readonly EventMention[],
  stateOf: (id: string) => string,
  kindOf: ReadonlyMap<string, string>,
): boolean {
  if (e.type !== 'MEETING') return false;
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
        m.participants.some((p) => kindOf.get(p.actorId) === 'PERSON' && stateOf(p.actorId) === states[0]),
    )
  );
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
function resolveParties(
  f: Found,
  earlier: readonly EventMention[],
  stateOf: (id: string) => string,
  sentenceStart: number,
  isPerson: (id: string) => boolean,
): Found {
  if (f.type !== 'MEDIATION' || f.participants.length > 1) return f;
  const mediator = f.participants[0].actorId;
  // (Not an event of the mediator's own people: "thanked Sisi and Egypt for mediating" after Sisi met Abbas.)
  const fits = (e: EventMention) =>
    MEDIATED.has(e.type) &&
    e.participants.length >= 2 &&
    e.participants.every((p) => p.actorId !== mediator && stateOf(p.actorId) !== mediator);
  // Mediators stand between states: an event whose sides are states (or people who act for one) first.
  const about =
    latest(earlier, (e) => fits(e) && e.participants.every((p) => !isPerson(stateOf(p.actorId)))) ??
    latest(earlier, fits) ??
    // "reunited with their families due to Qatar's mediation efforts" after "Moscow's invasion of Ukraine": the warring sides.
    latest(
      earlier,
      (e) =>
        e.type === 'CONFLICT' &&
        e.evidence.start === sentenceStart &&
        e.participants.length >= 2 &&
        e.participants.every((p) => p.actorId !== mediator),
    );
  if (!about) return f;
  // "The meeting between presidents is promoted by Celac": the leaders' states are the parties mediated between.
  const parties = [...new Set(about.participants.map((p) => stateOf(p.actorId)))].filter((id) => id !== mediator);
  if (parties.length < 2)
    return {
      type: f.type,
      participants: [f.participants[0], ...about.participants.map((p) => as('PARTY')(p.actorId))],
      date: about.date,
    };
  return { type: f.type, participants: [f.participants[0], ...parties.map(as('PARTY'))], date: about.date };
}
