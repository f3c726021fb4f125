import { CALL_FORMS } from './occasions';
import { stems, words } from './words';

/**
 * Names for a leader or a state that are an insult: calling an actor one of these criticises it.
 * "described Xi as a dictator", "called Putin a war criminal", "branded him a liar", "he still thinks Xi is a
 * dictator", "called Israel's war with Hamas “genocide”".
 */
export const PEJORATIVES: readonly string[] = [
  'dictator',
  'dictators',
  'tyrant',
  'tyrants',
  'despot',
  'despots',
  'autocrat',
  'autocrats',
  'thug',
  'thugs',
  'criminal',
  'criminals',
  'murderer',
  'murderers',
  'butcher',
  'butchers',
  'liar',
  'liars',
  'aggressor',
  'aggressors',
  'bully',
  'bullies',
  'killer',
  'killers',
  'warmonger',
  'warmongers',
  'clown',
  'clowns',
  'genocide',
  'genocidal',
  // (Latin American leaders' taunts, 2005-2024: "a lap dog of US imperialism", "a puppet", "a pariah state".)
  'lapdog',
  'lapdogs',
  'puppet',
  'puppets',
  'stooge',
  'stooges',
  'pariah',
  'madman',
  'imbecile',
  // (Campaign and summit taunts, 2016-2024: Milei on Lula, Duterte on Obama, Erdogan on Netanyahu.)
  'corrupt',
  'traitor',
  'traitors',
  'thief',
  'thieves',
  'crook',
  'crooks',
  'racist',
  'racists',
  'hypocrite',
  'hypocrites',
  // (Name-calling between leaders, 2016-2024: Trump on Trudeau "weak" and "dishonest", Milei on Lula an "idiot
  // dinosaur", Duterte on Obama a "fool".)
  'dishonest',
  'idiot',
  'idiots',
  'idiotic',
  'stupid',
  'moron',
  'morons',
  'fool',
  'fools',
  'lunatic',
  'incompetent',
  'coward',
  'cowards',
  'fascist',
  'fascists',
];

/** A token norm that is an insult ("dictator", "warmongers"). */
export const PEJORATIVE = words(PEJORATIVES);

/**
 * Words that condemn an actor's act when a government names it so: "called the US tariffs absolutely unacceptable",
 * "branded the incursion a terrorist attack", "described the sanctions as blackmail", "termed the move bullying"
 * (China's, Canada's, Russia's answers to others' measures, 2018-2025). Read only after a naming verb (NAMING_VERBS),
 * never alone: "the situation is unacceptable" judges no one.
 */
export const DENUNCIATIONS: readonly string[] = [
  'unacceptable',
  'outrageous',
  'irresponsible',
  'provocative',
  'provocation',
  'blackmail',
  'bullying',
  'hypocritical',
  'illegal',
  'illegitimate',
  'unlawful',
  'reckless',
  'barbaric',
  'shameful',
  'disgraceful',
  'despicable',
  'heinous',
  'cowardly',
  'terrorist',
  'terrorism',
  'slander',
  // (Russia on US sanctions, 2025; Seoul on Beijing's remarks, 2023.)
  'counterproductive',
  'unjustified',
  'unjust',
  'rude',
  'hostile',
  'destabilising',
  'destabilizing',
  // (China on Takaichi's remarks, Asahi 2025: "erroneous and dangerous".)
  'erroneous',
  // (India's MEA on the US State Department's remarks, 2024: "unwarranted".)
  'unwarranted',
  'unconstitutional',
  // ("called the agreement null and void", Somalia's cabinet on the Somaliland pact, 2024.)
  'void',
  // ("said Tulsi Gabbard was wrong" about Iran, Trump 2025; Netanyahu on Biden, 2024: "the US president was wrong".)
  'wrong',
];

/**
 * Nouns that label another's act a wrong, read only after a verb of naming ("described the pact as a clear violation")
 * or in "X was a violation of" (criticism-said-a-violation), never alone: "Russian aggression against Ukraine" in a
 * narrative sentence judges nobody the writer quotes. Russia at the UN on the 2017 US strike on Syria ("a flagrant
 * violation of international law and an act of aggression"); Somalia on Ethiopia's Somaliland pact, 2024 ("a clear
 * violation"); Zimbabwe's and Malawi's opposition on election results, 2019-2023 ("a sham", "daylight robbery"); India
 * on a European Parliament resolution, 2023, and Pakistan's security committee, 2022 ("interference in its internal
 * affairs"); China on US arms sales to Taiwan, 2018 ("a serious breach of international law").
 */
export const DENOUNCED_LABELS: readonly string[] = [
  'violation',
  'violations',
  'breach',
  'aggression',
  'sham',
  'farce',
  'travesty',
  'robbery',
  'interference',
  'meddling',
  'affront',
];

/**
 * The infamies a leader or a war is compared with, which condemns it: "likened Putin to Hitler", "compared Israel's war
 * in Gaza to the Holocaust" (Lula, 2024), "equated the blockade with Nazi methods".
 */
export const INFAMIES: readonly string[] = [
  'hitler',
  'nazi',
  'nazis',
  'holocaust',
  'fascist',
  'fascists',
  'fascism',
  'apartheid',
  'isis',
  'stalin',
  'mussolini',
];

/**
 * What a government calls another's claims when it rejects them: "rejected India's remarks as baseless", "dismissed the
 * US report as groundless", "refuted the accusations as fabrications".
 */
export const DISMISSALS: readonly string[] = [
  'baseless',
  'groundless',
  'unfounded',
  'absurd',
  'false',
  'fabricated',
  'fabrication',
  'fabrications',
  'lies',
  'nonsense',
  'ridiculous',
  'slanderous',
  'propaganda',
];

/**
 * What an actor asserts, whose rejection criticises it: "rejected the Belarusian claim", "dismissed Russia's
 * allegations", "rejected the accusations by Moncada" (AP 2021, Reuters 2020, EFE 2017). Read only right after a
 * rejecting verb (REJECTING_VERBS), with the actor before the noun or after its "by" or "of".
 */
export const ASSERTIONS: readonly string[] = [
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'charge',
  'charges',
  'remarks',
  'comments',
  'statement',
  'statements',
  'assertion',
  'assertions',
  'report',
  'reports',
];

/**
 * A state's own decisions and measures, whose author a rejecting verb criticises: "Pakistan vehemently rejects the Indian
 * announcement" (Pakistan 2025), "rejected the US sanctions" (Pakistan 2024), "rejected Israel's decision" (Jordan 2024).
 * Read only right after a rejecting verb (REJECTING_VERBS), with the actor just before the noun; not a proposal, offer
 * or invitation, which are answered in negotiation, not condemned.
 */
export const REJECTED_DECISIONS: readonly string[] = [
  'announcement',
  'announcements',
  'decision',
  'decisions',
  'move',
  'moves',
  'sanctions',
  'measures',
];

/**
 * Nouns that take up another's decision in a later sentence without repeating its word: "the junta decided to put
 * Bazoum on trial. ECOWAS described the development as a provocation" (ECOWAS 2023), "Mali ordered the envoy out. Paris
 * called the move unacceptable". One of these stands for the earlier noun of a decision (DECIDED_DEEDS) or itself.
 */
export const ANAPHORIC_DEEDS: readonly string[] = [
  'move',
  'moves',
  'step',
  'development',
  'action',
  'measure',
  'measures',
];

/** The nouns of a decision an anaphoric deed noun takes up: "its decision to", "a plan to", "the announcement". */
export const DECIDED_DEEDS = words([...ANAPHORIC_DEEDS, 'decision', 'decisions', 'plan', 'plans', 'announcement']);

/** Verbs of deciding whose subject did what "the move" or "the decision" takes up: "Mali decided on Monday to expel". */
export const DECIDING_VERBS = words(['decided', 'decides', 'resolved']);

/**
 * Nouns of one act of force, any of which takes up another: "Israel's strike on Doha ... Qatar called the attack
 * cowardly" (AFP 2025), "Russian missiles struck Vinnytsia ... called the attack an act of terrorism" (AP 2022), "a
 * missile attack on Taganrog ... said the strike was directed against civilians" (CNN 2023).
 */
export const FORCE_DEEDS: readonly string[] = [
  'raid',
  'raids',
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'assault',
  'bombing',
  'bombings',
  'shelling',
];

/**
 * Acts a critic condemns by a definite noun whose doer the sentences before name: "Israel launched a raid on Jenin.
 * Egypt condemned the raid" (The Hill 2023), "Nigeria recalled its envoy. South Africa deplored the decision"
 * (AFP 2015). Force and measures, and the decisions and moves of a state.
 */
export const CENSURED_DEEDS = words([
  ...FORCE_DEEDS,
  'operation',
  'offensive',
  'incursion',
  'incursions',
  'invasion',
  'killing',
  'killings',
  'seizure',
  'sanctions',
  'decision',
  'move',
  'launch',
  'test',
  // (A deal signed with a third party, named so by its critic: "Ethiopia signed a pact with Somaliland. Mogadishu
  // described the pact as an act of aggression", AFP 2024.)
  'deal',
  'pact',
  'memorandum',
  ...ANAPHORIC_DEEDS,
]);

/**
 * Deeds a speaker says an actor "was behind" or "is responsible for", blaming it: "said Kiev is behind the attack"
 * (Xinhua 2023), "said the Israeli government is fully responsible for this crime" (Sputnik 2022). Acts of force and
 * harm only: "was behind the initiative", "is responsible for security" blame no one.
 */
export const BLAMED_DEEDS = words([
  ...FORCE_DEEDS,
  'crime',
  'crimes',
  'killing',
  'killings',
  'massacre',
  'explosion',
  'explosions',
  'blast',
  'blasts',
  'assassination',
  'sabotage',
  'deaths',
]);

/** What opens the definite noun phrase of a condemned act: "condemned the raid", "denounced these strikes". */
export const DEED_DETERMINERS = words(['the', 'this', 'that', 'these', 'those', 'such']);

/** Verbs of rejecting another's claims: "rejected the remarks as baseless", "dismissed", "refuted". */
export const REJECTING_VERBS: readonly string[] = [
  'rejected',
  'rejects',
  'rejecting',
  'dismissed',
  'dismisses',
  'dismissing',
  'refuted',
  'refutes',
  'refuting',
];

/**
 * Verbs that name an actor as something, an insult when what follows is one: "described Xi as a dictator", "branded
 * him a liar", "labelled the regime criminals", "called Putin a war criminal".
 */
export const NAMING_VERBS: readonly string[] = [
  'described',
  'describes',
  'describe',
  'describing',
  'branded',
  'brands',
  'brand',
  'branding',
  'labeled',
  'labelled',
  'labels',
  'label',
  'labeling',
  'labelling',
  'dubbed',
  'dubs',
  'termed',
  'terms',
  // (Verbs of judging as, which name only when what follows is an insult or a denunciation: "considered the detention
  // of the president an illegal act", ECOWAS 2023; "regarded the move as a provocation"; "deemed the vote a sham".)
  'considered',
  'considers',
  'regarded',
  'regards',
  'deemed',
  'deems',
  'characterised',
  'characterized',
  'characterises',
  'characterizes',
  ...CALL_FORMS,
];

/**
 * The stems of the verbs (and their nouns) of censure: saying an actor did wrong. "criticised China", "slammed
 * Pakistan", "deplored Israel’s decision", "reprimanded Japan", "the condemnation of Russia". Found in many news
 * reports of one government answering another.
 */
export const CENSURE_STEMS: readonly string[] = [
  'critici', // criticised, criticized, criticism
  'condemn',
  'denounc',
  'slam',
  'blast',
  'rebuk',
  'lambast',
  'accus',
  'blam',
  'censur',
  'decr',
  'chastis',
  'berat',
  'castigat',
  'deplor',
  'reprimand',
  'chid',
  'excoriat',
  'assailed', // (not "assailants")
  'assails',
  'admonish',
  'upbraid',
  'reproach',
  'scold',
  'vilif',
  'derid',
];
/** A token norm of censure ("condemned", "deplores", "reprimanding"). */
export const CENSURE = stems(CENSURE_STEMS);

/** A jab in words that one "takes at" another: "took a swipe at NATO", "took a dig at Trump", "took potshots at Beijing". */
export const JAB_WORDS: readonly string[] = ['swipe', 'swipes', 'dig', 'digs', 'jab', 'jabs', 'potshot', 'potshots'];

/**
 * The words after which "at" names the one words are aimed at, no place: "lashed out at Washington", "hit out at
 * Moscow", "took aim at Beijing", "took a swipe at Tehran", "took a dig at Beijing" (3-mentions.ts reads the capital
 * as its state; the criticism rules of triggers.ts read the verbs).
 */
export const VERBAL_AIM = words(['out', 'aim'], JAB_WORDS);

/**
 * What a court condemns someone to: "condemned a French national to death", "sentenced him to ten years in prison".
 * Censure words followed by "to" and one of these pass a sentence in court, not a judgement on another actor.
 */
export const PUNISHMENTS: readonly string[] = ['death', 'prison', 'jail', 'imprisonment', 'execution', 'hanging'];
export const PUNISHMENT = words(PUNISHMENTS);

/**
 * What a government expresses, voices or reiterates at another's conduct: "expressed concern over China's use of water
 * cannons", "strong dissatisfaction with Japan", "its firm opposition to the US move".
 */
export const DISPLEASURE: readonly string[] = [
  'concern',
  'concerns',
  'alarm',
  'dismay',
  'outrage',
  'displeasure',
  'disapproval',
  'indignation',
  'dissatisfaction',
  'anger',
  'disappointment',
  'frustration',
  'objection',
  'objections',
  'opposition',
];

/**
 * How a government says it feels at another's conduct, the adjectives of DISPLEASURE: "said Moscow was deeply
 * disappointed by US President Donald Trump's decision" (AFP 2018), "China says it is strongly dissatisfied with Hillary
 * Clinton's remarks" (VOA 2013), "is deeply surprised and dissatisfied with remarks made by the ROK side" (Xinhua 2024).
 */
export const DISPLEASED_FEELINGS: readonly string[] = [
  'disappointed',
  'dissatisfied',
  'displeased',
  'outraged',
  'appalled',
  'dismayed',
  'angered',
];
export const DISPLEASED = words(DISPLEASED_FEELINGS);

/**
 * What an actor does or says, which criticism may aim at instead of naming the actor: "firmly opposed the interference
 * of the US Embassy", "rejected the remarks of the Belarusian spokesperson", "denounced the actions of Israel".
 */
export const CONDUCT = words([
  'interference',
  'meddling',
  'actions',
  'action',
  'decision',
  'decisions',
  'move',
  'moves',
  'remarks',
  'comments',
  'statement',
  'statements',
  'accusations',
  'allegations',
  'claims',
  'policy',
  'policies',
  'behaviour',
  'behavior',
  'conduct',
  'provocation',
  'provocations',
  'attempts',
  'stance',
]);

/**
 * What one who is criticised, threatened or sanctioned does with it: "drew sharp criticism", "faces sanctions", "came
 * under criticism", "attracted condemnation". Who voices it follows "from", or is not named; the subject is its target.
 */
export const RECEIVING_WORDS: readonly string[] = [
  'drew',
  'draws',
  'draw',
  'drawing',
  'drawn',
  'faced',
  'faces',
  'face',
  'facing',
  'received',
  'receives',
  'receive',
  'receiving',
  'attracted',
  'attracts',
  'attract',
  'earned',
  'earns',
  'incurred',
  'under',
];

/** A word of RECEIVING_WORDS. */
export const RECEIVING = words(RECEIVING_WORDS);

/** Verbs of giving and taking in turn: "traded accusations", "exchanged barbs" (with RECRIMINATIONS, both ways). */
export const TRADING_VERBS: readonly string[] = [
  'traded',
  'trade',
  'trades',
  'trading',
  'exchanged',
  'exchange',
  'exchanges',
  'exchanging',
];

/** What two sides throw at each other in words: "traded accusations", "exchanged barbs", "traded blame". */
export const RECRIMINATIONS: readonly string[] = [
  'accusations',
  'allegations',
  'barbs',
  'insults',
  'blame',
  'recriminations',
  'jabs',
  'charges',
  'criticism',
  'counter-accusations',
];

/**
 * Acts done to the actor after their "of", which criticism of the act does not aim at: "condemned the arrest of
 * President Keita", "denounced the invasion of Ukraine", "condemned the assassination of Nasrallah" (the one who
 * arrested, invaded or killed is the target, when named: "by Russia").
 */
export const SUFFERED_DEED = words([
  'arrest',
  'arrests',
  'detention',
  'detentions',
  'imprisonment',
  'jailing',
  'abduction',
  'kidnapping',
  'killing',
  'killings',
  'murder',
  'assassination',
  'execution',
  'executions',
  'invasion',
  'occupation',
  'annexation',
  'bombing',
  'shelling',
  'blockade',
  'siege',
  'persecution',
  'ouster',
  'overthrow',
  'removal',
]);

/**
 * What a summoned envoy is made to hear, which makes the summons a protest against the envoy's state: "summoned the
 * Argentine ambassador in protest" (Bolivia, 2024), "summoned Chinese Ambassador Qin Gang to condemn escalating actions
 * against Taiwan" (the White House, 2022), "summoned the EU and British ambassadors to file solemn representations"
 * (China, 2021), "summoned Canadian ambassador Alison LeClaire and issued a demarche to her" (Russia, 2022), "summoned
 * Ambassador Xing Haiming ... and expressed regret over" (Seoul, 2023). The verbs of censure (CENSURE: "to denounce",
 * "to deliver a stern reprimand") count as well: SUMMONS_REPROACH.
 */
export const SUMMONS_REPROACHES: readonly string[] = [
  'protest',
  'protests',
  'protested',
  'protesting',
  'representations',
  'demarche',
  'demarches',
  'démarche',
  'démarches',
  'complaint',
  'complaints',
  'regret',
];
export const SUMMONS_REPROACH = new RegExp(`${words(SUMMONS_REPROACHES).source}|${CENSURE.source}`);

/**
 * What an envoy is summoned "over", which makes the summons a protest: "summoned China's ambassador over repeated
 * insults and threats" (France, 2021), "summoned UK's chargé d'affaires over remarks made by the British Ambassador"
 * (Iraq, 2024), "summoned Chinese Ambassador Xing Haiming over his remarks" (Seoul, 2023). Another's words (ASSERTIONS)
 * and force (FORCE_DEEDS), the words of an incident, and measures taken against the summoner's state; not "over the
 * weekend", "over the phone".
 */
export const SUMMONS_GRIEVANCES = words(ASSERTIONS, FORCE_DEEDS, [
  'insults',
  'threats',
  'incident',
  'incidents',
  'interference',
  'actions',
  'behaviour',
  'behavior',
  'conduct',
  'violation',
  'violations',
  'incursion',
  'incursions',
  'treatment',
  'killing',
  'killings',
  'deaths',
  'arrest',
  'arrests',
  'detention',
  // (Measures taken against the summoner's state: "summoned the British ambassador over the new sanctions", "over the
  // expulsion of its diplomats".)
  'sanctions',
  'tariffs',
  'expulsion',
  'expulsions',
]);
