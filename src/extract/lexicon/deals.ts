import { words } from './words';

/**
 * What two sides sign, reach, strike or broker: the object of an agreement. "signed a mutual defence pact",
 * "the ceasefire was reached", "Qatar brokered a truce", "a memorandum of understanding (MoU)".
 * 6-events/triggers.ts reads it after a verb of agreeing and before "signed"; events and mentions read it to tell a deal
 * apart from an actor or a place ("the Abraham Accords").
 */
export const DEALS: readonly string[] = [
  'agreement',
  'agreements',
  'deal',
  'deals',
  'treaty',
  'treaties',
  'accord',
  'accords',
  'pact',
  'pacts',
  'memorandum',
  'memoranda',
  'memorandums',
  'mou',
  'mous',
  'ceasefire',
  'truce',
  'armistice',
  'declaration',
];

/** A token norm that names a deal ("pact", "truce"). */
export const DEAL = words(DEALS);

/**
 * Quarrels a go-between mediates between two sides, as it brokers a deal between them: "Kuwait is trying to mediate a
 * Gulf crisis between Qatar and its Arab neighbors" (AP 2017), "sent a delegation to mediate the border row between
 * Sudan and Ethiopia" (Sudan Tribune 2022). 6-events/participants.ts gives the mediation the quarrel's sides.
 */
export const DISPUTES: readonly string[] = [
  'crisis',
  'crises',
  'dispute',
  'disputes',
  'row',
  'rift',
  'feud',
  'quarrel',
  'standoff',
  'stand-off',
  'spat',
  'conflict',
  'differences',
  'tensions',
];
export const DISPUTE = words(DISPUTES);
/**
 * The part a go-between plays, right after the word of mediation: "Kuwait has been playing a mediating role between
 * Qatar and the Saudi-led boycotters" (2018), "Saudi Arabia had tried to play a mediation role between the two
 * countries" (Bladi 2021). The role's "between" names the mediation's sides.
 */
export const MEDIATING_ROLE = words(['role', 'roles']);

/**
 * Exchanges a go-between brokers between two sides, as it brokers a deal: "the UAE brokered a prisoner swap between
 * Russia and Ukraine", "mediated the release of ten prisoners within a wider swap of captives between Moscow and Kyiv"
 * (Arab News 2022, Bloomberg and Reuters 2024). 6-events/participants.ts gives the mediation the exchange's sides.
 */
export const EXCHANGES: readonly string[] = ['swap', 'swaps', 'exchange', 'exchanges'];
export const EXCHANGE = words(EXCHANGES);
/** The verb's forms of such an exchange: "Russia and Ukraine swapped prisoners", "exchanged 75 prisoners of war". */
export const EXCHANGING_FORMS: readonly string[] = [...EXCHANGES, 'swapped', 'swapping', 'exchanged', 'exchanging'];
/**
 * Who such an exchange trades: "a swap of captives", "an exchange of prisoners" (not "of fire"), "swapped prisoners";
 * as a modifier, "a prisoner exchange".
 */
export const EXCHANGED: readonly string[] = [
  'prisoner',
  'pow',
  'prisoners',
  'captives',
  'detainees',
  'hostages',
  'pows',
  'bodies',
  'soldiers',
  'servicemen',
];
export const EXCHANGED_PEOPLE = words(EXCHANGED);

/**
 * The heads of a defence deal that binds its sides to work together, not to defend each other: "a defence cooperation
 * agreement", "a security arrangement", "a defense deal" (Indonesia and Australia, 2024: "This is not a military
 * alliance"). A treaty or a pact of defence still allies its sides.
 */
export const COOPERATION_DEAL_HEADS: readonly string[] = [
  'agreement',
  'agreements',
  'arrangement',
  'arrangements',
  'cooperation',
  'co-operation',
  'deal',
  'deals',
  'memorandum',
  'mou',
  'mous',
];

/**
 * What makes any defence deal an alliance: "a mutual defence agreement", "an alliance agreement", "a strategic
 * partnership agreement" (the labelled sets read a strategic partnership as an alliance).
 */
export const ALLIANCE_DEAL_WORDS: readonly string[] = ['mutual', 'alliance', 'partnership'];

/** The verb "sign" in its forms: "signed a pact", "will sign", "the signing of". */
export const SIGN_FORMS: readonly string[] = ['signed', 'signs', 'sign', 'signing'];

/** The other verbs of signing, in the past as news uses them: "inked a deal", "initialled the text". */
export const INKED: readonly string[] = ['inked', 'initialed', 'initialled'];

/** Verbs of putting one's name to a deal: "signed", "inked", "initialled". */
export const SIGNING_VERBS: readonly string[] = [...SIGN_FORMS, ...INKED];
/** A verb of putting a name to a text: who does it together is in one room (6-events/index.ts). */
export const SIGNING = words(SIGNING_VERBS);

/**
 * The words of breaking a rule: "in violation of", "in breach of", "defying", "flouting". With NORMS after them they
 * name whose rule was broken, no side of the act: "fired a missile in violation of UN Security Council resolutions".
 */
export const BREACH = words([
  'violation',
  'violations',
  'violating',
  'violated',
  'breach',
  'breaching',
  'breached',
  'defiance',
  'defying',
  'defied',
  'contravention',
  'contravening',
  'flouting',
  'flouted',
]);

/** The rules an actor lays down or keeps, named after it: "UN Security Council resolutions", "the UN Charter". */
export const NORMS = words(DEALS, [
  'resolution',
  'resolutions',
  'charter',
  'sanctions',
  'embargo',
  'convention',
  'conventions',
  'law',
  'laws',
  'rules',
  'norms',
  'mandate',
  'regulations',
]);
