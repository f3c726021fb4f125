/**
 * Merges the sources' person records into the gazetteer's people: one person per Wikidata
 * id or, lacking one, per name key; roles reconciled so that a more trusted source's role
 * overrides an overlapping one from a less trusted source for the same state or body.
 */
import { comparePartial, overlaps } from '../../src/gazetteer/dates';
import { nameKey } from '../../src/gazetteer/names';
import type { Person, Role, RoleSource } from '../../src/gazetteer/types';
import { aloneForms, fullVariants, type AmbiguityRule } from './variants';
import type { PersonRecord } from './records';

interface Draft {
  qid?: string;
  name: string;
  variants: Set<string>;
  alone: Set<string>;
  notAlone: Set<string>;
  roles: Role[];
}

const TRUST: Readonly<Record<RoleSource, number>> = { phoenix: 0, wikidata: 1, facts: 2 };

class Merger {
  readonly drafts: Draft[] = [];
  private readonly byQid = new Map<string, Draft>();
  private readonly byKey = new Map<string, Draft>();

  add(record: PersonRecord): void {
    const draft = this.find(record) ?? this.create(record);
    if (record.qid !== undefined && draft.qid === undefined) {
      draft.qid = record.qid;
      this.byQid.set(record.qid, draft);
    }
    for (const v of [record.name, ...record.variants]) this.addVariant(draft, v);
    for (const a of record.alone) draft.alone.add(a);
    for (const a of record.notAlone ?? []) draft.notAlone.add(nameKey(a));
    draft.roles.push(...record.roles);
  }

  private find(record: PersonRecord): Draft | undefined {
    if (record.qid !== undefined) {
      const known = this.byQid.get(record.qid);
      if (known) return known;
    }
    for (const name of [record.name, ...record.variants]) {
      const draft = this.byKey.get(nameKey(name));
      // Two Wikidata ids under one name are two people.
      if (draft && !(draft.qid !== undefined && record.qid !== undefined && draft.qid !== record.qid)) return draft;
    }
    return undefined;
  }

  private create(record: PersonRecord): Draft {
    const draft: Draft = { name: record.name, variants: new Set(), alone: new Set(), notAlone: new Set(), roles: [] };
    this.drafts.push(draft);
    return draft;
  }

  private addVariant(draft: Draft, variant: string): void {
    draft.variants.add(variant);
    const key = nameKey(variant);
    if (!this.byKey.has(key)) this.byKey.set(key, draft);
  }
}

/**
 * Whether `lower` begins when `higher` ends, at the precision they share: Wikidata's "President
 * of Turkey from 2014" after the checked premiership ending 2014-08-28 follows it, not overlaps it.
 */
const followsOn = (lower: Role, higher: Role) =>
  lower.from !== undefined &&
  higher.to !== undefined &&
  comparePartial(lower.from, higher.to) === 0 &&
  (higher.from === undefined || comparePartial(lower.from, higher.from) > 0);

/** Cuts or drops `lower` where a more trusted role for the same holder overlaps it. */
function yieldTo(lower: Role, higher: Role): Role | undefined {
  if (lower.of !== higher.of || TRUST[lower.source] >= TRUST[higher.source] || !overlaps(lower, higher)) return lower;
  if (followsOn(lower, higher)) return lower;
  if (lower.from !== undefined && higher.from !== undefined && comparePartial(lower.from, higher.from) < 0) {
    const cut: Role = { ...lower, to: higher.from };
    delete cut.lastKnown;
    return cut;
  }
  return undefined;
}

const roleOrder = (a: Role, b: Role) =>
  (a.from ?? '').localeCompare(b.from ?? '') || a.title.localeCompare(b.title) || a.of.localeCompare(b.of);

export function reconcileRoles(roles: readonly Role[]): Role[] {
  const kept: Role[] = [];
  for (const role of roles) {
    let current: Role | undefined = role;
    for (const other of roles) if (current) current = yieldTo(current, other);
    if (current) kept.push(current);
  }
  const seen = new Set<string>();
  return kept.sort(roleOrder).filter((r) => {
    const key = JSON.stringify([r.title, r.of, r.from, r.to, r.lastKnown]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const slug = (name: string) => nameKey(name).replace(/ /g, '-');

/** The gazetteer's people, sorted by id; records are taken in order (most trusted source first names the person). */
export function buildPeople(records: readonly PersonRecord[], ambiguous: AmbiguityRule): Person[] {
  const merger = new Merger();
  for (const record of records) merger.add(record);
  const usedIds = new Set<string>();
  const people = merger.drafts.map((d): Person => {
    let id = d.qid ?? `p:${slug(d.name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `p:${slug(d.name)}-${n}`;
    usedIds.add(id);
    const roles = reconcileRoles(d.roles);
    const states = new Set(roles.map((r) => r.of));
    const variants = fullVariants(d.name, [...d.variants], states);
    const alone = aloneForms(d.name, variants, [...d.alone], states).filter((w) => !d.notAlone.has(nameKey(w)));
    const person: Person = { id, name: d.name, variants, alone, roles };
    const guarded = alone.filter(ambiguous);
    if (guarded.length > 0) person.ambiguousAlone = guarded;
    return person;
  });
  closeBySuccessors(people);
  return people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Offices with one holder at a time, whose open roles a successor's start closes. */
const SINGLE_HOLDER = new Set([
  'headOfState',
  'headOfGovernment',
  'foreignMinister',
  'defenceMinister',
  'orgLeader',
  'armedGroupLeader',
]);

const officeKey = (r: Role) => `${r.kind}|${r.of}`;

/**
 * An open role (no end, known only to its source's date) ends where a later holder of the
 * same kind of office for the same state or body begins (titles differ between sources:
 * "Federal Chancellor of Germany", "Chancellor of Germany"): Kishida's open "Prime Minister
 * of Japan" ends when Ishiba's starts. Where a source lists several open holders of one
 * kind for one state (Iran's Supreme Leader and President, Bosnia's presidency), nothing
 * is inferred.
 */
export function closeBySuccessors(people: readonly Person[]): void {
  const holders = new Map<string, Role[]>();
  for (const p of people)
    for (const r of p.roles)
      if (SINGLE_HOLDER.has(r.kind) && r.source !== 'phoenix')
        holders.set(officeKey(r), [...(holders.get(officeKey(r)) ?? []), r]);
  for (const roles of holders.values()) {
    const open = roles.filter((r) => r.to === undefined);
    if (open.length < 2) continue;
    const concurrent =
      open.filter((r) => r.lastKnown !== undefined).length > 1 && open.every((r) => r.source === 'wikidata');
    if (concurrent) continue;
    for (const r of open) {
      const next = roles
        .filter((o) => o !== r && o.from !== undefined && r.from !== undefined && comparePartial(o.from, r.from) > 0)
        .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[0];
      if (next?.from !== undefined) {
        r.to = next.from;
        delete r.lastKnown;
      }
    }
  }
}
