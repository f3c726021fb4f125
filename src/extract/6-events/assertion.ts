import type { RelationType } from '../../domain/ontology';
import type { Token } from '../2-sentences';
import {
  CIRCUMSTANTIAL,
  CLAUSE_COORDINATOR,
  DO_FORM,
  HAVE,
  LIST_COORDINATOR,
  OCCASION_PREPOSITION,
  PREPOSITIONS,
  SUBORDINATOR,
  SUPPORT,
  TOPIC_PREPOSITION,
} from '../lexicon/grammar';
import { FORCE_HALTS, GIVING_BARE, MEASURE_TAKING, SPORTING, WAR_TO_COME } from '../lexicon/force';
import { AFTER_OCCASION, BACK_REFERENCE, SAME_DAY_LEAD } from '../lexicon/ordering';
import { PUNISHMENT, REJECTING_VERBS } from '../lexicon/insults';
import { ARTICLE, POSSESSIVE_DETERMINER } from '../lexicon/determiners';
import { endsPhrase, words } from '../lexicon/words';
import {
  ACCEPTED_LINK,
  ACCEPTING,
  AGREEING,
  INVITATION_NOUN,
  ACCUSATION_LINK,
  ACCUSING,
  AHEAD_CONJUNCTION,
  ANTICIPATING,
  BE_FORM,
  CALLED_UPON,
  CALLING,
  CALLING_FOR,
  CAME_AFTER,
  CLAIM_NOUN,
  CONDITION,
  INVERTED_CONDITION,
  DENYING,
  DIRECTIVE,
  DISMISSED,
  EARLIER,
  EARLIER_NOUN,
  EFFORT,
  ENDING_MEASURES,
  FAILING,
  FAR_MODAL,
  FUTURE_MODAL,
  HABITUAL_ADVERB,
  HELD_BACK_PAIRS,
  HOLDING_BACK,
  HABITUAL_SPANS,
  HEARSAY,
  IN_PRINCIPLE,
  LASTING,
  NEXT_UNIT,
  NOT_ASSERTED,
  BLOCKING,
  NOUN_HEDGE,
  TOPIC_NOUN,
  OPPOSING,
  LATER,
  MENACING,
  MODALS,
  PAST_INTENT,
  READINESS,
  PLANNED_PARTICIPLE,
  LINKED_PLANNED_PARTICIPLE,
  SCHEDULE_LINK,
  PURPOSE_NOUN,
  RECIPROCAL_FIRST,
  RECIPROCAL_SECOND,
  REPEAT_COUNT,
  SCHEDULED,
  SCHEDULED_ANY,
  NEGATION,
  TIMES,
  VOWING,
} from '../lexicon/modality';
import {
  AGREED_OCCASION_NOUNS,
  AGREED_OCCASION_VERBS,
  COMING_ABOUT,
  HOLDING_FORMS,
  NEXT_OF_SERIES,
  SERIES_LINKS,
  SETTING_UP,
  TALK_OF,
} from '../lexicon/occasions';
import { RELATIVE } from '../lexicon/reference';
import { HOLDS_ROLE, TALKING_TEAM } from '../lexicon/officials';
import { ALLIED_BOND, GOAL_PREPOSITION } from '../lexicon/ties';
import { DURATION, TIME_LEAD_IN } from '../lexicon/time';
import {
  isCallAdjunct,
  isFronted,
  isReporting,
  isSequenceWord,
  pastAdverbsAndSequence,
  SKIPPABLE,
  type SentenceContext,
  type Trigger,
  nextNonAdverb,
} from './clause';
import {
  defendedSide,
  isStandingWar,
  WAR_OWNER_GAP,
  warOwner,
  warPairFirst,
  warSideAfter,
  warSidesBetween,
} from './warSides';

/**
 * Whether a trigger states an event as having happened: not negated, hypothetical,
 * future, asked for or placed in the past of its clause; and how sure the sentence is.
 */

/** How far before a trigger a hedge word reaches. */
export const HEDGE_WINDOW = 10;
/** Events that are occasions (a meeting, a call, a round of talks), and can be agreed or scheduled in advance. */
const OCCASIONS: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL', 'NEGOTIATION', 'BRIEFING']);

/**
 * Negated, hypothetical or future: a modal, intent or negation word shortly before, in the clause; a future the
 * clause of an opening phrase speaks of; a request; a coming time right after.
 */
export function isAsserted(ctx: SentenceContext, t: Trigger): boolean {
  const presupposed = isPresupposedWar(ctx, t);
  return (
    (presupposed || !isHedgedNearby(ctx, t)) &&
    !isUnderFarModal(ctx, t) &&
    !isAnticipated(ctx, t) &&
    !isAheadOfConjunction(ctx, t) &&
    !isInFutureClause(ctx, t) &&
    !isUrged(ctx, t) &&
    !isFollowedByComingTime(ctx, t) &&
    !isCourtSentence(ctx, t) &&
    !isGameReport(ctx, t) &&
    !isDenied(ctx, t) &&
    !isAccusedOf(ctx, t) &&
    !isEndedMeasure(ctx, t) &&
    (presupposed || !isHaltedForce(ctx, t)) &&
    !isFailed(ctx, t) &&
    !isOpposed(ctx, t) &&
    (presupposed || !isTopicOfTalk(ctx, t)) &&
    !isSoughtTies(ctx, t) &&
    !isAgreedSupply(ctx, t) &&
    !isAgreedOccasion(ctx, t) &&
    !isStandingRole(ctx, t) &&
    !isDismissedClaim(ctx, t) &&
    !isAcceptedOccasion(ctx, t) &&
    !isInvitedOccasion(ctx, t) &&
    !isSubjectOfPlan(ctx, t) &&
    !isPlannedOccasion(ctx, t) &&
    !isNextOfSeries(ctx, t) &&
    (presupposed || !isHeadlineFuture(ctx, t)) &&
    !isHabitual(ctx, t) &&
    !isSubjectOfModal(ctx, t) &&
    !isNamingAfterTime(ctx, t) &&
    !isQuestion(ctx)
  );
}

/**
 * "Lula called Monday "historical" after a meeting with Maduro" (AFP 2023), "called Tuesday productive": "called", a
 * time, then a word in quotes or an adjective names the time; no one was called.
 */
function isNamingAfterTime(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.type !== 'CALL' || tokens[t.at]?.norm !== 'called') return false;
  let k = t.end;
  while (tokens[k]?.tags.has('Date')) k++;
  const next = tokens[k];
  if (k === t.end || next === undefined) return false;
  return /["“]/.test(next.pre) || (next.tags.has('Adjective') && !next.capitalised);
}

/**
 * "agreed that greater regional cooperation could play a vital part", "said talks can resolve the dispute": a noun
 * that is the subject of a modal verb is what might be, not an event that happened.
 */
function isSubjectOfModal(ctx: SentenceContext, t: Trigger): boolean {
  return t.rule.pos === 'noun' && MODAL.test(ctx.s.tokens[t.end]?.norm ?? '');
}
const MODAL = words(MODALS);

/**
 * "rejected media reports that Moscow and Washington held secret talks", "dismissed reports of a call between X and
 * Y", "refuted claims that Putin met Poroshenko": what a denial denies, however far after it in the sentence (the
 * clause boundary at "that" does not free it), up to a semicolon.
 */
function isDenied(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k > 0 && !/;/.test(tokens[k]?.post ?? ''); k--) {
    const word = tokens[k]?.norm ?? '';
    // ("rejected the claims and condemned Washington", "denied the report, and Putin held a call": a verb or a clause
    // of its own after "and" is asserted again; "that Moscow and Washington held talks" is one subject.)
    const comma = /,/.test(tokens[k - 1]?.post ?? '');
    const isVerbNext = () => tokens[sequenceEnd(tokens, k + 1, t.at)]?.tags.has('Verb') === true;
    if (CLAUSE_COORDINATOR.test(word) && (isVerbNext() || (comma && isNewClause(tokens, k, t.at)))) return false;
    const denied =
      (CLAIM_NOUN.test(word) || word === 'that') &&
      tokens.slice(Math.max(0, k - 3), k).some((x) => DENYING.test(x.norm));
    if (denied) return true;
  }
  return false;
}

/** How far before a sanction noun the verb that ends it may stand ("lifted some of its sanctions"). */
const ENDED_WINDOW = 4;

/**
 * "The United States lifted its sanctions on Iran", "eased sanctions on Venezuela", "ended its sanctions against South
 * Africa in 1992": a sanction ended or relaxed is no sanction imposed. The verb stands shortly before the noun, with no
 * other verb between.
 */
function isEndedMeasure(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.type !== 'SANCTION') return false;
  const tokens = ctx.s.tokens;
  // ("announced it is easing some restrictions on Syria": a verb's span that reaches its measure past an ending verb.)
  if (t.rule.pos === 'verb') return tokens.slice(t.at + 1, t.end).some((x) => ENDING_MEASURES.test(x.norm));
  for (let k = t.at - 1; k >= Math.max(0, t.at - ENDED_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (ENDING_MEASURES.test(tokens[k]?.norm ?? '')) return true;
    if (tokens[k]?.tags.has('Verb')) return false;
  }
  return false;
}

/** How far before a force noun the word halting it may stand ("a halt to nearly two months of U.S. airstrikes"). */
const HALT_REACH = 8;

/**
 * "Putin orders 30-day halt to attacks on Ukraine's energy sector" (Ukrainska Pravda 2025), "agreed to a 30-day pause
 * in attacks on Ukraine's energy infrastructure" (Newsdiet24 2025), "agreed to halt attacks on energy infrastructure
 * targets in Ukraine" (My Republica 2025), "ordering a halt to nearly two months of U.S. airstrikes on Yemen's Houthis"
 * (Africanews 2025): force that is halted, paused or suspended is no attack the sentence tells of. The halting word
 * stands before the force noun in its clause, with no other verb or comma between; a standing war whose phrase names
 * both its sides is there still ("to stop the war between Israel and Hamas": isPresupposedWar).
 */
function isHaltedForce(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.type !== 'CONFLICT') return false;
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k >= Math.max(0, t.at - HALT_REACH) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:]/.test(x.post)) return false;
    if (FORCE_HALTS.test(x.norm)) return true;
    if (x.tags.has('Verb')) return false;
  }
  return false;
}

/** How many words an accusation may stand before the "of" or "that" of what it accuses ("accused the Russian army of"). */
const ACCUSED_WINDOW = 6;
/** What opens a relative clause inside what is accused. */
const RELATIVE_PRONOUN = /^(?:that|which|who)$/;

/**
 * "The two countries accused each other of opening fire", "traded accusations of shelling", "echoed charges that Congo
 * is cooperating with the FDLR": what an accusation accuses someone of is its speaker's word, no event the text
 * states. The trigger follows the accusation's "of", "that" or "for" with no comma or new clause between.
 */
function isAccusedOf(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k > 0 && !/[,;:]/.test(tokens[k]?.post ?? ''); k--) {
    const word = tokens[k]?.norm ?? '';
    if (SUBORDINATOR.test(word) || (CLAUSE_COORDINATOR.test(word) && isNewClause(tokens, k, t.at))) return false;
    const accused = isAccusationBefore(tokens, k);
    if (ACCUSATION_LINK.test(word) && accused) return true;
    // ("accused Pakistan of violating a truce that had halted the clashes": the relative clause is the writer's.)
    if (RELATIVE_PRONOUN.test(word) && !accused) return false;
  }
  return false;
}

/** An accusing word shortly before the link at k, with no other verb between ("accused Ukraine of shelling and said that": "said" is). */
function isAccusationBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - ACCUSED_WINDOW); j--) {
    if (ACCUSING.test(tokens[j]?.norm ?? '')) return true;
    if (tokens[j]?.tags.has('Verb')) return false;
  }
  return false;
}

/**
 * "Russia and Ukraine failed to agree on a ceasefire", "were unable to sign the treaty", "failed to quickly strike a
 * deal": a verb trigger right after "failed to" (an adverb between) did not happen. A noun after it is left alone
 * ("failed to stop the invasion": the invasion is there).
 */
function isFailed(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'verb') return false;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > 0 && tokens[k]?.tags.has('Adverb')) k--;
  return tokens[k]?.norm === 'to' && FAILING.test(tokens[k - 1]?.norm ?? '');
}

/**
 * "could not set out a timeline for ending Russia's war against Ukraine", "to talk about the continuing war between
 * the SAF and the RSF", "to end the Israel-Hamas war", "will help Ukraine defend itself against Russian aggression": a
 * definite phrase of a standing war that names both its sides (warSides.ts: an owner before the noun and one after
 * "against", "on", "with" or "of", a pair "X-Y" before it, both after "between", or the side it is fought against)
 * presupposes the war, whatever is hoped, planned or discussed about it; a hedge or a talk reaches its end, not the war.
 * Not a war to come ("prevent a war between India and Pakistan", "Russia's possible invasion of Ukraine"), nor one
 * side alone ("the war in Ukraine").
 */
function isPresupposedWar(ctx: SentenceContext, t: Trigger): boolean {
  if (!isStandingWar(ctx, t)) return false;
  const owner = warOwner(ctx, t);
  const pair = owner && warPairFirst(ctx, owner);
  const named =
    pair !== undefined ||
    warSidesBetween(ctx, t) !== undefined ||
    (owner !== undefined && (warSideAfter(ctx, t) !== undefined || defendedSide(ctx, t) !== null));
  if (!named) return false;
  const start = pair?.start ?? owner?.start ?? t.at;
  const tokens = ctx.s.tokens;
  return !tokens.slice(Math.max(0, start - WAR_OWNER_GAP), t.at).some((x) => WAR_TO_COME.test(x.norm));
}

/** How many words (determiners, adjectives, a possessive) may stand between a talk's preposition and its topic noun. */
const TOPIC_GAP = 3;

/**
 * "Macron and Scholz held talks on the war in Ukraine", "a call about the fighting in Sudan", "exchanged views on the
 * conflict": a noun trigger that is what a talk was about states no event of the talkers (they are not at war with
 * Ukraine). "talks on Monday ended the war" is no topic: the noun must follow the preposition's own noun phrase.
 */
function isTopicOfTalk(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun') return false;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > 0 && t.at - k <= TOPIC_GAP && !TOPIC_PREPOSITION.test(tokens[k]?.norm ?? '')) {
    const x = tokens[k];
    const isModifier =
      x !== undefined && (SKIPPABLE.has(x.norm) || x.tags.has('Adjective') || x.tags.has('Possessive'));
    if (!isModifier || /[,;:]/.test(x.post)) return false;
    k--;
  }
  return TOPIC_PREPOSITION.test(tokens[k]?.norm ?? '') && TALK_OF.test(tokens[k - 1]?.norm ?? '');
}

/** How far before a bond noun its strengthening verb may stand ("to further expand bilateral ties"). */
const STRENGTHENING_WINDOW = 3;

/**
 * "held talks on ways to deepen bilateral ties", "discussed how to strengthen Malaysia-Indonesia ties", "explored ways
 * of boosting relations": plain ties to be strengthened, a talk's goal, are no alliance the sentence states. A bond
 * named as allies' stays ("measures to further strengthen the Strategic Partnership", "agreed to expand security
 * ties": the partnership is there), and so does a strengthening done ("Russia and Iran have strengthened ties").
 */
function isSoughtTies(ctx: SentenceContext, t: Trigger): boolean {
  const strengthening = t.rule.needsBefore;
  if (t.rule.type !== 'ALLIANCE' || strengthening === undefined) return false;
  const tokens = ctx.s.tokens;
  let v = t.at - 1;
  while (v >= Math.max(0, t.at - STRENGTHENING_WINDOW) && !strengthening.test(tokens[v]?.norm ?? '')) v--;
  if (v < Math.max(0, t.at - STRENGTHENING_WINDOW)) return false;
  if (tokens.slice(v, t.at).some((x) => ALLIED_BOND.test(x.norm))) return false;
  let k = v - 1;
  while (k > 0 && tokens[k]?.tags.has('Adverb')) k--;
  const before = tokens[k]?.norm ?? '';
  return before === 'to' || (/ing$/.test(tokens[v]?.norm ?? '') && GOAL_PREPOSITION.test(before));
}

/**
 * "Netherlands and Denmark have agreed to provide Ukraine with F-16 fighter jets", "US and Germany agree to supply
 * battle tanks to Ukraine": what the sides agree to is each one's supply to a third, which the supply's own rule reads;
 * the sides make no agreement with each other ("agreed to a truce", "agreed to restore relations" still do).
 */
function isAgreedSupply(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.type !== 'AGREEMENT' || t.rule.pos !== 'verb') return false;
  const tokens = ctx.s.tokens;
  const to = nextNonAdverb(tokens, t.end);
  return tokens[to]?.norm === 'to' && GIVING_BARE.test(tokens[nextNonAdverb(tokens, to + 1)]?.norm ?? '');
}

/** How far after "agreed" its "to" may stand ("agreed on Saturday to hold talks"), and its occasion noun after "to". */
const AGREED_TO_WINDOW = 5;

/**
 * "Japan and South Korea agreed on Saturday to hold formal talks next month", "Biden and Xi have agreed to hold a
 * follow-up summit", "Thailand and Cambodia have agreed to attend an Asean foreign ministers' meeting": what the sides
 * agree on is only an occasion to come (AGREED_OCCASION_VERBS, or a verb that sets up an occasion noun), a plan to
 * meet and no deal between them ("agreed to hold talks" gives no meeting either: isAnticipated). An agreement whose
 * first infinitive is the deal itself stays ("agreed to restore military communications", "agreed to a ceasefire"),
 * and so does one to a process, with no verb ("the two had agreed to further discussions").
 */
function isAgreedOccasion(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.type !== 'AGREEMENT' || !AGREEING_WORD.test(tokens[t.at]?.norm ?? '')) return false;
  const to = agreedTo(ctx, t);
  if (to < 0) return false;
  const v = nextNonAdverb(tokens, to + 1);
  if (AGREED_OCCASION_VERBS.test(tokens[v]?.norm ?? '')) return true;
  if (!SETTING_UP.test(tokens[v]?.norm ?? '')) return false;
  for (let k = v + 1; k < v + AGREED_TO_WINDOW && ctx.clause[k] === ctx.clause[t.at]; k++) {
    const x = tokens[k];
    if (x === undefined || x.tags.has('Verb')) return false;
    if (AGREED_OCCASION_NOUNS.test(x.norm)) return true;
  }
  return false;
}

/** The "to" of an agreeing verb's infinitive, past adverbs and a time ("agreed on Saturday to"), or -1. */
function agreedTo(ctx: SentenceContext, t: Trigger): number {
  const tokens = ctx.s.tokens;
  for (let k = t.end; k < t.end + AGREED_TO_WINDOW && ctx.clause[k] === ctx.clause[t.at]; k++) {
    const x = tokens[k];
    if (x === undefined) return -1;
    if (x.norm === 'to') return k;
    if (x.tags.has('Verb') && !x.tags.has('Date')) return -1;
  }
  return -1;
}

/** How far before a talks noun the role verb may stand ("heads Qatar's negotiating team in the talks"). */
const ROLE_WINDOW = 8;

/**
 * "Al-Khulaifi, who heads Qatar's team in the talks with Hamas and Israel", "Witkoff leads the US delegation at the
 * talks with Russia": talks a team's head holds a role in, in the present tense, are a standing role, no meeting on the
 * sentence's day ("led the delegation at the talks in Riyadh on Tuesday" is past, and stays).
 */
function isStandingRole(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun' || (t.rule.type !== 'MEETING' && t.rule.type !== 'NEGOTIATION')) return false;
  const tokens = ctx.s.tokens;
  let team = false;
  for (let k = t.at - 1; k >= Math.max(0, t.at - ROLE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:]/.test(x.post)) return false;
    if (TALKING_TEAM.test(x.norm)) team = true;
    else if (HOLDS_ROLE.test(x.norm)) return team;
  }
  return false;
}

/** "warned the West against supplying missiles to Ukraine": a gerund trigger right after "against" is not done. */
function isOpposed(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  return /ing$/.test(tokens[t.at]?.norm ?? '') && OPPOSING.test(tokens[t.at - 1]?.norm ?? '');
}

/**
 * "reports of new talks between Putin and Biden were premature", "claims that Putin met Poroshenko are false": a
 * report or claim before the trigger, and after it a "be" (and adverbs) with a word that dismisses it.
 */
function isDismissedClaim(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const claimed = tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at).some((x) => CLAIM_NOUN.test(x.norm));
  if (!claimed) return false;
  for (let k = t.end; k < tokens.length - 1; k++) {
    if (!BE_FORM.test(tokens[k]?.norm ?? '')) continue;
    let j = k + 1;
    while (tokens[j]?.tags.has('Adverb') || BE_FORM.test(tokens[j]?.norm ?? '')) j++;
    if (DISMISSED.test(tokens[j]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "Biden had accepted in principle a meeting with Putin", "accepted an invitation to visit China": an occasion that is
 * the object of "accept" (no other verb between) is still to come; so is one agreed to or on ("Biden agreed "in
 * principle" to a summit with Putin", "agreed on the date and venue for a meeting between Putin and Trump"), unless
 * it is the occasion of something else agreed ("agreed to the outcome of the talks").
 */
function isAcceptedOccasion(ctx: SentenceContext, t: Trigger): boolean {
  if (!OCCASIONS.has(t.rule.type)) return false;
  const tokens = ctx.s.tokens;
  let ofSomething = false;
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const word = tokens[k]?.norm ?? '';
    if (ACCEPTING.test(word)) return true;
    // (Not "held a previously agreed meeting": only a verb whose link follows it, "agreed to", "agreed on".)
    if (AGREEING_WORD.test(word) && AGREED_LINK.test(tokens[k + 1]?.norm ?? '')) return !ofSomething;
    ofSomething ||= OWN_OF.test(word);
    // ("accepted the invitation to visit": the "visit" after "to" is what was accepted; any other verb ends the reach,
    // and so does a preposition that starts a phrase of its own: "accepted the principle of a meeting after talks",
    // "an arrangement agreed during a phone call between Zelensky and Xi".)
    const verb = tokens[k]?.tags.has('Verb') && tokens[k - 1]?.norm !== 'to';
    const preposition = PREPOSITIONS.has(word) || tokens[k]?.tags.has('Preposition');
    const ownPhrase =
      ((preposition && !ACCEPTED_LINK.test(word)) || SUBORDINATOR.test(word)) &&
      tokens[k + 1]?.norm !== IN_PRINCIPLE[1];
    if (verb || ownPhrase || /[,;:]/.test(tokens[k]?.post ?? '')) return false;
  }
  return false;
}

/** Verbs of agreeing ("agreed", "decided"), and the links of a noun of something else agreed ("the outcome of"). */
const AGREEING_WORD = words(AGREEING);
const OWN_OF = /^(?:of|from)$/;
const AGREED_LINK = /^(?:to|on|in)$/;

/**
 * "received an invitation to meet US President Joe Biden", "brought an invitation from Biden for Lula to visit
 * Washington", "handed Marcos an invitation from Biden to visit": an occasion in the infinitive of an invitation is
 * still to come, whatever verb brings the invitation. Only through "to" and the invitation's own phrase ("from Biden",
 * "for Lula"): a verb or a comma between ends it ("at the invitation of Xi, Ruto held talks with Xi" happened).
 */
function isInvitedOccasion(ctx: SentenceContext, t: Trigger): boolean {
  if (!OCCASIONS.has(t.rule.type) || ctx.s.tokens[t.at - 1]?.norm !== 'to') return false;
  const tokens = ctx.s.tokens;
  for (let k = t.at - 2; k >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (INVITATION_NOUN.test(tokens[k]?.norm ?? '')) return true;
    if (tokens[k]?.tags.has('Verb') || /[,;:]/.test(tokens[k]?.post ?? '')) return false;
  }
  return false;
}

/**
 * "Talks between Lavrov and Rubio are expected to take place", "a meeting between X and Y is planned for next month",
 * "the summit between X and Y will take place", "the meeting between X and Y did not take place": an occasion named as
 * the subject of a modal, a plan or a denial of its coming about. Its noun phrase ("between X and Y", "on a pact to end
 * the war") runs to the first verb; a comma ends the search (a relative clause: "which took place"), unless a gloss
 * follows it ("the first between the two leaders") or a participle of planning ("scheduled for September 28").
 */
function isSubjectOfPlan(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  // (A verb rule's word may stand as a noun: "negotiations between Lavrov and Ri would be held".)
  const noun = t.rule.pos === 'noun' || tokens[t.at]?.tags.has('Plural');
  if (!noun || !OCCASIONS.has(t.rule.type)) return false;
  // ("Putin held talks with Xi and will visit India": an object is no subject; but "said that a meeting of X and Y was
  // possible": the subject of a "that" clause, whose verbs before it are the teller's, when it is said to "be" so.)
  const verbBefore = (from: number) =>
    tokens.slice(from, t.at).some((x, k) => ctx.clause[from + k] === ctx.clause[t.at] && x.tags.has('Verb'));
  const from = subjectClauseStart(tokens, t.at);
  const told = verbBefore(0);
  const inPhrase = tokens.slice(from, t.at).some((x) => PREPOSITIONS.has(x.norm) || x.tags.has('Preposition'));
  if (told && (from === 0 || verbBefore(from) || inPhrase)) return false;
  // (The clause reader parts "Zelensky, and U.S. President Donald Trump is unlikely": a list's last side goes on it.)
  let clause = ctx.clause[t.at];
  for (let k = t.end; k < tokens.length && ctx.clause[k] === clause; k++) {
    if (/[;:]/.test(tokens[k - 1]?.post ?? '')) return false;
    // ("a meeting between Putin and Dmitry Rogozin, the head of Roscosmos, was canceled": a name's apposition.)
    if (/,/.test(tokens[k - 1]?.post ?? '')) {
      if (isPlanningParticiple(tokens, k)) return true;
      const next = pastNounPhraseComma(tokens, k);
      if (next === k || (next > k && LIST_COORDINATOR.test(tokens[next]?.norm ?? ''))) clause = ctx.clause[next];
      k = next;
    }
    if (k < 0) return false;
    const token = tokens[k];
    // ("reported that negotiations between Lavrov and Ri would be held on April 10": a modal the tagger reads as no
    // verb; but not "speculation that the summit between X and Y might have led to a deal": the summit is held.)
    if (MODAL.test(token?.norm ?? '')) return !told || !HAVE.test(tokens[k + 1]?.norm ?? '');
    if (!token?.tags.has('Verb') || isInfinitiveOfNoun(tokens, k)) continue;
    if (NOT_ASSERTED.test(token.norm)) return !told;
    if (isDeniedComingAbout(tokens, k)) return true;
    if (!BE_FORM.test(token.norm) && !HAVE.test(token.norm)) return false;
    return isPlanPredicate(tokens, k + 1);
  }
  return false;
}

/**
 * "The meeting between Obama and Putin, scheduled for September 28 on the sidelines of the UN General Assembly, will
 * be the first" (RFE/RL 2015), "The talks, set for the resort of Burgenstock, would not take place" (Dawn 2026): a
 * participle of planning set off by a comma right after the occasion's noun phrase makes it a plan, as it does with
 * no comma (isPlannedOccasion). The word at k follows the comma.
 */
function isPlanningParticiple(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  if (PLANNED_PARTICIPLE.test(word)) return true;
  return LINKED_PLANNED_PARTICIPLE.test(word) && SCHEDULE_LINK.test(tokens[k + 1]?.norm ?? '');
}

/**
 * "talks between the United States and Iran on a pact to end the Middle East conflict would not take place" (Dawn
 * 2026): a verb after "to" that follows a noun is an infinitive inside the occasion's noun phrase, no predicate of it
 * ("are expected to take place" reaches its "be" first).
 */
function isInfinitiveOfNoun(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.norm === 'to' && tokens[k - 2]?.tags.has('Noun') === true;
}

/**
 * "the much-anticipated meeting between Presidents Putin and Trump did not take place" (TASS 2017): "did not" and a
 * verb of coming about deny the occasion; "did not produce results" is said of a meeting held.
 */
function isDeniedComingAbout(tokens: readonly Token[], k: number): boolean {
  if (!DO_FORM.test(tokens[k]?.norm ?? '')) return false;
  return NEGATING.test(tokens[k + 1]?.norm ?? '') && COMING_ABOUT.test(tokens[k + 2]?.norm ?? '');
}

/**
 * "are scheduled for", "is being prepared", "is now expected", "has been indefinitely postponed", "was a realistic
 * possibility": the word after the "have" and "be" forms, adverbs and an article with its adjectives (from `j`).
 */
function isPlanPredicate(tokens: readonly Token[], j: number): boolean {
  while (BE_FORM.test(tokens[j]?.norm ?? '') || tokens[j]?.tags.has('Adverb')) j++;
  if (ARTICLE.test(tokens[j]?.norm ?? ''))
    do j++;
    while (tokens[j]?.tags.has('Adjective'));
  const next = tokens[j]?.norm ?? '';
  // ("a meeting between Putin and Trump has been agreed", "the meeting between Qureshi and Swaraj was to take place":
  // agreed, or "be to", is still to come.)
  return NOT_ASSERTED.test(next) || SCHEDULED.test(next) || TOPIC_NOUN.test(next) || next === 'to';
}

/** How many words a relative clause between commas may have ("which Washington has said may be held on Sunday"). */
const RELATIVE_CLAUSE_WORDS = 16;

/**
 * Where an occasion's noun phrase goes on after a comma at `from`, or -1 when the comma ends it: past an apposition
 * ("Dmitry Rogozin, the head of Roscosmos,"), past a relative clause ("The next Russia-US talks, which Washington has
 * said may be held on Sunday, are likely to", Xinhua 2025; "The meeting between Lavrov and Rubio, which had been in
 * the works for the past few days, has been postponed", CNN via IFP 2025), and on through a list of its sides ("a
 * meeting between Mirzoyan, Bayramov and Blinken will be held", Daily Sabah 2024; "a meeting between Putin, his
 * Ukrainian counterpart Volodymyr Zelensky, and U.S. President Donald Trump is unlikely", The Guardian via RKS 2025).
 */
function pastNounPhraseComma(tokens: readonly Token[], from: number): number {
  if (RELATIVE.test(tokens[from]?.norm ?? '')) {
    for (let k = from + 1; k < Math.min(tokens.length - 1, from + RELATIVE_CLAUSE_WORDS); k++) {
      if (/[;:.]/.test(tokens[k]?.post ?? '')) return -1;
      if (/,/.test(tokens[k]?.post ?? '')) return k + 1;
    }
    return -1;
  }
  const end = appositionEnd(tokens, from);
  return end >= 0 || !isListGoingOn(tokens, from) ? end : from;
}

/** Whether the words from `from` go on a list of names: a coordinator comes before any verb or punctuation. */
function isListGoingOn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + LIST_LOOKAHEAD); k++) {
    const token = tokens[k];
    if (token === undefined || token.tags.has('Verb')) return false;
    if (LIST_COORDINATOR.test(token.norm)) return k > from || tokens[k + 1]?.capitalised === true;
    if (/[,;:.]/.test(token.post)) return false;
  }
  return false;
}

/** How far a list of an occasion's sides is looked for after a comma ("Zelensky, and U.S. President Donald Trump"). */
const LIST_LOOKAHEAD = 8;

/**
 * How many words an apposition between commas may have: "the head of space corporation Roscosmos", and an occasion's
 * own ordinal gloss, "The talks, the first between the two leaders in Trump's second term, are expected to focus on
 * trade" (Mint 2025).
 */
const APPOSITION_WORDS = 12;

/**
 * Where the words after an apposition end: `from` opens a short phrase with no verb that a comma closes ("Donald
 * Trump," "the head of space corporation Roscosmos,"); -1 when what follows the comma is no such phrase.
 */
function appositionEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length - 1, from + APPOSITION_WORDS); k++) {
    if (tokens[k]?.tags.has('Verb')) return -1;
    if (/,/.test(tokens[k]?.post ?? '')) return k + 1;
    if (/[;:.]/.test(tokens[k]?.post ?? '')) return -1;
  }
  return -1;
}

/**
 * Where the clause of an occasion noun at `at` begins: after the last "that" before it, or after a verb of saying
 * with no verb between it and the noun ("The Kremlin said a meeting between Putin and Biden was possible"), else at 0.
 */
function subjectClauseStart(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (tokens[k]?.norm === 'that') return k + 1;
    const token = tokens[k];
    if (token && isReporting(token) && token.tags.has('Verb')) return k + 1;
    if (token?.tags.has('Verb')) return 0;
  }
  return 0;
}

/**
 * "including on the second US-North Korea summit planned for late February", "the talks between Iran and the US
 * scheduled for Saturday": an occasion whose noun phrase ends in a participle of planning (the first verb after it,
 * before a comma) is a plan, whatever verb the clause has before it.
 */
function isPlannedOccasion(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun' || !OCCASIONS.has(t.rule.type)) return false;
  for (let k = t.end; k < tokens.length && ctx.clause[k] === ctx.clause[t.at]; k++) {
    if (/[,;:]/.test(tokens[k - 1]?.post ?? '')) return false;
    if (tokens[k]?.tags.has('Verb')) return PLANNED_PARTICIPLE.test(tokens[k]?.norm ?? '');
  }
  return false;
}

/**
 * "Zelenskyy to travel to Brussels to meet with EU and NATO state leaders" (European Pravda 2024), "Macron to host
 * Zelensky for talks in Paris on Monday" (LBC 2025), "Zelenskyy, European leaders to meet with Trump on Ukraine at
 * White House" (CBS 2025), "Erdogan to visit Russia for talks with Putin" (AFP 2023): a headline drops the "is"
 * of "is to", so a subject followed at once by "to" and a verb announces what is still to come. Only when no verb
 * comes before that first "to" and the subject ends in an actor or a team ("leaders", "delegations"), so that
 * "efforts to broker" or "a visit to Pyongyang to meet" are left alone.
 */
function isHeadlineFuture(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  for (let k = ctx.dateline; k < t.at; k++) {
    const token = tokens[k];
    if (token?.norm === 'to') return k > ctx.dateline && isSubjectEnd(ctx, k - 1) && isVerbAfterTo(tokens, k + 1);
    if (token?.tags.has('Verb')) return false;
  }
  return false;
}

/** Whether the word at k ends a subject of actors: a mention's last word, or a team noun ("European leaders"). */
function isSubjectEnd(ctx: SentenceContext, k: number): boolean {
  return ctx.candidates.some((c) => c.end - 1 === k) || TALKING_TEAM.test(ctx.s.tokens[k]?.norm ?? '');
}

/** Whether the word at k is the verb of an infinitive ("to meet", "to host", "to hold talks"). */
function isVerbAfterTo(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.capitalised) return false;
  return token.tags.has('Verb') || token.tags.has('Infinitive') || SUPPORT.test(token.norm) || isInfinitive(tokens, k);
}

/** "Did Trump meet Putin in Helsinki?": a question asks whether an event happened. */
function isQuestion(ctx: SentenceContext): boolean {
  return ctx.s.tokens.at(-1)?.post.includes('?') ?? false;
}

/** "Brazil's attack against Argentina was decisive in the final after Neymar scored": teams at play, not force. */
function isGameReport(ctx: SentenceContext, t: Trigger): boolean {
  return t.rule.type === 'CONFLICT' && ctx.s.tokens.some((x) => SPORTING.test(x.norm));
}

/** How far after a word of censure its "to death", "to ten years in prison" may come. */
const SENTENCE_WINDOW = 10;

/**
 * "Iran condemned a French national to death": a court's sentence, not criticism of the one sentenced (nor of the
 * state he is of). A "to" in the clause after the trigger with a punishment within three words.
 */
function isCourtSentence(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.type !== 'CRITICISM') return false;
  const tokens = ctx.s.tokens;
  for (let k = t.end; k < Math.min(tokens.length, t.end + SENTENCE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k++)
    if (tokens[k]?.norm === 'to' && tokens.slice(k + 1, k + 5).some((x) => PUNISHMENT.test(x.norm))) return true;
  return false;
}

/** The prepositions by which a noun of talk brings in its event ("the importance of"). */
const TOPIC_OF = /^(?:of|for)$/;

/**
 * The word before the relative clause set off by commas that ends at k (", which has not hit back so far,"), or k
 * when no such clause ends there.
 */
function beforeRelative(tokens: readonly Token[], k: number): number {
  if (!/,/.test(tokens[k]?.post ?? '')) return k;
  for (let j = k; j > 0 && j > k - RELATIVE_WORDS; j--) {
    if (j < k && /,/.test(tokens[j]?.post ?? '')) return k;
    if (RELATIVE_OPENER.test(tokens[j]?.norm ?? '') && /,/.test(tokens[j - 1]?.post ?? '')) return j - 1;
  }
  return k;
}

/**
 * The trigger is a verb in the past joined by "and" to an infinitive whose "to" comes after token k: "his plan to
 * talk to Putin and called Zelensky" (k at "and"); the hedge before the infinitive does not reach past the "and".
 */
function isPastAfterInfinitive(tokens: readonly Token[], k: number, t: Trigger): boolean {
  const verb = tokens[t.at];
  if (tokens[k]?.norm !== 'and' || t.rule.pos !== 'verb' || !verb?.tags.has('PastTense')) return false;
  const before = tokens.slice(Math.max(0, k - INFINITIVE_REACH), k);
  // ("Putin refused to meet Macron and criticised Scholz": a refusal or denial keeps its reach, as the table has it.)
  if (before.some((x) => NEGATING.test(x.norm))) return false;
  return before.some((x) => x.norm === 'to') && !tokens.slice(k + 1, t.at).some((x) => x.tags.has('Verb'));
}

/** Negation, refusal and denial words (lexicon/modality.ts). */
const NEGATING = words(NEGATION);

/** How far before "and" the "to" of the infinitive it joins may stand ("plan to talk to Putin and"). */
const INFINITIVE_REACH = 6;

/** How long a relative clause between commas may be. */
const RELATIVE_WORDS = 15;
/** What opens a relative clause set off by commas (not "that", which restricts). */
const RELATIVE_OPENER = /^(?:which|who|whose|whom)$/;

/**
 * "Araghchi said Tehran was ready to help during a phone call with Dar": the call or meeting a speaker's words were
 * said at, after a verb of saying, is where they were said, not what they hedge. The index of its "during" (or "in",
 * "at"), which a hedge before it does not pass; -1 when the trigger is no such occasion.
 */
function spokenAtOccasion(ctx: SentenceContext, t: Trigger): number {
  if (t.rule.pos !== 'noun' || !SPOKEN_AT.has(t.rule.type)) return -1;
  const tokens = ctx.s.tokens;
  for (let k = t.at - 1; k >= Math.max(0, t.at - OCCASION_LEAD); k--) {
    if (!CIRCUMSTANTIAL.test(tokens[k]?.norm ?? '')) continue;
    const said = tokens.slice(0, k).some((x) => isReporting(x) && x.tags.has('PastTense'));
    return said ? k : -1;
  }
  return -1;
}
/** Occasions at which words are said. */
const SPOKEN_AT: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL']);
/** How far before an occasion noun its "during" may stand: "during a brief phone call". */
const OCCASION_LEAD = 4;

/** A hedge, a request or a schedule within HEDGE_WINDOW words before the trigger, in its clause. */
function isHedgedNearby(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const announcing = announcedMeasureModal(ctx, t);
  const floor = spokenAtOccasion(ctx, t);
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW, floor) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    // ("Hamas, which has not hit back so far, accused Israel": a relative clause set off by commas hedges only itself.)
    k = beforeRelative(tokens, k);
    if (k === announcing) continue;
    const word = tokens[k]?.norm ?? '';
    // "has never condemned the invasion and last month Xi paid a visit": a coordinator before a new subject ends the hedge's reach.
    if (CLAUSE_COORDINATOR.test(word) && isNewClause(tokens, k, t.at) && !isConditionedList(tokens, k)) return false;
    // ("turned down Kenyan mediation efforts after he accused Ruto": a past subordinate clause with its own subject.)
    if (SUBORDINATOR.test(word) && isNewClause(tokens, k, t.at) && isPastClause(tokens, k, t.at)) return false;
    if (isVerbAfterDenial(ctx, t, k)) return false;
    // "told Zelensky of his plan to talk to Putin and called Zelensky afterwards": a verb in the past after "and" is
    // no infinitive of the hedge's "to"; it happened ("plans to visit Kyiv and meet Zelensky" is still planned).
    if (isPastAfterInfinitive(tokens, k, t)) return false;
    if (isHedgeWord(ctx, t, k)) return true;
    // "stressed the importance of cooperation" (but "Stressing the importance of dialogue, Putin met Xi").
    if (TOPIC_NOUN.test(word) && t.rule.pos === 'noun' && TOPIC_OF.test(tokens[k + 1]?.norm ?? '')) {
      if (!hasCommaBetween(tokens, k, t.at)) return true;
    }
    // "made a bid to broker talks" (but "In a bid to ease tensions, Biden met Xi": the comma ends the aim). A bid to
    // secure a deal between two others is mediation under way, as "efforts to broker" are: only the deal is not reached.
    if (
      PURPOSE_NOUN.test(word) &&
      tokens[k + 1]?.norm === 'to' &&
      !hasCommaBetween(tokens, k, t.at) &&
      t.rule.type !== 'MEDIATION'
    )
      return true;
    // "urging both leaders to agree", "asked Iran to join talks": what is asked for has not happened ("urged in a call" has).
    if (isDirective(tokens, k) && tokens.slice(k + 1, t.at).some((x) => x.norm === 'to') && !isCallAdjunct(ctx, t))
      return true;
    // "agreed to begin talks", "are due to meet": what is agreed or scheduled has not happened yet.
    // "are set to sign an agreement": a schedule holds off any event ("agreed to impose sanctions" may be the act).
    const before = tokens[pastTime(tokens, k - 1)]?.norm ?? '';
    if (
      (SCHEDULED_ANY.test(before) || (isAgreedAhead(tokens, k, t) && SCHEDULED.test(before))) &&
      word === 'to' &&
      k > 0 &&
      (k + 1 === t.at ||
        tokens[k + 1]?.tags.has('Verb') ||
        isInfinitive(tokens, k + 1) ||
        isSplitInfinitive(tokens, k, t))
    )
      return true;
  }
  return false;
}

/**
 * "Belarus denied the accusations and accused the EU", "rejected the claims and condemned Washington": a past verb of
 * its own after "and", whose first verb was a denial's, is asserted again (but "did not meet and talk", "refused to
 * meet and talked": a negation or a refusal of an infinitive reaches both).
 */
/** The "has" of a perfect: "and has condemned". */
const PERFECT_HAVE = /^(?:has|have)$/;

/**
 * The past verbs of denying or rejecting a claim, or of blocking an act, whose object a coordinated verb leaves behind
 * ("blocked shipping in the Red Sea and attacked a US destroyer").
 */
const DENIAL_VERB = words(
  REJECTING_VERBS.filter((v) => v.endsWith('ed')),
  ['denied'],
  BLOCKING.filter((v) => v.endsWith('ed')),
);

/**
 * The same in the present: "Kigali denies this, and in turn accuses Kinshasa of fighting alongside another armed group"
 * (Reuters 2022): a verb in the present after "and" is the denier's next act, as a past one is after a past denial.
 */
const DENIAL_VERB_PRESENT = words(
  REJECTING_VERBS.filter((v) => v.endsWith('s')),
  ['denies'],
  BLOCKING.filter((v) => v.endsWith('s')),
);

/** "accuses", "condemns": a verb of the present's third person, no noun ("talks"). */
const isThirdPersonPresent = (x: Token): boolean =>
  x.tags.has('PresentTense') && !x.tags.has('Noun') && /s$/.test(x.norm) && !x.tags.has('Auxiliary');

/** Past the words of sequence from `from`, up to `limit` ("and hours later had a call": the index of "had"). */
function sequenceEnd(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && isSequenceWord(tokens, k)) k++;
  return k;
}

function isVerbAfterDenial(ctx: SentenceContext, t: Trigger, k: number): boolean {
  const tokens = ctx.s.tokens;
  // ("rejected the claims and has condemned Washington": a perfect of its own, past its "has", is asserted too; so is a
  // verb past its adverbs: "completely rejected and strongly condemned the comments made by Rajnath Singh".)
  const after = pastAdverbsAndSequence(tokens, k + 1, t.at);
  const perfect = PERFECT_HAVE.test(tokens[after]?.norm ?? '') ? 1 : 0;
  const next = tokens[after + perfect];
  if (!CLAUSE_COORDINATOR.test(tokens[k]?.norm ?? '') || !next || next.tags.has('Auxiliary')) return false;
  const isPast = perfect ? /ed$/.test(next.norm) : next.tags.has('PastTense');
  for (let j = k - 1; j >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[j] === ctx.clause[t.at]; j--) {
    if (!isHedgeWord(ctx, t, j)) continue;
    const denial = tokens[j];
    if (denial === undefined || tokens[j + 1]?.norm === 'to') return false;
    if (DENIAL_VERB.test(denial.norm)) return isPast === true;
    return DENIAL_VERB_PRESENT.test(denial.norm) && perfect === 0 && isThirdPersonPresent(next);
  }
  return false;
}

/**
 * "The summit would open at 11:30 local time with a private conversation between X and Y", "Kyiv would press
 * Washington, the EU and others for sanctions": a modal of the future reaches the rest of its clause, however far, up
 * to a verb in the past ("will travel to Beijing, met Xi on Monday"). "would later meet" is a past told forward.
 */
function isUnderFarModal(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  // ("will hold talks about ending the war": the war is there; as in isUrged.)
  if (LASTING.test(tokens[t.at]?.norm ?? '')) return false;
  for (let k = t.at - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const word = tokens[k]?.norm ?? '';
    if (tokens[k]?.tags.has('PastTense') || SUBORDINATOR.test(word)) return false;
    if (CLAUSE_COORDINATOR.test(word) && isNewClause(tokens, k, t.at)) return false;
    if (FAR_MODAL.test(word)) return !LATER.test(tokens[k + 1]?.norm ?? '') && k !== announcedMeasureModal(ctx, t);
  }
  return false;
}

/** How far before a measure noun the verb that puts it in place may stand ("will impose new targeted sanctions"). */
const MEASURE_VERB_WINDOW = 4;

/**
 * "Canada will impose targeted sanctions against forty Venezuelan officials", "The United States said on Thursday it
 * would freeze security aid to Pakistan": a measure announced for the near future is the decision itself, made on
 * the day it is announced (as the labelled sets date it). Not so a measure threatened or vowed anywhere in the
 * sentence ("warned that it would impose tariffs", "vowed it would retaliate"), nor one under a condition ("would
 * impose tariffs if Mexico does not act"), nor one only weighed ("would consider sanctions": a measure noun's verb
 * must put it in place); other hedges before the modal still count ("is considering whether it would impose"). The
 * index of the modal ("will", "would") right before the measure's verb, past adverbs, else -1.
 */
function announcedMeasureModal(ctx: SentenceContext, t: Trigger): number {
  // (A supply announced likewise is the pledge, as "pledged tanks" is: "announced that his country will send at
  // least 14 Leopard 2 tanks to Ukraine"; only a verb, as a supply noun's verb need not put it in place.)
  const announcedSupply = t.rule.type === 'SUPPLY' && t.rule.pos === 'verb';
  if (t.rule.type !== 'SANCTION' && !announcedSupply) return -1;
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  if (t.rule.pos === 'noun') {
    const stop = Math.max(0, t.at - MEASURE_VERB_WINDOW);
    while (k > stop && !tokens[k]?.tags.has('Verb')) k--;
    if (!MEASURE_TAKING.test(tokens[k]?.norm ?? '')) return -1;
    k--;
  }
  while (k > 0 && tokens[k]?.tags.has('Adverb') && /ly$/.test(tokens[k]?.norm ?? '')) k--;
  if (!FAR_MODAL.test(tokens[k]?.norm ?? '')) return -1;
  const menaced = tokens.some((x) => CONDITION.test(x.norm) || MENACING.test(x.norm) || VOWING.test(x.norm));
  return menaced ? -1 : k;
}

/**
 * "ahead of talks next week", "in the run-up to the summit", "laying the ground for possible talks and for a summit
 * of X and Y", "open to talks with Washington", "called for talks between X and Y" (occasions): the trigger is inside the noun phrase after such a phrase (no verb
 * or comma between: "Ahead of the summit, Putin met Xi" met).
 */
function isAnticipated(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  let lowest = Math.max(0, t.at - HEDGE_WINDOW);
  for (let e = t.at - 1; e >= lowest && ctx.clause[e] === ctx.clause[t.at]; e--) {
    // ("preparations for a Normandy-format (Russia, Ukraine, France and Germany) summit": a bracketed gloss inside
    // the noun phrase is passed over whole, its commas and its length with it.)
    const open = openingBracket(tokens, e);
    if (open !== null) {
      lowest = Math.max(0, lowest - (e - open + 1));
      e = open;
      continue;
    }
    if (/[,;:]/.test(tokens[e]?.post ?? '')) return false;
    if (endsPhrase(tokens, e, ANTICIPATING) || (OCCASIONS.has(t.rule.type) && endsPhrase(tokens, e, CALLING_FOR)))
      return true;
    // ("called for closer ties with Russia during talks with Putin": the talks are where the call was made; "looked
    // forward to more talks after he met Kim", "called off talks after Basit met Shah": a clause of its own.)
    if (OCCASION_PREPOSITION.test(tokens[e]?.norm ?? '') || SUBORDINATOR.test(tokens[e]?.norm ?? '')) return false;
    if (tokens[e]?.tags.has('Verb') && !isAttributiveParticiple(tokens, e)) return false;
  }
  return false;
}

/**
 * Whether the verb form at e modifies the noun after it, after a determiner and perhaps an "-ly" adverb: "preparations
 * for a previously agreed meeting", "the planned summit". Such a participle is inside the noun phrase, no verb of its own.
 */
function isAttributiveParticiple(tokens: readonly Token[], e: number): boolean {
  if (!/ed$/.test(tokens[e]?.norm ?? '')) return false;
  const before = tokens[e - 1]?.tags.has('Adverb') && /ly$/.test(tokens[e - 1]?.norm ?? '') ? e - 2 : e - 1;
  return tokens[before]?.tags.has('Determiner') === true;
}

/** How far back a bracketed gloss may open before its closing word. */
const GLOSS_SPAN = 12;

/** The token that opens the bracket which the token at e closes ("Germany)" -> "(Russia"), or null. */
function openingBracket(tokens: readonly Token[], e: number): number | null {
  if (!/\)/.test(tokens[e]?.post ?? '')) return null;
  for (let k = e; k >= Math.max(0, e - GLOSS_SPAN); k--) if (/\(/.test(tokens[k]?.pre ?? '')) return k;
  return null;
}

/** "before Iran and the United States meet again": a present-tense verb after "before" or "until" is ahead. */
function isAheadOfConjunction(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const verb = tokens[t.at];
  if (t.rule.pos === 'noun' || !verb?.tags.has('Verb') || verb.tags.has('PastTense') || verb.tags.has('Gerund'))
    return false;
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW); k--) {
    if (AHEAD_CONJUNCTION.test(tokens[k]?.norm ?? '')) return true;
    if (tokens[k]?.tags.has('Verb')) return false;
  }
  return false;
}

/** Whether a comma, semicolon or colon stands between tokens a and b. */
function hasCommaBetween(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens.slice(a, b).some((x) => /[,;:]/.test(x.post));
}

/**
 * "Should it become necessary, Canada is prepared to respond with retaliatory tariffs", "If necessary, the EU will
 * retaliate against the US": a condition set off before a threat's clause is what the threat is made on, not a doubt
 * of it; the threat is made (Mercopress 2025 on Joly). The condition's own clause stays hedged ("If Russia threatens
 * Poland, NATO will respond": no threat of Russia's), as does a condition after the trigger.
 */
function isFrontedCondition(ctx: SentenceContext, t: Trigger, k: number): boolean {
  const tokens = ctx.s.tokens;
  const word = tokens[k]?.norm ?? '';
  const opens =
    CONDITION.test(word) || (INVERTED_CONDITION.test(word) && (k === 0 || /[,;:]/.test(tokens[k - 1]?.post ?? '')));
  return t.rule.type === 'THREAT' && opens && hasCommaBetween(tokens, k, t.at);
}

/**
 * "stopped short of condemning the Israeli attack", "refrained from criticising Russia", "omitted any criticism of
 * Russia": the word at k holds back (HOLDING_BACK, or the end of a pair of HELD_BACK_PAIRS) the trigger in its own
 * phrase. A comma, a coordinator or another verb between ends its reach ("To avoid escalation, Turkey condemned").
 */
function isHeldBack(ctx: SentenceContext, t: Trigger, k: number): boolean {
  const tokens = ctx.s.tokens;
  const word = tokens[k]?.norm ?? '';
  const first = HELD_BACK_PAIRS.get(word);
  if (!HOLDING_BACK.test(word) && !first?.test(tokens[k - 1]?.norm ?? '')) return false;
  if (hasCommaBetween(tokens, k, t.at)) return false;
  return !tokens
    .slice(k + 1, t.at)
    .some((x) => CLAUSE_COORDINATOR.test(x.norm) || (x.tags.has('Verb') && !x.tags.has('Gerund')));
}

/** The word at k is a modal, intent, hedge or negation word that reaches the trigger. */
function isHedgeWord(ctx: SentenceContext, t: Trigger, k: number): boolean {
  const tokens = ctx.s.tokens;
  const word = tokens[k]?.norm ?? '';
  // "sought to manage tensions in a call with Xi", "expressed readiness to promote ties during a telephone conversation":
  // what was sought is hedged, the call it was sought in happened.
  const inOccasion =
    t.rule.pos === 'noun' &&
    tokens.slice(Math.max(k + 1, t.at - 2), t.at).some((x) => OCCASION_PREPOSITION.test(x.norm));
  const month = word === 'may' && tokens[k]?.capitalised && k > 0; // "Taiwan's May inauguration"
  // ("discussed an upcoming summit in a telephone conversation", "lauded future cooperation when hosting Morrison": a
  // hedging adjective is its own noun's, and never a verb's.)
  const othersNoun =
    NOUN_HEDGE.test(word) &&
    (t.rule.pos !== 'noun' ||
      tokens
        .slice(k + 1, t.at)
        .some((x, d) => PREPOSITIONS.has(x.norm) || (x.tags.has('Verb') && !(d === 0 && x.tags.has('Gerund')))));
  // ("stepped up its efforts to mediate": mediating is an effort; what it aims at, a deal, stays hedged: see isAttempted.)
  const mediating = t.rule.type === 'MEDIATION' && EFFORT.test(word);
  // ("Orban, who would later meet Putin": the future of a past narrative has happened.)
  const toldForward = FAR_MODAL.test(word) && LATER.test(tokens[k + 1]?.norm ?? '');
  // ("promised a tough response after Moldova expelled its diplomats": a threat vowed is made.)
  const vowedThreat = t.rule.type === 'THREAT' && VOWING.test(word);
  return (
    (NOT_ASSERTED.test(word) || isHeldBack(ctx, t, k)) &&
    !vowedThreat &&
    !isFrontedCondition(ctx, t, k) &&
    !month &&
    !othersNoun &&
    !mediating &&
    !toldForward &&
    !((PAST_INTENT.test(word) || READINESS.test(word)) && inOccasion)
  );
}

/**
 * "After talks with Mitsotakis, the two leaders will make statements": an opening phrase shares its clause's future.
 * (Not the future of what is reported after "that": "said Thursday, after speaking with Trump, that a tariff war will
 * be avoided" tells of a call that was.)
 */
function isInFutureClause(ctx: SentenceContext, t: Trigger): boolean {
  if (!isFronted(ctx, t)) return false;
  const tokens = ctx.s.tokens;
  const comma = tokens.findIndex((x, k) => k >= t.end && /,/.test(x.post));
  if (comma < 0) return false;
  const that = tokens.findIndex((x, k) => k > comma && x.norm === 'that');
  return tokens
    .slice(comma + 1, that < 0 ? tokens.length : that)
    .some((x, d) => ctx.clause[comma + 1 + d] === ctx.clause[t.at] && FUTURE_MODAL.test(x.norm));
}

/**
 * "urge both parties to take ... into consideration and actively engage in the talks": what is urged, however far
 * (but "urged the delegations to seize the opportunity as the sides met": a subordinate clause is no longer urged).
 * ("urged them to end the war": the war is not what is urged, it is there.)
 */
function isUrged(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (LASTING.test(tokens[t.at]?.norm ?? '')) return false;
  for (let k = t.at - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at] && !SUBORDINATOR.test(tokens[k]?.norm ?? ''); k--)
    if (isDirective(tokens, k) && tokens.slice(k + 1, t.at).some((x) => x.norm === 'to') && !isCallAdjunct(ctx, t))
      return true;
  return false;
}

/** A verb that asks at k: "urged", "asked", or the "on" of "called on" ("called Putin to" phones him). */
function isDirective(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  return DIRECTIVE.test(word) || (CALLED_UPON.test(word) && CALLING.test(tokens[k - 1]?.norm ?? ''));
}

/** How many words may stand between a series word and its occasion noun ("a new round of direct peace talks"). */
const SERIES_GAP = 5;

/**
 * "Moscow promises an announcement about the next round of negotiations with Ukraine" (UNN 2025), "Lavrov confirmed
 * that a new round of talks between Moscow and Washington will take place soon" (News.Az 2025), "Ankara proposed to
 * organize another meeting between Lavrov and Kuleba" (News.Az 2022), "announced a new meeting with U.S. officials
 * within two weeks" (UNN 2025), "mediators are trying to organize another meeting of Armenia's and Azerbaijan's
 * foreign ministers later this month" (Azatutyun 2019): an occasion named as the next of a series is one still to
 * come, whatever verb announces, prepares or confirms it, unless its clause holds it ("held a new round of talks",
 * "another meeting took place", "are holding new talks") or it is the setting of what was done ("agreed at a new
 * round of talks"): then it is the news.
 */
function isNextOfSeries(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const noun = t.rule.pos === 'noun' || tokens[t.at]?.tags.has('Plural');
  if (!noun || !OCCASIONS.has(t.rule.type)) return false;
  const mark = seriesMark(tokens, t.at);
  // ("agreed at the next meeting", "spoke in another call", "agreed on a swap at their new round of talks": the
  // occasion is the setting of what the clause tells.)
  if (mark < 0 || CIRCUMSTANTIAL.test(tokens[mark - 1]?.norm ?? '')) return false;
  const determiner =
    tokens[mark - 1]?.tags.has('Determiner') || POSSESSIVE_DETERMINER.test(tokens[mark - 1]?.norm ?? '');
  if (determiner && CIRCUMSTANTIAL.test(tokens[mark - 2]?.norm ?? '')) return false;
  return !tokens.some((_, k) => ctx.clause[k] === ctx.clause[t.at] && isHeldAt(tokens, k));
}

/** The index of the series word ("next", "new", "another") of the occasion noun at `at`, past its modifiers; -1 if none. */
function seriesMark(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - SERIES_GAP); k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:]/.test(x.post)) return -1;
    // (Not "the New York meeting", "the New Delhi talks": a name.)
    if (NEXT_OF_SERIES.test(x.norm)) return x.capitalised && k > 0 ? -1 : k;
    const modifier = x.tags.has('Adjective') || SERIES_LINKS.test(x.norm) || (x.tags.has('Noun') && !x.capitalised);
    if (!modifier || x.tags.has('Verb')) return -1;
  }
  return -1;
}

/** A form of holding at k that is no future's nor an infinitive's ("held", "took place"; not "will be held", "to be held"). */
function isHeldAt(tokens: readonly Token[], k: number): boolean {
  if (!HOLDING_FORMS.test(tokens[k]?.norm ?? '') || !tokens[k]?.tags.has('Verb')) return false;
  return !tokens.slice(Math.max(0, k - 2), k).some((x) => MODAL.test(x.norm) || x.norm === 'to');
}

/** "meetings next week between ...": a trigger followed by a coming time is ahead. */
function isFollowedByComingTime(ctx: SentenceContext, t: Trigger): boolean {
  const after = ctx.s.tokens.slice(t.end, t.end + 3).map((x) => x.norm);
  const next = after.indexOf('next');
  return next >= 0 && NEXT_UNIT.test(after[next + 1] ?? ctx.s.tokens[t.end + next + 1]?.norm ?? '');
}

/** "agreed on Monday to hold talks", "agreed in principle to meet": the word before a time phrase or "in principle" between a verb and its "to". */
function pastTime(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0) {
    if (tokens[j]?.tags.has('Date') || (TIME_LEAD_IN.test(tokens[j]?.norm ?? '') && tokens[j + 1]?.tags.has('Date')))
      j--;
    // "agreed in principle to hold a summit"
    else if (IN_PRINCIPLE.every((w, i) => tokens[j - IN_PRINCIPLE.length + 1 + i]?.norm === w))
      j -= IN_PRINCIPLE.length;
    else break;
  }
  return j;
}

/** "due to hold a summit": a word after "to" and before a determiner is a verb, whatever its tag ("due to the crisis" is none). */
function isInfinitive(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  // ("is due to hold talks": the tagger reads "hold" as a noun; a support verb after "to" is its infinitive.)
  if (SUPPORT.test(word) && !tokens[k]?.capitalised) return true;
  return !SKIPPABLE.has(word) && !tokens[k]?.capitalised && SKIPPABLE.has(tokens[k + 1]?.norm ?? '');
}

/**
 * What an agreement or a decision only promises, its "to" at k: an occasion ("agreed to meet"), and cooperation when
 * the agreed infinitive is the cooperating itself ("agreed to cooperate", "agreed to closely cooperate", "agreed to
 * work together": NHK, KBS, Korea Herald 2022-2024), which does not exist yet. ("agreed to deepen cooperation" speaks
 * of cooperation under way, and "agreed to impose sanctions" may be the act itself: neither is held off.)
 */
function isAgreedAhead(tokens: readonly Token[], k: number, t: Trigger): boolean {
  if (OCCASIONS.has(t.rule.type)) return true;
  if (t.rule.type !== 'COOPERATION') return false;
  return k + 1 === t.at || (k + 2 === t.at && tokens[k + 1]?.tags.has('Adverb') === true);
}

/** "agreed to closely cooperate", "to further strengthen": an adverb between the "to" at k and its verb. */
function isSplitInfinitive(tokens: readonly Token[], k: number, t: Trigger): boolean {
  const verb = tokens[k + 2];
  return tokens[k + 1]?.tags.has('Adverb') === true && (k + 2 === t.at || verb?.tags.has('Verb') === true);
}

/** "If Putin and Zelensky meet": the "and" joins names right after a condition, one subject, no new clause. */
function isConditionedList(tokens: readonly Token[], and: number): boolean {
  let j = and - 1;
  while (j >= 0 && tokens[j]?.capitalised && !CONDITION.test(tokens[j]?.norm ?? '')) j--;
  return j < and - 1 && CONDITION.test(tokens[j]?.norm ?? '');
}

/** The verbs of a clause opened at `opener`, up to the trigger, are in the past: "after he accused", "when they met". */
function isPastClause(tokens: readonly Token[], opener: number, trigger: number): boolean {
  const verbs = tokens.slice(opener + 1, trigger + 1).filter((x) => x.tags.has('Verb') && !x.tags.has('Gerund'));
  return verbs.length > 0 && verbs.every((x) => x.tags.has('PastTense'));
}

/** "and last month President Xi paid a visit": a coordinator followed by a subject of its own and a finite verb. */
function isNewClause(tokens: readonly Token[], and: number, trigger: number): boolean {
  const next = tokens[and + 1];
  if (!next || next.tags.has('Verb') || next.tags.has('Adverb')) return false;
  return tokens
    .slice(and + 2, trigger + 1)
    .some((x, d) => x.tags.has('Verb') && !x.tags.has('Gerund') && tokens[and + 1 + d]?.norm !== 'to');
}

export function confidence(ctx: SentenceContext, t: Trigger): number {
  let c = t.rule.confidence;
  if (ctx.s.tokens.some((x) => HEARSAY.test(x.norm))) c *= 0.85;
  if (ctx.s.tokens[0]?.quoted) c *= 0.7; // the whole sentence is someone's words
  return Math.round(c * 100) / 100;
}

/** "efforts to broker a ceasefire": the brokering goes on, the ceasefire it aims at is not reached. */
export function isAttempted(ctx: SentenceContext, t: Trigger): boolean {
  for (let k = t.at - 1; k >= Math.max(0, t.at - HEDGE_WINDOW) && ctx.clause[k] === ctx.clause[t.at]; k--)
    if (EFFORT.test(ctx.s.tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * "previously using Russia as an intermediary", "came almost three months after Nepal lodged a protest": an event
 * placed before the time of its clause.
 */
export function isBackground(ctx: SentenceContext, t: Trigger): boolean {
  const before = ctx.s.tokens.slice(Math.max(0, t.at - HEDGE_WINDOW), t.at);
  return (
    before.some((x, k) => EARLIER.test(x.norm) || (DURATION.test(x.norm) && before[k + 1]?.norm === 'after')) ||
    isCountedRepeat(ctx, t)
  );
}

/**
 * Before the news, though a date of its own may still say when: "The move came after a US commission accused China",
 * "the worst fighting since the two countries agreed to the ceasefire", "Colombia's earlier expulsion of Pino" take no
 * news date; "since Ethiopia struck a deal in January" keeps its January.
 */
export function isBeforeTheNews(ctx: SentenceContext, t: Trigger): boolean {
  if (isBackground(ctx, t) || earlierMark(ctx, t) >= 0) return true;
  // (Only the news day: a date of the sentence may still be the clause's, "expelled a diplomat earlier this month
  // after Moscow accused a consul".)
  const from = Math.max(0, t.at - HEDGE_WINDOW);
  if (t.rule.pos === 'noun') return isOccasionAfter(ctx.s.tokens, t.at);
  return ctx.s.tokens.slice(from, t.at).some((_, k) => isAfterClause(ctx.s.tokens, from + k, t.at));
}

/** How many words may stand between "after" and its occasion noun: "following his high-stakes talks". */
const OCCASION_AFTER_REACH = 4;

/**
 * "had a long call with Zelensky on the flight back after the summit with Putin" (Voz 2025), "began a flurry of
 * outreach following his high-stakes talks with Putin in Alaska" (Politico 2025), "followed his summit with Putin in
 * Alaska by holding a series of calls" (Exola 2025), "The call followed Putin's recent conversation with Macron"
 * (Menafn 2025): an occasion noun told before, as "the", "his" or "Putin's" say, that is the object of "after",
 * "following" or "follow(ed)" after the main clause's verb is over before what the sentence tells, not of the news day
 * (a date of its own still dates it: "following talks with Putin on Tuesday"). Not an occasion first told there,
 * whose day is the news's ("The leaders agreed after a consultative meeting in Tunis"), nor an opening phrase ("After
 * their talks, Mulino signalled ...", often the same day), nor "hours after" or "shortly after".
 */
function isOccasionAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - OCCASION_AFTER_REACH); k--) {
    const x = tokens[k];
    if (x === undefined || /[,;:.!?]/.test(x.post) || x.quoted) return false;
    if (AFTER_OCCASION.test(x.norm)) return isToldBackAfterVerb(tokens, k);
    // (The noun's phrase only: determiners, possessives, adjectives; a verb or another preposition ends it.)
    if (x.tags.has('Verb') || x.tags.has('Preposition')) return false;
  }
  return false;
}

/** Whether the ordering word at k follows a verb of its clause and takes an object told before ("the", "his", "Putin's"). */
function isToldBackAfterVerb(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const back = next !== undefined && (BACK_REFERENCE.test(next.norm) || next.tags.has('Possessive'));
  const verbBefore = tokens[k]?.tags.has('Verb') === true || tokens.slice(0, k).some((x) => x.tags.has('Verb'));
  return back && verbBefore && !SAME_DAY_LEAD.test(tokens[k - 1]?.norm ?? '');
}

/** Where the word setting the trigger before the news stands ("after", "since", "earlier"); -1 when none does. */
export function earlierMark(ctx: SentenceContext, t: Trigger): number {
  const from = Math.max(0, t.at - HEDGE_WINDOW);
  const before = ctx.s.tokens.slice(from, t.at);
  // (Before a noun only: "had earlier met Aliyev" is a past perfect, dated by the week before the news.)
  if (t.rule.pos === 'noun' && EARLIER_NOUN.test(before[before.length - 1]?.norm ?? '')) return t.at - 1;
  const k = before.findIndex(
    (x, i) => (CAME_AFTER.test(x.norm) && before[i + 1]?.norm === 'after') || isSinceClause(before, i),
  );
  return k < 0 ? -1 : from + k;
}

/**
 * "The Netherlands has recalled its ambassador after Tehran expelled two diplomats": the verb of a clause opened by
 * "after" past the start of the sentence tells what came before the sentence's news, not on its day. Only the clause's
 * own first verb, with no comma between; not a fronted clause ("After Zelensky met him in Kyiv, Macron called Biden",
 * often of the same day), nor "hours after" or "shortly after".
 */
function isAfterClause(tokens: readonly Token[], k: number, trigger: number): boolean {
  const previous = tokens[k - 1];
  if (previous === undefined || tokens[k]?.norm !== 'after' || SAME_DAY_LEAD.test(previous.norm)) return false;
  // (Set off by a comma, it is often the news itself: "Wang Yi plans to attend a meeting from Thursday, after Trump
  // spoke by phone with Xi".)
  if (/,/.test(previous.post)) return false;
  const clause = tokens.slice(k, trigger);
  return !clause.some((x) => /[,;:]/.test(x.post)) && !clause.slice(1).some((x) => x.tags.has('Verb'));
}

/**
 * "the worst fighting since the two countries agreed to the ceasefire": an event in a clause opened by "since" is
 * the start of a period, before the time of the sentence ("since March", "since 2003" are dates, read by the date
 * stage).
 */
function isSinceClause(before: readonly Token[], k: number): boolean {
  const next = before[k + 1];
  return (
    before[k]?.norm === 'since' &&
    next !== undefined &&
    !next.tags.has('Date') &&
    !next.tags.has('Value') &&
    !isClosedSincePhrase(before, k)
  );
}

/**
 * Whether "since" at k opens a dated noun phrase that a comma closes before the trigger: "Blinken, on his fifth trip
 * since the Oct. 7 attacks, visited Cairo to meet Sisi" meets after it, not before the news. Not a clause ("since the
 * two sides, Israel and Hamas, agreed"), which has a verb, nor a phrase without a date.
 */
function isClosedSincePhrase(before: readonly Token[], k: number): boolean {
  const comma = before.findIndex((x, i) => i >= k && /[,;:]/.test(x.post));
  if (comma < 0) return false;
  const phrase = before.slice(k + 1, comma + 1);
  return phrase.some((x) => x.tags.has('Date')) && !phrase.some((x) => x.tags.has('Verb'));
}

/**
 * A habit or a standing charge, not one act of a day: a sentence opened by a span of the past ("In the past, the Indian
 * army has blamed Pakistan ..."), a frequency adverb before the trigger in its clause ("have often accused the other of
 * firing first"), or a reciprocal charge in the present or the perfect with no day ("Both sides blame each other for
 * violating it", "have accused each other of starting earlier skirmishes"; "accused each other of shelling on
 * Tuesday" and "accused each other of opening fire" stay acts).
 */
function isHabitual(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (HABITUAL_SPANS.some((span) => span.every((w, i) => tokens[ctx.dateline + i]?.norm === w))) return true;
  for (let k = t.at - 1; k >= Math.max(0, t.at - 3) && ctx.clause[k] === ctx.clause[t.at]; k--)
    if (HABITUAL_ADVERB.test(tokens[k]?.norm ?? '')) return true;
  return isStandingReciprocal(tokens, t.at);
}

/** How far after a trigger its count of times may stand: "have met Putin in person 38 times". */
const REPEAT_REACH = 6;

/**
 * "have met more than 40 times", "met with Putin nine times", "have talked on the phone several times": a count of
 * "times" after the trigger, in its clause and before a comma, sums many occasions of no one day (the pair did meet:
 * an undated edge, as "Since March, Erdogan has met Putin several times" is).
 */
function isCountedRepeat(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  for (let k = t.end; k < Math.min(tokens.length, t.end + REPEAT_REACH) && ctx.clause[k] === ctx.clause[t.at]; k++) {
    const count = tokens[k - 1]?.norm ?? '';
    if (TIMES.test(tokens[k]?.norm ?? '') && (REPEAT_COUNT.test(count) || /^\d+$/.test(count))) return true;
    if (/[,;:]/.test(tokens[k]?.post ?? '')) return false;
  }
  return false;
}

/** "blame each other" (present) or "have accused each other" (perfect), in a sentence that names no day. */
function isStandingReciprocal(tokens: readonly Token[], at: number): boolean {
  const reciprocal =
    RECIPROCAL_FIRST.test(tokens[at + 1]?.norm ?? '') && RECIPROCAL_SECOND.test(tokens[at + 2]?.norm ?? '');
  if (!reciprocal || tokens.some((x) => x.tags.has('Date'))) return false;
  const verb = tokens[at];
  const perfect = /^(?:have|has)$/.test(tokens[at - 1]?.norm ?? '');
  return perfect || (verb !== undefined && verb.tags.has('PresentTense') && !verb.tags.has('Gerund'));
}
