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

/**
 * The roles of a third side in talks that others hold ("Norway, Cuba and Venezuela act as guarantor countries for the
 * talks", "Saudi Arabia and the US, acting as intermediaries during the talks in Jeddah", "observers at the
 * negotiations"): who holds such a role is no side of the talks. Gathered from reports of the Colombia-ELN, Sudan,
 * Ethiopia-TPLF and Nagorno-Karabakh talks (2018-2024); read by 6-events/participants.ts.
 */
export const THIRD_PARTY_ROLES: readonly string[] = [
  'guarantor',
  'guarantors',
  'mediator',
  'mediators',
  'intermediary',
  'intermediaries',
  'facilitator',
  'facilitators',
  'observer',
  'observers',
  'sponsor',
  'sponsors',
  'co-chair',
  'co-chairs',
  'witness',
  'witnesses',
];

/** The nouns a role may qualify before its preposition: "guarantor countries for the talks". */
export const ROLE_HOLDERS: readonly string[] = ['country', 'countries', 'nation', 'nations', 'state', 'states'];
