/**
 * Organisations: the hand-kept international bodies and armed groups
 * (data/sources/hand/organisations.tsv), joined by the Phoenix entries that name them,
 * and the other Phoenix IGO (Phoenix.International) and armed-group (Phoenix.MilNonState)
 * entries under ids of their own.
 */
import type { Organisation, OrganisationKind } from '../../src/gazetteer/types';
import { nameKey } from '../../src/gazetteer/names';
import type { PhoenixGroup } from './phoenix';
import { listCell, readTsv } from './records';

/** A Phoenix IGO "entry" naming an office or a person in it, not the body ("UN_SECRETARY_GENERAL"). */
const OFFICE_WORDS =
  /\b(?:SECRETARY|PEACEKEEPERS?|CHIEF|OFFICIALS?|ENVOY|SPOKES(?:MAN|WOMAN|PERSON)|DELEGATES?|INSPECTORS?|PRESIDENT|CHAIRMAN|DIRECTOR|COMMISSIONER|AMBASSADOR|REPRESENTATIVE|MONITORS?|TROOPS|SOLDIERS|OBSERVERS?|STAFF|WORKERS?)\b/;

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'de', 'la', 'al', 'el', 'du', 'des', 'wal']);

/** "ISLAMIC_ARMY_OF_ADEN" → "Islamic Army of Aden"; acronyms ("IPCC") stay capitals. */
function caseOrgName(words: string): string {
  if (/^[A-Z0-9.&-]{2,7}$/.test(words)) return words;
  return words
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL.has(w) ? w : w.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}

/** Org lookups drop a leading "the": "the United Nations" and "United Nations" are one key. */
export const orgKey = (name: string) => nameKey(name).replace(/^the /, '');

function handOrganisations(text: string, isState: (iso3: string) => boolean): Organisation[] {
  return readTsv(text).map(([id = '', kind = '', name = '', acronyms, variants, state = ''], i) => {
    if (kind !== 'international' && kind !== 'armed group')
      throw new Error(
        `organisations.tsv row ${i + 1} (${id}): kind must be "international" or "armed group", got "${kind}"`,
      );
    const org: Organisation = {
      id,
      name,
      acronyms: listCell(acronyms),
      variants: listCell(variants),
      kind,
      source: 'hand',
    };
    if (state) {
      if (!isState(state)) throw new Error(`organisations.tsv row ${i + 1} (${id}): unknown state "${state}"`);
      org.state = state;
    }
    return org;
  });
}

function phoenixOrganisation(
  g: PhoenixGroup,
  kind: OrganisationKind,
  isState: (iso3: string) => boolean,
): Organisation {
  const acronyms = new Set<string>();
  const names: string[] = [];
  for (const raw of g.names) {
    const paren = /\(([A-Z0-9.-]{2,8})\)/.exec(raw);
    if (paren?.[1]) acronyms.add(paren[1]);
    const bare = raw.replace(/\s*\([^)]*\)/g, '').trim();
    if (/^[A-Z0-9.&-]{2,7}$/.test(bare)) acronyms.add(bare);
    else if (bare) names.push(caseOrgName(bare));
  }
  const name = names[0] ?? [...acronyms][0] ?? g.cameo;
  const org: Organisation = {
    id: `phx:${orgKey(name).replace(/ /g, '-')}`,
    name,
    acronyms: [...acronyms].sort(),
    variants: [...new Set(names.slice(1))].sort(),
    kind,
    cameo: g.cameo,
    source: 'phoenix',
  };
  const state = g.cameo.slice(0, 3);
  if (kind === 'armed group' && isState(state)) org.state = state;
  return org;
}

function keysOf(o: Organisation): string[] {
  return [o.name, ...o.acronyms, ...o.variants].map(orgKey);
}

/**
 * Joins a Phoenix entry to the organisation it names. A hand-kept organisation takes only
 * the CAMEO code: Phoenix's variants are unreviewed (Hamas's entry lists a leader's name
 * among them), and the hand-kept ones were chosen for news use.
 */
function mergeInto(target: Organisation, extra: Organisation): void {
  target.cameo ??= extra.cameo;
  if (target.source === 'hand') return;
  const known = new Set(keysOf(target));
  for (const a of extra.acronyms) if (!known.has(orgKey(a))) target.acronyms.push(a);
  for (const v of [extra.name, ...extra.variants]) if (!known.has(orgKey(v))) target.variants.push(v);
}

export function buildOrganisations(
  handText: string,
  igo: readonly PhoenixGroup[],
  armed: readonly PhoenixGroup[],
  isState: (iso3: string) => boolean,
): Organisation[] {
  const hand = handOrganisations(handText, isState);
  const byKey = new Map<string, Organisation>();
  for (const o of hand) for (const k of keysOf(o)) if (!byKey.has(k)) byKey.set(k, o);
  const extra = new Map<string, Organisation>();
  const candidates = [
    ...igo
      .filter((g) => !g.names.some((n) => OFFICE_WORDS.test(n)))
      .map((g) => phoenixOrganisation(g, 'international', isState)),
    ...armed.map((g) => phoenixOrganisation(g, 'armed group', isState)),
  ];
  for (const org of candidates) {
    const target = keysOf(org)
      .map((k) => byKey.get(k))
      .find((o) => o !== undefined);
    if (target) mergeInto(target, org);
    else if (extra.has(org.id)) mergeInto(extra.get(org.id) ?? org, org);
    else extra.set(org.id, org);
  }
  for (const o of hand) {
    o.acronyms = [...new Set(o.acronyms)];
    o.variants = [...new Set(o.variants)];
  }
  return [...hand, ...[...extra.values()].sort((a, b) => a.id.localeCompare(b.id))];
}
