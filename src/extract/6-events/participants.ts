import { ONTOLOGY, type RelationType } from '../../domain/ontology';
import type { Participant } from '../../domain/types';
import type { PartialDate } from '../../domain/partialDate';
import { tokenAt, type Token } from '../2-sentences';
import { isTitleWord } from '../3-mentions';
import {
  BACKING_END,
  CENTRAL_BANK,
  DONE_BY,
  FORCE_ORIGIN,
  HAPPENING,
  MEASURE,
  MEASURE_TARGET,
  OWNING,
  OWNING_PREPOSITION,
  ONE_SIDED_FORCE,
  REACHING,
  READY,
  REPRISAL,
  STRUCK,
  TRADE_DUTY,
  WARNED_ACT,
  WARNED_REPRISAL,
  ANSWERED_PREPOSITIONS,
  AVENGING,
  LIFE_TAKEN,
  WEAPON,
  WIELDED,
  WIELDED_BY,
  NON_STATE_HOLDER,
  WIELDED_WHEN,
  REMOVED,
} from '../lexicon/force';
import {
  ATTENDED,
  ATTENDING_FORMS,
  TAKING_PART,
  CHAIRED_OCCASIONS,
  CHANNELS,
  COUNTED_SIDES,
  DIALOGUES,
  GATHERING_NOUN,
  GO_BETWEEN_PREPOSITION,
  HOSTING,
  MEDIATOR_NOUN,
  RECEPTION_PARTICIPLE,
  TWO_SIDED,
} from '../lexicon/occasions';
import {
  ACTING_FOR,
  GOVERNMENTS,
  GROUP_NOUN,
  KIN_AND_CIRCLE,
  OFFICIAL_GROUPS,
  OWN_CAUSE_GROUPS,
  PEOPLE_NOUN,
} from '../lexicon/officials';
import { ARMED_PEOPLE, CASUALTY, FIGHTERS_OF } from '../lexicon/military';
import { LOCATIVE_PREPOSITIONS, STATE_PART } from '../lexicon/places';
import { words } from '../lexicon/words';
import {
  AGENT_PREPOSITION,
  ATTRIBUTIVE_PARTICIPLE,
  BE,
  FRONTING,
  GERUND_OPENER,
  HAVE,
  LEADING,
  LIST_COORDINATOR,
  LIST_OPENER,
  OBJECT_PREPOSITION,
  ORIGIN_PREPOSITION,
  PREPOSITIONS,
  RECIPIENT_PREPOSITION,
  REQUEST_NOUN,
  REQUEST_PREPOSITION,
  SUBORDINATOR,
  SUPPORT,
  TOPICAL,
} from '../lexicon/grammar';
import {
  BREACH,
  DEAL,
  DISPUTE,
  EXCHANGE,
  EXCHANGED_PEOPLE,
  EXCHANGING_FORMS,
  MEDIATING_ROLE,
  NORMS,
} from '../lexicon/deals';
import { ROLE_HOLDERS, THIRD_PARTY_ROLES } from '../lexicon/negotiation';
import { TALKED_ABOUT_BONDS, TIES, TIES_SETTING_UP } from '../lexicon/ties';
import { FIRST_PERSON_POSSESSIVES, INDEFINITE_ARTICLE, THIRD_PERSON_POSSESSIVES } from '../lexicon/determiners';
import {
  BEFORE_SPEAKER,
  ITEM_CIRCUMSTANCE,
  MANNER_COMPOUND_LINK,
  OBJECT_PRONOUN,
  SUBJECT_PRONOUN,
  PERSON_DETERMINER,
  SEPARATELY,
} from '../lexicon/reference';
import { REQUEST_VERBS, VOTING } from '../lexicon/statements';
import { CONDUCT, DISPLEASED, RECEIVING, SUFFERED_DEED } from '../lexicon/insults';
import { GRATITUDE, REPORTER_NAME_PREPOSITION, REPORTING_VERB, SPEAKER_NOUN, THANKED_FOR } from '../lexicon/reporting';
import { CALL_FROM_FILLER, TENURE, TIME_NOUN } from '../lexicon/time';
import { ARRIVING, PLACE_PHRASE_WORDS, VISIT_FORM } from '../lexicon/travel';
import { AFTER, BEFORE } from '../lexicon/ordering';
import { BLOCKING_VERB, CONDITION, INVERTED_CONDITION, THREATENING, WARNING_VERB } from '../lexicon/modality';
import { agent, isCircumstance, subject } from './agent';
import { defendedSide, isStandingWar, warOwner, warSideAfter } from './warSides';
import {
  as,
  type Candidate,
  candidateOf,
  ids,
  isCallAdjunct,
  isFronted,
  openingPhraseEnd,
  owner,
  isReporting,
  type SentenceContext,
  SKIPPABLE,
  isSubjectLike,
  type Trigger,
  wordBefore,
  isCommonNoun,
  nextNonAdverb,
} from './clause';
import {
  adjectivesBefore,
  candidateAfter,
  group,
  includedAfter,
  includedMembers,
  gappedMeasureMembers,
  isAllyOwner,
  isApposedDescription,
  isCompanionPreposition,
  isPluralNounAfterModifier,
  isReciprocalForce,
  ownedPerson,
  pastFrontedAdjuncts,
  pastSpokenFor,
  peopleListed,
  subjectOwner,
} from './structure';

/**
 * The events a trigger states, in the ontology's conventions: who takes part besides the
 * agent ("with X", "between X and Y", the object, passives' "by X"), mediators and
 * parties, sources and targets.
 */

/** An event found at a trigger, before dates and places are added. */
export interface Found {
  type: RelationType;
  participants: Participant[];
  /** The date of the event a mediation resolved from the context mediates. */
  date?: PartialDate | null;
  /** That event's date, else the news day that dates it (its leadDate): the time of the occasion its parties were read off. */
  occasion?: PartialDate;
  /** Implied by the trigger's own event rather than stated ("negotiated a ceasefire between X and Y": X and Y agreed). */
  implied?: true;
  /** A mediation's co-mediators ("Egyptian and Qatari mediators"), who are no party of what it mediates. */
  alongside?: string[];
}

/** What a host hosts that others hold: "hosted the talks". */
const HOSTED = words(CHAIRED_OCCASIONS, DIALOGUES);

/** The possessive pronouns of an owner the sentence does not name: "our allies", "its partners". */
/** Nouns of travel to places: "visit", "tour", "trip". */
const JOURNEY = /^(?:visit|visits|tour|tours|trip|trips)$/;
const VOTE = words(VOTING);
const ADDRESSING = words(REQUEST_VERBS, ['urged', 'told', 'assured', 'thanked', 'congratulated', 'briefed']);

const OWNER_PRONOUN = words(FIRST_PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES);

/** A state's armed people, and the guards of its borders: "Armenian soldiers", "Kyrgyz border guards". */
/** A government named by its state ("the Somali government", "the Afghan authorities"). */
const GOVERNMENT_WORD = words(GOVERNMENTS, ['authorities']);
const ARMED = words(ARMED_PEOPLE, ['guards', 'guard', 'servicemen', 'personnel']);

/** "with X" and "between X and Y" owned by this trigger, anywhere in its clause. */
function partners(ctx: SentenceContext, t: Trigger): Candidate[] {
  return ctx.s.tokens.flatMap((_, p) => [
    ...requesterAt(ctx, t, p),
    ...addresseeAt(ctx, t, p),
    ...withOrBetweenAt(ctx, t, p),
    ...sidesOfAt(ctx, t, p),
  ]);
}

/**
 * "the meeting of Aliyev and Pashinyan", "a meeting of the foreign ministers of Russia and China": two or more actors
 * coordinated after the "of" right after a noun of talks are its sides, as after "between" ("the meeting of the UN
 * Security Council" names one body, no sides).
 */
function sidesOfAt(ctx: SentenceContext, t: Trigger, p: number): Candidate[] {
  if (p !== t.end || !isSidesOf(ctx, t)) return [];
  const c = candidateAfter(ctx, p, 2);
  return c ? group(ctx, c) : [];
}

/** Whether the noun of talks at t is followed by "of" and two or more coordinated actors. */
function isSidesOf(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun' || !TALKS_OF.has(t.rule.type) || ctx.s.tokens[t.end]?.norm !== 'of') return false;
  const c = candidateAfter(ctx, t.end, 2);
  return c !== undefined && c.kind !== 'ORGANIZATION' && group(ctx, c).length >= 2;
}

/** The types whose noun takes its sides after "of": "the meeting of", "talks of", "a call of". */
const TALKS_OF: ReadonlySet<RelationType> = new Set(['MEETING', 'CALL', 'NEGOTIATION']);

/** "held a phone call at the request of Araghchi": who asked for a conversation is in it. */
function requesterAt(ctx: SentenceContext, t: Trigger, p: number): Candidate[] {
  const tokens = ctx.s.tokens;
  if (
    !t.rule.objects &&
    ONTOLOGY[t.rule.type].symmetric &&
    REQUEST_NOUN.test(tokens[p]?.norm ?? '') &&
    REQUEST_PREPOSITION.test(tokens[p - 2]?.norm ?? '') &&
    tokens[p - 1]?.norm === 'the' &&
    tokens[p + 1]?.norm === 'of' &&
    ctx.clause[p] === ctx.clause[t.at] &&
    owner(p, ctx.triggers) === t
  ) {
    const c = candidateAfter(ctx, p + 1, 2);
    if (c) return [c];
  }
  return [];
}

/**
 * "spoke by phone to Putin", "spoke to Putin by telephone": the "to" right after a call verb's span, or right after its
 * verb inside the span, names whom the call was with (a call verb with no object of its own, call-spoke-by-phone).
 */
function isPhonedTo(ctx: SentenceContext, t: Trigger, p: number): boolean {
  return (
    ctx.s.tokens[p]?.norm === 'to' &&
    t.rule.type === 'CALL' &&
    t.rule.pos === 'verb' &&
    !t.rule.objects &&
    (p === t.end || p === t.at + 1)
  );
}

/** "spoke to Putin": the "to" that ends a conversation trigger's span; "received a call (today) from Biden": the caller. */
function addresseeAt(ctx: SentenceContext, t: Trigger, p: number): Candidate[] {
  const tokens = ctx.s.tokens;
  const word = tokens[p]?.norm;
  // ("made phone calls on Saturday to Cameron and Hollande": the "to" of a call noun, as its "from".)
  const callFrom =
    (word === 'from' || word === 'to') &&
    p >= t.end &&
    p - t.end <= 3 &&
    t.rule.type === 'CALL' &&
    t.rule.pos === 'noun' &&
    tokens.slice(t.end, p).every((x) => x.tags.has('Date') || CALL_FROM_FILLER.test(x.norm));
  if ((word === 'to' && p === t.end - 1 && t.rule.needsAfter?.test('to')) || callFrom || isPhonedTo(ctx, t, p)) {
    const c = candidateAfter(ctx, p, 3);
    if (c) return group(ctx, c);
  }
  return [];
}

/** "with X" and "between X and Y" at token p, when the trigger owns the preposition and no other verb takes it. */
function withOrBetweenAt(ctx: SentenceContext, t: Trigger, p: number): Candidate[] {
  const tokens = ctx.s.tokens;
  const word = tokens[p]?.norm;
  // "agreed to establish ties with Israel", "signed a deal to normalise relations with Israel": the partner of the ties
  // an agreement is made to set up is the agreement's.
  if (isAgreedTiesPartner(ctx, t, p)) {
    const partner = candidateAfter(ctx, p, 3);
    return partner ? group(ctx, partner) : [];
  }
  if ((word !== 'with' && word !== 'between') || !ownsPreposition(ctx, t, p)) return [];
  // ("along with Scholz", "together with Scholz": the subject's companions, see agent.ts.)
  if (isCompanionPreposition(tokens, p)) return [];
  // "sniped with Netanyahu over Israel's war": a "with" right after another verb is that verb's.
  const verbBefore = tokens[p - 1];
  // ("followed up with Russian counterparts at talks": the verb's "with" is the occasion's too.)
  if (
    word === 'with' &&
    p < t.at &&
    verbBefore?.tags.has('Verb') &&
    !SUPPORT.test(verbBefore.norm) &&
    !ctx.triggers.some((x) => x.at <= p - 1 && x.end > p - 1) &&
    !isCircumstance(ctx, t)
  )
    return [];
  if (isOtherVerbsPreposition(ctx, t, p)) return [];
  if (p > t.end && isReducedRelativeWith(tokens, p)) return [];
  if (word === 'with') {
    if (isTopicBondsPartner(ctx, t, p)) return [];
    const c = candidateAfter(ctx, p, 3) ?? ledBy(ctx, p) ?? includedAfter(ctx, p);
    if (c && t.rule.type === 'CONFLICT' && isWeaponsOrigin(tokens, c)) return [];
    const members = c ? officialsListed(ctx, c) : undefined;
    if (members) return members;
    // "meeting with Pashinyan and Aliyev"; but "a call with Modi, the Kremlin said" is no list.
    return c ? group(ctx, c) : [];
  }
  // ("a trilateral meeting between himself, Erdogan and Kristersson": the one the reflexive names is a side too.)
  const self = reflexiveSide(ctx, p);
  const c = candidateAfter(ctx, self ? p + 1 : p, 2);
  const others = c ? group(ctx, c) : [];
  return self && others.length > 0 ? [self, ...others.filter((x) => x.actorId !== self.actorId)] : others;
}

const TALKED_ABOUT_BOND = words(TALKED_ABOUT_BONDS);
const EXCHANGING = words(EXCHANGING_FORMS);

/**
 * "Saidov and Kulubaev discussed ties with Russia, China and Iran", "Modi met Hasina and discussed relations with
 * Nepal": a "with" right after the bonds a talk verb takes as its object names whom those bonds are with, the talk's
 * topic, when the talk already has its sides (two talkers in its subject, or a meeting, call or talks it is coordinated
 * after with "and"). One talker keeps the "with" as the other side: "Modi discussed bilateral ties with Hasina".
 */
function isTopicBondsPartner(ctx: SentenceContext, t: Trigger, p: number): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'verb' || !TALKS_OF.has(t.rule.type) || p <= t.end || p - t.end > TIES_PHRASE_WORDS + 1)
    return false;
  if (!TALKED_ABOUT_BOND.test(tokens[p - 1]?.norm ?? '')) return false;
  if (tokens.slice(t.end, p).some((x) => /[,;:]/.test(x.post) || PREPOSITIONS.has(x.norm))) return false;
  // ("met Wang Yi and discussed", "held talks with Oli and discussed": a talk the verb is coordinated after.)
  return (
    agent(ctx, t).length >= 2 ||
    (tokens[t.at - 1]?.norm === 'and' && ctx.triggers.some((x) => x.end < t.at && TALKS_OF.has(x.rule.type)))
  );
}

const OFFICIAL_GROUP = words(OFFICIAL_GROUPS);
/** How many title words may open a listed person ("Interim Afghan Prime Minister"). */
const LISTED_TITLE_WORDS = 5;

/** Whether only capitalised words (a title, its state) stand between the list's opener at k and the person x. */
const isBareTitleBefore = (tokens: readonly Token[], k: number, x: Candidate): boolean =>
  tokens.slice(k + 1, x.start).every((w) => w.capitalised && !/[,;:]/.test(w.post));
/** How many words may name the officials after their state ("the Afghan Taliban leadership"). */
const OFFICIALS_WORDS = 2;

/**
 * "held meetings with the Afghan Taliban leadership, including Akhund, Muttaqi and Haqqani", "talks with Gulf
 * officials, among them X and Y": a state's or group's officials, then the people the list after them names; those
 * people are the sides, not the state. Undefined when no officials' noun and list of people follow the candidate c.
 */
function officialsListed(ctx: SentenceContext, c: Candidate): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  // (Past the officials' other owners, "the Afghan Taliban leadership", and their noun.)
  let k = c.end;
  // ("the Chinese leadership" may be one mention, its noun inside.)
  let officials = OFFICIAL_GROUP.test(tokens[c.end - 1]?.norm ?? '');
  while (k < c.end + OFFICIALS_WORDS + 1) {
    const at = k;
    const owner = ctx.candidates.find((x) => x.start === at && x.kind !== 'PERSON');
    if (owner) {
      k = owner.end;
      officials ||= OFFICIAL_GROUP.test(tokens[k - 1]?.norm ?? '');
    } else if (OFFICIAL_GROUP.test(tokens[k]?.norm ?? '') && !tokens[k]?.capitalised) {
      officials = true;
      k++;
    } else break;
  }
  const opener = tokens[k]?.norm ?? '';
  if (!officials || !LIST_OPENER.test(opener) || (opener === 'among' && tokens[k + 1]?.norm !== 'them'))
    return undefined;
  if (opener === 'among') k++;
  // ("including Interim Afghan Prime Minister Mullah Hassan Akhund": the first person, past title words.)
  const first = ctx.candidates.find(
    (x) =>
      x.kind === 'PERSON' && x.start > k && x.start <= k + 1 + LISTED_TITLE_WORDS && isBareTitleBefore(tokens, k, x),
  );
  if (first === undefined) return undefined;
  const members = group(ctx, first).filter((x) => x.kind === 'PERSON');
  return members.length > 0 ? members : undefined;
}

/** Reflexive pronouns of a person, which name the clause's subject again: "between himself and Erdogan". */
const REFLEXIVE = /^(?:himself|herself)$/;

/**
 * "between himself, X and Y": the person the reflexive right after "between" at p names again, set off by a comma: the
 * sentence's first person before it, its subject in news copy ("Stoltenberg announced ... between himself, ...").
 */
function reflexiveSide(ctx: SentenceContext, p: number): Candidate | undefined {
  const token = ctx.s.tokens[p + 1];
  if (!token || !REFLEXIVE.test(token.norm) || !/,/.test(token.post)) return undefined;
  return ctx.candidates.find((c) => c.kind === 'PERSON' && c.form !== 'adjective' && c.end <= p);
}

/**
 * "killed 61 Kenyan soldiers serving with the African Union force", "troops fighting with the army": a participle right
 * after a plural noun is a reduced relative clause of that noun, and the "with" after it is the participle's (whom
 * the soldiers serve with), no partner of the trigger before.
 */
function isReducedRelativeWith(tokens: readonly Token[], p: number): boolean {
  const participle = tokens[p - 1];
  const noun = tokens[p - 2];
  return (
    participle !== undefined &&
    noun !== undefined &&
    // (compromise tags "serving" after a plural noun as a noun: the "-ing" form is what is read.)
    /^[a-z]{3,}ing$/.test(participle.norm) &&
    noun.tags.has('Plural') &&
    !/[,;:]/.test(noun.post)
  );
}

/**
 * "In talks with Putin, Kim stated ... solidarity with the Russian government", "who met Putin on March 5, has been
 * shuttling between the two sides": a preposition after another verb than the trigger, between them, is that verb's.
 */
function isOtherVerbsPreposition(ctx: SentenceContext, t: Trigger, p: number): boolean {
  const tokens = ctx.s.tokens;
  // "In talks with Putin, Kim stated ... solidarity with the Russian government": another verb's "with".
  // (But "clashes broke out between Armenia and Azerbaijan": a verb of the noun's happening keeps its "between".)
  const gapStart = p < t.at ? p + 1 : t.end;
  const gap = tokens.slice(gapStart, p < t.at ? t.at : p);
  const happening = (x: Token) => p > t.at && t.rule.pos === 'noun' && HAPPENING.test(x.norm);
  // ("discussed trade ties with Lula": "ties" is the object's noun, no verb of its own.)
  const noun = (d: number) => isPluralNounAfterModifier(tokens, gapStart + d);
  // ("who flew to Moscow to meet Putin, has been shuttling between the two sides": a gerund after "be" is a verb.)
  const progressive = (x: Token, d: number) => x.tags.has('Gerund') && BE.test(tokens[gapStart + d - 1]?.norm ?? '');
  return gap.some(
    (x, d) =>
      x.tags.has('Verb') &&
      (!x.tags.has('Gerund') || progressive(x, d)) &&
      !SUPPORT.test(x.norm) &&
      !happening(x) &&
      !noun(d),
  );
}

/**
 * "attacked Kyiv with Iranian-made drones", "struck Odesa with North Korean missiles": a state named as the origin
 * of the weapons an attack is made with supplied them; it is no side of the attack (but "clashed with Ukrainian
 * forces" and "attacked with Belarusian troops" name sides: lexicon/force.ts WEAPON).
 */
function isWeaponsOrigin(tokens: readonly Token[], c: Candidate): boolean {
  // (Only after "with", the instrument's preposition: "shot down Pakistani drones" names the side they fly for. The
  // weapon may stand four tokens on: "Iranian-made Shahed-136 drones" is iranian, made, shahed, 136, drones.)
  return (
    c.form === 'adjective' &&
    tokens[c.start - 1]?.norm === 'with' &&
    tokens.slice(c.end, c.end + 4).some((x) => WEAPON.test(x.norm))
  );
}

/**
 * "fired missiles from Yemen at a tanker", "launched drones from Belarus toward Kyiv": where force is launched from is
 * no target of it (the one it is aimed at follows "at", "on" or "toward").
 */
function isLaunchSite(tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.start - 1]?.norm === 'the' ? c.start - 2 : c.start - 1;
  // ("killed eight militants from the PKK": the group its fighters are from is a side.)
  return tokens[before]?.norm === 'from' && !FIGHTERS_OF.test(tokens[before - 1]?.norm ?? '');
}

/** The preposition at p is the trigger's: in its clause, nearest to it, and not a noun's after it. */
function ownsPreposition(ctx: SentenceContext, t: Trigger, p: number): boolean {
  if (ctx.clause[p] !== ctx.clause[t.at] || isSubordinateSubjectBetween(ctx, p, t.at)) return false;
  // ("held talks on a ceasefire deal between Israel and Hamas": the deal's sides, not the talkers.)
  if (ctx.s.tokens[p]?.norm === 'between' && p === othersDealBetween(ctx, t)) return false;
  // ("tensions between China and the Philippines, a U.S. treaty ally": the pair is the tensions', and the noun in
  // apposition to its last member is that member's alone.)
  if (ctx.s.tokens[p]?.norm === 'between' && isBeforeApposition(ctx, t, p)) return false;
  // "discussed bilateral cooperation with Erdogan": a noun trigger that is what is discussed does not take the "with".
  const verb = ctx.triggers.find((v) => v.end <= p && takesWith(ctx, v, p));
  if (verb) return verb === t;
  // ("relations between South Africa and the US were discussed": the noun's, before the trigger as after it.)
  if (owner(p, ctx.triggers) !== t) return false;
  if (t.rule.type === 'MEDIATION' && p > t.end && (isExchangeBefore(ctx.s.tokens, p) || isMediatedQuarrel(ctx, t, p)))
    return true;
  return !((p > t.end || (p > 0 && p < t.at)) && isOwnedByNoun(ctx.s.tokens[p - 1], DEAL_MAKING.has(t.rule.type)));
}

/**
 * "brokered a prisoner swap between Russia and Ukraine", "within a wider swap of captives between Moscow and Kyiv": the
 * preposition at p follows an exchange (its noun, or its "of" and the people exchanged), whose sides a mediation
 * brokering it mediates between, as it does a deal's (not "an exchange of fire between Israel and Hezbollah").
 */
function isExchangeBefore(tokens: readonly Token[], p: number): boolean {
  if (EXCHANGE.test(tokens[p - 1]?.norm ?? '')) return true;
  return (
    tokens[p - 2]?.norm === 'of' &&
    EXCHANGE.test(tokens[p - 3]?.norm ?? '') &&
    EXCHANGED_PEOPLE.test(tokens[p - 1]?.norm ?? '')
  );
}

/** How many words may open the quarrel a mediation takes ("to mediate the long running diplomatic row"). */
const MEDIATED_QUARREL_WORDS = 5;

/**
 * "Kuwait is trying to mediate a Gulf crisis between Qatar and its Arab neighbors" (AP 2017), "sent a delegation to
 * mediate the border row between Sudan and Ethiopia" (Sudan Tribune 2022), "Kuwait has been playing a mediating role
 * between Qatar and the Saudi-led boycotters" (2018), "tried to play a mediation role between the two countries"
 * (Bladi 2021): the "between" at p is that of the quarrel the mediation word at t takes as its object, or of the role
 * right after it, so the quarrel's sides are the mediation's parties, as a deal's are. Not when a comma, a preposition
 * (but a first "in"), a deal or an actor stands between the word and the quarrel ("mediated a truce in Gaza amid
 * tensions between Israel and Hezbollah").
 */
function isMediatedQuarrel(ctx: SentenceContext, t: Trigger, p: number): boolean {
  const tokens = ctx.s.tokens;
  if (tokens[p]?.norm !== 'between') return false;
  const noun = tokens[p - 1]?.norm ?? '';
  if (MEDIATING_ROLE.test(noun)) return p - 1 === t.end && !/[,;:]/.test(tokens[t.end - 1]?.post ?? '');
  if (!DISPUTE.test(noun) || p - 1 - t.end > MEDIATED_QUARREL_WORDS) return false;
  // ("mediate in the dispute between": an "in" right after the word; "mediated a truce in Gaza amid tensions between"
  // is a deal and a place before another preposition, no quarrel mediated.)
  const from = tokens[t.end]?.norm === 'in' ? t.end + 1 : t.end;
  const isModifier = (x: Token) =>
    !PREPOSITIONS.has(x.norm) && !x.tags.has('Preposition') && !DEAL.test(x.norm) && !/[,;:]/.test(x.post);
  if (/[,;:]/.test(tokens[t.end - 1]?.post ?? '') || !tokens.slice(from, p - 1).every(isModifier)) return false;
  return !ctx.candidates.some((c) => c.start >= t.end && c.start < p - 1 && c.form !== 'adjective');
}

/** (Not "as", "after", "before": "talks between A and B before signing" are still the signers'.) */
const SUBJECT_CLAUSE_OPENER = words(['when', 'while', 'because', 'since', 'until', 'once']);

/**
 * "Tensions between the two neighbours rose in January when Ethiopia signed a deal with Somaliland": a subordinate
 * clause with a subject of its own opens between the preposition at p and the trigger at k, so the preposition is the
 * main clause's (the signers are Ethiopia and Somaliland, not the neighbours).
 */
function isSubordinateSubjectBetween(ctx: SentenceContext, p: number, k: number): boolean {
  if (p >= k) return false;
  const tokens = ctx.s.tokens;
  for (let j = p + 1; j < k; j++)
    if (SUBJECT_CLAUSE_OPENER.test(tokens[j]?.norm ?? '') && ctx.candidates.some((c) => c.start > j && c.start < k))
      return true;
  return false;
}

/** How many words an agreement may have before the "to" of the ties it sets up ("reached a US-brokered agreement to"). */
const AGREED_INFINITIVE_GAP = 4;
/** How many words the ties may have before their "with" ("to establish full diplomatic relations with"). */
const TIES_PHRASE_WORDS = 4;
const TIES_SET_UP = words(TIES_SETTING_UP);
const TIE = words(TIES);

/**
 * "Bahrain agreed to establish full diplomatic relations with Israel", "reached an agreement to normalise ties with
 * Israel": the "with" at p after the infinitive of ties an agreement trigger t sets up names t's partner.
 */
function isAgreedTiesPartner(ctx: SentenceContext, t: Trigger, p: number): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.type !== 'AGREEMENT' || tokens[p]?.norm !== 'with' || p < t.end) return false;
  const to = tokens.findIndex((x, k) => k >= t.end && k <= t.end + AGREED_INFINITIVE_GAP && x.norm === 'to');
  if (to < 0 || !TIES_SET_UP.test(tokens[to + 1]?.norm ?? '')) return false;
  const tie = p - 1;
  return (
    TIE.test(tokens[tie]?.norm ?? '') &&
    tie - (to + 1) <= TIES_PHRASE_WORDS &&
    tokens.slice(t.at, p).every((x) => !/[,;:]/.test(x.post))
  );
}

/**
 * "Blinken and Al Thani held talks on a ceasefire deal between Israel and Hamas", "Erdogan and Guterres held talks on
 * a prisoner exchange deal between Russia and Ukraine", "Putin and Erdogan held talks on a grain deal between Russia and
 * Ukraine": talks on a deal whose sides, after "between", are not all of the named talkers are the talkers' meeting
 * about that deal, no negotiation of its sides ("Talks between Israel and Hamas on a deal", with no talker named, and
 * talkers who are all sides of the deal stay the negotiation of its sides).
 * The position of that "between", or -1.
 */
export function othersDealBetween(ctx: SentenceContext, t: Trigger): number {
  const tokens = ctx.s.tokens;
  if (t.rule.type !== 'NEGOTIATION' || t.rule.pos !== 'noun' || !t.rule.needsAfter || t.end - 1 <= t.at) return -1;
  // (The goal's compound may run on past the word the rule stopped at: "a ceasefire deal", "a truce agreement".)
  let p = t.end;
  while (p < t.end + GOAL_COMPOUND && tokens[p]?.tags.has('Noun') && !tokens[p]?.capitalised) p++;
  if (tokens[p]?.norm !== 'between' || /[,;:]/.test(tokens[p - 1]?.post ?? '')) return -1;
  const first = candidateAfter(ctx, p, 2);
  const talkers = agent(ctx, t);
  if (!first || talkers.length === 0) return -1;
  const sides = new Set(group(ctx, first).flatMap((c) => [c.actorId, ctx.stateOf(c.actorId)]));
  return talkers.every((c) => sides.has(c.actorId) || sides.has(ctx.stateOf(c.actorId))) ? -1 : p;
}

/** How many more nouns a talks' goal may run to before its "between" ("a prisoner exchange deal"). */
const GOAL_COMPOUND = 2;

/**
 * "discussed the Ukraine crisis with Erdogan", "the war in Gaza with Sisi": a "with" right after a verb trigger's
 * object is the verb's ("tensions between" stay the noun's).
 */
function takesWith(ctx: SentenceContext, v: Trigger, p: number): boolean {
  return (
    v.rule.pos === 'verb' &&
    ctx.s.tokens[p]?.norm === 'with' &&
    p - v.end <= OBJECT_LENGTH &&
    ctx.s.tokens
      .slice(v.end, p)
      .every(
        (x, d) =>
          (!x.tags.has('Verb') || isPluralNounAfterModifier(ctx.s.tokens, v.end + d)) &&
          (!PREPOSITIONS.has(x.norm) || OBJECT_PREPOSITION.test(x.norm)) &&
          !/[,;:]/.test(x.post),
      )
  );
}

/** How long a verb's object may be before a "with" that is still the verb's. */
const OBJECT_LENGTH = 8;

/**
 * The types whose event makes or brokers a deal: "brokered a ceasefire between Israel and Hamas" names the sides of the
 * brokering; "discussed the ceasefire between Israel and Hamas" names no one who talked.
 */
const DEAL_MAKING: ReadonlySet<RelationType> = new Set(['MEDIATION', 'AGREEMENT', 'NEGOTIATION']);

/**
 * "tensions between the rivals", "solidarity with Moscow": a common noun just before the preposition owns it; a deal's
 * ("a ceasefire between") only when the event makes deals (`dealMaking`).
 */
function isOwnedByNoun(before: Token | undefined, dealMaking: boolean): boolean {
  return (
    before !== undefined &&
    before.tags.has('Noun') &&
    !before.capitalised &&
    !before.tags.has('Date') &&
    !TIME_NOUN.test(before.norm) &&
    !TENURE.test(before.norm) &&
    !(dealMaking && DEAL.test(before.norm)) &&
    !/[,;:]/.test(before.post)
  ); // "brokered a ceasefire between": what is brokered is the event's
}

/** "with a low-level Russian team headed by presidential aide Vladimir Medinsky": the one who leads the group after p. */
function ledBy(ctx: SentenceContext, p: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = p + 1; k < Math.min(tokens.length - 1, p + 7) && ctx.clause[k] === ctx.clause[p]; k++) {
    if (LEADING.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'by') {
      return ctx.candidates.find((c) => c.kind === 'PERSON' && c.start > k + 1 && c.start <= k + 5);
    }
    if (tokens[k]?.tags.has('Verb') && !LEADING.test(tokens[k]?.norm ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "threatened to impose a 35% tariff on Canadian imports", "threatened new tariffs on Canadian lumber": duties
 * threatened on a state's goods threaten the state (its adjective right after the duties' "on", past "all").
 */
function isDutyOnGoods(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  let k = c.start - 1;
  // ("tariffs on $200 billion of Chinese products": the goods' worth before them.)
  const isWorth = (x: Token | undefined) => x !== undefined && (x.tags.has('Value') || GOODS_WORTH.test(x.norm));
  while (k > t.end && (tokens[k]?.norm === 'all' || tokens[k]?.tags.has('Determiner') || isWorth(tokens[k]))) k--;
  // (The threatened duties themselves, the first after the trigger, right before their "on": not "announced that the
  // U.S. would place new tariffs on Chinese goods" after them.)
  const duty = tokens.findIndex((x, j) => j > t.at && TRADE_DUTY.test(x.norm));
  return tokens[k]?.norm === 'on' && duty >= 0 && duty < k && k - duty <= DUTY_TO_GOODS;
}

const GOODS_WORTH = /^(?:of|worth|billion|million|bn)$/;
/** How far the "on" of threatened duties may follow their noun ("new tariffs as soon as Friday on"). */
const DUTY_TO_GOODS = 6;

/**
 * "sanctions on Chinese companies", "condemned the Israeli airstrikes": measures against a state's companies or
 * officials fall on the state, and criticism of its conduct is criticism of it.
 */
function isMeasureOnState(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  // ("Philippine boats": what follows a state's adjective is its noun, though compromise may read "boats" as a verb.)
  const noun = tokens[c.end];
  if (
    !noun ||
    noun.capitalised ||
    /[,;:]/.test(tokens[c.end - 1]?.post ?? '') ||
    PREPOSITIONS.has(noun.norm) ||
    !(noun.tags.has('Noun') || (noun.tags.has('Verb') && /s$/.test(noun.norm)))
  )
    return false;
  if (t.rule.type === 'SANCTION') return true;
  // "warned that any Indian attempt ... would be an act of war": the state whose act the warning names right after its
  // "any" is the one threatened (the rule's objectNotFollowedBy says which nouns are acts).
  if (t.rule.type === 'THREAT')
    return (
      (c.start === t.end &&
        tokens[t.end - 1]?.norm === 'any' &&
        tokens.some((x, j) => j > c.end && ctx.clause[j] === ctx.clause[c.start] && WARNED_REPRISAL.test(x.norm))) ||
      isDutyOnGoods(tokens, t, c)
    );
  // "launched missiles at Ukrainian cities": force against a state's places is against the state; but "the Palestinian
  // militant group Hamas" is against the group it names.
  if (t.rule.type === 'CONFLICT') {
    const name = ctx.candidates.find((x) => x.start >= c.end && x.start <= c.end + 4 && x.form !== 'adjective');
    return (
      !name ||
      tokens.slice(c.end, name.start).some((x) => x.capitalised || PREPOSITIONS.has(x.norm) || /[,;:]/.test(x.post))
    );
  }
  // "condemned the attack on Ukrainian cities" is no criticism of Ukraine: the conduct must be the verb's own object.
  const gap = tokens.slice(t.end, c.start);
  return (
    t.rule.type === 'CRITICISM' &&
    gap.every((x, k) => !PREPOSITIONS.has(x.norm) || (gap[k + 1] ?? tokens[c.start])?.tags.has('Date') === true)
  );
}

/**
 * "began attacking Iran", "has been shelling Kyiv": a force word's gerund after a support verb or a form of "be" is the
 * clause's verb, whose direct object is its target, as "attacked Iran" (not "the attacking forces", a modifier); the
 * object stands on the same side of a quotation mark ("“... is shelling Lysychansk,” Gaidai wrote": not Gaidai).
 */
function isGerundObject(tokens: readonly Token[], at: number, c: Candidate): boolean {
  const predicate = tokens[at]?.tags.has('Gerund') === true && SUPPORT.test(tokens[at - 1]?.norm ?? '');
  return predicate && tokens[c.start]?.quoted === tokens[at]?.quoted;
}

/** How far after a force word the word naming the owner of what it reaches may stand. */
const OWNED_REACH = 10;

/** "struck a deal over assets belonging to Russia": a deal struck, which no force is (its word within DEAL_REACH). */
function isDealStruck(tokens: readonly Token[], t: Trigger): boolean {
  return (
    tokens[t.at]?.norm === 'struck' && tokens.slice(t.at + 1, t.at + 1 + DEAL_REACH).some((x) => DEAL.test(x.norm))
  );
}
const DEAL_REACH = 3;

/**
 * "struck a military complex belonging to Hezbollah in Lebanon", "an air strike against two targets in Syria belonging
 * to Iran's Revolutionary Guard": the owner named after what force reaches is its target, past the place it stands in
 * and the words of the thing itself (a hyphen's modifier, "the Lebanon-based Hezbollah", is none).
 */
function ownerOfStruck(ctx: SentenceContext, t: Trigger, next: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = t.at + 1; k < Math.min(next, t.end + OWNED_REACH); k++) {
    const by = ownersPreposition(tokens, k);
    if (by < 0) continue;
    // ("used by the Iranian-backed Houthis": a hyphen's modifier before the owner takes no room of its reach.)
    const reach = by + 3 + tokens.slice(by + 1, by + 4).filter((x) => x.post === '-').length;
    return ctx.candidates.find((c) => c.start > by && c.start <= reach && tokens[c.end - 1]?.post !== '-');
  }
  return undefined;
}

/**
 * "launched an air assault on dozens of sites in Iraq and Syria used by Iranian-backed militias" (AP 2024): a state
 * named in a place phrase ("in", "across", "inside") of what force reaches, before the words naming an armed group
 * that holds or wields it ("used by", "belonging to"; lexicon/force.ts NON_STATE_HOLDERS), is where that thing stands,
 * not the side struck; the side is the group, named or not (ownerOfStruck). "a power plant in Ukraine used by the army"
 * is the state's own.
 */
function isPlaceOfOwnedThing(ctx: SentenceContext, t: Trigger, next: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  if (c.start < t.end) return false;
  const end = Math.min(next, t.end + OWNED_REACH);
  let by = -1;
  for (let k = c.start + 1; k < end && by < 0; k++) by = ownersPreposition(tokens, k);
  if (by < 0 || !tokens.slice(by + 1, by + 1 + HOLDER_WORDS).some((x) => NON_STATE_HOLDER.test(x.norm))) return false;
  return tokens.slice(t.end, c.start).some((x) => PLACE_PREPOSITION.test(x.norm));
}
const PLACE_PREPOSITION = words(LOCATIVE_PREPOSITIONS, ['across', 'within']);
/** How many words after "used by" may name the armed group that holds what is struck ("Iranian-backed militias"). */
const HOLDER_WORDS = 4;

/** How far before an actor a word of breaking a rule may stand: "in violation of multiple UN resolutions". */
const BREACH_REACH = 4;

/**
 * "fired a missile in violation of UN Security Council resolutions", "in breach of the UN Charter", "defying UN
 * sanctions": the actor named before the rule that was broken (lexicon/deals.ts NORMS, BREACH) laid the rule down,
 * and is no side of the act that broke it.
 */
function isOwnerOfBrokenRule(tokens: readonly Token[], c: Candidate): boolean {
  if (c.possessive || !NORMS.test(tokens[c.end]?.norm ?? '')) return false;
  return tokens.slice(Math.max(0, c.start - BREACH_REACH), c.start).some((x) => BREACH.test(x.norm));
}

/** How far after a force word the state holding the place it falls in may stand. */
const STRUCK_PLACE_REACH = 12;

/**
 * "attacked an oil refinery in the city of Syzran in Russia's Samara region" (Reuters 2025), "hit the Kremenchuk oil
 * refinery in the central Poltava region of Ukraine" (Reuters 2023): what force reaches, named with no side of its own,
 * stands in a state's region, and that state is the side struck, however far the place's words put it. The first
 * actor after the force word must be that state, in the same stretch of words (past a comma stands the sayer: "...
 * overnight, officials in Ukraine's Kharkiv region said").
 */
function stateOfStruckPlace(ctx: SentenceContext, t: Trigger, next: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const end = Math.min(next, t.end + STRUCK_PLACE_REACH);
  const named = ctx.places.filter((m) => m.form === 'name').map((m) => candidateOf(m.actorId, m));
  const first = [...ctx.candidates, ...named]
    .filter((c) => c.start >= t.end && c.start < end)
    .sort((a, b) => a.start - b.start)[0];
  if (!first || !isStateOfPart(tokens, first)) return undefined;
  const between = tokens.slice(t.end, first.start);
  return between.some((x) => x.norm === 'in') && !between.some((x) => x.post.includes(',')) ? first : undefined;
}

/** "Russia's southern Volgograd region", "the central Poltava region of Ukraine": a state named as holding a part. */
function isStateOfPart(tokens: readonly Token[], c: Candidate): boolean {
  if (c.possessive && tokens.slice(c.end, c.end + 3).some((x) => STATE_PART.test(x.norm))) return true;
  return tokens[c.start - 1]?.norm === 'of' && STATE_PART.test(tokens[c.start - 2]?.norm ?? '');
}

/**
 * The preposition that names the owner after an owning word at k ("belonging to", "owned by"), or after a wielding one
 * past its adverbs ("used by", "launched overnight by": lexicon/force.ts WIELDED); -1 when there is none.
 */
function ownersPreposition(tokens: readonly Token[], k: number): number {
  const norm = tokens[k]?.norm ?? '';
  if (OWNING.test(norm)) return OWNING_PREPOSITION.test(tokens[k + 1]?.norm ?? '') ? k + 1 : -1;
  if (!WIELDED.test(norm)) return -1;
  const after = nextNonAdverb(tokens, k + 1);
  const by = WIELDED_WHEN.test(tokens[after]?.norm ?? '') ? nextNonAdverb(tokens, after + 1) : after;
  return WIELDED_BY.test(tokens[by]?.norm ?? '') ? by : -1;
}

/**
 * "repelled a massive attack by Russia", "thwarted a significant assault launched by the Houthis": trigger x is the word
 * t's rule needs after its verb (the last of t's span), an event of t's own type, so t's own phrase, not another event.
 */
function isNeededWordOf(t: Trigger, x: Trigger): boolean {
  return t.rule.needsAfter !== undefined && x.at === t.end - 1 && x.rule.type === t.rule.type;
}

/** The first actor after the trigger, before the next trigger, in its clause. */
function object(ctx: SentenceContext, t: Trigger, exclude: ReadonlySet<string>): Candidate | undefined {
  const threatened = t.rule.type === 'THREAT' ? threatenedInfinitive(ctx.s.tokens, t.end) : 0;
  // ("threatened to impose tariffs on Mexico": the measure threatened is no event of its own, lexicon/modality.ts
  // THREATENING, so its trigger does not end the threat's reach.)
  // ("hosted a state banquet for Macron": a trigger inside the span's own words, "banquet", ends nothing; nor does a
  // hyphenated modifier of the object's noun phrase: "strikes on the Iran-backed Houthis" are on the Houthis.)
  // ("imposed travel bans and asset freezes on Putin": a measure's noun, read as its own only with its imposer named
  // in its phrase, ends no verb's reach over the measures it lists.)
  // ("repelled a massive attack by Russia": the force noun the verb's rule needs is the verb's own phrase, not another
  // event ending its reach.)
  const ends = (x: Trigger) =>
    x.at > t.at &&
    (x.at >= t.end || (!t.rule.objectAfter && !isNeededWordOf(t, x))) &&
    !x.rule.afterHyphen &&
    !x.rule.ownerOnly;
  const next = threatened ? ctx.s.tokens.length : (ctx.triggers.find(ends)?.at ?? ctx.s.tokens.length);
  const within = t.rule.objectWithin ?? 8;
  // ("Germany warned its citizens against travel to Iran": advice to one's own people threatens no one.)
  if (t.rule.type === 'THREAT' && isWarnedPeople(ctx.s.tokens, t.end)) return undefined;
  // ("Orban threatened to block sanctions on Russia": a threat to stop a measure is aimed at those who propose it, not at
  // the measure's target.)
  if (threatened && BLOCKING_VERB.test(ctx.s.tokens[t.end + threatened - 1]?.norm ?? '')) return undefined;
  if (t.rule.type === 'CONFLICT' && isDealStruck(ctx.s.tokens, t)) return undefined;
  const doer =
    t.rule.type === 'THREAT'
      ? answeredActDoer(ctx, t)
      : t.rule.type === 'CONFLICT'
        ? (ownerOfStruck(ctx, t, next) ?? stateOfStruckPlace(ctx, t, next))
        : undefined;
  if (doer && !exclude.has(doer.actorId)) return doer;
  const measure = t.rule.type === 'THREAT' ? threatenedMeasure(ctx, t) : undefined;
  const measured = measure && (measureTarget(ctx, measure, exclude) ?? conditionTarget(ctx, measure, exclude));
  if (measured) return measured;
  // "invaded Ukraine", "threatened to intervene in Niger": a place is the target of force.
  // ("lashed out at Israel": a place right after a preposition the trigger's span ends with is its object.)
  const spanEndsWithPreposition = t.end > t.at + 1 && PREPOSITIONS.has(ctx.s.tokens[t.end - 1]?.norm ?? '');
  // ("expressed concern at Israel", "a diatribe at the United States": criticism aimed "at" a state, which the mention
  // stage reads as a place.)
  const aimedAt = spanEndsWithPreposition
    ? t.end
    : t.rule.type === 'CRITICISM' && ctx.s.tokens[t.end]?.norm === 'at'
      ? t.end + 1
      : -1;
  const places =
    t.rule.type === 'CONFLICT' || t.rule.type === 'THREAT'
      ? ctx.places.filter((m) => m.form === 'name')
      : ctx.places.filter(
          (m) =>
            m.form === 'name' &&
            ((aimedAt >= 0 &&
              (m.start === aimedAt || (m.start === aimedAt + 1 && ctx.s.tokens[aimedAt]?.norm === 'the'))) ||
              (t.rule.type === 'SUPPLY' && isCentralBankOwner(ctx.s.tokens, m))),
        );
  // "met leaders including Lula and Ramaphosa": the members of a list a verb's plural object opens.
  const included = t.rule.pos === 'verb' ? includedAfter(ctx, t.end - 1) : undefined;
  if (included && ctx.clause[included.start] === ctx.clause[t.at] && !exclude.has(included.actorId)) return included;
  // ("The attack killed citizens of France and Italy": the states of its victims are no side of it. Only force has
  // victims: "solidarity with the people of Iran" is said to Iran.)
  const victims = t.rule.type === 'CONFLICT' ? peopleListed(ctx) : new Set<Candidate>();
  // ("struck Odesa with Iranian drones": the weapons' origin is no target either.)
  const pool: Candidate[] = [...ctx.candidates, ...places.map((m) => candidateOf(m.actorId, m))].filter(
    (c) =>
      !victims.has(c) &&
      !isOwnerOfBrokenRule(ctx.s.tokens, c) &&
      // ("vowed revenge for the assassination of Hamas chief Ismail Haniyeh": the one killed is no target.)
      !(t.rule.type === 'THREAT' && isAvengedVictim(ctx.s.tokens, c)) &&
      !(
        t.rule.type === 'CONFLICT' &&
        (isWeaponsOrigin(ctx.s.tokens, c) || isLaunchSite(ctx.s.tokens, c) || isPlaceOfOwnedThing(ctx, t, next, c))
      ),
  );
  // ("was met in the historic city of al-Ula by the crown prince": the object of a passive comes after its "by".)
  const from = ctx.s.tokens[t.end - 1]?.norm === 'by' && t.end > t.at + 1 ? t.end : t.at + 1;
  // ("received at Bayan Palace yesterday His Highness the Crown Prince": the person object past dates and a place.)
  const reachFrom = t.rule.objectPerson && t.rule.pos === 'verb' ? pastFrontedAdjuncts(ctx, from) : from;
  const found = pool
    .filter(
      (c) =>
        c.start >= from &&
        c.start < next &&
        // ("signed by the foreign ministers of Armenia and Azerbaijan": those who act for the object stand before it.)
        c.start < pastSpokenFor(ctx.s.tokens, reachFrom) + within &&
        (!t.rule.objectPerson || c.kind === 'PERSON') &&
        (!t.rule.objectAfter || isAfterWord(ctx.s.tokens, c, t.rule.objectAfter)) &&
        // ("urged delegations from Russia and Ukraine": those who act for a state stand for it.)
        (!t.rule.objectAdjacent ||
          ctx.s.tokens.slice(t.end, c.start).every(
            (x) =>
              SKIPPABLE.has(x.norm) ||
              ACTING_FOR.test(x.norm) ||
              ORIGIN_PREPOSITION.test(x.norm) ||
              // ("called on the visiting Sri Lankan leader": a word of the person's circumstance.)
              ITEM_CIRCUMSTANCE.test(x.norm),
          )) &&
        // ("visited the border before turning his sights on Russia": a verb's object comes before another verb or clause;
        // but "threatened to strike the United States": what is threatened is done to the object of its infinitive.)
        (t.rule.pos !== 'verb' ||
          !ctx.s.tokens.slice(t.end + threatened, c.start).some(
            (x, j) =>
              SUBORDINATOR.test(x.norm) ||
              (x.tags.has('Verb') &&
                !x.tags.has('Auxiliary') &&
                !isInvertedCondition(ctx.s.tokens, t.end + threatened + j) &&
                !PREPOSITIONS.has(x.norm) &&
                !isRuleNoun(t, x) &&
                // ("imposed arms embargoes and travel bans on Iran": a word read as a verb before the rule's noun is
                // that noun's modifier.)
                !isRuleNoun(t, ctx.s.tokens[t.end + threatened + j + 1] ?? x) &&
                !ATTRIBUTIVE_PARTICIPLE.test(x.norm)),
          )) &&
        // ("The United States and its allies were doubtful of Russia's promises": a noun's object is in its phrase,
        // which a "be", an auxiliary or a modal ends; but not a passive's, "sanctions were imposed on Iran".)
        (t.rule.pos !== 'noun' || !endsNounPhrase(ctx.s.tokens, t.end, c.start)) &&
        (t.rule.type !== 'CONFLICT' ||
          t.rule.pos === 'verb' ||
          /ed$/.test(ctx.s.tokens[t.at]?.norm ?? '') ||
          isGerundObject(ctx.s.tokens, t.at, c) ||
          isAfterPreposition(ctx.s.tokens, t, c)) &&
        ctx.clause[c.start] === ctx.clause[t.at] &&
        !isPastSubordinateClause(ctx, t, c) &&
        !(t.rule.type === 'CRITICISM' && isSufferer(ctx, c)) &&
        !(t.rule.type === 'STATEMENT' && isSideOfSupportedThing(ctx.s.tokens, t, c)) &&
        (t.rule.type !== 'SUPPLY' || (isRecipient(ctx.s.tokens, t, c) && !isRecognisedGovernment(ctx, t, c))) &&
        (t.rule.type !== 'BRIEFING' || !isBriefingTopic(ctx.s.tokens, t, c)) &&
        !exclude.has(c.actorId) &&
        !(MET_AT.has(t.rule.type) && isGatheringBody(ctx, c)) &&
        !isLastOfPlaces(ctx, c) &&
        !isOwnerOfKin(ctx.s.tokens, c) &&
        !(t.rule.type === 'SANCTION' && isStateOfOwnCauseGroup(ctx.s.tokens, c)) &&
        !isBacker(ctx.s.tokens, c) &&
        (c.form !== 'adjective' || isMeasureOnState(ctx, t, c)) &&
        !isApposedDescription(ctx, c) &&
        // ("France and Germany threatened EU sanctions": the measure's imposer, between the verb and it, is no target.)
        !(measure && c.start >= t.end && c.start < measure.at) &&
        !isInReportersClause(ctx, t, c),
    )
    .sort((a, b) => a.start - b.start)[0];
  // ("met one of President Vladimir Putin’s advisers, Yuri Ushakov": the possessor's person who follows is met.)
  const possessed = found?.possessive
    ? (ctx.candidates.find((c) => c.start === found.end && c.kind === 'PERSON') ??
      ownedPerson(ctx, found) ??
      ownedGroup(ctx, found))
    : undefined;
  if (possessed) return possessed;
  // "to end this senseless war, Treasury is sanctioning ..., Bessent said", "urged action, a White House statement
  // said": the speaker is nobody's object ("Chinese and Russian officials said": nor is a list of speakers).
  const listed = found?.form === 'adjective' || found?.form === 'members';
  const end = found && listed ? (group(ctx, found).at(-1) ?? found).end : (found?.end ?? 0);
  const [after, then] = found ? ctx.s.tokens.slice(end, end + 2) : [];
  // ("imposed sanctions on Iran, saying the move would ...": a participle after a comma is the subject's, who says.)
  const subjectsParticiple =
    after !== undefined && /ing$/.test(after.norm) && /,/.test(ctx.s.tokens[end - 1]?.post ?? '');
  if (
    after &&
    !subjectsParticiple &&
    (isReporting(after) || (SPEAKER_NOUN.test(after.norm) && then !== undefined && isReporting(then)))
  )
    return undefined;
  return found && !(t.rule.pos === 'noun' && isObjectOfOtherVerb(ctx, t, found)) ? found : undefined;
}

/**
 * "North Korea fired a missile on Sunday, Japan's Coast Guard and the South Korean military said", "“… into the East
 * Sea,” Seoul's Joint Chiefs of Staff said", "…, South Korea and Japan said", "launched a “suspected ballistic
 * missile,” Japan's Ministry of Defense reported": the actor stands in the clause that tells who reported the act. That
 * clause opens at a comma after the trigger and runs, through nothing but the names and titles of those who report (no
 * other verb, no preposition but "of" or "for", no comma), to a verb of saying. Who reports an act is no side of it.
 */
function isInReportersClause(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const opensHere = (k: number) => /,/.test(tokens[k - 1]?.post ?? '');
  let open = c.start;
  while (open > t.at + 1 && !opensHere(open) && isReporterNameWord(ctx, open - 1)) open--;
  if (open <= t.at || !opensHere(open)) return false;
  for (let k = c.start; k < Math.min(tokens.length, open + REPORTERS_WORDS); k++) {
    if (isReporting(tokenAt(tokens, k))) return true;
    if (!isReporterNameWord(ctx, k) || /[,;:]/.test(tokens[k]?.post ?? '')) return false;
  }
  return false;
}

/** A word of a reporter's name or title: part of an actor's name, or no verb, and no preposition but "of" or "for". */
function isReporterNameWord(ctx: SentenceContext, k: number): boolean {
  const x = tokenAt(ctx.s.tokens, k);
  if (ctx.candidates.some((c) => c.start <= k && c.end > k)) return true;
  if (PREPOSITIONS.has(x.norm)) return REPORTER_NAME_PREPOSITION.test(x.norm);
  return x.capitalised || !x.tags.has('Verb');
}

/** How many words the clause that tells who reported an act may run to its verb of saying. */
const REPORTERS_WORDS = 10;

/**
 * "Trump and Putin met at the G20 Summit", "Japan is hosting the G20 summit", "courtesy calls at the Association of
 * Southeast Asian Nations Foreign Ministers' Meeting": a body named right before a noun of its gathering (past a few
 * words of that noun's own, "Foreign Ministers'", "cooperation") names the occasion, where the meeting is held, not a
 * side met there. (A gathering of a body and another side names both: "the ASEAN-US Special Summit".)
 */
function isGatheringBody(ctx: SentenceContext, c: Candidate): boolean {
  // (Its short name in brackets after the noun is the same body: "Foreign Ministers' Meeting (ASEAN)".)
  const named = (o: Candidate) => o.start <= c.start && o.actorId === c.actorId && isNamingGathering(ctx, o);
  return ctx.candidates.some(named) || isNamingGathering(ctx, c);
}

/** Body c right before a noun of its gathering, with no other side joined to it (isGatheringBody). */
function isNamingGathering(ctx: SentenceContext, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  if (c.kind !== 'ORGANIZATION' || c.form !== 'name') return false;
  if (/-/.test(tokens[c.start - 1]?.post ?? '') || /-/.test(tokens[c.end - 1]?.post ?? '')) return false;
  for (let k = c.end; k < c.end + GATHERING_BODY_WORDS; k++) {
    const x = tokens[k];
    const other = ctx.candidates.find((o) => o.start === k);
    // ("the Association of Southeast Asian Nations (ASEAN) annual summit": its short name is no other side.)
    if (other?.actorId === c.actorId) k = other.end - 1;
    else if (x === undefined || other) return false;
    else if (GATHERING_NOUN.test(x.norm)) return true;
    else if (isOutsideGatheringName(x)) return false;
  }
  return false;
}

/** A word that ends the name of a gathering before its noun: a verb, a preposition, a determiner, a clause's comma. */
function isOutsideGatheringName(x: Token): boolean {
  const verb = x.tags.has('Verb') && !x.tags.has('Noun');
  return verb || PREPOSITIONS.has(x.norm) || x.tags.has('Determiner') || /[,;:()]/.test(x.post);
}

/** How many words of its own may stand between a body's name and its gathering's noun ("Foreign Ministers' Meeting"). */
const GATHERING_BODY_WORDS = 3;
/** The types of event that are held at a gathering, whose setting is no side of them. */
const MET_AT: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION']);

/**
 * "warned of measures should the IAEA pass a resolution", "vowed to respond were Israel to attack": the modal of an
 * inverted condition opens no clause of its own; the actor after it is the one the warning is about.
 */
function isInvertedCondition(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    INVERTED_CONDITION.test(tokens[k]?.norm ?? '') &&
    next !== undefined &&
    (next.tags.has('Determiner') || next.capitalised) &&
    !/[,;:]/.test(tokens[k]?.post ?? '')
  );
}

/** "for French President Emmanuel Macron", "in honour of US President Joe Biden": the word before c, past "of" and determiners. */
function isAfterWord(tokens: readonly Token[], c: Candidate, word: RegExp): boolean {
  let k = c.start - 1;
  // ("a ceremonial welcome for visiting President Tokayev": the guest's participle is of the guest's phrase.)
  while (k > 0 && (SKIPPABLE.has(tokens[k]?.norm ?? '') || /^(?:of|visiting)$/.test(tokens[k]?.norm ?? ''))) k--;
  return word.test(tokens[k]?.norm ?? '');
}

/** "warned its citizens", "warned British nationals": the people a warning is given to, right after its verb. */
function isWarnedPeople(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (SKIPPABLE.has(tokens[k]?.norm ?? '') || tokens[k]?.tags.has('Adjective')) k++;
  return PEOPLE_NOUN.test(tokens[k]?.norm ?? '');
}

/**
 * "vowed to retaliate to a missile strike from Iran", "pledged to retaliate firmly against the attack by Hamas",
 * "threatened a crushing response to any perceived U.S. aggression", "has vowed to retaliate after Iran's missile
 * attack", "is vowing to avenge Indian missile strikes": a reprisal promised to an act threatens the act's doer, named in
 * the act's own phrase (a name, demonym or possessive before the act noun, or a name after its "by" or "from"), or, after
 * "after", as the subject of the act's verb ("vowed to retaliate after India launched aerial strikes"). ("vowed to
 * retaliate against Israel for the strike": an actor the reprisal reaches first is its object.)
 */
function answeredActDoer(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const inClause = (k: number) => k < tokens.length && ctx.clause[k] === ctx.clause[t.at];
  const reprisal = nextIndex(tokens, t.at, REPRISAL_REACH, (x) => isReprisalWord(x.norm));
  if (reprisal < 0 || !inClause(reprisal)) return undefined;
  // ("retaliate with great force against", "a crushing response to": the reprisal's manner before its preposition;
  // "avenge Indian missile strikes": the act is the reprisal's own object.)
  const to = AVENGING.test(tokens[reprisal]?.norm ?? '')
    ? reprisal
    : nextIndex(tokens, reprisal + 1, ANSWER_REACH, (x) => ANSWERED_PREPOSITIONS.test(x.norm));
  if (to < 0 || tokens.slice(reprisal + 1, to).some((x) => /[,;:]/.test(x.post) || isPlainVerb(x))) return undefined;
  if (tokens[to]?.norm === 'after') {
    const subject = forceClauseSubject(ctx, to);
    if (subject) return subject;
  }
  const act = nextIndex(tokens, to + 1, ANSWER_REACH, (x) => WARNED_ACT.test(x.norm));
  if (act < 0 || !inClause(act)) return undefined;
  const phrase = tokens.slice(to + 1, act);
  if (phrase.some((x) => /[,;:]/.test(x.post) || isPlainVerb(x) || PREPOSITIONS.has(x.norm))) return undefined;
  const before = ctx.candidates.find((c) => c.start > to && c.end <= act);
  if (before) return before;
  return FORCE_ORIGIN.test(tokens[act + 1]?.norm ?? '') ? candidateAfter(ctx, act + 1, 2) : undefined;
}

/**
 * "after India launched aerial strikes": the actor right after "after" (past "the") whose own verb is a use of force
 * (a CONFLICT trigger opening right after its name); undefined for "after meeting Iran's minister" or "after the
 * attack".
 */
function forceClauseSubject(ctx: SentenceContext, after: number): Candidate | undefined {
  const from = ctx.s.tokens[after + 1]?.norm === 'the' ? after + 2 : after + 1;
  const subject = ctx.candidates.find((c) => c.start === from);
  if (!subject) return undefined;
  return ctx.triggers.some((x) => x.at === subject.end && x.rule.type === 'CONFLICT') ? subject : undefined;
}
/**
 * "the assassination of Hamas political chief Ismail Haniyeh", "the death of Haniyeh", "Hezbollah Leader's Death",
 * "Nasrallah's death": c names one killed (or the body a title after it heads), past the names and titles between
 * it and the life taken (lexicon/force.ts LIFE_TAKEN). Only "death" takes its victim as possessive: "Israel's killing
 * of the commander" names the killer.
 */
function isAvengedVictim(tokens: readonly Token[], c: Candidate): boolean {
  let k = c.start - 1;
  while (k > c.start - VICTIM_REACH && tokens[k] && isNamingWord(tokens[k])) k--;
  if (tokens[k]?.norm === 'of' && LIFE_TAKEN.test(tokens[k - 1]?.norm ?? '')) return true;
  let j = c.end - 1;
  while (j < c.end + VICTIM_REACH && !tokens[j]?.possessive && isNamingWord(tokens[j + 1])) j++;
  return tokens[j]?.possessive === true && /^deaths?$/.test(tokens[j + 1]?.norm ?? '');
}

/** How many names and titles may stand between one killed and its life taken ("of Hamas political chief Ismail"). */
const VICTIM_REACH = 6;

/** A word of a name or title: capitalised, or a title word ("political chief", "leader"). */
function isNamingWord(x: Token | undefined): boolean {
  return x !== undefined && !/[,;:]/.test(x.post) && (x.capitalised || isTitleWord(x.norm));
}

/** How far after the trigger a reprisal word may stand ("a stern warning, pledging a crushing response"). */
const REPRISAL_REACH = 6;
/** How far a reprisal's preposition, and the act after it, may stand ("the rocket and infiltrating attack"). */
const ANSWER_REACH = 5;

/** How many words may stand between a threat's verb and the measure it names ("threatened to slap new EU sanctions"). */
const MEASURE_REACH = 4;
/** How far after the measure its target, or the condition naming it, may stand ("sanctions in the future unless"). */
const MEASURE_TARGET_REACH = 5;

/**
 * "threatened sanctions against Russia", "threatened to sanction Venezuela's security forces", "threatened to slap
 * sanctions on Turkey", "threatened harsher EU sanctions": the measure a verb of threatening names right after it (past
 * "to" and its infinitive's one verb, however tagged, and the measure's modifiers or imposer). The measure is no event
 * of its own (lexicon/modality.ts THREATENING), so it does not end the threat's reach; undefined when the verb names
 * none ("threatened Turkey with sanctions" names Turkey first; "warned Russia sanctions would follow" names whom it
 * warns, no imposer).
 */
function threatenedMeasure(ctx: SentenceContext, t: Trigger): Trigger | undefined {
  const tokens = ctx.s.tokens;
  // ("warned of further sanctions if Russia moved into eastern Ukraine": a warning of a measure threatens it.)
  const warnedOf = isWarningOf(tokens, t);
  if (!THREATENING.includes(tokens[t.at]?.norm ?? '') && !warnedOf) return undefined;
  for (let k = t.end; k < t.end + MEASURE_REACH; k++) {
    const x = tokens[k];
    if (!x || /[,;:]/.test(tokens[k - 1]?.post ?? '')) return undefined;
    const measure = ctx.triggers.find((m) => m.at === k && m.rule.type === 'SANCTION');
    if (measure) return measure;
    const infinitive =
      (k === t.end && (x.norm === 'to' || warnedOf)) || (k === t.end + 1 && tokens[t.end]?.norm === 'to');
    // ("threatened further sanctions": "further" is read as an adverb.)
    const modifier =
      x.tags.has('Determiner') ||
      x.tags.has('Adjective') ||
      x.tags.has('Adverb') ||
      x.tags.has('Value') ||
      ctx.candidates.some((c) => c.start <= k && c.end > k);
    if (!infinitive && !modifier) return undefined;
  }
  return undefined;
}

/** A word of reprisal, vowed or warned of: "retaliate", "revenge", "response", "consequences" (lexicon/force.ts). */
const isReprisalWord = (norm: string): boolean => REPRISAL.test(norm) || WARNED_REPRISAL.test(norm);

/** "warned of sanctions", "warning of a crushing response": a warning verb and the "of" of what it warns of. */
function isWarningOf(tokens: readonly Token[], t: Trigger): boolean {
  return WARNING_VERB.test(tokens[t.at]?.norm ?? '') && t.end === t.at + 1 && tokens[t.end]?.norm === 'of';
}

/** How many words may qualify what a warning warns of, its noun included: "of a wider nuclear war". */
const WARNED_OF_REACH = 4;

/**
 * "The IMF warned of a recession in China", "the UN warned of a famine in Sudan": a warning of what is no reprisal,
 * measure nor force (lexicon/force.ts WARNED_REPRISAL, REPRISAL; a SANCTION or CONFLICT trigger) foretells it and
 * threatens no one. ("warned of severe consequences if Russia invaded", "warned of a crushing response",
 * "warned of further sanctions" threaten.)
 */
function isForecastWarning(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (!isWarningOf(tokens, t)) return false;
  for (let k = t.end + 1; k <= t.end + WARNED_OF_REACH; k++) {
    const x = tokens[k];
    if (!x) return false;
    if (isReprisalWord(x.norm) || MEASURE.test(x.norm)) return false;
    // ("warned of further sanctions", "warned of strikes on Hezbollah", "warned of a direct conflict with NATO".)
    if (ctx.triggers.some((m) => m.at === k && (m.rule.type === 'SANCTION' || m.rule.type === 'CONFLICT')))
      return false;
    // (The phrase's words up to its head noun: "of a wider nuclear war with", not what its preposition adds.)
    if (PREPOSITIONS.has(x.norm) || x.capitalised || /[,;:]/.test(x.post)) return true;
  }
  return true;
}

/**
 * "threatened sanctions against Russia", "threatened to slap sanctions on Turkey", "threatened to sanction members
 * of Venezuela's security forces": whom a threatened measure falls on, after its "on" or "against",
 * or right after the measure's own verb; undefined when not named there ("threatened sanctions over Ukraine" names
 * the reason).
 */
function measureTarget(ctx: SentenceContext, measure: Trigger, exclude: ReadonlySet<string>): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const isVerb = tokens[measure.at - 1]?.norm === 'to';
  const isReached = (c: Candidate) =>
    isVerb
      ? !tokens
          .slice(measure.at + 1, c.start)
          .some((x) => x.tags.has('Verb') || (PREPOSITIONS.has(x.norm) && x.norm !== 'of'))
      : isAfterWord(tokens, c, MEASURE_TARGET) &&
        !tokens.slice(measure.at + 1, c.start).some((x) => x.tags.has('Verb') && !MEASURE_TARGET.test(x.norm));
  return ctx.candidates.find(
    (c) =>
      c.start > measure.at &&
      c.start <= measure.at + MEASURE_TARGET_REACH &&
      ctx.clause[c.start] === ctx.clause[measure.at] &&
      !exclude.has(c.actorId) &&
      (c.form !== 'adjective' || isCommonNoun(tokens[c.end])) &&
      !isLocatedGroup(tokens, c) &&
      !tokens.slice(measure.at, c.start).some((x) => /[,;:]/.test(x.post)) &&
      isReached(c),
  );
}

/**
 * "Germany's Mukran Port": a group or name its state's possessive locates (index.ts locatedGroups joins the two, and
 * reads an unknown name such as a port's as a person's); sanctions threatened on it are not read as a threat to either.
 */
function isLocatedGroup(tokens: readonly Token[], c: Candidate): boolean {
  return c.kind !== 'STATE' && tokens.slice(c.start, c.end - 1).some((x) => x.possessive);
}

/**
 * "threatened to impose sanctions if Ankara doesn't play by the rules", "threatened harsher sanctions in the future
 * unless Ankara changes tack", "threatened sanctions if Russia invades": the actor whose act the threatened measure is
 * conditioned on is the one threatened (the subject of the "if" or "unless" right after the measure, acting: not "if
 * Ukraine is attacked", whose subject suffers the act).
 */
function conditionTarget(ctx: SentenceContext, measure: Trigger, exclude: ReadonlySet<string>): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = measure.at + 1; k <= measure.at + MEASURE_TARGET_REACH; k++) {
    const x = tokens[k];
    if (!x || /[,;:]/.test(tokens[k - 1]?.post ?? '')) return undefined;
    if (!CONDITION.test(x.norm)) {
      if (x.tags.has('Verb')) return undefined;
      continue;
    }
    const from = tokens[k + 1]?.tags.has('Determiner') ? k + 2 : k + 1;
    const c = ctx.candidates.find((o) => o.start === from && o.form !== 'adjective');
    return c && isActingSubject(tokens, c) && !exclude.has(c.actorId) && ctx.clause[c.start] === ctx.clause[measure.at]
      ? c
      : undefined;
  }
  return undefined;
}

/** "if Russia invades", "unless Ankara changes tack": a subject a verb of its own follows (not "if Ukraine is attacked"). */
function isActingSubject(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.end];
  if (next === undefined || !(next.tags.has('Verb') || next.tags.has('Adverb'))) return false;
  return !(BE.test(next.norm) && /(?:ed|en)$/.test(tokens[c.end + 1]?.norm ?? ''));
}

/**
 * How many words after a threat's trigger its infinitive's verb ends ("threatened to impose": 2; "threatened Thursday to
 * impose", "threatened on Friday to levy": past the day told between them); 0 when no infinitive follows.
 */
function threatenedInfinitive(tokens: readonly Token[], end: number): number {
  let k = end;
  const isDay = (x: Token | undefined) => x?.tags.has('Date') === true;
  while (k < end + 2 && (isDay(tokens[k]) || (tokens[k]?.norm === 'on' && isDay(tokens[k + 1])))) k++;
  return tokens[k]?.norm === 'to' && tokens[k + 1]?.tags.has('Verb') ? k - end + 2 : 0;
}

/** The first index from `from` on, within `reach` words, whose token passes; -1 when none. */
function nextIndex(tokens: readonly Token[], from: number, reach: number, passes: (x: Token) => boolean): number {
  for (let k = from; k < from + reach; k++) {
    const x = tokens[k];
    if (x && passes(x)) return k;
  }
  return -1;
}

/** A verb that is no modifier: not a participle before a noun ("infiltrating attack", "perceived aggression"). */
function isPlainVerb(x: Token): boolean {
  return x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Adjective') && !/(?:ed|ing)$/.test(x.norm);
}

/** "sanctioned Putin's closest allies", "Lukashenko's son": a person whose kin or circle are reached is not. */
function isOwnerOfKin(tokens: readonly Token[], c: Candidate): boolean {
  if (!c.possessive || c.kind !== 'PERSON') return false;
  let head = c.end;
  while (tokens[head]?.tags.has('Adjective') && !KIN_AND_CIRCLE.test(tokens[head]?.norm ?? '')) head++;
  return KIN_AND_CIRCLE.test(tokens[head]?.norm ?? '');
}

/**
 * "imposed sanctions on extremist Israeli settlers", "is sanctioning two Mexican drug cartels", "sanctioned one of
 * Ecuador's most violent gangs" (Ynet 2024, Al Jazeera 2025, OFAC 2024): the state whose adjective or possessive names a
 * group acting on its own is not the one a measure reaches. The group's noun closes the phrase within a few words,
 * past its own modifiers ("drug", "most violent") or name ("Mexico's Sinaloa Cartel"); not past a preposition or comma.
 */
function isStateOfOwnCauseGroup(tokens: readonly Token[], c: Candidate): boolean {
  if (c.kind !== 'STATE' || !(c.form === 'adjective' || c.possessive)) return false;
  for (let k = c.end; k < c.end + OWN_CAUSE_REACH; k++) {
    const x = tokens[k];
    if (!x || PREPOSITIONS.has(x.norm)) return false;
    if (OWN_CAUSE_GROUPS.test(x.norm)) return true;
    if (/[,;:]/.test(x.post)) return false;
  }
  return false;
}
/** How far after the state's word a group's noun may close its phrase ("Ecuador's most violent gangs": 3). */
const OWN_CAUSE_REACH = 4;

/**
 * "sanctions on commanders of Sudan's paramilitary Rapid Support Forces", "condemned Russia's Wagner Group": the
 * organisation a state's possessive opens is the one reached, past its lower-case descriptions ("paramilitary").
 */
function ownedGroup(ctx: SentenceContext, state: Candidate): Candidate | undefined {
  if (state.kind !== 'STATE') return undefined;
  const tokens = ctx.s.tokens;
  return ctx.candidates.find(
    (c) =>
      c.kind === 'ORGANIZATION' &&
      c.start >= state.end &&
      c.start <= state.end + OWNED_GROUP_GAP &&
      tokens.slice(state.end, c.start).every((x) => !x.capitalised && x.tags.has('Adjective')),
  );
}

/** How many lower-case words may describe an organisation after its state's possessive ("Sudan's paramilitary RSF"). */
const OWNED_GROUP_GAP = 2;

/**
 * "expressed U.S. support for direct dialogue between India and Pakistan", "voiced support for talks among the
 * parties": a stance for a thing whose sides follow its "between" or "among" is voiced for the thing, not to its sides
 * (Reuters 2025 on Rubio's calls; "solidarity with the people of Iran" keeps its object).
 */
function isSideOfSupportedThing(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  return tokens.slice(t.end, c.start).some((x, k) => k > 0 && BETWEEN_SIDES.test(x.norm));
}
const BETWEEN_SIDES = /^(?:between|among|amongst)$/;

/** "the arrest of President Keita", "the invasion of Ukraine": the actor after the "of" of an act done to it. */
function isSufferer(ctx: SentenceContext, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let k = c.start - 1;
  while (k > 0 && (SKIPPABLE.has(tokens[k]?.norm ?? '') || isTitleWord(tokens[k]?.norm ?? ''))) k--;
  return tokens[k]?.norm === 'of' && SUFFERED_DEED.test(tokens[k - 1]?.norm ?? '');
}

/**
 * "since Russia invaded two months ago, Washington's top diplomat pledged aid", "After Iran struck, Israel vowed to
 * respond": a clause opened by "since", "after", "when" ... ends at its comma; the actor after that comma is the next
 * clause's, no object of the trigger inside it.
 */
function isPastSubordinateClause(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  if (!tokens.slice(t.at, c.start).some((x) => /,/.test(x.post))) return false;
  for (let k = t.at - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (/,/.test(tokens[k]?.post ?? '')) return false;
    if (SUBORDINATOR.test(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "sent weapons to Ukraine", "supplied Russia with shells": what is supplied goes to its object or through "to" or "for";
 * "sent drones toward Israel", "sent troops into Ukraine" are force, no supply.
 */
/**
 * "the UN-backed Somali government": a government an international body backs is one it recognises and funds, not one
 * it arms (but "the Saudi-backed Yemeni government": a state's backing in a war is support of arms).
 */
function isRecognisedGovernment(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  if (!t.rule.afterHyphen || !GOVERNMENT_WORD.test(ctx.s.tokens[c.end - 1]?.norm ?? '')) return false;
  return ctx.candidates.some((x) => x.end === t.at && x.kind === 'ORGANIZATION');
}

function isRecipient(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  const preposition = tokens
    .slice(t.end, c.start)
    .filter((x) => PREPOSITIONS.has(x.norm))
    .at(-1);
  return preposition === undefined || RECIPIENT_PREPOSITION.test(preposition.norm) || isCentralBankOwner(tokens, c);
}

/**
 * "deposited $3 billion at Egypt's central bank", "at the Central Bank of Pakistan": money put in a state's central bank
 * goes to that state, though the preposition is one of place (and the mention stage reads the state as a place).
 */
function isCentralBankOwner(tokens: readonly Token[], c: { start: number; end: number }): boolean {
  const [central, bank] = CENTRAL_BANK;
  const before = tokens[c.start - 1]?.norm === 'of' ? c.start - 3 : -1; // "the Central Bank of Pakistan"
  return (
    (tokens[c.end]?.norm === central && tokens[c.end + 1]?.norm === bank) ||
    (before >= 0 && tokens[before]?.norm === central && tokens[before + 1]?.norm === bank)
  );
}

/**
 * "briefed reporters on Blinken's visit", "briefed the media about Israel's operation": an actor after the briefing's
 * "on" or "about" is its topic, not the one briefed, who stands before it ("briefed Araghchi on the talks"; "on Monday"
 * is a date, no topic).
 */
function isBriefingTopic(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  return tokens
    .slice(t.end, c.start)
    .some((x, d) => (x.norm === 'on' && !tokens[t.end + d + 1]?.tags.has('Date')) || TOPICAL.test(x.norm));
}

/**
 * "sanctions on entities in China, Iraq, Russia and Turkey": the last state of a list of places is a place too (the
 * mention stage reads the members after the preposition up to the last comma as places, not the one after "and").
 */
function isLastOfPlaces(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'STATE' || c.form !== 'name') return false;
  const k = ctx.s.tokens[c.start - 1]?.norm === 'the' ? c.start - 2 : c.start - 1;
  if (!LIST_COORDINATOR.test(ctx.s.tokens[k]?.norm ?? '')) return false;
  return ctx.places.some((m) => m.end === k);
}

/**
 * "imposed travel bans and asset freezes on Russian officials", "imposed tariffs and export controls on China": a word
 * of the noun the rule reads after its verb ("freezes", "controls") is a list member of that noun, not a verb of its own.
 */
function isRuleNoun(t: Trigger, x: Token): boolean {
  return t.rule.needsAfter !== undefined && !PREPOSITIONS.has(x.norm) && t.rule.needsAfter.test(x.norm);
}

/**
 * "Saudi Arabia and its allies boycotted Qatar": an actor right after a finite verb (past determiners) is that verb's
 * object, not a noun trigger's before it ("sanctions targeting Russia": a participle leaves it the noun's; so does a
 * verb by which measures reach their targets, "the sanctions also target Sovcomflot").
 */
function isObjectOfOtherVerb(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  const k = wordBefore(ctx.s.tokens, c.start, t.end);
  const verb = ctx.s.tokens[k];
  return (
    verb !== undefined &&
    verb.tags.has('Verb') &&
    !verb.tags.has('Gerund') &&
    !/ing$/.test(verb.norm) &&
    !SUPPORT.test(verb.norm) &&
    !PREPOSITIONS.has(verb.norm) &&
    !REACHING.test(verb.norm)
  );
}

/**
 * "called Putin the “dearest friend”", "called Israel’s war with Hamas “genocide”": a verb that names its object
 * (a possessive before what is named, a name after it) does not phone it, nor anyone after "with".
 */
function isNaming(ctx: SentenceContext, t: Trigger): boolean {
  const notFollowedBy = t.rule.objectNotFollowedBy;
  if (!notFollowedBy) return false;
  const c = ctx.candidates.find((x) => x.start > t.at && x.start <= t.at + (t.rule.objectWithin ?? 8));
  if (c === undefined) return false;
  // ("called the leaders of Canada and Mexico a disgrace": what a list is named follows its last member.)
  const after = ctx.s.tokens[(group(ctx, c).at(-1) ?? c).end];
  return (
    c.possessive ||
    (after !== undefined && (notFollowedBy.test(after.norm) || /[“"]/.test(after.pre))) ||
    isNamedAsActor(ctx, c)
  );
}

/**
 * "The Kremlin welcomed Donald Trump's comments", "Moscow welcomes Trump's intentions", "welcomed U.S. President Donald
 * Trump's declaration", "welcomed Trump's talks with Putin": a verb of receiving whose object must be a person met,
 * its first person a possessive who owns no person after it, welcomes what that person said or did; it meets no one,
 * nor whom that was with ("received Putin's envoy Yuri Ushakov" meets the envoy; "welcomed Trump to Moscow" him).
 */
function isWelcomedDeed(ctx: SentenceContext, t: Trigger): boolean {
  if (!t.rule.objectPerson || t.rule.type !== 'MEETING') return false;
  const reach = t.end + (t.rule.objectWithin ?? 8);
  const c = ctx.candidates.find((x) => x.kind === 'PERSON' && x.start >= t.end && x.start <= reach);
  if (!c?.possessive) return false;
  // ("Trump's declaration that he will": the owner told again by a pronoun is no person of his.)
  const owned = ctx.candidates.find((x) => x.start === c.end && x.kind === 'PERSON') ?? ownedPerson(ctx, c);
  return owned === undefined || owned.actorId === c.actorId;
}

/**
 * "called Australia New Zealand’s only ally", "called Hamas Iran’s proxy": another actor right after the object,
 * with no comma or "and" between, opens what the object is named (one phones a single party, not two in a row).
 */
function isNamedAsActor(ctx: SentenceContext, c: Candidate): boolean {
  if (/[,;:]/.test(ctx.s.tokens[c.end - 1]?.post ?? '')) return false;
  return ctx.candidates.some((x) => x.start === c.end);
}

/**
 * "invasion of Ukraine", "war against the Palestinian militant group Hamas": a noun of force reaches its target
 * through a preposition, past the target's description ("the Iran war and Ukraine conflict" do not).
 */
function isAfterPreposition(tokens: readonly Token[], t: Trigger, c: Candidate): boolean {
  let k = c.start - 1;
  while (
    k >= t.end &&
    c.start - k <= DESCRIPTION_WORDS &&
    !PREPOSITIONS.has(tokens[k]?.norm ?? '') &&
    !LIST_COORDINATOR.test(tokens[k]?.norm ?? '') &&
    // ("on the Iran-backed militia Kataib Hezbollah": a compound adjective's participle is no verb.)
    !(tokens[k]?.tags.has('Verb') && tokens[k - 1]?.post !== '-') &&
    !/[,;:]/.test(tokens[k]?.post ?? '')
  )
    k--;
  return k >= t.end && PREPOSITIONS.has(tokens[k]?.norm ?? '');
}

/** How many words may describe a target between its preposition and its name ("the Palestinian militant group"). */
const DESCRIPTION_WORDS = 5;

/**
 * "the Japan-U.S. and South Korea-U.S. strategic alliances", "Iran-US talks": pairs of actors
 * joined by a hyphen in the words before a noun trigger, each pair the participants of one event.
 */
function hyphenPairs(ctx: SentenceContext, t: Trigger): Candidate[][] {
  const pairs: Candidate[][] = [];
  for (let k = t.at - 1; k >= Math.max(0, t.at - 8) && ctx.clause[k] === ctx.clause[t.at]; k--) {
    const right = ctx.candidates.find((c) => c.end === k + 1);
    const left = right && ctx.candidates.find((c) => c.end === right.start && ctx.s.tokens[c.end - 1]?.post === '-');
    if (left && right) {
      pairs.unshift([left, right]);
      k = left.start;
      continue;
    }
    const tok = ctx.s.tokens[k];
    if (!tok || tok.tags.has('Verb') || PREPOSITIONS.has(tok.norm) || /[,;:]/.test(tok.post)) break;
  }
  return pairs;
}

/**
 * "Abbas thanked Sisi for mediating the talks", "Netanyahu thanked Biden for his tireless efforts to help broker this
 * deal": the one thanked mediates, and the one who thanks (or his side) is a party to what was mediated.
 */
function thankedFor(ctx: SentenceContext, t: Trigger): { thanked: Candidate[]; thanker: Candidate } | undefined {
  const tokens = ctx.s.tokens;
  let k = t.at - 1;
  while (k > 0 && THANKED_FOR.test(tokens[k]?.norm ?? '') && t.at - k <= 6) k--;
  if (tokens[k]?.norm !== 'for' || ctx.clause[k] !== ctx.clause[t.at]) return undefined;
  const thankedLast = ctx.candidates.find((c) => c.end === k && c.form !== 'adjective');
  if (!thankedLast) return undefined;
  const inClause = ctx.candidates.filter(
    (c) => c.end <= k && ctx.clause[c.start] === ctx.clause[t.at] && c.form !== 'adjective',
  );
  // ("thanked Sisi and Egypt for": the verb stands before the first of the group thanked.)
  const first = inClause.find((c) => group(ctx, c).includes(thankedLast)) ?? thankedLast;
  const verb = wordBefore(tokens, first.start);
  if (verb < 0 || !GRATITUDE.test(tokens[verb]?.norm ?? '')) return undefined;
  const thanked = inClause.filter((c) => c.start > verb);
  const thanker = inClause.find((c) => c.end <= verb && isSubjectLike(tokens, c));
  return thanker ? { thanked, thanker } : undefined;
}

/**
 * A mediation: mediators "X brokered", "X and Y acted as mediators", "mediated by X", "under the
 * auspices of X", "China, which brokered"; parties "between A and B", "with A", an object; parties
 * that are domestic organisations stand for their state. Empty parties: the context gives them.
 */
function mediation(
  ctx: SentenceContext,
  t: Trigger,
  withOrBetween: Candidate[],
): { mediators: string[]; parties: string[] } {
  const tokens = ctx.s.tokens;
  let mediators: Candidate[];
  let parties: Candidate[] = [];
  const thanks = thankedFor(ctx, t);
  const named = namedMediator(ctx, t);
  const asAt = tokens.slice(Math.max(0, t.at - 2), t.at).findIndex((x) => x.norm === 'as');
  // "mediated by X", "under the auspices of X"; "promoted by X", "with the help of X" (the trigger's span ends at "by"/"of").
  const byAt = AGENT_PREPOSITION.test(tokens[t.end]?.norm ?? '')
    ? t.end
    : t.end > t.at + 1 && AGENT_PREPOSITION.test(tokens[t.end - 1]?.norm ?? '')
      ? t.end - 1
      : -1;
  const by = byAt >= 0 ? candidateAfter(ctx, byAt, 2) : undefined;
  if (by) {
    mediators = group(ctx, by);
  } else if (thanks) {
    mediators = thanks.thanked;
    // (The one who thanks is a party for the side he acts for: "Netanyahu thanked Biden" for a deal Israel made.)
    if (withOrBetween.length === 0) parties = [{ ...thanks.thanker, state: ctx.stateOf(thanks.thanker.actorId) }];
  } else if (asAt >= 0) {
    // "X and Y acted as mediators": the subject mediates; "used the Russians as intermediaries": the object does.
    const asIndex = Math.max(0, t.at - 2) + asAt;
    const before = ctx.candidates.filter(
      (c) => c.end <= asIndex && ctx.clause[c.start] === ctx.clause[t.at] && c.form !== 'adjective',
    );
    const subject = before[0] ? group(ctx, before[0]) : [];
    const objectGroup = before.length > subject.length;
    mediators = objectGroup ? before.slice(-1) : subject;
    if (objectGroup) parties = before.slice(-2, -1); // the user of the intermediary: the actor just before it
  } else if (named) {
    mediators = group(ctx, named);
  } else {
    mediators = agent(ctx, t);
    const obj = t.rule.objects ? object(ctx, t, new Set(ids(mediators))) : undefined;
    if (obj) parties = group(ctx, obj); // ("brought together Israel and Hamas": each coordinated party)
    // ("Xi brought together the leaders of Türkiye, Russia and India among dignitaries from some 20 countries for a
    // summit": a crowd brought together is hosted at a gathering, not brought to terms.)
    if (isSomeAmongMany(ctx, parties)) return { mediators: [], parties: [] };
  }
  const m = ids(mediators);
  const direct = [...parties, ...withOrBetween];
  const own = direct.length > 0 ? direct : mediatedTalksSides(ctx, t);
  // ("Russia and Ukraine swapped prisoners in a deal brokered by the UAE": no parties of its own, the exchange's sides.)
  const partyIds = (own.length > 0 ? own : exchangeSides(ctx)).map((c) => c.state ?? c.actorId);
  return { mediators: m, parties: [...new Set(partyIds)].filter((id) => !m.includes(id)) };
}

/** How many words may open the talks a verb of mediation takes ("mediated indirect talks", "brokered a new meeting"). */
const MEDIATED_TALKS_WORDS = 4;

/**
 * "Oman mediated indirect talks between Iran and the United States", "Türkiye has begun mediating talks between Somalia
 * and Ethiopia" (UNB, AP, TRT 2024-2026): the "between" is the talks noun's, so a verb of mediation whose object is
 * talks mediates between the talks' sides. Empty when no talks noun opens the verb's object (a comma, a preposition
 * other than "of" or an actor before it: "mediated between them before talks between Israel and Hamas"), and for an
 * infinitive's talks.
 */
function mediatedTalksSides(ctx: SentenceContext, t: Trigger): Candidate[] {
  // ("made a bid to broker talks between Russia and Ukraine": talks an infinitive aims at are not yet held.)
  if (ctx.s.tokens[t.at - 1]?.norm === 'to') return [];
  const talks = ctx.triggers.find((x) => opensMediatedObject(ctx, t, x));
  return talks ? partners(ctx, talks) : [];
}

/**
 * Whether the talk noun `talks` opens the object of the verb of mediation `verb` ("mediated indirect talks",
 * "mediating ceasefire negotiations"): within a few words after it, in its clause, with no comma, no preposition but
 * "of" and no actor between them.
 */
function opensMediatedObject(ctx: SentenceContext, verb: Trigger, talks: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (verb.rule.pos !== 'verb' || !INDIRECT_TALKS.has(talks.rule.type)) return false;
  if (talks.at < verb.end || talks.at >= verb.end + MEDIATED_TALKS_WORDS) return false;
  if (ctx.clause[talks.at] !== ctx.clause[verb.at]) return false;
  // ("negotiations" is read by the verb's rule, so the word's own tag says it is a noun.)
  if (talks.rule.pos !== 'noun' && tokens[talks.at]?.tags.has('Noun') !== true) return false;
  const opening = tokens.slice(verb.end - 1, talks.at);
  if (opening.some((x, i) => /[,;:]/.test(x.post) || (i > 0 && PREPOSITIONS.has(x.norm) && x.norm !== 'of')))
    return false;
  return !ctx.candidates.some((c) => c.start >= verb.end && c.start < talks.at);
}

/**
 * "Russia and Ukraine swapped prisoners in a deal brokered by the UAE", "Ukraine and Russia conducted a prisoner
 * exchange mediated by the UAE" (Reuters, Bloomberg 2024): the sides of an exchange of people the sentence tells, the
 * coordinated subject of its clause (two or more; none when the exchange names no one who made it).
 */
function exchangeSides(ctx: SentenceContext): Candidate[] {
  const tokens = ctx.s.tokens;
  const at = tokens.findIndex((_, k) => isExchangeOfPeopleAt(tokens, k));
  if (at < 0) return [];
  const subject = ctx.candidates.find(
    (c) => c.end <= at && ctx.clause[c.start] === ctx.clause[at] && c.form !== 'adjective' && isSubjectLike(tokens, c),
  );
  const sides = subject ? group(ctx, subject) : [];
  return sides.length >= 2 ? sides : [];
}

/** How many words may stand between an exchange and the people it trades ("exchanged more than 75 prisoners"). */
const EXCHANGED_WORDS = 4;

/** "swapped prisoners", "an exchange of 75 prisoners", "a prisoner exchange": an exchange of people at token k. */
function isExchangeOfPeopleAt(tokens: readonly Token[], k: number): boolean {
  if (!EXCHANGING.test(tokens[k]?.norm ?? '')) return false;
  const after = tokens.slice(k + 1, k + 1 + EXCHANGED_WORDS);
  const people = after.findIndex((x) => EXCHANGED_PEOPLE.test(x.norm));
  const upTo = people < 0 ? [] : after.slice(0, people);
  const plain = upTo.every((x) => !x.tags.has('Verb') && !/[,;:]/.test(x.post));
  return (people >= 0 && plain) || EXCHANGED_PEOPLE.test(tokens[k - 1]?.norm ?? '');
}

/**
 * "Lourenco is the African Union's mediator between Kinshasa and Kigali" (the subject of "be"), "Lourenco, the AU's
 * mediator between Congo and Rwanda, met Tshisekedi" (the actor the noun stands in apposition to): the one a mediator
 * noun names, whoever appointed them ("the AU's").
 */
function namedMediator(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (!MEDIATOR_NOUN.test(tokens[t.at]?.norm ?? '')) return undefined;
  const inClause = (c: Candidate) => ctx.clause[c.start] === ctx.clause[t.at] && c.form !== 'adjective';
  for (let k = t.at - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    // (The apposition: the actor that ends at the comma opening the noun's phrase.)
    if (/,/.test(tokens[k]?.post ?? '')) return ctx.candidates.find((c) => c.end === k + 1 && inClause(c));
    if (BE.test(tokens[k]?.norm ?? ''))
      return ctx.candidates.find((c) => c.end <= k && inClause(c) && !c.possessive && isSubjectLike(tokens, c));
    if (tokens[k]?.tags.has('Verb')) return undefined;
  }
  return undefined;
}

/**
 * "Israel and Hamas exchanged views through Qatari mediators", "McGurk and Bagheri Kani held talks via Omani
 * intermediaries", "Israeli and Lebanese officials held talks through US envoy Amos Hochstein", "talks through
 * diplomatic channels": talks that pass through a go-between after "through" or "via" in their clause are indirect,
 * no face-to-face meeting of the talkers. Undefined when the talks name no go-between ("talks through the night",
 * "talks that ran through Tuesday"); else the go-between actor, if one is named (not for a mediator noun, whose own
 * rule reads its mediator: "Qatari mediators").
 */
export function goBetween(ctx: SentenceContext, t: Trigger): { actor: Candidate | undefined } | undefined {
  if (!INDIRECT_TALKS.has(t.rule.type) || !ONTOLOGY[t.rule.type].communication) return undefined;
  const tokens = ctx.s.tokens;
  const p = tokens.findIndex(
    (x, k) => k >= t.end && ctx.clause[k] === ctx.clause[t.at] && GO_BETWEEN_PREPOSITION.test(x.norm),
  );
  if (p < 0) return undefined;
  // (The go-between's noun may follow the adjectives of its states: "through Egyptian and Qatari mediators".)
  let k = p + 1;
  const demonym = (j: number) => ctx.candidates.some((c) => c.form === 'adjective' && c.start <= j && c.end > j);
  while (
    k < p + GO_BETWEEN_WORDS &&
    (SKIPPABLE.has(tokens[k]?.norm ?? '') ||
      tokens[k]?.tags.has('Adjective') ||
      tokens[k]?.norm === 'and' ||
      demonym(k))
  )
    k++;
  const noun = tokens[k]?.norm ?? '';
  if (MEDIATOR_NOUN.test(noun) || CHANNELS.test(noun)) return { actor: undefined };
  const actor = candidateAfter(ctx, p, 2) ?? officeOf(ctx, p);
  return actor && actor.form !== 'adjective' && !ctx.places.some((m) => m.start <= actor.start && m.end >= actor.end)
    ? { actor }
    : undefined;
}

/** "through the Foreign Minister of Oman": the state whose office-holder, named by title alone, follows p. */
function officeOf(ctx: SentenceContext, p: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  let k = p + 1;
  while (k < p + GO_BETWEEN_WORDS && (SKIPPABLE.has(tokens[k]?.norm ?? '') || isTitleWord(tokens[k]?.norm ?? ''))) k++;
  return k > p + 1 && tokens[k]?.norm === 'of' ? candidateAfter(ctx, k, 1) : undefined;
}

/** The talk types that may pass through a go-between. */
const INDIRECT_TALKS: ReadonlySet<RelationType> = new Set(['MEETING', 'NEGOTIATION']);

/** How many words after "through" may lead to the go-between's noun ("through the Egyptian and Qatari mediators"). */
const GO_BETWEEN_WORDS = 6;

/**
 * "Iran and the United States held talks through Omani Foreign Minister Badr Albusaidi": the go-between named after
 * "through" mediates the talks of the sides the trigger found.
 */
function mediatedThrough(ctx: SentenceContext, t: Trigger, found: readonly Found[]): Found[] {
  const via = goBetween(ctx, t)?.actor;
  const talks = found.find((f) => INDIRECT_TALKS.has(f.type) && f.participants.length >= 2);
  if (!via || !talks || talks.participants.some((x) => x.actorId === via.actorId)) return [];
  const parties = [...new Set(talks.participants.map((x) => ctx.stateOf(x.actorId)))];
  return [
    { type: 'MEDIATION', participants: [as('MEDIATOR')(via.actorId), ...parties.map(as('PARTY'))], implied: true },
  ];
}

/** The events a trigger states, in the conventions of the ontology (none when the sentence does not give enough). */
export function eventsAt(ctx: SentenceContext, t: Trigger, type: RelationType): Found[] {
  if (isNaming(ctx, t) || isWelcomedDeed(ctx, t)) return [];
  if (type === 'THREAT' && isForecastWarning(ctx, t)) return [];
  const withOrBetween = partners(ctx, t);
  if (type === 'MEDIATION') {
    const { mediators, parties } = mediation(ctx, t, withOrBetween);
    return mediators.map((m) => ({
      type,
      participants: [as('MEDIATOR')(m), ...parties.map(as('PARTY'))],
      ...(mediators.length > 1 ? { alongside: mediators.filter((x) => x !== m) } : {}),
    }));
  }
  if (!ONTOLOGY[type].symmetric)
    return directedEvents(ctx, t, type, withOrBetween).filter((f) => !isWithOwnBody(ctx, f));
  if (withOrBetween.length === 0 && (isThirdPartyRoleIn(ctx, t) || isHeldByOthers(ctx, t))) return [];
  const found = symmetricEvents(ctx, t, type, withOrBetween);
  return [...found, ...mediatedThrough(ctx, t, found)];
}

/**
 * "NATO Secretary General Jens Stoltenberg welcomed the decisions NATO leaders took", "sanctioned by the US" read as
 * against the US president: a person's act toward the state or organisation they act for is that body's own doing,
 * no relation between two actors (its roll-up would join the body to itself).
 */
function isWithOwnBody(ctx: SentenceContext, f: Found): boolean {
  const [a, b, ...more] = f.participants.map((p) => p.actorId);
  return (
    a !== undefined && b !== undefined && more.length === 0 && a !== b && (ctx.stateOf(a) === b || ctx.stateOf(b) === a)
  );
}

const THIRD_PARTY_ROLE = words(THIRD_PARTY_ROLES);
const ROLE_HOLDER = words(ROLE_HOLDERS);
/** The prepositions that tie a third side's role to the talks: "guarantors of/for the talks", "observers at the talks". */
const ROLE_PREPOSITION = /^(?:for|in|during|at|of|to)$/;

/**
 * "Brazil, Cuba and Norway act as guarantor countries for the talks", "the US and IGAD, acting as intermediaries
 * during the talks in Jeddah": a talk noun that a third side's role governs names talks others hold, so the clause's
 * actors are no sides of it (the role's own words, "mediators", read the mediation; talks "between X and Y" keep
 * theirs, which eventsAt asks first).
 */
function isThirdPartyRoleIn(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun') return false;
  let k = t.at - 1;
  while (k > t.at - 4 && k > 0 && !ROLE_PREPOSITION.test(tokens[k]?.norm ?? '')) k--;
  if (!ROLE_PREPOSITION.test(tokens[k]?.norm ?? '')) return false;
  const noun = ROLE_HOLDER.test(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  return THIRD_PARTY_ROLE.test(tokens[noun]?.norm ?? '');
}

/**
 * Talks with no sides of their own ("with", "between") whose clause makes its subject a third side of them, so that
 * the subject mediates, hosts or calls for talks others hold: a verb of mediation governs the talk noun ("Egypt, along
 * with the US and Qatar, has been involved in mediating ceasefire negotiations in Gaza", Jang 2024); the subject stands
 * in apposition with a third side's role ("the United States, Egypt and Qatar, mediators of the Gaza ceasefire talks,
 * announced the conclusion of two days of discussions", Xinhua 2024); the subject serves "as hosts" ("Both Cairo and
 * Doha have served as hosts for talks", AP 2024); or the sentence names the talks' own sides, as the subject of an
 * infinitive ("issued a joint call for Israel and Hamas to return to negotiations", 2024) or after the noun the talk
 * word qualifies ("the Doha summit aimed at bridging the negotiation gaps between Hamas and Israel", 2024).
 */
function isHeldByOthers(ctx: SentenceContext, t: Trigger): boolean {
  if (!INDIRECT_TALKS.has(t.rule.type)) return false;
  // ("served as hosts": a verb's word after "as" is the noun of a role.)
  if (t.rule.pos === 'verb' && ctx.s.tokens[t.at - 1]?.norm === 'as') return true;
  return (
    ctx.triggers.some((v) => v.rule.type === 'MEDIATION' && opensMediatedObject(ctx, v, t)) ||
    isSubjectInThirdRole(ctx, t) ||
    hasInfinitiveSides(ctx, t) ||
    hasSidesAfterHead(ctx, t)
  );
}

/** "the United States, Egypt and Qatar, mediators of the talks, announced ...": a role noun in apposition to the subject. */
function isSubjectInThirdRole(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  const subject = agent(ctx, t);
  const last = subject.reduce((m, c) => Math.max(m, c.end), -1);
  if (last < 0 || last >= t.at || !/,/.test(tokens[last - 1]?.post ?? '')) return false;
  let k = last;
  while (k < t.at && (SKIPPABLE.has(tokens[k]?.norm ?? '') || tokens[k]?.tags.has('Value') === true)) k++;
  return THIRD_PARTY_ROLE.test(tokens[k]?.norm ?? '');
}

/** "a call for Israel and Hamas to return to negotiations": the actors before the infinitive's "to" hold the talks. */
function hasInfinitiveSides(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  return tokens.some((x, f) => {
    if (x.norm !== 'for' || f >= t.at || ctx.clause[f] !== ctx.clause[t.at]) return false;
    const first = candidateAfter(ctx, f, 1);
    if (!first || first.start >= t.at) return false;
    const end = group(ctx, first).reduce((m, c) => Math.max(m, c.end), first.end);
    return end < t.at && tokens[end]?.norm === 'to';
  });
}

/** "bridging the negotiation gaps between Hamas and Israel": the talk word qualifies a noun whose "between" names sides. */
function hasSidesAfterHead(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  // (The talk word itself, not the end of a rule's longer span: "talks in Doha on a ceasefire deal between".)
  const head = t.at + 1;
  const isNounUse = t.rule.pos === 'noun' || tokens[t.at]?.tags.has('Noun') === true;
  if (!isNounUse || ctx.triggers.some((x) => x.at === head)) return false;
  if (!tokens[head]?.tags.has('Noun') || /[,;:]/.test(tokens[t.at]?.post ?? '') || tokens[head + 1]?.norm !== 'between')
    return false;
  if (ctx.candidates.some((c) => c.start === head)) return false;
  return candidateAfter(ctx, head + 1, 2) !== undefined;
}

/**
 * "China, India and the UAE abstained in the vote at the meeting", "Russia and China voted against it at the session":
 * a meeting noun after a vote in its clause is where members of a body voted; the voters are no sides of a meeting.
 */
function isVotersSetting(ctx: SentenceContext, t: Trigger): boolean {
  return (
    t.rule.pos === 'noun' &&
    t.rule.type === 'MEETING' &&
    ctx.s.tokens.some((x, k) => k < t.at && ctx.clause[k] === ctx.clause[t.at] && VOTE.test(x.norm))
  );
}

/**
 * "Washington urged allies such as Japan and the Netherlands", "the US and allies including Japan and Australia": the
 * actors a plural "allies" gives as examples are each the ally of the clause's subject (its first actor before the noun),
 * not of one another; with no such subject, no alliance. Undefined where no example follows the noun.
 */
function exemplifiedAllies(ctx: SentenceContext, t: Trigger, type: RelationType): Found[] | undefined {
  const tokens = ctx.s.tokens;
  if (type !== 'ALLIANCE' || t.rule.pos !== 'noun' || tokens[t.at]?.norm !== 'allies') return undefined;
  const next = tokens[t.end]?.norm;
  const opening =
    next === 'such' && tokens[t.end + 1]?.norm === 'as' ? t.end + 1 : EXAMPLE_OPENER.test(next ?? '') ? t.end : -1;
  const first = opening < 0 ? undefined : candidateAfter(ctx, opening, 2);
  if (!first) return undefined;
  const members = ids(group(ctx, first));
  const owner = ctx.candidates.find(
    (c) => c.end <= t.at && ctx.clause[c.start] === ctx.clause[t.at] && isSubjectLike(tokens, c),
  );
  // (A pronoun's antecedent is a guess too far for an alliance: "It urged allies such as Japan", "it" read as China.)
  if (!owner || SUBJECT_PRONOUN.test(tokens[owner.start]?.norm ?? '')) return [];
  return withEach(
    type,
    [owner.actorId],
    members.filter((id) => id !== owner.actorId),
  );
}
const EXAMPLE_OPENER = /^(?:including|like)$/;

/** The events of a symmetric type: hyphenated pairs, mediations by a host or broker, else the sides of the clause. */
function symmetricEvents(ctx: SentenceContext, t: Trigger, type: RelationType, withOrBetween: Candidate[]): Found[] {
  // "Saudi Arabia, which along with allies boycotted Doha": unnamed allies a preposition brings along are no alliance.
  if (
    type === 'ALLIANCE' &&
    t.rule.pos === 'noun' &&
    PREPOSITIONS.has(ctx.s.tokens[t.at - 1]?.norm ?? '') &&
    /s$/.test(ctx.s.tokens[t.at]?.norm ?? '')
  )
    return [];
  const exemplified = exemplifiedAllies(ctx, t, type);
  if (exemplified) return exemplified;
  if (isVotersSetting(ctx, t) && withOrBetween.length === 0) return [];
  // (Before the hyphen's pairs: "the US-British strikes on Yemen" pairs allies acting together, not two sides.)
  const force = type === 'CONFLICT' ? forceBy(ctx, t) : undefined;
  if (force) return withEach(type, ids(force.agents), ids(force.targets));
  if (t.rule.pos === 'noun') {
    const pairs = hyphenPairs(ctx, t);
    if (pairs.length > 0) return pairs.map((pair) => ({ type, participants: ids(pair).map(as('PARTICIPANT')) }));
  }
  const defended = defendedWar(ctx, t);
  if (defended) return [{ type, participants: defended.map(as('PARTICIPANT')) }];
  // "The summit was attended by Macron, Scholz and Meloni": who attended an occasion all took part in it.
  const attendees = t.rule.pos === 'noun' ? attendedBy(ctx, t) : [];
  if (attendees.length >= 2) return [{ type, participants: ids(attendees).map(as('PARTICIPANT')) }];
  // "talks between X and Y": the sides are the ones after "between", never the clause's subject.
  const between =
    ctx.s.tokens.some(
      (x, p) => x.norm === 'between' && ownsPreposition(ctx, t, p) && !isOtherVerbsPreposition(ctx, t, p),
    ) || isSidesOf(ctx, t);
  const subject = unsuffered(ctx, t, agent(ctx, t)).filter((c) => !isMeasuringSubject(ctx, t, c));
  const sides: Sides = { subject, withOrBetween, between };
  const struck = type === 'CONFLICT' ? struckBy(ctx, t, sides.subject) : undefined;
  if (struck) return withEach(type, ids(struck.agents), ids(struck.victims));
  return brokeredBetween(ctx, t, sides) ?? hostedTalks(ctx, t, type, sides) ?? sidesOfClause(ctx, t, type, sides);
}

/**
 * "send tanks to Ukraine to help it in the war with Russia", "a supporter of Hamas in its war against Israel", "help
 * Ukraine defend itself against Russian aggression": a standing war whose phrase names one side is fought against the
 * one the words before it give (warSides.ts, defendedSide), not against the clause's subject (Germany helps). The two
 * actor ids, or undefined when the phrase names both sides or none, or the words before name no other.
 */
function defendedWar(ctx: SentenceContext, t: Trigger): [string, string] | undefined {
  if (!isStandingWar(ctx, t)) return undefined;
  const owner = warOwner(ctx, t);
  const after = warSideAfter(ctx, t);
  const enemy = owner === undefined ? after : after === undefined ? owner : undefined;
  const side = enemy ? defendedSide(ctx, t) : null;
  if (!enemy || side === null || ctx.stateOf(side) === ctx.stateOf(enemy.actorId)) return undefined;
  return [side, enemy.actorId];
}

/**
 * "strikes by the US and UK on Houthis in Yemen", "air strikes by Israel against Iran", "strikes carried out by the
 * United States and Israel", "the joint US-Britain attack on Houthis": the agents of a force noun fight on one side,
 * each against the actors after its "on" or "against", never against each other. Undefined when the noun names no
 * agents so, or one agent and no one it fell on (the clause's other sides then read it).
 */
function forceBy(ctx: SentenceContext, t: Trigger): { agents: Candidate[]; targets: Candidate[] } | undefined {
  if (!isNounUse(ctx, t)) return undefined;
  const joint = jointAgents(ctx, t);
  if (joint) return { agents: joint, targets: forceTargets(ctx, t, t.end) };
  const by = agentsPreposition(ctx.s.tokens, t);
  const first = by < 0 ? undefined : candidateAfter(ctx, by, 2);
  if (!first || ctx.clause[first.start] !== ctx.clause[t.at]) return undefined;
  const agents = group(ctx, first);
  const end = (agents.at(-1) ?? first).end;
  const targets = forceTargets(ctx, t, end);
  // ("the bombing of Gaza and the West Bank": an "of" names those who struck only when an "on" or "against" follows.)
  if (ctx.s.tokens[by]?.norm === 'of' && (agents.length < 2 || forceTargetAt(ctx.s.tokens, end) < 0)) return undefined;
  return agents.length >= 2 || targets.length > 0 ? { agents, targets } : undefined;
}

/** The index of the "on" or "against" at `from` or the word after it ("strikes by the US on", "by Israel, against"), or -1. */
function forceTargetAt(tokens: readonly Token[], from: number): number {
  return tokens.findIndex((x, k) => k >= from && k <= from + 1 && FORCE_TARGET_BEFORE.test(x.norm));
}

/**
 * The index of the word after a force noun that names who used it: its "by", the "by" after a participle of doing
 * ("strikes carried out by", "strikes conducted by"), or the "of" of a one-sided act ("the military attacks of the
 * United States and Britain on regional countries"); -1 when there is none.
 */
function agentsPreposition(tokens: readonly Token[], t: Trigger): number {
  const next = tokens[t.end]?.norm ?? '';
  if (next === 'by') return t.end;
  if (next === 'of') return ONE_SIDED_FORCE.test(tokens[t.end - 1]?.norm ?? '') ? t.end : -1;
  if (!DONE_BY.test(next)) return -1;
  const by = tokens[t.end + 1]?.norm === 'out' ? t.end + 2 : t.end + 1;
  return tokens[by]?.norm === 'by' ? by : -1;
}

/** The actors after the "on" or "against" at `from` or the word after it, in the force noun's clause: whom it fell on. */
function forceTargets(ctx: SentenceContext, t: Trigger, from: number): Candidate[] {
  const on = forceTargetAt(ctx.s.tokens, from);
  const hit = on >= 0 ? candidateAfter(ctx, on, 2) : undefined;
  return hit && ctx.clause[hit.start] === ctx.clause[t.at] ? group(ctx, hit) : [];
}

/**
 * "the joint US-Britain attack on Houthis", "the US-British strikes", "US-Israeli strikes on Iran": the two actors a
 * hyphen joins before a one-sided act of force did it together, when the second is an adjective, the act is called
 * joint or whom it fell on is named after it. Undefined otherwise ("the Russia-Ukraine war" is fought between its
 * pair; hyphenPairs reads it).
 */
function jointAgents(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  if (!ONE_SIDED_FORCE.test(tokens[t.end - 1]?.norm ?? '')) return undefined;
  const pairs = hyphenPairs(ctx, t);
  const pair = pairs.length === 1 ? pairs[0] : undefined;
  if (!pair || pair.length !== 2) return undefined;
  const joint = tokens.slice(Math.max(0, (pair[0]?.start ?? 0) - 2), t.at).some((x) => x.norm === 'joint');
  const named = pair[1]?.form === 'adjective' || joint || forceTargets(ctx, t, t.end).length > 0;
  return named ? pair : undefined;
}

/**
 * "Both Saudi Arabia and the UAE have been hit in recent months by rocket attacks from the Houthi movement": the subject
 * of a passive of being struck, before the "by" of a force noun, suffers the force; its coordinated members fight no
 * one but whoever used the force ("from"/"by" after the noun), and nobody when the sentence does not name them.
 * Undefined when the noun is not the means of such a passive.
 */
function struckBy(
  ctx: SentenceContext,
  t: Trigger,
  subject: readonly Candidate[],
): { agents: Candidate[]; victims: Candidate[] } | undefined {
  const tokens = ctx.s.tokens;
  if (!isNounUse(ctx, t) || subject.length === 0) return undefined;
  const by = lastIndexIn(tokens, t.at - STRUCK_NOUN_WORDS, t.at, (x) => x.norm === 'by');
  const participle = lastIndexIn(tokens, by - STRUCK_ADJUNCT_WORDS - 1, by, (x) => STRUCK.test(x.norm));
  if (by < 0 || participle < 1 || !BE.test(tokens[participle - 1]?.norm ?? '')) return undefined;
  const victims = subject.filter((c) => c.end <= participle);
  if (victims.length === 0) return undefined;
  // ("by Russian strikes": the state's adjective before the noun used the force too.)
  const modifiers = ctx.candidates.filter((c) => c.start > by && c.end <= t.at && !isBacker(tokens, c));
  const after = FORCE_ORIGIN.test(tokens[t.end]?.norm ?? '') ? candidateAfter(ctx, t.end, 3) : undefined;
  // ("from the Iran-backed Houthi movement": the backer before the hyphen is not who struck.)
  const origin = after && pastBacker(ctx, after);
  const named = origin && ctx.clause[origin.start] === ctx.clause[t.at] ? group(ctx, origin) : [];
  const agents = [...modifiers, ...named].filter((c) => !victims.some((v) => v.actorId === c.actorId));
  return { agents, victims };
}

/** The last index in [from, to) whose token fits, or -1. */
function lastIndexIn(tokens: readonly Token[], from: number, to: number, fits: (x: Token) => boolean): number {
  for (let k = to - 1; k >= Math.max(0, from); k--) if (fits(tokenAt(tokens, k))) return k;
  return -1;
}

/** How many words may stand between a passive's "by" and its force noun ("by rocket attacks", "by a wave of drone strikes"). */
const STRUCK_NOUN_WORDS = 4;
/** How many words of time or place may stand between the participle and its "by" ("hit in recent months by"). */
const STRUCK_ADJUNCT_WORDS = 4;

/** The prepositions that lead from a force noun's agents to whom it fell on: "strikes by the US on the Houthis". */
const FORCE_TARGET_BEFORE = /^(?:on|against|targeting)$/;

/**
 * "Russian and Ukrainian soldiers were killed in the fighting", "civilians were wounded during clashes": the subject of
 * a casualty's passive before the preposition of a force noun suffers the force, it is no side of it (but "were locked
 * in fighting", "were engaged in a conflict" are its sides) (a modifier of the noun
 * after the passive still is: "were killed in a Ukrainian drone attack").
 */
function unsuffered(ctx: SentenceContext, t: Trigger, subject: Candidate[]): Candidate[] {
  const tokens = ctx.s.tokens;
  if (t.rule.type !== 'CONFLICT' || t.rule.pos !== 'noun') return subject;
  let k = t.at - 1;
  while (k > 0 && !PREPOSITIONS.has(tokens[k]?.norm ?? '') && k > t.at - SUFFERED_NOUN_WORDS) k--;
  const participle = tokens[k - 1];
  const suffered =
    PREPOSITIONS.has(tokens[k]?.norm ?? '') &&
    participle !== undefined &&
    CASUALTY.test(participle.norm) &&
    BE.test(tokens[k - 2]?.norm ?? '');
  if (!suffered) return subject;
  const owners = subject.filter((c) => c.start > k);
  // ("Two Armenian soldiers were killed by Azerbaijani gunfire": the subject, a state's armed people, is its side under
  // another's force; civilians, and soldiers under a force nobody owns, suffer it.)
  const fighters =
    owners.length > 0 ? ctx.candidates.filter((c) => isArmedSubject(tokens, c, k - 2) && !isOwnerAmong(owners, c)) : [];
  return [...fighters, ...owners];
}

/**
 * "The EU approved sanctions against Russia in response to the ongoing war in Ukraine", "announced sanctions against
 * Russia as the conflict in Ukraine nears its third year", "imposed sanctions against supporters of the war against
 * Ukraine", "new sanctions ... as the war in Gaza rages": a force noun a measure reaches through its prepositions (its
 * reason, occasion or target's cause, no verb between) names a war the measure's imposer is no side of. Whether the
 * subject `c` is that imposer: it stands before a SANCTION trigger of the sentence that comes before the noun with no
 * verb between them ("imposed sanctions on Russia and joined the war in Ukraine" keeps its subject a side).
 */
function isMeasuringSubject(ctx: SentenceContext, t: Trigger, c: Candidate): boolean {
  if (t.rule.type !== 'CONFLICT' || t.rule.pos !== 'noun') return false;
  const measure = ctx.triggers.filter((x) => x.rule.type === 'SANCTION' && x.end <= t.at).at(-1);
  if (!measure || c.end > measure.at) return false;
  return !ctx.s.tokens.slice(measure.end, t.at).some(isClauseVerb);
}

/** A verb of its own clause, not a participle or gerund that describes a noun ("the ongoing war"). */
const isClauseVerb = (x: Token): boolean =>
  x.tags.has('Verb') && !x.tags.has('Adjective') && !x.tags.has('Participle') && !x.tags.has('Gerund');

const isOwnerAmong = (owners: readonly Candidate[], c: Candidate): boolean =>
  owners.some((o) => o.actorId === c.actorId);

/** "the Iran-backed militia Kataib Hezbollah": the first half of an "X-backed" names who backs the object, not it. */
function isBacker(tokens: readonly Token[], c: Candidate): boolean {
  return tokens[c.end - 1]?.post === '-' && BACKING_END.test(tokens[c.end]?.norm ?? '');
}

/** The actor a backer's "X-backed" modifies ("the Iranian-backed Houthis": the Houthis), else the candidate itself. */
function pastBacker(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  if (!isBacker(ctx.s.tokens, c)) return c;
  return ctx.candidates.find((x) => x.start > c.end && x.start <= c.end + BACKED_REACH);
}
/** How far after a backer the actor it backs may stand ("Iran-backed Houthi rebels", "the Iranian-backed Houthis"). */
const BACKED_REACH = 3;

/** "Armenian soldiers were", "Kyrgyz border guards were": a state's adjective or name before its armed people and the "be" at `be`. */
function isArmedSubject(tokens: readonly Token[], c: Candidate, be: number): boolean {
  return c.end <= be && be - c.end <= 2 && tokens.slice(c.start, be).some((x) => ARMED.test(x.norm));
}

/** How many words a force noun's phrase may have before it after its preposition ("in the heavy fighting"). */
const SUFFERED_NOUN_WORDS = 4;

/** "The summit was (also) attended by X, Y and Z": the group after the "by" of an attending participle right after the noun. */
function attendedBy(ctx: SentenceContext, t: Trigger): Candidate[] {
  const tokens = ctx.s.tokens;
  let k = t.end;
  while (k < t.end + 3 && (BE.test(tokens[k]?.norm ?? '') || tokens[k]?.tags.has('Adverb'))) k++;
  if (k === t.end || !ATTENDED.test(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'by') return [];
  const first = candidateAfter(ctx, k + 1, 2);
  return first ? group(ctx, first) : [];
}

/** Who may be a side of a symmetric event: the agent, the partners "with" and "between", and whether "between" is there. */
interface Sides {
  subject: Candidate[];
  withOrBetween: Candidate[];
  /** "talks between X and Y": the sides are the ones after "between", never the clause's subject. */
  between: boolean;
}

/**
 * "Egypt hosted talks between Israel and Hamas": the host of talks between others mediates them. "China negotiated a
 * ceasefire between the military and the rebels": who negotiates another pair's deal mediates it, and the pair
 * agreed. Undefined when the trigger is no such thing.
 */
function brokeredBetween(
  ctx: SentenceContext,
  t: Trigger,
  { subject, withOrBetween, between }: Sides,
): Found[] | undefined {
  const [broker, ...others] = subject;
  const brokers =
    HOSTING.test(ctx.s.tokens[t.at]?.norm ?? '') ||
    (t.rule.type === 'NEGOTIATION' &&
      t.rule.pos === 'verb' &&
      ctx.s.tokens.slice(t.end, t.end + 4).some((x) => DEAL.test(x.norm)));
  const sides = ids(withOrBetween);
  if (!between || withOrBetween.length < 2 || !brokers || !broker || others.length > 0) return undefined;
  if (sides.includes(broker.actorId)) return undefined;
  const mediation: Found = {
    type: 'MEDIATION',
    participants: [as('MEDIATOR')(broker.actorId), ...sides.map(as('PARTY'))],
  };
  // (What was negotiated between them, a ceasefire or a deal, they agreed.)
  return t.rule.type === 'NEGOTIATION'
    ? [mediation, { type: 'AGREEMENT', participants: sides.map(as('PARTICIPANT')), implied: true }]
    : [mediation];
}

/**
 * "Oman hosted the talks": a host of talks and no guest named mediates the talks of the context (or those the
 * sentence names, "hosted talks between Israel and Hamas"). Undefined when the trigger is no such thing.
 */
function hostedTalks(
  ctx: SentenceContext,
  t: Trigger,
  type: RelationType,
  { subject, withOrBetween, between }: Sides,
): Found[] | undefined {
  const [host, ...others] = subject;
  if (
    between ||
    withOrBetween.length > 0 ||
    !HOSTING.test(ctx.s.tokens[t.at]?.norm ?? '') ||
    !host ||
    others.length > 0 ||
    !ctx.s.tokens.slice(t.at + 1, t.end + 3).some((x) => HOSTED.test(x.norm)) ||
    object(ctx, t, new Set([host.actorId]))
  )
    return undefined;
  // "Egypt hosted talks between Israel and Hamas": the sides of the hosted talks, if they are named.
  const hosted = ctx.triggers.find(
    (x) => x.at > t.at && x.at <= t.end + 3 && HOSTED.test(ctx.s.tokens[x.at]?.norm ?? ''),
  );
  const sides = hosted ? ids(partners(ctx, hosted)).filter((id) => id !== host.actorId) : [];
  // "Biden hosted a meeting with Kishida, Modi and Albanese": a host of talks "with" others takes part in them.
  const withOnly =
    hosted !== undefined &&
    !isSidesOf(ctx, hosted) &&
    !ctx.s.tokens.some((x, p) => x.norm === 'between' && ownsPreposition(ctx, hosted, p));
  if (withOnly && sides.length > 0) return withEach(type, [host.actorId], sides);
  return [
    {
      type: 'MEDIATION',
      participants: [as('MEDIATOR')(host.actorId), ...(sides.length >= 2 ? sides.map(as('PARTY')) : [])],
    },
  ];
}

/**
 * "The attack on Sunday heightened tensions between India and Pakistan", "the bombing deepened the rift between
 * Washington and Islamabad": a noun trigger that is the subject of a verb does not reach the sides of the verb's object
 * noun ("tensions", "rift"); those are that noun's ("Russia's attack on Ukraine", "the clashes between Armenia and
 * Azerbaijan" keep theirs).
 */
function isBetweenOfVerbsObject(ctx: SentenceContext, t: Trigger, obj: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let p = obj.start - 1;
  while (p > t.end && SKIPPABLE.has(tokens[p]?.norm ?? '')) p--;
  if (t.rule.pos !== 'noun' || tokens[p]?.norm !== 'between' || p - 1 < t.end) return false;
  const verbBetween = tokens.slice(t.end, p - 1).some((x) => x.tags.has('Verb') && !x.tags.has('Gerund'));
  return verbBetween && isOwnedByNoun(tokens[p - 1], false);
}

/**
 * The sides of a symmetric event: the agent, "with X" and "between X and Y", and the objects ("Erdogan hosted Mohamud
 * and Abiy"); one event per counterpart when each had its own ("called Phumtham and Manet separately").
 */
/**
 * "Guterres pressed al-Burhan to find a political solution in a phone call on Thursday", "Biden told Netanyahu during
 * their call that ...": a call noun in an adjunct of a clause whose verb addresses someone has that addressee on the
 * line (but "discussed Ukraine during a phone call": a topic is no one addressed).
 */
function addresseeOfCall(ctx: SentenceContext, t: Trigger, own: readonly Candidate[]): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (!isCallAdjunct(ctx, t)) return undefined;
  for (let k = t.at - 1; k >= 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (!ADDRESSING.test(tokens[k]?.norm ?? '')) continue;
    const c = ctx.candidates.find((x) => x.start === k + 1 && x.form !== 'adjective' && !x.possessive);
    return c && ctx.clause[c.start] === ctx.clause[t.at] ? c : undefined;
  }
  return isFronted(ctx, t) ? addresseeAfterFrontedCall(ctx, t, own) : undefined;
}

/**
 * "In a phone call on Wednesday, the Turkish president told his Ukrainian counterpart that ...", "During the phone
 * conversation, Kang also urged Kono to ...": an opening call phrase is the occasion of the clause's verb of addressing
 * after it, whose object (as that verb's own rule reads it) was on the line (AA 2022, Yonhap 2019).
 */
function addresseeAfterFrontedCall(ctx: SentenceContext, t: Trigger, own: readonly Candidate[]): Candidate | undefined {
  const verb = ctx.triggers.find(
    (x) =>
      x.at >= t.end &&
      ctx.clause[x.at] === ctx.clause[t.at] &&
      x.rule.pos === 'verb' &&
      x.rule.objects &&
      ADDRESSING.test(ctx.s.tokens[x.at]?.norm ?? ''),
  );
  const c = verb ? object(ctx, verb, new Set(ids(own))) : undefined;
  // ("During the phone conversation, Kang also urged Japan to reverse ...": a state urged is not the one on the line.)
  return c && c.kind === 'PERSON' && ctx.clause[c.start] === ctx.clause[t.at] ? c : undefined;
}

function sidesOfClause(
  ctx: SentenceContext,
  t: Trigger,
  type: RelationType,
  { subject, withOrBetween, between }: Sides,
): Found[] {
  const own = between ? [] : subject;
  const exclude = new Set(ids([...own, ...withOrBetween]));
  // ("India and Pakistan blamed their conflict on Britain": the sides "their" names are all of the noun's sides.)
  const theirs = own.length >= 2 && isTheirs(ctx, t);
  const found =
    (t.rule.objects || isGerund(ctx, t)) && !between && !theirs
      ? (object(ctx, t, exclude) ?? arrivalPlace(ctx, t, own))
      : undefined;
  const obj = found && isBetweenOfVerbsObject(ctx, t, found) ? undefined : found;
  // "Erdogan hosted Mohamud and Abiy", "met the presidents of Venezuela and Guyana": every coordinated object takes part.
  const addressed = !obj && withOrBetween.length === 0 && own.length > 0 ? addresseeOfCall(ctx, t, own) : undefined;
  // ("met Hamas leaders, including Ismail Haniyeh": the people the officials' list names are met, as after "with".)
  const listed = obj
    ? (officialsListed(ctx, obj) ?? group(ctx, obj)).filter((c) => ctx.clause[c.start] === ctx.clause[t.at])
    : addressed
      ? [addressed]
      : [];
  // ("Subianto's visit to Canberra, where he and Albanese announced ...": the host is the state's own person there.)
  const host = type === 'MEETING' && isJourney(ctx, t) && listed.length === 1 ? hostWhere(ctx, listed[0]) : undefined;
  const objs = host ? [host] : listed;
  // ("the recent strikes against Syria, Lebanon and Iraq" with no striker named: those one-sided force fell on are one
  // side, and fought no one the sentence names; Shafaq News 2019.)
  const struckOnly = own.length === 0 && withOrBetween.length === 0 && !between && objs.length >= 2;
  // (A war or a conflict is two-sided: "a conflict in which both Iran and Saudi Arabia are entrenched".)
  if (type === 'CONFLICT' && struckOnly && ONE_SIDED_FORCE.test(ctx.s.tokens[t.at]?.norm ?? '')) return [];
  // "the Philippines and Japan, two of the United States' closest allies": the allies are the group in apposition.
  if (
    type === 'ALLIANCE' &&
    t.rule.pos === 'noun' &&
    own.length > 0 &&
    objs.length === 0 &&
    withOrBetween.length === 0
  ) {
    const appositive = apposedGroup(ctx, t);
    if (appositive.length > 0) return [{ type, participants: ids([...own, ...appositive]).map(as('PARTICIPANT')) }];
  }
  // "the United States, a treaty ally of the Philippines,": the group in apposition is the ally of the noun's object.
  const apposedAlly = isAllyOfObject(type, t, own, objs, withOrBetween) ? ids(apposedGroup(ctx, t)) : [];
  if (apposedAlly.length > 0)
    return withEach(
      type,
      apposedAlly,
      ids(objs).filter((id) => !apposedAlly.includes(id)),
    );
  // ("in close contact with our allies South Korea and Japan": the allies of an unnamed owner are not each other's.)
  if (own.length === 0 && !between && withOrBetween.length === 0 && isOwnedByPronoun(ctx, t)) return [];
  // "conversations with Indian and Pakistani leaders", "With North Korea and China in mind, the leaders agreed":
  // the partners of an agent the sentence does not name are not an event of their own.
  if (!between && own.length === 0 && objs.length === 0) return [];
  // ("On the sidelines, he met Yoon, Erdogan and Assoumani" with "he" unresolved: those a verb's unnamed subject met did
  // not meet one another.)
  // (But the agents after a passive's "by" are the sides: "was signed by Nduhungirehe and Wagner".)
  const passive = ctx.s.tokens[t.end - 1]?.norm === 'by' || passiveVoice(ctx, t) !== undefined;
  if (!between && own.length === 0 && t.rule.pos === 'verb' && withOrBetween.length === 0 && !passive) return [];
  // ("They were greeted by Lula and the first lady" with "they" unresolved: the hosts after a reception's "by" greet the
  // guest together, and do not meet each other.)
  if (!between && own.length === 0 && passive && RECEPTION_PARTICIPLE.test(ctx.s.tokens[t.at]?.norm ?? '')) return [];
  // ("The visit to Indonesia and Vietnam", "his tour of Japan and South Korea" with "his" unresolved: the places an
  // unnamed agent's noun reaches are each reached by that agent, not by one another; so are those of a visit the tagger
  // reads as a noun before its object, "a tour that saw him visit Egypt and Turkey".)
  const journeyNoun = t.rule.pos === 'noun' && JOURNEY.test(ctx.s.tokens[t.at]?.norm ?? '');
  if (!between && own.length === 0 && withOrBetween.length === 0 && !passive && journeyNoun) return [];
  // ("During the visit, he paid courtesy calls on Murmu and Modi" with "he" unresolved: nor those of a noun whose
  // support verb's subject is a pronoun.)
  if (!between && own.length === 0 && withOrBetween.length === 0 && isPronounsSupportedNoun(ctx, t)) return [];
  // The subject's counterparts, "with X" and the objects: "met Ushakov and Patriarch Kirill", "called Phumtham and Manet
  // separately", "Iran's allies Hamas and Hezbollah". The sentence says the subject met (called, allied with) each of
  // them, not that they met each other: one event per counterpart. (A state whose own person is named with it is
  // that person's: "with the prime minister of the Republic of Armenia, Nikol Pashinyan".)
  const counterparts = ids([...withOrBetween, ...objs]).filter((id) => !ids(own).includes(id));
  const others = counterparts.filter((id) => !counterparts.some((o) => o !== id && ctx.stateOf(o) === id));
  // ("Rajnath Singh and Sushma Swaraj separately called on the visiting leader": each subject met the counterpart on
  // its own, and the subjects did not meet each other.)
  if (own.length >= 2 && others.length >= 1 && isSeparately(ctx, t))
    return ids(own).flatMap((id) => withEach(type, [id], others));
  // ("Erdogan hosted Rouhani and Putin for a trilateral summit", "Sisi held a tripartite summit with King Abdullah and
  // Abdul-Mahdi": an occasion its clause counts as of as many sides as it names is one meeting of them all, where the
  // guests meet one another too.)
  const sides = [...new Set([...ids(own), ...others])];
  if (type === 'MEETING' && own.length > 0 && others.length >= 2 && isCountedOccasionOf(ctx, t, sides))
    return [{ type, participants: sides.map(as('PARTICIPANT')) }];
  if (own.length > 0 && others.length >= 2) return withEach(type, ids(own), others);
  // ("Iraqi and Syrian Foreign Ministers Fuad Hussein and Faisal Mekdad called Amir-Abdollahian": those who phoned one
  // person each called that person; they did not call each other.)
  if (type === 'CALL' && isPhonedObject(t, own, objs, withOrBetween))
    return ids(own).flatMap((id) => withEach(type, [id], others));
  // "The United States and Britain launched strikes against the Houthis": coordinated subjects of force fight on one
  // side, each against the other side, not against each other.
  if (type === 'CONFLICT' && own.length >= 2 && others.length > 0) return withEach(type, ids(own), others);
  // ("Russian and Syrian jets bombed Idlib, Turkey said": the states of one group noun right before one-sided force,
  // with no one it fell on, are no war between them.)
  const oneGroup = own.length >= 2 && own.every((c) => c.form === 'members') && own.at(-1)?.end === t.at;
  if (type === 'CONFLICT' && oneGroup && others.length === 0 && !isReciprocalForce(ctx, t)) return [];
  // ("American and British forces said they shot down 18 drones": coordinated subjects of a verb of one-sided force,
  // with no one it fell on, did it together, not to each other; "clashed", "traded fire", "each other" are mutual.)
  const together = t.rule.pos === 'verb' && t.rule.objects && own.length >= 2 && others.length === 0;
  if (type === 'CONFLICT' && together && !isReciprocalForce(ctx, t) && !isReciprocal(ctx, t)) return [];
  // ("the prime ministers of Poland and Slovenia travelled to Kyiv to meet him", "Macron and Scholz met reporters":
  // subjects who met an object the sentence names no actor for did not meet each other.)
  // ("Merkel and Cameron also spoke with the president", the president not told apart: nor did those who spoke "with"
  // someone unnamed.)
  const isUnnamed = () => hasUnnamedObject(ctx, t) || hasUnnamedPartner(ctx, t);
  if (own.length >= 2 && others.length === 0 && withOrBetween.length === 0 && isUnnamed()) return [];
  // ("the prime ministers of Poland and Slovenia travelled to Kyiv in a wartime visit": travellers visit a host, not
  // one another.)
  const visit = t.rule.pos === 'noun' && VISIT_FORM.test(ctx.s.tokens[t.at]?.norm ?? '');
  if (visit && own.length >= 2 && others.length === 0 && withOrBetween.length === 0 && !between) return [];
  // ("World leaders, among them Biden and Xi, came together for the summit", "leaders from Oman, Mauritania, Tunisia,
  // Egypt and Bahrain arrived to take part in the summit": a crowd's attendees are each at the gathering, not at a
  // meeting with one another; its host or chair, when named, still meets each.)
  const crowd = own.length >= 2 && others.length === 0 && withOrBetween.length === 0 && !between;
  if (type === 'MEETING' && crowd && isCrowdAtGathering(ctx, t, own)) return [];
  const all = ids([...own, ...withOrBetween, ...objs]);
  return [{ type, participants: all.map(as('PARTICIPANT')) }];
}

/**
 * Whether the trigger's clause counts its occasion's sides ("trilateral", "tripartite") as many as the sides it names,
 * counting a person and the state they act for once: "Biden hosted Kishida and Yoon for the first trilateral meeting".
 * Not when the clause gives each side its own meeting ("bilateral talks with both before the trilateral summit", "met
 * them separately") or puts the counted occasion before or after the event ("met Aliyev and Pashinyan ahead of the
 * trilateral summit").
 */
function isCountedOccasionOf(ctx: SentenceContext, t: Trigger, sides: readonly string[]): boolean {
  const tokens = ctx.s.tokens;
  const inClause = (k: number) => ctx.clause[k] === ctx.clause[t.at];
  if (isSeparately(ctx, t) || tokens.some((x, k) => inClause(k) && TWO_SIDED.test(x.norm))) return false;
  const count = new Set(sides.map((id) => ctx.stateOf(id))).size;
  return tokens.some(
    (x, k) => inClause(k) && COUNTED_SIDES.get(x.norm) === count && !isOrderedAgainst(tokens, k, ctx.clause),
  );
}

/** Whether a word stands in a phrase ordering the event against another ("before the trilateral summit"). */
function isOrderedAgainst(tokens: readonly Token[], k: number, clause: readonly number[]): boolean {
  for (let j = k - 1; j >= Math.max(0, k - ORDERING_REACH) && clause[j] === clause[k]; j--)
    if (BEFORE.test(tokens[j]?.norm ?? '') || AFTER.test(tokens[j]?.norm ?? '')) return true;
  return false;
}
/** How far before a counted occasion an ordering word may stand ("ahead of the first trilateral"). */
const ORDERING_REACH = 4;

/**
 * Whether the coordinated sides of an occasion noun are told as a crowd at a gathering, not as the ones who met: some
 * "among" many ("World leaders, among them Biden and Xi, came together for the summit"; "the leaders of Türkiye,
 * Russia and India among dignitaries from some 20 countries"), or five sides or more who came or took part ("leaders
 * from Oman, Mauritania, Tunisia, Egypt and Bahrain arrived to take part in the summit"). News names a multilateral
 * summit's attendees this way; a meeting of the named ones with each other is told with its own verb ("the leaders of
 * Egypt, the UAE, Jordan, Bahrain and Iraq met").
 */
function isCrowdAtGathering(ctx: SentenceContext, t: Trigger, own: readonly Candidate[]): boolean {
  const tokens = ctx.s.tokens;
  const first = own[0];
  const last = own.at(-1);
  if (!first || !last || t.rule.pos !== 'noun' || last.end > t.at) return false;
  if (isSomeAmongMany(ctx, own)) return true;
  const sides = new Set(own.map((c) => ctx.stateOf(c.actorId)));
  const came = tokens.some(
    (x, k) =>
      k >= last.end && k < t.at && (ARRIVING.test(x.norm) || ATTENDING.test(x.norm) || TAKING_PART.test(x.norm)),
  );
  return sides.size >= CROWD_SIDES && came;
}
/**
 * "World leaders, among them Biden and Xi", "the leaders of Türkiye, Russia and India among dignitaries from some 20
 * countries": a group named as some of a larger crowd ("them" after "among" is the crowd; an "among" right after the
 * group places it in one).
 */
function isSomeAmongMany(ctx: SentenceContext, group: readonly Candidate[]): boolean {
  const tokens = ctx.s.tokens;
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return false;
  const from = Math.max(1, first.start - CROWD_OPENER_WORDS);
  const amongThem = tokens.some(
    (x, k) => k >= from && k < first.start && x.norm === 'them' && tokens[k - 1]?.norm === 'among',
  );
  return amongThem || tokens[last.end]?.norm === 'among';
}
/** How many words may stand between "among them" and the first named ("among them the US' outgoing President Joe"). */
const CROWD_OPENER_WORDS = 8;
/** How many sides make a crowd at a gathering rather than a meeting of them all (no labelled meeting has five). */
const CROWD_SIDES = 5;
const ATTENDING = words(ATTENDING_FORMS);

/** Coordinated subjects of a calling verb whose one object is the person they phoned ("X and Y called Z"). */
function isPhonedObject(
  t: Trigger,
  own: readonly Candidate[],
  objs: readonly Candidate[],
  withOrBetween: readonly Candidate[],
): boolean {
  return (
    t.rule.pos === 'verb' &&
    t.rule.objects === true &&
    own.length >= 2 &&
    objs.length === 1 &&
    withOrBetween.length === 0
  );
}

/**
 * A "with" that ends the trigger's words or follows them at once, then a noun phrase that names no actor: "spoke with
 * the president" (which president not told), "met with reporters"; not "with each other", "with Xi".
 */
function hasUnnamedPartner(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  // (A verb's only: "held talks with the aim of" names a manner after a noun.)
  const p = tokens[t.end - 1]?.norm === 'with' ? t.end - 1 : tokens[t.end]?.norm === 'with' ? t.end : -1;
  const next = tokens[p + 1];
  if (t.rule.pos !== 'verb' || p < 0 || next === undefined || next.capitalised) return false;
  return opensUnnamedPhrase(next) && candidateAfter(ctx, p, 3) === undefined;
}

/**
 * A word that opens a noun phrase of someone unnamed ("him", "the president", "reporters"), not a time ("Monday",
 * "this week" is its callers'), a count, or a word of reciprocity ("each other", "together").
 */
function opensUnnamedPhrase(next: Token): boolean {
  if (RECIPROCAL_OBJECT.test(next.norm) || next.tags.has('Date') || next.tags.has('Value')) return false;
  return OBJECT_PRONOUN.test(next.norm) || next.tags.has('Determiner') || next.tags.has('Noun');
}

/** A verb trigger followed at once by an object noun phrase ("met him", "met the press"), not by "in Paris", "again". */
function hasUnnamedObject(ctx: SentenceContext, t: Trigger): boolean {
  const next = ctx.s.tokens[t.end];
  if (t.rule.pos !== 'verb' || !t.rule.objects || !next || /[,;:.]/.test(ctx.s.tokens[t.end - 1]?.post ?? ''))
    return false;
  if (!opensUnnamedPhrase(next) || isMannerCompound(ctx.s.tokens, t.end)) return false;
  // ("met this week", "met the next day": a time, no object.)
  const phrase = ctx.s.tokens.slice(t.end, t.end + 3);
  const end = phrase.findIndex((x) => PREPOSITIONS.has(x.norm) || x.tags.has('Preposition'));
  return !phrase.slice(0, end < 0 ? 3 : end).some((x) => TIME_NOUN.test(x.norm) || x.tags.has('Date'));
}

/** A "be", an auxiliary or a modal in tokens [from, to) that is no passive's ("were doubtful", not "were imposed"). */
function endsNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((x, d) => {
    if (!x.tags.has('Copula') && !x.tags.has('Auxiliary') && !x.tags.has('Modal')) return false;
    const next = tokens.slice(from + d + 1, to).find((y) => !y.tags.has('Adverb'));
    return !next?.tags.has('Verb');
  });
}

/** "face-to-face", "one-on-one" at tokens[i]: a hyphenated word, a link word and the same word again. */
function isMannerCompound(tokens: readonly Token[], i: number): boolean {
  const [first, link, last] = tokens.slice(i, i + 3);
  if (!first || !link || !last || !first.tags.has('Hyphenated')) return false;
  return MANNER_COMPOUND_LINK.test(link.norm) && first.norm === last.norm;
}

/** "met each other", "met one another", "met together": the subjects' meeting with one another. */
const RECIPROCAL_OBJECT = words(['each', 'one', 'together', 'again', 'twice', 'alone', 'privately', 'separately']);

/**
 * "arrived in Moscow on Monday on a state visit": a visit noun that names no host is to the place its traveller
 * arrived in earlier in the clause (the state of a capital, as "visited Kyiv" is).
 */
function arrivalPlace(ctx: SentenceContext, t: Trigger, travellers: readonly Candidate[]): Candidate | undefined {
  if (t.rule.pos !== 'noun' || !VISIT_FORM.test(ctx.s.tokens[t.at]?.norm ?? '')) return undefined;
  const k = ctx.s.tokens.findIndex((x, j) => j < t.at && ctx.clause[j] === ctx.clause[t.at] && ARRIVING.test(x.norm));
  if (k < 0 || !/^(?:in|at)$/.test(ctx.s.tokens[k + 1]?.norm ?? '')) return undefined;
  // (The visit is what the arrival is for, "on a visit", "for talks and a visit"; not "after his visit", back home.)
  const between = ctx.s.tokens.slice(k + 2, t.at);
  const last = [...between].reverse().findIndex((x) => PREPOSITIONS.has(x.norm) || x.tags.has('Preposition'));
  if (last < 0 || !isVisitPurpose(between, between.length - 1 - last) || between.some((x) => x.norm === 'following'))
    return undefined;
  // ("the Turkish capital Ankara": a capital inside the place's phrase is no locative mention of its own.)
  const named: Candidate[] = [
    ...ctx.places.map((m) => candidateOf(m.actorId, m)),
    ...ctx.candidates.filter((c) => c.form === 'capital'),
  ];
  const place = named.find((m) => m.end <= t.at && m.form !== 'adjective' && isPlacePhraseFrom(ctx, k + 2, m.start));
  // (A traveller arriving in their own state comes home: "arrived in Beijing on the last leg of a visit".)
  const home = place && travellers.some((c) => c.actorId === place.actorId || ctx.stateOf(c.actorId) === place.actorId);
  return place && !home ? place : undefined;
}

/**
 * "on a state visit", "for a visit", "as part of a three-day state visit": the preposition that makes the visit the
 * arrival's purpose.
 */
function isVisitPurpose(between: readonly Token[], p: number): boolean {
  const word = between[p]?.norm ?? '';
  return (
    /^(?:on|for)$/.test(word) || (word === 'of' && between[p - 1]?.norm === 'part' && between[p - 2]?.norm === 'as')
  );
}

/**
 * "arrived in the US", "arrived in the Turkish capital Ankara": the place's own phrase (its determiner, a state's
 * adjective, "capital") may stand between the preposition and the place named.
 */
function isPlacePhraseFrom(ctx: SentenceContext, from: number, start: number): boolean {
  if (start < from) return false;
  const inAdjective = (j: number) =>
    [...ctx.places, ...ctx.candidates].some((m) => m.form === 'adjective' && m.start <= j && j < m.end);
  return ctx.s.tokens.slice(from, start).every((x, i) => PLACE_PHRASE_WORDS.test(x.norm) || inAdjective(from + i));
}

/** "separately called on", "met him separately": a word in the trigger's clause that gives each side its own event. */
function isSeparately(ctx: SentenceContext, t: Trigger): boolean {
  return ctx.s.tokens.some((x, k) => ctx.clause[k] === ctx.clause[t.at] && SEPARATELY.test(x.norm));
}

/**
 * "a visit to Canberra, where he and Australian Prime Minister Anthony Albanese announced ...", "his trip to Moscow,
 * during which Putin hosted him": the person of the visited state who is a subject of the "where" clause right after
 * the place (before its verb) is the one the visitor met.
 */
function hostWhere(ctx: SentenceContext, place: Candidate | undefined): Candidate | undefined {
  if (!place || place.kind !== 'STATE') return undefined;
  const tokens = ctx.s.tokens;
  const during = tokens[place.end]?.norm === 'during' && tokens[place.end + 1]?.norm === 'which';
  const opener = during ? place.end + 1 : place.end;
  if (!/,/.test(tokens[place.end - 1]?.post ?? '') || !(during || tokens[opener]?.norm === 'where')) return undefined;
  const verb = tokens.findIndex((x, k) => k > opener && x.tags.has('Verb') && !x.tags.has('Noun'));
  const end = verb < 0 ? tokens.length : verb;
  return ctx.candidates.find(
    (c) => c.start > opener && c.end <= end && c.kind === 'PERSON' && ctx.stateOf(c.actorId) === place.actorId,
  );
}

/** "visit to", "tour of", "trip to": a noun of travel whose objects are the places travelled to. */
function isJourney(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  return (
    t.rule.pos === 'noun' && JOURNEY.test(tokens[t.at]?.norm ?? '') && /^(?:to|of)$/.test(tokens[t.end]?.norm ?? '')
  );
}

/**
 * "he paid courtesy calls on Murmu and Modi", "they held talks": a noun trigger whose support verb, before it in its
 * clause, has a subject pronoun right before it (past adverbs: "she also paid").
 */
function isPronounsSupportedNoun(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (t.rule.pos !== 'noun') return false;
  for (let k = t.at - 1; k > 0 && ctx.clause[k] === ctx.clause[t.at]; k--) {
    if (!SUPPORT.test(tokens[k]?.norm ?? '') || !tokens[k]?.tags.has('Verb')) continue;
    let before = k - 1;
    while (before > 0 && tokens[before]?.tags.has('Adverb')) before--;
    return SUBJECT_PRONOUN.test(tokens[before]?.norm ?? '');
  }
  return false;
}

/** "our allies South Korea and Japan", "its partners": a noun trigger right after a possessive pronoun. */
function isOwnedByPronoun(ctx: SentenceContext, t: Trigger): boolean {
  return t.rule.pos === 'noun' && OWNER_PRONOUN.test(ctx.s.tokens[t.at - 1]?.norm ?? '');
}

/** "resolved their decades-long conflict": a noun trigger that "their" determines (past its modifiers). */
function isTheirs(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.pos !== 'noun') return false;
  for (let k = t.at - 1; k >= Math.max(0, t.at - 4); k--) {
    const x = ctx.s.tokens[k];
    if (x === undefined || PREPOSITIONS.has(x.norm) || ctx.candidates.some((c) => c.end === k + 1)) return false;
    if (x.norm === 'their') return true;
  }
  return false;
}

/** One event of the subject's sides with each of its counterparts. */
function withEach(type: RelationType, own: readonly string[], others: readonly string[]): Found[] {
  const event = (ps: readonly string[]): Found => ({ type, participants: ps.map(as('PARTICIPANT')) });
  // ("Xi and Putin met Lula and Modi": the coordinated subjects met each other once, and each counterpart.)
  const together = own.length >= 2 && type !== 'CONFLICT' ? [event(own)] : [];
  return [...together, ...own.flatMap((side) => others.map((other) => event([side, other])))];
}

/**
 * The actor a predicate judges: the last before it, but for criticism not one after a preposition when another is
 * before that ("said U.S. arms sales to Taiwan were a serious breach": the sales are the United States', Taiwan only
 * receives them; "said the attacks by the Houthis were unacceptable" keeps its "by").
 */
function predicateTarget(ctx: SentenceContext, t: Trigger, before: readonly Candidate[]): Candidate | undefined {
  const last = before.at(-1);
  // ("responded to threats from a Hamas leader, saying anyone carrying out terror will pay the full price": not Hamas;
  // "warned that Iran would pay a heavy price" is the warning's own threat, threat-warned-that.)
  if (t.rule.targetAdjacent && last && (last.end !== t.at || isWarnedThat(ctx.s.tokens, last))) return undefined;
  if (t.rule.type !== 'CRITICISM' || !last) return last;
  const preposition = ctx.s.tokens[last.start - 1]?.norm ?? '';
  if (!PREPOSITIONS.has(preposition) || preposition === 'by') return last;
  // (The act's owner is no sayer: an adjective or possessive, or an actor after the first, "Geng said U.S. arms sales".)
  const owner = before.at(-2);
  if (!owner || !(owner.form === 'adjective' || owner.possessive || before.length > 2)) return last;
  // (In one noun phrase: "U.S. arms sales to Taiwan", not "imposed measures against Mali, saying ...".)
  const between = ctx.s.tokens.slice(owner.end, last.start - 1);
  // (Nouns only: compromise may tag "arms sales" as verbs, so a verb is told by its "-ed" or "-ing".)
  const onePhrase =
    between.length <= 3 && between.every((x) => !/(?:ed|ing)$/.test(x.norm) && !/[,;:]/.test(x.post) && !x.capitalised);
  return onePhrase ? owner : last;
}

/** The actor is what a warning says: "warned that Iran would pay" (threat-warned-that reads the threat). */
function isWarnedThat(tokens: readonly Token[], c: Candidate): boolean {
  return tokens[c.start - 1]?.norm === 'that' && /^(?:warned|warns|warning)$/.test(tokens[c.start - 2]?.norm ?? '');
}

/**
 * Who judges and who is judged by a predicate: "Khamenei stated that Trump “can’t be trusted”": the target is just
 * before, the source the subject.
 */
function predicateSides(ctx: SentenceContext, t: Trigger): { sources: string[]; targets: string[] } {
  // ("After the US-led strike on Syria, Russia warned that there would be consequences": an opening phrase's actors
  // are neither who speaks nor who is spoken of.)
  const before = ctx.candidates.filter(
    (c) => c.end <= t.at && ctx.clause[c.start] === ctx.clause[t.at] && !isInOpeningPhrase(ctx.s.tokens, c),
  );
  const target = predicateTarget(ctx, t, before);
  const judgedGroup = target ? coordinatedTargets(ctx, before, target) : [];
  // ("Russia's invasion is a flagrant violation of international law, Blinken said": the sayer follows what is said.)
  const source =
    before.find((c) => !judgedGroup.includes(c) && c.actorId !== target?.actorId && isSubjectLike(ctx.s.tokens, c)) ??
    trailingSayer(ctx, t, target);
  // ("the Biden Administration used the Russians ... Iran is responsible for the deaths": no one says so.)
  const judged = source && target && (!t.rule.saidOnly || isSaidBetween(ctx.s.tokens, source, target));
  return {
    sources: judged || !t.rule.saidOnly ? ids(source ? [source] : []) : [],
    targets: ids(judgedGroup).filter((id) => id !== source?.actorId),
  };
}

/**
 * "Hamas and Iran will pay a full price for their attacks, Netanyahu said": the subjects coordinated with the one
 * judged are judged with it, and none of them says it (the sayer follows). The target alone when it closes no such list.
 */
function coordinatedTargets(ctx: SentenceContext, before: readonly Candidate[], target: Candidate): Candidate[] {
  const first = before.find((c) => isSubjectLike(ctx.s.tokens, c));
  if (!first || first === target) return [target];
  const members = group(ctx, first);
  return members.includes(target) ? members : [target];
}

/**
 * "Putin's invasion is a naked aggression, Woodward added", "“He is now a dictator,” national security adviser H.R.
 * McMaster told a news briefing", "…, said Rubio": who says a judgement told before them, named right after a comma
 * that follows the trigger (past an article, titles and state words), a verb of saying right after the name or right
 * after the comma. Not the actor judged, nor one of its state.
 */
function trailingSayer(ctx: SentenceContext, t: Trigger, judged: Candidate | undefined): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = t.at; k < tokens.length - 1; k++) {
    if (!tokens[k]?.post.includes(',')) continue;
    const verbFirst = isReporting(tokenAt(tokens, k + 1));
    const sayer = speakerFrom(ctx, verbFirst ? k + 2 : k + 1);
    if (!sayer || (judged && isOwnSideOrUnknown(ctx, sayer, judged))) continue;
    if (verbFirst || (tokens[sayer.end] !== undefined && isReporting(tokenAt(tokens, sayer.end)))) return sayer;
  }
  return undefined;
}

/**
 * "Japan bears responsibility for its own defence, Prime Minister Fumio Kishida said": one's own side is no one judged,
 * and a person whose state is not known (a former officeholder) may be speaking of their own state.
 */
function isOwnSideOrUnknown(ctx: SentenceContext, sayer: Candidate, judged: Candidate): boolean {
  const side = ctx.stateOf(sayer.actorId);
  if (side === ctx.stateOf(judged.actorId)) return true;
  return sayer.kind === 'PERSON' && side === sayer.actorId && judged.kind === 'STATE';
}

/** How many words of title may stand before a speaker's name ("Russian Foreign Ministry Spokeswoman Maria Zakharova"). */
const SPEAKER_TITLE_WORDS = 6;

/** The actor named from token `from` on, past an article, title words and state words before the name. */
function speakerFrom(ctx: SentenceContext, from: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  for (let k = from; k < Math.min(tokens.length, from + SPEAKER_TITLE_WORDS); k++) {
    const named = ctx.candidates.find((c) => c.start === k && c.form !== 'adjective' && !c.possessive);
    if (named) return named;
    const word = tokenAt(tokens, k);
    const stateWord = ctx.candidates.some((c) => c.start <= k && c.end > k && (c.form === 'adjective' || c.possessive));
    if (!(BEFORE_SPEAKER.test(word.norm) || isTitleWord(word.norm) || stateWord) || /[,;:]/.test(word.post))
      return undefined;
  }
  return undefined;
}

/** A verb of saying, or the "that" of what is said, between a sayer and what it speaks of ("said Kiev is", "emphasized that"). */
function isSaidBetween(tokens: readonly Token[], sayer: Candidate, spoken: Candidate): boolean {
  return tokens.slice(sayer.end, spoken.start).some((x) => REPORTING_VERB.test(x.norm) || x.norm === 'that');
}

/** The events of a directed type: a source and a target each (one per target of a passive or of sanctions). */
function directedEvents(ctx: SentenceContext, t: Trigger, type: RelationType, withOrBetween: Candidate[]): Found[] {
  let sources: string[];
  let targets: string[];
  if (t.rule.imposedOnSubject) {
    // "M23 has been under US sanctions since 2013": the actor right before the measure imposes it on the subject.
    const by = ctx.candidates.find((c) => c.end === t.at);
    sources = by ? [by.actorId] : [];
    targets = by ? ids(subject(ctx, t) ?? []).filter((id) => id !== by.actorId) : [];
  } else if (t.rule.predicate) {
    ({ sources, targets } = predicateSides(ctx, t));
  } else if (t.rule.givenByAgent) {
    ({ sources, targets } = givenBySides(ctx, t));
  } else {
    // "Iran was criticised by France": the actors after "by" act on the subject, each subject a target.
    const byActors = passiveVoice(ctx, t);
    // "Israel drew sharp criticism from Egypt and Jordan": the group after a measure's "from" acts on the subject.
    const fromActors = byActors ? undefined : sourcesFrom(ctx, t);
    const actors = byActors ?? fromActors;
    // ("Russia drew sharp criticism at the Security Council": no one who voices it is named; Russia is no source.)
    if (!actors && isReceived(ctx, t)) return [];
    if (actors) {
      const agents = ids(actors);
      const patients = ids(agent(ctx, t)).filter((id) => !agents.includes(id));
      // ("Russia's invasion was condemned by Britain", "Israel's strike drew condemnation from Egypt": criticism of
      // what an actor did falls on the actor.)
      // ("The U.S. announcement drew a warning from China": a warning the act draws falls on its actor too.)
      const owner = patients.length === 0 && OWNED_DEED.has(type) ? conductOwner(ctx, verbOf(ctx, t)) : undefined;
      const reached = owner && !agents.includes(owner.actorId) ? [owner.actorId] : patients;
      return reached.map((id) => ({ type, participants: [...agents.map(as('SOURCE')), as('TARGET')(id)] }));
    }
    // "The sanctions, unveiled by the US Treasury, target ...": a passive's agent acts ("imposed by the EU and
    // Britain": each of its coordinated agents).
    const by = t.rule.pos === 'noun' ? passiveAgent(ctx, t) : undefined;
    sources = by ? ids(group(ctx, by)) : ids(agent(ctx, t));
    if (sources.length === 0 && t.rule.toldBySayer) sources = ids(sayerOf(ctx, t));
    // ("imposed arms embargoes and travel bans on Iran": a measure's noun with no imposer of its own is the verb's.)
    if (t.rule.ownerOnly && sources.length === 0) return [];
    // "Ukraine and Russia accused each other": each side acts on each other side.
    if (sources.length >= 2 && isReciprocal(ctx, t))
      return sources.flatMap((source) =>
        sources
          .filter((id) => id !== source)
          .map((id) => ({ type, participants: [as('SOURCE')(source), as('TARGET')(id)] })),
      );
    const obj = object(ctx, t, new Set(sources));
    // ("approved the transfer of F-16 jets from Denmark to Ukraine": goods a named actor gives are that one's supply.)
    if (type === 'SUPPLY' && t.rule.pos === 'noun' && obj && isGivenFrom(ctx, t, obj)) return [];
    // ("told reporters during his meeting with Biden", "told reporters after lunching with Council ambassadors": a verb
    // whose object must follow it at once has that object, no actor; a later "with" is another occasion's.)
    if (!obj && t.rule.objectAdjacent && hasUnnamedObject(ctx, t)) return [];
    const partner = withOrBetween.find((c) => !sources.includes(c.actorId));
    // "sanctions on Rosneft and Lukoil", "condemned Russia and Iran": each of the coordinated targets.
    // ("sanctions against Iranian, Chinese and Emirati firms": the states' adjectives coordinated before the last.)
    const objects = obj ? [...(obj.form === 'adjective' ? adjectivesBefore(ctx, obj) : []), ...group(ctx, obj)] : [];
    const last = objects.at(-1);
    // ("sanctioned Russian officials, including Defence Minister Sergei Shoigu": the members named reached too.)
    const members = last && last.kind !== 'PERSON' ? includedMembers(ctx, last.end) : [];
    // ("a 25% tariff on Mexican goods and a 35% tariff on Canadian goods": the measure repeated, its verb left out.)
    const gapped = last && type === 'SANCTION' ? gappedMeasureMembers(ctx, last.end) : [];
    const reached = obj ? [...objects, ...members, ...gapped] : partner ? [partner] : conductBy(ctx, t);
    targets = [...new Set(ids(reached))].filter((id) => !sources.includes(id));
  }
  // ("Putin warned the West that Russia would use all means": no one threatens their own state.)
  if (type === 'THREAT') targets = targets.filter((id) => !sources.some((source) => ctx.stateOf(source) === id));
  // One event per target, every source acting on it.
  return targets.map((target) => ({
    type,
    participants: [...sources.filter((id) => id !== target).map(as('SOURCE')), as('TARGET')(target)],
  }));
}

/**
 * "the patrol boat gifted by Australia to the Sri Lanka Navy": the giver is the group right after the trigger's "by"
 * (its span's last word), the receiver the actor after its "to" (the rule's object); no giver named, no event.
 */
function givenBySides(ctx: SentenceContext, t: Trigger): { sources: string[]; targets: string[] } {
  const giver = candidateAfter(ctx, t.end - 1, 2);
  const sources = giver && ctx.clause[giver.start] === ctx.clause[t.at] ? ids(group(ctx, giver)) : [];
  const receiver = sources.length > 0 ? object(ctx, t, new Set(sources)) : undefined;
  return { sources, targets: receiver ? ids(group(ctx, receiver)) : [] };
}

/**
 * An actor named right after a "from" between a supply noun and its receiver: "the transfer of jets from Denmark to"
 * (not a state's word before a noun: "the allocation of weapons from US stocks to Ukraine" is the subject's).
 */
function isGivenFrom(ctx: SentenceContext, t: Trigger, receiver: Candidate): boolean {
  const tokens = ctx.s.tokens;
  return ctx.candidates.some((c) => {
    if (c.start < t.end || c.end > receiver.start || c.form === 'adjective') return false;
    const next = tokens[c.end];
    const modifies =
      next !== undefined && !next.capitalised && !PREPOSITIONS.has(next.norm) && !/^(?:and|or)$/.test(next.norm);
    if (modifies) return false;
    const k = tokens[c.start - 1]?.norm === 'the' ? c.start - 2 : c.start - 1;
    return tokens[k]?.norm === 'from';
  });
}

/**
 * Who tells a threat that has no subject of its own: "Miller said there must be consequences for Iran", "Russia warned
 * there would be consequences for Trump's decision" (the subject of the verb of saying before it), "“There must be
 * consequences for Iran,” Miller told reporters" (the sayer after the quotation).
 */
function sayerOf(ctx: SentenceContext, t: Trigger): Candidate[] {
  const tokens = ctx.s.tokens;
  const told = (c: Candidate) => tokens.slice(c.end, t.at).some((x) => REPORTING_VERB.test(x.norm));
  const before = ctx.candidates.find(
    (c) => c.end <= t.at && !isInOpeningPhrase(tokens, c) && isSubjectLike(tokens, c) && told(c),
  );
  const sayer = before ?? trailingSayer(ctx, t, undefined);
  return sayer ? [sayer] : [];
}

/** Inside a sentence's opening phrase ("After the US-led strike on Syria, ..."), up to its first comma. */
function isInOpeningPhrase(tokens: readonly Token[], c: Candidate): boolean {
  const comma = openingPhraseEnd(tokens, FRONTING);
  return comma >= 0 && c.end - 1 <= comma;
}

/**
 * "accused each other", "blamed one another", or a rule of trading ("traded accusations"): the trigger's object is its
 * coordinated subjects, each of the other.
 */
function isReciprocal(ctx: SentenceContext, t: Trigger): boolean {
  if (t.rule.reciprocal) return true; // "Armenia and Azerbaijan traded accusations"
  const [first, second] = ctx.s.tokens.slice(t.end, t.end + 2).map((x) => x.norm);
  return (first === 'each' && second === 'other') || (first === 'one' && second === 'another');
}

/**
 * "condemned the sanctions imposed on the country by ECOWAS", "condemns the missile attacks of Israel on Syria":
 * criticism of what the actor after "by" or "of" did.
 */
function conductBy(ctx: SentenceContext, t: Trigger): Candidate[] {
  if (t.rule.type !== 'CRITICISM') return [];
  const tokens = ctx.s.tokens;
  const conduct = ctx.triggers.find((x) => x.at > t.at && x.at <= t.end + 3 && x.rule.pos === 'noun');
  // ("firmly opposed the interference of the US Embassy": a noun of what one does or says, too.)
  const deed = tokens.findIndex((x, k) => k >= t.end && k <= t.end + 3 && CONDUCT.test(x.norm));
  const ofAt = conduct ? conduct.end : deed >= 0 ? deed + 1 : -1;
  // ("condemned the invasion of Ukraine by Russia": the "of" of an act done to an actor names who suffered it.)
  const suffered = SUFFERED_DEED.test(tokens[ofAt - 1]?.norm ?? '');
  if (ofAt >= 0 && tokens[ofAt]?.norm === 'of' && !suffered) {
    const of = candidateAfter(ctx, ofAt, 2);
    if (of) return [of];
  }
  for (let p = t.end; p < Math.min(tokens.length, t.end + CONDUCT_WITHIN) && ctx.clause[p] === ctx.clause[t.at]; p++) {
    if (tokens[p]?.norm === 'by') {
      // ("condemns attack by the Iranian-backed Houthis": the Houthis attacked, not their backer.)
      const found = candidateAfter(ctx, p, 2);
      const by = found && pastBacker(ctx, found);
      return by ? group(ctx, by) : [];
    }
    // ("the accusations made by the US": an irregular participle leads to its "by" too; compromise does not always tag
    // it passive ("the remarks made by Indian Defence Minister Rajnath Singh"), so a verb right before "by" is one.)
    const participle =
      /ed$/.test(tokens[p]?.norm ?? '') || tokens[p]?.tags.has('Passive') === true || tokens[p + 1]?.norm === 'by';
    if (tokens[p]?.tags.has('Verb') && !participle && !tokens[p]?.tags.has('PhrasalVerb')) return [];
  }
  return [];
}

/** How far after a criticism its object's "by" may come. */
const CONDUCT_WITHIN = 14;

/**
 * "sanctions, unveiled by the US Treasury,", "sanctions imposed by the EU", "sanctions were imposed on Mali by
 * ECOWAS": the agent after "by" of a participle right after the noun, or after the noun's "were".
 */
function passiveAgent(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const tokens = ctx.s.tokens;
  let participle = t.end;
  while (
    participle < tokens.length &&
    participle < t.end + 3 &&
    (BE.test(tokens[participle]?.norm ?? '') || HAVE.test(tokens[participle]?.norm ?? ''))
  )
    participle++;
  if (participle >= tokens.length || !/ed$/.test(tokens[participle]?.norm ?? '')) return undefined;
  const by = byAfter(ctx, t, participle + 1);
  return by < 0 ? undefined : candidateAfter(ctx, by, 2);
}

/** The "by" of a passive within a few words from `from` in the trigger's clause ("imposed on Mali by ECOWAS"), or -1. */
function byAfter(ctx: SentenceContext, t: Trigger, from: number): number {
  const tokens = ctx.s.tokens;
  for (let p = from; p < Math.min(tokens.length, from + 6) && ctx.clause[p] === ctx.clause[t.at]; p++) {
    if (tokens[p]?.norm === 'by') return p;
    // ("was criticised and condemned by France": a participle coordinated after the trigger shares its "by".)
    if (isCoordinatedParticiple(tokens, p)) continue;
    if (tokens[p]?.tags.has('Verb') && !tokens[p]?.tags.has('Adverb')) return -1;
  }
  return -1;
}

/** Whether the word at k is a past participle right after "and" or "or": "criticised and [condemned]". */
const isCoordinatedParticiple = (tokens: readonly Token[], k: number): boolean =>
  /ed$/.test(tokens[k]?.norm ?? '') && LIST_COORDINATOR.test(tokens[k - 1]?.norm ?? '');

/**
 * "drew sharp criticism from Egypt and Jordan", "faces sanctions from the EU": the group right after the "from" of a
 * noun of criticism, threat or sanction, who voice or impose it; undefined when the noun has no such "from".
 */
function sourcesFrom(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  // ("responded to the condemnation by the European Union": a "by" right after the noun names who voices it too.)
  if (!isNounUse(ctx, t) || !VOICED_FROM.has(t.rule.type) || !VOICED_BY.test(ctx.s.tokens[t.end]?.norm ?? ''))
    return undefined;
  // ("hit back by recalling its ambassador from Poland": after a word the rule needs, the "from" is that word's, the place
  // an envoy leaves, not who voices or imposes the measure.)
  if (t.rule.needsAfter !== undefined && t.end > t.at + 1) return undefined;
  const c = candidateAfter(ctx, t.end, 2);
  return c && ctx.clause[c.start] === ctx.clause[t.at] ? group(ctx, c) : undefined;
}

/** "drew sharp criticism", "faces sanctions", "came under criticism": a noun of criticism, threat or sanction received. */
function isReceived(ctx: SentenceContext, t: Trigger): boolean {
  if (!isNounUse(ctx, t) || !VOICED_FROM.has(t.rule.type)) return false;
  const tokens = ctx.s.tokens;
  const k = beforeModifiers(tokens, t.at);
  return RECEIVING.test(tokens[k]?.norm ?? '');
}

/** The index of the first word before `at` that is no adverb, adjective or skippable word ("drew sharp criticism"), or -1. */
function beforeModifiers(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (
    k >= 0 &&
    (tokens[k]?.tags.has('Adverb') || tokens[k]?.tags.has('Adjective') || SKIPPABLE.has(tokens[k]?.norm ?? ''))
  )
    k--;
  return k;
}

/** A noun rule's word, or a verb rule's word written as a noun ("condemnation", "criticism" of the verb rule of censure). */
function isNounUse(ctx: SentenceContext, t: Trigger): boolean {
  const word = ctx.s.tokens[t.at];
  return t.rule.pos === 'noun' || (word !== undefined && word.tags.has('Noun') && !word.tags.has('Verb'));
}

/**
 * "Russia's invasion of Ukraine was condemned", "Israel's strike on Qatar drew condemnation": the actor whose deed (the
 * head noun of the phrase it opens, which names no people: "Ukraine's allies were condemned") is the subject of the verb at `verb`. ("Ukraine's allies
 * were condemned" names people, no deed.)
 */
function conductOwner(ctx: SentenceContext, verb: number): Candidate | undefined {
  const owner = subjectOwner(ctx, verb);
  if (!owner) return undefined;
  const tokens = ctx.s.tokens;
  let head = owner.end;
  while (head + 1 < verb && !PREPOSITIONS.has(tokens[head + 1]?.norm ?? '')) head++;
  // ("China's actions also drew condemnation": the adverb before the verb is no head.)
  while (head > owner.end && tokens[head]?.tags.has('Adverb')) head--;
  const word = tokens[head];
  const people = (w: string) => PEOPLE_NOUN.test(w) || GROUP_NOUN.test(w) || ACTING_FOR.test(w);
  return word !== undefined && word.tags.has('Noun') && !word.capitalised && !people(word.norm) ? owner : undefined;
}

/** The types whose act falls on the actor of the deed it is drawn by ("Israel's strike drew condemnation"). */
const OWNED_DEED: ReadonlySet<RelationType> = new Set(['CRITICISM', 'THREAT']);

/** The prepositions right after a noun of criticism, threat or sanction that name who voices or imposes it. */
const VOICED_BY = /^(?:from|by)$/;

/**
 * The types whose noun names who voices, imposes or gives it after "from": "criticism from", "threats from", "sanctions
 * from", "assistance from".
 */
const VOICED_FROM: ReadonlySet<RelationType> = new Set(['CRITICISM', 'THREAT', 'SANCTION', 'SUPPLY']);

/**
 * The verb of the clause a trigger is said in: the "was" of a passive ("was condemned"), the verb whose object the noun
 * is ("drew sharp condemnation"), else the trigger itself.
 */
function verbOf(ctx: SentenceContext, t: Trigger): number {
  const tokens = ctx.s.tokens;
  const k = beforeModifiers(tokens, t.at);
  return k >= 0 && (BE.test(tokens[k]?.norm ?? '') || (isNounUse(ctx, t) && tokens[k]?.tags.has('Verb'))) ? k : t.at;
}

/** "Anton Vaino was also sanctioned": a passive without its "by" names no one who acts. */
export function isAgentlessPassive(ctx: SentenceContext, t: Trigger): boolean {
  return passiveVoice(ctx, t)?.length === 0;
}

/**
 * A passive trigger: "Iran was criticised by France", "has been widely condemned by the US and the AU" give the group
 * after "by"; "Russia was accused of ..." gives none (the agent is not named); an active trigger gives undefined.
 */
function passiveVoice(ctx: SentenceContext, t: Trigger): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  if (t.rule.predicate || !/ed$/.test(tokens[t.at]?.norm ?? '')) return undefined;
  // ("Canada is prepared to respond": a readiness before its infinitive is the subject's own, no passive.)
  if (READY.test(tokens[t.at]?.norm ?? '') && tokens[t.at + 1]?.norm === 'to') return undefined;
  // ("Moscow was deeply disappointed by Trump's decision": a feeling is the subject's own, what follows "by" its cause.)
  if (DISPLEASED.test(tokens[t.at]?.norm ?? '')) return undefined;
  let k = t.at - 1;
  while (k >= 0 && tokens[k]?.tags.has('Adverb')) k--;
  if (k < 0) return undefined;
  const by = byAfter(ctx, t, t.end);
  // ("Sudan was suspended from the African Union": whom a body removes names the body after "from".)
  const from = by < 0 && REMOVED.test(tokens[t.at]?.norm ?? '') && tokens[t.end]?.norm === 'from' ? t.end : by;
  if (!BE.test(tokens[k]?.norm ?? '') && !(from >= 0 && isPassiveCoordinate(ctx, k))) return undefined;
  const c = from < 0 ? undefined : candidateAfter(ctx, from, 2);
  return c ? group(ctx, c) : [];
}

/**
 * Whether the "and" at k joins the trigger to a passive before it in its clause, the trigger having a "by" of its own:
 * "Iran was criticised and [condemned] by France", "Iran was criticised by France and [condemned] by Germany". Not
 * when a verb of another voice comes between ("was criticised by France and [attacked] Gaza" has no "by").
 */
function isPassiveCoordinate(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.s.tokens;
  if (!LIST_COORDINATOR.test(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && ctx.clause[j] === ctx.clause[k]; j--) {
    const x = tokenAt(tokens, j);
    if (BE.test(x.norm)) return /ed$/.test(tokens[nextNonAdverb(tokens, j + 1)]?.norm ?? '');
    if (x.tags.has('Verb') && !/ed$/.test(x.norm) && !x.tags.has('Adverb')) return false;
  }
  return false;
}

/** "X, a close ally of Y": a noun of alliance with an object and no subject of its own, which may be in apposition. */
function isAllyOfObject(
  type: RelationType,
  t: Trigger,
  own: readonly Candidate[],
  objs: readonly Candidate[],
  withOrBetween: readonly Candidate[],
): boolean {
  return (
    type === 'ALLIANCE' && t.rule.pos === 'noun' && own.length === 0 && objs.length > 0 && withOrBetween.length === 0
  );
}

/** The actor group before the comma that opens the noun phrase of trigger t ("A and B, two of X's allies"). */
function apposedGroup(ctx: SentenceContext, t: Trigger): Candidate[] {
  const tokens = ctx.s.tokens;
  let comma = -1;
  for (let k = t.at - 1; k >= Math.max(0, t.at - 8); k--) {
    if (/,/.test(tokens[k]?.post ?? '')) {
      comma = k;
      break;
    }
    if (tokens[k]?.tags.has('Verb')) return [];
  }
  if (comma < 0) return [];
  for (const c of ctx.candidates) {
    if (c.start > comma || c.form === 'adjective') continue;
    const members = group(ctx, c, true);
    if (members[members.length - 1]?.end !== comma + 1) continue;
    // ("tensions between China and Japan, a top US ally", "met the Maldives, Kyrgyzstan and Lukashenko, one of Putin's
    // staunch allies": a phrase of one ally is in apposition to the last of the list only.)
    return isOfOne(tokens, comma + 1) ? members.slice(-1) : members;
  }
  return [];
}

/**
 * Whether noun trigger t describes a member of the actors after the preposition at p: in apposition ("between A and B,
 * a B ally") or between an owner and the ally it names ("between China and U.S. ally the Philippines").
 */
function isBeforeApposition(ctx: SentenceContext, t: Trigger, p: number): boolean {
  if (p >= t.at || t.rule.pos !== 'noun') return false;
  if (ctx.candidates.some((c) => c.start > p && c.end === t.at && isAllyOwner(ctx, c))) return true;
  return apposedGroup(ctx, t).some((c) => c.start > p);
}

/** "a close ally", "one of Putin's allies": the noun phrase opening at k names one actor, not a group. */
function isOfOne(tokens: readonly Token[], k: number): boolean {
  const opener = tokens[k]?.norm ?? '';
  return INDEFINITE_ARTICLE.test(opener) || (opener === 'one' && tokens[k + 1]?.norm === 'of');
}

/** "said after meeting his Lithuanian counterpart": a noun trigger used as a gerund takes an object. */
function isGerund(ctx: SentenceContext, t: Trigger): boolean {
  const tokens = ctx.s.tokens;
  if (
    t.rule.pos !== 'noun' ||
    !/ing$/.test(tokens[t.at]?.norm ?? '') ||
    // ("flew to Beijing on Wednesday, meeting Xi Jinping": a participle set off by a comma takes one too.)
    !(GERUND_OPENER.test(tokens[t.at - 1]?.norm ?? '') || /^,$/.test(tokens[t.at - 1]?.post ?? ''))
  )
    return false;
  const next = tokens[t.end];
  return next !== undefined && (PERSON_DETERMINER.test(next.norm) || ctx.candidates.some((c) => c.start === t.end));
}

/** Enough participants for the type: a mediator and a party, two sides, a source and a target. */
export function isComplete(f: Found): boolean {
  if (f.type === 'MEDIATION') return f.participants.some((p) => p.role === 'PARTY');
  if (ONTOLOGY[f.type].symmetric) return f.participants.length >= 2;
  return f.participants.some((p) => p.role === 'SOURCE') && f.participants.some((p) => p.role === 'TARGET');
}
