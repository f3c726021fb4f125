import { GRATITUDE_VERBS } from './reporting';

/**
 * The words of public statements one actor makes to or about another: support and solidarity voiced for it, a move of
 * its welcomed, a request or demand put to it. Gathered from wire reports of foreign ministries and leaders (2010-2025):
 * "expressed solidarity with Ukraine", "reaffirmed its support for", "welcomed Iran's willingness to resume talks",
 * "appealed to India and Pakistan to exercise restraint", "demanded that Kyiv withdraw", "called for better relations
 * with Algeria". The rules that read them are in 6-events/triggers.ts (the `statement-` ids).
 */

/** Verbs that voice a stance as a statement: "expressed support", "reaffirmed its solidarity", "conveyed backing". */
export const VOICING_VERBS: readonly string[] = [
  'expressed',
  'expresses',
  'expressing',
  'voiced',
  'voices',
  'voicing',
  'reaffirmed',
  'reaffirms',
  'reaffirming',
  'reiterated',
  'reiterates',
  'reiterating',
  'renewed',
  'renews',
  'conveyed',
  'conveys',
  'declared',
  'declares',
  'affirmed',
  'affirms',
  'underlined',
  'stressed',
];

/** A stance voiced for an actor: "support for Ukraine", "solidarity with the Palestinian people". */
export const STANCES: readonly string[] = ['support', 'solidarity', 'backing'];

/**
 * What stands with an actor without a verb of voicing: "stand in solidarity with", "a show of solidarity with", "a
 * message of support for".
 */
export const STANCE_LEAD_INS: readonly string[] = ['in', 'show', 'message', 'messages', 'gesture', 'expression'];

/**
 * Verbs of approval of another's move: "welcomed Iran's willingness", "hailed Armenia's commitment" (the verbs of praise
 * are reporting.ts's, spelled once there). Not thanks: "thanked Sisi for Egypt's efforts to reach a deal" credits a
 * mediator, which a readout's reader takes as the mediation, not as a statement to it.
 */
export const APPROVAL_VERBS: readonly string[] = [
  'welcomed',
  'welcomes',
  'welcoming',
  ...GRATITUDE_VERBS.filter((w) => !/^(?:thank|appreciat)/.test(w)),
];

/**
 * The moves of an actor another approves of ("welcomed Egypt's willingness to advance a deal", "welcomed the decision
 * by Israel"): a stance or an act, never a person ("welcomed Zelensky to Paris" receives a visitor).
 */
export const MOVES: readonly string[] = [
  'decision',
  'decisions',
  'willingness',
  'readiness',
  'move',
  'moves',
  'announcement',
  'statement',
  'statements',
  'commitment',
  'offer',
  'proposal',
  'initiative',
  'efforts',
  'effort',
  'step',
  'steps',
  'release',
  'participation',
  'role',
  'progress',
  'stance',
  'position',
  'response',
  'pledge',
  'acceptance',
];

/**
 * Verbs of asking an actor to act, which take it as object before a "to": "asked Iran to join", "appealed to India
 * and Pakistan to exercise restraint", "pressed Pakistan to act". ("urged" is statement-told-verb's; no participles:
 * "called Phumtham and Manet, urging both leaders to agree" leaves its speaker to a clause the rule does not read.)
 */
export const REQUEST_VERBS: readonly string[] = [
  'urges',
  'urge',
  'asked',
  'asks',
  'pressed',
  'presses',
  'pushed',
  'implored',
  'exhorted',
  'encouraged',
  'encourages',
  'appealed',
  'appeals',
  'requested',
];

/**
 * Participles that make a hyphenated modifier of the actor before them: "the Qatar-funded broadcaster", "a US-backed
 * force" (what is asked of that noun is not asked of the actor).
 */
export const MODIFIER_PARTICIPLES: readonly string[] = [
  'funded',
  'backed',
  'led',
  'based',
  'owned',
  'run',
  'controlled',
  'affiliated',
  'linked',
  'sponsored',
  'aligned',
  'allied',
];

/** A demand of an actor, as a verb or a noun before "that": "demanded that Kyiv withdraw", "his demand that Ukraine". */
export const DEMANDS: readonly string[] = ['demanded', 'demands', 'demand', 'demanding'];

/** Abstaining in a vote: "abstained on a resolution condemning Russia" condemns no one (agent.ts, abstainedText). */
export const ABSTAINING: readonly string[] = ['abstain', 'abstains', 'abstained', 'abstaining'];

/** Vetoing a text or a measure: a vote cast (VOTING) that also stops it (lexicon/modality.ts BLOCKING). */
export const VETOING: readonly string[] = ['veto', 'vetoes', 'vetoed', 'vetoing'];

/**
 * Casting a vote in a body: "abstained in the vote", "voted against the resolution", "vetoed the draft". Members who
 * vote at a session act in the body; they do not meet one another (UN Security Council and IAEA board reports).
 */
export const VOTING: readonly string[] = ['vote', 'votes', 'voted', 'voting', ...ABSTAINING, ...VETOING];

/**
 * The texts a body votes on or agrees, which say what they say themselves: "a resolution condemning Russia", "a draft
 * resolution that condemned the annexation", "a vote condemning Israel's settlements", "an EU statement criticising
 * China".
 */
export const VOTED_TEXTS: readonly string[] = [
  'resolution',
  'resolutions',
  'draft',
  'motion',
  'text',
  'vote',
  'statement',
  'declaration',
];
