import { DURATION_UNITS } from './time';
import { BE_FORMS, LEADING_WORDS } from './grammar';
import { stems, words } from './words';

/**
 * Force and measures: what a state acts through (ships, jets, troops), the verbs of a war's or a clash's happening,
 * the verbs by which measures reach their targets, and the nouns counting strikes or rounds of sanctions.
 */

/** What a state acts through: "Chinese Coast Guard vessels fired", "Russian troops advanced". */
export const INSTRUMENTS: readonly string[] = [
  'vessels',
  'ships',
  'boats',
  // ("Chinese cutters rammed a Philippine vessel": a coast guard's ships, USNI 2024.)
  'cutters',
  'warships',
  'jets',
  'warplanes',
  'aircraft',
  'planes',
  'drones',
  'troops',
  'soldiers',
  'forces',
  'units',
  'fighters',
];
export const INSTRUMENT = words(INSTRUMENTS);

/**
 * What a side's force is named by when it is the subject of a verb of force: "Pakistani airstrikes hit hideouts",
 * "Russian missiles struck Kyiv". The adjective before it is the side that struck.
 */
export const STRIKING_FORCES: readonly string[] = [
  'airstrikes',
  'strikes',
  'missiles',
  'rockets',
  'shelling',
  'artillery',
  // (Moscow Times, Kyiv Independent 2025: "Ukrainian drones struck an oil refinery in Russia's Volgograd region".)
  'drones',
];
export const STRIKING_FORCE = words(STRIKING_FORCES);

/**
 * Words right before "striking" that make it a force done by the clause's subject, not an adjective ("striking
 * workers", "a striking contrast"): the manner of a response ("the Israeli air force retaliated by striking two Hezbollah
 * facilities", 2024; "The United States has retaliated ... by striking dozens of sites", NewsDrum 2024) and the verbs
 * of its course ("U.S. warplanes began striking targets across Yemen", 2025; "Sudanese Army drones continued striking
 * RSF positions", Sudan Echoes): 6-events/triggers.ts conflict-striking-gerund.
 */
export const STRIKING_GOVERNORS: readonly string[] = [
  'by',
  'began',
  'begun',
  'begin',
  'begins',
  'started',
  'start',
  'starts',
  'continued',
  'continue',
  'continues',
  'resumed',
  'resume',
  'resumes',
  'kept',
];
export const STRIKING_GOVERNOR = words(STRIKING_GOVERNORS);

/** Verbs of an event noun's happening: "clashes broke out between", "fighting erupted", "talks took place with". */
export const HAPPENING_VERBS: readonly string[] = [
  'broke',
  'breaks',
  'erupted',
  'erupts',
  'flared',
  'flares',
  'occurred',
  'occurs',
  'escalated',
  'intensified',
  'raged',
  'rages',
  'took',
  'takes',
  'happened',
];
export const HAPPENING = words(HAPPENING_VERBS);

/** Verbs by which measures reach their targets: "the sanctions also target Sovcomflot", "the list names". */
export const REACHING_VERBS: readonly string[] = [
  'target',
  'targets',
  'targeted',
  'hit',
  'hits',
  'cover',
  'covers',
  'covered',
  'include',
  'includes',
  'included',
  'affect',
  'affects',
  'affected',
  'name',
  'names',
  'named',
  'list',
  'lists',
  'listed',
];
export const REACHING = words(REACHING_VERBS);

/**
 * Participles by which a passive's subject suffers force: "Saudi Arabia and the UAE have been hit by rocket attacks",
 * "were targeted by drone strikes".
 */
export const STRUCK_PARTICIPLES: readonly string[] = ['hit', 'struck', 'targeted', 'attacked', 'pounded', 'shelled'];
export const STRUCK = words(STRUCK_PARTICIPLES);

/**
 * Words of an attack that may be one of words: "Erdogan again attacked French President Emmanuel Macron", "Rep. Adam
 * Schiff was attacked by President Erdogan's spokesman" (ANA-MPA 2020, Asbarez 2018).
 */
export const ATTACK_WORDS = words(['attack', 'attacks', 'attacked', 'attacking']);

/**
 * Nouns of a one-sided act of force, done by one side to another: "the joint US-British strikes on Yemen", "the US-Israeli
 * strikes on Iran", "strikes carried out by the United States and Israel". The actors that own such an act together do
 * it together; they are one side, never each other's enemy (unlike "the Israel-Hamas war", "Armenia-Azerbaijan clashes").
 */
export const ONE_SIDED_FORCE = words([
  'attack',
  'attacks',
  'airstrike',
  'airstrikes',
  'strike',
  'strikes',
  'raid',
  'raids',
  'bombing',
  'bombings',
  'bombardment',
  'shelling',
  'assault',
  'assaults',
  'incursion',
  'invasion',
]);

/**
 * Participles, with "out" after the first, between a force noun and the "by" of who used it: "strikes carried out by the
 * United States and Israel", "strikes conducted by the US and the UK", "attacks launched by Hezbollah".
 */
export const DONE_BY = words(['carried', 'conducted', 'launched', 'undertaken', 'staged', 'mounted']);

/** The prepositions after a force noun that name who used it: "attacks by the Houthis", "rocket fire from Hezbollah". */
export const FORCE_ORIGIN = words(['by', 'from']);

/** Those a sanction names, as common nouns: "sanctions on four Iranian entities and one individual". */
export const SANCTIONED_PARTIES: readonly string[] = ['entities', 'individuals'];

/**
 * What names the targets of a sanction told just before, as the subject of a verb of REACHING: "The entities include
 * units of Lockheed Martin", "Those targeted include", "The measures name Maduro", "The designations target". ("These"
 * alone is not one: it may stand for anything the sentence before listed.)
 */
export const LISTED_TARGETS = words([
  'measures',
  'designations',
  'targets',
  ...SANCTIONED_PARTIES,
  'list',
  'package',
  'targeted',
  'sanctioned',
  'designated',
  'listed',
]);

/**
 * Nouns of quantity or duration whose "of" introduces the event itself: "a wave of airstrikes", "a new round of
 * sanctions", "20 years of war" (not the "of" of "prisoners of war").
 */
export const QUANTITY_NOUNS: readonly string[] = [
  'series',
  'wave',
  'waves',
  'round',
  'rounds',
  'barrage',
  'spate',
  'string',
  'volley',
  'salvo',
  'salvos',
  'package',
  'packages',
  'raft',
  'set',
  'sets',
  'number',
  'dozens',
  'hundreds',
  'thousands',
  ...DURATION_UNITS,
];
export const QUANTITY = words(QUANTITY_NOUNS);

/**
 * Verbs of taking by force what belongs to another: "Russian troops captured the Ukrainian town of Avdiivka", "Russia
 * seized three Ukrainian navy ships", "Iran seized a British-flagged tanker" (CAMEO 192, occupy territory; 6-events/
 * triggers.ts conflict-captured, which keeps "seized Russian assets", a sanction, and "seized power" out).
 */
export const CAPTURING_VERBS: readonly string[] = [
  'captured',
  'captures',
  'capturing',
  'seized',
  'seizes',
  'seizing',
  'overran',
  'overrun',
];

/** Verbs of killing another's people: "Israel killed a senior Hezbollah commander", "assassinated". */
export const KILLING_VERBS: readonly string[] = [
  'killed',
  'kills',
  'killing',
  'assassinated',
  'assassinates',
  'assassinating',
];

/**
 * What a state's military operation is, by its kind: "a military operation against Armenia", "its special military
 * operation in Ukraine", "a ground operation in Gaza" (not a "peacekeeping" or "rescue" operation).
 */
export const ARMED_OPERATION_KINDS: readonly string[] = [
  'military',
  'ground',
  'air',
  'naval',
  'offensive',
  'counter-terrorism',
  'counterterrorism',
  'anti-terror',
  'anti-terrorist',
  'cross-border',
  'punitive',
  'retaliatory',
];

/**
 * The prepositions that name whom a measure falls on: "sanctions on Turkey", "sanctions against Russia" (not "over",
 * which names the reason: "threatened sanctions over Ukraine" threatens no Ukraine).
 */
export const MEASURE_TARGET = words(['on', 'against']);

/** Taxes on another state's goods: "imposed tariffs on", "raised duties on Chinese imports". */
export const TRADE_DUTIES: readonly string[] = ['tariffs', 'tariff', 'duties', 'levies'];
export const TRADE_DUTY = words(TRADE_DUTIES);

/**
 * What one state imposes on another, short of force: "imposed a series of measures against Mali", "slapped an arms
 * embargo on", "imposed asset freezes and visa bans on Russian officials", "imposed export controls on".
 */
export const MEASURES: readonly string[] = [
  ...TRADE_DUTIES,
  'measures',
  'embargo',
  'embargoes',
  'restrictions',
  'penalties',
  'blockade',
  'ban',
  'bans',
  'freeze',
  'freezes',
  'controls',
  'curbs',
];
export const MEASURE = words(MEASURES);

/**
 * The measures a noun alone names as one state's on another, its imposer before it and its target after "on" or
 * "against": "China's ban on Japanese seafood", "Washington's tariffs on Chinese goods", "the curbs Beijing placed on
 * Australian barley" (6-events/triggers.ts sanction-measure-noun). Not "measures", which names security and health
 * steps as often ("Egypt's security measures on the border with Gaza").
 */
export const NAMED_MEASURE = words(MEASURES.filter((m) => m !== 'measures'));

/** Verbs by which a state puts measures on another: "imposed tariffs on Colombia", "slapped an arms embargo on". */
export const IMPOSING_VERBS: readonly string[] = [
  'imposed',
  'imposes',
  'impose',
  'imposing',
  'reimposed',
  're-imposed',
  'reimposes',
  'slapped',
  'slaps',
  'levied',
  'levies',
];

/**
 * The words that open a measure named right after its verb, with no one between ("slapped further sanctions on
 * companies", "hit new tariffs"): the measure's own qualifiers, not the actor hit ("hit Russia with new sanctions").
 */
export const MEASURE_QUALIFIERS: readonly string[] = [
  'new',
  'fresh',
  'further',
  'additional',
  'more',
  'financial',
  'targeted',
  'economic',
  'travel',
  'trade',
  'retaliatory',
  'punitive',
  'sweeping',
  'steep',
  'hefty',
  'heavy',
];

/**
 * Verbs of a clause right after a measure's noun whose subject put the measure in place: "the sanctions China imposed
 * on Australia", "the curbs Beijing has placed on Australian barley", "the duties Trump slapped on Chinese goods"
 * (6-events/agent.ts, contactClauseHolder).
 */
export const MEASURE_PLACING = words([...IMPOSING_VERBS, 'placed', 'put', 'announced', 'introduced', 'unveiled']);

/**
 * Verbs by which a state announces, keeps or tightens measures: "announced a 34 percent tariff on US imports",
 * "tightened export controls on South Korea", "extended its arms embargo on Belarus". Words of support too ("extended
 * its support for Ukraine"), so the measure must follow closely (6-events/triggers.ts sanction-tightened-measures).
 * (A measure only planned or threatened is hedged before it: ./modality.ts.)
 */
export const TIGHTENING_VERBS: readonly string[] = [
  'announced',
  'announces',
  'unveiled',
  'unveils',
  'introduced',
  'introduces',
  'tightened',
  'tightens',
  'toughened',
  'extended',
  'extends',
  'expanded',
  'expands',
  // ("The Obama administration on Wednesday widened sanctions against Russia", The Hill 2014.)
  'widened',
  'widens',
  'broadened',
  'broadens',
  'renewed',
  'renews',
];

/**
 * The stems of the verbs that put a measure in place, in any form: "will impose targeted sanctions", "would slap
 * tariffs", "will announce new measures" (6-events/assertion.ts, announcedMeasureModal: a measure announced for the
 * near future is decided).
 */
export const MEASURE_TAKING = stems([
  'impos',
  'reimpos',
  'slap',
  'levy',
  'levie',
  'announc',
  'unveil',
  'introduc',
  'tighten',
  'extend',
  'expand',
  'widen',
  'broaden',
  'renew',
]);

/** The goods of trade a state bans or curbs: "banned imports of Russian oil", "restricted exports to the US". */
export const TRADE_FLOWS: readonly string[] = ['imports', 'exports', 'import', 'export'];

/** Verbs that stop a flow: "China halted imports of Japanese seafood", "Nepal has stopped exporting electricity". */
export const HALTED_FORMS: readonly string[] = [
  'suspended',
  'suspends',
  'suspending',
  'halted',
  'halts',
  'halting',
  'stopped',
  'stops',
  'stopping',
  'froze',
  'freezes',
];
/** The same with their bare forms, before a gerund of giving: "to stop exporting electricity to the EU". */
export const HALTING_VERBS: readonly string[] = [...HALTED_FORMS, 'suspend', 'halt', 'stop', 'freeze', 'ceased'];
export const TRADE_FLOW = words(TRADE_FLOWS);

/**
 * Words that halt one's own force, before the force noun they halt: "ordered a halt to attacks on Ukraine's energy
 * sector", "agreed to a 30-day pause in attacks", "a moratorium on strikes", "agreed to halt strikes on". Only the
 * nouns and the bare verbs: "Ukraine halted the Russian assault" (a defender's deed) tells of an assault that was.
 */
export const FORCE_HALTS = words([
  'halt',
  'pause',
  'suspension',
  'moratorium',
  'cessation',
  'suspend',
  'stop',
  'cease',
]);

/**
 * The goods of a state's trade named after the state: "tariffs on $16 billion in US goods", "in U.S. exports" (the
 * state is whose goods they are, as its adjective says in "in Chinese goods", not where the event was:
 * 3-mentions.ts isLocative).
 */
export const TRADED_GOODS = words(TRADE_FLOWS, ['goods', 'products']);

/** What a state freezes: "froze the assets of", "froze $300 billion of Russian central bank reserves". */
export const HOLDINGS: readonly string[] = ['assets', 'accounts', 'funds', 'reserves', 'holdings'];
export const HOLDING = words(HOLDINGS);

/**
 * The lists a state puts others on: "added 36 Chinese companies to its export blacklist", "put 11 US firms on its
 * unreliable entity list" (the Entity List of the US Commerce Department, China's Unreliable Entity List).
 */
export const BLACKLISTS: readonly string[] = ['blacklist', 'blacklists', 'watchlist', 'entity'];
export const BLACKLIST = words(BLACKLISTS);

/**
 * What a state designates a group as: "designated the Houthis a terrorist organisation", "a state sponsor", "as an
 * FTO" (a Foreign Terrorist Organization), "an SDGT" (a Specially Designated Global Terrorist).
 */
export const TERROR_LABELS: readonly string[] = ['terrorist', 'terrorists', 'terror', 'sponsor', 'fto', 'sdgt'];
export const TERROR_LABEL = words(TERROR_LABELS);

/**
 * Weapons one state sends another: "supplied Russia with artillery shells", "delivered the first IRIS-T air defence
 * system to Ukraine", "gave Ukraine Storm Shadow missiles". A state's weapons in another's attack ("struck Kyiv with
 * Iranian-made drones", "with North Korean missiles") make it a supplier, not a side.
 */
const WEAPONS_SUPPLIED: readonly string[] = [
  'weapons',
  'weaponry',
  'arms',
  'drones',
  'missiles',
  'interceptors',
  'ammunition',
  'munitions',
  'shells',
  'tanks',
  'jets',
  'aircraft',
  'helicopters',
  'howitzers',
  'launchers',
  'batteries',
  'battery',
  'system',
  'systems',
  'rifles',
  'equipment',
  'materiel',
  // (AP, Reuters, Deccan Herald 2022-2024: "provided Ukraine with 1,550 armoured vehicles", "sold artillery".)
  'artillery',
  'vehicles',
  'warships',
  'submarines',
  'frigates',
  // (Swarajya, Tribune, Sputnik 2017-2023: India's transfers to its neighbours' navies: "supplied torpedoes to the
  // Myanmar Navy", "handed over two ships to the Maldives", "sold sonars and radars to Myanmar", "a submarine".)
  'submarine',
  'torpedoes',
  'radars',
  'sonars',
  'bombs',
  'grenades',
];
export const WEAPON = words(WEAPONS_SUPPLIED);

/**
 * What a sale is of when it arms the buyer: "a $1.1 billion arms sale to Taiwan", "two weapons sales to Saudi Arabia",
 * "a $228 million military sale to Taiwan", "a missile sale to the UAE" (6-events/triggers.ts, supply-arms-sale).
 */
export const ARMS_SALE_KINDS = words(WEAPONS_SUPPLIED, [
  'military',
  'defence',
  'defense',
  'weapon',
  'missile',
  'drone',
  'tank',
  'jet',
  'fighter',
  'helicopter',
]);

/** Lending a state money: "will lend $1.5 billion to Belarus", "lent Belarus $1.5 billion" (supply-lent-money). */
export const LENDING_VERBS: readonly string[] = ['lend', 'lends', 'lent', 'lending', 'loaned', 'loaning'];
/**
 * Putting money in another state's central bank to prop up its reserves, a loan in all but name: "the Kingdom deposited
 * $3 billion at Egypt's central bank", "will deposit $3 billion in Pakistan's central bank" (Al Arabiya, Republic World,
 * CGTN, Zawya 2016-2022 on Saudi and Emirati deposits; supply-deposited-reserves).
 */
export const DEPOSITING_VERBS: readonly string[] = ['deposit', 'deposits', 'deposited', 'depositing'];
/** The bank a state's reserves are in, which money deposited there goes to: "at Egypt's central bank". */
export const CENTRAL_BANK: readonly string[] = ['central', 'bank'];
/** The words of a sum of money: "$1.5 billion", "€50bn". */
const SUMS: readonly string[] = ['billion', 'million', 'bn', 'trillion'];
/** What says a sum is lent: "$1.5 billion", "a loan" (not "lent its support", "lends weight to"). */
const LENT_SUMS: readonly string[] = [...SUMS, 'loan', 'loans'];
export const LENT_SUM = words(LENT_SUMS);
/**
 * A sum given "in aid": "$630 million in aid for Yemen", "tens of millions of dollars in aid for Haiti" (6-events/
 * triggers.ts, supply-sum-in-aid).
 */
export const SUM_IN = words(SUMS, ['millions', 'billions', 'dollars', 'euros']);
/** What says money is deposited: a sum, or "the money" (Zawya 2022: "deposited the money in Pakistan's central bank"). */
export const DEPOSITED_SUM = words(LENT_SUMS, ['money', 'funds']);
/**
 * Money a state extends to another: "extended a $1 billion credit line to Sri Lanka", "granted Pakistan a $2 billion
 * loan", "extend financial assistance to Buenos Aires" (supply-extended-credit).
 */
export const CREDIT = words(['loan', 'loans', 'credit', 'credits', 'bailout', 'assistance', 'aid']);
/** Verbs that extend credit; the ones of goods as well, when credit follows them (supply-extended-credit). */
export const EXTENDING_VERBS: readonly string[] = [
  'extend',
  'extends',
  'extended',
  'extending',
  'grant',
  'grants',
  'granted',
  'granting',
  'provide',
  'provides',
  'provided',
  'providing',
  'give',
  'gives',
  'gave',
  'given',
  'giving',
  'offer',
  'offers',
  'offered',
  'offering',
  'approve',
  'approves',
  'approved',
  'approving',
];

/**
 * What is aimed "at" a place: "launched 59 drones at Kyiv", "fired rockets at Haifa". The place after it is the target
 * (the state it stands for is struck), not where the event happened.
 */
export const AIMED_WEAPON = words(WEAPONS_SUPPLIED, ['rockets', 'rocket', 'missile', 'drone', 'barrage', 'salvo']);

/**
 * Supplies that are no weapons: troops fight for their state ("attacked with Belarusian troops" has Belarus fight),
 * ships are a side where they clash ("collided with Chinese vessels"), and aid and fuel arm no one.
 */
const OTHER_SUPPLIES: readonly string[] = [
  'ships',
  'vessels',
  'troops',
  'aid',
  'assistance',
  'oil',
  'gas',
  'fuel',
  // Vaccines given away (AP, UPI, VOV 2021: "donated 880,000 Covid-19 vaccine doses to Kenya", "is shipping more than
  // 3.2 million doses ... to the Philippines") and energy sold across a border ("Nepal exported electricity to
  // Bangladesh", PTI and KUNA 2024).
  'vaccines',
  'doses',
  'electricity',
  'hydroelectricity',
  'lng',
];

/** Weapons and goods one state sends another. */
export const SUPPLIES: readonly string[] = [...WEAPONS_SUPPLIED, ...OTHER_SUPPLIES];
export const SUPPLY_GOODS = words(SUPPLIES);

/** Aid a state takes from another: "accepted assistance from Australia", "received humanitarian aid from Japan". */
const AIDS: readonly string[] = ['aid', 'assistance', 'help', 'supplies', 'relief'];
export const AID_TAKEN = words(AIDS);
/**
 * Aid, weapons and goods a state takes from another, whose giver follows "from" (6-events/triggers.ts,
 * supply-aid-taken-from): "received more Patriot systems from Germany" (Millennium Post 2025), "has received six F-16
 * fighter jets from the Netherlands" (Sputnik 2024), "has received security equipment from China" (News Ghana 2022),
 * "received the first batch of Leopard 2 tanks from Germany" (IANS via Sakshi Post 2023).
 */
export const GOODS_TAKEN = words(AIDS, SUPPLIES);

/**
 * Goods named before a participle of giving whose "by" names the giver and "to" the receiver (6-events/triggers.ts,
 * supply-given-by-agent): "the second patrol boat gifted by Australia to the Sri Lanka Navy" (Daily Mirror 2014), "the
 * handover of supplies provided by China's Ministry of National Defense to" (China Military Online 2022), "mine-sweeping
 * materials offered by China to Cambodia" (China Military Online 2019).
 */
export const GIVEN_GOODS = words(AIDS, SUPPLIES, ['boat', 'boats', 'ship', 'vessel', 'materials']);

/**
 * The bare verbs of giving goods to another, after "agreed to": "Netherlands and Denmark have agreed to provide Ukraine
 * with F-16 fighter jets" (News9 2023), "US and Germany agree to supply battle tanks to Ukraine" (Nuhey 2023, KSBY
 * 2022), "US and Germany have agreed to provide Ukraine with military equipment" (Human Times 2023): each side pledges a
 * supply, no agreement between the sides (6-events/assertion.ts, isAgreedSupply).
 */
export const GIVING_BARE = words([
  'supply',
  'provide',
  'send',
  'deliver',
  'give',
  'donate',
  'transfer',
  'ship',
  'sell',
  'lend',
  'gift',
]);

/**
 * Nouns of a supply made, whose goods follow their "of" and whose receiver their "to" (6-events/triggers.ts,
 * supply-delivery-of-goods): "announced the delivery of five additional air defense systems to Ukraine" (World Arabia
 * 2024), "approved the supply of locally produced Leopard tanks to Ukraine" (Top Urdu 2023).
 */
export const DELIVERY_NOUNS = words([
  'delivery',
  'deliveries',
  'transfer',
  'transfers',
  'shipment',
  'shipments',
  'supply',
  'allocation',
  'provision',
]);
/**
 * The verbs that tell such a supply made or decided by their subject: "approved the allocation of over 1 billion
 * dollars in American weapons ... to Ukraine" (112 Ukraine 2025), "has approved the supply of Leopard tanks to Ukraine"
 * (Top Urdu 2023). Not those that stop, ask for, back or oppose it ("suspended the delivery of military aid to
 * Ukraine", "demanding the supply of Leopard tanks", "would support the delivery of warplanes to Ukraine"), nor
 * "reported", which hedges ("reported the transfer of a new package of military aid to Ukraine", Babel 2024, is left).
 */
/** What such a supply is of: weapons, aid and goods, not troops or ships moved ("announced the transfer of troops to"). */
export const DELIVERED_GOODS = words(WEAPONS_SUPPLIED, AIDS, ['package', 'packages', 'vaccines', 'doses', 'fuel']);
export const DELIVERY_MADE = words([
  'announced',
  'announces',
  'approved',
  'approves',
  'authorised',
  'authorized',
  'completed',
  'completes',
  'confirmed',
  'confirms',
  'began',
  'begun',
  'started',
]);
/** Verbs of taking aid that is given: "received", "accepted" (not "sought", "requested": aid not yet given). */
export const TAKING_VERBS = words(['received', 'receives', 'receiving', 'accepted', 'accepts', 'accepting']);

/**
 * The stems of what is vowed in reprisal: "vowed to retaliate", "vowed revenge", "promised vengeance", "vowed
 * countermeasures against Japan", "vowed to strike back hard" (not "a response", which is also one to a crisis).
 */
export const REPRISAL_STEMS: readonly string[] = [
  'retaliat',
  'respond',
  'punish',
  'aveng',
  'revenge',
  'vengeance',
  'strike',
  'hit',
  'countermeasure',
  'reprisal',
  'retribution',
];
export const REPRISAL = stems(REPRISAL_STEMS);

/**
 * What a warning says an act will meet, which makes the warning a threat to the act's doer: "any Indian attempt ...
 * would be regarded as an act of war" (Pakistan 2025), "any Israeli attack would be met with a crushing response"
 * (Iran 2024), "would be answered with full force", "will face serious consequences" (not "would be a catastrophe",
 * a forecast).
 */
export const WARNED_REPRISAL_STEMS: readonly string[] = [
  'war',
  'respon',
  'retaliat',
  'reprisal',
  'force',
  'punish',
  'consequence',
  'countermeasure',
  'answered',
  // ("warned of immediate reciprocal steps should the IAEA pass a resolution", Eslami 2024.)
  'reciproc',
];
export const WARNED_REPRISAL = stems(WARNED_REPRISAL_STEMS);

/**
 * Acts a warning or a reprisal answers, whose doer it threatens: "warned that any Indian attempt", "any Israeli attack"
 * (6-events/triggers.ts, threat-warned-any-act), "vowed to retaliate to a missile strike from Iran", "a crushing
 * response to any perceived U.S. aggression" (6-events/participants.ts, answeredActDoer).
 */
export const WARNED_ACT_NOUNS: readonly string[] = [
  'attempt',
  'attempts',
  'move',
  'moves',
  'action',
  'actions',
  'attack',
  'attacks',
  'aggression',
  'misadventure',
  'incursion',
  'incursions',
  'provocation',
  'provocations',
  'strike',
  'strikes',
  // ("vows retaliation after Indian airstrikes", "the Indian assaults", "raids by Israel" (Yalibnan, PBS 2025).)
  'airstrike',
  'airstrikes',
  'assault',
  'assaults',
  'raid',
  'raids',
];
export const WARNED_ACT = words(WARNED_ACT_NOUNS);

/**
 * The words after a reprisal that open the act it answers: "vowed to retaliate to a missile strike from Iran",
 * "against the rocket attack by Hamas", "vowed revenge for Israel's strike", "has vowed to retaliate after Iran's
 * missile attack" (CNA 2024), "vows retaliation after Indian airstrikes" (Yalibnan 2025), "vowed vengeance over the
 * U.S. raid" (6-events/participants.ts, answeredActDoer). What follows them is the answered act only when it is an act
 * noun with its doer (WARNED_ACT): "vowed to retaliate after meeting Iran's minister" answers nothing.
 */
export const ANSWERED_PREPOSITIONS = words(['to', 'against', 'for', 'after', 'over', 'following']);

/** Reprisals that take the act they answer as their object: "vowing to avenge Indian missile strikes" (PBS 2025). */
export const AVENGING = stems(['aveng']);

/**
 * A life taken, which a reprisal avenges: the one after its "of", or the one whose death it is, is the victim, not the
 * target ("vowed revenge for the assassination of Hamas political chief Ismail Haniyeh", Townhall 2024; "pledged to
 * avenge the death of Ismail Haniyeh", Pravda 2024; "Iran Vows Revenge On Hezbollah Leader's Death", BBC 2024;
 * 6-events/participants.ts, isAvengedVictim).
 */
export const LIFE_TAKEN = words(['death', 'deaths', 'killing', 'killings', 'assassination', 'murder']);

/**
 * Words of a readiness to retaliate declared: "Canada is prepared to respond with retaliatory tariffs", "the EU is ready
 * to retaliate if negotiations with Washington fail", "the bloc stands ready to take countermeasures" (6-events/
 * triggers.ts, threat-ready-to-retaliate). What one is ready for has not happened (lexicon/modality.ts, READINESS), but
 * the readiness declared against another is the threat itself, as a threat is.
 */
export const READY_WORDS: readonly string[] = ['ready', 'prepared', 'poised'];
export const READY = words(READY_WORDS);

/** The verbs a readiness stands after: "is prepared to", "stands ready to", "remains poised to". */
export const READY_STANDING: readonly string[] = [
  ...BE_FORMS,
  'stands',
  'stand',
  'stood',
  'remains',
  'remain',
  'remained',
];

/**
 * How a response promised is one of force: "would respond decisively", "will react harshly" (6-events/triggers.ts:
 * a response vowed with these, or to an attack, threatens; "would respond to the proposal" answers).
 */
export const RESPONSE_MANNERS: readonly string[] = [
  'forcefully',
  'decisively',
  'firmly',
  'harshly',
  'strongly',
  'militarily',
  'resolutely',
  'severely',
  'robustly',
  'swiftly',
  'crushingly',
  'mercilessly',
  'sternly',
];

/**
 * What a response promised is made with that makes it a reprisal: "will respond with countermeasures to the US
 * tariffs", "will respond with reciprocity to Trump's tariff" (Brazil's reciprocity law, 2025), "would respond with
 * retaliatory measures" (6-events/triggers.ts, threat-will-respond-to-force; not "respond with a proposal").
 */
export const RESPONSE_MEANS: readonly string[] = [
  'countermeasures',
  'countermeasure',
  'reciprocity',
  'retaliation',
  'retaliatory',
  'reprisals',
];

/**
 * The adjectives that make a promised response one of force: "promised a tough response" (Karasin on Moldova's
 * expulsions, RFE/RL 2017), "vowed a harsh response", "pledged a decisive response", "warned of a befitting
 * response" (6-events/triggers.ts, threat-vowed-tough-response). Not "swift" nor "strong": "pledged a swift response to
 * the earthquake", "a strong response to the pandemic" answer disasters, not an actor.
 */
export const HARSH_RESPONSES: readonly string[] = [
  'tough',
  'harsh',
  'firm',
  'decisive',
  'forceful',
  'resolute',
  'severe',
  'crushing',
  'befitting',
  'robust',
  'fitting',
  'merciless',
];

/**
 * Second halves of "X-backed" that also say the first half supplies the one named after it: "the Rwanda-backed M23",
 * "Iran-funded militias" (rule supply-hyphen-backed). Training is no supply: BACKING_ENDS adds it.
 */
const SUPPLYING_ENDS: readonly string[] = ['backed', 'funded', 'sponsored', 'supported', 'armed'];
export const SUPPLYING_END = words(SUPPLYING_ENDS);

/**
 * Second halves of "X-backed": the first half supports the one named after it and is not that one. "air strikes on the
 * Iran-backed militia Kataib Hezbollah" (Daily Beast 2019), "fighting Rwanda-backed M23 rebels", "the Saudi-funded
 * group", "the Iran-aligned Houthis" (6-events/participants.ts: a backer is no object of an event done to what it backs;
 * structure.ts: nor a member of a list that names what it backs).
 */
export const BACKING_ENDS: readonly string[] = [...SUPPLYING_ENDS, 'trained', 'aligned', 'allied'];
export const BACKING_END = words(BACKING_ENDS);

/**
 * Participles of an aside set off by commas after a member of a list, naming who leads or backs that member (no member
 * itself): "the conflict between the Sudanese Armed Forces (SAF), led by General Abdel Fattah al-Burhan, and the rival
 * paramilitary Rapid Support Forces" (MEES 2024), "the fighting between the SAF, led by ..., and the RSF, commanded by
 * Mohamed Hamdan Dagalo" (WION 2025), "a war between the Sudanese army, led by General al-Burhan, and the RSF"
 * (Africanews). Not "accompanied by" or "joined by": who accompanies a member takes part with it (6-events/structure.ts).
 */
export const MEMBER_ASIDE_PARTICIPLE = words(LEADING_WORDS, SUPPLYING_ENDS, ['commanded']);

/**
 * The kinds of a strike of workers, said just before it: "a general strike against the reform", "a 24-hour strike on
 * Monday", "a hunger strike" (6-events/triggers.ts: a strike on an actor is armed unless one of these is its kind).
 */
export const LABOUR_STRIKES: readonly string[] = [
  'general',
  'national',
  'nationwide',
  'hunger',
  'labour',
  'labor',
  'workers',
  'union',
  'rail',
  'transport',
  'teachers',
  'doctors',
  'solidarity',
  'warning',
  'indefinite',
  'one-day',
  'day-long',
  '24-hour',
  '48-hour',
  'sit-down',
  'wildcat',
  'student',
  'students',
  'climate',
];

/**
 * Contests fought without arms, whose "war" or "conflict" is no use of force: "Trump's trade war with China", "the trade
 * conflict with the United States", "a price war", "the chip war".
 */
export const UNARMED_CONTESTS: readonly string[] = [
  'trade',
  'tariff',
  'price',
  'currency',
  'economic',
  'culture',
  'cultural',
  'information',
  'legal',
  'political',
  'media',
  'chip',
  'tech',
  'technology',
  'diplomatic',
];

/**
 * What a "war of ..." is waged with when it is fought without arms: "the war of words between New Delhi and Islamabad",
 * "escalating its war of words with the United States" (IBTimes 2016, CNN 2019, SupChina 2019).
 */
export const UNARMED_WAR_MEANS: readonly string[] = ['words'];

/**
 * Words of a game report, where states are teams: "Brazil's attack against Argentina" in a match report that "scored"
 * and "the final" speak of is no use of force (assertion.ts reads them in the sentence of a conflict).
 */
export const SPORTING_WORDS: readonly string[] = [
  'scored',
  'scores',
  'goal',
  'goals',
  'striker',
  'strikers',
  'midfielder',
  'midfield',
  'goalkeeper',
  'penalty',
  'penalties',
  'halftime',
  'half-time',
  'semifinal',
  'semi-final',
  'quarterfinal',
  'quarter-final',
  'wicket',
  'wickets',
  'innings',
  'footballers',
  'tournament',
];
export const SPORTING = words(SPORTING_WORDS);

/**
 * What an armed side strikes of another's, named after its owner: "hit Hezbollah targets", "targeted Pakistani military
 * posts", "struck Houthi weapons depots", "hit suspected Pakistani Taliban hideouts". (Not what sanctions or tariffs
 * reach: companies, exports, banks.)
 */
export const MILITARY_TARGETS: readonly string[] = [
  'targets',
  'positions',
  'posts',
  'outposts',
  'bases',
  'base',
  'launchers',
  'depots',
  'hideouts',
  'camps',
  'compound',
  'compounds',
  'infrastructure',
  'convoy',
  'convoys',
  // (Kyiv Independent, Reuters 2024: "Ukraine hit Russian oil refineries", "struck Russian airfields"; Reuters 2023,
  // Moscow Times 2025: "Russia hit the Kremenchuk oil refinery", "Ukrainian drones struck an oil refinery in Russia's
  // southern Volgograd region".)
  'refinery',
  'refineries',
  'airfields',
];
export const MILITARY_TARGET = words(MILITARY_TARGETS);

/**
 * A state's ships that another's ships ram or hit: "Two Chinese coast guard ships hit a Philippine navy-operated supply
 * boat with water cannons" (AP 2024), "Another Philippine coast guard vessel was rammed twice by a Chinese coast guard
 * ship" (AFP 2024), "Chinese Cutters Ram Philippine Vessel" (USNI 2024). Kept apart from MILITARY_TARGETS, which
 * "targeted" reaches too ("the Treasury targeted 35 vessels": sanctions, no force).
 */
export const STRUCK_VESSELS: readonly string[] = [
  'vessel',
  'vessels',
  'ship',
  'ships',
  'boat',
  'boats',
  'cutter',
  'cutters',
];
export const STRUCK_VESSEL = words(STRUCK_VESSELS);

/**
 * Words after what force reaches that name its owner, the side it falls on: "struck a military complex belonging to
 * Hezbollah in Lebanon" (IDF via Sputnik 2024), "an air strike against two targets in Syria belonging to Iran's
 * Revolutionary Guard" (Iran International 2023), "targets that belong to the Lebanon-based Hezbollah party" (IMEMC),
 * "a launcher belonging to the Hezbollah terrorist organization" (IDF via TASS 2024); its preposition follows.
 */
export const OWNING_WORDS: readonly string[] = ['belonging', 'belong', 'belongs', 'owned'];
export const OWNING = words(OWNING_WORDS);
export const OWNING_PREPOSITION = words(['to', 'by']);

/**
 * Participles after what force reaches or turns back that name, with "by", the side that wields it: "bombed more than
 * a dozen sites used by the Iranian-backed Houthis" (AP 2024), "a military compound used by Hezbollah's aerial unit"
 * (IDF 2024), "shot down 26 out of 28 attack drones launched overnight by Russia" (Kyiv 2024), "intercepted several
 * drones launched by the Rapid Support Forces" (Sudan Tribune 2024), "Saudi air defences intercept drone launched by
 * Yemen's Houthis" (Al Arabiya). Only "by" follows them as owner ("sites used to store weapons" names no owner).
 */
export const WIELDED_WORDS: readonly string[] = ['used', 'operated', 'launched', 'fired', 'flown'];
export const WIELDED = words(WIELDED_WORDS);
export const WIELDED_BY = words(['by']);
/**
 * Armed groups, no state, that hold or wield what force reaches in a state's land: "sites in Iraq and Syria used by
 * Iranian-backed militias" (AP 2024), so the state named where it stands is no side (6-events/participants.ts,
 * isPlaceOfOwnedThing); "used by the army" is the state's own.
 */
export const NON_STATE_HOLDERS: readonly string[] = [
  'militia',
  'militias',
  'militants',
  'rebels',
  'insurgents',
  'proxies',
  'group',
  'groups',
];
export const NON_STATE_HOLDER = words(NON_STATE_HOLDERS);
/** A time word between the participle and its "by", which the tagger reads as an adjective: "launched overnight by". */
export const WIELDED_WHEN = words(['overnight']);

/**
 * Nouns of a standing war between two sides, which a definite phrase naming both sides presupposes: "to end Russia's
 * war against Ukraine", "talk about the continuing war between the army and the RSF" (6-events/assertion.ts,
 * isPresupposedWar). Single acts ("attack", "strike") are not standing: "to stop any attack on Israel" may never come.
 */
export const STANDING_WARS: readonly string[] = ['war', 'wars', 'conflict', 'invasion', 'aggression', 'fighting'];
export const STANDING_WAR = words(STANDING_WARS);

/**
 * The one a war named with only its other side is fought against (6-events/warSides.ts, defendedSide): the pronoun
 * helped ("to help it in the war with Russia"), the reflexive of "defend itself against", the verbs of resisting ("as it
 * tries to halt Russia's invasion").
 */
export const DEFENDED_BY = words(['it', 'them']);
export const REFLEXIVE_OBJECT = words(['itself', 'themselves']);
export const DEFENDING_VERB = words(['defend', 'defends', 'defended', 'defending']);
export const RESISTING_VERB = words(
  ['halt', 'halts', 'halted', 'halting', 'resist', 'resists', 'resisted', 'resisting'],
  ['repel', 'repels', 'repelled', 'repelling', 'repulse', 'repulsed', 'fight', 'fights', 'fighting', 'fought'],
);

/**
 * Words before a war that bring it about or keep it off, so that the war is not yet there: "prevent a war between", "could
 * spark the conflict between", "avert Russia's invasion of Ukraine" (6-events/assertion.ts, isPresupposedWar).
 */
export const WAR_TO_COME = words(
  ['a', 'an', 'any', 'another', 'possible', 'potential', 'wider', 'future', 'looming'],
  ['prevent', 'prevents', 'prevented', 'preventing', 'avert', 'averts', 'averted', 'averting'],
  ['avoid', 'avoids', 'avoided', 'avoiding', 'spark', 'sparks', 'sparking', 'trigger', 'triggers', 'triggering'],
  ['provoke', 'provokes', 'provoking', 'start', 'starts', 'starting', 'risk', 'risks', 'risking', 'deter', 'deterring'],
);

/**
 * The participle of a body removing a member for a time: in the passive the body stands after "from", as after "by":
 * "Sudan was suspended from the African Union" (6-events/participants.ts, passiveVoice).
 */
export const REMOVED = words(['suspended']);
