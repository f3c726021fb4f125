import type { RelationType } from '../../domain/ontology';
import {
  ALLIANCE_DEAL_WORDS,
  COOPERATION_DEAL_HEADS,
  DEAL,
  DEALS,
  INKED,
  SIGNING,
  SIGNING_VERBS,
} from '../lexicon/deals';
import {
  ARTICLES,
  DETERMINERS,
  FIRST_PERSON_POSSESSIVES,
  POSSESSIVE_DETERMINER,
  THIRD_PERSON_POSSESSIVES,
} from '../lexicon/determiners';
import {
  AID_TAKEN,
  GOODS_TAKEN,
  DELIVERED_GOODS,
  DELIVERY_MADE,
  DELIVERY_NOUNS,
  ARMED_OPERATION_KINDS,
  ARMS_SALE_KINDS,
  BLACKLIST,
  CAPTURING_VERBS,
  CREDIT,
  DEPOSITED_SUM,
  DEPOSITING_VERBS,
  EXTENDING_VERBS,
  HALTED_FORMS,
  HALTING_VERBS,
  HOLDING,
  HARSH_RESPONSES,
  HOLDINGS,
  IMPOSING_VERBS,
  KILLING_VERBS,
  LENDING_VERBS,
  LENT_SUM,
  SUM_IN,
  LABOUR_STRIKES,
  LISTED_TARGETS,
  MEASURES,
  MEASURE,
  MEASURE_QUALIFIERS,
  NAMED_MEASURE,
  MILITARY_TARGET,
  STRUCK_VESSEL,
  STRIKING_GOVERNOR,
  OWNING_WORDS,
  OWNING_PREPOSITION,
  WIELDED_WORDS,
  REACHING,
  REPRISAL,
  READY,
  READY_STANDING,
  RESPONSE_MANNERS,
  RESPONSE_MEANS,
  SUPPLY_GOODS,
  GIVEN_GOODS,
  SUPPLYING_END,
  TAKING_VERBS,
  TERROR_LABEL,
  TIGHTENING_VERBS,
  TRADE_DUTIES,
  TRADE_FLOW,
  TRADE_FLOWS,
  UNARMED_CONTESTS,
  UNARMED_WAR_MEANS,
  WARNED_ACT,
} from '../lexicon/force';
import { ARMED_PEOPLE, VESSEL_KINDS } from '../lexicon/military';
import { BE_FORMS, BE_PAST, BE_PARTICIPLES, BE_PRESENT, PASSIVE_BE } from '../lexicon/grammar';
import {
  ASSERTIONS,
  BLAMED_DEEDS,
  CENSURE,
  DENOUNCED_LABELS,
  DENUNCIATIONS,
  JAB_WORDS,
  DISMISSALS,
  DISPLEASURE,
  DISPLEASED,
  INFAMIES,
  NAMING_VERBS,
  PEJORATIVE,
  RECEIVING_WORDS,
  RECRIMINATIONS,
  REJECTED_DECISIONS,
  REJECTING_VERBS,
  SUMMONS_GRIEVANCES,
  SUMMONS_REPROACH,
  TRADING_VERBS,
} from '../lexicon/insults';
import {
  BY_PHONE,
  CALL_FORMS,
  CALLS,
  CHAIR_FORMS,
  CHAIRED_OCCASIONS,
  CHAT_FORMS,
  CONTACTS,
  CONVERSATIONS,
  DIALOGUES,
  EXCHANGE_FORMS,
  EXCHANGE_NOUNS,
  GUEST_PREPOSITIONS,
  HOST_FORMS,
  DINING_VERBS,
  MEAL_KINDS,
  MEALS,
  RECEPTIONS,
  RECEPTION_PARTICIPLE,
  GIVING_A_RECEPTION,
  MEETINGS,
  JOINT_PRESS_EVENTS,
  DISCUSSIONS,
  NEGOTIATIONS,
  OWNED_NAMED_BONDS,
  PHONED,
  PHONES,
  SPEAKING_VERBS,
  TALK_MANNERS,
  TALKS,
  VIDEO_CALLS,
} from '../lexicon/occasions';
import { MISSION_STAFF, MISSIONS } from '../lexicon/missions';
import { NEGOTIATED_GOALS, RESUMING } from '../lexicon/negotiation';
import { DIPLOMATS } from '../lexicon/officials';
import {
  APPROVAL_VERBS,
  DEMANDS,
  MODIFIER_PARTICIPLES,
  MOVES,
  REQUEST_VERBS,
  STANCE_LEAD_INS,
  STANCES,
  VOICING_VERBS,
} from '../lexicon/statements';
import { FUTURE_MODALS, VOWING } from '../lexicon/modality';
import { ALLIANCES, BONDS, COOPERATION_GROWTH, JOINT_WORKS, RESTORING, TIES } from '../lexicon/ties';
import { APPRAISING_MANNERS, PRESS_WORDS } from '../lexicon/reporting';
import { words } from '../lexicon/words';

/**
 * The trigger rules: which words (verbs and nouns) state an event of which relation type, and on what conditions.
 * The table is data, kept apart from the participant logic in events/ so that vocabulary and structure change alone;
 * its word lists come from ./lexicon/. Each rule carries a stable id, which every event it yields records (see
 * ExtractedEvent.rule), and examples that test/unit/extract/triggers.test.ts walks through the whole extractor.
 * To add a rule: place it where the first-match order wants it, give it an id and examples, run the unit tests.
 */

/**
 * A sentence that fires a rule: its text alone when the event it yields is of the rule's type, else with that type
 * ("chaired the talks between Russia and Ukraine": the chair of others' talks mediates them), and with the actor ids
 * the event must have, in its order (the source or mediator first), where who takes part is the rule's point.
 */
export type RuleExample = string | { text: string; type?: RelationType; participants?: readonly string[] };

export interface TriggerRule {
  /** A stable name for the rule, kebab-case, saying what it catches; extracted events record it. */
  id: string;
  /**
   * Sentences in news style that fire this very rule: each must yield an event of `type` (or of the example's own
   * type) recorded with this `id` (the table test in test/unit/extract/triggers.test.ts walks them through the whole
   * extractor).
   */
  examples: readonly RuleExample[];
  /** Sentences that must not yield this rule's event (the near misses the rule's conditions exist for). */
  counterexamples?: readonly string[];
  type: RelationType;
  /** Matches the trigger word (a token's norm). */
  word: RegExp;
  /**
   * A noun takes its agent from a possessive or modifier just before it
   * ("Moscow’s invasion", "Russian mediation"); a verb from the clause subject.
   */
  pos: 'verb' | 'noun';
  /** Takes the first actor after it as its object ("met Macron", "briefed Araghchi"). */
  objects: boolean;
  /**
   * A word that must follow within `within` tokens in the clause; the trigger spans up to it. A "to" before a bare verb
   * is the infinitive's, no preposition ("talked together to promote": no one talked to), unless `infinitiveTo`.
   */
  needsAfter?: RegExp;
  /**
   * A word that must follow the needed one within `within` tokens of the clause, commas allowed ("gave French
   * Ambassador Joel Meyer, 72 hours to leave": the envoy, then the leaving); the trigger still ends at the needed word.
   */
  andAfter?: RegExp;
  /** The needed "to" may be the infinitive's: "pressed Pakistan to act" (the request, not its addressee). */
  infinitiveTo?: true;
  within?: number;
  /** No word between the trigger and its needed word matches: "there will be [no] consequences" tells none. */
  notAmid?: RegExp;
  /**
   * The span up to the needed word is one phrase however long it is: no other trigger starts inside it ("was received
   * for talks by": the talks are the reception's, not an event whose side the "by" names).
   */
  oneSpan?: true;
  /** No trigger when the word is inside the span of a trigger found before it (a verb's, up to its needed word). */
  notInsideSpan?: true;
  /**
   * The clause sends armed people before the trigger ("sent thousands of soldiers to help Congo fight the M23"): a
   * helper that sends no troops ("an aid package aimed at helping Ukrainian forces fight Russia") fights no one
   * (clause.ts, isTroopsSentBefore).
   */
  helpsWithTroops?: true;
  /** A word that must precede within 3 tokens ("strengthened ties", "a call") ... */
  needsBefore?: RegExp;
  /**
   * ... or within this many, for a verb whose object is a long noun phrase ("received six F-16 fighter jets from").
   */
  beforeWithin?: number;
  /** ... unless the next word is this one ("Trump’s call with Putin"). */
  orFollowedBy?: RegExp;
  /** ... or a possessive precedes within 3 words ("Zelensky’s South Africa visit"). */
  orAfterPossessive?: boolean;
  /** The next word must not match ("called for", "called on"). */
  notFollowedBy?: RegExp;
  /**
   * The next word must not be an adjective that ends its phrase, the trigger's complement: "talks both sides called
   * constructive", "what Lula called historic" describe something, no act.
   */
  notBeforeComplement?: true;
  /** The word after an "of" right after the trigger must not match ("a war of words": no arms). */
  notOfWhat?: RegExp;
  /**
   * A possessive determiner and then, within two words, this word must not follow: "called their talks “an excellent
   * opportunity”" names an occasion, while "called his Turkish counterpart" is a call.
   */
  notBeforeOwned?: RegExp;
  /**
   * The word before must not match ("a brief discussion": an adjective, not "briefed"; "prisoners of war": no war in
   * particular).
   */
  notPrecededBy?: RegExp;
  /**
   * A capitalised word inside the sentence is part of a name, no trigger: "the Federal Service for Military-Technical
   * Cooperation", "the Organisation of Islamic Cooperation" (names the gazetteer knows are actors already).
   */
  notInName?: true;
  /**
   * No infinitive's "to" and verb within `INFINITIVE_LEAD` words before the trigger: "is due to hold talks ... and to
   * attend a joint press conference with him" tells an aim or a plan, not an occasion that took place.
   */
  notAfterInfinitive?: true;
  /** The word before ends with a hyphen: the second half of "US-led", whose first half is the agent. */
  afterHyphen?: boolean;
  /** The target comes before the trigger ("Trump can’t be trusted"). */
  predicate?: boolean;
  /**
   * The predicate's target ends right before the trigger, its subject ("Israel will pay a heavy price"; not "threats
   * from a Hamas leader, saying anyone carrying out terror will pay"): participants.ts, predicateTarget.
   */
  targetAdjacent?: true;
  /**
   * A threat told with no subject of its own ("said there must be consequences for Iran") is made by who tells it: the
   * subject of the verb of saying before it, else the sayer after a quotation (participants.ts, sayerOf).
   */
  toldBySayer?: true;
  /**
   * A predicate only a sayer judges: a verb of saying or its "that" stands between the source and the target ("said
   * Kiev is behind the attack"), else no one does ("the Biden Administration used the Russians ... Iran is responsible
   * for the deaths"): participants.ts, predicateSides.
   */
  saidOnly?: true;
  /**
   * The actor right before the noun imposes it on the clause's subject ("M23 has been under US sanctions"):
   * participants.ts, directedEvents.
   */
  imposedOnSubject?: true;
  /**
   * Goods given by the actor right after the trigger's "by" to the actor after its "to" ("the patrol boat gifted by
   * Australia to the Sri Lanka Navy"): participants.ts, directedEvents.
   */
  givenByAgent?: true;
  /**
   * A noun whose agent stands in its own phrase, a possessive or modifier before it or the subject of a clause right
   * after it ("China's ban on", "the tariffs Washington imposed on"), never the clause's subject ("criticised Trump
   * after a 50% tariff on Brazilian exports came into force": the tariff is none of the critic's): agent.ts, agent.
   */
  ownerOnly?: true;
  /** How far after the trigger its object may be (default 8): "called Putin", not "called ... Putin". */
  objectWithin?: number;
  /**
   * Not an event when its object is followed by this or is a possessive ("called Putin the “dearest friend”": naming,
   * not phoning).
   */
  objectNotFollowedBy?: RegExp;
  /** The object must be a person: "greeted Erdogan", not "welcomed Iran’s decision". */
  objectPerson?: boolean;
  /**
   * The object follows the verb at once, past determiners only ("told Putin"; "told reporters the U.S. is ..." has
   * none).
   */
  objectAdjacent?: boolean;
  /**
   * The object comes right after one of these words, past "of" and determiners ("hosted a state banquet for Macron",
   * "a dinner in honour of Biden"; "hosted a dinner at the Elysee before flying to Germany" has none).
   */
  objectAfter?: RegExp;
  /** "spoke with", "a conversation with": a CALL in an article that reports phone calls, else a MEETING. */
  callInCallArticle?: boolean;
  /**
   * "exchanged views": talk, which puts no one face to face; told of a pair just said to have spoken by phone, it is
   * that call (see sameOccasionBefore in adjustments.ts).
   */
  talkOnly?: true;
  /**
   * Also an event of this type when a word of the trigger's span, or `within` (default 3) words after it in the
   * clause, matches ("signed a mutual defence pact": an ALLIANCE; "mediators between A and B in months of talks"); not
   * when a word of the span matches `lesser.when` and none `lesser.unless` ("signed a defence cooperation agreement").
   */
  implies?: { type: RelationType; when: RegExp; within?: number; lesser?: { when: RegExp; unless: RegExp } };
  /**
   * Names more targets of the latest event of its type told just before, whose source it takes ("The entities include
   * units of Lockheed Martin" after "China sanctioned 12 US defense companies"): adjustments.ts, moreTargets.
   */
  continues?: true;
  /**
   * Done by each of its coordinated subjects to each other ("Armenia and Azerbaijan traded accusations"), as "each
   * other" after any trigger: participants.ts, isReciprocal.
   */
  reciprocal?: true;
  /** A MEETING when the person called on is asked nothing ("called on President Abbas" visits him): structure.ts. */
  visitUnlessAsked?: true;
  confidence: number;
}

/** What opens the noun phrase of a call or a conversation: "a call", "their brief conversation", "a rare call". */
/** What the sayer calls the acts of the actor before it: "the Houthi attacks are unacceptable". */
const DENUNCIATION = words(DENUNCIATIONS);
/** A form of "be" (or "remain") right before: "was a violation", not "is backing a Russian aggression". */
const BE_BEFORE = words(BE_PRESENT, BE_PAST, ['remains', 'remained']);
const NOT_AFTER_BE = new RegExp(`^(?!${BE_BEFORE.source})`);

const BEFORE_AN_OCCASION = words(DETERMINERS, ['first', 'second', 'latest', 'recent', 'brief', 'lengthy', 'rare']);

/** What opens the noun phrase of a visit: "his recent visit", "a two-day state visit". */
const BEFORE_A_VISIT = words(DETERMINERS, ['recent', 'first', 'official', 'state', 'two-day', 'three-day', 'working']);

/** The kinds of force a drill is of: "naval exercises", "air force drills", "live-fire drills". */
const DRILL_KIND = words([
  'military',
  'naval',
  'navy',
  'air',
  'force',
  'army',
  'maritime',
  'live-fire',
  'amphibious',
  'anti-submarine',
  'combat',
  'war',
  // ("Pakistan and US navies have conducted a bilateral exercise", "combined exercises", "a bilateral training exercise":
  // an exercise of two sides' forces, whatever their kind; PPI, ISPR 2024, Arab News.)
  'bilateral',
  'combined',
  'training',
]);

/** Envoys a state expels or calls home. */
const DIPLOMAT = words(DIPLOMATS);

/** Those a state declares unwelcome: its envoys and an embassy's staff ("15 UAE embassy staff persona non grata"). */
const ENVOYS_AND_STAFF = words(DIPLOMATS, ['staff', 'personnel']);

/** What a third party leads or brokers between sides: "American-led diplomatic efforts", "Qatari-brokered truce". */
const MEDIATED = words([
  'efforts',
  'effort',
  'talks',
  'mediation',
  'negotiations',
  'diplomacy',
  'initiative',
  'process',
  'push',
  'dialogue',
  'truce',
  'ceasefire',
  'deal',
  'agreement',
  'accord',
  // ("the US-brokered Abraham Accords": Israel National News 2025.)
  'accords',
  'agreements',
  'deals',
]);

/** What is launched or fired at a target: "fired rockets at Israel", "launched a barrage", "fired water cannon". */
const PROJECTILES: readonly string[] = [
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'shell',
  'shells',
  'projectile',
  'projectiles',
  'barrage',
  'salvo',
  'salvoes',
  'salvos',
  'cannon',
  'cannons',
  'shots',
  'flares',
  // (Reuters 2023-2024, IANS 2024: "fired artillery into an area of Lebanon", "firing artillery and rockets into Israel".)
  'artillery',
  'mortar',
  'mortars',
];
const PROJECTILE = words(PROJECTILES);

/** Words before "offensive" that make it the adjective: "is offensive", "deeply offensive", "deemed offensive". */
const OFFENSIVE_AS_ADJECTIVE_BEFORE: readonly string[] = [
  'as',
  'very',
  'deeply',
  'highly',
  'so',
  'too',
  'most',
  'more',
  'deemed',
  'considered',
  'found',
  'particularly',
  'extremely',
  'equally',
  'seen',
];

/** What "offensive" qualifies when it is the adjective of speech: "offensive remarks", "an offensive post". */
const OFFENDING_WORDS: readonly string[] = [
  'remarks',
  'remark',
  'comments',
  'comment',
  'language',
  'statement',
  'statements',
  'post',
  'posts',
  'cartoon',
  'cartoons',
  'content',
  'words',
  'letter',
  'behaviour',
  'behavior',
];

/**
 * Nouns (and a few verbs read as nouns) of force between actors: "Russia's war against Ukraine", "the invasion of
 * Ukraine", "Israeli airstrikes on Gaza", "clashes between", "Russia last year invaded Ukraine".
 */
const FORCE_NOUN = words([
  'war',
  'wars',
  'invasion',
  'invaded',
  'invade',
  'invades',
  'invading',
  'attack',
  'attacked',
  'attacks',
  'attacking',
  'airstrike',
  'airstrikes',
  'strikes',
  'bombed',
  'bombing',
  'shelling',
  'shelled',
  'gunfire',
  'bombarded',
  'bombardment',
  'assault',
  'assaults',
  'ambush',
  'ambushed',
  'annexation',
  'annexed',
  'downed',
  'pounded',
  'clashes',
  'clashed',
  'fighting',
  'incursion',
  'conflict',
  'aggression',
  'hostilities',
  'skirmish',
  'skirmishes',
  'standoff',
]);

/** What an "attack" or "assault" before it names a kind of: "attack drones", "assault rifles", "attack helicopters". */
const WEAPON_KINDS = [
  'rifle',
  'rifles',
  'drone',
  'drones',
  'helicopter',
  'helicopters',
  'submarine',
  'submarines',
  'aircraft',
  'jets',
  'vehicles',
  'ships',
  'boats',
  'craft',
];

/**
 * What follows the one warned when a warning threatens it: a modal of what will be done to it or demanded of it
 * ("warned that Iran would pay a heavy price", "that NATO must stop"). Any other word after it makes the actor a
 * modifier or a forecast's subject ("warned that US tariffs could tank the economy", "that China could see slower
 * growth"), so `objectNotFollowedBy` is every word but these.
 */
const THREAT_MODAL = words(FUTURE_MODALS, ['would', 'must', "won't", "wouldn't"]);
const THREAT_MODAL_NOT_NEXT = new RegExp(`^(?!${THREAT_MODAL.source})`);

/**
 * Acts whose doer a warning threatens when they follow "any" and the doer's name or demonym ("warned that any Indian
 * attempt", "any Israeli attack"): `objectNotFollowedBy` is every word but these.
 */
const WARNED_ACT_NOT_NEXT = new RegExp(`^(?!${WARNED_ACT.source})`);

/** What a modal announces as a reprisal: "would retaliate", "will punish", "will take countermeasures". */
const RETALIATION = /^(retaliat|punish|aveng|revenge|countermeasure|reprisal|retribution)/;

/** Ordered: the first rule that matches a token wins. */
export const TRIGGERS: readonly TriggerRule[] = [
  // "described Xi as a dictator", "calling Putin a war criminal", "branded him a liar": naming with an insult.
  {
    id: 'criticism-insult-naming',
    type: 'CRITICISM',
    word: words(NAMING_VERBS),
    needsAfter: PEJORATIVE,
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.8,
    examples: [
      'US President Joe Biden called Russian President Vladimir Putin a war criminal.',
      'US President Joe Biden described Chinese President Xi Jinping as a dictator in June.',
    ],
    counterexamples: ['US President Donald Trump called Russian President Vladimir Putin a friend.'],
  },
  // "attacked Lula as a 'communist' and 'corrupt'", "lashed out at Trudeau as dishonest": an attack that names its
  // target with an insult is one of words, no act of force (it comes before conflict-force-noun, which would read it).
  {
    id: 'criticism-attacked-with-insult',
    type: 'CRITICISM',
    word: /^(attack|attacks|attacked|attacking|lashed|lashes|lashing)$/,
    needsAfter: PEJORATIVE,
    within: 12,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: [
      // (Atlanta Beacon 2024 on Milei and Lula; Reuters 2018 on Trump and Trudeau.)
      'Argentine President Javier Milei attacked Brazilian President Lula da Silva as a "communist" and "corrupt" on Tuesday.',
      'US President Donald Trump lashed out at Canadian Prime Minister Justin Trudeau as "dishonest" and "weak" on Sunday.',
      'Former US President Barack Obama attacked Donald Trump in private as a "madman" and a "lunatic".',
    ],
    counterexamples: [
      'Russia attacked Ukraine on Friday, and Kyiv said the strikes were genocide.',
      'Russian forces attacked the Ukrainian city of Kharkiv on Friday.',
    ],
  },
  // "called the US tariffs absolutely unacceptable", "branded the incursion by Ukraine a terrorist attack", "described
  // the sanctions as blackmail": naming another's act with a word of condemnation (not "called on", a demand).
  {
    id: 'criticism-named-unacceptable',
    type: 'CRITICISM',
    word: words(NAMING_VERBS),
    notFollowedBy: /^(on|upon|for|off|out)$/,
    needsAfter: words(DENUNCIATIONS, DENOUNCED_LABELS),
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      'Canadian Prime Minister Justin Trudeau called the US tariffs absolutely unacceptable.',
      'Russian President Vladimir Putin branded Ukraine’s incursion a terrorist attack.',
      'The Chinese foreign ministry described the Japanese move as a provocation.',
      'The Russian Foreign Ministry called the new US sanctions counterproductive.',
      'South Korea called the remarks of China’s foreign ministry rude.',
      // Labels of a wrong (DENOUNCED_LABELS) and verbs of judging as (Somalia's cabinet 2024, Zimbabwe's and
      // Malawi's opposition 2019-2023, India's MEA 2023, Pakistan's NSC 2022, ECOWAS 2023).
      {
        text: 'Somalia described Ethiopia’s pact with Somaliland as a clear violation of its sovereignty.',
        participants: ['somalia', 'ethiopia'],
      },
      'Zimbabwe opposition leader Nelson Chamisa called the re-election of Emmerson Mnangagwa a sham.',
      'Malawi opposition leader Lazarus Chakwera called the victory of Peter Mutharika daylight robbery.',
      'India termed the resolution of the European Parliament interference in its internal affairs.',
      'Pakistan termed the letter from the United States blatant interference in its internal affairs.',
      'China regarded the Japanese move as a serious provocation.',
      // An act told in a sentence before, taken up by "the move", "the decision", "the deal" (deeds.ts).
      {
        text: 'Israel announced plans to build 3,000 settler homes. The European Union described the move as illegal.',
        participants: ['european-union', 'israel'],
      },
      {
        text: 'Mali decided on Monday to expel the French ambassador. France called the decision unacceptable.',
        participants: ['france', 'mali'],
      },
      {
        text: 'Ethiopia signed a deal with Somaliland on Monday. Somalia called the deal null and void.',
        participants: ['somalia', 'ethiopia'],
      },
      {
        text: 'Niger announced a decision to try Mohamed Bazoum for treason. ECOWAS described the development as a provocation.',
        participants: ['economic-community-of-west-african-states', 'niger'],
      },
    ],
    counterexamples: [
      'The European Union called on Russia to halt its illegal occupation.',
      'Canadian Prime Minister Justin Trudeau called the talks with Mexico constructive.',
      // (Labels of a wrong, after real phrasings of 2017-2024, and their near misses: praise, no doer, no speaker.)
      'Kenyan President William Ruto described the talks with Angola as a breakthrough.',
      'ECOWAS described the situation in the region as a violation of the constitutional order.',
      'Analysts described the election in Zimbabwe as a sham.',
      'Kenya considers Angola one of its most dependable allies.',
      'Ghana announced a decision to host the summit. Togo described the move as a welcome step.',
      'Kenya and Ethiopia announced a decision to open the border. Somalia described the move as a provocation.',
    ],
  },
  // "described the Houthis' claims as lies", "called the US report fabricated": naming another's claims a falsehood
  // (what DISMISSALS lists) criticises their author, as rejecting them "as baseless" does.
  {
    id: 'criticism-named-lies',
    type: 'CRITICISM',
    word: words(NAMING_VERBS),
    notFollowedBy: /^(on|upon|for|off|out)$/,
    needsAfter: words(DISMISSALS),
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.7,
    examples: [
      // (Yemen Online 2020 on the government's spokesman; TASS, Xinhua 2022-2024.)
      {
        text: 'Rajeh Sarei, the spokesman for the Yemeni government, described the Houthis’ claims as lies.',
        participants: ['yemen', 'houthis'],
      },
      'The Russian Foreign Ministry called the US report fabricated on Friday.',
    ],
    counterexamples: ['The Russian Foreign Ministry called the report fabricated on Friday.'],
  },
  // "likened Putin to Hitler", "compared Israel's war in Gaza to the Holocaust": a comparison with an infamy condemns.
  {
    id: 'criticism-likened-to-infamy',
    type: 'CRITICISM',
    word: /^(compared|compares|comparing|likened|likens|likening|equated|equates|equating)$/,
    needsAfter: words(INFAMIES),
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      'Brazilian President Luiz Inacio Lula da Silva compared Israel’s war in Gaza to the Holocaust.',
      'Polish President Andrzej Duda likened Russian President Vladimir Putin to Hitler.',
    ],
    counterexamples: ['Analysts compared China’s economy to Japan’s in the 1990s.'],
  },
  // "rejected India's remarks as baseless", "dismissed the US report as groundless": the one whose claims are rejected
  // is criticised.
  {
    id: 'criticism-dismissed-as-baseless',
    type: 'CRITICISM',
    word: words(REJECTING_VERBS),
    needsAfter: words(DISMISSALS),
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      'Pakistan rejected India’s remarks as baseless on Monday.',
      'China dismissed the US report as groundless on Thursday.',
    ],
    counterexamples: ['Pakistan rejected the proposal of India on Monday.'],
  },
  // "rejected the Belarusian claim", "dismissed Russia's allegations", "rejected the accusations by Moncada": the one
  // whose claims are rejected is criticised (the actor before the noun, or after its "by" or "of"; "dismissed claims
  // that the Houthis seized Bayda" names no claimant, and a rejected proposal or offer is no claim).
  {
    id: 'criticism-rejected-claims',
    type: 'CRITICISM',
    word: words(REJECTING_VERBS),
    needsAfter: words(ASSERTIONS),
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    confidence: 0.7,
    examples: [
      // (AP 2021 on the Belarus border, Reuters 2020, EFE 2017 on Colombia and Venezuela.)
      {
        text: 'Lithuania rejected the Belarusian claim on Monday.',
        participants: ['lithuania', 'belarus'],
      },
      'Ukraine dismissed Russia’s allegations on Monday.',
      {
        text: 'The Colombian foreign ministry rejected the accusations by Venezuela on Tuesday.',
        participants: ['colombia', 'venezuela'],
      },
    ],
    counterexamples: [
      'Pakistan rejected the proposal of India on Monday.',
      'The Yemeni government dismissed claims that the Houthis had seized Bayda.',
      'Iran rejected the claims on Monday.',
    ],
  },
  // "vehemently rejects the Indian announcement", "rejected the US sanctions", "rejected Israel's decision": a state's
  // decision or measure rejected criticises the state named just before it (not a rejected proposal or offer).
  {
    id: 'criticism-rejected-decision',
    type: 'CRITICISM',
    word: words(REJECTING_VERBS),
    needsAfter: words(REJECTED_DECISIONS),
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    confidence: 0.7,
    examples: [
      // (Pakistan's National Security Committee, April 2025; its Foreign Office, April 2024; Jordan, 2024.)
      {
        text: 'Pakistan vehemently rejects the Indian announcement to hold the Indus Waters Treaty in abeyance.',
        participants: ['pakistan', 'india'],
      },
      'Pakistan on Saturday rejected the US sanctions on four Chinese firms.',
      'Jordan rejected Israel’s decision to expand settlements on Monday.',
    ],
    counterexamples: [
      'Pakistan rejected the proposal of India on Monday.',
      'Hamas rejected the latest Israeli offer on Sunday.',
      'The court rejected the decision on Monday.',
    ],
  },
  // "Iran held the United States responsible for the strike", "holds Israel accountable": blame laid on an actor.
  {
    id: 'criticism-held-responsible',
    type: 'CRITICISM',
    word: /^(held|holds|holding|hold)$/,
    needsAfter: /^(responsible|accountable|liable)$/,
    within: 8,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    confidence: 0.75,
    examples: [
      'Iran held the United States responsible for the strike on its consulate.',
      'Pakistan holds India responsible for the attack in Balochistan.',
    ],
    counterexamples: ['Iran held talks with officials responsible for trade in China.'],
  },
  // "a diatribe comparing India to Nazi Germany", "a propaganda offensive against India": attacks in words.
  {
    id: 'criticism-diatribe-noun',
    type: 'CRITICISM',
    word: /^(diatribe|diatribes|tirade|tirades|broadside|broadsides)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.75,
    examples: [
      'Pakistan Prime Minister Imran Khan launched a diatribe against India on Sunday.',
      'Russian President Vladimir Putin launched a tirade against NATO on Friday.',
    ],
  },
  {
    id: 'criticism-propaganda-attack',
    type: 'CRITICISM',
    word: /^(attack|attacks|offensive|campaign|onslaught)$/,
    needsBefore: /^(propaganda|verbal|rhetorical|smear|disinformation)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.75,
    examples: [
      'Russian Foreign Minister Sergei Lavrov launched a verbal attack on NATO.',
      'Pakistan is engaging in a propaganda offensive against India.',
    ],
    counterexamples: ['Russia launched an attack on Ukraine on Friday.'],
  },
  // "lodged a strong protest with India", "filed a diplomatic protest over the road New Delhi built".
  {
    id: 'criticism-lodged-protest',
    type: 'CRITICISM',
    word: /^(protest|protests|representations|complaint|complaints|demarche|demarches|démarche)$/,
    needsBefore:
      /^(lodged|lodge|lodges|lodging|filed|file|files|registered|conveyed|delivered|issued|issues|sent|handed|made|making)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.8,
    examples: [
      'Beijing lodged stern representations with Tokyo over the remarks.',
      'Nepal lodged a strong protest with India on Sunday.',
      // Complaints and demarches (Yonhap 2023, Anadolu 2023).
      'South Korea lodged a complaint with China over the ambassador’s remarks on Friday.',
      'Turkey issued a demarche to Sweden over the burning of the Koran.',
    ],
    counterexamples: ['Workers filed a complaint with the labour ministry of India.'],
  },
  // "said Lula had “crossed a red line”": the one who says so criticises the actor just before.
  {
    id: 'criticism-crossed-red-line',
    type: 'CRITICISM',
    word: /^crossed$/,
    needsAfter: /^line$/,
    within: 3,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      {
        text: 'Benjamin Netanyahu said Brazilian President Luiz Inacio Lula da Silva had “crossed a red line.”',
        participants: ['benjamin-netanyahu', 'luiz-inacio-lula-da-silva'],
      },
    ],
  },
  // "declared 35 Russian embassy officials persona non grata", "declared a Pakistani official at the High Commission
  // persona non grata": staff of a mission declared unwelcome are expelled, a sanction of their state (the State
  // Department in 2016, India in 2025, Sudan in 2023).
  {
    id: 'sanction-staff-persona-non-grata',
    type: 'SANCTION',
    // (The Latin plural too: "five employees of the Polish embassy personae non gratae", Russia's MFA 2021.)
    word: /^personae?$/,
    needsBefore: MISSION_STAFF,
    needsAfter: /^gratae?$/,
    within: 2,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      {
        text: 'The US State Department declared 35 Russian officials persona non grata on Thursday.',
        participants: ['united-states', 'russia'],
      },
      {
        text: 'India declared a Pakistani official at the High Commission persona non grata on Tuesday.',
        participants: ['india', 'pakistan'],
      },
      'Estonia declared two Russian embassy staffers persona non grata on Monday.',
      {
        text: 'Russia declared five employees of the Polish embassy personae non gratae on Friday.',
        participants: ['russia', 'poland'],
      },
    ],
    counterexamples: ['Israel has declared Brazilian President Luiz Inacio Lula da Silva “persona non grata”.'],
  },
  // "declared Lula “persona non grata”", "said Lula is persona non grata": the declaring actor criticises the one
  // before.
  {
    id: 'criticism-persona-non-grata',
    type: 'CRITICISM',
    word: /^personae?$/,
    notPrecededBy: MISSION_STAFF,
    needsAfter: /^gratae?$/,
    within: 2,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    examples: [
      {
        text: 'Israel has declared Brazilian President Luiz Inacio Lula da Silva “persona non grata” for his remarks.',
        participants: ['israel', 'luiz-inacio-lula-da-silva'],
      },
    ],
    // (Diplomats declared unwelcome are expelled: sanction-declared-diplomats-unwelcome, sanction-staff-persona-non-grata.)
    counterexamples: [
      'Sudan declared 15 UAE diplomats persona non grata on Sunday.',
      'The US State Department declared 35 Russian officials persona non grata on Thursday.',
    ],
  },
  // "he still thinks Xi is a dictator": the one who says or thinks it criticises the actor just before.
  {
    id: 'criticism-is-pejorative',
    type: 'CRITICISM',
    word: PEJORATIVE,
    needsBefore: words(BE_PRESENT, BE_PAST, ['remains', 'remained']),
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      {
        text: 'US President Joe Biden said Chinese President Xi Jinping is a dictator.',
        participants: ['joe-biden', 'xi-jinping'],
      },
      'South African President Cyril Ramaphosa said Israel’s campaign in Gaza was genocide.',
    ],
  },
  // "Shapps said the attacks launched by the Houthis are unacceptable", "said Israel's strikes were illegal": the sayer
  // denounces the actor just before (whose acts they are).
  {
    id: 'criticism-said-unacceptable',
    type: 'CRITICISM',
    word: DENUNCIATION,
    needsBefore: words(BE_PRESENT, BE_PAST, ['remains', 'remained']),
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      // (The Guardian 2024: the UK defence secretary on the Red Sea attacks; IRNA, Reuters 2019-2024.)
      {
        text: 'UK Defence Secretary Grant Shapps said the attacks launched by the Houthis were unacceptable.',
        participants: ['grant-shapps', 'houthis'],
      },
      'Iranian Foreign Minister Abbas Araghchi said Israel’s strikes were illegal.',
      // The sayer may follow what is said (participants.ts, trailingSayer; tellerreport 2020, TASS 2024).
      {
        text: '“Lukashenka is the illegitimate president of Ukraine for us,” Borrell said.',
        participants: ['josep-borrell', 'alexander-lukashenko'],
      },
      {
        text: 'The new sanctions regime against Russia, which was approved by the EU Council, is illegitimate, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing.',
        participants: ['maria-zakharova', 'eu-council'],
      },
    ],
    counterexamples: [
      'Russian Foreign Minister Sergei Lavrov said the situation was unacceptable.',
      'Japanese Prime Minister Fumio Kishida said it was unacceptable that the talks failed.',
      // (No actor's act is judged: Interfax-Ukraine 2022 on Macron, i24 2022 on Turkey's ministry.)
      '“The situation today and the level of tension at the border is absolutely counterproductive and unacceptable,” Macron said in an interview with CBS.',
    ],
  },
  // "said the US raid was a violation of international law", "said U.S. arms sales to Taiwan were a serious breach",
  // "said the strike was an act of aggression": the sayer labels the act of the actor just before a wrong (the label
  // right after "be" and its article: "Syria is backing Russian aggression" labels nothing).
  {
    id: 'criticism-said-a-violation',
    type: 'CRITICISM',
    word: /^(a|an)$/,
    notPrecededBy: NOT_AFTER_BE,
    needsAfter: words(DENOUNCED_LABELS),
    within: 4,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      // (Qatar's foreign ministry 2008, China's foreign ministry 2018, Iran 2024, Ghana 2023.)
      {
        text: 'The Qatari foreign ministry said the US raid in Syria was a violation of international law.',
        participants: ['qatar', 'united-states'],
      },
      {
        text: 'Chinese Foreign Ministry spokesperson Geng Shuang said U.S. arms sales to Taiwan were a serious breach of international law.',
        participants: ['geng-shuang', 'united-states'],
      },
      'Iran said the Israeli strike was an act of aggression.',
      // (The sayer after what is said: uawire 2019 on the State Department's deputy spokesperson.)
      {
        text: 'The so-called referendum at the barrel of a gun, conducted by Russia in Crimea five years ago, was a farce, wrote State Department Deputy Spokesperson Robert Palladino on Twitter.',
        participants: ['robert-palladino', 'russia'],
      },
    ],
    counterexamples: [
      'The Council said that Syria is backing Russian aggression against Ukraine.',
      '“This decision, which constitutes a grave violation of the established principles of international law, cannot be accepted,” the ministry said.',
      // (The sayer of a second clause is not the judge of the first.)
      'The referendums held by Russia were a sham, and Ukraine said it would not recognise them.',
      'Russian Foreign Minister Sergei Lavrov said the situation in Syria was a violation of the truce.',
      'Kenyan President William Ruto said the meeting with Ethiopia was a success.',
    ],
  },
  {
    id: 'call-phone-noun',
    type: 'CALL',
    word: words(BY_PHONE),
    needsAfter: words(CALLS, CONVERSATIONS, ['talks', 'talk']),
    within: 1,
    pos: 'noun',
    objects: false,
    confidence: 0.9,
    examples: [
      'Pakistani Foreign Minister Ishaq Dar had a telephonic talk with US Secretary of State Marco Rubio on Monday.',
      'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held a phone call on Tuesday.',
    ],
  },
  {
    // (Elysee and Kremlin readouts: "held two long conversations by phone with Putin and with Zelensky", EFE 2022.)
    id: 'call-conversation-by-phone',
    type: 'CALL',
    word: words(CONVERSATIONS),
    needsAfter: words(PHONES),
    within: 2,
    pos: 'noun',
    objects: false,
    confidence: 0.9,
    examples: [
      {
        text: 'French President Emmanuel Macron held two separate long conversations by phone on Tuesday with Russian President Vladimir Putin and with Ukrainian President Volodymyr Zelensky.',
        participants: ['emmanuel-macron', 'vladimir-putin'],
      },
      'German Chancellor Olaf Scholz had a conversation by telephone with Chinese President Xi Jinping on Friday.',
    ],
    counterexamples: [
      'In a conversation with reporters on Monday, Macron said he would phone Putin soon.',
      'The conversation on phone tariffs between the two ministers is planned for next week.',
    ],
  },
  {
    id: 'call-spoke-by-phone',
    type: 'CALL',
    word: words(SPEAKING_VERBS, CHAT_FORMS, ['talk']),
    needsAfter: words(PHONES, VIDEO_CALLS),
    within: 4,
    pos: 'verb',
    objects: false,
    confidence: 0.9,
    examples: [
      'Turkey’s Foreign Minister Hakan Fidan spoke by phone with his Ukrainian counterpart Andrii Sybiha on Monday.',
      'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on Tuesday.',
      'Chinese President Xi Jinping and US President Joe Biden talked by videoconference on Monday.',
      // (", and the Kremlin said ..." after a closed list opens a clause: Russia is no member of the call.)
      {
        text: 'US President Joe Biden spoke by phone on Monday with the leaders of Britain and France, and the Kremlin said it was ready.',
        participants: ['joe-biden', 'france'],
      },
    ],
  },
  {
    id: 'call-phoned-verb',
    type: 'CALL',
    word: words(PHONED, ['rang']),
    pos: 'verb',
    objects: true,
    confidence: 0.9,
    examples: [
      'Russian President Vladimir Putin phoned Turkish President Recep Tayyip Erdogan on Tuesday.',
      'French President Emmanuel Macron telephoned Russian President Vladimir Putin on Friday.',
      // (Indian and US leaders' New Year call, 2019: "Modi dialled Trump".)
      'Indian Prime Minister Narendra Modi dialled US President Donald Trump on Monday evening.',
    ],
    counterexamples: ['Indian Prime Minister Narendra Modi dialled down his criticism of China on Monday.'],
  },
  {
    id: 'call-called-verb',
    type: 'CALL',
    word: /^called$/,
    notPrecededBy: /^so$/,
    // ("called in the ambassador" is a summons: meeting-called-in-envoy.)
    notFollowedBy: /^(for|on|upon|off|up|out|in|it|them|him|her|this|that|the|a|an|into)$/,
    // ("indirect talks in Muscat, which both sides called constructive", Daily Post 2025.)
    notBeforeComplement: true,
    notBeforeOwned: words(CHAIRED_OCCASIONS, CONVERSATIONS, CALLS, OWNED_NAMED_BONDS),
    objectNotFollowedBy: words(ARTICLES, THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES),
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    confidence: 0.7,
    examples: [
      'Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Tuesday.',
      'US President Joe Biden called Russian President Vladimir Putin on Monday.',
      'Japanese Prime Minister Fumio Kishida called Ukrainian President Volodymyr Zelensky again on Monday.',
      // A possessive before a person is still the one called.
      {
        text: 'Turkish President Recep Tayyip Erdogan called his Russian counterpart Vladimir Putin on Tuesday.',
        participants: ['recep-tayyip-erdogan', 'vladimir-putin'],
      },
      // A past verb after "and" is the teller's next deed, beyond the hedge of an infinitive before it (Reuters 2025).
      {
        text: 'French President Emmanuel Macron told Ukrainian President Volodymyr Zelensky of his plan to talk to Russian President Vladimir Putin and called Zelensky afterwards.',
        participants: ['emmanuel-macron', 'volodymyr-zelensky'],
      },
      // What is told after "that" has its own subject.
      {
        text: 'French President Emmanuel Macron told reporters that Ukrainian President Volodymyr Zelensky called Russian President Vladimir Putin on Monday.',
        participants: ['volodymyr-zelensky', 'vladimir-putin'],
      },
    ],
    counterexamples: [
      // A base form after "and" is still under the plan.
      'French President Emmanuel Macron told Ukrainian President Volodymyr Zelensky of his plan to talk to Russian President Vladimir Putin and call Zelensky afterwards.',
      'The European Union called on Russia to immediately withdraw its troops.',
      'UN Secretary-General Antonio Guterres called upon Israel to let aid into Gaza.',
      'US President Joe Biden called out China over its human rights record.',
      'US President Donald Trump called Russian President Vladimir Putin a friend.',
      'The European Union called for talks between Russia and Ukraine.',
      'Prime Minister Christopher Luxon called Australia New Zealand’s closest partner on Thursday.',
      // (AFP 2023: a time named, no one called; the meeting it followed is another rule's.)
      'Brazilian President Luiz Inacio Lula da Silva called Monday "historic" after a meeting with Venezuelan President Nicolas Maduro.',
      'Israeli Foreign Minister Israel Katz called Hamas Iran’s proxy in a post on X.',
      'Iranian and US negotiators held talks in Muscat, which both sides called constructive, on Saturday.',
      'South Korean Vice Foreign Minister Kim Hong-kyun called in Russian Ambassador Georgy Zinoviev on Monday.',
      // An owned occasion or bond named, not a call (after CBS 2009: "Obama, meeting Tuesday with Putin for the first
      // time, called their talks ...").
      'US President Barack Obama, who met Russian Prime Minister Vladimir Putin on Tuesday, called their talks “an excellent opportunity”.',
      'US President Barack Obama called his talks with Russian Prime Minister Vladimir Putin a success.',
      'Turkish President Recep Tayyip Erdogan called his relationship with Russian President Vladimir Putin “sincere”.',
    ],
  },
  // "called the leaders of Germany, Poland and Sweden": "called" before "the" is a call when those who act for states
  // follow (the objects are the states after their "of"; "called the decision a mistake" names no one).
  {
    id: 'call-called-leaders-of',
    type: 'CALL',
    word: /^called$/,
    needsAfter: /^(?:leaders|presidents|heads|ministers|premiers|counterparts)$/,
    within: 3,
    objectNotFollowedBy: words(ARTICLES, THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES),
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      'On Friday, Ukrainian President Volodymyr Zelensky called the leaders of Germany, Poland and Sweden.',
      'Turkish President Recep Tayyip Erdogan called the presidents of Azerbaijan and Kazakhstan on Tuesday.',
      'Indian Prime Minister Narendra Modi called the prime ministers of Japan and Australia on Monday.',
    ],
    counterexamples: [
      'US President Donald Trump called the leaders of Canada and Mexico a disgrace.',
      'Kenyan President William Ruto called the leaders of the opposition on Monday.',
      'The European Union called the ministers to an emergency meeting in Brussels.',
    ],
  },
  {
    id: 'call-call-noun',
    type: 'CALL',
    word: words(CALLS),
    needsBefore: BEFORE_AN_OCCASION,
    orFollowedBy: /^(with|between)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.85,
    examples: [
      'U.S. President Joe Biden held a call with Chinese President Xi Jinping on Tuesday.',
      'Ukrainian President Volodymyr Zelensky says he has had a call with French President Emmanuel Macron.',
    ],
    counterexamples: ['The European Union issued a call for calm on Monday.'],
  },
  // "held a videoconference with Putin", "a video conference with Macron": a call by video is a call (not "a press
  // conference", nor a video shown to someone).
  {
    id: 'call-video-conference',
    type: 'CALL',
    word: words(VIDEO_CALLS),
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      // (Kremlin, PIB, Élysée readouts 2020-2023: leaders' talks by video link.)
      'Indian Prime Minister Narendra Modi held a videoconference with Russian President Vladimir Putin on Tuesday.',
      'Japanese Prime Minister Fumio Kishida held a teleconference with Indian Prime Minister Narendra Modi on Friday.',
    ],
    counterexamples: [
      'Ukrainian President Volodymyr Zelensky held a press conference with French President Emmanuel Macron on Friday.',
      'Russian President Vladimir Putin showed a video to Turkish President Recep Tayyip Erdogan on Friday.',
    ],
  },
  // "a video conference with Macron", "a virtual conference": the same, in two words.
  {
    id: 'call-video-conference-two-words',
    type: 'CALL',
    word: /^(conference|conferences)$/,
    needsBefore: /^(video|virtual)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      'Ukrainian President Volodymyr Zelensky held a video conference with French President Emmanuel Macron on Friday.',
      'German Chancellor Olaf Scholz had a virtual conference with Chinese President Xi Jinping on Monday.',
    ],
    counterexamples: [
      'German Chancellor Olaf Scholz gave a video address to the Ukrainian parliament on Monday.',
      'The United Nations held a virtual conference on climate finance on Monday.',
    ],
  },
  // "spoke with Macron", "spoke to Putin": a conversation with the actor after the preposition.
  {
    id: 'meeting-spoke-with',
    type: 'MEETING',
    word: words(SPEAKING_VERBS, CHAT_FORMS),
    needsAfter: /^(with|to)$/,
    within: 5,
    callInCallArticle: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      {
        text: 'South African President Cyril Ramaphosa also spoke to Russian President Vladimir Putin.',
        type: 'CALL',
      },
      'Indian Prime Minister Narendra Modi spoke with Chinese President Xi Jinping on the sidelines of the summit.',
      'US President Joe Biden briefly chatted with Chinese President Xi Jinping at the G20 summit in Bali.',
    ],
    counterexamples: [
      // (The "to" of an infinitive names no one spoken to.)
      'The leaders of Brazil, Russia, India, China and South Africa talked together to promote their partnership.',
      'Indian and Chinese officials spoke at length to prepare the summit.',
    ],
  },
  // "said Thursday, after speaking with Trump, that ...", "After talking with Biden, Trudeau said": a conversation told
  // as the circumstance of another act, done by that act's subject ("speaking to reporters" names no actor).
  {
    id: 'meeting-after-speaking-with',
    type: 'MEETING',
    word: /^(speaking|talking)$/,
    needsBefore: /^(after|before|since|following|upon|when|while)$/,
    needsAfter: /^with$/,
    within: 2,
    callInCallArticle: true,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: [
      // (AP 2024 on Sheinbaum and Trump; Reuters 2022 on Erdogan and Putin.)
      {
        text: 'Mexican President Claudia Sheinbaum said Thursday, after speaking with US President-elect Donald Trump, that a tariff war will be avoided.',
        type: 'CALL',
      },
      {
        text: 'After talking with Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan said a deal was near.',
        type: 'CALL',
      },
    ],
    counterexamples: [
      'Mexican President Claudia Sheinbaum said Thursday, after speaking with reporters, that a tariff war will be avoided.',
      'After speaking at the United Nations, Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin.',
    ],
  },
  {
    id: 'meeting-conversation-noun',
    type: 'MEETING',
    word: words(CONVERSATIONS),
    needsBefore: BEFORE_AN_OCCASION,
    orFollowedBy: /^with$/,
    callInCallArticle: true,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
    examples: [
      'Brazilian Foreign Minister Mauro Vieira and Israeli Ambassador Daniel Zonshine had a “harsh, but appropriate” conversation in Brasilia.',
    ],
    counterexamples: ['Vladimir Putin and Recep Tayyip Erdogan had a telephone conversation on Tuesday.'],
  },
  // "paid a courtesy call on President Shahabuddin": a call on someone is a visit.
  {
    id: 'meeting-courtesy-call',
    type: 'MEETING',
    word: /^courtesy$/,
    needsAfter: words(CALLS),
    within: 1,
    pos: 'noun',
    objects: true,
    objectWithin: 4,
    confidence: 0.85,
    examples: [
      'Bangladeshi Prime Minister Sheikh Hasina paid a courtesy call on President Mohammed Shahabuddin on Saturday.',
    ],
  },
  // "welcomed Iran's willingness to resume talks", "welcomed the decision by Israel": approving another's move is a
  // statement about it (before the meeting rules, which read "welcomed" with a person or a "by" as receiving a visitor).
  {
    id: 'statement-welcomed-move',
    type: 'STATEMENT',
    word: words(APPROVAL_VERBS),
    needsAfter: words(MOVES),
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      'The United States on Friday welcomed Iran’s willingness to resume talks on its nuclear program.',
      'Egypt welcomed the decision by Israel to allow aid into Gaza.',
      {
        text: 'French President Emmanuel Macron welcomed Zelensky’s decision to hold elections.',
        participants: ['emmanuel-macron', 'volodymyr-zelensky'],
      },
      'The European Union hailed Armenia’s commitment to the peace process.',
      {
        text: 'NATO Secretary General Jens Stoltenberg welcomed Finland’s decision to join the alliance.',
        participants: ['jens-stoltenberg', 'finland'],
      },
    ],
    counterexamples: [
      // (What the head of a body says of the body they act for is its own voice, no relation: NATO 2023, Vilnius.)
      'NATO Secretary General Jens Stoltenberg welcomed the major decisions NATO leaders took to adapt the Alliance.',
      'French President Emmanuel Macron welcomed Zelensky to the Elysee Palace on Monday.',
      'US President Joe Biden thanked Egyptian President Abdel Fattah al-Sisi for Egypt’s efforts to reach a deal.',
      'Russia welcomed the decision on Monday.',
      'Germany welcomed the decision to extend the talks, Chancellor Olaf Scholz said.',
    ],
  },
  // "He was received at the airport by President Bhandari".
  {
    id: 'meeting-received-by',
    type: 'MEETING',
    word: RECEPTION_PARTICIPLE,
    needsAfter: /^by$/,
    within: 6,
    // ("was received for talks by": the talks are the reception's.)
    oneSpan: true,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'Russian President Vladimir Putin arrived in Pyongyang. He was greeted by North Korean leader Kim Jong Un.',
      'Chinese President Xi Jinping arrived in Kathmandu. He was received at the airport by President Bidya Devi Bhandari.',
      // (Male 2021 on India's foreign minister; a purpose between the verb and its "by", New Delhi 2017 on Palestine's
      // president.)
      {
        text: 'Indian External Affairs Minister Subrahmanyam Jaishankar was received at Velana International Airport by Maldivian Foreign Minister Abdulla Shahid.',
        participants: ['subrahmanyam-jaishankar', 'abdulla-shahid'],
      },
      {
        text: 'Palestinian President Mahmoud Abbas was received for talks by Indian Prime Minister Narendra Modi in New Delhi on Tuesday.',
        participants: ['mahmoud-abbas', 'narendra-modi'],
      },
    ],
  },
  // "was received at Velana International Airport by", "was received for talks by": a visitor received by a host
  // in the passive, the place or the purpose of the reception told between the verb and its "by" (too far for
  // meeting-received-by before it, which takes no "was" and so stops sooner).
  {
    id: 'meeting-received-passive-far',
    type: 'MEETING',
    word: /^(received|greeted|welcomed)$/,
    needsBefore: words(BE_PAST, BE_PARTICIPLES),
    needsAfter: /^by$/,
    within: 10,
    oneSpan: true,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      // (Hanoi 2024 on Timor-Leste's president; Moscow 2015 on Sri Lanka's; Male 2021 on India's foreign minister;
      // Paris 2024 on the US president-elect.)
      {
        text: 'Timorese President Jose Ramos-Horta was welcomed at Noi Bai International Airport in Hanoi by Vietnamese Deputy Foreign Minister Do Hung Viet.',
        participants: ['jose-ramos-horta', 'do-hung-viet'],
      },
      {
        text: 'Sri Lankan President Maithripala Sirisena was received at the Domodedovo airport in Moscow by Russian Deputy Foreign Minister Igor Morgulov.',
        participants: ['maithripala-sirisena', 'igor-morgulov'],
      },
      {
        text: 'Indian External Affairs Minister Subrahmanyam Jaishankar was greeted on his arrival at the airport in Male by Maldivian Foreign Minister Abdulla Shahid.',
        participants: ['subrahmanyam-jaishankar', 'abdulla-shahid'],
      },
      {
        text: 'US President-elect Donald Trump was greeted warmly upon arriving at the Elysee Palace by French President Emmanuel Macron.',
        participants: ['donald-trump', 'emmanuel-macron'],
      },
      // (New Delhi 2024 on the Maldives' president; Kabul 2021 on Pakistan's foreign minister.)
      {
        text: 'Maldivian President Mohamed Muizzu was received on his arrival at the airport in New Delhi by Indian Minister of State Kirti Vardhan Singh.',
        participants: ['mohamed-muizzu', 'kirti-vardhan-singh'],
      },
      {
        text: 'Pakistani Foreign Minister Shah Mahmood Qureshi was received upon his arrival at Kabul airport by Afghan Foreign Minister Amir Khan Muttaqi.',
        participants: ['shah-mahmood-qureshi', 'amir-khan-muttaqi'],
      },
    ],
    counterexamples: [
      // (Not the active verb: what the receiver was given, and who gave it.)
      'Ukrainian President Volodymyr Zelensky received the Charlemagne Prize in Aachen on Sunday, awarded by the city.',
      'Polish President Andrzej Duda received a letter from the Ukrainian parliament signed by its speaker on Monday.',
      // (A "by" past a comma belongs to another clause.)
      'The plan was welcomed in Brussels on Monday, and the talks were hosted by Qatar.',
      // (Greeted with no one named after "by": the welcome of a ceremony, Paris 2024.)
      'US President Joe Biden was greeted with a formal ceremony at the Arc de Triomphe before posing with French President Emmanuel Macron.',
      // (What a state proposed, welcomed by others, is no visit of that state.)
      "Ukraine's peace proposal was welcomed at the summit in Brussels on Thursday by European Union leaders.",
    ],
  },
  // "was given a ceremonial welcome by President Kovind", "accorded a warm welcome at the airport by": a visitor given a
  // welcome by a host is received by that host (a welcome with no one named who gives it states no meeting).
  {
    id: 'meeting-given-welcome-by',
    type: 'MEETING',
    word: /^(given|accorded|extended)$/,
    needsAfter: /^(welcome|reception)$/,
    within: 4,
    pos: 'verb',
    objects: true,
    objectPerson: true,
    confidence: 0.75,
    examples: [
      'South Korean President Moon Jae-in was given a ceremonial welcome by Indian President Ram Nath Kovind on Tuesday.',
      'Chinese President Xi Jinping was accorded a warm welcome at the airport by Nepalese President Bidya Devi Bhandari.',
    ],
    counterexamples: [
      'South Korean President Moon Jae-in was given a ceremonial welcome in New Delhi on Tuesday.',
      'Chinese President Xi Jinping was given a warm welcome by crowds in Kathmandu.',
    ],
  },
  // "was met at the airport by Qatar’s emir", "was met in the historic city of al-Ula by": the passive of "met".
  {
    id: 'meeting-met-by-passive',
    type: 'MEETING',
    word: /^met$/,
    needsBefore: words(BE_PAST, BE_PARTICIPLES),
    needsAfter: /^by$/,
    within: 10,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'Kuwaiti Emir Sheikh Sabah Al Ahmad Al Sabah was met at the airport by Sheikh Tamim bin Hamad Al Thani.',
      {
        text: 'Russian President Vladimir Putin was met at the airport by North Korean leader Kim Jong Un.',
        participants: ['vladimir-putin', 'kim-jong-un'],
      },
    ],
  },
  // "summoned the Argentine ambassador in protest", "summoned Israel's envoy to protest", "summoned Chinese Ambassador
  // Qin Gang to condemn", "summoned the EU and British ambassadors to file solemn representations": a summons made to
  // protest or reproach criticises the envoy's state (before meeting-summoned-envoy, which reads a summons without a
  // protest). The reproach word is read again as a trigger of its own: "to protest against the sending of North Korean
  // troops" criticises North Korea too.
  {
    id: 'criticism-summoned-in-protest',
    type: 'CRITICISM',
    word: /^(summoned|summons|summon|summoning)$/,
    needsAfter: SUMMONS_REPROACH,
    // (Where and when the envoy was summoned may stand between: "summoned the Russian ambassador in Seoul on Monday to
    // protest".)
    within: 12,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: [
      // (Atlanta Beacon 2024 on Bolivia and Argentina; Reuters 2023 on Colombia and Argentina, 2024 on Mexico.)
      {
        text: 'The Bolivian government summoned the Argentine ambassador in protest on Thursday.',
        participants: ['bolivia', 'argentina'],
      },
      {
        text: 'Colombia summoned Argentina’s ambassador to protest against the remarks of President Javier Milei.',
        participants: ['colombia', 'argentina'],
      },
      // (Reuters 2024 on South Korea and Russia.)
      {
        text: 'South Korea’s foreign ministry summoned the Russian ambassador in Seoul on Monday to protest against the sending of North Korean troops to Russia.',
        participants: ['south-korea', 'russia'],
      },
      // (Taipei Times 2022 on the White House and China; Press TV 2021 on China and the EU; UrduPoint 2022 on Russia and
      // Canada.)
      {
        text: 'The White House on Thursday summoned the Chinese ambassador to condemn escalating actions against Taiwan.',
        participants: ['united-states', 'china'],
      },
      'In response, China summoned the EU ambassador to file solemn representations.',
      {
        text: 'The Russian Foreign Ministry on Monday summoned the Canadian ambassador and issued a demarche to her.',
        participants: ['russia', 'canada'],
      },
    ],
    counterexamples: [
      'Bolivia summoned the Argentine ambassador for consultations on Thursday.',
      'Thousands of protesters summoned by unions marched in Buenos Aires on Thursday.',
    ],
  },
  // "summoned China's ambassador over repeated insults and threats", "summoned UK's chargé d'affaires over remarks made
  // by the British Ambassador": a summons over another's words or force is a protest against the envoy's state (not
  // "over the weekend").
  {
    id: 'criticism-summoned-over',
    type: 'CRITICISM',
    word: /^(summoned|summons|summon|summoning)$/,
    needsAfter: /^over$/,
    andAfter: SUMMONS_GRIEVANCES,
    within: 12,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: [
      // (devdiscourse/Reuters 2021 on France and China; Khaleej Times 2024 on Iraq and the UK; Korea Herald 2023.)
      {
        text: "France's foreign ministry has summoned China's ambassador over repeated insults and threats.",
        participants: ['france', 'china'],
      },
      {
        text: "Iraq has summoned UK's charge d'affaires over remarks made by the British ambassador.",
        participants: ['iraq', 'united-kingdom'],
      },
    ],
    counterexamples: ['Bolivia summoned the Argentine ambassador over the weekend for consultations.'],
  },
  // "summoned Brazil’s ambassador Frederico Meyer for a meeting": a summoned envoy is met.
  {
    id: 'meeting-summoned-envoy',
    type: 'MEETING',
    word: /^(summoned|summons|summoning)$/,
    pos: 'verb',
    objects: true,
    objectPerson: true,
    confidence: 0.75,
    examples: [
      'Israeli Foreign Minister Israel Katz summoned Brazil’s ambassador Frederico Meyer for a meeting Monday.',
    ],
    counterexamples: ['Iran summoned the parliament to an emergency session.'],
  },
  // "called in Russian ambassador Georgy Zinoviev", "called in the Chinese envoy": a foreign envoy called in is summoned
  // and met (a person must follow: "called in the army", "called in sick" name no envoy).
  {
    id: 'meeting-called-in-envoy',
    type: 'MEETING',
    word: /^(called|calls|calling)$/,
    needsAfter: /^in$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    objectPerson: true,
    confidence: 0.75,
    examples: [
      // (Reuters 2024 on South Korea and Russia; AP 2023 on the Philippines and China.)
      {
        text: 'South Korean Vice Foreign Minister Kim Hong-kyun called in Russian Ambassador Georgy Zinoviev on Monday.',
        participants: ['kim-hong-kyun', 'georgy-zinoviev'],
      },
      'Philippine Foreign Secretary Enrique Manalo called in Chinese Ambassador Huang Xilian on Tuesday.',
    ],
    counterexamples: [
      'Thai Prime Minister Prayuth Chan-ocha called in the army to restore order in Bangkok.',
      'The French government called in experts to assess the damage on Monday.',
    ],
  },
  // "King Salman received both Afwerki and Ahmed", "Mitsotakis greeted Erdogan": receiving a visitor (not "received
  // aid").
  {
    id: 'meeting-received-visitor',
    type: 'MEETING',
    word: /^(received|receives|receiving|greeted|greets|welcomed|welcomes)$/,
    notFollowedBy: /^(a|an|by|from|support|aid|weapons)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    objectPerson: true,
    confidence: 0.75,
    examples: [
      'Saudi King Salman received Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed in Jeddah.',
      'Greek Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan in Athens.',
    ],
    counterexamples: ['Ukraine received weapons from Germany on Monday.', 'Russia welcomed Iran’s decision on Monday.'],
  },
  // "Xi hosted a state banquet for Macron", "bin Salman hosted a dinner in honour of Biden": the host of a meal given for
  // a guest meets the guest (the object may stand further on than after "hosted" alone); so does the host of a
  // reception or welcome given for a guest ("presided over the welcome ceremony for Biden", "rolled out a red carpet
  // welcome for Trump"), and one who holds or chairs either ("held a state banquet for Xi").
  {
    id: 'meeting-hosted-meal',
    type: 'MEETING',
    word: words(HOST_FORMS, CHAIR_FORMS, GIVING_A_RECEPTION),
    needsAfter: words(MEALS, RECEPTIONS),
    // ("hosted a lavish state dinner for", "rolled out the red carpet for": four words on.)
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 10,
    objectAfter: words(GUEST_PREPOSITIONS),
    confidence: 0.85,
    examples: [
      {
        text: 'Chinese President Xi Jinping hosted a state banquet for French President Emmanuel Macron in Beijing on Thursday.',
        participants: ['xi-jinping', 'emmanuel-macron'],
      },
      'Saudi Crown Prince Mohammed bin Salman hosted a dinner in honour of US President Joe Biden in Jeddah on Friday.',
      'US President Joe Biden hosted a state dinner for Kenyan President William Ruto at the White House on Thursday.',
      // (Receptions and welcomes given for a guest, and the verbs that give them: SGGP and Qazinform 2023, VNS 2023,
      // ANI 2017, People's Daily 2015, a Paris state dinner 2024.)
      {
        text: 'French President Emmanuel Macron hosted a lavish state dinner for US President Joe Biden.',
        participants: ['emmanuel-macron', 'joe-biden'],
      },
      {
        text: 'Uzbek President Shavkat Mirziyoyev hosted a ceremonial welcome for visiting President Kassym-Jomart Tokayev in Tashkent.',
        participants: ['shavkat-mirziyoyev', 'kassym-jomart-tokayev'],
      },
      'State President Vo Van Thuong hosted a reception for US President Joe Biden at the Presidential Palace in Hanoi on September 11.',
      'Party General Secretary Nguyen Phu Trong on Sunday presided over the welcome ceremony for US President Joe Biden in Hanoi.',
      'Chinese President Xi Jinping rolled out a red carpet welcome for US President Donald Trump in Beijing on Thursday.',
      'Bangladesh rolled out the red carpet for Indian Prime Minister Narendra Modi on Friday.',
      'In the evening Queen Elizabeth II held a state banquet at Buckingham Palace for Chinese President Xi Jinping.',
    ],
    counterexamples: [
      'French President Emmanuel Macron hosted a lunch for reporters at the Elysee on Wednesday.',
      'French President Emmanuel Macron hosted a dinner at the Elysee on Wednesday before flying to Germany.',
      // (A reception for no one named, or for a day; a welcome to come; a carpet for no guest.)
      'Indian Prime Minister Narendra Modi held a reception for the diplomatic corps in New Delhi on Monday.',
      'A rare red carpet welcome awaits Indian Prime Minister Narendra Modi at the Capitol on June 8.',
      'Saudi Arabia rolled out the red carpet at the summit in Riyadh on Tuesday.',
    ],
  },
  {
    id: 'meeting-met-verb',
    type: 'MEETING',
    word: words(['met', 'meets', 'meet'], HOST_FORMS),
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.9,
    examples: [
      // (A hedge does not reach into a past subordinate clause with a subject of its own.)
      'France stepped up its efforts to arrange a summit after Macron met Putin in Moscow.',
      'Russian President Vladimir Putin met Chinese President Xi Jinping on Monday.',
      'Qatar hosted Hamas leaders.',
      // (A listed person's "of the Netherlands" is their state, not the list's end: G20 sideline reports, 2021.)
      {
        text: 'Lee met Charles Michel, King Willem-Alexander of the Netherlands, Angela Merkel and Narendra Modi.',
        participants: ['lee', 'narendra-modi'],
      },
      // (The "between" of a later verb, "has been shuttling between", names no side of the meeting.)
      {
        text: 'Israeli Prime Minister Naftali Bennett, who met Russian President Vladimir Putin on March 5, has since been shuttling between Moscow and Kyiv.',
        participants: ['naftali-bennett', 'vladimir-putin'],
      },
      { text: 'The leaders of India and China met this week.', participants: ['india', 'china'] },
      // (The one met is the rival named, not the person whose rival he is.)
      {
        text: 'Argentine President Javier Milei met Lula’s rival, former president Jair Bolsonaro, in Brazil.',
        participants: ['javier-milei', 'jair-bolsonaro'],
      },
      {
        text: 'French President Emmanuel Macron and German Chancellor Olaf Scholz met each other in Paris.',
        participants: ['emmanuel-macron', 'olaf-scholz'],
      },
      // (A state's possessive before an office and a title names the person who holds it: Al-Monitor 2024.)
      {
        text: "US envoy Amos Hochstein met Lebanon's parliament Speaker Nabih Berri on Monday.",
        participants: ['amos-hochstein', 'nabih-berri'],
      },
      // (A doubled manner compound after the verb says how they met; it is no object they met.)
      {
        text: 'South Korean President Moon Jae-in and North Korean leader Kim Jong Un met face-to-face at the border village of Panmunjom.',
        participants: ['moon-jae-in', 'kim-jong-un'],
      },
      {
        text: 'Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met one-on-one in Wuhan on Friday.',
        participants: ['narendra-modi', 'xi-jinping'],
      },
      // (The place a journey ends in, with its own noun phrase, is where the traveller went, not who meets: Khartoum
      // 2019, Muscat and Jeddah 2025, Cairo 2024, Kyiv 2024, Tel Aviv 2023 arrival reports.)
      {
        text: 'Ethiopian Prime Minister Abiy Ahmed arrived in Sudan’s capital Khartoum on Friday to meet the chief of Sudan’s Transitional Military Council.',
        participants: ['abiy-ahmed', 'transitional-military-council'],
      },
      {
        text: 'Iranian Foreign Minister Abbas Araghchi arrived in Oman’s capital Muscat on Saturday to meet US envoy Steve Witkoff.',
        participants: ['abbas-araghchi', 'steve-witkoff'],
      },
      {
        text: 'Ukrainian President Volodymyr Zelensky arrived in Saudi Arabia’s Red Sea city of Jeddah on Monday to meet Crown Prince Mohammed bin Salman.',
        participants: ['volodymyr-zelensky', 'mohammed-bin-salman'],
      },
      {
        text: 'Turkish President Recep Tayyip Erdogan arrived in Egypt’s capital Cairo on Wednesday to meet Egyptian President Abdel Fattah al-Sisi.',
        participants: ['recep-tayyip-erdogan', 'abdel-fattah-el-sisi'],
      },
      {
        text: 'Indian Prime Minister Narendra Modi travelled to the Ukrainian capital, Kyiv, on Friday to meet President Volodymyr Zelensky.',
        participants: ['narendra-modi', 'volodymyr-zelensky'],
      },
      {
        text: 'US Secretary of State Antony Blinken arrived in Israel’s commercial hub Tel Aviv on Thursday to meet Prime Minister Benjamin Netanyahu.',
        participants: ['antony-blinken', 'benjamin-netanyahu'],
      },
      // (The body a singular title's "of" names, then a person set off by commas, is that office's holder: Khartoum
      // 2019; a plural title's "of" keeps its states.)
      {
        text: 'Ethiopian Prime Minister Abiy Ahmed met the chief of Sudan’s Transitional Military Council, Lieutenant General Abdel Fattah al-Burhan, on Friday.',
        participants: ['abiy-ahmed', 'abdel-fattah-al-burhan'],
      },
      {
        text: 'Turkish President Recep Tayyip Erdogan met the leaders of Egypt, Jordan and Qatar on Monday.',
        participants: ['recep-tayyip-erdogan', 'jordan'],
      },
    ],
    counterexamples: [
      // (An unnamed traveller leaves the meeting with one side only: the destination is none.)
      'A delegation arrived in Sudan’s capital Khartoum on Friday to meet the chief of Sudan’s Transitional Military Council.',
      'Officials flew to Egypt’s capital Cairo on Sunday to meet Hamas leaders.',
      'The mission landed in the Libyan capital, Tripoli, on Monday to meet Prime Minister Abdul Hamid Dbeibah.',
      // (A clause of the present after "when" stays within the hedge's reach: what is planned has not happened.)
      'France has stepped up efforts to arrange a summit when Macron meets Putin in Moscow.',
      'The envoy, who met officials on Monday, has since been shuttling between Moscow and Kyiv.',
      // (A hyphenated word that is no doubled compound starts the object they met.)
      'French President Emmanuel Macron and German Chancellor Olaf Scholz met aid-agency workers in Kyiv on Tuesday.',
      // (Subjects who met an object named by no actor did not meet one another.)
      'The prime ministers of Poland and Slovenia travelled to Kyiv to meet him on Tuesday.',
      'French President Emmanuel Macron and German Chancellor Olaf Scholz met reporters in Paris on Monday.',
    ],
  },
  // "Fidan chaired the meeting": who chairs talks of others mediates them (see events: hosts).
  {
    id: 'meeting-chaired',
    type: 'MEETING',
    word: words(CHAIR_FORMS),
    needsAfter: words(CHAIRED_OCCASIONS),
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      {
        text: 'Turkish Foreign Minister Hakan Fidan chaired the talks between Russia and Ukraine in Istanbul.',
        type: 'MEDIATION',
        participants: ['hakan-fidan', 'russia', 'ukraine'],
      },
      'Turkish Foreign Minister Hakan Fidan presided over talks with Russian Foreign Minister Sergei Lavrov.',
    ],
  },
  {
    id: 'meeting-sat-down',
    type: 'MEETING',
    word: /^(sat|sit|sits|sitting)$/,
    needsAfter: /^down$/,
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      'US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov sat down in Riyadh on Tuesday.',
      'A Ukrainian delegation led by Rustem Umerov sat down with Russian negotiators in Istanbul.',
    ],
  },
  // "exchanged views with Trump by phone", "the two ministers exchanged views on Gaza": sides that trade views talk
  // (a call when "by phone" says so; "exchanged fire" is none).
  {
    id: 'meeting-exchanged-views',
    type: 'MEETING',
    word: words(EXCHANGE_FORMS),
    needsAfter: /^(views|opinions)$/,
    within: 2,
    pos: 'verb',
    objects: false,
    talkOnly: true,
    confidence: 0.75,
    examples: [
      {
        text: 'Indian Prime Minister Narendra Modi exchanged views with US President Donald Trump by phone on Monday.',
        type: 'CALL',
      },
      'Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov exchanged views in Beijing on Tuesday.',
      // (Talk told of two states whose leaders spoke by phone, however many sentences back, is that call.)
      {
        text: 'Chinese President Xi Jinping spoke by phone with South African President Cyril Ramaphosa on Friday. Xi said the two countries share a brotherly friendship. He said this year is the year of South Africa for BRICS. Ramaphosa said South Africa values its partnership with China. South Africa will deepen coordination with China, he added. China and South Africa also exchanged views on the Ukraine crisis.',
        type: 'CALL',
        participants: ['china', 'south-africa'],
      },
      // (Two ministers of those states who exchange views are a pair of their own, met face to face.)
      {
        text: 'Chinese President Xi Jinping spoke by phone with Russian President Vladimir Putin on Monday. Xi said the two countries are close partners. He said trade had grown. Putin agreed. Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov exchanged views in Beijing on Tuesday.',
        type: 'MEETING',
        participants: ['wang-yi', 'sergei-lavrov'],
      },
    ],
    counterexamples: [
      'Indian and Pakistani troops exchanged fire along the Line of Control on Monday.',
      'Russia and Ukraine exchanged prisoners on Friday.',
    ],
  },
  // "had informal exchanges with Biden, Sunak and Macron on the sidelines", "a brief interaction with Rutte": a talk
  // between leaders at a summit (the manner word tells it from a prisoner exchange or an exchange of fire).
  {
    id: 'meeting-informal-exchanges',
    type: 'MEETING',
    word: words(EXCHANGE_NOUNS),
    needsBefore: words(TALK_MANNERS),
    notFollowedBy: /^of$/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      'Prime Minister Narendra Modi had informal exchanges with US President Joe Biden and French President Emmanuel Macron on Tuesday.',
      'Japanese Prime Minister Fumio Kishida had a brief interaction with Chinese Premier Li Qiang at the summit in Jakarta.',
    ],
    counterexamples: [
      'Ukraine carried out a prisoner exchange with Russia on Friday.',
      'Indian and Pakistani troops had brief exchanges of fire along the border on Monday.',
    ],
  },
  // "Erdogan played host to Putin in Ankara": the host meets its guest.
  {
    id: 'meeting-played-host',
    type: 'MEETING',
    word: /^(played|plays|play|playing)$/,
    // (Only "host to": "played second fiddle to China" meets no one.)
    notFollowedBy: /^(?!host$)/,
    needsAfter: /^to$/,
    within: 2,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.8,
    examples: ['Turkish President Recep Tayyip Erdogan played host to Russian President Vladimir Putin in Ankara.'],
    counterexamples: [
      'Qatar played host to the World Cup in 2022.',
      'India refused to play second fiddle to China at the summit on Monday.',
    ],
  },
  {
    id: 'meeting-meeting-noun',
    type: 'MEETING',
    word: words(MEETINGS),
    pos: 'noun',
    objects: false,
    confidence: 0.9,
    examples: [
      'Russian President Vladimir Putin and Chinese President Xi Jinping held a summit in Beijing on Thursday.',
      'Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda held a meeting in Vilnius.',
      'Kremlin aide Yuri Ushakov said that a meeting between Russian President Vladimir Putin and US President Donald Trump took place in Alaska on Friday.',
      'Kirby spoke amid speculation that the Sept. 13 summit between North Korean leader Kim Jong-un and Russian President Vladimir Putin might have led to an arms deal.',
      // (Attendees of a told meeting who act for different states sat at it together.)
      {
        text: 'US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi attended the meeting in Bali.',
        participants: ['antony-blinken', 'wang-yi'],
      },
      // (A dateline's dash and a compound's hyphen enclose no aside: GoTech Daily 2020 on Guaido; AP 2019 on Kim.)
      {
        text: 'WASHINGTON – Venezuelan opposition leader Juan Guaido had a long-awaited meeting with President Donald Trump on Wednesday.',
        participants: ['juan-guaido', 'donald-trump'],
      },
      {
        text: 'HANOI - North Korean leader Kim Jong Un held a much-anticipated summit with US President Donald Trump on Wednesday.',
        participants: ['kim-jong-un', 'donald-trump'],
      },
    ],
    counterexamples: [
      // (A meeting said to be possible, the subject of a "that" clause, is no meeting yet.)
      'Russian negotiator Vladimir Medinsky said that a meeting of Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky was possible if a treaty were initialed.',
      // (Members voting in a body at its sitting do not meet one another: UN Security Council reports, 2017-2024.)
      'Brazil, Mexico and Kenya abstained from the vote at the meeting in New York on Friday.',
      'Russia and China voted against the draft at the meeting of the council, while Pakistan abstained.',
      // (One state's officials attending a told meeting are one delegation at it, not each other's counterparts; an
      // aide of no named state goes with them.)
      "Turkey's Defense Minister Yasar Guler, intelligence chief Ibrahim Kalin and the president's chief adviser Akif Cagatay Kilic attended the meeting.",
    ],
  },
  // "held a joint press conference with US Secretary of State Rex Tillerson", "Hu Jintao and Barack Obama attend a joint
  // press conference": actors who face the press together met, the subject and whom the event is "with" or the
  // coordinated subjects (the word "press" or "news" after "joint" is the trigger, the event's noun right after it).
  {
    id: 'meeting-joint-press-conference',
    type: 'MEETING',
    word: words(PRESS_WORDS),
    needsBefore: /^joint$/,
    needsAfter: words(JOINT_PRESS_EVENTS),
    within: 1,
    notAfterInfinitive: true,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      // (Anadolu via MINA 2015; Xinhua 2011; CBS 2022; Yeni Safak 2018, reworded.)
      'At a joint press conference with U.S. President Barack Obama, Turkish President Recep Tayyip Erdogan said that both countries were strategic partners.',
      'Chinese President Hu Jintao and U.S. President Barack Obama attend a joint press conference at the White House.',
      'President Joe Biden and French President Emmanuel Macron held a rare joint press conference on Thursday afternoon at the White House.',
      'Turkish President Recep Tayyip Erdogan said at a joint news conference with his Ukrainian counterpart Petro Poroshenko in Istanbul that the talks were useful.',
    ],
    counterexamples: [
      // (A joint press conference still ahead is no meeting yet; one actor's own press conference is none.)
      'Indian Prime Minister Narendra Modi will address a joint press conference with US President Joe Biden on Monday.',
      'US President Joe Biden held a press conference after his meeting on Monday.',
      // (IRNA 2024: an infinitive's aim, its plan told before the "and".)
      'IAEA chief Rafael Grossi is due to hold talks with AEOI President Mohammad Eslami on Thursday and to attend a joint press conference with him after their meeting.',
    ],
  },
  // "Scholz ... a press conference with Dutch Prime Minister Mark Rutte in Rotterdam" (AFP 2023): a press conference
  // held "with" another actor is a joint one, whether or not the text says "joint". (A verb of saying that takes the
  // conference as its object, "Scholz told a press conference with Rutte", still hides its subject: left alone.)
  {
    id: 'meeting-press-conference-with',
    type: 'MEETING',
    word: words(PRESS_WORDS),
    needsAfter: words(JOINT_PRESS_EVENTS),
    andAfter: /^with$/,
    within: 1,
    notAfterInfinitive: true,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      {
        text: 'German Chancellor Olaf Scholz held a press conference with Dutch Prime Minister Mark Rutte in Rotterdam on Monday.',
        participants: ['olaf-scholz', 'mark-rutte'],
      },
      'At a news conference with Ukrainian President Petro Poroshenko, Turkish President Recep Tayyip Erdogan said the talks were useful.',
    ],
    counterexamples: [
      'Indian Prime Minister Narendra Modi will hold a press conference with US President Joe Biden on Monday.',
      'US President Joe Biden held a press conference after his meeting on Monday.',
      'Reporters asked questions at a press conference with no officials present.',
    ],
  },
  // "dined with President-elect Donald Trump at Mar-a-Lago": sharing a meal with an actor is meeting them.
  {
    id: 'meeting-dined-with',
    type: 'MEETING',
    word: words(DINING_VERBS),
    needsAfter: /^with$/,
    within: 4,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      // (Devdiscourse 2024; Voice of Russia 2014, two meals of one evening.)
      'Canadian Prime Minister Justin Trudeau dined with President-elect Donald Trump at Mar-a-Lago to discuss potential tariffs.',
      'French President Francois Hollande dines in Elysee Palace with Putin and in private with Obama.',
    ],
    counterexamples: [
      'President-elect Donald Trump will be dining with Canadian Prime Minister Justin Trudeau at Mar-a-Lago on Friday evening.',
      'Canadian Prime Minister Justin Trudeau dined with his Cabinet in Ottawa on Friday.',
    ],
  },
  // "had a working lunch with Putin", "Macron and Scholz held an official dinner": a meal of state, or a meal with a
  // side, is a meeting of those at the table ("hosted a lunch for reporters" names no side).
  {
    id: 'meeting-working-meal',
    type: 'MEETING',
    word: words(MEALS),
    needsBefore: words(MEAL_KINDS),
    orFollowedBy: /^with$/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      'French President Emmanuel Macron had a working lunch with Russian President Vladimir Putin on Saturday.',
      // (Putin at Macron's and Merkel's working breakfast at the 2017 G20 summit.)
      'German Chancellor Angela Merkel had breakfast with Russian President Vladimir Putin in Hamburg on Saturday.',
    ],
    counterexamples: [
      'French President Emmanuel Macron hosted a lunch for reporters at the Elysee on Wednesday.',
      'Russian President Vladimir Putin skipped the official dinner in Hamburg on Saturday.',
      // (What the meal is about, or who comes after it, sat at no table with the host.)
      'French President Emmanuel Macron held a working dinner on Ukraine on Wednesday.',
      'French President Emmanuel Macron held an official dinner before Russian President Vladimir Putin arrived.',
    ],
  },
  {
    id: 'meeting-shook-hands',
    type: 'MEETING',
    word: /^(shook|shake|shakes|shaking)$/,
    needsAfter: /^hands$/,
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    examples: ['US President Donald Trump and North Korean leader Kim Jong Un shook hands at the border on Sunday.'],
  },
  // "peace talks", "indirect nuclear talks", "a round of talks": talks towards a settlement are a negotiation.
  {
    id: 'negotiation-peace-talks',
    type: 'NEGOTIATION',
    word: words(TALKS),
    needsBefore:
      /^(peace|nuclear|ceasefire|truce|trade|indirect|direct|proximity|round|rounds|settlement|normali[sz]ation|reconciliation|border)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      'Russia and Ukraine held peace talks in Istanbul on Friday.',
      'Iran and the United States held indirect nuclear talks in Oman on Saturday.',
      // (Afghan government and Taliban negotiators, 2020; the Sudanese army and the RSF in Jeddah, 2023.)
      'The Afghan government and the Taliban opened direct talks in Doha on Saturday.',
      // (Those who act for the sides, past the last side's abbreviation: Colombia-ELN, Caracas 2022.)
      {
        text: 'Negotiators from the Colombian government and the National Liberation Army (ELN) opened peace talks on Monday.',
        participants: ['colombia', 'national-liberation-army'],
      },
      'India and China held border talks at Chushul on Sunday.',
    ],
  },
  // "held talks on a trade deal", "are in talks over a nuclear agreement", "talks aimed at a ceasefire": talks towards a
  // deal are a negotiation (talks on anything else, "talks on bilateral ties", stay a meeting).
  {
    id: 'negotiation-talks-on-deal',
    type: 'NEGOTIATION',
    word: words(TALKS),
    needsAfter: words(NEGOTIATED_GOALS),
    within: 8,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      'Chinese Vice Premier Liu He and US Trade Representative Robert Lighthizer held talks on a trade deal.',
      'Iran and the United States are in talks over a new nuclear agreement.',
      'Israel and Hamas held talks in Doha on a hostage deal.',
      // (Talks on a deal between others: the named talkers met; the deal's sides are only its topic.)
      {
        text: 'Egyptian President Abdel Fattah al-Sisi and Qatari Emir Tamim bin Hamad Al Thani held talks on a truce between Israel and Hamas.',
        type: 'MEETING',
        participants: ['abdel-fattah-el-sisi', 'tamim-bin-hamad-al-thani'],
      },
    ],
    counterexamples: [
      'Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.',
      'The United States and China agreed to hold talks on a trade deal.',
    ],
  },
  // "resumed talks with Iran", "the resumption of talks between Iran and the EU": talks taken up again are negotiated.
  {
    id: 'negotiation-resumed-talks',
    type: 'NEGOTIATION',
    word: words(TALKS, NEGOTIATIONS),
    needsBefore: words(RESUMING),
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      'US Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif resumed talks in Geneva.',
      'The resumption of talks between Iran and the European Union was welcomed by Russia.',
    ],
    counterexamples: ['The United States and China agreed to resume talks.'],
  },
  {
    id: 'meeting-talks-noun',
    type: 'MEETING',
    word: words(TALKS, DISCUSSIONS),
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      'Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.',
      'Indian Prime Minister Narendra Modi visited Moscow for talks with Russian President Vladimir Putin on Monday.',
      // (The destination of the journey the talks are for is no side of them: IAEA in Tehran 2024, Saudi Arabia in
      // Tehran 2023, Witkoff in St Petersburg 2025.)
      {
        text: 'Rafael Grossi, Director General of the International Atomic Energy Agency, arrived in the Iranian capital, Tehran, on Wednesday for talks with Iranian officials.',
        participants: ['rafael-grossi', 'iran'],
      },
      {
        text: 'Saudi Foreign Minister Faisal bin Farhan arrived Saturday in Iran’s capital Tehran for talks with Iranian Foreign Minister Hossein Amir-Abdollahian.',
        participants: ['faisal-bin-farhan-al-saud', 'hossein-amir-abdollahian'],
      },
      {
        text: 'US envoy Steve Witkoff landed in Russia’s second city St Petersburg on Friday for talks with Russian President Vladimir Putin.',
        participants: ['steve-witkoff', 'vladimir-putin'],
      },
      // (A council's head named in apposition after "the head of Sudan's Sovereignty Council" is the side: Cairo 2024.)
      {
        text: 'Egyptian President Abdel Fattah al-Sisi held talks with the head of Sudan’s Sovereignty Council, Abdel Fattah al-Burhan, in Cairo on Tuesday.',
        participants: ['abdel-fattah-el-sisi', 'abdel-fattah-al-burhan'],
      },
      // (A third side's talks "between" two named sides are those sides' own.)
      {
        text: 'Brazil said it was a facilitator of the talks between Venezuela and Guyana.',
        type: 'NEGOTIATION',
        participants: ['venezuela', 'guyana'],
      },
      // (Talks of two sides are a negotiation, whoever reports them: Jeddah 2023.)
      {
        text: 'After a week of talks in Jeddah, Sudan’s army and the Rapid Support Forces signed a declaration, the officials said.',
        type: 'NEGOTIATION',
        participants: ['sudan', 'rapid-support-forces'],
      },
      // (A role that is no third side's: the talkers are the clause's.)
      'Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in Tokyo for the first time in a year.',
      // (A relative clause, or an apposition holding one, between the subject and "had talks" is about the subject: its
      // verb governs no talks and the actor inside it is no side: Haftar in Moscow, AFP 2023; Erdogan in Sochi 2021.)
      {
        text: 'Khalifa Haftar, the military strongman whose forces hold sway over eastern Libya, had talks with Russian President Vladimir Putin in Moscow on Thursday.',
        participants: ['khalifa-haftar', 'vladimir-putin'],
      },
      {
        text: 'Erdogan, whose troops still hold parts of northern Syria, held talks with Putin in Sochi on Wednesday.',
        participants: ['recep-tayyip-erdogan', 'vladimir-putin'],
      },
      {
        text: 'Khalifa Haftar, who commands the forces of eastern Libya, had talks with Russian Defence Minister Sergei Shoigu on Tuesday.',
        participants: ['khalifa-haftar', 'sergei-shoigu'],
      },
    ],
    // (Third sides of talks others hold: Colombia-ELN guarantors 2023, the Jeddah intermediaries 2023.)
    counterexamples: [
      // (Two officials of one state joining talks already told are one delegation at them.)
      'Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu joined the talks in Ankara.',
      'Brazil, Cuba, Chile and Norway act as guarantor countries for the talks, while Spain and Germany accompany them.',
      'Saudi Arabia and the United States, acting as intermediaries during the talks in Jeddah, announced a truce.',
      'Norway and Cuba served as observers at the talks in Havana on Monday.',
      // (A traveller named by no actor leaves the destination out of the talks.)
      'The envoy arrived in Oman’s capital Muscat on Saturday for talks with US envoy Steve Witkoff.',
    ],
  },
  // "his recent visit to Ukraine", "a state visit to Russia": the noun takes its agent from the possessive before it.
  {
    id: 'meeting-visit-noun',
    type: 'MEETING',
    word: /^(visit|visits)$/,
    needsBefore: BEFORE_A_VISIT,
    orAfterPossessive: true,
    pos: 'noun',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      'Indian Prime Minister Narendra Modi began a two-day state visit to Russia on Monday.',
      'Indian Prime Minister Narendra Modi’s visit to Ukraine ended on Friday.',
      {
        text: 'Chinese Premier Li Qiang’s visit to Malaysia and Australia ended on Wednesday.',
        participants: ['li-qiang', 'malaysia'],
      },
    ],
    counterexamples: [
      'The official visit to Indonesia and Vietnam is the premier’s first trip abroad this year.',
      // (Travellers visit a host, not one another: "him" unresolved, the three prime ministers are one party.)
      'Zelensky repeated that message on Tuesday, when the prime ministers of Poland, the Czech Republic and Slovenia travelled to Kyiv to meet him in a risky wartime visit.',
      // (Asharq Al-Awsat 2020: "visit" read as a noun before its object, "him" unresolved; the places visited did not
      // meet each other.)
      'The delegation arrived in Doha on Sunday, on the third leg of a tour that saw him visit Egypt and Turkey.',
    ],
  },
  {
    id: 'meeting-visited-verb',
    type: 'MEETING',
    word: /^(visited|visits|visit)$/,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      'Polish Prime Minister Mateusz Morawiecki visited Kyiv on Monday.',
      'Bangladeshi Prime Minister Sheikh Hasina visited Japan last month.',
    ],
  },
  // "Morrison and his New Zealand counterpart Ardern spoke on Sunday": coordinated sides that spoke, with no "with", are
  // read as "spoke with" is (a call unless something puts them face to face); "discussed" stays a meeting's.
  {
    id: 'meeting-sides-spoke',
    type: 'MEETING',
    word: /^(spoke|talked)$/,
    // ("talked together to promote their partnership": a gathering's talk, left to meeting-discussed-verb.)
    notFollowedBy: words(['with', 'to', 'of', 'out', 'up', 'against', 'for', 'together'], APPRAISING_MANNERS),
    callInCallArticle: true,
    pos: 'verb',
    objects: false,
    confidence: 0.6,
    examples: [
      // (WAtoday 2022 on Australia and New Zealand.)
      {
        text: 'Prime Minister Scott Morrison and his New Zealand counterpart Jacinda Ardern spoke on Sunday about coordinating the aid effort.',
        type: 'CALL',
        participants: ['scott-morrison', 'jacinda-ardern'],
      },
      // (White House readout, May 2017: a call.)
      {
        text: 'US President Donald Trump and Russian President Vladimir Putin spoke today regarding Syria.',
        type: 'CALL',
      },
      'Indian Prime Minister Narendra Modi and Chinese President Xi Jinping talked on the sidelines of the summit in Kazan.',
      // (Someone in whose presence they spoke was in the room: a meeting. Reuters 2025 on Oman's talks.)
      {
        text: 'Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff spoke briefly in the presence of Omani Foreign Minister Badr Albusaidi.',
        participants: ['abbas-araghchi', 'steve-witkoff'],
      },
    ],
    counterexamples: [
      // (One side: no one spoken with.)
      'Russian President Vladimir Putin spoke on Tuesday about the war.',
      'The leaders of Brazil, Russia, India, China and South Africa talked together to promote their partnership.',
      'Turkish President Recep Tayyip Erdogan spoke highly of Qatar on Monday.',
      // (Arab Today 2017: an appraisal of a call, no call between the appraisers.)
      'Washington and Moscow spoke positively about the first conversation between the presidents.',
    ],
  },
  {
    id: 'meeting-discussed-verb',
    type: 'MEETING',
    word: /^(discussed|spoke|talked|conferred)$/,
    notFollowedBy: words(APPRAISING_MANNERS),
    pos: 'verb',
    objects: false,
    confidence: 0.6,
    examples: [
      'Russian President Vladimir Putin discussed Ukraine with Turkish President Recep Tayyip Erdogan on Tuesday.',
      'Russia and China discussed military ties on Monday.',
    ],
    counterexamples: [
      'German Chancellor Angela Merkel and French President Emmanuel Macron spoke highly of the deal on Monday.',
      'Washington and Moscow spoke positively about the first conversation between the presidents.',
    ],
  },
  // ("negotiations" too: the prefix takes the noun, read as a verb, before any rule of the noun alone.)
  {
    id: 'negotiation-negotiate-verb',
    type: 'NEGOTIATION',
    word: /^negotiat/,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      'Israel negotiated a ceasefire with Hamas.',
      'Iran is negotiating with the United States over its nuclear program.',
      // ("The two countries" are states, not the bloc named beside one: Busan 2019.)
      {
        text: 'South Korea and the Philippines agreed on Monday to conclude their free trade agreement talks. The declaration came on the sidelines of the special summit between South Korea and the 10 members of ASEAN. The two countries held their first official negotiations in June.',
        participants: ['south-korea', 'philippines'],
      },
    ],
  },
  // "American-led diplomatic efforts", "Qatari-brokered talks": the actor before the hyphen mediates.
  {
    id: 'mediation-hyphen-led',
    type: 'MEDIATION',
    word: /^(led|brokered|mediated|sponsored|facilitated)$/,
    afterHyphen: true,
    needsAfter: MEDIATED,
    within: 3,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      {
        text: 'Israel and Hamas agreed to a Qatari-brokered truce on Friday.',
        participants: ['qatar', 'israel', 'hamas'],
      },
      'India and Pakistan agreed to a ceasefire on Saturday following American-led diplomatic efforts.',
    ],
    counterexamples: ['A US-led coalition struck targets in Iraq on Monday.'],
  },
  {
    id: 'mediation-mediate-verb',
    type: 'MEDIATION',
    word: /^(mediate|mediated|mediates|mediating|broker|brokered|brokers|brokering)$/,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    implies: { type: 'AGREEMENT', when: DEAL },
    examples: [
      'Qatar mediated a truce between Israel and Hamas last month.',
      'Egypt stepped up efforts to broker a ceasefire between Israel and Hamas.',
      // (An exchange brokered between two sides, as a deal is: Reuters and Bloomberg 2024, Arab News 2022.)
      {
        text: 'The United Arab Emirates brokered a prisoner exchange between Russia and Ukraine on Friday.',
        participants: ['united-arab-emirates', 'russia', 'ukraine'],
      },
      {
        text: 'Saudi Crown Prince Mohammed bin Salman mediated the release on Wednesday of ten prisoners within a wider swap of captives between Moscow and Kyiv.',
        participants: ['mohammed-bin-salman', 'russia', 'ukraine'],
      },
      // (No parties of its own: the sides who swapped the prisoners.)
      {
        text: 'Russia and Ukraine exchanged prisoners in a deal mediated by the United Arab Emirates on Friday.',
        participants: ['united-arab-emirates', 'russia', 'ukraine'],
      },
      // (Talks mediated: the "between" is the talks noun's, and its sides are the parties. UNB/AP 2026, TRT 2024,
      // Kivu Pride 2024.)
      {
        text: 'Oman on Friday mediated indirect talks between Iran and the United States over Tehran’s nuclear programme.',
        participants: ['oman', 'iran', 'united-states'],
      },
      {
        text: 'Türkiye has begun mediating talks between Somalia and Ethiopia over a port deal Addis Ababa signed with the breakaway region of Somaliland earlier this year, Ankara said.',
        participants: ['turkey', 'somalia', 'ethiopia'],
      },
      {
        text: 'Angolan President João Lourenço, who is mediating peace talks between Rwanda and DR Congo, has sent a message to his DR Congo counterpart, Félix Tshisekedi.',
        participants: ['joao-lourenco', 'rwanda', 'dr-congo'],
      },
    ],
    counterexamples: [
      // (An offer to mediate talks: none held yet. Views News 2016.)
      'A U.N. spokesman said Wednesday that Secretary-General Ban Ki-moon stands ready to mediate peace talks amid heightening tensions between India and Pakistan provided the two neighbors accept his good offices.',
      // (The exchange is of fire, and the go-between brokers something else: no sides of its own.)
      'Qatar brokered the release of a hostage, days after an exchange of fire between Israel and Hezbollah.',
      'Russia and Ukraine carried out a prisoner swap between their armies on Friday.',
      // (An exchange that names no one who made it gives no sides.)
      'The swap, mediated by the United Arab Emirates, freed 95 Ukrainian soldiers.',
    ],
  },
  // "arrived in Beirut in a bid to secure a cease-fire deal between Israel and Hezbollah", "worked to clinch a truce
  // between Israel and Hamas": a third side that secures a deal between two others mediates it (Al-Monitor 2024, AFP
  // 2024; the sides themselves "secured a deal" with no "between": no mediation).
  {
    id: 'mediation-secured-deal-between',
    type: 'MEDIATION',
    word: /^(secure|secured|secures|securing|clinch|clinched|clinches|clinching)$/,
    needsAfter: /^between$/,
    within: 6,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      {
        text: 'US envoy Amos Hochstein arrived in Beirut on Tuesday in a bid to secure a cease-fire deal between Israel and Hezbollah.',
        participants: ['amos-hochstein', 'israel', 'hezbollah'],
      },
      'Egypt worked to clinch a truce between Israel and Hamas last week.',
    ],
    counterexamples: ['Israel and Hamas secured a ceasefire deal on Friday.', 'Israel secured its border with Egypt.'],
  },
  {
    id: 'mediation-mediator-noun',
    type: 'MEDIATION',
    word: /^(mediation|mediations|mediator|mediators|intermediary|intermediaries|go-between|auspices|facilitators?)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.85,
    implies: { type: 'NEGOTIATION', when: /^(talks|negotiations)$/, within: 8 },
    examples: [
      'Egypt and Qatar have acted as mediators between Israel and Hamas.',
      'Qatar has acted as a mediator between Israel and Hamas in months of talks.',
      // (Facilitators of a deal told before: the Jeddah truce, 2023.)
      {
        text: 'The Sudanese army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday. Both parties conveyed to the Saudi and U.S. facilitators their commitment to the truce.',
        participants: ['saudi-arabia', 'sudan', 'rapid-support-forces'],
      },
      // (Bloomberg 2024: "The United Arab Emirates acted as mediator in the process", the swap of Russia and Ukraine.)
      {
        text: 'Russia and Ukraine swapped prisoners with UAE mediation on Friday.',
        participants: ['united-arab-emirates', 'russia', 'ukraine'],
      },
    ],
    counterexamples: [
      // (A facilitator of no talks: trade.)
      'The new customs office acts as a facilitator of trade between Kenya and Uganda.',
      // (An exchange of fire is none of people: its sides are no parties.)
      'Russia and Ukraine exchanged fire as Turkey offered its mediation.',
    ],
  },
  {
    id: 'mediation-helped-talks',
    type: 'MEDIATION',
    word: /^(assist|assisted|assisting|assists|help|helped|helping|helps)$/,
    needsAfter: /^(engag|negotiat|talks|dialogue|reconcil|normali[sz]|contact)/,
    within: 8,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'Russia has agreed to assist the United States in engaging with Iran on its nuclear program.',
      'Qatar helped Israel and Hamas negotiate a ceasefire.',
    ],
  },
  // "The meeting was promoted by Celac", "talks sponsored by Qatar": the agent of a passive that arranges an event
  // mediates it.
  // "Qatar brought together Israel and Hamas", "Trump brought together Netanyahu and Abbas": a third side that gathers
  // two others mediates between them (a summit that brings leaders together is no actor).
  {
    id: 'mediation-brought-together',
    type: 'MEDIATION',
    word: /^(brought|brings|bring|bringing)$/,
    // (Right after the verb, so that the parties come after it: "brought Israel and Hamas together" is left.)
    needsAfter: /^together$/,
    within: 1,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      // (Al Jazeera, AP, Reuters 2018-2025: hosts gathering two foes.)
      {
        text: 'Qatar brought together Israel and Hamas in Doha last week.',
        participants: ['qatar', 'israel', 'hamas'],
      },
      {
        text: 'US President Donald Trump brought together Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas in New York.',
        participants: ['donald-trump', 'benjamin-netanyahu', 'mahmoud-abbas'],
      },
    ],
    counterexamples: [
      'The summit in Johannesburg brought together leaders from twenty countries.',
      'Israel and Hamas were brought together by shared interests.',
      // (A crowd some of whom are named is hosted at a gathering, not brought to terms: Bankugh 2025 on the SCO summit.)
      'Chinese President Xi Jinping brought together the leaders of Iran, Turkey, Russia and India among heads of state from nearly 20 countries for the SCO summit.',
    ],
  },
  {
    id: 'mediation-arranged-by',
    type: 'MEDIATION',
    word: /^(promoted|sponsored|convened|arranged|organi[sz]ed|facilitated)$/,
    needsAfter: /^by$/,
    within: 1,
    needsBefore: words(MEETINGS, TALKS, NEGOTIATIONS, DIALOGUES, CONTACTS, PASSIVE_BE),
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      'Israel and Hamas held talks in Cairo on Monday. The talks were sponsored by Egypt and Qatar.',
      'Venezuelan President Nicolás Maduro met Guyanese President Irfaan Ali. The meeting was promoted by Brazil.',
    ],
  },
  // "with the help of Qatar", "thanks to the efforts of Egypt": the helper of the clause's event mediates it.
  {
    id: 'mediation-with-help-of',
    type: 'MEDIATION',
    word: /^help$/,
    needsBefore: /^with$/,
    needsAfter: /^of$/,
    within: 1,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
    examples: [
      {
        text: 'India and Pakistan agreed to a ceasefire on Saturday with the help of Saudi Arabia.',
        participants: ['saudi-arabia', 'india', 'pakistan'],
      },
    ],
  },
  {
    id: 'mediation-facilitated-talks',
    type: 'MEDIATION',
    word: /^facilitat/,
    needsAfter: /^(talks|dialogue|negotiat|contacts|exchange)/,
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      'Oman facilitated talks between Iran and the United States on Saturday.',
      'Qatar facilitated dialogue between Israel and Hamas.',
    ],
  },
  {
    id: 'alliance-ally-noun',
    type: 'ALLIANCE',
    word: words(ALLIANCES, ['allied']),
    pos: 'noun',
    objects: true,
    confidence: 0.85,
    examples: [
      'Russia and its ally Belarus held drills.',
      'The leaders agreed to strengthen the Japan-South Korea strategic alliance.',
      // (AP 2023 on chip curbs: the allies given as examples are each the subject's ally, not one another's.)
      {
        text: 'Washington urged allies such as Japan and the Netherlands to follow suit.',
        participants: ['united-states', 'japan'],
      },
      {
        text: 'The United States has pressed allies including Japan and South Korea to join the curbs.',
        participants: ['united-states', 'south-korea'],
      },
      // (Bloomberg 2025: one ally in apposition to the pair after "between" is its last member's.)
      {
        text: 'Relations have been buffeted by fresh tensions between China and Japan, a top US ally in the region.',
        participants: ['united-states', 'japan'],
      },
    ],
    counterexamples: [
      // (Examples of allies with no named subject: no alliance, and none among them.)
      'Allies such as Japan and Australia were consulted on Monday.',
      'It urged allies such as Japan and the Netherlands to do the same.',
      'Saudi Arabia, which along with allies boycotted Doha, reopened its border.',
      'Britain sanctioned Putin’s closest allies, including the billionaire Roman Abramovich, on Thursday.',
      // (A noun's object is in its own phrase, which "were" ends: Russia is no ally.)
      'The United States and its allies were doubtful of Russia’s promises to cut back attacks.',
    ],
  },
  {
    id: 'alliance-strengthened-ties',
    type: 'ALLIANCE',
    word: words(BONDS),
    needsBefore:
      /^(strengthen|deepen|bolster|boost|expand|cement|forg|upgrad|clos|strategic|security|defen[cs]e|military)/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      'Russia and Iran have strengthened ties.',
      'The United States, the United Kingdom and Australia announced a security partnership for the Indo-Pacific.',
    ],
    counterexamples: [
      // (Warm ties are a friendship kept, no alliance made: Yomiuri on the Quad, 2023.)
      'Japan and Australia hope to draw India away from Russia, which has kept warm relations with India.',
    ],
  },
  {
    id: 'briefing-briefed-verb',
    type: 'BRIEFING',
    word: /^(brief|briefed|briefs|briefing|informed|debriefed|apprised|apprises)$/,
    // ("had a brief meeting"; "during a press briefing after his meeting with X": a news event, no one briefed.)
    notPrecededBy: words(['a', 'an', 'the', 'very', 'too', 'so', 'only'], PRESS_WORDS),
    pos: 'verb',
    objects: true,
    confidence: 0.85,
    examples: [
      'Russian Foreign Minister Sergei Lavrov briefed Iran’s Foreign Minister Abbas Araghchi on the US discussions.',
      'Indian Prime Minister Narendra Modi briefed US President Joe Biden on his visit to Ukraine.',
      'Pakistani Prime Minister Shehbaz Sharif apprised Saudi Crown Prince Mohammed bin Salman of the talks.',
    ],
    counterexamples: [
      'Russian President Vladimir Putin and Chinese President Xi Jinping had a brief meeting on Monday.',
      'Hamas chief Ismail Haniyeh speaks during a press briefing after his meeting with Iranian Foreign Minister Hossein Amirabdollahian in Tehran.',
      'Chinese Foreign Ministry spokesperson Mao Ning told a regular press briefing in Beijing that China opposed the move by Japan.',
    ],
  },
  // "Zelensky updated Macron on the situation at the front": a person kept informed (not "updated its nuclear doctrine
  // on Tuesday").
  {
    id: 'briefing-updated-on',
    type: 'BRIEFING',
    word: /^(updated|updates|updating)$/,
    needsAfter: /^(on|about)$/,
    within: 8,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    objectPerson: true,
    confidence: 0.75,
    examples: [
      'Ukrainian President Volodymyr Zelensky updated French President Emmanuel Macron on the situation at the front.',
    ],
    counterexamples: ['Russia updated its nuclear doctrine on Tuesday.'],
  },
  {
    id: 'statement-told-verb',
    type: 'STATEMENT',
    word: /^(told|assured|urged)$/,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    confidence: 0.7,
    examples: [
      'US President Joe Biden told Israeli Prime Minister Benjamin Netanyahu that the US would not join.',
      // (A quotation's "we" before the reporter's verb is no subject of it; the one who told is: AFP 2024 on Kazan,
      // AFP 2025 on Tianjin, Reuters 2022 on Diaz-Canel in Moscow.)
      {
        text: '"We have been in constant touch over the conflict between Russia and Ukraine," Modi told Putin after the two shook hands and embraced.',
        participants: ['narendra-modi', 'vladimir-putin'],
      },
      {
        text: '"We are committed to progressing our relations based on mutual respect, trust and sensitivities," Modi told Xi.',
        participants: ['narendra-modi', 'xi-jinping'],
      },
      {
        text: '"We have always opposed various types of restrictions," Putin told the Cuban leader Miguel Diaz-Canel in the Kremlin.',
        participants: ['vladimir-putin', 'miguel-diaz-canel'],
      },
    ],
    counterexamples: [
      // (The head of a body telling its own members: Kyiv Independent, Interfax 2024-2025 on Rutte.)
      'NATO Secretary General Mark Rutte told NATO allies to spend more on defence.',
      'US President Joe Biden told reporters the United States would not join.',
      // The told object is the press; a later "with" belongs to another occasion (UN and NATO press reports, 2022-2023).
      'The ambassador told journalists after a working lunch with Security Council members that talks would go on.',
      'Kuleba told reporters during his talks with Macron that the decision would help.',
    ],
  },
  // "called on Russia to withdraw": a demand made of an actor.
  {
    id: 'statement-called-on',
    type: 'STATEMENT',
    word: words(CALL_FORMS),
    needsAfter: /^(on|upon)$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    visitUnlessAsked: true,
    confidence: 0.7,
    examples: [
      'The European Union called on Russia to immediately withdraw its troops.',
      'Turkish President Recep Tayyip Erdogan called on Putin to end the war on Tuesday.',
      // A person asked nothing is visited (readouts of state visits: PTI, Bangladesh's presidency, 2017-2021).
      {
        text: 'External Affairs Minister Sushma Swaraj called on President Mahmoud Abbas on Tuesday.',
        type: 'MEETING',
      },
      {
        text: 'Prime Minister Sheikh Hasina called on President Ram Nath Kovind and the two leaders discussed trade.',
        type: 'MEETING',
      },
    ],
  },
  // "expressed solidarity with Ukraine", "reaffirmed Finland's support for Kyiv", "stand in solidarity with": a stance
  // voiced for an actor (not "provided military support for": a verb of voicing or a lead-in must come first).
  {
    id: 'statement-voiced-support',
    type: 'STATEMENT',
    word: words(STANCES),
    needsBefore: words(VOICING_VERBS, STANCE_LEAD_INS),
    needsAfter: /^(for|with|to)$/,
    within: 1,
    pos: 'noun',
    objects: true,
    // ("solidarity with the people of Iran")
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      'NATO foreign ministers expressed their solidarity with Ukraine on Thursday.',
      'Turkey renewed its support for Ukraine’s territorial integrity on Friday.',
      {
        text: 'North Korean leader Kim Jong Un expressed full support for Russia on Wednesday.',
        participants: ['kim-jong-un', 'russia'],
      },
      'German Chancellor Olaf Scholz voiced support for Israel on Sunday.',
      'Denmark stands in solidarity with Ukraine.',
    ],
    counterexamples: [
      'Germany provided military support for Ukraine.',
      'The Kremlin expressed support for the plan.',
      'Finland expressed concern about Russia on Monday.',
      'Japan pledged its continued support for Ukraine on Monday.',
      // (Support for a thing between others: participants.ts, isSideOfSupportedThing.)
      'US Secretary of State Marco Rubio expressed support for direct dialogue between India and Pakistan on Thursday.',
      'China expressed support for peace talks between Russia and Ukraine on Friday.',
    ],
  },
  // "asked 34 French diplomats to leave the country", "asked the French ambassador in Bamako to leave its territory
  // within 72 hours", "asked 6 Indian diplomats to leave" (ProfileNews 2022, Nabamart 2023, OpIndia 2024): a state
  // asking another's envoys to leave expels them, as "ordered" does (sanction-ordered-envoys-out). Before
  // statement-asked-to, which would read a request; not "asked its diplomats to leave Sudan", an evacuation of its
  // own, nor "asked the ambassador to explain".
  {
    id: 'sanction-asked-envoys-out',
    type: 'SANCTION',
    word: /^(asked|asks|asking)$/,
    notFollowedBy: POSSESSIVE_DETERMINER,
    needsAfter: DIPLOMAT,
    within: 5,
    // ("asked Belarus to help its diplomats leave Ukraine": the envoys are not the ones asked.)
    notAmid: /^to$/,
    andAfter: /^leave$/,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      'The Russian Foreign Ministry said it had asked 34 French diplomats to leave the country.',
      "Mali's government on Monday asked the French ambassador in Bamako to leave its territory within 72 hours.",
    ],
    counterexamples: [
      'The United States asked its diplomats to leave Sudan as fighting spread.',
      'The Foreign Ministry asked the Russian ambassador to explain the remarks.',
      'Russia asked Belarus to help its diplomats leave Ukraine.',
    ],
  },
  // "asked Iran to join the talks", "appealed to India and Pakistan to exercise restraint", "pressed Pakistan to act":
  // a request put to the actor named right after the verb (or its "to"), before the "to" of what is asked.
  {
    id: 'statement-asked-to',
    type: 'STATEMENT',
    word: words(REQUEST_VERBS),
    // ("asked for help from China", "asked about Iran": the one asked follows the verb itself.)
    notFollowedBy: /^(for|about|why|whether|if|how|what)$/,
    needsAfter: /^to$/,
    infinitiveTo: true,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      'China on Monday appealed to India and Pakistan to exercise restraint.',
      'Indian Prime Minister Narendra Modi pressed Pakistan to act against terror groups.',
      'US President Donald Trump asked Qatar to press Hamas on Tuesday.',
      'The European Union encouraged both Serbia and Kosovo to resume dialogue.',
    ],
    counterexamples: [
      'US Secretary of State Antony Blinken asked reporters to read the report.',
      'Russia pressed ahead with its offensive to take Pokrovsk from Ukraine.',
      'The court asked the government to explain the delay.',
      'South Korean President Moon Jae-in asked for Chinese support to host the games.',
    ],
  },
  // "demanded that Kyiv withdraw its troops", "repeated his demand that Ukraine withdraw": a demand made of an actor.
  {
    id: 'statement-demanded-that',
    type: 'STATEMENT',
    word: words(DEMANDS),
    needsAfter: /^that$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    objectNotFollowedBy: words(MODIFIER_PARTICIPLES),
    confidence: 0.7,
    examples: [
      'Russia demanded that Ukraine withdraw its troops from the four regions.',
      'Russian President Vladimir Putin repeated his demand that Ukraine pull its forces out of the annexed regions.',
    ],
    counterexamples: [
      'Russia demanded that the talks take place in Istanbul.',
      'Saudi Arabia demanded that the Qatar-funded broadcaster Al Jazeera change its coverage.',
    ],
  },
  // "called for better relations with Algeria", "called for closer ties with Japan": a call about the ties with an actor.
  {
    id: 'statement-called-for-ties',
    type: 'STATEMENT',
    word: /^for$/,
    needsBefore: words(CALL_FORMS),
    needsAfter: words(TIES, ['dialogue', 'rapprochement', 'reconciliation', 'normalisation', 'normalization']),
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      'Morocco’s King Mohammed VI has called for better relations with Algeria.',
      'The Chinese foreign minister called for closer ties with Japan on Tuesday.',
    ],
    counterexamples: ['Russia called for calm on Monday.', 'Russia called for a ceasefire between Israel and Hamas.'],
  },
  // "protested to China over the renaming", "lashed out at Israel", "firmly opposed the US move".
  // "Armenia and Azerbaijan traded accusations", "India and Pakistan exchanged barbs": criticism both ways between
  // the coordinated subjects (one side trading them "with" another criticises it).
  {
    id: 'criticism-traded-accusations',
    type: 'CRITICISM',
    word: words(TRADING_VERBS),
    needsAfter: words(RECRIMINATIONS),
    within: 3,
    reciprocal: true,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      // (AP, Reuters, Dawn 2020-2025: sides blaming each other after clashes.)
      {
        text: 'Armenia and Azerbaijan traded accusations on Monday.',
        participants: ['armenia', 'azerbaijan'],
      },
      'India and Pakistan exchanged angry barbs at the United Nations on Friday.',
      'Thailand traded accusations with Cambodia over the border clashes.',
    ],
    counterexamples: [
      'Russia and Ukraine exchanged prisoners of war on Friday.',
      // (IBTimes 2016, CNN 2019: a war of words is fought with no arms.)
      'There has been a constant war of words between New Delhi and Islamabad over the incident.',
      'China accused the Trump administration of "economic terrorism", escalating its war of words with the United States.',
      'India and China traded goods worth $100 billion last year.',
    ],
  },
  // "North Korea and the United States traded threats": threats both ways.
  {
    id: 'threat-traded-threats',
    type: 'THREAT',
    word: words(TRADING_VERBS),
    needsAfter: /^(threats|warnings|ultimatums)$/,
    within: 2,
    reciprocal: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      {
        text: 'North Korea and the United States traded threats in 2017.',
        participants: ['north-korea', 'united-states'],
      },
    ],
    counterexamples: ['North Korea and the United States traded places in the rankings in 2017.'],
  },
  {
    id: 'criticism-lashed-out-at',
    type: 'CRITICISM',
    word: /^(lashed|lashes|lash|lashing)$/,
    needsAfter: /^at$/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'Turkish President Recep Tayyip Erdogan lashed out at Israel on Wednesday.',
      // (Sott.net 2022, from RT, on China's foreign ministry; a capital after "out at" is a state, no place.)
      'Chinese Foreign Ministry spokesman Wang Wenbin has lashed out at the EU and the US for criticizing its policies.',
      {
        text: 'China lashed out at Washington on Friday over the arms sale.',
        participants: ['china', 'united-states'],
      },
    ],
    counterexamples: [
      'Turkish President Recep Tayyip Erdogan lashed out on Monday, saying the talks in Stockholm had failed.',
    ],
  },
  // "India hit out at Pakistan", "Xi took aim at the United States", "tore into Trump": attacks in words.
  {
    id: 'criticism-hit-out-at',
    type: 'CRITICISM',
    word: /^out$/,
    needsBefore: /^(hit|hits|hitting)$/,
    needsAfter: /^at$/,
    within: 1,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: ['India hit out at Pakistan for its criticism on Monday.'],
    counterexamples: ['Russian missiles hit Kyiv overnight.'],
  },
  // "Jordan spoke out against the raid", "Iran and Turkey spoke out against Israel": a public objection (not "spoke
  // out for", "spoke about").
  {
    id: 'criticism-spoke-out-against',
    type: 'CRITICISM',
    word: /^out$/,
    needsBefore: /^(spoke|speaks|speak|speaking|spoken)$/,
    needsAfter: /^against$/,
    within: 1,
    pos: 'verb',
    objects: true,
    confidence: 0.75,
    examples: [
      // (The Hill 2023 on the Jenin raid; AP 2019-2024.)
      'Turkish President Recep Tayyip Erdogan spoke out against Israel on Monday.',
    ],
    counterexamples: ['Turkish President Recep Tayyip Erdogan spoke out for Palestinians in Gaza on Monday.'],
  },
  // "called out China over its human rights record": a public rebuke (not a phone call).
  {
    id: 'criticism-called-out',
    type: 'CRITICISM',
    word: /^out$/,
    needsBefore: /^(called|calls|calling)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.75,
    examples: ['US President Joe Biden called out China over its human rights record.'],
  },
  {
    id: 'criticism-took-aim-at',
    type: 'CRITICISM',
    word: /^aim$/,
    needsBefore: /^(took|takes|taking|take)$/,
    needsAfter: /^at$/,
    within: 1,
    pos: 'verb',
    objects: true,
    // (What arms take aim at is a military target, no one's words: "took aim at Hamas positions".)
    objectNotFollowedBy: MILITARY_TARGET,
    confidence: 0.75,
    examples: [
      'Turkish President Recep Tayyip Erdogan took aim at Israel on Wednesday.',
      // (A capital after "aim at" is the state words are aimed at, no place: 3-mentions.ts, VERBAL_AIM.)
      {
        text: 'Russian President Vladimir Putin took aim at Washington in his speech on Thursday.',
        participants: ['vladimir-putin', 'united-states'],
      },
    ],
    counterexamples: [
      'Israeli forces took out Hamas commanders on Friday.',
      'Israeli forces took aim at Hamas positions in Gaza on Monday.',
    ],
  },
  // "took a swipe at NATO", "took a dig at Trump", "took potshots at Beijing": a jab in words (the determiner between
  // the verb and its noun is within the three words "took" is looked for in).
  {
    id: 'criticism-took-a-swipe-at',
    type: 'CRITICISM',
    word: words(JAB_WORDS, ['pot-shot', 'pot-shots']),
    needsBefore: /^(took|takes|taking|take|taken)$/,
    needsAfter: /^at$/,
    within: 1,
    pos: 'verb',
    objects: true,
    confidence: 0.75,
    examples: [
      'Russian President Vladimir Putin took a swipe at US President Donald Trump on Friday.',
      'Chinese Foreign Minister Wang Yi took a veiled swipe at the United States.',
      'Former US President Barack Obama took a dig at US President Donald Trump on Friday.',
    ],
    counterexamples: ['Workers took a dig at the site in Egypt.', 'Russia took a swipe card from the United States.'],
  },
  {
    id: 'criticism-tore-into',
    type: 'CRITICISM',
    word: /^into$/,
    needsBefore: /^(tore|tears|tearing|laid|lays|laying|ripped|rips)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    objectPerson: true, // (troops "tore into Ukrainian territory")
    confidence: 0.75,
    examples: ['Former US President Barack Obama tore into US President Donald Trump on Friday.'],
    counterexamples: ['Russian troops tore into Ukrainian territory near Kursk.'],
  },
  {
    id: 'criticism-protested-to',
    type: 'CRITICISM',
    word: /^(protested|protests|protest|protesting)$/,
    // ("to be informed of a strong protest against Albares' statements": a noun, whose giver is no subject here.)
    notPrecededBy: words(ARTICLES, ['strong', 'strongest', 'formal', 'stern', 'official', 'vigorous', 'firm']),
    needsAfter: /^(to|with|against)$/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'India strongly protested to China over the renaming of places in Arunachal Pradesh.',
      'Turkish President Recep Tayyip Erdogan protested to Israel in Ankara on Wednesday.',
    ],
    counterexamples: [
      'The Spanish ambassador was summoned to be informed of a strong protest against Foreign Minister Jose Albares.',
    ],
  },
  // "China has protested Japan's remarks", "protested remarks by China's ambassador": a protest made at another's
  // words or acts, whose author is criticised ("protested to", "with" and "against": criticism-protested-to; crowds
  // that "protested in Delhi" protest at no one).
  {
    id: 'criticism-protested-conduct',
    type: 'CRITICISM',
    word: /^(protested|protesting)$/,
    notFollowedBy: /^(in|at|outside|near|across|throughout|on|to|with|against|for|as|and|peacefully)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      // (Kyodo 2024, Japan Times 2024, Asahi 2025: protests over remarks between Tokyo and Beijing.)
      {
        text: 'China has protested Japan’s negative remarks on Wednesday.',
        participants: ['china', 'japan'],
      },
      {
        text: 'Japan protested the remarks by Chinese Foreign Minister Wang Yi on Tuesday.',
        participants: ['japan', 'wang-yi'],
      },
    ],
    counterexamples: [
      'Thousands of farmers protested in New Delhi against Prime Minister Narendra Modi.',
      'Demonstrators protested outside the Israeli embassy in Amman.',
      'Japan protested a social media post about Prime Minister Sanae Takaichi on Friday.',
    ],
  },
  // "South Africa reacted with anger to Nigeria's decision", "Beijing reacted angrily to the US move": an angry answer
  // to another's act criticises its author (markets and crowds that react name no actor).
  {
    id: 'criticism-reacted-angrily',
    type: 'CRITICISM',
    word: /^(reacted|reacts|react|reacting|responded|responds|respond|responding)$/,
    needsAfter: /^(angrily|furiously|indignantly|anger|fury|outrage)$/,
    within: 2,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      // (AFP 2015 on Nigeria recalling its envoy; Reuters 2018-2023.)
      {
        text: 'South Africa reacted with anger on Sunday to Nigeria’s decision to recall its ambassador.',
        participants: ['south-africa', 'nigeria'],
      },
      'China reacted angrily to the US decision on Monday.',
    ],
    counterexamples: [
      'China reacted calmly to the US decision on Monday.',
      'Investors reacted angrily to the decision of the European Central Bank.',
    ],
  },
  {
    id: 'criticism-opposed-verb',
    type: 'CRITICISM',
    word: /^(opposed|opposes|oppose)$/,
    notPrecededBy: words(BE_FORMS),
    notFollowedBy: /^to$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.7,
    examples: ['China firmly opposed the US move on Tuesday.'],
    counterexamples: ['China is opposed to the US move.'],
  },
  {
    id: 'criticism-criticised-verb',
    type: 'CRITICISM',
    word: CENSURE,
    pos: 'verb',
    objects: true,
    confidence: 0.85,
    examples: [
      // (A past subordinate clause with a subject of its own is out of the reach of a hedge before it: Sudan, 2023.)
      'Burhan had earlier turned down Kenyan-led mediation efforts after he accused President Ruto of backing the RSF.',
      'Supreme Leader Ayatollah Ali Khamenei recently criticised US President Donald Trump.',
      'The government of Japan accused Russia of hacking.',
      'Saudi Arabia deplored Israel’s decision on Monday.',
      'China reprimanded Japan over the remarks.',
      'Iranian Foreign Ministry Spokesman Bahram Ghasemi censured UK Foreign Secretary Jeremy Hunt.',
      // (A possessive's deed before a preposition is criticised, not the person after it.)
      {
        text: 'France condemned Russia’s attack on President Volodymyr Zelensky’s office.',
        participants: ['france', 'russia'],
      },
    ],
    counterexamples: [
      'Iran condemned French national Benjamin Briere to death.',
      'Iran condemned French national Benjamin Briere to eight years in prison.',
      // (A refusal as an adjective: wire reports on the UN votes over Ukraine, 2022.)
      'Beijing has been unwilling to criticize Moscow over the war.',
      'India was reluctant to condemn Russia at the United Nations.',
    ],
  },
  // "Washington has expressed concern over China's use of water cannons": concern voiced about an actor's conduct.
  {
    id: 'criticism-expressed-concern',
    type: 'CRITICISM',
    word: words(DISPLEASURE),
    needsBefore:
      /^(expressed|expresses|express|voiced|voices|voice|raised|raises|conveyed|reiterated|reiterates|demonstrated|showed|registered)$/,
    // "voiced concern for the country's stability", "shared his concerns for residents abroad": care for, no reproach.
    notFollowedBy: /^for$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.7,
    examples: [
      'Washington has expressed concern over China’s use of water cannons.',
      'China expressed strong dissatisfaction with Japan on Tuesday.',
      'China reiterated its firm opposition to the US move on Tuesday.',
    ],
    counterexamples: [
      'Venezuelan President Nicolas Maduro met the opposition in Caracas on Tuesday.',
      // (Atlanta Beacon 2024 on Argentina's foreign minister and Bolivia; a Canadian premier's 2001 statement.)
      "Argentine Foreign Minister Diana Mondino voiced concern for Bolivia's stability on Wednesday.",
      "Canada expressed concern for Haiti's people on Sunday.",
    ],
  },
  // "Moscow was deeply disappointed by Trump's decision", "China is strongly dissatisfied with the US remarks": the
  // adjective of displeasure after a form of "be", its preposition right after it, and the actor whose conduct it is
  // after that (not "disappointed that talks stalled", "disappointed with the outcome of the vote": no one's conduct).
  {
    id: 'criticism-displeased-with',
    type: 'CRITICISM',
    word: DISPLEASED,
    needsBefore: BE_BEFORE,
    needsAfter: /^(with|by|at|over)$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectAfter: /^(with|by|at|over)$/,
    objectWithin: 8,
    confidence: 0.7,
    examples: [
      // (AFP via LatestLY 2018; VOA 2013; Zee News 2013.)
      {
        text: "Russia's foreign ministry said Moscow was deeply disappointed by US President Donald Trump's decision to abandon the Iran nuclear deal.",
        participants: ['russia', 'donald-trump'],
      },
      {
        text: "China says it is strongly dissatisfied with U.S. Secretary of State Hillary Clinton's remarks concerning disputed islands.",
        participants: ['china', 'hillary-clinton'],
      },
      'China said on Sunday it is strongly dissatisfied with the US warning to Beijing.',
    ],
    counterexamples: [
      // (Ghanaian MPs on a parliamentary vote, 2023: displeasure at an outcome, no actor's conduct.)
      'The Minority Leader said he is disappointed with the outcome of the secret voting.',
      'The minister was disappointed that talks with Iran had stalled, he said on Monday.',
      'Fans were disappointed by the result of the match between France and Spain.',
    ],
  },
  // "said Hamas bore total responsibility for the resumption of hostilities", "said Washington must accept responsibility
  // for the consequences": the sayer blames the one said to bear it (the actor just before; "claimed responsibility",
  // "took responsibility" are owned, not laid on another).
  {
    id: 'criticism-bears-responsibility',
    type: 'CRITICISM',
    word: /^(bear|bears|bore|borne|must|should)$/,
    needsAfter: /^responsibility$/,
    within: 3,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      // (AFP 2025, IRNA via Daily Beast 2019, Xinhua 2023: blame laid in reported speech.)
      'Israeli Foreign Minister Gideon Saar said Hamas bore total responsibility for the resumption of hostilities.',
      {
        text: 'Iranian Foreign Ministry spokesman Abbas Mousavi said the United States must accept responsibility for the consequences of the attacks.',
        participants: ['abbas-mousavi', 'united-states'],
      },
      'China said Japan bears full responsibility for the tensions.',
    ],
    counterexamples: [
      'Hamas claimed responsibility for the attack on Israel.',
      'Japan said it must take responsibility for the cleanup.',
      'Japan bears responsibility for its own defence, Prime Minister Fumio Kishida said.',
    ],
  },
  // "said Kiev is behind the attack", "said the United States was behind what it says was a drone attack", "said the
  // Israeli government is fully responsible for this crime": the sayer blames the actor just before for a deed of harm
  // (not "was behind the initiative", "is responsible for security"; no sayer, no blame).
  {
    id: 'criticism-said-behind-attack',
    type: 'CRITICISM',
    word: /^(behind|responsible)$/,
    needsBefore: words(BE_PRESENT, BE_PAST),
    needsAfter: BLAMED_DEEDS,
    // (What the sayer calls the deed may stand between: "was behind what it says was a drone attack".)
    within: 7,
    predicate: true,
    saidOnly: true,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: [
      // (Xinhua 2023 and Reuters 2023 on the drones over the Kremlin; Sputnik 2022 on Iran and Gaza.)
      {
        text: 'Russia’s Foreign Ministry said Kiev is behind the attack on Wednesday.',
        participants: ['russia', 'ukraine'],
      },
      'Russia said on Thursday that the United States was behind what it says was a drone attack on the Kremlin.',
      {
        text: 'Iranian Foreign Ministry spokesman Nasser Kanaani said the Israeli government is fully responsible for this crime.',
        participants: ['nasser-kanaani', 'israel'],
      },
    ],
    counterexamples: [
      'Kyiv denied that it was behind the attack on the Kremlin.',
      'Russian Foreign Minister Sergei Lavrov said the United States was behind the initiative.',
      'The Ukrainian official responsible for the attacks on Crimea said on Monday that more would follow.',
      'Japan said it is responsible for security in the region.',
      // (Seed article 00, a reposted message: no one before Iran says so.)
      'The Biden Administration used the Russians to negotiate with the murderous Iran Regime. Iran is responsible for the deaths of hundreds of American soldiers.',
    ],
  },
  // "Azerbaijan said it had serious concerns about the aims of the European Union mission": concern held about an actor
  // (criticism-expressed-concern reads concern voiced; this one, concern had, aimed "about" or "over" the actor).
  {
    id: 'criticism-has-concerns-about',
    type: 'CRITICISM',
    word: /^(concern|concerns)$/,
    needsBefore: /^(had|has|have|having)$/,
    notFollowedBy: /^(?!(?:about|over|regarding)$)/,
    pos: 'verb',
    objects: true,
    objectWithin: 7,
    confidence: 0.65,
    examples: [
      // (Al Mayadeen 2023, Reuters 2021: concerns a state has about another's conduct.)
      'Azerbaijan said it had serious concerns about the aims of the European Union mission.',
      'Japan has grave concerns over China’s military activities near Taiwan.',
    ],
    counterexamples: [
      'Japan has concerns for the safety of its citizens in Israel.',
      'Analysts have concerns about the economy of Germany.',
    ],
  },
  // "Maduro declared that Guyana was provoking Venezuela", "said Kyiv had provoked the escalation": the sayer blames
  // the provoker, the actor just before (no sayer, no blame: the reporter's own "provoked" is no criticism).
  {
    id: 'criticism-said-provoking',
    type: 'CRITICISM',
    // (Not "provoked": "was provoked into the war" is a passive; "was provoking Venezuela" is not.)
    word: /^(provoking|provokes|provoke|conspiring|conspired|conspires)$/,
    notPrecededBy: words(['to', 'not', 'never']),
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: [
      // (AFP 2015 on the Essequibo dispute; TASS, Xinhua 2022-2024.)
      'Venezuelan President Nicolas Maduro declared that Guyana was provoking Venezuela with American backing.',
      'Russian Foreign Minister Sergei Lavrov said NATO was provoking Russia.',
      'Chinese Foreign Ministry spokesman Wang Wenbin said the United States was conspiring against China.',
    ],
    counterexamples: [
      'Guyana provoked a sharp reaction from Venezuela.',
      'Russian Foreign Minister Sergei Lavrov said Russia was provoked by NATO.',
      'Russian Foreign Minister Sergei Lavrov said Russia was provoked into the war.',
      'Venezuelan President Nicolas Maduro said Venezuela would not provoke Guyana.',
    ],
  },
  {
    id: 'criticism-cannot-be-trusted',
    type: 'CRITICISM',
    word: /^(can't|cannot|couldn't|not)$/,
    needsAfter: /^trusted$/,
    within: 2,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      {
        text: 'Supreme Leader Ayatollah Ali Khamenei said US President Donald Trump “can’t be trusted.”',
        participants: ['ali-khamenei', 'donald-trump'],
      },
    ],
  },
  // "warned that any Indian attempt to divert the water would be an act of war", "warned that any Israeli attack would be
  // met with a crushing response": the state whose act the warning names (a demonym or name before the act noun) is
  // the one threatened. (Before the rules of "warned" below, which read the actor after "that" as the one warned.)
  {
    id: 'threat-warned-any-act',
    type: 'THREAT',
    word: /^(warned|warns|warning)$/,
    // (Only "warned that any", "warned on Thursday that any": "warned India that any attempt ..." names the one warned
    // right after the verb, which the rules below read.)
    notFollowedBy:
      /^(?!(?:that|on|last|this|earlier|again|also|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$)/,
    needsAfter: /^any$/,
    within: 5,
    objectWithin: 8,
    objectNotFollowedBy: WARNED_ACT_NOT_NEXT,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      // (Pakistan's National Security Committee, April 2025; Iran's army chief, 2024; Pakistan's army, 2019.)
      {
        text: 'Pakistan warned on Thursday that any Indian attempt to divert its water would be regarded as an act of war.',
        participants: ['pakistan', 'india'],
      },
      'Iran warned that any Israeli attack on its soil would be met with a crushing response.',
      'Pakistan warned that any Indian misadventure would be answered with full force.',
    ],
    counterexamples: [
      'The IMF warned that any US tariffs could hurt growth.',
      'Pakistan warned that any delay would be costly for India.',
      'Pakistan warned that any attempt to divert water would be an act of war, the minister told Indian reporters.',
      // (A forecast of harm, no reprisal: lexicon/force.ts, WARNED_REPRISAL.)
      'The UN warned that any Israeli strike on Rafah would be a catastrophe.',
    ],
  },
  {
    id: 'threat-threatened-verb',
    type: 'THREAT',
    word: /^(threaten|warned|warns|ultimatum)/,
    notFollowedBy: /^that$/,
    pos: 'verb',
    objects: true,
    confidence: 0.75,
    examples: [
      'North Korea threatened to strike the United States with nuclear weapons.',
      'North Korea’s foreign minister warned the United States on Tuesday that it would pay a terrifying price.',
      // The measure threatened is no event of its own (tariff threats: AP, Reuters, 2018-2025).
      {
        text: 'US President Donald Trump threatened to impose tariffs on Mexico on Saturday.',
        participants: ['donald-trump', 'mexico'],
      },
      { text: 'China threatened to impose duties on Japan over the water release.', participants: ['china', 'japan'] },
      // The actor of an inverted condition is the one warned about (Iran International 2024 on Eslami; participants.ts,
      // isInvertedCondition).
      {
        text: 'Iran’s nuclear chief Mohammad Eslami warned of immediate reciprocal measures should the IAEA pass a resolution.',
        participants: ['mohammad-eslami', 'international-atomic-energy-agency'],
      },
    ],
  },
  // "warned that Iran would pay a heavy price" threatens Iran; "warned that Germany’s economy would shrink" forecasts.
  {
    id: 'threat-warned-that',
    type: 'THREAT',
    word: /^(warned|warns|warning)$/,
    needsAfter: /^that$/,
    within: 1,
    objectNotFollowedBy: THREAT_MODAL_NOT_NEXT,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      'US President Donald Trump warned that Iran would pay a heavy price.',
      'Russian President Vladimir Putin warned that NATO must stop its expansion.',
    ],
    counterexamples: [
      'The IMF warned that Germany’s economy would shrink.',
      'The IMF warned that the German economy would shrink.',
      'The IMF warned that US tariffs on European cars could tank the global economy.',
      'The IMF warned that China could see slower growth.',
    ],
  },
  // "issued a stern warning to Iran", "sent a warning to Pyongyang": a warning delivered (not "warning shots").
  {
    id: 'threat-issued-warning',
    type: 'THREAT',
    word: /^(warning|warnings)$/,
    // ("drew a warning from China": one drawn, whose giver follows "from"; participants.ts sourcesFrom.)
    needsBefore: words(
      ['issued', 'issues', 'issuing', 'sent', 'sends', 'delivered', 'gave', 'stern', 'strong', 'final', 'blunt'],
      ['fresh', 'stark', 'veiled'],
      RECEIVING_WORDS,
    ),
    notPrecededBy: /^(travel|weather|storm|flood|tsunami|health|early)$/,
    notFollowedBy: /^(shots|shot|signs|system|systems|label|labels|lights|flares)$/,
    pos: 'noun',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      'US President Donald Trump issued a stern warning to Iran on Monday.',
      // (NWO Report, 2018; Reuters, 2024: a warning an act draws, from whom.)
      {
        text: 'However, the U.S. announcement drew a warning from China on Tuesday.',
        participants: ['china', 'united-states'],
      },
      { text: "Pyongyang's launch drew a stern warning from Tokyo on Friday.", participants: ['japan', 'north-korea'] },
    ],
    counterexamples: [
      'Chinese coast guard ships fired warning shots at Philippine vessels.',
      'The United States issued a travel warning for Mali on Monday.',
      // (No giver named: no threat.)
      'The U.S. announcement drew a stern warning on Tuesday.',
    ],
  },
  // "Putin's nuclear threats against the West", "Iran made threats against Israel" (not "poses a threat to", which
  // judges).
  {
    id: 'threat-threats-noun',
    type: 'THREAT',
    word: /^(threat|threats)$/,
    needsBefore: /^(made|makes|making|issued|issues|repeated|renewed|nuclear|military|verbal|veiled|explicit)$/,
    orAfterPossessive: true,
    notFollowedBy: /^(perception|perceptions|assessment|assessments|level|levels|environment|landscape|analysis)$/,
    pos: 'noun',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      'Iran made threats against Israel on Sunday.',
      'Russian President Vladimir Putin’s threats against Ukraine grew on Friday.',
    ],
    counterexamples: [
      'US President Joe Biden said Russia poses a threat to Europe.',
      'Russia’s threat perception of NATO changed after 2014.',
    ],
  },
  // "vowed to retaliate against Finland": a vow of force is a threat (the force itself has not happened).
  {
    id: 'threat-vowed-force',
    type: 'THREAT',
    word: VOWING,
    needsAfter: REPRISAL,
    // ("vowed to take countermeasures", "vowed a swift and harsh retaliation": a verb or adjectives between.)
    within: 4,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      'Russia vowed to retaliate against Finland for joining NATO.',
      'China vowed countermeasures against Japan on Friday.',
      // Wire phrasings of vowed reprisals (AP, UPI, 2018-2024).
      'Iran promised vengeance against the United States after the killing of Soleimani.',
      'China vowed to strike back hard against the United States on Tuesday.',
      'Beijing vowed to take countermeasures against Washington on Friday.',
      // (PBS 2025: the act avenged names its doer.)
      {
        text: 'Pakistan is vowing to avenge Indian missile strikes.',
        participants: ['pakistan', 'india'],
      },
    ],
    counterexamples: [
      'Russia vowed to support Belarus on Friday.',
      'Japan pledged a swift response to the earthquake in Turkey.',
    ],
  },
  // "Canada is prepared to respond with retaliatory tariffs on US goods", "the EU is ready to retaliate if negotiations
  // with Washington fail": a readiness to retaliate declared is a threat (lexicon/force.ts, READY_WORDS), to the actor
  // the reprisal is aimed at or answers (participants.ts, answeredActDoer: "ready to retaliate to the U.S. steps").
  // (Only after "be" or "stand": not "a prepared statement"; and only a reprisal: "ready to respond to the proposal".)
  {
    id: 'threat-ready-to-retaliate',
    type: 'THREAT',
    word: READY,
    needsBefore: words(READY_STANDING),
    notFollowedBy: /^(?!to$)/,
    needsAfter: RETALIATION,
    within: 5,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    confidence: 0.7,
    examples: [
      // (Mercopress 2025 on Joly; in.gr and CNBC 2025 on von der Leyen after the April tariffs.)
      {
        text: 'Canada is prepared to respond with retaliatory tariffs of 25% on US$ 107 billion worth of US goods, Joly said.',
        participants: ['canada', 'united-states'],
      },
      {
        text: 'Von der Leyen warned that the European Union is prepared to retaliate if negotiations with Washington fail.',
        participants: ['european-union', 'united-states'],
      },
      {
        text: 'Von der Leyen suggested the bloc was ready to retaliate to the U.S. steps against it.',
        participants: ['ursula-von-der-leyen', 'united-states'],
      },
      'China stands ready to take countermeasures against Japan, the ministry said.',
    ],
    counterexamples: [
      'Canada is prepared to negotiate with the United States, Joly said.',
      'The European Union is ready to respond to the US proposal.',
      'The minister read a prepared statement on retaliation against Russia.',
      'Canada is not prepared to retaliate against the United States, Joly said.',
    ],
  },
  // "said there must be consequences for Iran for this attack" (US State Department 2024), "there will be a high price
  // to pay for Russia" (Stoltenberg 2021), "warned there would be consequences for President Trump's decision" (Russia
  // 2018): consequences or a price said to be in store for an actor threaten it, the actor right after "for" (not "there
  // will be consequences for the economy", which names no one; not "no consequences", nor "a small price").
  {
    id: 'threat-there-be-consequences-for',
    type: 'THREAT',
    // (The modal is the trigger, as in threat-will-pay-price: a threat is told in it, no doubt of its own.)
    word: /^(will|would|must|could|'ll|shall)$/,
    needsBefore: /^there$/,
    notFollowedBy: /^(?!be$)/,
    // ("a high price to pay for Russia": the idiom's "pay" is no verb of its own, whose object Russia would be.)
    needsAfter: /^(consequences|price|pay)$/,
    within: 4,
    notAmid: /^(no|little|few|any|small)$/,
    pos: 'verb',
    objects: true,
    objectAfter: /^for$/,
    objectWithin: 10,
    toldBySayer: true,
    confidence: 0.7,
    examples: [
      'State Department spokesman Matthew Miller said there must be consequences for Iran for this attack.',
      'NATO Secretary General Jens Stoltenberg said there will be a high price to pay for Russia if it uses force.',
      {
        text: "Russia warned late Friday there would be consequences for President Trump's decision to strike Syria.",
        participants: ['russia', 'donald-trump'],
      },
    ],
    counterexamples: [
      'The IMF said there will be consequences for the global economy.',
      'Russian Foreign Minister Sergei Lavrov said there will be no consequences for Israel.',
      'Former US President Donald Trump said it would be a small price to pay for peace in Ukraine.',
      'The White House warned there would be serious consequences should Russia invade further.',
    ],
  },
  // "said the Israeli attack will not go unanswered", "said Israel would face consequences": the sayer threatens the
  // actor just before (the modal is the threat's own word, so it is the trigger, and no hedge before it).
  {
    id: 'threat-will-not-go-unanswered',
    type: 'THREAT',
    word: /^(will|would|won't|shall)$/,
    // ("there would be consequences for Trump's decision": threat-there-be-consequences-for, whose target follows.)
    notPrecededBy: /^there$/,
    needsAfter: /^(unanswered|unpunished|consequences)$/,
    within: 5,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      {
        text: 'Iranian Foreign Minister Abbas Araghchi said the Israeli attack will not go unanswered.',
        participants: ['abbas-araghchi', 'israel'],
      },
      'Russian Foreign Minister Sergei Lavrov said the United States would face consequences.',
    ],
    counterexamples: ['Russian Foreign Minister Sergei Lavrov said the talks will have no consequences.'],
  },
  // "said Israel will pay a heavy price for the assassination", "North Korea said the U.S. will pay dearly", "Russia will
  // have a heavy price to pay if it invades Ukraine": the sayer threatens the actor just before, the one made to pay (the
  // modal is the trigger, as in threat-will-not-go-unanswered; "pay", "have" or "face" right after it, so that "would be
  // a small price to pay" and "would not pay" stay out; a price paid already, "has paid a heavy price", has no modal).
  {
    id: 'threat-will-pay-price',
    type: 'THREAT',
    word: /^(will|would|'ll|shall)$/,
    notFollowedBy: /^(?!(?:pay|have|face)$)/,
    needsAfter: /^(price|dearly)$/,
    within: 6,
    predicate: true,
    targetAdjacent: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
    examples: [
      // (TASS 2024 on Bagheri Kani after Haniyeh's killing; nhub 2017 on KCNA and Haley; Newsweek 2021 on Biden.)
      {
        text: 'Iranian Foreign Minister Ali Bagheri Kani said Israel will pay a heavy price for the assassination of Ismail Haniyeh.',
        participants: ['ali-bagheri-kani', 'israel'],
      },
      'North Korea said the United States will pay dearly for the remarks of its ambassador.',
      'US President Joe Biden said Russia will have a heavy price to pay if it invades Ukraine.',
      // (Jerusalem Post 2023: the sayer after the clause.)
      'Hamas and Iran will pay a full price for their attacks, Israeli Prime Minister Benjamin Netanyahu said on Sunday.',
    ],
    counterexamples: [
      'Ukrainian President Volodymyr Zelensky said Ukraine has paid a heavy price for its freedom.',
      'Former US President Donald Trump said neutrality would be a small price to pay for peace in Ukraine.',
      'Russian Foreign Minister Sergei Lavrov said Russia would not pay a high price for peace.',
      // (Times of Israel 2023: the threat is to anyone, not to the Hamas leader named before.)
      'Israeli Prime Minister Benjamin Netanyahu responded to threats from a Hamas leader, saying anyone carrying out terror will pay the full price.',
    ],
  },
  // "sanctioned 14 Chinese officials": the one sanctioned follows closely; "sanctioned the use of force against Libya"
  // approves (its actor comes far after, past what is approved).
  // "Iran said it would retaliate against Israel", "China will take countermeasures against Japan": a reprisal announced
  // (the modal is the threat's own word; not "would strike" or "will hit", which forecasts say of tariffs too).
  {
    id: 'threat-will-retaliate',
    type: 'THREAT',
    word: /^(will|would|'ll|shall)$/,
    notFollowedBy: /^(not|never|n't)$/,
    needsAfter: RETALIATION,
    within: 3,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      'Iranian Foreign Minister Abbas Araghchi said Iran would retaliate against Israel.',
      'China will take countermeasures against Japan, the Chinese Foreign Ministry said.',
    ],
    counterexamples: [
      'US President Donald Trump said US tariffs will hit China hard.',
      'Iranian Foreign Minister Abbas Araghchi said Iran would not retaliate against Israel.',
    ],
  },
  // "North Korea will respond forcefully to any provocation by the United States", "will react strongly to Japan": a
  // response promised in force is a threat (not "would respond to the proposal", an answer, nor "would not respond").
  // ("would respond to any attack by Israel" stays out: the attack, a trigger of its own, takes "by Israel".)
  {
    id: 'threat-will-respond-to-force',
    type: 'THREAT',
    // (The modal is the trigger, as in threat-will-retaliate, so that no hedge is read before it; the verb after it must
    // be "respond" or "react", and a manner of force or an attack come after.)
    word: /^(will|would|'ll|shall)$/,
    notFollowedBy: /^(?!(?:respond|react)$)/,
    needsAfter: words(RESPONSE_MANNERS, RESPONSE_MEANS, [
      'attack',
      'attacks',
      'aggression',
      'provocation',
      'provocations',
      'strike',
    ]),
    within: 5,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      // (IRNA, KCNA, AP 2020-2024: responses vowed to an attack.)
      'North Korea will respond forcefully to any provocation by the United States.',
      'North Korea said it will respond firmly to South Korea on Monday.',
      'China will react strongly to Japan, the Chinese Foreign Ministry said.',
      // (NBC 2025 on Lula and Trump's 50% tariff; a response made with reprisals, lexicon/force.ts RESPONSE_MEANS.)
      {
        text: "Lula said that Brazil will respond with reciprocity to U.S. President Donald Trump's 50% tariff rate.",
        participants: ['brazil', 'donald-trump'],
      },
      'Canada said it would respond with proportionate countermeasures to the United States on Monday.',
    ],
    counterexamples: [
      'Iranian Foreign Minister Abbas Araghchi said Iran would respond to the European proposal on Monday.',
      'Brazil will respond with a proposal to the United States, the minister said.',
      'Iranian Foreign Minister Abbas Araghchi said Iran would not respond to any attack by Israel.',
      'Iranian Foreign Minister Abbas Araghchi said Iran would strongly support Iraq on Monday.',
    ],
  },
  // "will sternly respond to Japan's unfair decision", "would firmly react to any provocation": a response promised in a
  // manner of force, the manner between the modal and the verb (threat-will-respond-to-force has it after the verb).
  {
    id: 'threat-will-adverb-respond',
    type: 'THREAT',
    word: /^(will|would|'ll|shall)$/,
    notFollowedBy: new RegExp(`^(?!${words(RESPONSE_MANNERS).source})`),
    needsAfter: /^(respond|react|retaliate)$/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
    examples: [
      // (DW 2019: Seoul on Japan's export curbs.)
      "South Korea will sternly respond to Japan's unfair decision, the presidential office said.",
      'North Korea said it would strongly react to the drills of South Korea.',
    ],
    counterexamples: [
      'Iranian Foreign Minister Abbas Araghchi said Iran would strongly support Iraq on Monday.',
      'Japan will not respond to South Korea, the minister said.',
    ],
  },
  // "warned that Pyongyang would take fiercer military action against the United States", "said Turkey will take steps
  // against the PKK": action announced against an actor threatens it (the modal is the trigger, as in
  // threat-will-retaliate; the actor right after "against": not "will take measures against inflation").
  {
    id: 'threat-will-take-action-against',
    type: 'THREAT',
    word: /^(will|would|'ll|shall)$/,
    notFollowedBy: /^(?!take$)/,
    needsAfter: /^(action|measures|steps|countermeasures)$/,
    within: 5,
    pos: 'verb',
    objects: true,
    objectAfter: /^against$/,
    objectWithin: 10,
    confidence: 0.7,
    examples: [
      // (APA 2023: Choe Son Hui on US drills with Japan and South Korea.)
      'North Korea warned that Pyongyang would take "fiercer" military action against the United States.',
      'Ankara said Turkey will take steps against the PKK in northern Iraq.',
    ],
    counterexamples: [
      'The central bank will take measures against inflation, the governor said.',
      'Germany will not take action against Russia, the chancellor said.',
    ],
  },
  // "would not hesitate to take further action against the Houthis", "will not hesitate to use force against any
  // aggressor": force or steps one says one will take without hesitation threaten the actor after "against" (BBC 2024
  // on Sunak and the Red Sea).
  {
    id: 'threat-will-not-hesitate',
    type: 'THREAT',
    // (The modal is the trigger, as in threat-will-retaliate, so that its "not" is read as the idiom's, no denial.)
    word: /^(will|would|'ll|shall)$/,
    // (Only the negated idiom: "would hesitate to act against NATO" doubts, it threatens no one.)
    notFollowedBy: /^(?!(not|never|n't)$)/,
    needsAfter: /^hesitate$/,
    within: 2,
    pos: 'verb',
    objects: true,
    objectAfter: /^against$/,
    objectWithin: 10,
    confidence: 0.7,
    examples: [
      'Prime Minister Rishi Sunak said the UK would not hesitate to take further action against the Houthis.',
      'Iran will not hesitate to use force against Israel, the Iranian army chief said on Sunday.',
    ],
    counterexamples: [
      'The central bank would not hesitate to take action against inflation, the governor said.',
      'Japan did not hesitate to send aid to Turkey after the earthquake.',
      'Russia would hesitate to act against NATO, analysts said.',
    ],
  },
  // "vowed to take firm and forceful measures against US threats", "pledged to take action against Hamas": steps vowed
  // against an actor threaten it (the actor right after "against": not "measures to support Hong Kong").
  {
    id: 'threat-vowed-measures-against',
    type: 'THREAT',
    word: VOWING,
    needsAfter: /^(measures|countermeasures|action|steps)$/,
    within: 8,
    pos: 'verb',
    objects: true,
    objectAfter: /^against$/,
    objectWithin: 12,
    confidence: 0.7,
    examples: [
      // (AP 2018: Beijing on the $200-billion tariff list.)
      'The Chinese government vowed on Wednesday to take "firm and forceful measures" against US threats.',
      'Israel vowed to take action against Hamas after the attack.',
    ],
    counterexamples: [
      'China vowed to take measures to support Hong Kong on Friday.',
      'Indonesia pledged to take action against illegal fishing by Vietnamese boats.',
    ],
  },
  // "promised a tough response after Moldova expelled five diplomats", "vowed a harsh response to Japan": a response of
  // force promised to the actor after it (the adjective is the trigger, the promise just before it).
  {
    id: 'threat-vowed-tough-response',
    type: 'THREAT',
    word: words(HARSH_RESPONSES),
    needsBefore: /^(vowed|vows|vow|promised|promises|promise|pledged|pledges|threatened|threatens|warned|warns)$/,
    needsAfter: /^(response|responses|reply|answer|retaliation|reaction)$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.7,
    examples: [
      // (RFE/RL 2017, TASS 2023, AP 2019: responses vowed to expulsions and sanctions.)
      { text: 'Moscow has promised a “tough” response to Chisinau on Monday.', participants: ['russia', 'moldova'] },
      'China vowed a firm response to Washington on Friday.',
      'Iran warned of a crushing response to Israel on Sunday.',
    ],
    counterexamples: [
      'Japan pledged a swift response to the earthquake in Turkey.',
      'Germany promised a tough budget to Brussels on Friday.',
      'China vowed a firm commitment to Pakistan on Friday.',
    ],
  },
  // "Iran reserves the right to respond to Israel's aggression": a reprisal kept in hand threatens the actor after it.
  {
    id: 'threat-reserves-right-to-respond',
    type: 'THREAT',
    word: /^right$/,
    needsBefore: /^(reserves|reserve|reserved|reserving)$/,
    needsAfter: REPRISAL,
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      // (IRNA, Reuters, Xinhua 2019-2025.)
      'Iran reserves the right to respond to Israel’s aggression, the foreign ministry said.',
      'Sudan said it reserved the right to retaliate against the United Arab Emirates.',
    ],
    counterexamples: [
      'Britain reserves the right to change its visa rules for India.',
      'India reserves the right to reply to Pakistan at the General Assembly.',
    ],
  },
  // "Among the companies sanctioned are Northrop Grumman, L3Harris and Boeing": the inverted form, its targets after the
  // verb "be" (further targets of the sanction told before, whose source it takes: adjustments.ts, moreTargets).
  {
    id: 'sanction-among-sanctioned-are',
    type: 'SANCTION',
    // (The "be" after the participle is the trigger, so that its object is the one named after it.)
    word: /^(are|is|were|was)$/,
    notPrecededBy: /^(?!(?:targeted|sanctioned|designated|blacklisted)$)/,
    needsBefore: /^(targeted|sanctioned|designated|blacklisted)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    continues: true,
    confidence: 0.7,
    examples: [
      // (Maple Epoch 2025, AP 2024: the firms China sanctioned over arms sales to Taiwan.)
      {
        text: 'China sanctioned 20 US defence companies on Friday.\n\nAmong the companies sanctioned are Lockheed Martin and Raytheon.',
        participants: ['china', 'lockheed-martin'],
      },
    ],
    counterexamples: [
      'Among the companies present are Northrop Grumman and Boeing.',
      'Japan sanctioned Russia on Friday. The countries that sanctioned Russia are Australia and Canada.',
    ],
  },
  // "The other entities hit by sanctions were Affiliates International and Rockside Enterprise", "the firms targeted by
  // the measures are ...": further targets of the sanction told before, named after the "be" of the inverted form.
  {
    id: 'sanction-hit-by-sanctions-are',
    type: 'SANCTION',
    word: /^(are|is|were|was)$/,
    // ("entities hit by sanctions were": three words back; not "sanctions were imposed on Iran by the US", a passive.)
    needsBefore: /^(hit|targeted)$/,
    pos: 'verb',
    objects: true,
    // (Past a first name no one knows: "were Affiliates International, Akhtar and Sons Private Limited and ...".)
    objectWithin: 6,
    continues: true,
    confidence: 0.7,
    examples: [
      // (Reuters 2024 on U.S. sanctions over Pakistan's missile program.)
      {
        text: 'The United States sanctioned four Pakistani entities on Wednesday.\n\nThe other entities hit by sanctions were Akhtar and Sons Private Limited and Rockside Enterprise, all based in Karachi.',
        participants: ['united-states', 'rockside-enterprise'],
      },
    ],
    counterexamples: [
      'The United States sanctioned Iran on Wednesday. The sanctions were lifted in 2016.',
      'The United States sanctioned Iran on Wednesday. Those most affected by the sanctions are Iranian farmers.',
      'New sanctions were imposed on Iran by the United States on Monday.',
    ],
  },
  // "Defense Minister Sergei Shoigu is among those targeted", "were among the entities sanctioned": one more target of
  // the sanction told before (adjustments.ts, moreTargets), the actor just before.
  {
    id: 'sanction-among-targets',
    type: 'SANCTION',
    word: /^(targeted|sanctioned|designated|listed|blacklisted)$/,
    needsBefore: /^among$/,
    predicate: true,
    pos: 'verb',
    objects: false,
    continues: true,
    confidence: 0.7,
    examples: [
      {
        text: 'The European Union imposed sanctions on Russia on Wednesday. Russian Defense Minister Sergei Shoigu is among those targeted.',
        participants: ['european-union', 'sergei-shoigu'],
      },
      {
        text: 'The United States sanctioned Russian officials on Friday. Sergei Shoigu was among the officials sanctioned.',
        participants: ['united-states', 'sergei-shoigu'],
      },
    ],
    counterexamples: [
      'Russia attacked Ukraine on Wednesday. Kharkiv was among the cities targeted.',
      'Modi met Putin on Wednesday. Modi was among those listed as speakers.',
    ],
  },
  {
    id: 'sanction-sanctioned-verb',
    type: 'SANCTION',
    word: /^(sanctioned|sanctioning)$/,
    notPrecededBy: /^(the|a|an|newly|already|previously)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.8,
    examples: [
      'The United States sanctioned 14 Chinese officials on Monday.',
      { text: 'Russia was sanctioned by Japan on Friday.', participants: ['japan', 'russia'] },
    ],
    counterexamples: ['The UN Security Council sanctioned the use of force against Libya in 2011.'],
  },
  // "M23 has been under US sanctions since 2013", "Iran remains under UN sanctions": the state whose adjective or name
  // stands before the noun sanctions the subject of the clause.
  {
    id: 'sanction-under-sanctions',
    type: 'SANCTION',
    word: /^sanctions$/,
    needsBefore: /^under$/,
    pos: 'noun',
    objects: false,
    imposedOnSubject: true,
    confidence: 0.7,
    examples: [
      'M23 itself has been under US sanctions since 2013 for alleged violations of international law.',
      'Venezuela has been under American sanctions since 2019.',
    ],
    counterexamples: [
      'Trade under the sanctions regime fell sharply last year.',
      // (Sanctions no one named imposes: the relative clause's subject is sanctioned by nobody here.)
      'Russia, which is under Western sanctions, bought drones from Iran.',
    ],
  },
  {
    id: 'sanction-sanction-word',
    type: 'SANCTION',
    // ("imposed countersanctions on US defense firms": China's answer to sanctions, 2020-2024.)
    word: /^(?:counter-?)?sanction/,
    // ("added eight individuals from Venezuela to its sanctions list in response to Mr. Maduro's ...": a list named,
    // not a measure; its next actor is no target. Adding to the list is sanction-added-to-blacklist's.)
    notFollowedBy: /^lists?$/,
    pos: 'noun',
    objects: true,
    objectWithin: 12,
    confidence: 0.8,
    examples: [
      'The European Union imposed new sanctions on Russia on Friday.',
      'Canada announced sanctions against Russian oil companies on Friday.',
      'China imposed countersanctions on US defense firms on Friday.',
    ],
    counterexamples: [
      'Russia and China discussed sanctions relief on Monday.',
      // (The Globe Post 2017.)
      "The Treasury Department added eight individuals to its sanctions list in response to Mr. Maduro's new assembly.",
    ],
  },
  // "China's ban on Japanese seafood", "Japan's export controls on South Korea", "the tariffs Washington imposed on
  // Chinese steel": a measure named by its noun alone, its imposer the possessive or adjective before it (or the
  // subject of the clause right after it, agent.ts contactClauseHolder) and its target after "on" or "against"
  // (KBS and Nikkei 2019-2023, SBS 2022, AP 2018). A noun with no imposer named makes no event.
  {
    id: 'sanction-measure-noun',
    type: 'SANCTION',
    word: NAMED_MEASURE,
    needsAfter: /^(on|against)$/,
    // ("the restrictions Beijing has placed on": a clause of three words between.)
    within: 5,
    pos: 'noun',
    objects: true,
    ownerOnly: true,
    confidence: 0.7,
    examples: [
      { text: "China's ban on Japanese seafood has hit fishermen in Hokkaido.", participants: ['china', 'japan'] },
      { text: "Japan's export controls on South Korea took effect on July 4.", participants: ['japan', 'south-korea'] },
      {
        text: "Washington's tariffs on Chinese goods came into force on Friday.",
        participants: ['united-states', 'china'],
      },
      {
        text: "Beijing's curbs on Australian barley and wine cost exporters billions.",
        participants: ['china', 'australia'],
      },
      {
        text: 'The pair discussed the trade restrictions China imposed on Australia.',
        participants: ['china', 'australia'],
      },
      {
        text: 'The move answered the duties Trump slapped on $16 billion of Chinese goods.',
        participants: ['donald-trump', 'china'],
      },
      {
        text: 'The coal ban Beijing placed on Australia in 2020 has cost miners billions.',
        participants: ['china', 'australia'],
      },
    ],
    counterexamples: [
      // Measures proposed, eased or threatened, or named without their imposer, impose nothing.
      'Proposed US tariffs on Mexican imports would hurt farmers.',
      'Beijing has eased the trade curbs it imposed on Australian coal.',
      'China called for the lifting of US tariffs on Chinese goods.',
      'Washington threatened new tariffs on Chinese goods.',
      'The ban on Japanese seafood took effect on Thursday.',
      'Japan eased its restrictions on foreign tourists in October.',
      // (Audit 2025: the tariff is the subject of its own clause, none of the critic's.)
      'Lula criticised Trump after a 50% tariff on Brazilian exports came into force.',
      'Sheinbaum said she had agreed with Trump to put a pause on a 25-percent tariff on Mexican imports.',
    ],
  },
  // "severed diplomatic, trade and travel ties with Qatar": cutting ties with a state sanctions it.
  {
    id: 'sanction-severed-ties',
    type: 'SANCTION',
    word: /^(severed|severs|sever|severing|cut|cuts|cutting|suspended|suspends|downgraded|downgrades|broke|breaks|breaking)$/,
    // ("fighting broke out as relations soured": no break of ties.)
    notFollowedBy: /^(out|down|through|into|away|ground|news|ranks)$/,
    needsAfter: words(TIES),
    within: 6,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: [
      'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic, trade and travel ties with Qatar.',
      'Saudi Arabia severed diplomatic ties with Qatar on Monday.',
      'Ukraine broke off diplomatic relations with Russia in February 2022.',
    ],
    counterexamples: ['Fighting broke out as relations between India and Pakistan soured.'],
  },
  // "is ending its diplomatic relations with Ukraine", "ended diplomatic ties with Taiwan": ties ended, as severed
  // (Mali on Ukraine 2024, Nicaragua on Taiwan 2021); the ties follow at once, not "ended as relations soured".
  {
    id: 'sanction-ended-ties',
    type: 'SANCTION',
    word: /^(end|ends|ended|ending|terminated|terminates|terminating)$/,
    notFollowedBy: /^(with|as|when|after|in|on|up|by|without)$/,
    needsAfter: words(TIES),
    within: 3,
    pos: 'verb',
    objects: true,
    confidence: 0.75,
    examples: [
      'Mali has announced that it is ending its diplomatic relations with Ukraine with immediate effect.',
      'Nicaragua ended diplomatic ties with Taiwan on Thursday.',
    ],
    counterexamples: [
      'The talks ended as relations between India and Pakistan soured.',
      'The visit ended with a pledge to deepen relations with Japan.',
    ],
  },
  // "cut off trade with Israel", "cut off gas to Europe": a state ends its trade with another (Turkey, 2024).
  {
    id: 'sanction-cut-off-trade',
    type: 'SANCTION',
    word: /^off$/,
    needsBefore: /^(cut|cuts|cutting)$/,
    needsAfter: words(TRADE_FLOWS, ['trade', 'commerce', 'gas', 'oil', 'supplies', 'deliveries', 'flights']),
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: ['Turkey cut off trade with Israel in May 2024.', 'Russia cut off gas to Poland in April 2022.'],
    counterexamples: ['Ukraine cut off the road to Russian forces near Kharkiv.'],
  },
  // "halted imports of Japanese seafood" (2023), "stopped exports of sunflower seeds to Ukraine": a state stops one
  // flow of its trade with another (CAMEO 163, embargo). All its trade with another is sanction-suspended-trade-with.
  {
    id: 'sanction-halted-trade',
    type: 'SANCTION',
    word: words(HALTED_FORMS),
    needsAfter: words(TRADE_FLOWS),
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: [
      'China halted imports of Japanese seafood in August 2023.',
      'Russia stopped exports of sunflower seeds to Ukraine last year.',
    ],
    counterexamples: [
      'The storm halted trade at the port of Odesa on Monday.',
      'Shipping firms halted trade through the Red Sea after the attacks on Monday.',
    ],
  },
  // "closed its airspace to Russian airlines", "shut its ports to Russian ships": a state bars another's craft.
  {
    id: 'sanction-closed-airspace',
    type: 'SANCTION',
    word: /^(closed|closes|closing|shut|shuts|shutting)$/,
    needsAfter: /^(airspace|ports|port|harbours|harbors|waters)$/,
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      'Canada closed its airspace to Russian airlines on Sunday.',
      'Pakistan closed its airspace to Indian flights in April 2025.',
    ],
    counterexamples: ['Iran closed its airspace after the strikes on Israel.'],
  },
  // "revoked the visas of Nicaraguan officials", "cancelled the accreditation of Russian journalists".
  {
    id: 'sanction-revoked-visas',
    type: 'SANCTION',
    word: /^(revoked|revokes|revoking|cancelled|canceled|cancels|withdrew|withdraws)$/,
    needsAfter: /^(visas|visa|accreditation|accreditations|credentials)$/,
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: ['The United States revoked the visas of Nicaraguan officials on Tuesday.'],
    counterexamples: ['The United States cancelled the visit of Nicaraguan officials on Tuesday.'],
  },
  // "expelled five Russian diplomats", "recalled its ambassador to France", "the expulsion of Russian diplomats": a
  // state that reduces diplomatic relations sanctions the other (CAMEO 161, as severed ties).
  {
    id: 'sanction-expelled-diplomats',
    type: 'SANCTION',
    word: /^(expelled|expels|expel|expelling|kicked)$/,
    needsAfter: words(DIPLOMATS, MISSIONS),
    // ("expelled more than 20 officials from the Moscow Embassy", Prensa Latina 2022; "expelled two employees of the
    // Chinese embassy": the mission after the staff it names.)
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: [
      'On Monday, the Moldovan Foreign Ministry expelled five Russian diplomats without explaining the reason.',
      'The United States kicked out 35 Russian diplomats in December 2016.',
      // Staff named by their mission (Norway, 2023; Britain, 2018).
      'Norway expelled 15 Russian embassy officials on Thursday, saying they were spies.',
      'Belgium expelled 21 officials from the Russian embassy on Tuesday.',
      'Germany expelled two employees of the Chinese embassy in Berlin.',
    ],
    counterexamples: ['Egypt expelled dozens of protesters gathered near the US embassy in Cairo.'],
  },
  // "ordered 20 German diplomats to leave Russia", "ordered 15 Emirati diplomats out within 48 hours": an expulsion
  // (not "ordered its diplomats out of Khartoum", an evacuation of its own).
  {
    id: 'sanction-ordered-envoys-out',
    type: 'SANCTION',
    word: /^(ordered|orders|ordering)$/,
    notFollowedBy: words(THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES, ['non-essential', 'nonessential']),
    needsAfter: DIPLOMAT,
    within: 5,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      'Russia ordered 20 German diplomats to leave the country on Saturday.',
      'Sudan ordered 15 Emirati diplomats to leave within 48 hours.',
    ],
    counterexamples: [
      'The United States ordered its diplomats to leave Sudan as fighting spread.',
      'The United States ordered non-essential diplomats to leave Haiti.',
    ],
  },
  // "gave the French ambassador 72 hours to leave the country", "has given U.S diplomats 72 hours to leave" (The Lawyer's
  // Daily and NAN 2022, DW 2023, Anadolu 2019): an expulsion with its deadline (not "gave its diplomats 24 hours to
  // leave", an evacuation of its own, nor "gave the ambassador a letter").
  {
    id: 'sanction-gave-envoys-time-to-leave',
    type: 'SANCTION',
    word: /^(gave|gives|give|given|giving)$/,
    notFollowedBy: POSSESSIVE_DETERMINER,
    needsAfter: DIPLOMAT,
    within: 5,
    andAfter: /^leave$/,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: [
      "Mali's government on Monday gave the French ambassador 72 hours to leave the country.",
      'Venezuela has given U.S. diplomats 72 hours to leave the country, its foreign minister said on Tuesday.',
      // (DW 2023: two envoys, an expulsion of each.)
      "Niger's military rulers Friday gave the German and French ambassadors 48 hours to leave the country.",
    ],
    counterexamples: [
      'The United States gave its diplomats 24 hours to leave Sudan.',
      'The Foreign Ministry gave the Russian ambassador a note of protest on Monday.',
      'Germany gave the Chinese ambassador 48 hours to respond.',
    ],
  },
  // "declared 15 UAE diplomats persona non grata", "declared the Russian ambassador unwelcome": an expulsion.
  {
    id: 'sanction-declared-diplomats-unwelcome',
    type: 'SANCTION',
    word: /^(declared|declares|declare|declaring)$/,
    needsAfter: ENVOYS_AND_STAFF,
    within: 7,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      'Sudan declared 15 UAE diplomats persona non grata on Sunday.',
      'Sudan declared 15 United Arab Emirates (UAE) embassy staff persona non grata on Sunday.',
    ],
    counterexamples: ['Russia declared war on Ukraine, its ambassador said.'],
  },
  // ("recalled that Russia had expelled diplomats" remembers: the envoy follows "recalled" closely.)
  {
    id: 'sanction-recalled-envoy',
    type: 'SANCTION',
    word: /^(recalled|recalls|recall|recalling|withdrew|withdraws|withdrawn|withdrawing)$/,
    needsAfter: DIPLOMAT,
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: [
      'France recalled its ambassadors to the United States and Australia on Friday.',
      'Germany withdrew its ambassador from Russia on Monday.',
    ],
    counterexamples: ['Russian President Vladimir Putin recalled that Russia had expelled diplomats from Moldova.'],
  },
  {
    id: 'sanction-expulsion-of',
    type: 'SANCTION',
    word: /^(expulsion|expulsions|recall)$/,
    needsAfter: /^of$/,
    within: 1,
    pos: 'noun',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: ['Britain’s expulsion of a Russian diplomat was unfriendly, the Russian Foreign Ministry said.'],
  },
  // "imposed a series of economic and diplomatic measures against Mali", "slapped an embargo on": measures are
  // sanctions.
  // "ECOWAS leaders agreed to impose sanctions on the junta", "EU ministers agreed to impose tariffs on Russia": a
  // measure decided on against another, no agreement between those who decide it (the "agreed" is the measure's).
  {
    id: 'sanction-agreed-to-impose',
    type: 'SANCTION',
    word: /^(agreed|agree|agrees)$/,
    notFollowedBy: /^(?!to$)/,
    needsAfter: words(IMPOSING_VERBS),
    within: 2,
    pos: 'verb',
    objects: true,
    objectWithin: 10,
    confidence: 0.7,
    examples: [
      // (teleSUR 2023 on ECOWAS and Niger; Reuters 2022 on the EU and Russia.)
      'European Union foreign ministers agreed to impose a price cap on Russian oil on Monday.',
      'ECOWAS leaders agreed to impose a no-fly zone over Niger on Sunday.',
    ],
    counterexamples: ['Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.'],
  },
  {
    id: 'sanction-imposed-measures',
    type: 'SANCTION',
    word: words(IMPOSING_VERBS),
    needsAfter: MEASURE,
    within: 7,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    confidence: 0.75,
    examples: [
      'US President Donald Trump imposed tariffs on Colombia on Sunday.',
      'The European Union slapped an arms embargo on Venezuela in 2017.',
      'Russia imposed a visa ban on US officials on Friday.',
      'The European Union imposed asset freezes on Russian officials.',
      'China imposed export controls on the United States on Tuesday.',
      'The United States imposed duties of 25 per cent on Chinese imports.',
      'The United States reimposed restrictions on Venezuela on Wednesday.',
    ],
    counterexamples: [
      'The Taliban imposed a ban on music in Afghanistan.',
      // A threat of measures imposes none (threat-threatened-verb).
      'US President Donald Trump threatened to impose tariffs on Mexico on Saturday.',
    ],
  },
  // "tightened export controls on South Korea", "extended its arms embargo on Belarus": measures kept or made harsher
  // (Reuters, AP, Kyodo, 2019-2025); the measure follows closely, or the verb extends something else.
  {
    id: 'sanction-tightened-measures',
    type: 'SANCTION',
    word: words(TIGHTENING_VERBS),
    needsAfter: MEASURE,
    // ("announced a series of retaliatory measures against Russia": a quantity and a kind before the measure.)
    within: 6,
    pos: 'verb',
    objects: true,
    // ("announced 25 percent tariffs on tens of billions of dollars of Chinese imports": the sum before the goods.)
    objectWithin: 12,
    confidence: 0.7,
    examples: [
      'Japan tightened export controls on South Korea in July 2019.',
      // (AFP 2018, the first tariffs of the US-China trade war.)
      'US President Donald Trump on Friday announced 25 percent tariffs on tens of billions of dollars of Chinese imports.',
      'The European Union extended its arms embargo on Belarus for another year.',
      'The United States announced new export restrictions on China on Monday.',
      // (Washington Post 2016: the answer to Russia's hacking.)
      'President Obama on Thursday announced a series of retaliatory measures against Russia over its hacking.',
      'The United States widened export controls on China on Monday.',
      'The European Union broadened its arms embargo on Belarus.',
    ],
    counterexamples: [
      'Japan extended its support for Ukraine with new measures.',
      'Germany widened its support for Ukraine under the new measures.',
      'China announced measures to support exporters in Vietnam.',
      'Germany expanded its military presence in Lithuania under new security measures.',
    ],
  },
  // "China sanctioned 12 US defense companies. The entities include units of Lockheed Martin": the sanction's further
  // targets, named after it; the source is the sanction's (adjustments.ts, moreTargets).
  {
    id: 'sanction-names-targets',
    type: 'SANCTION',
    word: REACHING,
    needsBefore: LISTED_TARGETS,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    continues: true,
    confidence: 0.7,
    examples: [
      {
        text: 'China sanctioned 12 US defense companies on Wednesday. The entities include units of Lockheed Martin, Raytheon and General Dynamics.',
        participants: ['china', 'lockheed-martin'],
      },
      {
        text: 'Canada imposed sanctions on Venezuelan officials on Friday. The measures name President Nicolas Maduro and Vice President Tareck El Aissami.',
        participants: ['canada', 'nicolas-maduro'],
      },
      {
        text: 'The United States sanctioned Iran on Monday. Those targeted include Iranian Defense Minister Aziz Nasirzadeh.',
        participants: ['united-states', 'aziz-nasirzadeh'],
      },
    ],
    counterexamples: [
      // No sanction before it: nothing whose targets these are.
      'China held talks with the United States on Wednesday. The entities include units of Lockheed Martin.',
      'The summit opened in Kazan on Tuesday. Those invited include Prime Minister Narendra Modi.',
      // Sanctions of three sentences before are out of reach.
      'Canada imposed sanctions on Venezuela on Friday. Protests went on. Prices rose. The measures name President Nicolas Maduro.',
    ],
  },
  // "Saudi Arabia, which along with allies boycotted Doha in mid-2017": a boycott is a sanction (CAMEO 163).
  {
    id: 'sanction-boycotted',
    type: 'SANCTION',
    word: /^(boycotted|boycotting)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: ['Saudi Arabia, the UAE, Bahrain and Egypt boycotted Qatar from 2017 to 2021.'],
    counterexamples: ['Saudi Arabia boycotted the vote on Friday.'],
  },
  // "suspended aid to Niger", "cut off military aid to Ethiopia", "froze military aid to Ukraine": aid withheld.
  {
    id: 'sanction-suspended-aid',
    type: 'SANCTION',
    // (Base forms too, after a modal: "said it would freeze security aid to Pakistan", an announced measure; not "a
    // freeze of aid", a noun.)
    word: /^(suspend|suspended|suspends|suspending|halt|halted|halts|halting|freeze|froze|frozen|freezes|freezing|cut|cuts|withhold|withheld|withholds|pause|paused|pauses)$/,
    notPrecededBy: /^(a|an|the|aid)$/,
    needsAfter: /^(aid|assistance|funding|supplies|deliveries|shipments)$/,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.7,
    examples: [
      'The United States suspended aid to Niger on Tuesday.',
      'The United States cut off military aid to Ethiopia in 2021.',
      // Supplies halted (Gazprom to Bulgaria and Poland, 2022).
      'Russia halted gas supplies to Bulgaria on Wednesday.',
    ],
    counterexamples: ['Niger suspended aid deliveries after the flood on Tuesday.'],
  },
  // "the African Union suspended Sudan until civilian rule", "ECOWAS suspended Guinea from its bodies": a bloc that
  // suspends a member state bars it from its meetings, a sanction (AU on Sudan 2019, on Niger and Gabon 2023).
  {
    id: 'sanction-suspended-member',
    type: 'SANCTION',
    word: /^(suspend|suspended|suspends|suspending)$/,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    objectNotFollowedBy: /^(aid|assistance|funding|imports|exports|flights|trade|talks)$/,
    confidence: 0.7,
    examples: [
      'The African Union on Thursday suspended Sudan until civilian rule is established.',
      'The African Union (AU) has suspended Gabon from the pan-African organisation in response to the coup.',
      'ECOWAS suspended Mali from all its decision-making bodies with immediate effect.',
    ],
    counterexamples: [
      'The United States suspended talks with Russia on Monday.',
      'Russia suspended its participation in the grain deal on Monday.',
      'Niger suspended Ukraine flights after the crash.',
    ],
  },
  // "hit Russia with new sanctions", "slapped China with tariffs": the actor hit is the target of the measures.
  {
    id: 'sanction-hit-with-measures',
    type: 'SANCTION',
    word: /^(hit|hits|hitting|slapped|slaps|punished|punishes)$/,
    // ("slapped further sanctions on companies linked to the junta": the measure right after its verb is imposed on
    // whom its "on" names, sanction-sanction-word.)
    notFollowedBy: words(['back', 'out', 'sanctions'], MEASURES, MEASURE_QUALIFIERS),
    needsAfter: words(['sanctions'], MEASURES),
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.75,
    examples: ['The United States hit Russia with new sanctions on Friday.'],
    counterexamples: [
      'Russian missiles hit Kyiv overnight.',
      'Russia hit back at European Union sanctions on Friday.',
      // (Sanctions on the junta, not on the companies: sanction-sanction-word reads them.)
      'Australia slapped further sanctions on Myanmar on Thursday.',
    ],
  },
  // "raised duties on Chinese imports", "hiked tariffs on Canada": a rise in duties on a state's goods is a sanction.
  {
    id: 'sanction-raised-tariffs',
    type: 'SANCTION',
    // ("responded by raising taxes on American imports": the gerund after "by", and taxes on goods.)
    word: /^(raised|raises|raising|hiked|hikes|hiking|increased|increases|increasing|doubled|doubling|tripled)$/,
    notFollowedBy: /^(concern|concerns|question|questions|objections|doubts|fears|worries|alarm)$/,
    needsAfter: words(TRADE_DUTIES, ['taxes']),
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: [
      'US President Donald Trump raised duties on Chinese imports last month.',
      'US President Donald Trump hiked tariffs on Canada on Tuesday.',
      // (AP 2018: China's answer to the first US tariffs.)
      'Beijing responded by raising taxes on the same amount of American imports.',
    ],
    counterexamples: [
      'Russia raised interest rates on Friday.',
      'Japan raised concerns about US tariffs on Monday.',
      'Kenya raised taxes on fuel after talks with the IMF.',
    ],
  },
  // "China retaliated against new US tariffs with levies on all American imports", "retaliated against Washington with
  // duties on US goods": measures taken in reprisal sanction the actor whose act they answer, the first after the verb.
  {
    id: 'sanction-retaliated-with-measures',
    type: 'SANCTION',
    word: /^(retaliated|retaliates|retaliating)$/,
    // (A reprisal of words or force alike, so a measure must follow.)
    needsAfter: MEASURE,
    within: 12,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      // (Bloomberg 2025, AP 2018: China's answers to US tariffs.)
      'China retaliated on Friday against new US tariffs with a series of measures, including levies on all American imports.',
      'China retaliated against Washington with tariffs on US farm goods on Friday.',
    ],
    counterexamples: [
      'Iran retaliated against Israel with missile strikes on Saturday.',
      'Israel hit Hezbollah targets in Lebanon, the army said, under new security measures.',
    ],
  },
  // "banned imports of Russian oil", "restricted exports of gallium to the United States", "suspended seafood imports
  // from Japan": a state's curbs on trade with another (CAMEO 163, embargo).
  {
    id: 'sanction-curbed-trade',
    type: 'SANCTION',
    word: /^(banned|bans|restricted|restricts|curbed|curbs|halted|halts|suspended|suspends|blocked|blocks)$/,
    needsAfter: TRADE_FLOW,
    within: 3,
    pos: 'verb',
    objects: true,
    // ("banned imports of grain and dozens of other food products from Ukraine": the goods' origin after their list.)
    objectWithin: 12,
    confidence: 0.75,
    examples: [
      'US President Joe Biden banned imports of Russian oil on Tuesday.',
      'China restricted exports of gallium to the United States.',
      // (Reuters, AP 2023: Poland and Hungary on Ukrainian grain.)
      'Poland and Hungary on Saturday banned imports of grain and dozens of other food products from Ukraine.',
    ],
    counterexamples: [
      'India banned exports of rice on Friday.',
      'India banned exports of rice and wheat on Friday, saying the move would help consumers in Bangladesh.',
    ],
  },
  // "suspended all trade with India", "halted bilateral trade with Israel", "froze trade with Qatar": a state stops its
  // trade with another (CAMEO 163, embargo), the one after "with" (Pakistan 2025, Turkey 2024, the Gulf states 2017).
  {
    id: 'sanction-suspended-trade-with',
    type: 'SANCTION',
    // (The noun is the trigger, so that what follows it is read: "suspended trade talks with" is no embargo; the verb
    // before it, and so the clause's subject, makes the act.)
    word: /^trade$/,
    needsBefore:
      /^(suspended|suspends|suspending|halted|halts|halting|stopped|stops|froze|freezes|severed|severs|ended|ends)$/,
    notFollowedBy:
      /^(talks|negotiations|deal|deals|agreement|agreements|pact|pacts|minister|ministers|ministry|envoy|representative|mission|delegation|fair)$/,
    pos: 'verb',
    objects: true,
    objectAfter: /^with$/,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      {
        text: 'Islamabad also suspended all trade with India on Thursday, including trade through third countries.',
        participants: ['pakistan', 'india'],
      },
      'Turkey halted all trade with Israel in May 2024.',
      'Saudi Arabia froze trade with Canada in August 2018.',
    ],
    counterexamples: [
      // (Trade talks, or a trade of one's own, are no embargo.)
      'India suspended trade talks with the European Union in 2013.',
      'Sri Lanka suspended trade at the Colombo stock exchange on Monday.',
      'The two sides discussed how to restart trade with India on Monday.',
    ],
  },
  // "banned US Senator Marco Rubio from entering", "barred four US officials": a state bars the actor just after.
  {
    id: 'sanction-banned-actor',
    type: 'SANCTION',
    word: /^(banned|bans|banning|barred|barring|prohibited|prohibits)$/,
    notPrecededBy: words(PASSIVE_BE),
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.7,
    examples: [
      'China banned US Senator Marco Rubio from entering the country.',
      'Russia bans 200 more Americans from entry.',
      'China barred four US officials on Tuesday.',
      'Venezuela prohibited Argentine planes from using its airspace.',
    ],
    counterexamples: ['Russia banned the sale of alcohol on Friday.'],
  },
  // "froze the assets of Russian President Vladimir Putin", "froze Russian central bank reserves".
  {
    id: 'sanction-froze-assets',
    type: 'SANCTION',
    word: /^(froze|freezes|freezing)$/,
    needsAfter: HOLDING,
    within: 5,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
    examples: ['The European Union froze the assets of Russian Foreign Minister Sergei Lavrov.'],
    counterexamples: ['Ukrainian President Volodymyr Zelensky called for a freeze of Russian assets.'],
  },
  // "blacklisted Huawei", "added 36 Chinese companies to its export blacklist", "put 11 US firms on its unreliable
  // entity list": listing an actor for measures.
  {
    id: 'sanction-blacklisted',
    type: 'SANCTION',
    word: /^(blacklisted|blacklisting|blocklisted|blocklisting)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.75,
    examples: ['The United States blacklisted 14 Chinese officials on Wednesday.'],
  },
  {
    id: 'sanction-added-to-blacklist',
    type: 'SANCTION',
    word: /^(added|adds|put|puts|placed|places)$/,
    notFollowedBy: /^(that)$/,
    needsAfter: BLACKLIST,
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      'The US Commerce Department added 36 Chinese companies to its export blacklist.',
      'China put 11 US companies on its unreliable entity list.',
    ],
    counterexamples: ['China added that the US blacklist was unfair.'],
  },
  // "designated the Houthis a foreign terrorist organisation", "designated Cuba a state sponsor of terrorism".
  {
    id: 'sanction-designated-terrorist',
    type: 'SANCTION',
    word: /^(designated|designates|designate|designating|redesignated|redesignates|re-designated|proscribed|proscribes)$/,
    notFollowedBy: TERROR_LABEL, // "the US-designated terrorist group Hezbollah": an adjective, no act
    needsAfter: TERROR_LABEL,
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: [
      'The United States designated the Houthis as a foreign terrorist organization.',
      'The United States designated Cuba a state sponsor of terrorism in 2021.',
      'The United States redesignated the Houthis as a terrorist organization in 2025.',
    ],
    counterexamples: [
      'The United States designated a special envoy for Sudan.',
      'Iran supports the US-designated terrorist group Hezbollah.',
    ],
  },
  // "Iran launched at least 180 ballistic missiles toward Israel", "fired rockets at": weapons launched at a target.
  // "Israel struck Iran", "Russian missiles struck Kyiv": an actor struck at once (not "struck a deal with Iran").
  {
    id: 'conflict-struck-verb',
    type: 'CONFLICT',
    word: /^struck$/,
    notFollowedBy: /^(a|an|deal|deals|agreement|agreements|accord|down|back|out|up|off)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.75,
    // ("Russian missiles struck": a side named before its own strikes is the subject: agent.ts isStrikingSide.)
    examples: [
      'Israel struck Iran on Friday.',
      'Russian missiles struck Ukrainian military positions on Monday.',
      // (AP 2024: a model's designation between the state and its bombers, 3-mentions.ts isModelDesignation.)
      {
        text: 'American B-2 bombers struck underground Houthi weapons depots in Yemen.',
        participants: ['united-states', 'houthis'],
      },
    ],
    counterexamples: ['Israel struck a deal with Iran on Friday.'],
  },
  // "The IDF said it had struck a military complex belonging to Hezbollah in Lebanon" (Sputnik 2024): a strike on what
  // its owner, named after it, holds (participants.ts ownerOfStruck). "struck a" opens a deal as often ("struck a deal
  // with Iran"), which conflict-struck-verb leaves out; what belongs to a side is no deal.
  {
    id: 'conflict-struck-owned',
    type: 'CONFLICT',
    word: /^struck$/,
    // ("struck a launcher used by Hezbollah": a side that wields what is struck owns it as well, lexicon/force.ts
    // WIELDED.)
    needsAfter: words(OWNING_WORDS, WIELDED_WORDS),
    within: 6,
    pos: 'verb',
    objects: true,
    objectAfter: OWNING_PREPOSITION,
    confidence: 0.75,
    examples: [
      {
        text: 'Israel said it had struck a military complex belonging to Hezbollah in Lebanon.',
        participants: ['israel', 'hezbollah'],
      },
      {
        text: 'Israel struck a launcher used by Hezbollah in southern Lebanon.',
        participants: ['israel', 'hezbollah'],
      },
    ],
    counterexamples: ['Israel struck a deal over assets belonging to Hezbollah.'],
  },
  // "retaliated by striking two Hezbollah facilities", "began striking Hezbollah targets": "striking" as the subject's
  // own force, after "by" or a verb of its course (lexicon/force.ts STRIKING_GOVERNORS); "striking workers", "a striking
  // contrast" are adjectives, and "striking a deal" no force.
  {
    id: 'conflict-striking-gerund',
    type: 'CONFLICT',
    word: /^striking$/,
    needsBefore: STRIKING_GOVERNOR,
    beforeWithin: 1,
    notFollowedBy: /^(a|an|deal|deals|agreement|agreements|accord|down|back|out|up|off|balance)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      // (2024 on Israel and Hezbollah; US Central Command 2025 on Yemen.)
      {
        text: 'The Israeli air force retaliated by striking two Hezbollah facilities in southern Lebanon.',
        participants: ['israel', 'hezbollah'],
      },
      'Israel began striking Hezbollah targets in Lebanon on Monday.',
    ],
    counterexamples: [
      'South Korean police detained striking workers in Seoul.',
      'Britain ended the talks by striking a deal with the EU.',
      'The report noted striking similarities between China and Russia.',
    ],
  },
  // "Israeli warplanes hit Hezbollah targets", "Afghan forces targeted Pakistani military centers": force that reaches
  // what another side holds, named after its owner (not "tariffs hit Chinese exports", "sanctions targeted Russian banks").
  {
    id: 'conflict-hit-target',
    type: 'CONFLICT',
    // ("struck an oil refinery": conflict-struck-verb leaves "struck a" to deals; a target's word after it is none.)
    word: /^(hit|hits|targeted|struck)$/,
    notPrecededBy: words(PASSIVE_BE),
    // ("Britain struck a deal on emission targets": a deal between the word and the target's.)
    notAmid: words(DEALS),
    needsAfter: MILITARY_TARGET,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.7,
    examples: [
      // (TPS 2024, AP 2024: Israeli strikes in Lebanon, Pakistani strikes in Afghanistan and the Taliban's return fire.)
      'Israeli warplanes hit Hezbollah targets in southern Lebanon on Sunday.',
      'Afghan forces targeted Pakistani military posts along the border on Monday.',
      // (Moscow Times 2025, Reuters 2023: the state of the region the refinery stands in, participants.ts
      // stateOfStruckPlace.)
      {
        text: "Ukrainian drones struck an oil refinery in Russia's southern Volgograd region overnight.",
        participants: ['ukraine', 'russia'],
      },
      {
        text: 'Russia hit the Kremenchuk oil refinery in the central Poltava region of Ukraine.',
        participants: ['russia', 'ukraine'],
      },
      {
        text: 'Pakistani airstrikes hit suspected Pakistani Taliban hideouts inside Afghanistan early Monday.',
        participants: ['pakistan', 'tehreek-e-taliban-pakistan'],
      },
    ],
    counterexamples: [
      'Britain struck a deal on emission targets with the EU.',
      'US tariffs hit Chinese steel exports on Monday.',
      'The new sanctions targeted Russian banks and energy companies.',
      'The storm hit Philippine coast guard bases on Monday.',
      'Hezbollah positions were hit by Israeli jets on Sunday.',
      // (A state's strikes are its side; its sanctions are no force.)
      'US sanctions hit Russian military bases on Monday.',
      // (Export controls reach a state's centres of business, no military target.)
      'Washington targeted Chinese data centers with new export controls.',
      // (A campaign's strongholds are votes, no military target.)
      'Biden targeted Republican strongholds in Pennsylvania during his campaign tour.',
    ],
  },
  // "Two Chinese coast guard ships hit a Philippine supply boat with water cannons" (AP 2024), "Chinese Cutters Ram
  // Philippine Vessel" (USNI 2024), "was rammed twice by a Chinese coast guard ship" (AFP 2024): one state's ships
  // strike another's at sea, the struck ship named with its state (or, in the passive, the striking one after "by").
  {
    id: 'conflict-rammed-vessel',
    type: 'CONFLICT',
    word: /^(rammed|rams|ram|ramming|hit|hits)$/,
    // ("New US sanctions hit Iranian vessels": measures reach ships, no force; the sanction noun keeps its target.)
    notPrecededBy: words(MEASURES, ['sanctions']),
    needsAfter: STRUCK_VESSEL,
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      {
        text: 'Two Chinese coast guard ships hit a Philippine navy-operated supply boat with water cannons on Saturday.',
        participants: ['china', 'philippines'],
      },
      {
        text: 'Chinese cutters rammed a Philippine vessel near Sabina Shoal on Sunday.',
        participants: ['china', 'philippines'],
      },
      {
        text: 'Another Philippine coast guard vessel was rammed twice by a Chinese coast guard ship on Monday.',
        participants: ['philippines', 'china'],
      },
    ],
    counterexamples: [
      'The typhoon hit Philippine fishing boats on Sunday.',
      'A Philippine fishing boat was hit by a storm on Sunday.',
      'The ruling party rammed the bill through parliament on Sunday.',
    ],
  },
  // "Iran retaliated against Israel".
  {
    id: 'conflict-retaliated-against',
    type: 'CONFLICT',
    word: /^(retaliated|retaliates|retaliate|retaliating)$/,
    needsAfter: /^against$/,
    within: 1,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
    examples: ['Iran retaliated against Israel with a barrage of missiles.'],
  },
  // "Thai and Cambodian troops exchanged fire", "traded artillery fire across the border": force both ways.
  {
    id: 'conflict-exchanged-fire',
    type: 'CONFLICT',
    word: /^(exchanged|exchanges|exchange|exchanging|traded|trades|trade|trading)$/,
    needsAfter: /^(fire|gunfire|shots|shelling)$/,
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      'Thai and Cambodian troops exchanged fire near the disputed border on Thursday.',
      'Indian and Pakistani forces traded fire across the Line of Control.',
    ],
  },
  {
    id: 'conflict-launched-weapons',
    type: 'CONFLICT',
    word: /^(launched|launches|launch|launching|fired|fires|fire|firing|shot|shoots|lobbed|lobs|hurled|hurls|aimed|aims)$/,
    // ("shot down 20 drones": conflict-shot-down's, which knows whose drones they are.)
    notFollowedBy: /^down$/,
    needsAfter: PROJECTILE,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    confidence: 0.75,
    examples: [
      'Hamas fired rockets at Israel on Saturday.',
      'Hezbollah launched a drone toward northern Israel on Sunday.',
      'Ukraine lobbed missiles and drones at Russia overnight.',
      // (AP 2024: weapons aimed at a side's ships; a state's possessive before an armed group is not its subject.)
      {
        text: "Yemen's Houthi rebels aimed several drones and missiles at two U.S. Navy warships.",
        participants: ['houthis', 'united-states'],
      },
      // (Times of Israel 2023: a capital weapons are aimed "at" is its state struck, no place: 3-mentions.ts isLocative.)
      { text: 'Russia launched 59 drones at Kyiv overnight.', participants: ['russia', 'ukraine'] },
      // (Reuters 2024, Reuters 2023, NBC 2021: the gerund, and artillery fired.)
      'Hezbollah responded by firing artillery and rockets into Israel.',
      // (Deutsche Welle 2024: "shot" as "fired".)
      {
        text: "Last week, China's coast guard shot a water cannon at a Philippine boat on a supply mission.",
        participants: ['china', 'philippines'],
      },
      {
        text: 'The Israeli military said on Sunday it fired artillery into an area of Lebanon where cross-border fire was launched.',
        participants: ['israel', 'lebanon'],
      },
      {
        text: 'Iran-backed Houthi forces are launching more and more armed drones and missiles against Saudi Arabia.',
        participants: ['houthis', 'saudi-arabia'],
      },
    ],
    counterexamples: [
      'Russia launched a satellite on Friday.',
      'Zelensky is firing his defence minister after the artillery scandal.',
      'The new tariffs are aimed at China.',
      'China aimed its criticism at the United States on Friday.',
    ],
  },
  // "launched a military operation against Armenia", "Russia's special military operation in Ukraine", "a ground
  // operation in Gaza": an armed operation aimed at or inside another's land (not "a joint military operation with",
  // nor "a military operation to rescue hostages").
  {
    id: 'conflict-military-operation',
    type: 'CONFLICT',
    word: /^(operation|operations)$/,
    needsBefore: words(ARMED_OPERATION_KINDS),
    // (Its target follows a preposition outside the trigger: "against Armenia", "in Ukraine"; a partner or a purpose is
    // no target.)
    notFollowedBy: /^(with|alongside|together|by|of|to|for)$/,
    pos: 'noun',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: [
      'Azerbaijan launched a military operation against Armenia on Tuesday.',
      'Russia’s special military operation in Ukraine began in February 2022.',
    ],
    counterexamples: [
      'Azerbaijan held a joint military operation with Turkey on Tuesday.',
      'Brazil led a peacekeeping operation in Haiti for 13 years.',
      'Israel carried out a military operation to rescue hostages in Gaza.',
    ],
  },
  // "Russian troops captured the Ukrainian town of Avdiivka", "Iran seized a British-flagged tanker": taking by force
  // (not "seized power in Afghanistan", nor "seized Russian assets", a sanction).
  {
    id: 'conflict-captured',
    type: 'CONFLICT',
    word: words(CAPTURING_VERBS),
    notFollowedBy: /^(power|control|on|upon|by|opportunity|chance)$/,
    objectNotFollowedBy: words(HOLDINGS, ['property', 'properties', 'funds', 'oil', 'cargo', 'goods', 'shipments']),
    notPrecededBy: words(PASSIVE_BE),
    pos: 'verb',
    objects: true,
    objectWithin: 3, // (the one whose town or ship is taken: not "captured the attention of India")
    confidence: 0.7,
    examples: [
      'Russian troops captured the Ukrainian town of Avdiivka in February.',
      'Russia seized three Ukrainian navy ships in the Kerch Strait in 2018.',
      'Iran seized a British tanker in the Strait of Hormuz.',
    ],
    counterexamples: [
      'The Taliban seized power in Afghanistan in August 2021.',
      'Canada seized Russian assets on Friday.',
      'Ukraine was seized by protests in 2014.',
      'Russia captured the attention of India with its offer.',
    ],
  },
  // "Ukraine sank the Russian cruiser Moskva", "US helicopters sank three Houthi boats": another's craft destroyed.
  {
    id: 'conflict-sank',
    type: 'CONFLICT',
    word: /^(sank|sinks|sinking|torpedoed|torpedoes)$/,
    notPrecededBy: words(PASSIVE_BE),
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.75,
    examples: [
      'Ukraine sank the Russian cruiser Moskva in April 2022.',
      'American helicopters sank three Houthi boats in the Red Sea.',
    ],
    counterexamples: ['A Russian cargo ship sank off the coast of Turkey.'],
  },
  // "Israel killed a senior Hezbollah commander in Beirut", "a US drone strike killed Iranian general Qassem Soleimani":
  // the killer's state and the victim's (not "was killed in a helicopter crash").
  {
    id: 'conflict-killed',
    type: 'CONFLICT',
    word: words(KILLING_VERBS),
    notPrecededBy: words(PASSIVE_BE),
    // ("condemned the killing of Palestinian civilians": the noun's killer is not named, and is not who condemns it.)
    notFollowedBy: /^of$/,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      'Israel killed a senior Hezbollah commander in Beirut on Tuesday.',
      'The United States assassinated Iranian General Qassem Soleimani in January 2020.',
      // (Reuters 2018: the group the fighters are "from" is the other side, no place.)
      {
        text: 'The Turkish military killed eight militants from the Kurdistan Workers Party (PKK) on Friday.',
        participants: ['turkey', 'kurdistan-workers-party'],
      },
    ],
    counterexamples: [
      'The blast killed three tourists from Germany near the border.',
      'Iranian President Ebrahim Raisi was killed in a helicopter crash in May 2024.',
      'The earthquake killed dozens of people in Turkey.',
      'Egypt condemned the killing of Palestinian civilians in Gaza.',
      // (Reuters 2016, El Adde: the "with" of a participle after the victims names no side; "it" is unresolved.)
      'It said it had killed 61 Kenyan soldiers serving with the African Union force.',
    ],
  },
  // "Indian troops opened fire on Pakistani positions", "Chinese ships fired on Philippine vessels".
  {
    id: 'conflict-opened-fire',
    type: 'CONFLICT',
    word: /^(opened|opens|opening)$/,
    needsAfter: /^fire$/,
    within: 1,
    pos: 'verb',
    objects: true,
    // ("opened fire with small arms on Armenian combat positions": the weapons between.)
    objectWithin: 7,
    confidence: 0.75,
    examples: [
      'Indian troops opened fire on Pakistani positions on Tuesday.',
      // (Al Mayadeen 2023: the Armenian Defence Ministry on Azerbaijani fire.)
      'Azerbaijani forces opened fire with small arms on Armenian combat positions.',
    ],
    counterexamples: ['Iranian police opened fire on protesters in the city of Zahedan on Friday.'],
  },
  {
    id: 'conflict-fired-on',
    type: 'CONFLICT',
    word: /^(fired|fires|firing)$/,
    needsAfter: /^(on|at|upon)$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: ['Chinese coast guard ships fired on Philippine vessels near Scarborough Shoal.'],
    counterexamples: ['US President Donald Trump fired his national security adviser on Monday.'],
  },
  // "carried out a drone strike on Hezbollah", "a retaliatory strike against Iran": a strike of arms (not of workers).
  {
    id: 'conflict-armed-strike',
    type: 'CONFLICT',
    word: /^strike$/,
    needsBefore: /^(air|drone|missile|rocket|artillery|retaliatory|military|precision|pre-emptive|preemptive)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.75,
    examples: ['Israel carried out a drone strike on Hezbollah in Lebanon.'],
    counterexamples: ['French workers went on strike against the government of Germany.'],
  },
  // "Israel carried out a strike on Iran", "a US strike against the Houthis": a strike on an actor is armed (a strike of
  // workers is "on Monday", "against the reform", and what kind of strike it is stands just before it).
  {
    id: 'conflict-strike-on-actor',
    type: 'CONFLICT',
    word: /^strike$/,
    // (The actor struck stands close after "on" or "against"; any other word next is no strike on an actor.)
    notFollowedBy: /^(?!(?:on|against)$)/,
    notPrecededBy: words(LABOUR_STRIKES),
    pos: 'noun',
    objects: true,
    objectWithin: 3,
    confidence: 0.7,
    examples: [
      // (AP, Reuters, Al Jazeera 2024-2025: strikes named by side and target.)
      'Israel carried out a strike on Iran on Friday.',
      'The United States launched a strike against the Houthis in Yemen on Saturday.',
      'Russia launched a massive strike on Ukraine’s energy grid overnight.',
    ],
    counterexamples: [
      'Dockworkers in the United States began a strike on Monday.',
      'Unions in France staged a general strike against Emmanuel Macron’s pension reform.',
      'Korean Air pilots went on strike against the airline on Friday.',
      'Argentine workers held a nationwide strike against President Javier Milei on Thursday.',
      'French unions staged a strike against President Emmanuel Macron on Thursday.',
    ],
  },
  // "Turkey shot down a Russian jet", "India shot down Pakistani drones": force against the other's aircraft.
  {
    id: 'conflict-shot-down',
    type: 'CONFLICT',
    word: /^(shot|shoots)$/, // (not "criticised the Pentagon for shooting down a drone": an adjunct's gerund)
    needsAfter: /^down$/,
    within: 1,
    objectNotFollowedBy: /^(proposal|proposals|plan|plans|idea|ideas|bid|motion|resolution)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 6,
    confidence: 0.75,
    examples: [
      'Turkey shot down a Russian jet in 2015.',
      'India shot down Pakistani drones on Saturday.',
      // (Times of Israel 2023: "its air defenses" are the speaker's, agent.ts ownForcesAgent; the drones' owner past a
      // count.)
      {
        text: 'Ukraine says its air defenses shot down 58 of the 59 Russian drones overnight.',
        participants: ['ukraine', 'russia'],
      },
    ],
    counterexamples: [
      'Germany shot down the French proposal on Monday.',
      'Ukraine’s air force shot down 20 drones over the Kyiv region, Russia said.',
    ],
  },
  // "US and UK warships fended off a barrage of Houthi drones", "intercepted Iranian missiles", "repelled a Russian
  // attack": the force turned back is the other side's (its owner named before the weapons or the attack).
  {
    id: 'conflict-repelled-attack',
    type: 'CONFLICT',
    // ("The Sudanese army said it suppressed a major attack by the RSF", TRT Afrika 2024; "repulsed major rebel offensive".)
    word: /^(repelled|repels|repel|repelling|repulsed|repulses|suppressed|suppresses|intercepted|intercepts|intercept|intercepting|fend|fends|fended|fending|thwarted|foiled)$/,
    needsAfter: words(PROJECTILES, ['attack', 'attacks', 'assault', 'offensive', 'incursion', 'raid']),
    within: 9,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.7,
    examples: [
      // (The Guardian, CENTCOM 2024; Kyiv Independent 2023.)
      {
        text: 'US and UK warships had to fend off a barrage of about 20 Houthi drones and missiles in the Red Sea on Tuesday.',
        participants: ['united-states', 'houthis'],
      },
      'Ukrainian forces repelled a Russian attack near Bakhmut on Monday.',
      'Israel intercepted Iranian missiles over the Golan Heights on Saturday.',
      // (Al Arabiya: a headline's present, the drones' owner after "launched by", lexicon/force.ts WIELDED.)
      {
        text: "Saudi air defences intercept drone launched by Yemen's Houthis.",
        participants: ['saudi-arabia', 'houthis'],
      },
    ],
    counterexamples: [
      'Ukraine repelled an attack near Bakhmut on Monday.',
      'Israel intercepted a shipment of Iranian oil bound for Syria.',
    ],
  },
  // "Burundi has sent 10,000 soldiers to help the Congolese army fight the M23": the helper fights the one fought.
  {
    id: 'conflict-helped-fight',
    type: 'CONFLICT',
    word: /^(fight|battle|combat|repel)$/,
    needsBefore: /^(help|helps|helped|helping)$/,
    helpsWithTroops: true,
    pos: 'verb',
    objects: true,
    objectWithin: 3,
    confidence: 0.65,
    examples: [
      // (TRT Afrika 2025; Reuters 2021 on Rwanda in Mozambique.)
      {
        text: 'Burundi has sent thousands of soldiers since October 2023 to help Congo fight the M23 rebels.',
        participants: ['burundi', 'm23'],
      },
      'Rwanda deployed troops in 2021 to help Mozambique fight the Islamic State.',
    ],
    counterexamples: [
      'Japan pledged $5 million to help Kenya fight drought.',
      'The United States will help Ukraine fight Russia, Biden said.',
      // (NBC 2022: a helper that sends equipment, no troops, is no side of the war.)
      'The White House announced a new military aid package aimed at helping Ukrainian forces fight Russia.',
      'The United States sent weapons to help Ukraine fight Russia.',
    ],
  },
  {
    id: 'conflict-force-noun',
    type: 'CONFLICT',
    word: FORCE_NOUN,
    notPrecededBy: words(['of'], UNARMED_CONTESTS),
    // ("bought attack drones from Iran", "supplied assault rifles to Ukraine": a kind of weapon, no act of force.)
    notFollowedBy: words(WEAPON_KINDS),
    notOfWhat: words(UNARMED_WAR_MEANS),
    pos: 'noun',
    objects: true,
    confidence: 0.8,
    examples: [
      'Russia launched an assault against Ukraine on Friday.',
      'Russia last year invaded Ukraine.',
      // A state's armed people under another's force are its side (Al Mayadeen 2023, Dawn 2015; participants.ts).
      {
        text: 'Two Armenian soldiers were killed by Azerbaijani gunfire on Tuesday.',
        participants: ['armenia', 'azerbaijan'],
      },
      {
        text: 'Three Indian troops were wounded in Pakistani shelling on Friday.',
        participants: ['india', 'pakistan'],
      },
      // The agents after a force noun's "by" are one side, the actors after "on" the other (BBC 2024 on the Red Sea,
      // Reuters 2025 on Iran; participants.ts, forceBy).
      {
        text: 'The ship was hit in response to strikes by the US and UK on Houthis in Yemen.',
        participants: ['united-kingdom', 'houthis'],
      },
      { text: 'Air strikes by Israel on Iran killed dozens on Friday.', participants: ['israel', 'iran'] },
      // A standing war whose phrase names both sides is there, whatever is hoped or discussed about it (TVC News 2024,
      // UPI 2024, Ukrainska Pravda 2025, Egyptian Streets 2023; assertion.ts, isPresupposedWar).
      {
        text: 'International mediators met in Qatar on Thursday in an attempt to end the war between Israel and Hamas.',
        participants: ['israel', 'hamas'],
      },
      {
        text: 'The Biden administration pushed a cease-fire proposal in a last attempt to end the war between Hezbollah and Israel.',
        participants: ['hezbollah', 'israel'],
      },
      {
        text: 'G7 leaders will hold a call on Monday about Russia’s war against Ukraine.',
        participants: ['russia', 'ukraine'],
      },
      {
        text: 'Egypt hosted talks on the continuing war between the Sudanese army and the Rapid Support Forces.',
        participants: ['sudan', 'rapid-support-forces'],
      },
      {
        text: 'Lebanon’s prime minister said his priority was to stop the Israeli war on Lebanon.',
        participants: ['israel', 'lebanon'],
      },
      {
        text: 'Leaders held a call on Sunday on steps to end the Russia-Ukraine war.',
        participants: ['russia', 'ukraine'],
      },
      // A war whose phrase names one side is fought against the one helped, resisting or owning "its" (UNN 2024, LA Times
      // 2022, The Nation 2022, Adda247 2023; warSides.ts, defendedSide), not against the clause's subject who helps.
      {
        text: 'The United States is sending weapons to Ukraine this week to help it defend itself against Russia’s invasion.',
        participants: ['ukraine', 'russia'],
      },
      {
        text: 'Biden announced another $800 million in aid to Ukraine to help it resist Russia’s invasion.',
        participants: ['ukraine', 'russia'],
      },
      {
        text: 'Washington is sending more drones to Ukraine to assist it in the war against Russia.',
        participants: ['ukraine', 'russia'],
      },
      {
        text: 'Lebanese citizens rallied in Beirut in support of Hamas in its ongoing war against Israel.',
        participants: ['hamas', 'israel'],
      },
      // (Hindustan Times 2025, European Pravda 2022: a state's possessive after "in" owns the war, no place; the clause's
      // subject is no side; 3-mentions.ts isOwnerOfWar.)
      {
        text: 'The Kremlin said that Putin and Trump think a temporary ceasefire in Moscow’s war with Ukraine would lead to prolongation of the conflict.',
        participants: ['russia', 'ukraine'],
      },
      {
        text: 'EU ambassadors on Wednesday approved sanctions against Iran over its role in Russia’s war against Ukraine.',
        participants: ['russia', 'ukraine'],
      },
      // (MENAFN 2024: the first of a pair of names before a war is its side, no place; 3-mentions.ts isFirstOfWarPair.)
      {
        text: 'The Security Council voted on Friday on a cease-fire in the Israel-Hamas war.',
        participants: ['israel', 'hamas'],
      },
      // A force word's gerund after a support verb is the clause's verb, its object the target (Daily Wrap 2024 after
      // the Jerusalem Post, News.az 2025, EFE 2022; participants.ts isGerundObject, agent.ts supportsGerund).
      {
        text: 'Israel began shelling Hezbollah targets in Lebanon, the Israeli military announced on Monday morning.',
        participants: ['israel', 'hezbollah'],
      },
      {
        text: 'Israel began attacking Iran on June 13, saying it aimed to prevent its archenemy from developing nuclear weapons.',
        participants: ['israel', 'iran'],
      },
      {
        text: 'Russia Monday continued shelling Ukrainian cities that killed eight civilians in the northeastern Kharkiv region.',
        participants: ['russia', 'ukraine'],
      },
    ],
    counterexamples: [
      // (A force word's gerund as a modifier, denied, or across a quotation mark from the name after it: AP 2022.)
      'The attacking forces withdrew from the village on Tuesday.',
      'Moscow denies attacking civilians, but Ukrainian cities lie in ruins.',
      '“The Russian army is shelling Lysychansk extensively,” Sergei Gaidai wrote on Telegram.',
      // (Co-agents of one force are no war between them.)
      'Attacks by Russia and Belarus continued on Monday.',
      'Two Armenian civilians were killed by Azerbaijani shelling on Tuesday.',
      'Russia and Ukraine exchanged prisoners of war on Friday.',
      'Russia bought attack drones from Iran last year.',
      'US President Donald Trump’s trade war with China escalated in 2019.',
      'Brazil’s attack against Argentina was relentless after Vinicius scored in the first half.',
      'The United States supplied assault rifles to Ukraine.',
      // (A war reached from a topic preposition, past "in" and "of" phrases, is what the clause is about: the US
      // sanctions of a Rwandan minister, Reuters 2025; agent.ts, isInTopicPhrase.)
      'The US imposed sanctions on a Rwandan minister over his alleged part in the conflict in eastern Congo.',
      'Canada imposed sanctions on Russia over its part in the conflict in Ukraine.',
      // (A war to come, or one with a single side named, is not presupposed: UPI 2024, UN News 2024.)
      'Egypt called for efforts to prevent a war between Israel and Lebanon.',
      'Analysts warned that the border clash could spark a war between India and Pakistan.',
      'Western capitals feared Russia’s possible invasion of Ukraine.',
      'Guterres said an all-out war must be avoided in Lebanon.',
      // (Help against a war that may come, or against no actor, names no side: Reuters 2023 on Taiwan, AP 2024 on Haiti.)
      'Washington sold weapons to Taiwan to help it defend itself against a possible Chinese invasion.',
      'Kenya sent police officers to Haiti to help it in the fight against gangs.',
      // (A pair of names before a place is where: "in the Russia-Ukraine border region".)
      'Villagers fled from shelling in the Russia-Ukraine border region on Monday.',
    ],
  },
  // "launched an offensive", "Israel's offensive in Gaza": the noun, which needs a determiner or an owner before it;
  // "it is "offensive"", "deemed offensive", "offensive remarks" are the adjective of words that hurt, no force.
  {
    id: 'conflict-offensive-noun',
    type: 'CONFLICT',
    word: /^(offensive|offensives)$/,
    notPrecededBy: words(BE_FORMS, OFFENSIVE_AS_ADJECTIVE_BEFORE),
    notFollowedBy: words(OFFENDING_WORDS),
    needsBefore: words(DETERMINERS, ['military', 'ground', 'air', 'new', 'major', 'spring', 'summer', 'winter']),
    orAfterPossessive: true,
    pos: 'noun',
    objects: true,
    confidence: 0.8,
    examples: [
      // (Pledge Times 2022 on Putin; Reuters 2024 on Gaza; AP 2023 on Sudan.)
      { text: 'Putin launched an offensive in Ukraine on February 24.', participants: ['vladimir-putin', 'ukraine'] },
      'Russia launched an offensive against Ukraine on Friday.',
      'Israel’s offensive against Hamas in Gaza killed dozens on Friday.',
    ],
    counterexamples: [
      // (Affari Italiani 2025 on the letter Brazil sent back; Reuters 2019 on a cartoon.)
      'Escorel said that Brazil is returning the letter to the US because it is "offensive" and contains falsehoods.',
      'Pakistan said the Dutch cartoons of the Prophet were deeply offensive to Muslims.',
      'Iran summoned the French ambassador over the offensive remarks by Macron.',
    ],
  },
  {
    id: 'agreement-signed-deal',
    type: 'AGREEMENT',
    word: words(SIGNING_VERBS, [
      'finalised',
      'finalized',
      'reached',
      'concluded',
      'struck',
      'clinched',
      'sealed',
      'announced',
      'announces',
    ]),
    // ("signed an exchange of notes", "signed and exchanged notes": notes two governments exchange are a deal between
    // them, as Japan's grant aid is formalised.)
    needsAfter: words(DEALS, ['understanding', 'contract', 'contracts', 'protocol', 'roadmap', 'communique', 'notes']),
    within: 8,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    implies: {
      type: 'ALLIANCE',
      when: /^(defen[cs]e|security|military|alliance|strategic|mutual)$/,
      lesser: { when: words(COOPERATION_DEAL_HEADS), unless: words(ALLIANCE_DEAL_WORDS) },
    },
    examples: [
      'Israel struck a deal with Iran on Friday.',
      'Pyongyang and Moscow signed a mutual defence treaty in June 2024.',
      'Armenia and Azerbaijan initialled a peace agreement on Friday.',
      'Russia and North Korea finalised a trade agreement on Friday.',
      'India signed a contract with France for 26 Rafale jets.',
      'Iran and Saudi Arabia reached an understanding on Friday.',
      // (Ada Derana 2023, PSM News 2019: a grant formalised by notes exchanged.)
      {
        text: 'Foreign Minister Abdulla Shahid and Japanese Ambassador Kazumi Endo signed the Exchange of Notes on Monday.',
        participants: ['abdulla-shahid', 'kazumi-endo'],
      },
      {
        text: 'Morocco signed a deal to normalise ties with Israel on Thursday.',
        participants: ['morocco', 'israel'],
      },
    ],
    counterexamples: [
      'Japan and India signed up to the initiative on Monday.',
      'Bahrain refused to sign a deal to establish ties with Israel.',
      'Saudi Arabia is expected to reach an agreement to normalise relations with Israel next year.',
    ],
  },
  // "Trump and Kim signed a joint statement", "Putin and Biden signed a joint Russian-US statement": a text two sides
  // sign together is a deal between them (not one they issue, nor a statement said in: "announced in a statement").
  {
    id: 'agreement-signed-statement',
    type: 'AGREEMENT',
    word: SIGNING,
    needsAfter: /^(statement|statements)$/,
    within: 5,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      // (Singapore 2018, Geneva 2021, Delhi 2023 summits: leaders signing joint statements.)
      'US President Donald Trump and North Korean leader Kim Jong Un signed a joint statement in Singapore.',
      'Russian President Vladimir Putin and US President Joe Biden signed a joint Russian-US statement on Wednesday.',
      'India signed a joint statement with Japan on Monday.',
    ],
    counterexamples: [
      'France and Germany issued a joint statement on Monday.',
      'Iran and Saudi Arabia announced in a statement that they would restore ties.',
      'Russia signed a statement on Monday.',
    ],
  },
  {
    id: 'agreement-deal-signed',
    type: 'AGREEMENT',
    word: DEAL,
    needsAfter: /^(signed|reached|struck|concluded)$/,
    within: 1,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
    examples: [
      'The Israel-Hamas deal reached in January collapsed in March.',
      'The US-Taliban agreement signed in Doha in 2020 set a withdrawal date.',
    ],
  },
  // "The agreement was signed by Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif": the signers after
  // "by".
  {
    id: 'agreement-signed-by-passive',
    type: 'AGREEMENT',
    word: words(['signed'], INKED, ['sealed']),
    needsBefore: words(PASSIVE_BE),
    needsAfter: /^by$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.8,
    examples: [
      {
        text: 'The treaty was signed by Saudi Crown Prince Mohammed bin Salman and Pakistan’s Prime Minister Shehbaz Sharif.',
        participants: ['mohammed-bin-salman', 'shehbaz-sharif'],
      },
    ],
  },
  // "A strategic framework agreement was signed between the two countries", "a memorandum was signed between Iraq,
  // Turkey, Qatar and the UAE": the sides after a passive signing's "between".
  {
    id: 'agreement-signed-between-passive',
    type: 'AGREEMENT',
    word: words(['signed'], INKED, ['sealed']),
    needsBefore: words(PASSIVE_BE),
    needsAfter: /^between$/,
    within: 4,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.8,
    examples: [
      // (TRT, Anadolu 2024 on Turkey-Iraq; Xinhua 2019 on China-Nepal; WAM 2023 on UAE-India.)
      {
        text: 'A memorandum on cooperation in the Development Road project was signed between Iraq, Turkey, Qatar and the UAE.',
        participants: ['iraq', 'turkey', 'qatar', 'united-arab-emirates'],
      },
      {
        text: 'A strategic framework agreement was signed on Monday between Turkey and Iraq.',
        participants: ['turkey', 'iraq'],
      },
      {
        text: 'Twenty agreements were signed between China and Nepal during the visit.',
        participants: ['china', 'nepal'],
      },
      {
        text: 'A local currency settlement deal was signed between the UAE and India in Abu Dhabi.',
        participants: ['united-arab-emirates', 'india'],
      },
    ],
    counterexamples: [
      // (A deal still to be signed is no agreement yet.)
      'An agreement is expected to be signed between Iraq and Turkey next month.',
      'The deal was signed in the presence of officials, between sessions of the summit.',
    ],
  },
  {
    id: 'agreement-agreed-verb',
    type: 'AGREEMENT',
    word: /^(agreed|agree|agrees)$/,
    notFollowedBy: /^that$/,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
    examples: [
      'Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.',
      'Israel and Hamas agreed to a truce on Friday.',
      // (The partner of the ties an agreement sets up is the agreement's: Bahrain-Israel 2020.)
      {
        text: 'Bahrain agreed to establish full diplomatic relations with Israel on Friday.',
        participants: ['bahrain', 'israel'],
      },
      // (The backer of an "X-backed" side is no side: Israel-Hezbollah 2024, Congo-M23 2025.)
      {
        text: 'Israel and the Iran-backed Hezbollah agreed to a ceasefire on Tuesday.',
        participants: ['israel', 'hezbollah'],
      },
      // (An epithet of the armed side is no word between list members: Jeddah 2023.)
      {
        text: 'Sudan’s army and the rival paramilitary Rapid Support Forces agreed to a truce on Saturday.',
        participants: ['sudan', 'rapid-support-forces'],
      },
    ],
    counterexamples: [
      'Russia and China agreed that the West had failed.',
      'Saudi Arabia said it would agree to normalise ties with Israel only after a Palestinian state.',
    ],
  },
  // "Israel and Turkey restored full diplomatic ties", "Morocco normalised relations with Israel": ties taken up again
  // or made normal are agreed by both states. (Finite past and present forms only: "agreed to restore" is the
  // agreement's own rule, "worked to restore", "seeking to normalise" are no event.)
  {
    id: 'agreement-restored-ties',
    type: 'AGREEMENT',
    word: words(RESTORING),
    // ("resumed talks on relations", "resumed dialogue on normalising ties": talks, whose rules read them.)
    notFollowedBy: words(TALKS, NEGOTIATIONS, DIALOGUES),
    needsAfter: words(TIES),
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
    examples: [
      'Israel and Turkey restored full diplomatic ties on Wednesday after a four-year rift.',
      'The Netherlands and Turkey re-established diplomatic relations on Friday.',
      {
        text: 'Morocco normalised relations with Israel in December 2020.',
        participants: ['morocco', 'israel'],
      },
      'Sudan and Iran resumed diplomatic relations on Monday after an eight-year break.',
    ],
    counterexamples: [
      'Trump has worked to restore relations with Russia.',
      'Turkey and Armenia are seeking to normalise relations.',
      'Israel and Turkey did not restore ties until 2022.',
      // (Other things restored between them are no ties: "restored calm", "resumed talks", "resumed fighting".)
      'Israel and Hamas resumed fighting on Friday.',
      'India and China resumed talks on relations in Beijing on Monday.',
      'The army restored order in the capital after relations between the factions broke down.',
    ],
  },
  {
    id: 'cooperation-cooperate-word',
    type: 'COOPERATION',
    word: /^(cooperat|co-operat|collaborat)/,
    notInName: true,
    // ("a memorandum on cooperation in the Development Road project was signed", "talks on cooperation": what a text or
    // talk is on is its topic, no cooperation done.)
    notPrecededBy: /^on$/,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
    examples: [
      'Russia and China have cooperated closely since 2014.',
      'The Russia-China cooperation in energy grew last year.',
    ],
    counterexamples: [
      // (Anadolu, Xinhua, TASS 2019-2024: memoranda and agreements on cooperation, signed or discussed.)
      'Iraq, Turkey, Qatar and the UAE signed a memorandum on cooperation in the Development Road project.',
      'Egypt and Greece signed an agreement on cooperation in the energy sector on Monday.',
      'Russian and Iranian officials held talks on cooperation in nuclear energy in Tehran.',
      // (Sputnik, TASS 2017-2019: an agency or a body named after cooperation speaks of a deal.)
      'Russia and Niger have signed a contract, an official of the Federal Service for Military-Technical Cooperation said.',
      'South Africa and Nigeria agreed on visas, the Department of International Relations and Cooperation said.',
    ],
  },
  // "Turkey stepped up cooperation with Azerbaijan", "Russia deepened its military cooperation with Iran": the verb's
  // subject works with the actor after "with" (the noun alone takes its agent from a possessive only).
  {
    id: 'cooperation-stepped-up',
    type: 'COOPERATION',
    word: words(COOPERATION_GROWTH),
    needsAfter: /^(cooperation|co-operation|collaboration)$/,
    within: 4,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: [
      // (Anadolu, TASS, Reuters 2022-2024: cooperation grown between two sides.)
      'Turkey stepped up cooperation with Azerbaijan last year.',
      'Russia deepened its military cooperation with Iran in 2023.',
      'India and Japan expanded defence cooperation on Monday.',
    ],
    counterexamples: [
      'Russia stepped up attacks on Ukraine despite calls for cooperation.',
      'Turkey expanded its demands for cooperation from Sweden on Monday.',
    ],
  },
  // "the U.S. and Kenya work together", "partnered with Japan", "held joint naval drills with Russia".
  {
    id: 'cooperation-work-together',
    type: 'COOPERATION',
    word: /^(work|works|worked|working)$/,
    needsAfter: /^together$/,
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: ['The world is safer when the U.S. and Kenya work together.'],
  },
  {
    id: 'cooperation-partnered-with',
    type: 'COOPERATION',
    word: /^(partnered|partnering|teamed|teaming)$/,
    needsAfter: /^with$/,
    within: 2,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: ['India has partnered with France on the jet engine.', 'India teamed up with France on the jet engine.'],
  },
  // "Turkey joined forces with Azerbaijan".
  {
    id: 'cooperation-joined-forces',
    type: 'COOPERATION',
    word: /^forces$/,
    needsBefore: /^(joined|joins|join|joining)$/,
    needsAfter: /^with$/,
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: ['Turkey joined forces with Azerbaijan in the Caucasus.'],
    counterexamples: ['Russian forces joined the offensive near Kharkiv.'],
  },
  // "resumed intelligence sharing", "an information-sharing pact" is a deal: intelligence shared between states.
  {
    id: 'cooperation-intelligence-sharing',
    type: 'COOPERATION',
    word: /^sharing$/,
    needsBefore: /^(intelligence|information|data)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.65,
    examples: ['South Korea and Japan resumed intelligence sharing in 2023.'],
    counterexamples: ['Russia and Ukraine discussed burden sharing on Monday.'],
  },
  // "India and Russia jointly produce BrahMos missiles", "jointly developed a jet engine": work done together.
  {
    id: 'cooperation-jointly-made',
    type: 'COOPERATION',
    word: /^jointly$/,
    needsAfter: words(JOINT_WORKS),
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: [
      'India and Russia jointly produce BrahMos missiles.',
      'Japan and Britain jointly developed a fighter jet in 2024.',
    ],
    counterexamples: ['Saudi Arabia and Egypt jointly condemned the attack on Monday.'],
  },
  // "shared intelligence with Ukraine": CAMEO 064, intelligence shared.
  {
    id: 'cooperation-shared-intelligence',
    type: 'COOPERATION',
    word: /^(shared|shares|sharing)$/,
    needsAfter: /^(intelligence|information|data)$/,
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
    examples: ['The United States shared intelligence with Ukraine on Russian troop movements.'],
    counterexamples: ['The United States shared a border with Mexico.'],
  },
  // "Russia trained Malian soldiers", "the US trained Ukrainian pilots": training another's forces.
  {
    id: 'cooperation-trained-forces',
    type: 'COOPERATION',
    word: /^(trained|trains|training)$/,
    notFollowedBy: words(THIRD_PERSON_POSSESSIVES, ['own']),
    needsAfter: words(ARMED_PEOPLE, ['pilots', 'officers', 'personnel', 'cadets', 'recruits']),
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    confidence: 0.65,
    examples: ['Russia trained Malian soldiers on Monday.', 'The United States trained Ukrainian soldiers in Germany.'],
    counterexamples: ['Russia trained its own soldiers near the border with Ukraine.'],
  },
  {
    id: 'cooperation-joint-drills',
    type: 'COOPERATION',
    word: /^(drills|exercises|patrols|manoeuvres|maneuvers|drill|exercise|patrol|manoeuvre|maneuver|sails|sail)$/,
    needsBefore: /^joint$/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
    examples: [
      'China and Russia held joint naval drills in the Sea of Japan on Monday.',
      'Japan held joint exercises with the Philippines on Friday.',
      // (The Hindu, Inquirer, 2023-2024: one exercise, "joint sails".)
      'India and Japan held a joint military exercise in Rajasthan.',
      'The United States and the Philippines conducted joint sails in the South China Sea.',
      // (IANS 2018, The Nation 2023: exercises being conducted, "conducting" as "held".)
      'The Indian and French Navies are conducting joint exercise Varuna, the sea phase of which will start on Tuesday.',
      'People’s Liberation Army Air Force and Pakistan Air Force have been conducting Shaheen joint exercises since 2011.',
      // (IANS 2025, Pratidin Time 2021: the two states of a combining form, "Indo-French", "Indo-US".)
      {
        text: 'The eighth edition of the Indo-French joint military exercise, Shakti, commenced at Camp Larzac on Thursday.',
        participants: ['india', 'france'],
      },
      {
        text: 'Yudh Abhyas, the 16th edition of the Indo-US joint military training exercise, has begun in Rajasthan on Monday.',
        participants: ['india', 'united-states'],
      },
    ],
    counterexamples: [
      'China held drills near Taiwan on Monday.',
      // (CGTN 2025, Kyodo 2024: exercises still to be conducted.)
      'China and Russia will conduct a joint naval exercise near Vladivostok in August, followed by a joint maritime patrol.',
      'Japan, the United States, Australia and the Philippines said Saturday they will conduct their first full-scale joint naval exercises.',
    ],
  },
  // "Russia and China held naval exercises in the Sea of Japan", "The US and South Korea are in the middle of air force
  // drills", "Japan staged military drills with the Philippines": drills of a kind of force held by two sides together
  // (a drill of one side alone has no second participant; "Putin watched military drills" is no subject's own drill).
  {
    id: 'cooperation-held-drills',
    type: 'COOPERATION',
    word: /^(drills|exercises|manoeuvres|maneuvers|drill|exercise|wargames)$/,
    needsBefore: DRILL_KIND,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
    examples: [
      'Russia and China held naval exercises in the Sea of Japan on Monday.',
      'The US and South Korea are in the middle of air force drills, which run through Friday.',
      'Japan staged military drills with the Philippines on Friday.',
      // (Republic World 2023, studymart 2018: Varuna.)
      'India and France are conducting the 21st edition of Varuna, the bilateral naval exercise, at the Western Seaboard.',
      'Indian and French navies have been conducting bilateral maritime exercises since May 1993.',
      // (PPI News, ISPR via The News 2024, Arab News: an exercise called bilateral.)
      'Pakistan and US navies have conducted a bilateral exercise in the Arabian Sea.',
      {
        text: 'On October 13, Pakistan and United States navies also conducted a bilateral exercise in the Arabian Sea.',
        participants: ['pakistan', 'united-states'],
      },
      // (livemint 2022, defencenet.ae: a monarchy's "Royal" service is its state's.)
      {
        text: 'Indian and Royal Australian Navies concluded the maritime partnership exercise, which was held in the Bay of Bengal.',
        participants: ['india', 'australia'],
      },
      {
        text: 'A bilateral exercise between the Royal Saudi Air Force and the United States Air Force kicked off on Monday.',
        participants: ['saudi-arabia', 'united-states'],
      },
    ],
    counterexamples: [
      'China held naval drills near Taiwan on Monday.',
      'Putin and Lukashenko watched military drills near Minsk on Tuesday.',
      'North Korea fired two missiles as South Korea wrapped up military drills.',
      // (Topix 2017, PIB 2019: bilateral exercises still to come.)
      'The Indian Navy will hold bilateral exercises with Indonesia, Papua New Guinea and Australia.',
      'The bilateral exercise will be conducted from 31 October 2019 to 13 November 2019.',
    ],
  },
  // "announced a $225 million aid package for Ukraine": the package goes to the actor after it.
  {
    id: 'supply-aid-package',
    type: 'SUPPLY',
    word: /^(package|packages)$/,
    needsBefore: /^(aid|assistance|military|security|weapons|arms)$/,
    pos: 'noun',
    objects: true,
    objectWithin: 4,
    confidence: 0.75,
    examples: [
      'US President Joe Biden announced a new $225 million military aid package for Ukraine.',
      // The package is the possessor's of the noun its "of" phrase belongs to (Maple Epoch 2025: China's sanctions).
      {
        text: 'China imposed sanctions in retaliation for Washington’s announcement of a huge arms package for Taiwan.',
        participants: ['united-states', 'taiwan'],
      },
    ],
  },
  {
    id: 'supply-supplied-goods',
    type: 'SUPPLY',
    word: /^(supplied|supplies|supply|supplying|deliver|delivered|delivers|delivering|ship|ships|shipped|shipping|sold|provide|provided|provides|providing|send|sends|sending|sent|dispatch|dispatches|dispatched|dispatching|offer|offers|offered|offering|pledged|pledges|pledging|committed|commits|committing|export|exports|exported|exporting)$/,
    // ("remove the survey ship Xiang Yang Hong 10 and the coast guard ships": a noun after an article or a kind; "has
    // stopped exporting electricity to India": a flow halted.)
    notPrecededBy: words(ARTICLES, THIRD_PERSON_POSSESSIVES, VESSEL_KINDS, HALTING_VERBS),
    needsAfter: SUPPLY_GOODS,
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 14,
    confidence: 0.75,
    examples: [
      // Wire phrasings of arms and aid (AP, Scripps, UNN, 2023-24).
      'The United States is sending weapons and equipment to Ukraine this week.',
      'Canada and Norway have committed to offering additional air defense systems to Ukraine.',
      'Washington agreed last week to send an additional Patriot battery to Ukraine.',
      'North Korea has supplied Russia with artillery shells.',
      'North Korea has delivered more than 1,000 containers of munitions to Russia on Friday.',
      'Germany delivered the first IRIS-T air defence system to Ukraine.',
      'Germany supplied Patriot batteries to Ukraine.',
      // Pledges of arms, and kinds of arms (Ramstein meetings, NATO, 2022-2024).
      'Germany pledged four more Leopard tanks to Ukraine on Friday.',
      'South Korea sold artillery to Poland in 2022.',
      'NATO allies have provided Ukraine with 1,550 armoured vehicles.',
      // (AP 2022: aid committed is aid pledged.)
      'Washington has committed more than $650 million of security assistance to Ukraine in the past year.',
      // A supply announced for the near future is the pledge (AP, NPR 2023-24: NATO summit, Leopard decision).
      'Italy will provide a SAMP-T air defense system to Ukraine, the joint statement said.',
      'Romania said it would send a Patriot battery to Ukraine.',
      {
        text: 'German Chancellor Olaf Scholz announced that his country will send at least 14 Leopard 2 tanks to Ukraine.',
        participants: ['germany', 'ukraine'],
      },
      // Vaccines and energy (Africa Top Success 2021 on US doses; PTI, KUNA, Sputnik 2022-2024 on electricity exports).
      'Kevin Munoz, the White House spokesman, announced that the US has sent over 488,000 doses of the Pfizer vaccine to Rwanda.',
      'Nepal exported electricity to Bangladesh through the Indian power grid for the first time on Friday.',
      'In the first phase, Nepal will export 40 MW of hydroelectricity to Bangladesh via Indian territory.',
      {
        text: 'The ministry noted that Kiev was exporting electricity to the EU.',
        participants: ['ukraine', 'european-union'],
      },
      // Aid dispatched is aid sent (Unmute 2025 on Myanmar; Khabarkada 2025, UNews 2022 on Afghanistan's earthquakes).
      'India on Sunday dispatched 31 tonnes of humanitarian aid to earthquake-hit Myanmar as part of its ongoing relief efforts.',
      'Pakistan dispatched 105 tonnes of humanitarian aid to Afghanistan on Wednesday.',
      'The Iranian Embassy in Kabul said on Wednesday that Iran has dispatched two planes loaded with first aid supplies to Afghanistan.',
    ],
    counterexamples: [
      // A flow stopped supplies nothing (Onlinekhabar 2022, Ukrainian News 2022).
      'Nepal has stopped exporting electricity to India.',
      'The rocket attacks force Ukraine to stop exporting electricity to the EU from October 11, 2022.',
      // An announced supply under a condition, a threat or a vow is not yet one.
      'Germany will send tanks to Ukraine if the United States sends Abrams tanks.',
      'Russia warned that it would supply weapons to North Korea.',
      'North Korea sent a letter to Russia on Friday.',
      // Force sent at a state is no supply to it.
      'Iran sent drones toward Israel on Saturday.',
      'Iran dispatched drones toward Israel on Saturday.',
      'Germany said it would not dispatch tanks to Ukraine.',
      'Russia sent troops into Ukraine in 2022.',
      'Russia offered Ukraine talks in Istanbul.',
      'Japan pledged support to Ukraine in its talks with Russia.',
      // (Ships as nouns: Reuters, May 2023; AP, 2024.)
      'Vietnam demands that China immediately withdraw the survey ship Hai Yang Dizhi 8 and the coast guard ships and fishing vessels from its waters.',
      'The Philippines demanded that China remove the research ship Xiang Yang Hong 03 and the coast guard ships and fishing vessels from its waters.',
    ],
  },
  // "announced more than $630 million in aid for Yemen", "announced $60 million in additional humanitarian assistance
  // to Haiti": a sum in aid goes to the actor after its "to" or "for", from the subject (VOA, AP, LBC 2017-2024; the
  // "in" is the trigger, between the sum and the aid, so that "cuts in aid" or "delays in aid to Ukraine" give none).
  {
    id: 'supply-sum-in-aid',
    type: 'SUPPLY',
    word: /^in$/,
    notInsideSpan: true,
    needsBefore: SUM_IN,
    needsAfter: AID_TAKEN,
    within: 3,
    pos: 'noun',
    objects: true,
    objectAfter: /^(to|for)$/,
    objectWithin: 6,
    confidence: 0.7,
    examples: [
      'The United States on Saturday announced more than $630 million in aid for Yemen, Somalia, South Sudan and Nigeria.',
      'The U.S. envoy to the United Nations announced tens of millions of dollars in aid for Haiti during a visit.',
      'U.S. Secretary of State Antony Blinken announced on Thursday an additional $200 million in humanitarian aid for Sudan.',
      'The U.S. ambassador to the United Nations announced $60 million in additional humanitarian assistance to Haiti.',
    ],
    counterexamples: [
      // Aid halted, asked for or received names no giver here.
      'Trump froze $400 million in military aid to Ukraine.',
      'Zelensky asked for $60 billion in aid for Ukraine.',
      'Republicans blocked $60 billion in aid for Ukraine.',
      'Israel receives $3.8 billion in military aid from the United States each year.',
      'The United States announced cuts in aid to Africa on Monday.',
      // (A sum inside a verb's phrase of supply is the verb's: supply-supplied-goods, Mehr 2025.)
      'Under Biden, the US provided $17.9 billion in military aid to Israel from October 2023.',
    ],
  },
  // "approved a $1.1 billion arms sale to Taiwan", "approved two arms sales to Saudi Arabia and the United Arab
  // Emirates", "approved the sale of 66 F-16 jets to Taiwan": a sale of arms goes to the buyer after its "to"; the
  // seller is the owner before the noun or the subject of its clause (DSCA, State Department and wire phrasing,
  // 2017-2025). A sale of anything else ("the sale of its stake to investors") supplies nothing.
  {
    id: 'supply-arms-sale',
    type: 'SUPPLY',
    // (The kind is the trigger, so that the owner before it is the seller: "Washington's arms sales"; "for their arms
    // sales", a pronoun the sentence's actors may not resolve, names none.)
    word: ARMS_SALE_KINDS,
    notPrecededBy: words(THIRD_PERSON_POSSESSIVES),
    needsAfter: /^(sale|sales)$/,
    within: 1,
    pos: 'noun',
    objects: true,
    objectAfter: /^to$/,
    objectWithin: 12,
    confidence: 0.7,
    examples: [
      // (CGTN, NTD, CSIS, Dayton Daily News 2018-2022 on sales to Taiwan; AP, Defense Mirror 2019-2022 on the Gulf.)
      'The State Department approved a $1.1 billion arms sale to Taiwan on Friday.',
      'The State Department approved a $228 million military sale to Taiwan, the agency said.',
      'On June 29, the US State Department approved a $1.3 billion arms sale to Taiwan.',
      {
        text: 'The Biden administration on Tuesday approved two huge arms sales to Saudi Arabia and the United Arab Emirates.',
        participants: ['joe-biden', 'saudi-arabia'],
      },
      {
        text: 'The United States approved arms sales worth an estimated $8 billion to Saudi Arabia and the UAE.',
        participants: ['united-states', 'saudi-arabia'],
      },
      'The US government approved multibillion-dollar arms sales to Saudi Arabia on Tuesday.',
      // (The seller as the owner before the kind, beside a critic's verb.)
      { text: 'China condemned the US arms sale to Taiwan on Friday.', participants: ['united-states', 'taiwan'] },
      {
        text: "China sanctioned US firms over Washington's arms sales to Taiwan.",
        participants: ['united-states', 'taiwan'],
      },
    ],
    counterexamples: [
      // Sales stopped, blocked or cancelled arm no one.
      'Germany halted arms sales to Saudi Arabia after the killing of Jamal Khashoggi.',
      'Lawmakers sought to block arms sales to Saudi Arabia over the war in Yemen.',
      'China urged the United States to cancel its arms sales to Taiwan.',
      // (A pronoun owner: the firms' sales, not the sanctioning state's.)
      'China announced sanctions against Boeing and two other US defence companies for their arms sales to Taiwan.',
      'China sanctioned Lockheed Martin over its arms sales to Taiwan.',
    ],
  },
  // "approved the sale of 66 F-16 fighter jets to Taiwan", "the sale of $11.1 billion in weapons to Taiwan": the arms
  // named after the noun (a sale of shares or of a stake arms no one).
  {
    id: 'supply-sale-of-arms',
    type: 'SUPPLY',
    word: /^(sale|sales)$/,
    notPrecededBy: words(THIRD_PERSON_POSSESSIVES),
    needsAfter: ARMS_SALE_KINDS,
    within: 8,
    pos: 'noun',
    objects: true,
    objectAfter: /^to$/,
    objectWithin: 12,
    confidence: 0.7,
    examples: [
      // (Wire phrasing 2019-2025: F-16s and Harpoons for Taiwan, missiles for Riyadh.)
      'The State Department approved the sale of 66 F-16 fighter jets to Taiwan in August 2019.',
      'Last week, US President Donald Trump approved the sale of $11.1 billion in weapons to Taiwan.',
      'The United States has approved a $650m sale of air-to-air missiles to Saudi Arabia, the Pentagon announced.',
      'Washington approved the sale of Patriot missiles to Saudi Arabia on Thursday.',
    ],
    counterexamples: [
      'Russia completed the sale of Rosneft shares to Qatar in 2016.',
      'The sale of its stake to Chinese investors was approved by Germany on Monday.',
      'China sanctioned Boeing over its sale of missiles to Taiwan.',
    ],
  },
  // "announced the delivery of five additional air defense systems to Ukraine", "reported the transfer of a new package
  // of military aid to Ukraine", "approved the supply of Leopard tanks to Ukraine": a supply told as a noun, made or
  // decided by the subject of the verb before it (lexicon/force.ts DELIVERY_MADE: not "suspended the delivery of", not
  // "demanding the supply of"), goes to the actor after its "to".
  {
    id: 'supply-delivery-of-goods',
    type: 'SUPPLY',
    word: DELIVERY_NOUNS,
    needsBefore: DELIVERY_MADE,
    needsAfter: DELIVERED_GOODS,
    within: 8,
    pos: 'noun',
    objects: true,
    objectAfter: /^to$/,
    objectWithin: 14,
    confidence: 0.7,
    examples: [
      // (World Arabia 2024, 112 Ukraine 2025, Top Urdu 2023, Babel 2024; "from US stocks" names no other giver.)
      'The United States announced the delivery of five additional air defense systems to Ukraine on Friday.',
      {
        text: 'Biden approved the allocation of over 1 billion dollars in American weapons from US stocks to Ukraine.',
        participants: ['joe-biden', 'ukraine'],
      },
      'Germany has approved the supply of locally produced Leopard tanks to Ukraine.',
      'Britain announced the transfer of a new package of military aid to Ukraine on Monday.',
    ],
    counterexamples: [
      // (Mehr 2025, Pledge Times 2023, Top Urdu 2023: a supply stopped, backed or asked for.)
      'The US Armed Forces have suspended the delivery of military aid to Ukraine, a Pentagon spokesman said.',
      'Washington would support the delivery of advanced warplanes, including F-16 fighters, to Ukraine.',
      'Ukraine had been demanding the supply of Leopard tanks from Germany.',
      'Turkey announced the transfer of the prisoners to Ukraine on Friday.',
      'Russia announced the transfer of troops to Belarus on Friday.',
      // (Tribune 2023: the jets are the givers' after "from", not the approver's.)
      'The US approved the transfer of F-16 fighter jets from Denmark to Ukraine.',
    ],
  },
  // "Russia will lend $1.5 billion to Belarus", "lent Belarus US$1.5 billion": money lent goes to the actor after the
  // verb (Reuters, RT, TASS 2008-2020 on Russia's loans to Belarus). An infinitive's subject may be a noun's owner
  // ("defended the administration's decision to lend"), so none after "to".
  {
    id: 'supply-lent-money',
    type: 'SUPPLY',
    word: words(LENDING_VERBS),
    notPrecededBy: /^to$/,
    needsAfter: LENT_SUM,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.7,
    examples: [
      {
        text: 'Russia will lend $1.5 billion to Belarus to help it avert an economic crisis, Putin said on Monday.',
        participants: ['russia', 'belarus'],
      },
      'At the end of 2007 Russia lent Belarus $1.5 billion.',
      'Russia lends $2 billion to Belarus, the finance ministry said on Friday.',
      'China lent Pakistan $2 billion in 2019, the central bank said.',
    ],
    counterexamples: [
      'China lent its support to the Russian proposal at the UN.',
      'The report lends weight to Ukraine’s claims about the attack.',
      'Bessent defended the decision to lend $20 billion to Argentina.',
    ],
  },
  // "the Kingdom deposited $3 billion at Egypt's central bank", "will deposit $3 billion in Pakistan's central bank": a sum
  // put in another state's central bank goes to that state (the owner of the bank, or its "of": participants.ts,
  // isCentralBankOwner); money deposited anywhere else ("in Qatari banks") names no recipient state.
  {
    id: 'supply-deposited-reserves',
    type: 'SUPPLY',
    word: words(DEPOSITING_VERBS),
    notPrecededBy: /^to$/,
    needsAfter: DEPOSITED_SUM,
    within: 7,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.7,
    examples: [
      // (Al Arabiya 2021, Republic World 2021 on Saudi deposits.)
      'Saudi Arabia’s finance ministry said on Sunday the Kingdom deposited $3 billion at Egypt’s central bank.',
      'Saudi Arabia has announced that it will deposit $3 billion in Pakistan’s central bank to boost its economy.',
      'Saudi Arabia deposited $3 billion at the Central Bank of Pakistan and extended $1.2 billion of trade finance.',
      // (Zawya 2022.)
      'Saudi Arabia deposited the money in Pakistan’s central bank late last year as a loan to shore up its reserves.',
    ],
    counterexamples: [
      // (IFMAT 2024: money deposited in a bank of a state that is no central bank is not given to that state.)
      'Iran reached a good understanding with Qatar over $6 billion of frozen assets deposited in a Qatari bank last year.',
    ],
  },
  // "India extended a USD 1 billion credit line to Sri Lanka", "provided a USD 500 million line of credit to Sri Lanka",
  // "granted Pakistan a $2 billion loan": credit extended goes to the actor after the verb (Prothom Alo, Mint,
  // Business Standard 2022-2023 on India's credit to Sri Lanka; TASS 2020 on Russia's loan to Belarus). Not "extended
  // the deadline for its loan talks": the credit is the verb's own object, no determined noun's before it.
  {
    id: 'supply-extended-credit',
    type: 'SUPPLY',
    word: words(EXTENDING_VERBS),
    notPrecededBy: /^to$/,
    notFollowedBy: words(['the', 'this', 'that'], THIRD_PERSON_POSSESSIVES),
    needsAfter: CREDIT,
    within: 8,
    pos: 'verb',
    objects: true,
    objectWithin: 10,
    confidence: 0.7,
    examples: [
      'India on Thursday extended a USD 1 billion credit line to Sri Lanka to help the island nation.',
      'Last month, India provided a USD 500 million line of credit to Sri Lanka.',
      {
        text: 'Putin said that Russia would extend a loan of $1.5 bn to Belarus.',
        participants: ['russia', 'belarus'],
      },
      'Russia will provide Belarus with a loan of $1.5 billion, Putin said on Monday.',
      'China granted Pakistan a $2 billion loan in 2019.',
      'Japan approved a $500 million loan to Ukraine on Friday.',
    ],
    counterexamples: [
      'The IMF extended the deadline for Sri Lanka’s loan talks.',
      'Sri Lanka sought a $1 billion loan from China on Monday.',
      'Zambia repaid a $1 billion loan to China last year.',
      'Germany refused to extend a loan to Greece.',
      'Bessent defended the decision to extend financial assistance to Argentina.',
    ],
  },
  // "Tonga had accepted assistance from Australia and New Zealand", "received humanitarian aid from Japan": aid taken
  // comes from those after its "from" (participants.ts, sourcesFrom) to the subject; with no "from", no one gave it.
  // Weapons and goods taken too, the verb up to eight words before ("received the first batch of Leopard 2 tanks from
  // Germany", "has received six F-16 fighter jets from the Netherlands").
  {
    id: 'supply-aid-taken-from',
    type: 'SUPPLY',
    word: GOODS_TAKEN,
    needsBefore: TAKING_VERBS,
    beforeWithin: 8,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
    examples: [
      // (WAtoday 2022 on Tonga; UPI 2022; Reuters 2023 on Turkey's earthquake.)
      {
        text: 'Tonga had accepted assistance from Australia and New Zealand, the minister said.',
        participants: ['australia', 'new-zealand', 'tonga'],
      },
      { text: 'Turkey received humanitarian aid from Japan on Tuesday.', participants: ['japan', 'turkey'] },
      // (Sakshi Post 2023, Sputnik 2024: weapons received.)
      {
        text: 'Ukraine received the first batch of Leopard 2 tanks from Germany on Monday.',
        participants: ['germany', 'ukraine'],
      },
      {
        text: 'Ukraine has received six F-16 fighter jets from the Netherlands.',
        participants: ['netherlands', 'ukraine'],
      },
    ],
    counterexamples: [
      'Tonga has received aid since Saturday.',
      'Ukraine will receive more Patriot systems from Germany next month.',
      'Sri Lanka requested assistance from India on Monday.',
      'Tonga accepted the help of volunteers from Fiji.',
    ],
  },
  // "gave Ukraine Storm Shadow missiles", "handed over two ships to the Maldives": "give" and "hand" mean more than
  // giving goods ("gave the order", "handed power to"), so the goods must follow closely.
  {
    id: 'supply-gave-weapons',
    type: 'SUPPLY',
    word: /^(gave|given|handed|hands|handing)$/,
    notFollowedBy: /^(up|way|rise)$/,
    needsAfter: SUPPLY_GOODS,
    within: 5,
    pos: 'verb',
    objects: true,
    objectWithin: 9,
    confidence: 0.7,
    examples: [
      'Britain gave Ukraine Storm Shadow missiles in May.',
      // (Tribune, Sputnik, Swarajya 2017-2023: ships and submarines handed to neighbouring navies.)
      'Indian Defence Minister Rajnath Singh handed over two ships to the Maldives on Tuesday.',
    ],
    counterexamples: [
      'Russia gave the order to fire missiles at Ukraine.',
      'Ukraine gave up its nuclear weapons to Russia in 1994.',
    ],
  },
  // "donated tanks to Ukraine", "will transfer its Patriot air defense system to Ukraine", "will gift 20 Bushmaster
  // military vehicles to Ukraine": verbs that only mean giving away, in every form (the bare one after "will" too), so
  // the goods and the receiver may stand as far as after supply-supplied-goods' verbs, past a sum's worth or a long
  // name ("is transferring $25 million worth of defense and medical equipment to Ukraine"; UAWire 2020, Ukrainian News
  // 2024, UNN 2024, Epoch Times 2022). A noun after an article or an owner ("the transfer of", "a gift") is no verb.
  {
    id: 'supply-donated-goods',
    type: 'SUPPLY',
    word: /^(donate|donated|donates|donating|gift|gifts|gifted|gifting|transfer|transfers|transferred|transferring)$/,
    notPrecededBy: words(ARTICLES, THIRD_PERSON_POSSESSIVES),
    needsAfter: SUPPLY_GOODS,
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 14,
    confidence: 0.7,
    examples: [
      'The United States transferred Patriot missiles to Ukraine.',
      'Sweden donated CV90 combat vehicles to Ukraine in 2023.',
      'India is transferring one of its submarines to the Myanmar Navy.',
      // (Africa Top Success, VietNamNet 2021: vaccine doses given away.)
      'The United States donated 880,000 Covid-19 vaccine doses to Kenya to strengthen its vaccination program.',
      'The US has so far donated 6 million doses of COVID-19 vaccines to Vietnam, including five million doses of Moderna.',
      // Gifts and donations announced or made (Diggers 2021 on vaccines for Zambia; Lokmat Times 2023 on the Dornier).
      'Chinese Ambassador to Zambia Li Jie says the Chinese government will donate 100,000 doses of Sinopharm COVID-19 vaccine to Zambia.',
      'Last year, India gifted a Dornier Maritime Reconnaissance aircraft to Sri Lanka at a special event held in Katunayake.',
      // (The bare verb after "will", and goods past a sum or a long name.)
      'Romania will transfer its Patriot air defense system to Ukraine in accordance with the decision of its council.',
      'The Netherlands will transfer the American MIM-104 Patriot air defense system to Ukraine.',
      'The Australian government has announced that it will gift 20 Bushmaster military vehicles to Ukraine.',
      'The United States is transferring $25 million worth of defense and medical equipment to Ukraine.',
    ],
    counterexamples: [
      // (Donations refused or only asked for.)
      'Turkey refused to donate weapons to Ukraine.',
      'The Philippines asked Japan to donate patrol boats.',
      // (A noun of transfer: supply-delivery-of-goods reads it when it was made.)
      'Ukraine demanded the transfer of tanks to Ukraine from Germany.',
      'Russia said a transfer of weapons to Ukraine would be a red line.',
    ],
  },
  // "The second patrol boat gifted by Australia to the Sri Lanka Navy arrived", "vehicles to be donated by Australia to
  // the government of Ukraine", "supplies provided by China's Ministry of National Defense to", "materials offered by
  // China to Cambodia": goods named before a participle of giving go from the actor after its "by" to the one after its
  // "to" (Daily Mirror 2014, ADBR 2022, China Military Online 2019 and 2022). The goods must stand before the
  // participle: "an envoy sent by Putin to Kyiv" or "a message delivered by Iran to the US" supply nothing; with no
  // "to" ("were supplied by the United States") no receiver is named; "the West" is no actor.
  {
    id: 'supply-given-by-agent',
    type: 'SUPPLY',
    word: /^(supplied|provided|delivered|donated|gifted|offered|handed|transferred|shipped)$/,
    needsBefore: GIVEN_GOODS,
    beforeWithin: 6,
    needsAfter: /^by$/,
    within: 2,
    pos: 'verb',
    objects: true,
    objectAfter: /^to$/,
    objectWithin: 12,
    givenByAgent: true,
    confidence: 0.7,
    examples: [
      {
        text: 'The second patrol boat gifted by Australia to the Sri Lanka Navy arrived at the Port of Colombo this morning.',
        participants: ['australia', 'sri-lanka'],
      },
      {
        text: 'The first of 20 Bushmaster vehicles to be donated by Australia to Ukraine have departed Amberley.',
        participants: ['australia', 'ukraine'],
      },
      {
        text: 'The handover of mine-sweeping materials offered by China to Cambodia was held in Phnom Penh on Monday.',
        participants: ['china', 'cambodia'],
      },
      {
        text: 'Medical supplies provided by Japan to Tonga arrived on Friday.',
        participants: ['japan', 'tonga'],
      },
    ],
    counterexamples: [
      'An envoy sent by Putin to Kyiv met Zelensky on Monday.',
      'A message delivered by Iran to the United States was read on Friday.',
      'HIMARS rocket systems were supplied by the United States, Ukraine announced on Thursday.',
      'Russia said weapons supplied by the West to Ukraine end up on the black market.',
    ],
  },
  // "Iran armed the Houthis with missiles": the armed actor follows at once (not "fighters armed with rifles").
  {
    id: 'supply-armed-with',
    type: 'SUPPLY',
    word: /^(armed|arming)$/,
    needsAfter: /^with$/,
    within: 5,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    confidence: 0.7,
    examples: ['Iran armed the Houthis with missiles and drones.'],
    counterexamples: ['Hamas fighters armed with rifles attacked Israel on Saturday.'],
  },
  // "Iran-backed Hezbollah", "Rwanda-backed M23 rebels": the actor before the hyphen backs the armed group named right
  // after (as dev's "a group backed by Morocco" supplies it); a backed ceasefire, talks or unnamed militias name no one.
  {
    id: 'supply-hyphen-backed',
    type: 'SUPPLY',
    word: SUPPLYING_END,
    afterHyphen: true,
    pos: 'noun',
    objects: true,
    objectAdjacent: true,
    confidence: 0.7,
    examples: [
      { text: 'The Rwanda-backed M23 rebels captured Goma in January 2025.', participants: ['rwanda', 'm23'] },
      {
        text: 'The Iran-backed Hezbollah fired rockets at northern Israel on Sunday.',
        participants: ['iran', 'hezbollah'],
      },
      // (A state backs a government in a war with arms; the UN's backing of one is recognition, below.)
      {
        text: 'The Saudi-backed Yemeni government dismissed the Houthi claims on Tuesday.',
        participants: ['saudi-arabia', 'yemen'],
      },
    ],
    counterexamples: [
      'Iran-backed militias attacked US troops in Syria on Sunday.',
      'The US-backed ceasefire between Israel and Hezbollah took effect on Sunday.',
      'The UN-backed talks between the Libyan rivals resumed in Geneva.',
      // (Reuters 2020: al-Shabaab's foe.)
      'Al Shabaab has been fighting the UN-backed Somali government for more than a decade.',
    ],
  },
];
