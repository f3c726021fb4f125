import type { RelationType } from '../domain/ontology';
import { DEAL } from './lexicon/deals';
import { ARTICLES, DETERMINERS, FIRST_PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES } from './lexicon/determiners';
import { PEJORATIVE } from './lexicon/insults';
import {
  CALLS,
  CHAIRED_OCCASIONS,
  CONTACTS,
  CONVERSATIONS,
  DIALOGUES,
  MEETINGS,
  NEGOTIATIONS,
  PHONES,
  SPEAKING_VERBS,
  TALKS,
} from './lexicon/occasions';
import { DIPLOMATS } from './lexicon/officials';
import { BONDS, TIES } from './lexicon/ties';
import { words } from './lexicon/words';

/**
 * Trigger words per relation type (verbs and nouns), and the words that make a
 * sentence not assert an event (negation, modality, intent). Kept apart from the
 * participant logic in events/ so that vocabulary and structure change alone.
 */

export interface TriggerRule {
  /** A stable name for the rule, kebab-case, saying what it catches; extracted events record it. */
  id: string;
  /**
   * Sentences in news style that fire this very rule: each must yield an event of `type` recorded with this `id`
   * (the table test in test/unit/extract/triggers.test.ts walks them through the whole extractor).
   */
  examples?: readonly string[];
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
  /** A word that must follow within `within` tokens in the clause; the trigger spans up to it. */
  needsAfter?: RegExp;
  within?: number;
  /** A word that must precede within 3 tokens ("strengthened ties", "a call") ... */
  needsBefore?: RegExp;
  /** ... unless the next word is this one ("Trump’s call with Putin"). */
  orFollowedBy?: RegExp;
  /** ... or a possessive precedes within 3 words ("Zelensky’s South Africa visit"). */
  orAfterPossessive?: boolean;
  /** The next word must not match ("called for", "called on"). */
  notFollowedBy?: RegExp;
  /** The word before must not match ("a brief discussion": an adjective, not "briefed"; "prisoners of war": no war in particular). */
  notPrecededBy?: RegExp;
  /** The word before ends with a hyphen: the second half of "US-led", whose first half is the agent. */
  afterHyphen?: boolean;
  /** The target comes before the trigger ("Trump can’t be trusted"). */
  predicate?: boolean;
  /** How far after the trigger its object may be (default 8): "called Putin", not "called ... Putin". */
  objectWithin?: number;
  /** Not an event when its object is followed by this or is a possessive ("called Putin the “dearest friend”": naming, not phoning). */
  objectNotFollowedBy?: RegExp;
  /** The object must be a person: "greeted Erdogan", not "welcomed Iran’s decision". */
  objectPerson?: boolean;
  /** The object follows the verb at once, past determiners only ("told Putin"; "told reporters the U.S. is ..." has none). */
  objectAdjacent?: boolean;
  /** "spoke with", "a conversation with": a CALL in an article that reports phone calls, else a MEETING. */
  callInCallArticle?: boolean;
  /**
   * Also an event of this type when a word of the trigger's span, or `within` (default 3) words after it in the
   * clause, matches ("signed a mutual defence pact": an ALLIANCE; "mediators between A and B in months of talks").
   */
  implies?: { type: RelationType; when: RegExp; within?: number };
  confidence: number;
}

/** (Re-exported while mentions.ts and events/participants.ts still import it from here: see ./lexicon/deals.ts.) */
export { DEAL };

/** What opens the noun phrase of a call or a conversation: "a call", "their brief conversation", "a rare call". */
const BEFORE_AN_OCCASION = words(DETERMINERS, ['first', 'second', 'latest', 'recent', 'brief', 'lengthy', 'rare']);

/** What opens the noun phrase of a visit: "his recent visit", "a two-day state visit". */
const BEFORE_A_VISIT = words(DETERMINERS, ['recent', 'first', 'official', 'state', 'two-day', 'three-day', 'working']);

/** Envoys a state expels or calls home. */
const DIPLOMAT = words(DIPLOMATS);

/** Ordered: the first rule that matches a token wins. */
export const TRIGGERS: readonly TriggerRule[] = [
  // "described Xi as a dictator", "calling Putin a war criminal", "branded him a liar": naming with an insult.
  {
    id: 'criticism-insult-naming',
    type: 'CRITICISM',
    word: /^(described|describes|describe|describing|branded|brands|brand|branding|labell?ed|labels|label|labell?ing|dubbed|dubs|called|calls|calling)$/,
    needsAfter: PEJORATIVE,
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 5,
    confidence: 0.8,
  },
  // "a diatribe comparing India to Nazi Germany", "a propaganda offensive against India": attacks in words.
  {
    id: 'criticism-diatribe-noun',
    type: 'CRITICISM',
    word: /^(diatribe|diatribes|tirade|tirades|broadside|broadsides)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.75,
  },
  {
    id: 'criticism-propaganda-attack',
    type: 'CRITICISM',
    word: /^(attack|attacks|offensive|campaign|onslaught)$/,
    needsBefore: /^(propaganda|verbal|rhetorical|smear|disinformation)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.75,
  },
  // "lodged a strong protest with India", "filed a diplomatic protest over the road New Delhi built".
  {
    id: 'criticism-lodged-protest',
    type: 'CRITICISM',
    word: /^(protest|protests|representations)$/,
    needsBefore: /^(lodged|lodge|lodges|lodging|filed|file|files|registered|conveyed|delivered)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.8,
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
  },
  // "declared Lula “persona non grata”", "said Lula is persona non grata": the declaring actor criticises the one before.
  {
    id: 'criticism-persona-non-grata',
    type: 'CRITICISM',
    word: /^persona$/,
    needsAfter: /^grata$/,
    within: 2,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
  },
  // "he still thinks Xi is a dictator": the one who says or thinks it criticises the actor just before.
  {
    id: 'criticism-is-pejorative',
    type: 'CRITICISM',
    word: PEJORATIVE,
    needsBefore: /^(is|was|are|were|remains|remained)$/,
    predicate: true,
    pos: 'verb',
    objects: false,
    confidence: 0.75,
  },
  {
    id: 'call-phone-noun',
    type: 'CALL',
    word: words(PHONES, ['telephonic']),
    needsAfter: words(CALLS, CONVERSATIONS, ['talks', 'talk']),
    within: 1,
    pos: 'noun',
    objects: false,
    confidence: 0.9,
  },
  {
    id: 'call-spoke-by-phone',
    type: 'CALL',
    word: words(SPEAKING_VERBS, ['talk', 'chatted']),
    needsAfter: words(PHONES),
    within: 4,
    pos: 'verb',
    objects: false,
    confidence: 0.9,
  },
  {
    id: 'call-phoned-verb',
    type: 'CALL',
    word: /^(phoned|telephoned|rang)$/,
    pos: 'verb',
    objects: true,
    confidence: 0.9,
  },
  {
    id: 'call-called-verb',
    type: 'CALL',
    word: /^called$/,
    notPrecededBy: /^so$/,
    notFollowedBy: /^(for|on|off|up|it|them|him|her|this|that|the|a|an|into)$/,
    objectNotFollowedBy: words(ARTICLES, THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES),
    pos: 'verb',
    objects: true,
    objectWithin: 2,
    confidence: 0.7,
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
  },
  // "spoke with Macron", "spoke to Putin": a conversation with the actor after the preposition.
  {
    id: 'meeting-spoke-with',
    type: 'MEETING',
    word: words(SPEAKING_VERBS),
    needsAfter: /^(with|to)$/,
    within: 5,
    callInCallArticle: true,
    pos: 'verb',
    objects: false,
    confidence: 0.7,
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
  },
  // "He was received at the airport by President Bhandari".
  {
    id: 'meeting-received-by',
    type: 'MEETING',
    word: /^(received|greeted|welcomed|hosted)$/,
    needsAfter: /^by$/,
    within: 6,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
  },
  // "was met at the airport by Qatar’s emir", "was met in the historic city of al-Ula by": the passive of "met".
  {
    id: 'meeting-met-by-passive',
    type: 'MEETING',
    word: /^met$/,
    needsBefore: /^(was|were|been|being)$/,
    needsAfter: /^by$/,
    within: 10,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
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
  },
  // "King Salman received both Afwerki and Ahmed", "Mitsotakis greeted Erdogan": receiving a visitor (not "received aid").
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
  },
  {
    id: 'meeting-met-verb',
    type: 'MEETING',
    word: /^(met|meets|meet|hosted|hosts|host|hosting)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.9,
  },
  // "Fidan chaired the meeting": who chairs talks of others mediates them (see events: hosts).
  {
    id: 'meeting-chaired',
    type: 'MEETING',
    word: /^(chaired|chairs|chairing|presided)$/,
    needsAfter: words(CHAIRED_OCCASIONS),
    within: 3,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
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
  },
  {
    id: 'meeting-meeting-noun',
    type: 'MEETING',
    word: words(MEETINGS),
    pos: 'noun',
    objects: false,
    confidence: 0.9,
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
  },
  // "peace talks", "indirect nuclear talks", "a round of talks": talks towards a settlement are a negotiation.
  {
    id: 'negotiation-peace-talks',
    type: 'NEGOTIATION',
    word: words(TALKS),
    needsBefore: /^(peace|nuclear|ceasefire|truce|trade|indirect|proximity|round|rounds|settlement|normali[sz]ation)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.8,
  },
  {
    id: 'meeting-talks-noun',
    type: 'MEETING',
    word: words(TALKS, ['discussion']),
    pos: 'noun',
    objects: false,
    confidence: 0.8,
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
  },
  {
    id: 'meeting-visited-verb',
    type: 'MEETING',
    word: /^(visited|visits|visit)$/,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
  },
  {
    id: 'meeting-discussed-verb',
    type: 'MEETING',
    word: /^(discussed|spoke|talked|conferred)$/,
    pos: 'verb',
    objects: false,
    confidence: 0.6,
  },
  {
    id: 'negotiation-negotiate-verb',
    type: 'NEGOTIATION',
    word: /^negotiat/,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
  },
  {
    id: 'negotiation-negotiations-noun',
    type: 'NEGOTIATION',
    word: words(NEGOTIATIONS),
    pos: 'noun',
    objects: false,
    confidence: 0.8,
  },
  // "American-led diplomatic efforts", "Qatari-brokered talks": the actor before the hyphen mediates.
  {
    id: 'mediation-hyphen-led',
    type: 'MEDIATION',
    word: /^(led|brokered|mediated|sponsored|facilitated)$/,
    afterHyphen: true,
    needsAfter:
      /^(efforts|effort|talks|mediation|negotiations|diplomacy|initiative|process|push|dialogue|truce|ceasefire|deal|agreement|accord)$/,
    within: 3,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
  },
  {
    id: 'mediation-mediate-verb',
    type: 'MEDIATION',
    word: /^(mediate|mediated|mediates|mediating|broker|brokered|brokers|brokering)$/,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    implies: { type: 'AGREEMENT', when: DEAL },
  },
  {
    id: 'mediation-mediator-noun',
    type: 'MEDIATION',
    word: /^(mediation|mediations|mediator|mediators|intermediary|intermediaries|go-between|auspices)$/,
    pos: 'noun',
    objects: false,
    confidence: 0.85,
    implies: { type: 'NEGOTIATION', when: /^(talks|negotiations)$/, within: 8 },
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
  },
  // "The meeting was promoted by Celac", "talks sponsored by Qatar": the agent of a passive that arranges an event mediates it.
  {
    id: 'mediation-arranged-by',
    type: 'MEDIATION',
    word: /^(promoted|sponsored|convened|arranged|organi[sz]ed|facilitated)$/,
    needsAfter: /^by$/,
    within: 1,
    needsBefore: words(MEETINGS, TALKS, NEGOTIATIONS, DIALOGUES, CONTACTS, [
      'is',
      'was',
      'were',
      'are',
      'been',
      'being',
    ]),
    pos: 'verb',
    objects: false,
    confidence: 0.75,
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
  },
  {
    id: 'alliance-ally-noun',
    type: 'ALLIANCE',
    word: /^(ally|allies|alliance|alliances|allied)$/,
    pos: 'noun',
    objects: true,
    confidence: 0.85,
  },
  {
    id: 'alliance-strengthened-ties',
    type: 'ALLIANCE',
    word: words(BONDS),
    needsBefore:
      /^(strengthen|deepen|bolster|boost|expand|cement|forg|upgrad|clos|strategic|warm|security|defen[cs]e|military)/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
  },
  {
    id: 'briefing-briefed-verb',
    type: 'BRIEFING',
    word: /^(brief|briefed|briefs|briefing|informed|debriefed)$/,
    notPrecededBy: /^(a|an|the|very|too|so|only)$/,
    pos: 'verb',
    objects: true,
    confidence: 0.85,
  },
  {
    id: 'statement-told-verb',
    type: 'STATEMENT',
    word: /^(told|assured|urged)$/,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    confidence: 0.7,
  },
  // "called on Russia to withdraw": a demand made of an actor.
  {
    id: 'statement-called-on',
    type: 'STATEMENT',
    word: /^(called|calls|calling)$/,
    needsAfter: /^(on|upon)$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectAdjacent: true,
    confidence: 0.7,
  },
  // "protested to China over the renaming", "lashed out at Israel", "firmly opposed the US move".
  {
    id: 'criticism-lashed-out-at',
    type: 'CRITICISM',
    word: /^(lashed|lashes|lash|lashing)$/,
    needsAfter: /^at$/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
  },
  {
    id: 'criticism-protested-to',
    type: 'CRITICISM',
    word: /^(protested|protests|protest|protesting)$/,
    needsAfter: /^(to|with|against)$/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
  },
  {
    id: 'criticism-opposed-verb',
    type: 'CRITICISM',
    word: /^(opposed|opposes|oppose)$/,
    notPrecededBy: /^(is|are|was|were|be|been|being)$/,
    notFollowedBy: /^to$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.7,
  },
  {
    id: 'criticism-criticised-verb',
    type: 'CRITICISM',
    word: /^(critici[sz]|condemn|denounc|slam|blast|rebuk|lambast|accus|blam|censur|decr|chastis|berat|castigat)/,
    pos: 'verb',
    objects: true,
    confidence: 0.85,
  },
  // "Washington has expressed concern over China's use of water cannons": concern voiced about an actor's conduct.
  {
    id: 'criticism-expressed-concern',
    type: 'CRITICISM',
    word: /^(concern|concerns|alarm|dismay|outrage|displeasure|disapproval|indignation)$/,
    needsBefore: /^(expressed|expresses|express|voiced|voices|voice|raised|raises|conveyed)$/,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.7,
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
  },
  {
    id: 'threat-threatened-verb',
    type: 'THREAT',
    word: /^(threaten|warned|warns|ultimatum)/,
    pos: 'verb',
    objects: true,
    confidence: 0.75,
  },
  // "vowed to retaliate against Finland": a vow of force is a threat (the force itself has not happened).
  {
    id: 'threat-vowed-force',
    type: 'THREAT',
    word: /^(vowed|vows|vow|pledged|pledges|promised|promises)$/,
    needsAfter: /^(retaliat|respond|punish|aveng|revenge|strike|hit)/,
    within: 2,
    pos: 'verb',
    objects: true,
    confidence: 0.7,
  },
  {
    id: 'sanction-sanction-word',
    type: 'SANCTION',
    word: /^sanction/,
    pos: 'noun',
    objects: true,
    objectWithin: 12,
    confidence: 0.8,
  },
  // "severed diplomatic, trade and travel ties with Qatar": cutting ties with a state sanctions it.
  {
    id: 'sanction-severed-ties',
    type: 'SANCTION',
    word: /^(severed|severs|sever|severing|cut|cuts|cutting|suspended|suspends|downgraded|downgrades)$/,
    needsAfter: words(TIES),
    within: 6,
    pos: 'verb',
    objects: true,
    confidence: 0.8,
  },
  // "expelled five Russian diplomats", "recalled its ambassador to France", "the expulsion of Russian diplomats": a
  // state that reduces diplomatic relations sanctions the other (CAMEO 161, as severed ties).
  {
    id: 'sanction-expelled-diplomats',
    type: 'SANCTION',
    word: /^(expelled|expels|expel|expelling)$/,
    needsAfter: DIPLOMAT,
    within: 5,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
  },
  // ("recalled that Russia had expelled diplomats" remembers: the envoy follows "recalled" closely.)
  {
    id: 'sanction-recalled-envoy',
    type: 'SANCTION',
    word: /^(recalled|recalls|recall|recalling)$/,
    needsAfter: DIPLOMAT,
    within: 3,
    pos: 'verb',
    objects: true,
    objectWithin: 8,
    confidence: 0.75,
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
  },
  // "imposed a series of economic and diplomatic measures against Mali", "slapped an embargo on": measures are sanctions.
  {
    id: 'sanction-imposed-measures',
    type: 'SANCTION',
    word: /^(imposed|imposes|impose|imposing|slapped|slaps|levied|levies)$/,
    needsAfter: /^(measures|embargo|embargoes|restrictions|penalties|tariffs|blockade)$/,
    within: 7,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    confidence: 0.75,
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
  },
  {
    id: 'conflict-launched-weapons',
    type: 'CONFLICT',
    word: /^(launched|launches|launch|fired|fires|fire)$/,
    needsAfter:
      /^(missiles?|rockets?|drones?|shells?|projectiles?|barrage|salvo|salvoes|salvos|cannon|cannons|shots|flares)$/,
    within: 6,
    pos: 'verb',
    objects: true,
    objectWithin: 12,
    confidence: 0.75,
  },
  {
    id: 'conflict-force-noun',
    type: 'CONFLICT',
    word: /^(war|wars|invasion|invaded|invade|invades|attack|attacked|attacks|airstrikes?|strikes|bombed|bombing|shelling|shelled|clashes|clashed|fighting|offensive|incursion|conflict|aggression|hostilities|skirmish|skirmishes|standoff)$/,
    notPrecededBy: /^of$/,
    pos: 'noun',
    objects: true,
    confidence: 0.8,
  },
  {
    id: 'agreement-signed-deal',
    type: 'AGREEMENT',
    word: /^(signed|signs|sign|signing|reached|concluded|struck|clinched|sealed|inked|announced|announces)$/,
    needsAfter: DEAL,
    within: 8,
    pos: 'verb',
    objects: false,
    confidence: 0.85,
    implies: { type: 'ALLIANCE', when: /^(defen[cs]e|security|military|alliance|strategic|mutual)$/ },
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
  },
  // "The agreement was signed by Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif": the signers after "by".
  {
    id: 'agreement-signed-by-passive',
    type: 'AGREEMENT',
    word: /^(signed|inked|initialed|initialled|sealed)$/,
    needsBefore: /^(was|were|been|is|are|being)$/,
    needsAfter: /^by$/,
    within: 1,
    pos: 'verb',
    objects: true,
    objectWithin: 4,
    confidence: 0.8,
  },
  {
    id: 'agreement-agreed-verb',
    type: 'AGREEMENT',
    word: /^(agreed|agree|agrees)$/,
    notFollowedBy: /^that$/,
    pos: 'verb',
    objects: false,
    confidence: 0.8,
  },
  {
    id: 'cooperation-cooperate-word',
    type: 'COOPERATION',
    word: /^(cooperat|co-operat|collaborat)/,
    pos: 'noun',
    objects: false,
    confidence: 0.7,
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
  },
  {
    id: 'cooperation-partnered-with',
    type: 'COOPERATION',
    word: /^(partnered|partnering)$/,
    needsAfter: /^with$/,
    within: 1,
    pos: 'verb',
    objects: false,
    confidence: 0.65,
  },
  {
    id: 'cooperation-joint-drills',
    type: 'COOPERATION',
    word: /^(drills|exercises|patrols|manoeuvres|maneuvers)$/,
    needsBefore: /^joint$/,
    pos: 'noun',
    objects: false,
    confidence: 0.75,
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
  },
  {
    id: 'supply-supplied-goods',
    type: 'SUPPLY',
    word: /^(supplied|supplies|supply|supplying|delivered|delivers|shipped|sold|provided|provides|providing|sent)$/,
    needsAfter:
      /^(weapons|arms|drones|missiles|ammunition|munitions|tanks|jets|aircraft|oil|gas|aid|troops|equipment|shells)$/,
    within: 10,
    pos: 'verb',
    objects: true,
    objectWithin: 14,
    confidence: 0.75,
  },
];

/**
 * Words that, shortly before a trigger, make it not an asserted event: modality
 * and intent ("could meet", "plans to visit", "potential mediation", "interest in
 * Moscow facilitating talks") and negation ("rejecting talks", "did not meet").
 */
export const NOT_ASSERTED =
  /^(will|would|could|may|might|should|shall|can|'ll|going|plan|plans|planned|planning|intend|intends|intended|expect|expects|expected|hope|hopes|hoped|prepare|prepares|preparing|prepared|seek|seeks|sought|aim|aims|want|wants|wanted|wish|propose|proposed|proposes|proposal|potential|possible|possibly|ready|willing|effort|efforts|interest|exploring|explore|explored|consider|considering|considered|vow|vows|vowed|vowing|pledge|pledged|pledging|promise|promised|promising|offer|offered|offering|invite|invited|if|unless|whether|prospect|prospects|upcoming|future|not|never|no|neither|nor|without|reject|rejected|rejecting|rejects|refuse|refused|refusing|refuses|decline|declined|declining|deny|denied|denies|cancel|cancelled|canceled|postpone|postponed|n't|won't|didn't|doesn't|don't|wouldn't|couldn't|hasn't|haven't|isn't|wasn't)$/;

/** Reporting hedges: the event is asserted, but on someone else's word. */
export const REPORTED = /^(reportedly|allegedly|purportedly|sources|according|claimed|claims|rumou?red|unconfirmed)$/;
