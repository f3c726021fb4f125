import { CALL_FORMS } from './occasions';
import { words } from './words';

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
];

/** A token norm that is an insult ("dictator", "warmongers"). */
export const PEJORATIVE = words(PEJORATIVES);

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
  ...CALL_FORMS,
];
