/**
 * What writing a batch's roles does to the HOLDS_ROLE relationships the graph holds: each report of a role (a
 * person, a title, a state or organisation, a term) is merged into the stored term it is, narrowing its known
 * ends, or becomes a term of its own (src/domain/roleTerms.ts says which). Pure: the writer reads the stored
 * terms of the batch's people, plans here, then writes the plan. Reports are taken in order, so a batch leaves
 * the graph as writing its articles one by one would.
 */
import { narrowTerm, readTitle, tenseTerm, termOf, type Term } from '../domain/roleTerms';
import type { PartialDate } from '../domain/partialDate';
import type { ExtractedActor, HeldRole } from '../domain/types';

/** A HOLDS_ROLE relationship as stored: `ref` is its element id. */
export interface StoredRole extends HeldRole {
  person: string;
  ref: string;
}

/** A role one article reports of one of its people. */
export interface RoleReport extends HeldRole {
  person: string;
}

export interface RolePlan {
  /** Stored relationships whose term the reports narrowed. */
  updates: { ref: string; from: string | null; to: string | null }[];
  /** New relationships, one per new term. */
  creates: RoleReport[];
}

/**
 * The role an actor reports: the extractor's `held`, else (other producers) its role in its affiliation, open
 * except where the title itself says "former" (ended by the article's publication), never a plain current role.
 */
export function reportedRole(actor: ExtractedActor, published: PartialDate | null): RoleReport | null {
  if (actor.held !== undefined) return actor.held === null ? null : { person: actor.id, ...actor.held };
  if (actor.role === null || actor.affiliation === null) return null;
  const { title, tense } = readTitle(actor.role);
  return { person: actor.id, title, of: actor.affiliation, ...tenseTerm(tense, published) };
}

const roleKey = (r: { person: string; of: string; title: string }) => JSON.stringify([r.person, r.of, r.title]);

interface Entry {
  ref: string | null;
  role: RoleReport;
  changed: boolean;
}

const sameTerm = (a: Term, b: Term) => a.from === b.from && a.to === b.to;

export function planRoleWrites(stored: readonly StoredRole[], reports: readonly RoleReport[]): RolePlan {
  const byKey = new Map<string, Entry[]>();
  for (const { ref, ...role } of stored)
    byKey.set(roleKey(role), [...(byKey.get(roleKey(role)) ?? []), { ref, role, changed: false }]);
  for (const report of reports) {
    const entries = byKey.get(roleKey(report)) ?? [];
    const k = termOf(
      entries.map((e) => e.role),
      report,
    );
    const entry = entries[k];
    if (entry === undefined) entries.push({ ref: null, role: report, changed: true });
    else {
      const term = narrowTerm(entry.role, report);
      if (!sameTerm(term, entry.role)) Object.assign(entry, { role: { ...entry.role, ...term }, changed: true });
    }
    byKey.set(roleKey(report), entries);
  }
  const all = [...byKey.values()].flat().filter((e) => e.changed);
  return {
    updates: all.flatMap((e) => (e.ref === null ? [] : [{ ref: e.ref, from: e.role.from, to: e.role.to }])),
    creates: all.flatMap((e) => (e.ref === null ? [e.role] : [])),
  };
}
