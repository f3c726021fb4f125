import { BE_FORMS, BE_PAST, BE_PRESENT } from './grammar';
import { VETOING } from './statements';
import { ALLIANCES, BONDS } from './ties';
import { words } from './words';

/**
 * Modality: the words that make a trigger not state an event as done — modals, intent, hedges, conditions,
 * negation, plans and requests — and those that place it before its clause's time or report it second hand.
 * assertion.ts reads them in a window before the trigger ("could meet", "plans to visit", "did not meet").
 */

/** "I'll be happy to sit down with Putin": the tokenizer keeps a pronoun and its "'ll" as one word. */
const CONTRACTED_WILL: readonly string[] = ["'ll", "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll"];

/** Modal verbs: "could meet", "will visit", "they'll talk". */
export const MODALS: readonly string[] = [
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'shall',
  'can',
  ...CONTRACTED_WILL,
];

/** Modals of the future: "the two leaders will make statements" after an opening "After talks with X,". */
export const FUTURE_MODALS: readonly string[] = ['will', 'shall', ...CONTRACTED_WILL];
export const FUTURE_MODAL = words(FUTURE_MODALS);

/** Intent and expectation: "plans to visit", "hoped to meet", "is going to sign", "vowed to retaliate". */
export const INTENT: readonly string[] = [
  'going',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'expect',
  'expects',
  'expected',
  // ("is expecting to meet Kim for the second time", "was supposed to meet her Pakistani counterpart on August 25".)
  'expecting',
  'supposed',
  'hope',
  'hopes',
  'hoped',
  'prepare',
  'prepares',
  'preparing',
  'prepared',
  'seek',
  'seeks',
  'sought',
  'aim',
  'aims',
  'want',
  'wants',
  'wanted',
  'wish',
  'vow',
  'vows',
  'vowed',
  'vowing',
  'pledge',
  'pledged',
  'pledging',
  'promise',
  'promised',
  'promising',
  // "to help arrange a meeting between X and Y": what is being arranged is still to come.
  'arrange',
  'arranges',
  'arranging',
];

/**
 * Threats: what is threatened is not done ("threatened to impose tariffs on Mexico" imposes none: the threat is the
 * event, 6-events/triggers.ts threat-threatened-verb).
 */
export const THREATENING: readonly string[] = ['threaten', 'threatens', 'threatened', 'threatening'];

/**
 * Words that make a future measure a threat, not a decision: "threatened that it would impose tariffs", "warned Seoul
 * it would respond", "vowed it would retaliate" (6-events/assertion.ts, announcedMeasureModal; vows are VOWING).
 */
export const MENACING = words(THREATENING, ['warn', 'warns', 'warned', 'warning', 'ultimatum']);

/** The verb forms of a warning, which threaten only what they warn of as a reprisal: "warned of sanctions". */
export const WARNING_VERB = words(['warn', 'warns', 'warned', 'warning']);

/** Proposals and offers: "proposed talks", "offered to mediate", "invited him to visit". */
export const PROPOSALS: readonly string[] = [
  'propose',
  'proposed',
  'proposes',
  'proposal',
  'offer',
  'offered',
  'offering',
  'invite',
  'invited',
];

/**
 * A readiness expressed: "expressed readiness to host talks" (what it is ready for has not happened; the call it was
 * expressed in has: "expressed readiness to promote ties during a telephone conversation").
 */
export const READINESS_NOUNS: readonly string[] = ['readiness', 'willingness', 'preparedness'];
export const READINESS = words(READINESS_NOUNS);

/**
 * Hedges: "potential mediation", "ready to talk", "interest in Moscow facilitating talks", "exploring a deal", "expressed
 * readiness to host talks between Russia and Ukraine" (the nouns of "ready" and "willing" too).
 */
export const HEDGES: readonly string[] = [
  'potential',
  'possible',
  'possibly',
  'ready',
  'willing',
  ...READINESS_NOUNS,
  'effort',
  'efforts',
  'interest',
  'exploring',
  'explore',
  'explored',
  'consider',
  'considering',
  'considered',
  'prospect',
  'prospects',
  'upcoming',
  'future',
  'likely',
  'unlikely',
  'keen',
  'eager',
];

/**
 * Nouns of talk about an event, not the event: "stressed the importance of cooperation", "discussed the chances of a
 * deal", "explored the possibilities of joint work" (the noun after their "of" or "for" is not asserted).
 */
export const TOPIC_NOUN = words(['chance', 'chances', 'importance', 'possibility', 'possibilities']);

/** Conditions: "if they meet", "whether talks resume". */
export const CONDITIONS: readonly string[] = ['if', 'unless', 'whether'];
export const CONDITION = words(CONDITIONS);

/** The modals that open a condition before its subject: "should Iran attack", "were Israel to strike". */
export const INVERTED_CONDITIONS: readonly string[] = ['should', 'were'];
export const INVERTED_CONDITION = words(INVERTED_CONDITIONS);

/** Negation, refusal and cancellation: "did not meet", "rejecting talks", "postponed the summit". */
export const NEGATION: readonly string[] = [
  'not',
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'reject',
  'rejected',
  'rejecting',
  'rejects',
  'refuse',
  'refused',
  'refusing',
  'refuses',
  'decline',
  'declined',
  'declining',
  // ("has been unwilling to criticize Russia's invasion", "was reluctant to condemn": a refusal as an adjective.)
  'unwilling',
  'reluctant',
  'loath',
  'deny',
  'denied',
  'denies',
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'cancelling',
  'canceling',
  // ("has discarded a scheduled meeting with Putin", "leaning toward skipping a summit between Yoon and Kishida".)
  'discarded',
  'skip',
  'skips',
  'skipped',
  'skipping',
  'postpone',
  'postpones',
  'postponed',
  'postponing',
  // ("Bolivia and Nicaragua, who were absent from the meeting, did not vote": absence from an occasion, OAS 2022.)
  'absent',
  "n't",
  "won't",
  "didn't",
  "doesn't",
  "don't",
  "wouldn't",
  "couldn't",
  "hasn't",
  "haven't",
  "isn't",
  "wasn't",
];

/**
 * Stopping another's act, which is then no act: "Hungary blocked EU sanctions on Russia", "vetoed a resolution
 * condemning Israel", "Hungary blocked an EU statement criticising China" (agent.ts abstainedText, past the window).
 */
export const BLOCKING: readonly string[] = [...VETOING, 'block', 'blocks', 'blocked', 'blocking'];
export const BLOCKING_VERB = words(BLOCKING);

/**
 * Holding back from an act, which is then no act: "refrained from criticising Russia", "has avoided blaming Moscow",
 * "omitted this Saturday any criticism of Russia" (The News Trace 2022 on China at the UN), "have long been wary of
 * criticizing Israel" (British Herald 2023 on US administrations). Unlike a negation (NEGATION) it holds back only the
 * act in its own phrase, with no comma, "and" or other verb between (assertion.ts, isHeldBack): "To avoid escalation,
 * Turkey condemned Israel's strikes", "avoided a confrontation and criticized the overhaul" are criticism.
 */
export const HOLDING_BACK = words([
  'refrain',
  'refrains',
  'refrained',
  'refraining',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'omit',
  'omits',
  'omitted',
  'omitting',
  'wary',
]);

/**
 * Two-word forms of holding back (HOLDING_BACK), read by their second word when the first stands before it: "stopped
 * short of condemning this week's coup" (National Post 2021 on the UN Security Council), "has stopped short of
 * criticising Russia's actions" (Defend Democracy Press 2022 on India), "steered clear of publicly condemning the war"
 * (Newser 2022), "shied away from blaming Moscow". Not the second word alone: a "short meeting" is held, a "clear
 * warning" given.
 */
export const HELD_BACK_PAIRS: ReadonlyMap<string, RegExp> = new Map([
  ['short', words(['stop', 'stops', 'stopped', 'stopping'])],
  ['clear', words(['steer', 'steers', 'steered', 'steering', 'stay', 'stays', 'stayed', 'staying'])],
  ['away', words(['shy', 'shies', 'shied', 'shying'])],
]);

/**
 * Any word that, shortly before a trigger, makes it not an asserted event: modality, intent and threats ("could meet",
 * "plans to visit", "threatened to impose", "potential mediation"), negation ("rejecting talks", "did not meet") and
 * blocking ("blocked sanctions").
 */
export const NOT_ASSERTED = words(MODALS, INTENT, THREATENING, PROPOSALS, HEDGES, CONDITIONS, NEGATION, BLOCKING);

/** Second-hand words: the event is asserted, on someone else's word ("reportedly met", "according to sources"). */
export const HEARSAY_WORDS: readonly string[] = [
  'reportedly',
  'allegedly',
  'purportedly',
  'sources',
  'according',
  'claimed',
  'claims',
  'rumored',
  'rumoured',
  'unconfirmed',
];
export const HEARSAY = words(HEARSAY_WORDS);

/**
 * What is called or pressed for is asked for, not held: "called for a meeting between Kagame and Tshisekedi",
 * "appealed for talks between Russia and Ukraine". Occasions only (assertion.ts isAnticipated): a call for sanctions
 * is labelled as the sanction in the dev set's convention. An occasion's own preposition ends the reach ("called for
 * closer ties during talks with Putin").
 */
export const CALLING_FOR: readonly (readonly string[])[] = [
  ['call', 'for'],
  ['calls', 'for'],
  ['called', 'for'],
  ['calling', 'for'],
  ['appeal', 'for'],
  ['appeals', 'for'],
  ['appealed', 'for'],
  ['appealing', 'for'],
  ['pressed', 'for'],
  ['pushed', 'for'],
  ['pushing', 'for'],
];

/** "agreed to hold talks", "decided to meet": an agreed occasion is still to come (an agreed sanction may be the act). */
export const AGREEING: readonly string[] = ['agreed', 'agree', 'agrees', 'agreeing', 'decided', 'decide', 'decides'];
/** "set to sign an agreement", "due to visit", "scheduled to meet": any scheduled event is still to come. */
export const SCHEDULING: readonly string[] = [
  'set',
  'scheduled',
  'due',
  'slated',
  'poised',
  'about',
  // ("is anticipated to engage in discussions with Xi in the coming weeks": only its "to" and a plan predicate.)
  'anticipated',
  // "is to meet Guterres on Monday", "are to hold talks": "be to" is a schedule.
  ...BE_PRESENT,
  ...BE_PAST,
];

/**
 * "Biden accepted in principle a meeting with Putin", "accepted an invitation to visit Beijing": an occasion accepted
 * is still to come (an accepted ceasefire or deal may be the agreement itself, so only occasions: assertion.ts).
 */
export const ACCEPTING = words(['accept', 'accepts', 'accepted', 'accepting']);
/**
 * Nouns of an invitation or offer whose infinitive names an occasion still to come: "received an invitation to meet
 * Biden", "an invitation from Biden for Lula to visit Washington" (6-events/assertion.ts isInvitedOccasion). Not "at
 * the invitation of X, Y met Z", whose occasion happened: there no "to" follows the noun.
 */
export const INVITATION_NOUN = words(['invitation', 'invitations', 'invite']);

/**
 * Prepositions inside an accepted or agreed noun phrase: "an invitation from Xi to visit", "the principle of a
 * meeting", "agreed on the date and venue for a meeting".
 */
export const ACCEPTED_LINK = words(['of', 'to', 'from', 'for', 'on']);

/** "agreed in principle to hold a summit": a phrase that may stand between an agreeing verb and its "to". */
export const IN_PRINCIPLE: readonly string[] = ['in', 'principle'];

/**
 * "reports of new talks between Putin and Biden were premature", "claims that Putin met Poroshenko are false": what a
 * report or claim says, when the sentence calls the report so, did not happen.
 */
export const DISMISSED = words([
  'premature',
  'false',
  'untrue',
  'baseless',
  'unfounded',
  'groundless',
  'fake',
  'incorrect',
  'inaccurate',
  'fabricated',
  'nonsense',
]);

/** "made a bid to broker talks", "an attempt to hold a summit": the aim of an attempt is not reached. */
export const PURPOSE_NOUN = words(['bid', 'bids', 'attempt', 'attempts', 'quest']);
export const SCHEDULED_ANY = words(SCHEDULING);
export const SCHEDULED = words(AGREEING, SCHEDULING);

/**
 * Modals of the future and of the reported future ("the summit would open at 11:30 with a private conversation
 * between X and Y"): they reach the whole of their clause up to a verb in the past, which has a tense of its own.
 */
export const FAR_MODAL = words(FUTURE_MODALS, ['would']);

/** "a man he would later meet in Paris": the future of a past narrative, which has happened. */
export const LATER = words(['later', 'eventually', 'subsequently']);

/**
 * Phrases whose following noun phrase is an occasion ahead of the news told before them: "ahead of talks", "in the
 * run-up to the summit". A date inside that noun phrase is the occasion's, not the news's (5-dates.ts): "met ahead of
 * Tuesday's swearing-in"; as prepositions, a date after the phrase's noun may still be the news's ("called Putin ahead
 * of the summit on March 3").
 */
export const AHEAD_OF_OCCASION: readonly (readonly string[])[] = [
  ['ahead', 'of'],
  ['run', 'up', 'to'],
  ['lead', 'up', 'to'],
];

/**
 * Nouns whose phrase after them is an occasion ahead, prepared for: "laying the ground for a summit", "paving the way
 * for talks", "preparations for the meeting between the presidents in July", "preparations are underway for a
 * meeting" (a date closing the phrase is the occasion's, 5-dates.ts).
 */
export const PREPARING_OCCASION: readonly (readonly string[])[] = [
  ['ground', 'for'],
  ['groundwork', 'for'],
  ['way', 'for'],
  ['preparations', 'for'],
  ['preparation', 'for'],
  // "preparations are underway for a meeting between Putin and Xi" ("under way for" ends in "way for" above).
  ['underway', 'for'],
  ['prelude', 'to'],
];

/**
 * Phrases whose following noun phrase is ahead, only hoped for or ruled out: the occasions ahead above, and "open to
 * talks". Each is a sequence of token norms; the trigger must be inside the noun phrase that follows (no verb, no comma).
 */
export const ANTICIPATING: readonly (readonly string[])[] = [
  ...AHEAD_OF_OCCASION,
  ...PREPARING_OCCASION,
  ['open', 'to'],
  // What is looked forward to or awaited is ahead: "looks forward to a profound exchange of views with Obama when the
  // two meet", "is still awaiting a meeting between Biden and Netanyahu".
  ['look', 'forward', 'to'],
  ['looks', 'forward', 'to'],
  ['looked', 'forward', 'to'],
  ['looking', 'forward', 'to'],
  ['await'],
  ['awaits'],
  ['awaiting'],
  // What is called off is not held: "called off the meeting between Swaraj and Qureshi".
  ['call', 'off'],
  ['calls', 'off'],
  ['called', 'off'],
  ['calling', 'off'],
  // What is ruled out is not done: "ruled out negotiations with Putin".
  ['rule', 'out'],
  ['rules', 'out'],
  ['ruled', 'out'],
  ['ruling', 'out'],
];

/** Verbs that deny what is reported: "denied reports that", "dismissed claims of a call", "refuted claims that". */
export const DENYING = words([
  'deny',
  'denies',
  'denied',
  'denying',
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'dismiss',
  'dismisses',
  'dismissed',
  'dismissing',
  'refute',
  'refutes',
  'refuted',
  'refuting',
  'disputed',
]);

/** What a denial denies: "reports that X met Y", "claims of a call", "allegations that". */
export const CLAIM_NOUN = words([
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'rumours',
  'rumors',
  'suggestions',
  'speculation',
]);

/**
 * Words of accusing: what they accuse someone of is said, not shown ("accused each other of opening fire", "traded
 * accusations of shelling", "echoed charges that Congo is cooperating with the FDLR", "alleged that Iran supplied
 * missiles", "blamed the rebels for the attack"). The accusation itself is criticism (6-events/triggers.ts).
 */
export const ACCUSING = words([
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'accusation',
  'accusations',
  'counter-accusations',
  'blame',
  'blamed',
  'blames',
  'blaming',
  'allege',
  'alleged',
  'alleges',
  'alleging',
  'allegation',
  'allegations',
  'charges',
  'claims',
]);

/**
 * Verbs that end or relax a measure: "lifted its sanctions on Iran", "eased sanctions on Venezuela", "ended its
 * sanctions against South Africa". What they end is no sanction imposed.
 */
export const ENDING_MEASURES = words([
  'lift',
  'lifted',
  'lifts',
  'lifting',
  'ease',
  'eased',
  'eases',
  'easing',
  'remove',
  'removed',
  'removes',
  'removing',
  'end',
  'ended',
  'ends',
  'ending',
  'revoke',
  'revoked',
  'revokes',
  'revoking',
  'rescind',
  'rescinded',
  'rescinds',
  'scrap',
  'scrapped',
  'scraps',
  'waive',
  'waived',
  'waives',
  'relax',
  'relaxed',
  'relaxes',
  'unfreeze',
  'unfroze',
  'unfrozen',
]);

/** What opens the content of an accusation: "accused X of", "charges that", "blamed X for". */
export const ACCUSATION_LINK = words(['of', 'that', 'for']);

/** "before Iran and the United States meet again", "until the leaders meet": a present verb after these is ahead. */
export const AHEAD_CONJUNCTION = words(['before', 'until', 'till', 'once']);

/**
 * Vows: what is vowed is hedged ("vowed to visit Kyiv"), but a threat is the vow itself: "promised a tough response
 * after Moldova expelled five diplomats", "vowed it would retaliate against Israel" state a threat made
 * (6-events/assertion.ts).
 */
export const VOWING = words([
  'vow',
  'vows',
  'vowed',
  'vowing',
  'pledge',
  'pledges',
  'pledged',
  'pledging',
  'promise',
  'promises',
  'promised',
  'promising',
]);

/** Past intentions: "sought to manage tensions in a call" hedges what was sought, not the call it was sought in. */
export const PAST_INTENT = words(['sought', 'tried', 'aimed', 'wanted', 'hoped', 'attempted']);

/** Hedges that are adjectives, of the noun they stand before only: "potential mediation", "an upcoming summit". */
export const NOUN_HEDGE = words(['upcoming', 'future', 'potential', 'possible', 'proposed', 'prospective']);

/**
 * Failure: "failed to agree on a ceasefire", "were unable to sign the treaty", "failed to strike a deal": the verb
 * right after "failed to" names what did not happen (assertion.ts reads them only before "to" and a verb trigger:
 * "the failed talks in Stockholm" took place, and "failed to stop the invasion" leaves the invasion there).
 */
export const FAILING = words(['fail', 'fails', 'failed', 'failing', 'unable']);

/** Verbs that ask for something: the event of their "to" clause is wanted, not done ("urged Iran to join talks"). */
export const DIRECTIVES: readonly string[] = [
  'urge',
  'urges',
  'urged',
  'urging',
  'ask',
  'asks',
  'asked',
  'asking',
  'press',
  'presses',
  'pressed',
  'pressing',
  'demand',
  'demands',
  'demanded',
  'demanding',
  'encourage',
  'encourages',
  'encouraged',
  'encouraging',
  'push',
  'pushed',
  'pushing',
  'invite',
  'invites',
  'invited',
  'inviting',
];
/**
 * Permission: "cleared Kyiv to hit targets inside Russia", "allowed Ukraine to strike Russian soil", "authorized the
 * army to shell the border": what one is allowed to do is not told as done, as with what one is urged to do
 * (assertion.ts reads both before a "to" in the same clause).
 */
export const PERMISSIONS: readonly string[] = [
  'allow',
  'allows',
  'allowed',
  'allowing',
  'permit',
  'permits',
  'permitted',
  'permitting',
  'authorize',
  'authorizes',
  'authorized',
  'authorizing',
  'authorise',
  'authorises',
  'authorised',
  'authorising',
  'cleared',
  'clearing',
  'greenlit',
  'greenlighted',
];
export const DIRECTIVE = words(DIRECTIVES, PERMISSIONS);

/**
 * "called on Russia and Ukraine to cooperate with the IAEA", "calls upon both sides to sign": "call on" asks as "urge"
 * does (assertion.ts reads the "on" after a form of "call" as a directive; "called Putin to discuss" is a phone call).
 */
export const CALLING = words(['call', 'calls', 'called', 'calling']);
export const CALLED_UPON = words(['on', 'upon']);

/**
 * "warned the West against supplying missiles to Ukraine", "cautioned Manila against holding drills with Washington":
 * what one is warned or argues against doing is not done (assertion.ts reads it before a gerund trigger only: "the war
 * against Ukraine" is there).
 */
export const OPPOSING = words(['against']);

/**
 * Participles that make the occasion before them a plan: "the second US-North Korea summit planned for late
 * February", "talks between Iran and the US scheduled for Saturday" (assertion.ts isPlannedOccasion; "the summit held
 * in November" took place).
 */
export const PLANNED_PARTICIPLE = words(['planned', 'scheduled', 'expected', 'slated', 'envisaged', 'mooted']);

/**
 * Participles of a schedule that need their link to plan the occasion before them: "The talks, set for the resort of
 * Burgenstock, would not take place" (Dawn 2026), "six-party talks, due to resume this week, have been postponed"
 * ("the talks, set up by Qatar," are no plan). The link words follow in SCHEDULE_LINK.
 */
export const LINKED_PLANNED_PARTICIPLE = words(['set', 'due']);
export const SCHEDULE_LINK = words(['for', 'to']);

/** "efforts to broker a ceasefire": the brokering goes on, what it aims at is not reached. */
export const EFFORT = words(['effort', 'efforts']);

/** Words placing an event before the time of its clause: "previously using Russia as an intermediary". */
export const EARLIER = words(['previously', 'formerly', 'once']);

/**
 * Adverbs of frequency: a verb they qualify is a habit, not one dated act ("both sides have often accused the other of
 * firing first", "Beijing routinely condemns such visits"; assertion.ts isHabitual).
 */
export const HABITUAL_ADVERB = words([
  'often',
  'frequently',
  'routinely',
  'regularly',
  'usually',
  'habitually',
  'always',
]);

/**
 * Counts before "times": a verb followed by one sums many acts, of no one day ("have met more than 40 times", "met
 * with Putin nine times", "have talked on the phone several times"; assertion.ts isBackground). Digits count too.
 */
export const REPEAT_COUNT = words([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'several',
  'many',
  'multiple',
  'numerous',
  'countless',
]);
export const TIMES = words(['times']);

/**
 * Openings that set a sentence in a span of the past, not on a day: "In the past, the army has blamed ...", "In recent
 * years, Russian aggression toward Ukraine has ...", "Over the years, the two have traded accusations".
 */
export const HABITUAL_SPANS: readonly (readonly string[])[] = [
  ['in', 'the', 'past'],
  ['in', 'recent', 'years'],
  ['over', 'the', 'years'],
  ['for', 'years'],
  ['for', 'decades'],
  ['historically'],
  ['traditionally'],
  ['time', 'and', 'again'],
];

/** "each other", "one another", "the other": the second word of a reciprocal object ("blame each other"). */
export const RECIPROCAL_FIRST = words(['each', 'one', 'the']);
export const RECIPROCAL_SECOND = words(['other', 'another']);

/**
 * Verbs that set what follows "after" before the news: "The move came after a US commission accused China of
 * genocide", "It comes after Moscow told the US mission to cut its staff" (assertion.ts isBackground).
 */
export const CAME_AFTER = words(['came', 'comes', 'come']);

/** Adjectives right before an event noun that place it before the news: "Colombia's earlier expulsion of Pino". */
export const EARLIER_NOUN = words(['earlier', 'previous', 'prior']);

/** "meetings next week": a unit after "next" that makes the event ahead. */
export const NEXT_UNIT = words(['week', 'month', 'year', 'day', 'time', 'round']);

/**
 * States of affairs rather than acts: a war, an alliance, ties ("urged them to end the war": the war is there, not
 * urged; "imposed sanctions", "launched strikes" are acts). Alliances and bonds are ties.ts's lists.
 */
export const LASTING_STATES: readonly string[] = [
  'war',
  'wars',
  'conflict',
  'conflicts',
  'aggression',
  'hostilities',
  ...ALLIANCES,
  ...BONDS,
];
export const LASTING = words(LASTING_STATES);

/** Forms of "be" before a planned state: "talks are scheduled for Saturday", "a call is being prepared". */
export const BE_FORM = words(BE_FORMS);
