/**
 * When a predicted edge is the gold edge, when its date is right, and when it is a
 * roll-up of a gold edge to the participants' states. Endpoints here are already
 * canonical gold names (see names.ts).
 */
import { isRelationType, ONTOLOGY } from '../domain/ontology';
import type { EdgeEnds } from './formats';

/** "A met B" is "B met A": the ontology's symmetric types match in either direction. */
export function isSymmetricType(type: string): boolean {
  return isRelationType(type) && ONTOLOGY[type].symmetric;
}

type Ends = Pick<EdgeEnds, 'source' | 'target'>;

export function haveSameEnds(type: string, a: Ends, b: Ends): boolean {
  if (a.source === b.source && a.target === b.target) return true;
  return isSymmetricType(type) && a.source === b.target && a.target === b.source;
}

/**
 * A mediation matches on the mediator and one shared party: "Qatar mediated between
 * Israel and Hamas" is found by Qatar -> Hamas as well as by Qatar -> Israel.
 */
export function isSameMediation(gold: EdgeEnds, predicted: EdgeEnds): boolean {
  if (gold.source !== predicted.source) return false;
  const goldParties = new Set([gold.target, ...gold.parties]);
  return [predicted.target, ...predicted.parties].some((party) => goldParties.has(party));
}

/** Whether `predicted` reports the event of `gold` (or of an acceptable edge): same type and ends. */
export function isSameEdge(gold: EdgeEnds, predicted: EdgeEnds): boolean {
  if (gold.type !== predicted.type) return false;
  return gold.type === 'MEDIATION' ? isSameMediation(gold, predicted) : haveSameEnds(gold.type, gold, predicted);
}

/**
 * A date is right when the gold edge has none, or the predicted date starts with the
 * gold one: a day inside a gold month is right, a month for a gold day is not.
 */
export function isDateRight(goldDate: string | null, predictedDate: string | null): boolean {
  if (goldDate === null) return true;
  return predictedDate !== null && predictedDate.startsWith(goldDate);
}

/** The state (or organisation) a gold actor acts for, when the gold file names one. */
export type AffiliationLookup = (name: string) => string | null | undefined;

/**
 * Whether `predicted` restates a gold edge between the participants' states: with
 * Rubio (United States) meeting Lavrov (Russia) in gold, United States-Russia. Each
 * gold end is replaced by its affiliation when it has one.
 */
export function isRollUp(
  predicted: EdgeEnds,
  goldEdges: readonly EdgeEnds[],
  affiliationOf: AffiliationLookup,
): boolean {
  return goldEdges.some((gold) => {
    if (gold.type !== predicted.type) return false;
    const rolledUp = {
      source: affiliationOf(gold.source) ?? gold.source,
      target: affiliationOf(gold.target) ?? gold.target,
    };
    return haveSameEnds(predicted.type, rolledUp, predicted);
  });
}
