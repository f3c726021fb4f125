/**
 * Troops, warplanes, soldiers and the services they belong to: those who act for a state (or an armed group) by
 * force. "Israeli warplanes launched strikes", "Russia’s military", "Thai and Cambodian troops exchanged fire".
 * Stages turn a list into a matcher with `words()` (./words.ts). People who act for a state in office are in
 * ./officials.ts.
 */
import { TRADING_VERBS } from './insults';
import { ITEM_EPITHETS } from './reference';
import { words } from './words';

/** A state's armed services, which act as the state after its possessive: "Russia’s military", "Israel’s army". */
export const ARMED_SERVICES: readonly string[] = [
  'military',
  'army',
  'navy',
  'forces',
  'troops',
  // Two states' navies in one plural: "The Russian and Chinese navies conducted joint patrols" (AP 2023), "The US and
  // Japanese navies held joint exercises", "The Indian and French Navies are conducting joint exercise Varuna" (IANS).
  'navies',
];
/** A token norm that names a state's armed service ("navy", "navies"). */
export const ARMED_SERVICE = words(ARMED_SERVICES);

/**
 * The armed people of a state or group: its services and those who fight in them. "Indian and Chinese troops",
 * "Houthi fighters", "Israeli soldiers", "M23 rebels".
 */
export const ARMED_PEOPLE: readonly string[] = [...ARMED_SERVICES, 'militia', 'rebels', 'fighters', 'soldiers'];

/** A token norm of armed people (ARMED_PEOPLE): "soldiers", "troops", "fighters". */
export const ARMED_PERSON = words(ARMED_PEOPLE);

/**
 * Verbs of sending people somewhere: "sent thousands of soldiers to help Congo fight the M23", "deployed troops to help
 * Mozambique fight the Islamic State" (6-events/clause.ts, isTroopsSentBefore).
 */
export const DEPLOYING = words([
  'send',
  'sends',
  'sent',
  'sending',
  'deploy',
  'deploys',
  'deployed',
  'deploying',
  'dispatch',
  'dispatches',
  'dispatched',
  'dispatching',
]);

/**
 * Those whose "from" names the group they fight for, no place they came from: "killed eight militants from the PKK",
 * "fighters from Hezbollah" (Reuters 2018; 6-events/participants.ts, isLaunchSite).
 */
export const FIGHTERS_OF = words(ARMED_PEOPLE, ['militants', 'militant', 'commanders', 'operatives', 'gunmen']);

/**
 * What a state's forces act through: "Israeli warplanes launched strikes", "Chinese vessels", "Russian tanks". Not
 * weapons, which are sold and supplied.
 */
export const WAR_MACHINES: readonly string[] = [
  'warplanes',
  'jets',
  'aircraft',
  'warships',
  'vessels',
  'ships',
  // ("Chinese cutters rammed a Philippine vessel": a coast guard's ships, USNI 2024.)
  'cutters',
  'tanks',
  'artillery',
  // ("American helicopters sank three Houthi boats", "Russian bombers struck Aleppo".)
  'helicopters',
  'bombers',
  'destroyers',
  'submarines',
  'gunboats',
];

/**
 * A state's commanders named in two words, who act for it: "Indian and Chinese army commanders met at the border".
 * Part of TWO_WORD_FORCES.
 */
export const COMMANDERS: readonly string[] = ['army commanders', 'military commanders', 'border commanders'];

/**
 * A state's forces named in two words: "Pakistan’s Air Force", "the Chinese Coast Guard vessels". Phrases (two
 * words joined by one space), looked up whole, so a Set rather than `words()`.
 */
export const TWO_WORD_FORCES: ReadonlySet<string> = new Set([
  'air force',
  // ("The Egyptian and Sudanese air forces held a joint exercise": Anadolu 2021.)
  'air forces',
  'coast guard',
  'armed forces',
  'border guards',
  // ("Lithuanian border forces have accused Belarus": TRT/Reuters 2021.)
  'border forces',
  'border guard',
  'border police',
  'special forces',
  // "Russian air defences shot down a drone": the anti-aircraft forces of a state.
  'air defences',
  'air defenses',
  'air defence',
  'air defense',
  // (TPS, Reuters 2016-2024: "Israeli fighter jets struck Hezbollah rocket launchers", "Kenyan fighter jets bombarded".)
  'fighter jets',
  'fighter planes',
  'fighter aircraft',
  'war planes',
  'ground troops',
  'ground forces',
  ...COMMANDERS,
]);

/**
 * Force that two sides use on each other, so that the sides coordinated before it are both in it: "Indian and
 * Chinese troops clashed", "Thai and Cambodian clashes", "exchanged fire" (but "US and Israeli strikes hit Iran" are one side's).
 */
export const RECIPROCAL_FORCES: readonly string[] = [
  'clash',
  'clashes',
  'clashed',
  'skirmish',
  'skirmishes',
  'skirmished',
  // ("Indian and Pakistani forces traded fire": force triggered by what they exchanged.)
  ...TRADING_VERBS,
];
export const RECIPROCAL_FORCE = words(RECIPROCAL_FORCES);

/**
 * What force does to those it falls on, as their passive's participle: "soldiers were killed in the fighting",
 * "civilians were wounded during clashes" (they suffer it; they are no side of it).
 */
export const CASUALTY_PARTICIPLES: readonly string[] = ['killed', 'wounded', 'injured', 'hurt', 'displaced'];
export const CASUALTY = words(CASUALTY_PARTICIPLES);

/**
 * Words of a state's own forces after its name: "Israel Defense Forces", "Russian Armed Forces", "Myanmar Army";
 * a capitalised name of a state and only these words is no organisation of its own (but "Syrian Democratic
 * Forces" is).
 */
export const STATE_FORCE_WORDS: readonly string[] = [
  'armed',
  'forces',
  'army',
  'navy',
  'air',
  'force',
  'defense',
  'defence',
  'self-defense',
  'military',
  'national',
  'guard',
  'guards',
  'corps',
  'coalition',
  'union',
];
export const STATE_FORCE_WORD = words(STATE_FORCE_WORDS);

/**
 * What names a ship's kind before "ship": "the survey ship Xiang Yang Hong 10", "a research ship", "coast guard ships"
 * (the noun, not the verb of supply: "shipped arms to").
 */
export const VESSEL_KINDS: readonly string[] = [
  'survey',
  'research',
  'guard',
  'patrol',
  'cargo',
  'supply',
  'fishing',
  'naval',
  'navy',
  'war',
  'container',
  'merchant',
  'hospital',
  'militia',
];

/**
 * Words between a state's adjective or possessive and the armed group it locates, which the group's name ends: "the
 * Lebanese militia Hezbollah", "the Palestinian militant group Hamas", "Yemen's Shiite rebel Houthis", "Sudan's
 * paramilitary RSF" (6-events/index.ts, locatedGroup: the group acts, not the state). The epithets of an armed side
 * in a list (./reference.ts) are among them.
 */
export const GROUP_EPITHET = words(ITEM_EPITHETS, [
  'group',
  'militia',
  'movement',
  'faction',
  'armed',
  'shiite',
  'shia',
  'sunni',
  'islamist',
  'jihadist',
]);
