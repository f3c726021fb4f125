import { DURATION_UNITS } from './time';
import { words } from './words';

/**
 * Force and measures: what a state acts through (ships, jets, troops), the verbs of a war's or a clash's happening,
 * the verbs by which measures reach their targets, and the nouns counting strikes or rounds of sanctions.
 */

/** What a state acts through: "Chinese Coast Guard vessels fired", "Russian troops advanced". */
export const INSTRUMENTS: readonly string[] = [
  'vessels',
  'ships',
  'boats',
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
