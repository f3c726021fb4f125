/**
 * Officeholders from CSV files that every-politician-scrapers derived from Wikidata (CC0):
 * heads of state and government in office in 2022 (world-leaders-2021's data/wikidata.csv),
 * foreign ministers in office in January 2023 (world's sources/foreign/wikidata.csv) and
 * holders of UN and other international offices (world's html/holders21.csv).
 * data/sources/wikidata/SOURCE.md records each file's repository, path and commit.
 */
import { parse } from 'csv-parse/sync';
import type { Role, RoleKind } from '../../src/gazetteer/types';
import type { PersonRecord } from './records';

/** The dates of the commits the files were taken from: an open role is known to that day only. */
export const LEADERS_LAST_KNOWN = '2022-10-10';
export const LEADERS_2021_LAST_KNOWN = '2021-12-29';
export const WORLD_LAST_KNOWN = '2023-01-10';

type Row = Record<string, string>;

/** A person's English label; an item without one comes out as its id ("Q27146606"). */
const isLabel = (label: string | undefined): label is string => !!label && !/^Q\d+$/.test(label);

const rows = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true }) as Row[];

/** Titles of heads of government; any other office in the leaders' list is a head of state's. */
const HEAD_OF_GOVERNMENT =
  /prime minister|premier|chancellor|head of government|chairman of the council of ministers|president of the government|taoiseach|first minister|chief executive/i;

/** Offices listed with heads of state that represent or share the office: not the state's own head. */
const NOT_THE_HEAD = /governor-general|governor general|co-prince|captain regent|federal council|episcopal/i;

function leaderKind(title: string, of: string): RoleKind {
  if (NOT_THE_HEAD.test(title)) return 'other';
  if (/^monarch of/i.test(title) && of !== 'GBR') return 'other'; // the British monarch's other realms
  return HEAD_OF_GOVERNMENT.test(title) ? 'headOfGovernment' : 'headOfState';
}

/** Resolves a country's English name to ISO3, or undefined for places that are not states (Quebec, Scotland). */
export type StateLookup = (name: string) => string | undefined;

function openRole(role: Role, to: string | undefined, lastKnown: string): Role {
  if (to) return { ...role, to };
  return { ...role, lastKnown };
}

/** world-leaders-2021/data/wikidata.csv: countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year. */
export function leaders(text: string, stateOf: StateLookup, lastKnown = LEADERS_LAST_KNOWN): PersonRecord[] {
  return rows(text).flatMap((r) => {
    const of = stateOf(r.country ?? '');
    const title = r.positionLabel ?? '';
    if (of === undefined || !isLabel(r.officeholderLabel) || !r.start_year) return [];
    const kind = leaderKind(title, of);
    const role = openRole({ title, kind, of, from: r.start_year, source: 'wikidata' }, r.end_year, lastKnown);
    return [{ name: r.officeholderLabel, qid: r.officeholder, variants: [], alone: [], roles: [role] }];
  });
}

/**
 * The same query's results of December 2021 (leaders in office at some time in 2021): only the
 * roles that ended, which the 2022 file no longer lists (Conte, Ghani, Merkel, Netanyahu, Suga);
 * the open ones are the 2022 file's, known to a later date.
 */
export function formerLeaders(text: string, stateOf: StateLookup): PersonRecord[] {
  return leaders(text, stateOf, LEADERS_2021_LAST_KNOWN).filter((p) => p.roles.every((r) => r.to !== undefined));
}

/** "Minister of Foreign Affairs" + Russia → "Minister of Foreign Affairs of Russia"; "United States Secretary of State" stays. */
function ministerTitle(label: string, country: string): string {
  const countryWords = country.split(/\s+/).filter((w) => w.length > 3);
  return countryWords.some((w) => label.includes(w)) ? label : `${label} of ${country}`;
}

/** world/sources/foreign/wikidata.csv: person,name,country,countryLabel,position,positionLabel,start,psid. */
export function foreignMinisters(text: string, stateOf: StateLookup): PersonRecord[] {
  return rows(text).flatMap((r) => {
    const of = stateOf(r.countryLabel ?? '');
    if (of === undefined || !isLabel(r.name) || !r.person) return [];
    const title = ministerTitle(r.positionLabel || 'Minister of Foreign Affairs', r.countryLabel ?? '');
    const role: Role = { title, kind: 'foreignMinister', of, source: 'wikidata', lastKnown: WORLD_LAST_KNOWN };
    if (r.start) role.from = r.start.slice(0, 10);
    return [{ name: r.name, qid: r.person, variants: [], alone: [], roles: [role] }];
  });
}

/** International offices kept, with the organisation each belongs to and whether it leads it. */
const OFFICES: Readonly<Record<string, { of: string; kind: RoleKind }>> = {
  'Secretary-General of the United Nations': { of: 'UN', kind: 'orgLeader' },
  'Deputy Secretary-General of the United Nations': { of: 'UN', kind: 'other' },
  'Under-Secretary-General of the United Nations': { of: 'UN', kind: 'other' },
  'President of the United Nations General Assembly': { of: 'UNGA', kind: 'orgLeader' },
  'Director-General of the World Trade Organization': { of: 'WTO', kind: 'orgLeader' },
  'President of the International Court of Justice': { of: 'ICJ', kind: 'orgLeader' },
  'OSCE High Commissioner on National Minorities': { of: 'OSCE', kind: 'other' },
  'president of the Parliamentary Assembly of the Council of Europe': { of: 'COE', kind: 'other' },
};

/** world/html/holders21.csv: position,person,personID,start,end. */
export function internationalOfficeholders(text: string): PersonRecord[] {
  return rows(text).flatMap((r) => {
    const office = OFFICES[r.position ?? ''];
    if (office === undefined || !isLabel(r.person) || !r.personID) return [];
    const base: Role = { title: r.position ?? '', kind: office.kind, of: office.of, source: 'wikidata' };
    if (r.start) base.from = r.start;
    const role = openRole(base, r.end, WORLD_LAST_KNOWN);
    return [{ name: r.person, qid: r.personID, variants: [], alone: [], roles: [role] }];
  });
}
