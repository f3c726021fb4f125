/**
 * The typed actor-to-actor relationships derived from an event, for fast traversal:
 * symmetric types link every pair of participants once (ordered by id, so that two
 * articles naming them in another order give the same relationship), directed
 * types link source to target, and a mediation links the mediator to each party.
 */
import { ONTOLOGY, type RelationType } from '../domain/ontology';
import type { Participant } from '../domain/types';

export interface DerivedPair {
  from: string;
  to: string;
}

export function derivedPairs(type: RelationType, participants: readonly Participant[]): DerivedPair[] {
  const ids = (role: Participant['role']) => participants.filter((p) => p.role === role).map((p) => p.actorId);
  if (type === 'MEDIATION') return ids('MEDIATOR').flatMap((from) => ids('PARTY').map((to) => ({ from, to })));
  if (!ONTOLOGY[type].symmetric) return ids('SOURCE').flatMap((from) => ids('TARGET').map((to) => ({ from, to })));
  const all = [...new Set(participants.map((p) => p.actorId))].sort();
  return all.flatMap((from, i) => all.slice(i + 1).map((to) => ({ from, to })));
}
