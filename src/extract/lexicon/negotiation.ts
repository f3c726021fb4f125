import { DEALS } from './deals';

/**
 * The words that make talks a negotiation: what the talks are over ("talks on a trade deal", "talks over a nuclear
 * agreement", "in talks to reach a ceasefire") and what talks are taken up again ("resumed talks", "the resumption of
 * talks"). Gathered from wire reports of trade, nuclear, border and ceasefire talks (2012-2025); read by the
 * `negotiation-` rules of 6-events/triggers.ts.
 */

/** What talks are held to reach: a deal or a settlement of a fight. */
export const NEGOTIATED_GOALS: readonly string[] = [
  ...DEALS,
  'ceasefire',
  'truce',
  'armistice',
  'settlement',
  'swap',
  'hostage',
  'hostages',
];

/** Talks taken up again after a break are a negotiation under way: "resumed talks", "the resumption of talks". */
export const RESUMING: readonly string[] = [
  'resumed',
  'resume',
  'resumes',
  'resuming',
  'resumption',
  'restarted',
  'relaunched',
];
