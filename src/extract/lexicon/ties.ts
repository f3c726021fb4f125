import { words } from './words';

/**
 * The standing bonds between states: alliances, and the ties one strengthens with an ally and severs with a foe.
 * "its ally Belarus", "strengthened ties with Japan", "a strategic partnership", "severed diplomatic relations with
 * Qatar". A bond lasts: the event stage reads it as a state that holds, not as a dated event.
 */

/** Allies and alliances: "Russia and its ally Belarus", "the Japan-South Korea strategic alliance". */
/** "a close ally", "U.S. ally the Philippines": the nouns of one actor who is another's ally. */
export const ALLY_NOUNS: readonly string[] = ['ally', 'allies'];
export const ALLIANCES: readonly string[] = ['alliance', 'alliances', ...ALLY_NOUNS];

/** "ties with Qatar", "diplomatic relations". */
export const TIES: readonly string[] = ['ties', 'relations'];

/**
 * Bonds a talk is about, with whom they are held after "with": "discussed ties with Russia", "discussed cooperation
 * with Nepal and Bhutan", "reviewed trade with the Gulf states".
 */
export const TALKED_ABOUT_BONDS: readonly string[] = [...TIES, 'cooperation', 'partnership', 'trade', 'links'];

/**
 * Verbs of ties taken up again or made normal: "Israel and Turkey restored full diplomatic ties", "the Netherlands and
 * Turkey re-established diplomatic relations", "Morocco normalised relations with Israel", "Sudan and Iran resumed
 * diplomatic relations" (gathered from wire reports of 2015-2023: Cuba-US, Abraham Accords, Al-Ula, Saudi-Iran,
 * Turkey-Israel, Turkey-Egypt). The two states agree on the ties: an agreement of theirs.
 */
export const RESTORING: readonly string[] = [
  'restored',
  'restores',
  're-established',
  'reestablished',
  're-establishes',
  'reestablishes',
  'normalised',
  'normalized',
  'normalises',
  'normalizes',
  'resumed',
  'resumes',
];

/** Ties and the words for a bond as a whole: "a strategic partnership", "the special relationship". */
export const BONDS: readonly string[] = [...TIES, 'partnership', 'relationship'];

/**
 * What two states make or do together, after "jointly": "India and Russia jointly produce BrahMos missiles", "jointly
 * developed a jet engine", "jointly patrol the strait" (work together, not "jointly condemned", a shared statement).
 */
export const JOINT_WORKS: readonly string[] = [
  'develop',
  'developed',
  'develops',
  'developing',
  'produce',
  'produced',
  'produces',
  'producing',
  'build',
  'built',
  'builds',
  'building',
  'manufacture',
  'manufactured',
  'manufactures',
  'patrol',
  'patrolled',
  'patrols',
  'operate',
  'operated',
  'operates',
  'explore',
  'explored',
  'fund',
  'funded',
  'funds',
  'finance',
  'financed',
  'finances',
];

/**
 * Verbs (and the first word of phrasal verbs) by which one side makes its working together with another grow: "stepped
 * up cooperation with Azerbaijan", "deepened its cooperation with Russia", "expanded military cooperation with Iran".
 */
export const COOPERATION_GROWTH: readonly string[] = [
  'stepped',
  'steps',
  'stepping',
  'ramped',
  'ramps',
  'ramping',
  'deepened',
  'deepens',
  'deepening',
  'expanded',
  'expands',
  'expanding',
  'boosted',
  'boosts',
  'boosting',
  'intensified',
  'intensifies',
  'intensifying',
  'bolstered',
  'bolsters',
  'enhanced',
  'enhances',
  'strengthened',
  'strengthens',
  'strengthening',
];

/**
 * What makes plain ties a named bond of allies: "the strategic partnership", "security ties", "defence relations".
 * Ties so named are there even when the sentence only seeks to strengthen them.
 */
export const ALLIED_BOND = words(['strategic', 'security', 'defence', 'defense', 'military']);

/** What a gerund of strengthening follows when it is a goal: "ways of deepening ties", "aimed at boosting relations". */
export const GOAL_PREPOSITION = words(['of', 'on', 'for', 'about', 'at', 'towards', 'toward']);

/**
 * Verbs in the infinitive of ties an agreement is made to set up: "agreed to establish full diplomatic relations with
 * Israel", "signed a deal to normalise ties with Israel" (Abraham Accords 2020, Saudi-Iran 2023); the partner after
 * "with" is the agreement's (6-events/participants.ts).
 */
export const TIES_SETTING_UP: readonly string[] = [
  'establish',
  're-establish',
  'reestablish',
  'restore',
  'normalise',
  'normalize',
  'resume',
  'upgrade',
];
