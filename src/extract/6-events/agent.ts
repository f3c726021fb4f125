import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import { tokenAt, type Token } from '../2-sentences';
import { BACKING_END, INSTRUMENT, MEASURE_PLACING, SANCTIONED_PARTIES, STRIKING_FORCE } from '../lexicon/force';
import {
  AUXILIARY,
  AUXILIARY_OR_BE,
  ANSWERED_DEED_NOUN,
  CIRCUMSTANTIAL,
  CLAUSE_COORDINATOR,
  DEED_SHARE,
  GERUND_AGENT_OPENER,
  HELD_TO_ACCOUNT,
  JOINING,
  LIST_COORDINATOR,
  LIST_OPENER,
  PREPOSITIONS,
  SUBORDINATOR,
  SUPPORT,
  TOPICAL,
} from '../lexicon/grammar';
import {
  NOMINATIVE_PRONOUN,
  PERSON_SUBJECT_PRONOUN,
  POSSESSIVE_PRONOUN,
  RELATIVE,
  RELATIVE_ADVERB,
  SUBJECT_PRONOUN,
} from '../lexicon/reference';
import {
  BEFORE_DESTINATION,
  DESTINATION_PREPOSITION,
  PLACE_NOUN,
  PLACE_PHRASE_WORDS,
  TRAVEL,
  VISIT_FORM,
} from '../lexicon/travel';
import { PERFECT_AUXILIARY, WEEKDAYS } from '../lexicon/time';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/determiners';
import { words } from '../lexicon/words';
import { BE_FORM, BLOCKING } from '../lexicon/modality';
import { ACTING_FOR, OFFICIAL_GROUPS } from '../lexicon/officials';
import { COMPANY_NOUNS } from '../lexicon/organisations';
import { ADDRESSING_VERB } from '../lexicon/reporting';
import { ABSTAINING, VOTED_TEXTS } from '../lexicon/statements';
import { ARMED_PEOPLE, TWO_WORD_FORCES, WAR_MACHINES } from '../lexicon/military';
import { isTitleWord } from '../3-mentions';
import {
  type Candidate,
  candidateOf,
  isFronted,
  isReporting,
  isSequenceWord,
  pastAdverbsAndSequence,
  type SentenceContext,
  isSubjectLike,
  openingPhraseEnd,
  type Trigger,
  wordBefore,
} from './clause';
import { adjectivesBefore, companions, group, isAllyOwner, isReciprocalForce, skipRelative } from './structure';
import { theirOccasionStart } from './references';

/**
 * Who acts in an event: a possessive or modifier of a noun trigger ("Moscow's invasion"),
 * a relative clause's antecedent ("China, which brokered"), a gerund's agent, else the
 * clause subject.
 */

/** A verb between a subject and a noun trigger that makes the noun not the subject's event. */
function isGovernedElsewhere(ctx: SentenceContext, c: Candidate, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (
    k >= c.end &&
    !PREPOSITIONS.has(tokens[k]?.norm ?? '') &&
    !CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') &&
    !tokens[k]?.tags.has('Verb')
  )
    k--;
  if (isSharedPredicate(tokens, t, k)) return false;
  // "during a phone call" is the subject's event; "the pause in the fighting" is the pause's noun, not the subject's war.
  // ("the pause in the fighting" names a known thing; "sought to manage tensions in a call" is the subject's call.)
  const ofNoun =
    tokens[k]?.norm === 'in' &&
    tokens[k + 1]?.norm === 'the' &&
    tokens[k - 1]?.tags.has('Noun') &&
    !tokens[k - 1]?.capitalised &&
    k - 1 >= c.end;
  if (k >= c.end && CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') && !ofNoun) return false;
  // ("expanded sanctions against Russia over the war in Ukraine": what the clause is about is none of its subject's.)
  if (k >= c.end && TOPICAL.test(tokens[k]?.norm ?? '')) return true;
  if (isInTopicPhrase(tokens, c.end, t.at)) return true;
  // "visited Kyiv for talks with Zelenskyy", "flew to Doha for talks": what a journey is for is the traveller's event.
  // ("arrived in Moscow on a state visit": a journey is "on" the visit it makes, or "as part of" it.)
  const partOf = tokens[k]?.norm === 'of' && tokens[k - 1]?.norm === 'part' && tokens[k - 2]?.norm === 'as';
  const journeyFor =
    tokens[k]?.norm === 'for' || ((tokens[k]?.norm === 'on' || partOf) && VISIT_FORM.test(tokens[t.at]?.norm ?? ''));
  // ("travelled to Uganda on Sunday to hold talks with Museveni": so is the occasion its "to" holds, as "to meet" is.)
  const journeyTo = SUPPORT.test(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'to';
  if (k >= c.end && (journeyFor || journeyTo) && tokens.slice(c.end, k).some((x) => TRAVEL.test(x.norm))) return false;
  return (
    tokens
      // ("Haftar, who commands eastern Libya, had talks": the relative clause's verb is no verb of the clause.)
      .slice(afterPronoun(tokens, pastRelative(tokens, c.end), t.at), t.at)
      // ("will impose sanctions": a modal is no verb of its own.)
      .some(
        (x) =>
          x.tags.has('Verb') &&
          !x.tags.has('Modal') &&
          !SUPPORT.test(x.norm) &&
          // ("held a series of meetings, including talks with Prayut": "including" opens a list, no verb of its own,
          // when the occasion listed has its own counterpart; "held talks, including a brief discussion" is part of
          // the talks named before it.)
          !(LIST_OPENER.test(x.norm) && tokens[t.end]?.norm === 'with') &&
          !(t.rule.needsBefore?.test(x.norm) ?? false),
      )
  );
}

/**
 * "sanctioned a minister over his part in the conflict in eastern Congo", "criticised Rwanda over its role in the war":
 * a noun reached from a topic preposition through "in" and "of" phrases, with no verb or comma between, is what the
 * clause is about, none of its subject's.
 */
function isInTopicPhrase(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from && k >= at - TOPIC_PHRASE_WORDS; k--) {
    const x = tokens[k];
    if (x === undefined || x.tags.has('Verb') || /[,;:]/.test(x.post)) return false;
    if (TOPICAL.test(x.norm)) return true;
  }
  return false;
}

/** How far back a topic preposition may govern a noun: "over his alleged part in the conflict". */
const TOPIC_PHRASE_WORDS = 8;

/** Abstaining on a text, or stopping it: neither says what the text says. */
const ABSTAIN_OR_BLOCK = words(ABSTAINING, BLOCKING);
const VOTED_TEXT = words(VOTED_TEXTS);

/**
 * "flew to Beijing, meeting Xi", "arrived on Monday, holding talks with Sisi", "went to Cairo and held talks with Sisi":
 * a participle set off by a comma, or a support verb joined by "and" to the clause's verb, has the clause's subject
 * (k is the verb nearest before the noun trigger t). "Israel struck Gaza and Hamas held talks" puts a subject of its
 * own before the verb.
 */
function isSharedPredicate(tokens: readonly Token[], t: Trigger, k: number): boolean {
  const participle = (at: number) => /ing$/.test(tokens[at]?.norm ?? '') && /^,$/.test(tokens[at - 1]?.post ?? '');
  if (participle(t.at)) return true;
  // (compromise may read "holding" as a noun: the support verb is found by its word, up to two modifiers before t.)
  // ("opposes the sales and has already lodged stern representations": the verb the rule needs before its noun is
  // that noun's support too.)
  const near = Math.max(k, t.at - 1 - SUPPORT_MODIFIERS);
  const isSupport = (x: Token) => SUPPORT.test(x.norm) || (t.rule.needsBefore?.test(x.norm) ?? false);
  const support = tokens.slice(near, t.at).findIndex(isSupport);
  const at = near + support;
  return support >= 0 && (tokens[pastPerfectAdverbs(tokens, at)]?.norm === 'and' || participle(at));
}

/**
 * The word before verb `at`, past a perfect's "has", adverbs and words of sequence ("and has already lodged", "and
 * hours later had"): its index.
 */
function pastPerfectAdverbs(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  const isSkipped = (x: Token | undefined) => x?.tags.has('Adverb') || PERFECT_AUXILIARY.test(x?.norm ?? '');
  while (k > 0 && (isSkipped(tokens[k]) || isSequenceWord(tokens, k))) k--;
  return k;
}

/** How many words may stand between a support verb and its noun ("holding lengthy talks", "held a phone call"). */
const SUPPORT_MODIFIERS = 2;

/** The words from `from` on that speak about the subject again ("Zelensky says he has had a call"). */
function afterPronoun(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (SUBJECT_PRONOUN.test(tokens[k]?.norm ?? '')) return k + 1;
  return from;
}

/** "he" or "she": a pronoun that stands for a person, never a state or an organisation. */
function isPersonalPronoun(token: Token | undefined): boolean {
  return token !== undefined && PERSON_SUBJECT_PRONOUN.test(token.norm);
}

/** A finite verb of its own between an actor and a trigger: "X spoke ..., hours after Israel announced". */
function hasOwnVerbBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  nounsOwn: (k: number) => boolean,
): boolean {
  return tokens.slice(from, to).some(
    (x, d) =>
      x.tags.has('Verb') &&
      !x.tags.has('Gerund') &&
      !x.tags.has('Auxiliary') &&
      !nounsOwn(from + d) &&
      !x.tags.has('Modal') &&
      !x.tags.has('Copula') &&
      !AUXILIARY_OR_BE.test(x.norm) &&
      tokens[from + d + 1]?.norm !== 'to' &&
      // ("Beijing responded by raising taxes": the gerund after "by" is the manner of the verb, whose subject acts.)
      !(tokens[from + d + 1]?.norm === 'by' && from + d + 2 === to && /ing$/.test(tokens[to]?.norm ?? '')),
  ); // "agreed to assist": the subject of the infinitive is the verb's
}

/**
 * Whether the actor a possessive determines, right after it, acts in its place: an armed group named as one after a
 * state ("Yemen's Houthi rebels", "Sudan's paramilitary RSF"), or a person, with the title the possessive qualifies
 * ("Trump's envoy Steve Witkoff met Putin", "Biden's top adviser Jake Sullivan met": the possessor met no one).
 */
function isActingOwned(owner: Candidate, owned: Candidate): boolean {
  if (owned.kind === 'PERSON') return !owned.possessive;
  return owner.kind === 'STATE' && owned.kind === 'ORGANIZATION';
}

const ARMED_GROUP_WORD = words(ARMED_PEOPLE, WAR_MACHINES);
const OWNER_PRONOUN_OF_FORCES = /^(?:its|their)$/;

/**
 * "Ukraine says its air defenses shot down 58 drones", "Israel said its jets struck Hezbollah": a verb of force whose
 * subject is "its" or "their" and the owner's forces, right before it, is done by the one the pronoun stands for.
 */
function ownForcesAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  if (t.rule.type !== 'CONFLICT' || t.rule.pos !== 'verb') return undefined;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > 0 && AUXILIARY.test(tokens[k]?.norm ?? '')) k--;
  const two = TWO_WORD_FORCES.has(`${tokens[k - 1]?.norm} ${tokens[k]?.norm}`);
  const owner = two ? k - 2 : ARMED_GROUP_WORD.test(tokens[k]?.norm ?? '') ? k - 1 : -1;
  const word = tokens[owner]?.norm ?? '';
  if (owner < 0 || !OWNER_PRONOUN_OF_FORCES.test(word)) return undefined;
  const id = ctx.pronoun(word, owner);
  return id
    ? { actorId: id, start: owner, end: owner + 1, form: 'name', possessive: true, kind: 'STATE', state: null }
    : undefined;
}

/**
 * "Pakistani airstrikes hit hideouts", "Russian missiles struck Kyiv": the side named before its own strikes, right
 * before a verb of force, is that verb's subject (a state's adjective is otherwise no subject).
 */
function isStrikingSide(tokens: readonly Token[], c: Candidate, t: Trigger): boolean {
  return (
    t.rule.type === 'CONFLICT' &&
    t.rule.pos === 'verb' &&
    c.end + 1 === t.at &&
    STRIKING_FORCE.test(tokens[c.end]?.norm ?? '')
  );
}

/**
 * "Addressing the U.N. Security Council, Thomas-Greenfield accused Russia", "Visiting Kenya, Blinken met Ruto": a
 * sentence that opens with a participle has its subject after the phrase's comma; the participle's object, before
 * that comma, is no subject of a trigger after it.
 */
function isInOpeningParticiple(tokens: readonly Token[], c: Candidate, at: number): boolean {
  const first = tokens[0];
  if (!first || !/^[a-z]{3,}ing$/.test(first.norm) || c.start === 0) return false;
  const comma = tokens.findIndex((x) => x.post.includes(','));
  return comma >= 0 && c.end <= comma + 1 && at > comma;
}

/**
 * "arrived in Sudan's capital Khartoum on Friday to meet Burhan", "flew to Oman's capital Muscat for talks with
 * Witkoff", "arrived Saturday in Tehran": the place a journey ends in, with the words of its own noun phrase (a
 * possessive state, "capital", "city of"), is where the traveller went, never the subject of what the journey is for.
 */
function isTravelDestination(tokens: readonly Token[], c: Candidate): boolean {
  let k = c.start - 1;
  for (; k >= 0 && c.start - k <= PLACE_PHRASE_REACH; k--) {
    const x = tokens[k];
    if (x === undefined || DESTINATION_PREPOSITION.test(x.norm)) break;
    if (!x.capitalised && !PLACE_PHRASE_WORDS.test(x.norm)) return false;
    // ("the Iranian capital, Tehran": a comma after a place's noun sets off its name; "During his visit to Jeddah,
    // Araghchi met": any other comma closes the phrase, and what follows it is the clause's.)
    if (/[,;:]/.test(x.post) && !PLACE_NOUN.test(x.norm)) return false;
  }
  if (!DESTINATION_PREPOSITION.test(tokens[k]?.norm ?? '')) return false;
  let v = k - 1;
  // ("arrived Saturday in Tehran", "arrived here in": a day or an adverb may stand between the verb and "in".)
  while (v > k - 3 && (WEEKDAY.test(tokens[v]?.norm ?? '') || BEFORE_DESTINATION.test(tokens[v]?.norm ?? ''))) v--;
  return TRAVEL.test(tokens[v]?.norm ?? '');
}

/** How many words a place's noun phrase may hold before the place: "Saudi Arabia's Red Sea city of Jeddah". */
const PLACE_PHRASE_REACH = 8;
const WEEKDAY = words(WEEKDAYS);

/**
 * The clause subject of a trigger: the first actor group before it that is not a prepositional
 * object (nor coordinated with one: "With North Korea and China in mind"), not a noun modifier
 * ("the Mali, Burkina Faso and Niger borders meet"), not the speaker of reported words ("X said Y
 * met Z"); the subject of another verb in between only when no later actor can be ("Waltz reposted a
 * message criticizing Democratic leaders"; but "X spoke ..., hours after Israel announced a deal").
 */
export function subject(ctx: SentenceContext, t: Trigger): Candidate[] | null {
  const tokens = ctx.s.tokens;
  const blocked = new Set<Candidate>();
  let fallback: Candidate[] | null = null;
  let fallbackEnd = -1;
  const occasion = isCircumstance(ctx, t);
  for (const c of ctx.candidates) {
    if (
      c.start >= t.at ||
      (c.form === 'adjective' && !isStrikingSide(tokens, c, t)) ||
      blocked.has(c) ||
      isInDashAside(tokens, c, t.at) ||
      isInRelativeClause(tokens, c, t.at) ||
      isInFrontedSubordinate(ctx, c, t.at)
    )
      continue;
    // ("The Iran-backed Hezbollah fired rockets": the first half of a hyphenated modifier is no subject.)
    if (isHyphenModifier(ctx, c)) continue;
    // ("“We have been in constant touch,” Modi told Putin": a quotation's "we" is no subject of the reporter's verb
    // after it; but a quoted verb may have an unquoted subject: Biden "strongly condemned" the attack.)
    if (tokens[c.start]?.quoted && !tokens[t.at]?.quoted) continue;
    if (isInOpeningParticiple(tokens, c, t.at)) continue;
    if (isTravelDestination(tokens, c)) continue;
    // "Putin and Macron discussed Ukraine during a phone call": the object of the clause's verb is not on the call.
    // "Biden thanked Ruto for the move and Sullivan told reporters": nor is another verb's object a subject
    // (but "X said Y met Z": a verb of saying opens a clause with a subject of its own).
    if (isObjectOfVerb(ctx, c, !occasion)) continue;
    const members = group(ctx, c);
    // ("went to Beijing and Lula held talks": an "and" after a preposition's object may open a clause whose subject is
    // followed by its verb; that subject is no member of the object's list.)
    const objectOnly = !isSubjectLike(tokens, c);
    members.forEach((m, i) => {
      if (i === 0 || !objectOnly || !isFollowedByVerb(ctx, m)) blocked.add(m);
    });
    // ", and" opens a clause, but "Maduro, and Guyanese presidents, Irfaan Ali, meet" is one subject.
    const last = members.at(-1) ?? c;
    if (!isInTriggersClause(ctx, last, t) || !isSubjectLike(tokens, c)) continue;
    if (last.possessive && last.end !== t.at) {
      const owned = ctx.candidates.find((x) => x.start === last.end);
      // "Taiwan's May inauguration in a call": a possessive determines another noun, it is no subject; ("Yemen's
      // Houthi rebels aimed missiles": the actor it determines, right after it, is the subject.)
      if (owned === undefined || isActingOwned(last, owned)) continue;
    }
    const end = pastAbbreviation(ctx, last, skipRelative(tokens, last.end));
    const next = tokens[end];
    // "the Mali, Burkina Faso and Niger borders meet": a word between the group and its verb is the noun they modify.
    // ("Israel began attacking Iran": a support verb before a gerund trigger is the subject's own, no second verb.)
    const supportsGerund = next !== undefined && SUPPORT.test(next.norm) && tokens[t.at]?.tags.has('Gerund') === true;
    const nounOrSecondVerb =
      next && !supportsGerund && (next.tags.has('Noun') || (next.tags.has('Verb') && tokens[t.at]?.tags.has('Verb')));
    // ("Chinese Coast Guard vessels fired": a state's ships, jets or troops act for it; but "Germany will send tanks":
    // a modal is the subject's own verb's.)
    if (
      next &&
      end + 1 === t.at &&
      nounOrSecondVerb &&
      !next.capitalised &&
      !next.tags.has('Adverb') &&
      !next.tags.has('Modal') &&
      !AUXILIARY.test(next.norm) &&
      !INSTRUMENT.test(next.norm) &&
      !isStrikingSide(tokens, c, t)
    )
      continue;
    // ("Before the Security Council meeting, Britain criticised Russia", "After a NATO summit in Vilnius, ...": a body
    // that names a gathering of another event is no subject of the clause; but "Israel's military operations killed".)
    if (isGatheringName(ctx, t, last, end)) continue;
    // "visited Ukraine where he met Zelensky": a relative adverb opens a clause with its own subject.
    if (tokens.slice(end, t.at).some((x) => RELATIVE_ADVERB.test(x.norm))) continue;
    const from = afterPronoun(tokens, end, t.at);
    // "the U.S. and Kenya work together as he welcomed Ruto": a pronoun resolved to an actor is a subject of its own.
    if (from > end && ctx.candidates.some((x) => x.start === from - 1)) continue;
    // "Iran said on Monday that he had met Pezeshkian": "he" or "she" is nobody in a subject with no person in it.
    if (from > end && isPersonalPronoun(tokens[from - 1]) && !members.some((m) => m.kind === 'PERSON')) continue;
    // ("announced a new aid package": a support verb that governs the noun is no verb of saying.)
    const governs = (k: number) =>
      t.rule.pos === 'noun' &&
      SUPPORT.test(tokens[k]?.norm ?? '') &&
      !tokens.slice(k + 1, t.at).some((y) => y.tags.has('Verb'));
    if (
      from === end &&
      !(occasion && (isSaidAtOccasion(ctx, t) || isSpeakerOfOwnSide(ctx, t, c, end))) &&
      !isCoordinatedPredicate(ctx, t, end) &&
      !isToldThenDid(tokens, end, t) &&
      tokens.slice(end, t.at).some((x, d) => isReporting(x) && !governs(end + d))
    )
      continue;
    // "Xi paid a state visit": a support verb is the noun's own, unless another actor is its subject
    // ("After the inauguration of Lai, China announced sanctions").
    const nounsOwn = (k: number) =>
      t.rule.pos === 'noun' &&
      SUPPORT.test(tokens[k]?.norm ?? '') &&
      !ctx.candidates.some((x) => x.start >= from && x.end <= k);
    // ("Putin and Bush discussed an upcoming summit in a telephone conversation": the clause's subject, past its verb.)
    if (occasion || !hasOwnVerbBetween(tokens, from, t.at, nounsOwn)) return members;
    if (hasUnnamedSubordinateSubject(ctx, t, end)) continue;
    // ("China has not recognized the government formed after the Taliban seized power in an offensive": a noun in a
    // subordinate clause is the deed of that clause's subject, not of the main clause's.)
    // (Only force: "as the sides met for their first peace talks" leaves talks to the occasion rules.)
    const subordinate =
      t.rule.pos === 'noun' &&
      t.rule.type === 'CONFLICT' &&
      fallbackEnd >= 0 &&
      tokens.slice(fallbackEnd, c.start).some((x) => SUBORDINATOR.test(x.norm));
    if (fallback === null || subordinate) {
      fallback = members;
      fallbackEnd = last.end;
    }
  }
  return fallback;
}

/**
 * Whether the group ending with `last` stands in the trigger's clause, or is the subject of the clause right before
 * one that the trigger's predicate opens without a subject of its own (subjectlessOpener): a verb of that clause
 * follows the group ("President Trump thanked Erdogan and the Crown Prince for their friendship, and told Al-Sharaa":
 * the Crown Prince, with no verb after it, is an object).
 */
function isInTriggersClause(ctx: SentenceContext, last: Candidate, t: Trigger): boolean {
  const clause = ctx.clause[t.at] ?? 0;
  const own = ctx.clause[last.start];
  if (own === clause) return true;
  if (own !== clause - 1) return false;
  const opener = subjectlessOpener(ctx, t);
  return opener !== null && ctx.s.tokens.slice(last.end, opener).some((x) => x.tags.has('Verb'));
}

/**
 * "Blinken arrived in Riyadh on Monday, and met with Crown Prince Mohammed bin Salman", "Lula landed in Beijing, and
 * later held talks with Xi": ", and" opens a clause (./clause.ts clauses), but one whose first word past adverbs is a
 * verb has no subject of its own: it is a second predicate of the clause before, whose subject is the trigger's. The
 * "and" (or "but") of such a clause, or null. Not when an actor stands between the verb and the trigger ("and told
 * reporters Zelensky had met"), nor after a gerund ("and meeting", a circumstance) or a passive ("and was welcomed").
 */
function subjectlessOpener(ctx: SentenceContext, t: Trigger): number | null {
  const tokens = ctx.s.tokens;
  const clause = ctx.clause[t.at];
  let open = t.at;
  while (open > 0 && ctx.clause[open - 1] === clause) open--;
  if (open === 0 || !CLAUSE_COORDINATOR.test(tokens[open]?.norm ?? '')) return null;
  const k = pastAdverbsAndSequence(tokens, open + 1, t.at);
  const verb = tokens[k];
  const isPredicate =
    verb !== undefined &&
    verb.tags.has('Verb') &&
    !verb.tags.has('Gerund') &&
    !verb.capitalised &&
    !BE_FORM.test(verb.norm) &&
    !ctx.candidates.some((c) => c.start > open && c.start < t.at);
  return isPredicate ? open : null;
}

/**
 * "Trudeau stressed free trade and warned Biden against ...", "Lula praised the deal and criticised Israel": a trigger
 * verb right after "and" (past adverbs), with no actor between the subject (ending at `end`) and it, is a second
 * predicate of the same subject, though the first verb is one of saying: nothing reported has a subject of its own.
 */
function isCoordinatedPredicate(ctx: SentenceContext, t: Trigger, end: number): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'verb') return false;
  let k = t.at - 1;
  while (k > end && tokens[k]?.tags.has('Adverb')) k--;
  return (
    tokens[k]?.norm === 'and' &&
    !/[,;:]/.test(tokens[k - 1]?.post ?? '') &&
    !ctx.candidates.some((c) => c.start >= end && c.start < t.at) &&
    !tokens.slice(end, k).some((x) => x.norm === 'that' || x.quoted)
  );
}

/**
 * "Macron had told Zelensky of his plan to talk to Putin and called Zelensky afterwards": after a verb of telling with
 * no "that", a verb in the past joined by "and" is the teller's next deed, not what was told.
 */
function isToldThenDid(tokens: readonly Token[], from: number, t: Trigger): boolean {
  const between = tokens.slice(from, t.at);
  return (
    tokens[t.at - 1]?.norm === 'and' &&
    tokens[t.at]?.tags.has('PastTense') === true &&
    between.some((x) => ADDRESSING_VERB.test(x.norm)) &&
    !between.some((x) => x.norm === 'that' || /[,;:]/.test(x.post))
  );
}

/**
 * "Colombia and the National Liberation Army (ELN) held peace talks": past the abbreviation in brackets that names the
 * last member again, where its verb follows.
 */
function pastAbbreviation(ctx: SentenceContext, last: Candidate, end: number): number {
  const again = ctx.candidates.find(
    (x) => x.start === end && x.actorId === last.actorId && /\(/.test(ctx.s.tokens[end]?.pre ?? ''),
  );
  return again ? again.end : end;
}

/**
 * "Xi said during talks with Trump that ...", "Macron stressed at a meeting with Scholz": a verb of saying right before
 * the circumstance phrase of a noun of talks has its speaker in the talks (the phrase is where it was said), unlike "X
 * said Y met Z", whose reported clause has a subject of its own. So has a verb of telling with the one it told between:
 * "Erdogan told Ukrainian President Volodymyr Zelenskiy during a phone call on Saturday that ...".
 */
function isSaidAtOccasion(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (
    k > 0 &&
    !CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') &&
    !tokens[k]?.tags.has('Verb') &&
    !/[,;:]/.test(tokens[k]?.post ?? '')
  )
    k--;
  const verb = tokens[k - 1];
  if (!CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') || verb === undefined || /[,;:]/.test(verb.post)) return false;
  return isReporting(verb) || isToldRightBefore(ctx, k);
}

/**
 * "told Netanyahu during", "told Ukrainian President Volodymyr Zelenskiy during": the person ending right before `k` is
 * whom a verb of telling told (past the title and state words before the name), so the phrase at `k` is where it was
 * told (Reuters 2022 on Erdogan's call with Zelensky). (A state told is no one on a line: its voice is the person's.)
 */
function isToldRightBefore(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.s.tokens;
  const told = ctx.candidates.find(
    (c) => c.end === k && c.kind === 'PERSON' && c.form !== 'adjective' && !c.possessive,
  );
  if (!told) return false;
  let v = told.start - 1;
  const isStateWord = (p: number) => ctx.candidates.some((c) => c.form === 'adjective' && c.start <= p && c.end > p);
  while (v >= 0 && (isTitleWord(tokens[v]?.norm ?? '') || isStateWord(v))) v--;
  return ADDRESSING_VERB.test(tokens[v]?.norm ?? '');
}

/**
 * "Araghchi said Tehran was ready to help during a phone call with Ishaq Dar": a speaker whose reported words have no
 * subject but the speaker's own state (and actors behind prepositions) speaks at the occasion "with" someone after them.
 * ("The ministry said Dar told Araghchi during a call with ...": a person in the reported words may be the one there.)
 */
function isSpeakerOfOwnSide(ctx: SentenceContext, t: Trigger, speaker: Candidate, end: number): boolean {
  const tokens = ctx.s.tokens;
  if (!isReporting(tokens[end] ?? tokens[t.at]!) || tokens[t.end]?.norm !== 'with') return false;
  const own = ctx.stateOf(speaker.actorId);
  if (own === speaker.actorId) return false;
  const between = ctx.candidates.filter((x) => x.start >= end && x.end <= t.at);
  // ("tensions between New Delhi and Islamabad": the list after a preposition, its last member too.)
  const isObject = (x: Candidate): boolean => {
    if (!isSubjectLike(tokens, x)) return true;
    const joined = tokens[x.start - 1]?.norm === 'and' ? between.find((y) => y.end === x.start - 1) : undefined;
    return joined !== undefined && isObject(joined);
  };
  // ("Wang Yi said that during talks with Trump, Xi had stressed": words whose subject comes after the occasion.)
  return (
    between.some((x) => x.actorId === own && !isObject(x)) &&
    between.every((x) => x.kind !== 'PERSON' && (x.actorId === own || x.form === 'adjective' || isObject(x)))
  );
}

/**
 * "Pakistani soldiers fired on Tuesday, two days after suspected rebels killed 18 Indian soldiers", "Israel struck Gaza
 * after gunmen attacked a checkpoint": a verb whose subordinate clause has a subject of its own that names no actor is
 * not done by the main clause's actor.
 */
function hasUnnamedSubordinateSubject(ctx: SentenceContext, t: Trigger, from: number): boolean {
  const tokens = ctx.s.tokens;
  const own = tokens[t.at - 1];
  const unnamed =
    own !== undefined &&
    own.tags.has('Noun') &&
    !own.tags.has('Pronoun') &&
    !own.capitalised &&
    !ctx.candidates.some((c) => c.end === t.at);
  return t.rule.pos === 'verb' && unnamed && tokens.slice(from, t.at - 1).some((x) => SUBORDINATOR.test(x.norm));
}

/**
 * An actor right followed by a full verb of its own ("and Lula held talks"), with no punctuation between: not by a noun
 * it modifies, nor by the verb of an aside's head ("its proxies in Yemen, Syria and Iraq - launched"), nor after
 * "between", which takes its "and" ("relations between South Africa and the US were discussed").
 */
function isFollowedByVerb(ctx: SentenceContext, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  // ("from Nairobi, and Obama was greeted by": an auxiliary before its verb, a passive's or a perfect's.)
  const auxiliary = tokens[c.end]?.tags.has('Auxiliary') === true || tokens[c.end]?.tags.has('Copula') === true;
  const next = auxiliary ? tokens[c.end + 1] : tokens[c.end];
  return (
    next !== undefined &&
    /^\s*$/.test(tokens[c.end - 1]?.post ?? '') &&
    next.tags.has('Verb') &&
    !next.tags.has('Noun') &&
    !next.tags.has('Gerund') &&
    !next.tags.has('Auxiliary') &&
    !next.tags.has('Copula') &&
    !tokens.slice(0, c.start).some((x, i) => x.norm === 'between' && i >= c.start - BETWEEN_REACH)
  );
}

/**
 * "Iran - and its proxies in Yemen, Syria and Iraq - launched drones", "Hamas — backed by Iran — fired rockets": an
 * actor inside an aside set off by spaced dashes, closed before the trigger, is no subject of the clause's verb.
 */
function isInDashAside(tokens: readonly Token[], c: Candidate, before: number): boolean {
  const dash = (k: number) => isDash(tokens[k], tokens[k + 1]);
  let open = -1;
  for (let k = c.start - 1; k >= 0 && open < 0; k--) if (dash(k)) open = k;
  if (open < 0) return false;
  for (let k = c.end - 1; k < before; k++) if (dash(k)) return true;
  return false;
}

/**
 * "While Rubio toured the locks, China repeated ..., rejecting U.S. allegations", "As Milei hinted, Lula opposed his
 * campaign": the subject of a subordinate clause that opens the sentence and closes with a comma before the trigger is
 * no subject of the main clause's verbs, when the main clause names an actor of its own before the trigger.
 */
function isInFrontedSubordinate(ctx: SentenceContext, c: Candidate, before: number): boolean {
  const tokens = ctx.s.tokens;
  if (!SUBORDINATOR.test(tokens[0]?.norm ?? '') || c.start === 0) return false;
  let close = -1;
  for (let k = 0; k < before && close < 0; k++) if (/,/.test(tokens[k]?.post ?? '')) close = k;
  if (close < c.end - 1) return false;
  // (The first comma may close an apposition inside the clause: "While Rubio toured the locks, a vital part of the
  // canal, China ...": the main clause's actor is any after the comma, before the trigger.)
  return ctx.candidates.some((x) => x.start > close && x.end <= before && x.form !== 'adjective');
}

/**
 * "Mbeki, who heads the AU panel on Sudan, met Hamid", "Lula, whose government hosts Mercosur, received Milei": an
 * actor inside a relative clause set off by commas, closed before the trigger, is no subject of the clause's verb.
 */
function isInRelativeClause(tokens: readonly Token[], c: Candidate, before: number): boolean {
  for (let r = c.start - 1; r > 0; r--) {
    if (/[,;:]/.test(tokens[r]?.post ?? '')) return false;
    const relative = RELATIVE.test(tokens[r]?.norm ?? '') && tokens[r]?.norm !== 'that';
    if (relative && !/,/.test(tokens[r - 1]?.post ?? '') && isInApposition(tokens, r)) {
      // ("Haftar, the strongman whose forces hold eastern Libya, met Putin": the clause closes at the next comma.)
      let close = r;
      while (close < tokens.length && !/,/.test(tokens[close]?.post ?? '')) close++;
      return close + 1 > c.start && close + 1 <= before;
    }
    if (!relative || !/,/.test(tokens[r - 1]?.post ?? '')) continue;
    const close = skipRelative(tokens, r);
    return close > c.start && close <= before;
  }
  return false;
}

/**
 * "Haftar, the military strongman whose ...": a relative pronoun inside an apposition, a verbless noun phrase opened by
 * an article right after a comma (at most APPOSITION_WORDS words before the pronoun).
 */
function isInApposition(tokens: readonly Token[], r: number): boolean {
  for (let k = r - 1; k > 0 && k >= r - APPOSITION_WORDS; k--) {
    if (tokens[k]?.tags.has('Verb')) return false;
    if (/,/.test(tokens[k - 1]?.post ?? '')) return ARTICLES.includes(tokens[k]?.norm ?? '');
  }
  return false;
}

/**
 * After a candidate ending at `end`: past its relative clause (", who commands the army,") or its apposition that holds
 * one (", the strongman whose forces hold Benghazi,"), else `end`.
 */
function pastRelative(tokens: readonly Token[], end: number): number {
  const past = skipRelative(tokens, end);
  if (past > end || !/,/.test(tokens[end - 1]?.post ?? '')) return past;
  for (let r = end + 1; r <= end + APPOSITION_WORDS && r < tokens.length; r++) {
    if (!RELATIVE.test(tokens[r]?.norm ?? '') || tokens[r]?.norm === 'that' || !isInApposition(tokens, r)) continue;
    let close = r;
    while (close < tokens.length && !/,/.test(tokens[close]?.post ?? '')) close++;
    return close + 1;
  }
  return end;
}

/** How many words an apposition may have before its relative pronoun: "the veteran military strongman whose". */
const APPOSITION_WORDS = 5;

/**
 * A token followed by a dash of an aside: an em dash or "--", spaced or not ("Escobar—who heads the mission—met"), or a
 * hyphen or en dash set off by a space ("Iran - and its proxies -"); not the hyphen of "US-led" or "long-awaited",
 * which the tokens keep as a bare "-" with the next word right after it.
 */
function isDash(x: Token | undefined, next: Token | undefined): boolean {
  const post = x?.post ?? '';
  if (!x || !/(?:^|\s)(?:[-—–]|--)\s*$/.test(post)) return false;
  return /—|--/.test(post) || /\s/.test(post) || (next?.start ?? Infinity) > x.end + post.length;
}

/**
 * "Qatar has mediated since the October 7 attack on Israel", "Egypt warned Israel after the Rafah strike": a noun of
 * force the clause uses only to mark a time, after "since" or "after", is no deed of the clause's subject.
 */
function isTimeMark(ctx: SentenceContext, t: Trigger): boolean {
  // (Only force: "arrived after talks with Pashinyan" are the subject's own talks, an attack rarely the subject's.)
  if (t.rule.pos !== 'noun' || t.rule.type !== 'CONFLICT') return false;
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k >= Math.max(0, t.at - TIME_MARK_WORDS); k--) {
    const x = tokens[k];
    if (x === undefined || ctx.candidates.some((c) => c.end === k + 1)) return false;
    if (TIME_MARKER.test(x.norm)) return true;
    if (x.tags.has('Verb') || PREPOSITIONS.has(x.norm) || /[,;:]/.test(x.post)) return false;
  }
  return false;
}

/** The prepositions that make an event a mark of time for another: "since the attack", "after the strike". */
const TIME_MARKER = /^(?:since|after|following)$/;

/** How many words ("the deadly October 7") may stand between the time marker and its noun. */
const TIME_MARK_WORDS = 5;

/** How far back a "between" may stand and still take the member after "and" ("between the presidents of A and B"). */
const BETWEEN_REACH = 8;

/** Actor c, ending at `end`, right before the noun of a gathering other than t: "a NATO summit", "the G7 talks". */
function isGatheringName(ctx: SentenceContext, t: Trigger, c: Candidate, end: number): boolean {
  return (
    c.form === 'name' &&
    !c.possessive &&
    !ctx.s.tokens[end]?.capitalised &&
    ctx.triggers.some(
      (x) => x !== t && x.rule.pos === 'noun' && GATHERING.has(x.rule.type) && x.at === end && x.at < t.at,
    )
  );
}

/** An organisation's name c right before gathering noun t, no possessive: "the Quad talks", "a G7 summit". */
function isForumOfGathering(t: Trigger, c: Candidate): boolean {
  return (
    c.end === t.at && !c.possessive && c.form === 'name' && c.kind === 'ORGANIZATION' && GATHERING.has(t.rule.type)
  );
}

/** The types whose noun names a gathering a body may hold: "a NATO summit", "the Security Council meeting". */
const GATHERING: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION']);

/** A noun trigger in a phrase of circumstance ("during a telephone conversation", "at the summit"): the clause's event. */
export function isCircumstance(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun') return false;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (
    k >= 0 &&
    ctx.clause[k] === ctx.clause[t.at] &&
    !tokens[k]?.tags.has('Verb') &&
    !PREPOSITIONS.has(tokens[k]?.norm ?? '') &&
    !CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') &&
    !ctx.candidates.some((c) => c.end === k + 1)
  )
    k--;
  // ("in a telephone conversation" is one; "a role in the war" is not.)
  return k >= 0 && CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '') && (tokens[k]?.norm !== 'in' || t.rule.type === 'CALL');
}

/**
 * An actor right after a verb (past determiners) whose subject is an actor before it: the verb's object. A pronoun of
 * the subject's case never is ("Lavrov said he raised the issue at a meeting with Pompeo": "he" is the subject of what
 * was said, even where an occasion makes a name after "said" its object).
 */
function isObjectOfVerb(ctx: SentenceContext, c: Candidate, notSaying: boolean): boolean {
  const tokens = ctx.s.tokens;
  const k = wordBefore(tokens, c.start);
  const verb = tokens[k];
  return (
    verb !== undefined &&
    !(c.end === c.start + 1 && NOMINATIVE_PRONOUN.test(tokens[c.start]?.norm ?? '')) &&
    verb.tags.has('Verb') &&
    // ("the Iran-backed Hezbollah", "the US-led coalition": a participle after a hyphen modifies the name, no verb.)
    tokens[k - 1]?.post !== '-' &&
    !verb.tags.has('Auxiliary') &&
    !verb.tags.has('Copula') &&
    !SUPPORT.test(verb.norm) &&
    !(notSaying && (isReporting(verb) || verb.norm === 'that') && !ADDRESSING_VERB.test(verb.norm)) &&
    ctx.candidates.some((x) => x.end <= k && ctx.clause[x.start] === ctx.clause[c.start])
  );
}

/**
 * "the Iran-backed Hezbollah", "Rwanda-backed M23 rebels": an actor joined by a hyphen to a participle modifies the
 * actor named right after it (but "the US-led coalition struck": a coalition named by no name is the leader's). A
 * backer modifies whatever follows: "the Saudi-backed government of Yemen accused the Houthis" is Yemen's voice, not
 * Saudi Arabia's (a state leads a coalition it names, but backs another's government, group or army).
 */
function isHyphenModifier(ctx: SentenceContext, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const after = tokens[c.end];
  return (
    tokens[c.end - 1]?.post === '-' &&
    after !== undefined &&
    /(?:ed|en)$/.test(after.norm) &&
    (BACKING_END.test(after.norm) || ctx.candidates.some((x) => x.start === c.end + 1 && x.form !== 'adjective'))
  );
}

/** "criticised Orban for visiting Russia and holding talks": the gerund's agent is the object before "for". */
function gerundAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  // (From the second word: a gerund right after the sentence's first word is openingGerundAgent's.)
  for (let k = t.at - 1; k > 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (!GERUND_AGENT_OPENER.test(tokens[k]?.norm ?? '')) continue;
    // "Trump said Friday after meeting with Pashinyan", "Macron lauded cooperation when hosting Morrison": the
    // one who says or does the rest is the one who met.
    if (k + 1 === t.at && tokens[k]?.norm !== 'for' && /ing$/.test(tokens[t.at]?.norm ?? ''))
      return clauseSubject(ctx, t, k);
    if (tokens[k]?.norm === 'when' || tokens[k]?.norm === 'while') return undefined;
    if (!tokens[k + 1]?.tags.has('Gerund')) return undefined;
    // "for supporting Russia in the war": the noun is not the gerund's event unless a support verb governs it.
    const verb = [...tokens.slice(k + 1, t.at)].reverse().find((x) => x.tags.has('Verb'));
    if (t.rule.pos === 'noun' && !(verb && SUPPORT.test(verb.norm))) return undefined;
    // ("arrived in Ankara after holding talks with Pashinyan": who arrived held them, as "said after meeting" above.)
    if (tokens[k]?.norm !== 'for') return clauseSubject(ctx, t, k);
    return ctx.candidates.find((c) => c.end === k && c.form !== 'adjective');
  }
  return undefined;
}

/**
 * "sanctioned an air carrier for its involvement in sending drones to Russia", "sanctions on four entities for supplying
 * drones", "officers held responsible for seizing three vessels": a gerund after "for" (past "its part in", "their
 * alleged involvement in") is the deed of the one the "for" phrase is said of, named before it (past "held
 * responsible"), not of the subject who sanctions or blames; a common noun there names no actor, and nobody named did
 * it. Undefined when the trigger is no such gerund: an actor before "for" is gerundAgent's ("criticised Orban for
 * visiting"), and "signed a contract for supplying" tells the purpose of a thing, the subject's own deed.
 */
function blamedForAgent(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  const norm = (k: number) => tokens[k]?.norm ?? '';
  if (t.rule.pos !== 'verb' || !/ing$/.test(norm(t.at))) return undefined;
  let k = t.at - 1;
  // ("for their part in developing and delivering the UAVs": past the gerunds coordinated before it.)
  while (k > 0 && (LIST_COORDINATOR.test(norm(k)) || tokens[k]?.tags.has('Gerund'))) k--;
  const share = norm(k) === 'in' && DEED_SHARE.test(norm(k - 1));
  if (share) {
    k -= 2;
    while (k > 0 && tokens[k]?.tags.has('Adjective')) k--; // "their alleged involvement"
    if (!POSSESSIVE_PRONOUN.test(norm(k))) return undefined;
    k--;
  }
  if (norm(k) !== 'for' || ctx.clause[k] !== ctx.clause[t.at]) return undefined;
  let n = k - 1;
  const held = HELD_TO_ACCOUNT.test(norm(n));
  while (n > 0 && HELD_TO_ACCOUNT.test(norm(n))) n--;
  const named = ctx.candidates.find((c) => c.end === n + 1 && c.form !== 'adjective');
  if (named) return [named];
  const noun = tokens[n];
  if (!noun || noun.capitalised) return undefined;
  // ("the firm for supplying": a word of the list is its noun, whatever else it may be.)
  if (BLAMED_NOUN.test(noun.norm)) return [];
  return (share || held) && noun.tags.has('Noun') && !noun.tags.has('Verb') ? [] : undefined;
}

/** Common nouns for those a sanction or blame may name: "entities", "individuals", "firms", "officials", "militias". */
const BLAMED_NOUN = words(SANCTIONED_PARTIES, COMPANY_NOUNS, OFFICIAL_GROUPS, ARMED_PEOPLE);

/**
 * "Lavrov and Rubio's meeting", "Modi, Albanese and Kishida's talks": the owners coordinated before the possessive that
 * ends the list share what it owns (the possessive alone would leave the first out). Nearest first; none when no "and"
 * or comma joins an actor to it.
 */
function coOwners(ctx: SentenceContext, owner: Candidate): Candidate[] {
  const tokens = ctx.s.tokens;
  const out: Candidate[] = [];
  let next = owner;
  for (;;) {
    const joiner = next.start - 1;
    const byAnd = tokens[joiner]?.norm === 'and';
    const byComma = /^,$/.test(tokens[joiner]?.post ?? '');
    const end = byAnd ? joiner : byComma ? next.start : -1;
    const before = ctx.candidates.find((x) => x.end === end && !x.possessive && x.form !== 'adjective');
    if (!before || (!byAnd && out.length === 0)) return out;
    out.push(before);
    next = before;
  }
}

/**
 * "Egypt and Qatar, which have been mediating between Israel and Hamas": the subject list a relative clause's
 * antecedent closes, all of whose members the clause is said of; the antecedent alone when it closes none, or closes a
 * preposition's list ("the treaty between Yerevan and Baku, which was praised": the treaty was).
 */
function coordinatedWith(ctx: SentenceContext, antecedent: Candidate): Candidate[] {
  for (const first of ctx.candidates) {
    if (first.start >= antecedent.start || ctx.clause[first.start] !== ctx.clause[antecedent.start]) continue;
    if (!isSubjectLike(ctx.s.tokens, first)) continue;
    const members = group(ctx, first);
    if (members.some((m) => m.start === antecedent.start && m.actorId === antecedent.actorId)) return members;
  }
  return [antecedent];
}

/**
 * "After meeting Putin in Sochi on Monday, Erdogan said", "Before meeting Biden, Zelensky and Kuleba addressed
 * Congress": a gerund right after the opener that starts the sentence is done by the subject of the clause the phrase
 * is set off from, the actor right after its comma, with those coordinated with it. Undefined when the trigger is no
 * such gerund, or no actor stands there (", officials said").
 */
function openingGerundAgent(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  if (t.at !== 1 || !GERUND_AGENT_OPENER.test(tokens[0]?.norm ?? '')) return undefined;
  if (tokens[0]?.norm === 'for' || !/ing$/.test(tokens[t.at]?.norm ?? '')) return undefined;
  const comma = openingPhraseEnd(tokens, GERUND_AGENT_OPENER, { from: t.end });
  const first = ctx.candidates.find(
    (c) => comma >= 0 && c.start === comma + 1 && c.form !== 'adjective' && isSubjectLike(tokens, c),
  );
  return first ? group(ctx, first) : undefined;
}

/**
 * The first actor of the clause before token `before` that is not a prepositional object; but the subject of a clause
 * joined by "and" or "but" just before, with its verb ("Macron met Scholz and Meloni arrived in Rome after meeting
 * Zelensky": Meloni).
 */
function clauseSubject(ctx: SentenceContext, t: Trigger, before: number): Candidate | undefined {
  // ("“We plan to visit Ukraine,” Duda said after meeting Nauseda": the reporter's clause, not the quote.)
  const quoted = ctx.s.tokens[t.at]?.quoted;
  const joined = [...ctx.candidates].reverse().find(
    (c) =>
      c.end < before &&
      c.form !== 'adjective' &&
      CLAUSE_COORDINATOR.test(ctx.s.tokens[c.start - 1]?.norm ?? '') &&
      // (Not the last of a list: "Khaled Meshaal and Khalil al-Hayya left Cairo after meeting ...".)
      !ctx.candidates.some((x) => x.end === c.start - 1) &&
      ctx.s.tokens[c.end]?.tags.has('Verb') === true &&
      ctx.s.tokens[c.start]?.quoted === quoted,
  );
  if (joined) return joined;
  return ctx.candidates.find(
    (c) =>
      c.start < before &&
      ctx.clause[c.start] === ctx.clause[t.at] &&
      c.form !== 'adjective' &&
      ctx.s.tokens[c.start]?.quoted === quoted &&
      isSubjectLike(ctx.s.tokens, c),
  );
}

/** ", which", ", who" at token k: a relative clause set off by a comma opens there ("that" restricts, it opens none). */
function isRelativeOpener(tokens: readonly Token[], k: number): boolean {
  return (
    k >= 1 && RELATIVE.test(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'that' && /,/.test(tokens[k - 1]?.post ?? '')
  );
}

/**
 * "a deal with Greece for Athens to send Soviet-era vehicles to Ukraine", "a plan for Warsaw to deliver jets": the
 * actor between "for" and the "to" of a verb trigger is that verb's subject, not the clause's.
 */
function forToAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'verb' || tokens[t.at - 1]?.norm !== 'to') return undefined;
  const c = ctx.candidates.find((x) => x.end === t.at - 1 && x.form !== 'adjective');
  return c && tokens[c.start - 1]?.norm === 'for' ? c : undefined;
}

/**
 * ", which is why new sanctions hit ...": a "which" that stands for the whole clause before it (a form of "be" and
 * "why" after it), not for the actor just before the comma ("aggression against Ukraine, which is why" is no act of
 * Ukraine's).
 */
function isClauseRelative(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'which' && BE_FORM.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'why';
}

/**
 * "China, which brokered the agreement", "Erdogan, who was on an official visit to meet Trump": the actor before the
 * relative pronoun whose clause holds the trigger (no comma or other actor between them: "X, who was in Y, met Z" is
 * X's clause again, found by subject()).
 */
function relativeAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  // ("Putin and Xi, who are old friends, met": the comma that closes the relative clause before the trigger hands the
  // verb back to the whole subject, which subject() reads; the antecedent alone would be Xi.)
  if (/[,;:]/.test(tokens[t.at - 1]?.post ?? '')) return undefined;
  for (let k = t.at - 1; k > 0; k--) {
    if (isRelativeOpener(tokens, k))
      return isClauseRelative(tokens, k)
        ? undefined
        : (deedOwnerBefore(ctx, k) ??
            ctx.candidates.find((c) => c.end === k && c.form !== 'adjective') ??
            placeBefore(ctx, k) ??
            ownedNounOwner(ctx, k));
    // ("China, which Russia invaded": the relative clause's own subject acts; "who went to Washington to meet" not.)
    const actor = ctx.candidates.some((c) => c.start <= k && k < c.end && isSubjectLike(tokens, c));
    if (actor || /[,;:]/.test(tokens[k - 1]?.post ?? '') || SUBORDINATOR.test(tokens[k]?.norm ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "a crackdown on protesters in Belarus, which swiftly hit back by recalling its ambassadors from Poland": a state
 * named as the place of the phrase before a relative clause is the one that acts in it (AP 2020).
 */
function placeBefore(ctx: SentenceContext, k: number): Candidate | undefined {
  const place = ctx.places.find((p) => p.end === k);
  return place ? candidateOf(place.actorId, place) : undefined;
}

/**
 * "Israel's strike on Doha on Tuesday, which targeted Hamas leaders": a relative clause after a force noun's phrase
 * (no comma inside it) tells more of that deed, so its agent is the noun's owner ("Israel's", "Israeli"), not the
 * place or day the phrase ends with. Undefined when no owned force noun heads the phrase before the opener at k.
 */
function deedOwnerBefore(ctx: SentenceContext, k: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const deed = ctx.triggers.find(
    (x) =>
      x.rule.type === 'CONFLICT' &&
      x.rule.pos === 'noun' &&
      x.at < k &&
      k - x.end <= DEED_PHRASE_WORDS &&
      tokens.slice(x.at, k - 1).every((y) => !/[,;:]/.test(y.post)),
  );
  return deed ? ctx.candidates.find((c) => c.end === deed.at && (c.possessive || c.form === 'adjective')) : undefined;
}

/**
 * "The United States targeted the IRGC in its action, which imposed sanctions on ...", "welcomed the US decision,
 * which imposed tariffs": a relative clause after a common noun that an owner determines ("its", "their", a state or
 * organisation as its modifier, anyone's possessive, past a modifier or two) tells what the owner did through it; the owner acts (a pronoun's
 * referent as a mention of the sentence). Undefined when no owned common noun stands right before the opener at k.
 */
function ownedNounOwner(ctx: SentenceContext, k: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const noun = tokens[k - 1];
  if (!noun || noun.capitalised || !noun.tags.has('Noun')) return undefined;
  for (let j = k - 2; j >= Math.max(0, k - 1 - OWNED_NOUN_WORDS); j--) {
    const actor = ctx.candidates.find((c) => c.end === j + 1 && (c.possessive || c.kind !== 'PERSON'));
    if (actor) return actor;
    const word = tokenAt(tokens, j);
    if (OWNER_PRONOUN.test(word.norm)) {
      const id = ctx.pronoun(word.norm, j);
      return id === null ? undefined : ctx.candidates.find((c) => c.actorId === id && c.end <= j);
    }
    if (word.capitalised || /[,;:]/.test(word.post) || !word.tags.has('Adjective')) return undefined;
  }
  return undefined;
}

/** How many words a force noun's phrase may run on before a relative clause ("on Doha on Tuesday"). */
const DEED_PHRASE_WORDS = 6;

/**
 * The states whose adjectives are coordinated before adjective c of a noun trigger ("Egyptian and Qatari mediators"
 * mediate together). Not for force: "US and Israeli strikes hit Iran" are the strikes of one side, no war between them.
 */
function sideOf(ctx: SentenceContext, t: Trigger, c: Candidate): Candidate[] {
  // (But "Indian and Chinese troops clashed": force the sides use on each other has them all; and "US and Israeli
  // warplanes attacked Iran": the states of a group noun before the force are its coordinated agents.)
  // (participants.ts keeps them from being each other's sides: "Russian and Syrian jets bombed Idlib".)
  const sides = t.rule.type !== 'CONFLICT' || isReciprocalForce(ctx, t) || c.form === 'members';
  return sides ? adjectivesBefore(ctx, c) : [];
}

/**
 * "imposed sanctions on seven Russians accused of undermining Ukraine's sovereignty": a participle right after the noun
 * it describes, in a clause that already has its verb, is a reduced passive ("who were accused"): the clause's subject
 * does not do it, and the sentence does not say who did (or says it after "by": "talks with Pashinyan hosted by Scholz",
 * see participants.ts). ("Russian officials accused Ukraine" has no verb before;
 * "Israel announced a deal" no common noun.)
 */
function isReducedRelative(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const noun = tokens[t.at - 1];
  if (t.rule.pos !== 'verb' || !/ed$/.test(tokens[t.at]?.norm ?? '') || !noun || /[,;:]/.test(noun.post)) return false;
  // (A passive participle takes no object: "accused of", "targeted by"; the active "accused Russia of" does.)
  const objectless = PREPOSITIONS.has(tokens[t.at + 1]?.norm ?? '');
  // ("seven Russians accused of": a state's people are described as well.)
  // ("talks with Pashinyan hosted by Scholz": so is the object of a preposition, which is no subject of its own.)
  const people = ctx.candidates.some((c) => c.end === t.at && (c.form === 'members' || !isSubjectLike(tokens, c)));
  // ("The Kremlin said the two leaders agreed to", "the Russian leader agreed to": a noun that stands for an actor,
  // resolved by references.ts or linking, is the subject of its own verb, unless a preposition governs it.)
  const actor = ctx.candidates.some(
    (c) => c.end === t.at && c.form !== 'members' && c.form !== 'adjective' && isSubjectLike(tokens, c),
  );
  const described =
    objectless &&
    !actor &&
    noun.tags.has('Noun') &&
    (!noun.capitalised || people) &&
    !noun.tags.has('Date') &&
    !noun.tags.has('Pronoun') &&
    !noun.tags.has('Verb');
  const verbBefore = tokens
    .slice(0, t.at - 1)
    .some(
      (x, k) =>
        ctx.clause[k] === ctx.clause[t.at] && x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Noun'),
    );
  return described && verbBefore;
}

/**
 * "India abstained on a Security Council resolution condemning Moscow's annexation", "Bangladesh abstained from voting
 * on the resolution adopted by the United Nations General Assembly that reprimanded Russia" (PTI, Dhaka Tribune 2022):
 * a text voted on condemns, not the one who abstained on it; only a body named after "by" adopted it. So for a text
 * stopped: "The US vetoed a resolution condemning Israel", "Hungary blocked an EU statement criticising China". Undefined
 * when the criticism is no such text's.
 */
function abstainedText(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  if (t.rule.type !== 'CRITICISM' || t.rule.pos !== 'verb') return undefined;
  const tokens = ctx.s.tokens;
  const inClause = (k: number) => ctx.clause[k] === ctx.clause[t.at];
  let text = t.at - 1;
  while (text >= 0 && t.at - text <= TEXT_REACH && inClause(text) && !VOTED_TEXT.test(tokens[text]?.norm ?? '')) text--;
  if (text < 0 || t.at - text > TEXT_REACH || !inClause(text)) return undefined;
  // ("abstain from vetoing a resolution condemning its settlements, accusing the Obama administration": a criticism
  // after another is the subject's own.)
  if (ctx.triggers.some((x) => x.at > text && x.at < t.at)) return undefined;
  if (!tokens.some((x, k) => k < text && inClause(k) && ABSTAIN_OR_BLOCK.test(x.norm))) return undefined;
  // ("the resolution adopted by the United Nations General Assembly that reprimanded Russia": the body adopted it.)
  const by = tokens.findIndex((x, k) => k > text && k < t.at && x.norm === 'by');
  const adopter =
    by < 0 ? undefined : ctx.candidates.find((c) => (c.start === by + 1 || c.start === by + 2) && c.end <= t.at);
  return adopter ? [adopter] : [];
}

/** How many words before a criticism its text may be named: "a Security Council resolution on Friday, 25 February, condemning". */
const TEXT_REACH = 10;

/**
 * "Britain joined France in condemning the attack", "Japan joined the US and the EU in imposing sanctions": the subject
 * of a verb of joining and those it joined all do what follows "in". Empty when the trigger is no such gerund's.
 */
function joinedIn(ctx: SentenceContext, t: Trigger): Candidate[] {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > t.at - 3 && k > 0 && tokens[k]?.norm !== 'in') k--;
  const gerund = tokens[k + 1];
  // (The gerund is the trigger, or a support verb that governs it: "in imposing sanctions", not "in condemning the attack".)
  const governs = k + 1 === t.at || (gerund !== undefined && SUPPORT.test(gerund.norm));
  if (
    tokens[k]?.norm !== 'in' ||
    !gerund ||
    !/ing$/.test(gerund.norm) ||
    !governs ||
    ctx.clause[k] !== ctx.clause[t.at]
  )
    return [];
  const joined = ctx.candidates.filter((c) => c.end <= k && ctx.clause[c.start] === ctx.clause[t.at]);
  const first = joined.find((c) => JOINING.test(tokens[wordBefore(tokens, c.start)]?.norm ?? ''));
  const members = first ? group(ctx, first) : [];
  if (!first || (members.at(-1) ?? first).end !== k) return [];
  const verb = wordBefore(tokens, first.start);
  // (The one who joins: "Beijing's foreign ministry", "Japan"; past the words of its office before the verb.)
  const joiner = joined.find(
    (c) =>
      c.end <= verb &&
      c.form !== 'adjective' &&
      isSubjectLike(tokens, c) &&
      tokens.slice(c.end, verb).every((x) => isTitleWord(x.norm) || ACTING_FOR.test(x.norm)),
  );
  return joiner ? [joiner, ...members] : [];
}

/**
 * "The US, Britain and France condemned North Korea's launch of a missile", "condemned the launch of a missile": a verb
 * rule's word used as a noun (after an article or a possessive) that is the object of another trigger's verb is a deed
 * of its possessor, or of no one named; the subject of that other verb does not do it. Undefined when the word is no
 * such noun ("Russia continued its attack": no trigger governs it).
 */
function deedOf(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  if (t.rule.pos !== 'verb') return undefined;
  const tokens = ctx.s.tokens;
  const owner = ctx.candidates.find((c) => c.end === t.at && c.possessive && c.form !== 'adjective');
  const before = owner ? owner.start - 1 : ARTICLES.includes(tokens[t.at - 1]?.norm ?? '') ? t.at - 2 : -1;
  if (before < 0 || !ctx.triggers.some((x) => x !== t && x.rule.pos === 'verb' && x.end - 1 === before))
    return undefined;
  return owner ? [owner] : [];
}

/** "Washington's (recent) announcement of": the possessor of the noun just before the "of" at k, past its modifiers. */
function ownerOfOf(ctx: SentenceContext, k: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (tokens[k]?.norm !== 'of' || !tokens[k - 1]?.tags.has('Noun')) return undefined;
  const owner = ctx.candidates.find(
    (c) => c.possessive && c.form !== 'adjective' && c.end < k && k - c.end <= OWNED_NOUN_WORDS,
  );
  const between = owner ? tokens.slice(owner.end, k) : [];
  return owner && between.every((x) => !x.capitalised && (x.tags.has('Noun') || x.tags.has('Adjective')))
    ? owner
    : undefined;
}

/** How many words the noun a possessor owns may have, its modifiers with it ("Washington's recent announcement"). */
const OWNED_NOUN_WORDS = 3;

/**
 * "during phone calls Safadi held on Sunday with ...", "the talks that Putin had with Xi", "the sanctions China
 * imposed on Australia": a clause right after an occasion's or a measure's noun, whose subject holds the occasion or
 * puts the measure in place with a verb of its type, names who did. Undefined when none follows.
 */
function contactClauseHolder(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const verb = HOLDING_VERBS[t.rule.type];
  // (A measure's span may reach its "on": "the curbs Beijing placed on" is read from the noun.)
  const end = t.rule.type === 'SANCTION' ? t.at + 1 : t.end;
  if (!verb || /[,;:]/.test(tokenAt(tokens, end - 1).post)) return undefined;
  const from = tokens[end]?.norm === 'that' ? end + 1 : end;
  // (A named holder: "the meeting we had today" in a quotation is the speaker's side, told in another voice.)
  const c = ctx.candidates.find(
    (x) => x.start === from && !x.possessive && x.form !== 'adjective' && tokens[x.start]?.capitalised === true,
  );
  if (!c) return undefined;
  // ("the restrictions Beijing has placed on": past a perfect's auxiliary.)
  const perfect = PERFECT_AUXILIARY.test(tokens[c.end]?.norm ?? '') && verb.test(tokens[c.end + 1]?.norm ?? '');
  return perfect || verb.test(tokens[c.end]?.norm ?? '') ? c : undefined;
}

/** The verbs by which someone holds an occasion named before them ("the calls Safadi held"). */
const HOLDING_OCCASION = /^(?:held|had|made|conducted|hosted)$/;
/** The verbs by which someone holds an occasion or puts a measure in place, by type. */
const HOLDING_VERBS: Partial<Record<RelationType, RegExp>> = {
  CALL: HOLDING_OCCASION,
  MEETING: HOLDING_OCCASION,
  NEGOTIATION: HOLDING_OCCASION,
  SANCTION: MEASURE_PLACING,
};

/**
 * "Their previous conversation on June 14", "in their first face-to-face meeting": the actors the pair phrase "their"
 * stands for, past the words that say which occasion it was (see theirOccasionStart); none when no such phrase.
 */
function theirPairAgent(ctx: SentenceContext, t: Trigger): Candidate[] {
  const k = theirOccasionStart(ctx.s.tokens, t.at);
  if (k < 0 || k === t.at - 1) return [];
  return ctx.candidates.filter((c) => c.start === k && c.end === k + 1);
}

/** The agent of a trigger: a modifier of a noun trigger, else the clause subject. */
export function agent(ctx: SentenceContext, t: Trigger): Candidate[] {
  const { s, clause } = ctx;
  const inClause = (c: Candidate) => clause[c.start] === clause[t.at];
  if (isReducedRelative(ctx, t)) return [];
  const abstained = abstainedText(ctx, t);
  if (abstained) return abstained;
  // ("have condemned North Korea's launch of a missile": the launch is North Korea's alone.)
  const deed = deedOf(ctx, t);
  if (deed) return deed;
  const joining = joinedIn(ctx, t);
  if (joining.length > 0) return joining;
  if (t.rule.pos === 'noun') {
    const holder = contactClauseHolder(ctx, t);
    if (holder) return [holder];
    const theirs = theirPairAgent(ctx, t);
    if (theirs.length >= 2) return theirs;
    // "Moscow’s 2022 full-scale invasion", "Russian mediation", "His Feb. 12 call"
    for (let k = t.at - 1; k >= Math.max(0, t.at - 4) && clause[k] === clause[t.at]; k--) {
      // ("Russia, which invaded Ukraine": a relative clause's antecedent acts; see relativeAgent.)
      if (isRelativeOpener(s.tokens, k)) break;
      const c = ctx.candidates.find((x) => x.end === k + 1);
      // ("Wong and Blinken took part in the Quad meeting": a body's name before its gathering is the forum that holds
      // it; the clause's subject are the ones who met.)
      // (The subject is read before the name, which is no subject itself: "took part in such Quad talks".)
      const forum = c !== undefined && isForumOfGathering(t, c) ? subject(ctx, { ...t, at: c.start }) : null;
      if (forum && forum.length > 0 && forum.every((x) => x.actorId !== c?.actorId)) return forum;
      // ("their meeting": both actors the pair phrase stands for.)
      if (c?.possessive || c?.end === t.at) {
        const same = ctx.candidates.filter((x) => x.start === c.start && x.end === c.end);
        // ("Egyptian and Qatari mediators": every state of the coordinated adjectives.)
        // ("between China and U.S. ally the Philippines": the ally is the owner's alone, not the pair's.)
        if (isAllyOwner(ctx, c)) return same;
        return c.possessive ? [...coOwners(ctx, c), ...same] : [...sideOf(ctx, t, c), ...same];
      }
      // "an Israeli missile attack", "Russian drone strikes": a state's adjective before a compound noun.
      if (
        c &&
        c.form === 'adjective' &&
        s.tokens.slice(c.end, t.at).every((x) => !x.capitalised && x.tags.has('Noun') && !x.tags.has('Verb'))
      )
        return [...sideOf(ctx, t, c), c];
      // "The EU last week sanctioned": a time phrase after an actor ends its clause's subject, not a noun phrase.
      if (c) {
        if (s.tokens.slice(c.end, t.at).some((x) => x.tags.has('Date'))) break;
        return [];
      }
      if (POSSESSIVE_PRONOUN.test(s.tokens[k]?.norm ?? '')) {
        // "China and Russia deepened their partnership": "their" after a coordinated subject is all of it.
        const own = s.tokens[k]?.norm === 'their' ? subject(ctx, t) : null;
        if (own && own.length >= 2) return own;
        const id = ctx.pronoun(s.tokens[k]?.norm ?? '', k);
        return id
          ? [{ actorId: id, start: k, end: k + 1, form: 'name', possessive: true, kind: 'PERSON', state: null }]
          : [];
      }
      // ("in retaliation for Washington's announcement of a huge arms package for Taiwan": the package is the
      // possessor's, whose noun the "of" phrase is part of.)
      const possessor = ownerOfOf(ctx, k);
      if (possessor) return [possessor];
      if (
        PREPOSITIONS.has(s.tokens[k]?.norm ?? '') ||
        CIRCUMSTANTIAL.test(s.tokens[k]?.norm ?? '') ||
        s.tokens[k]?.tags.has('Verb')
      )
        break;
    }
  }
  // ("after a 50% tariff on Brazilian exports came into force": a measure's noun names its imposer in its own phrase.)
  if (t.rule.ownerOnly) return [];
  const opening = openingGerundAgent(ctx, t);
  if (opening) return opening;
  const antecedent = relativeAgent(ctx, t);
  if (antecedent) return coordinatedWith(ctx, antecedent);
  const relative = gerundAgent(ctx, t) ?? forToAgent(ctx, t);
  if (relative) return [relative];
  const blamed = blamedForAgent(ctx, t);
  if (blamed) return blamed;
  if (isTimeMark(ctx, t)) return [];
  const forces = ownForcesAgent(ctx, t);
  if (forces) return [forces];
  const before = subject(ctx, t);
  const last = before?.at(-1);
  if (before && last) {
    if (t.rule.pos === 'noun' && isGovernedElsewhere(ctx, last, t)) return [];
    // ("Macron, along with Scholz and Draghi, met Zelensky": the subject's companions act with it.)
    const along = companions(ctx, t.at).filter(
      (c) => !before.some((b) => b.actorId === c.actorId) && !isOwnDelegate(ctx, t, before, c),
    );
    return [...before, ...along];
  }
  if (!ONTOLOGY[t.rule.type].symmetric || !isFronted(ctx, t) || isAnsweredDeed(ctx, t)) return [];
  // "During a Feb. 18 meeting in Riyadh, Saudi Arabia, US Secretary of State Marco Rubio and Russian Foreign Minister
  // Sergei Lavrov discussed ...": the subject follows the opening phrase, after its comma and before any verb.
  const after = ctx.candidates.find(
    (c) => inClause(c) && c.start >= t.end && c.form !== 'adjective' && isSubjectLike(s.tokens, c),
  );
  if (
    !after ||
    !/,/.test(s.tokens[after.start - 1]?.post ?? '') ||
    s.tokens.slice(t.end, after.start).some((x) => x.tags.has('Verb'))
  )
    return [];
  return group(ctx, after);
}

/** How far before a trigger the noun of "in response to" may stand: "in response to the deadly attacks on". */
const ANSWERED_DEED_REACH = 5;

/**
 * "In response to the attacks on Israel, Britain and France have sent warships": a trigger in a fronted phrase of what
 * the clause answers (lexicon/grammar.ts ANSWERED_DEED_NOUN, "in" before it) is another's deed; the subject after the
 * phrase answers it, and took no part in it. ("During a meeting in Riyadh, Rubio and Lavrov discussed" is an occasion.)
 */
function isAnsweredDeed(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k >= Math.max(1, t.at - ANSWERED_DEED_REACH); k--) {
    if (/[,;:]/.test(tokens[k]?.post ?? '')) return false;
    if (ANSWERED_DEED_NOUN.test(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'in') return true;
  }
  return false;
}

/**
 * "Prabowo, accompanied by Foreign Minister Sugiono, was greeted by Anwar": at an occasion every participant of which
 * is paired with every other (a meeting, a call), a companion of the subject's own state is its delegation, no
 * counterpart of the subject; one of another state ("Macron, along with Scholz, met Zelensky") is a side of its own.
 */
function isOwnDelegate(ctx: SentenceContext, t: Trigger, subject: readonly Candidate[], c: Candidate): boolean {
  if (!ONTOLOGY[t.rule.type].symmetric) return false;
  if (isTitledAsTheirs(ctx.s.tokens, c)) return true;
  const state = ctx.stateOf(c.actorId);
  return state !== c.actorId && subject.some((b) => b.actorId !== state && ctx.stateOf(b.actorId) === state);
}

/**
 * "Accompanied by his foreign minister, Asaad Al Shaibani, Sharaa was greeted": a companion titled with the subject's
 * possessive holds an office of the subject's own (AFP 2025), whatever state the text gives him.
 */
function isTitledAsTheirs(tokens: readonly Token[], c: Candidate): boolean {
  // (The title is the candidate's own first words, or stands just before it.)
  let k = c.start - 1;
  while (k >= 0 && isTitleWord(tokens[k]?.norm ?? '')) k--;
  return OWNER_PRONOUN.test(tokens[k]?.norm ?? '') && isTitleWord(tokens[k + 1]?.norm ?? '');
}

/** The possessives by which a companion's title is the subject's: "his foreign minister", "her deputy". */
const OWNER_PRONOUN = words(THIRD_PERSON_POSSESSIVES);
