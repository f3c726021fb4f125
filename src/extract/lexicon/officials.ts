/**
 * Envoys, diplomats, officials, spokespeople and ministries: the people and offices that act for a state or an
 * organisation. One home for every list of them in the extractor; stages turn a list into a matcher with `words()`
 * (./words.ts), combining lists where a rule needs several ("Russian officials", "Israeli warplanes": see also
 * ./military.ts for those who act for a state by force).
 */
import { ARMED_PEOPLE, ARMED_SERVICES, WAR_MACHINES } from './military';
import { words } from './words';

/**
 * Envoys by title, singular and plural: "the US envoy", "recalled its ambassadors".
 * Part of DIPLOMATS and POSTED_TITLES.
 */
export const ENVOYS: readonly string[] = ['ambassador', 'ambassadors', 'envoy', 'envoys'];

/** A state's summons of a foreign envoy: "summoned the Russian ambassador", "called in the Chinese envoy". */
export const SUMMONING: readonly string[] = [
  'summoned',
  'summons',
  'summon',
  'summoning',
  'called',
  'calls',
  'calling',
];

/**
 * Diplomats a state expels or calls home: its envoys and their staff. "expelled five Russian diplomats",
 * "recalled its ambassador to France", "the expulsion of two consuls".
 */
export const DIPLOMATS: readonly string[] = [
  ...ENVOYS,
  'diplomat',
  'diplomats',
  'consul',
  'consuls',
  'attache',
  'attaches',
  'attaché',
  'attachés',
];

/**
 * Heads of a title that may name where the office is, after "to" or "for": "US Ambassador to Malaysia Edgard
 * Kagan", "Special Envoy for Africa", "Senior Advisor for Africa".
 */
export const POSTED_TITLES: readonly string[] = [
  ...ENVOYS,
  'representative',
  'representatives',
  'advisor',
  'adviser',
  'coordinator',
];
export const POSTED_TITLE = words(POSTED_TITLES);

/** Those who speak for an actor: "a Kremlin spokesman said", "the ministry's spokeswoman". */
export const SPOKESPEOPLE: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson'];
export const SPOKESPERSON = words(SPOKESPEOPLE);

/**
 * What governs a state, named after its leader or its state: "Trump’s administration", "the Biden Administration",
 * "the Israeli government".
 */
export const GOVERNMENTS: readonly string[] = ['administration', 'government'];
export const GOVERNMENT = words(GOVERNMENTS);

/**
 * A state's embassies, which speak for it: "the US embassy criticised", "China's embassy in London said". Part of
 * RULING_BODIES.
 */
export const EMBASSIES: readonly string[] = ['embassy', 'embassies'];

/**
 * A state's ministries, which speak for it when named by the state alone: "the Indian Ministry of External Affairs
 * condemned", "the Chinese ministry said". Part of RULING_BODIES.
 */
export const MINISTRIES: readonly string[] = ['ministry'];

/**
 * A state's civil organs, which act as the state after its possessive: "Iran’s government", "Syria’s authorities",
 * "China's embassy".
 */
export const RULING_BODIES: readonly string[] = ['government', 'regime', 'authorities', ...EMBASSIES, ...MINISTRIES];

/**
 * Nouns for the people who act for a state or party, after its name or adjective: "Russian officials",
 * "US administration", "the Ukrainian side", "Taliban delegation", "Democratic lawmakers". With the armed groups
 * of ./military.ts they make a mention of the state or party itself.
 */
export const OFFICIAL_GROUPS: readonly string[] = [
  ...RULING_BODIES,
  'officials',
  'official',
  'leaders',
  'leadership',
  'administration',
  'diplomats',
  'delegation',
  'delegations',
  'counterparts',
  'counterpart',
  'negotiators',
  'lawmakers',
  'senators',
  'ministers',
  'side',
  'envoys',
  'group',
  'movement',
];

/**
 * Nouns after a state's or party's name or adjective that make one mention of it, those who act for it in office or
 * by force: "Russian officials", "Israeli warplanes", "Houthi fighters".
 */
export const GROUP_NOUN = words(OFFICIAL_GROUPS, ARMED_PEOPLE, WAR_MACHINES);

/**
 * A state's councils named in two words, which act for it after its name, possessive or adjective: "Russia's Security
 * Council said", "the Israeli security cabinet approved", "the Security Council of Russia", "Pakistan's Foreign Office". (Looked up whole, as
 * phrases; "the Security Council" alone, or "the UN Security Council", is the United Nations'.)
 */
export const TWO_WORD_ORGANS: ReadonlySet<string> = new Set(['security council', 'security cabinet', 'foreign office']);

/**
 * Last words of a state agency's capitalised name after the state's possessive, which then acts as the state:
 * "Lithuania's State Border Guard Service rejected", "Jordan's Foreign Affairs Ministry condemned", "Ukraine's Security
 * Service accused" (AP 2021, The Hill 2023, Reuters 2022). Parties, courts and banks are no voice of the state.
 */
export const AGENCY_NAME_END = words(['ministry', 'service', 'guard', 'office', 'agency', 'committee', 'command']);

/** A state's own organs, which act as the state after its possessive: "Russia’s military", "Iran’s government". */
export const STATE_ORGAN = words(ARMED_SERVICES, RULING_BODIES);

/**
 * What a minister or a ministry is in charge of: "Foreign Minister", "the defence ministry", "Interior Minister".
 * Part of the title modifiers (./titles.ts) and of MINISTRY_PORTFOLIOS.
 */
export const PORTFOLIOS: readonly string[] = [
  'foreign',
  'defense',
  'defence',
  'finance',
  'interior',
  'economy',
  'trade',
  'justice',
];

/**
 * Portfolios that name a ministry acting for its state: "the Brazilian foreign ministry", "Iran's information
 * ministry". ("information" names a ministry here but is not a title modifier.)
 */
export const MINISTRY_PORTFOLIOS: readonly string[] = [...PORTFOLIOS, 'information', 'commerce'];
export const MINISTRY_PORTFOLIO = words(MINISTRY_PORTFOLIOS);

/**
 * A ministry and those who work for it, after its portfolio: "the Chinese foreign ministry", "US defence officials",
 * "the Japanese and South Korean foreign ministers".
 */
export const MINISTRY_STAFF = words(['ministry', 'ministries', 'ministers', 'officials']);

/**
 * People sent to talk for a state, whose talks are meetings: "US officials followed up with Russian counterparts at
 * talks", "the two delegations held talks". (For events/adjustments.ts, which spells this list as TALKING_TEAMS.)
 */
export const TALKING_TEAMS: readonly string[] = [
  'officials',
  'counterparts',
  'diplomats',
  'envoys',
  'ministers',
  'leaders',
  'delegation',
  'delegations',
  'team',
  'teams',
  'negotiators',
  'representatives',
];
export const TALKING_TEAM = words(TALKING_TEAMS);

/**
 * Nouns of those who act for the states named after their "of": "the leaders of Mali, Burkina Faso and Niger", "the
 * governments of India and Pakistan", "the spokesman of the ministry". (For events/clause.ts, which spells this list
 * as ACTING_FOR.)
 */
export const ACTING_FOR_NOUNS: readonly string[] = [
  ...SPOKESPEOPLE,
  'leaders',
  'leader',
  'governments',
  'government',
  'presidents',
  'president',
  'officials',
  'delegations',
  'delegation',
  // ("Negotiators from the Colombian government and the ELN opened peace talks": Xinhua 2022.)
  'negotiators',
  'delegates',
  'heads',
  'head',
  'representatives',
  'ministers',
  'militaries',
  'military',
  'administration',
  'administrations',
  'cabinet',
  'ministry',
  'forces',
  'troops',
  'army',
  // ("units of the Azerbaijani armed forces opened fire on Armenian positions": Al Mayadeen 2023.)
  'units',
  'unit',
  'soldiers',
];
export const ACTING_FOR = words(ACTING_FOR_NOUNS);

/**
 * People of a state who are no organ of it, and those on its side: "citizens of France", "Ukraine's allies". A list of
 * them is no list of parties ("the strike killed nationals of Britain and Canada"), and they are no deed ("Ukraine's
 * allies were condemned").
 */
export const PEOPLE_NOUNS: readonly string[] = [
  'citizens',
  'citizen',
  'nationals',
  'national',
  'civilians',
  'people',
  'residents',
  'population',
  'refugees',
  'migrants',
  'workers',
  'tourists',
  'hostages',
  'victims',
  'allies',
  'ally',
  'partners',
  'neighbours',
  'neighbors',
];
export const PEOPLE_NOUN = words(PEOPLE_NOUNS);

/**
 * Groups of a nation's people who act on their own, not for its state: "sanctions on extremist Israeli settlers",
 * "sanctioning two Mexican drug cartels", "one of Ecuador's most violent gangs" (Ynet, Al Jazeera, OFAC notices,
 * 2024-2025). A measure on them is no measure on the state whose adjective or possessive names them
 * (6-events/participants.ts isStateOfOwnCauseGroup).
 */
export const OWN_CAUSE_GROUPS = words(['settlers', 'settler', 'cartels', 'cartel', 'gangs', 'gang']);

/**
 * A person's kin and close circle, and others named by their tie to the person: "Putin's closest allies",
 * "Lukashenko's son", "Maduro's wife", "Lula's rival, former president Jair Bolsonaro", "Trump's predecessor". What is
 * done to them is not done to the one whose kin, circle, rival or forerunner they are.
 */
export const KIN_AND_CIRCLE = words([
  'allies',
  'ally',
  'associates',
  'associate',
  'cronies',
  'crony',
  'family',
  'relatives',
  'relative',
  'son',
  'sons',
  'daughter',
  'daughters',
  'son-in-law',
  'daughter-in-law',
  'wife',
  'husband',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'cousin',
  'cousins',
  'children',
  'friends',
  'friend',
  'rival',
  'rivals',
  'opponent',
  'opponents',
  'critic',
  'critics',
  'predecessor',
  'successor',
]);

/**
 * Present-tense verbs of holding a standing role at talks: "who heads Qatar's team in the talks with Hamas", "leads the
 * US delegation to the negotiations" (a role held, not a dated meeting).
 */
export const HOLDS_ROLE = words(['heads', 'leads', 'chairs', 'coordinates']);
