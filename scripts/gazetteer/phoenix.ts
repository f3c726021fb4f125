/**
 * People and organisations from the Phoenix actor dictionaries (Open Event Data Alliance,
 * MIT). Phoenix codes a person's role by CAMEO sector, not by office: `RUSGOV` says
 * "in Russia's government" without saying president or minister. The mapping is kept
 * conservative: GOV becomes "government official", GOVMIL "government official (military
 * affairs)" (defence ministers among others), MIL "military officer". The other GOV sectors
 * (agriculture, health, education... ministers: outside the gazetteer's scope), ELI (elite:
 * out of office), opposition, rebels, business and media codes give no role.
 */
import { NAME_PARTICLES } from '../../src/extract/lexicon/names';
import type { Role, RoleKind } from '../../src/gazetteer/types';
import type { PersonRecord } from './records';
import { parseTabari, tabariWords, type TabariCode, type TabariEntry } from './tabari';

/** The date the CountryInfo file behind Phoenix.Countries was generated: open roles are known to this day only. */
export const PHOENIX_LAST_KNOWN = '2014-01-30';

/** CAMEO country codes that are not ISO 3166 alpha-3. */
const CAMEO_TO_ISO3: Readonly<Record<string, string>> = { ROM: 'ROU', TMP: 'TLS', MTN: 'MNE', KSV: 'UNK' };

/** Words that mark an office, body or place rather than a person ("GENERAL_SECRETARY_OF_THE_COMMUNIST_PARTY"). */
const NOT_A_PERSON =
  /\b(?:OF|THE|PARTY|COUNCIL|COMMITTEE|MINISTRY|MINISTER|GOVERNMENT|ASSEMBLY|PARLIAMENT|ARMY|FORCES|COURT|BANK|AGENCY|OFFICE|UNION|FRONT|MOVEMENT|PRESIDENT|SECRETARY|AMBASSADOR|GENERAL|SPOKESMAN|SPOKESPERSON|CHIEF|LEADER|PRIME|KING|QUEEN|PRINCE|SHEIKH|EMIR|SULTAN|COLONEL|MAJOR|CAPTAIN|DR|MR|MRS|MS|SENATOR|GOVERNOR|MAYOR|ADMIRAL|MARSHAL|AYATOLLAH|CARDINAL|POPE|BISHOP|REGIME|ADMINISTRATION|POLICE|EMBASSY|CABINET|JUNTA|AUTHORITY|COMMISSION|LEAGUE|ORGANIZATION|FEDERATION)\b/;

/** Phoenix dictionary codes a role from 2000 on counts when it is in a state's government or military. */
function roleOfCode(c: TabariCode, states: ReadonlySet<string>): Role | undefined {
  const country = CAMEO_TO_ISO3[c.code.slice(0, 3)] ?? c.code.slice(0, 3);
  const sector = c.code.slice(3);
  if (!states.has(country) || c.from === undefined) return undefined;
  let title: string;
  let kind: RoleKind;
  if (sector === 'GOV') [title, kind] = ['government official', 'government'];
  else if (sector === 'MIL') [title, kind] = ['military officer', 'military'];
  else if (sector === 'GOVMIL') [title, kind] = ['government official (military affairs)', 'government'];
  else return undefined;
  const role: Role = { title, kind, of: country, from: c.from, source: 'phoenix' };
  if (c.to !== undefined) role.to = c.to;
  else role.lastKnown = PHOENIX_LAST_KNOWN;
  return role;
}

/**
 * Particles written lower-case inside a name: the extractor's (NAME_PARTICLES), and the Portuguese, Spanish and
 * Italian ones Phoenix's capitals also hide ("DOS SANTOS", "DEL", "DI"), which the extractor's list does not hold
 * (adding them there would change what it extracts).
 */
const PARTICLES = new Set([...NAME_PARTICLES, 'do', 'dos', 'das', 'del', 'della', 'di']);

/** "ABDEL_FATTAH_AL-SISI_" → "Abdel Fattah al-Sisi"; "DAVID_MCALLISTER" → "David McAllister". */
export function titleCaseName(raw: string): string {
  const words = tabariWords(raw).toLowerCase().split(' ');
  return words
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          if ((i > 0 || j > 0) && PARTICLES.has(part)) return part;
          const cased = part.charAt(0).toUpperCase() + part.slice(1);
          return cased.replace(/^Mc(\p{L})/u, (_, c: string) => `Mc${c.toUpperCase()}`);
        })
        .join('-'),
    )
    .join(' ');
}

/** A variant worth keeping as a name: no title, office word or stray code in it. */
function isPersonName(raw: string): boolean {
  const words = tabariWords(raw);
  return words !== '' && !NOT_A_PERSON.test(words) && /^[A-Z][A-Z.' -]*$/.test(words);
}

function personOf(entry: TabariEntry, states: ReadonlySet<string>, since: string): PersonRecord | undefined {
  const [first] = entry.names;
  if (first === undefined || !isPersonName(first) || tabariWords(first).split(' ').length < 2) return undefined;
  if (entry.codes.some((c) => c.code.length === 3)) return undefined; // a state's own entry
  const roles = entry.codes.flatMap((c) => roleOfCode(c, states) ?? []);
  const recent = roles.filter((r) => (r.to ?? r.lastKnown ?? '9999') >= since);
  if (recent.length === 0) return undefined;
  const names = entry.names.filter(isPersonName).map(titleCaseName);
  return {
    name: titleCaseName(first),
    variants: [...new Set(names.filter((n) => n.includes(' ')))],
    alone: [...new Set(names.filter((n) => !n.includes(' ')))],
    roles: recent,
  };
}

/** People of Phoenix.Countries with a government or military role in force on or after `since`. */
export function phoenixPeople(text: string, states: ReadonlySet<string>, since: string): PersonRecord[] {
  return parseTabari(text).flatMap((entry) => personOf(entry, states, since) ?? []);
}

export interface PhoenixGroup {
  names: string[];
  cameo: string;
}

/** Organisations: Phoenix.International's IGO entries that are not people, or every entry of Phoenix.MilNonState. */
export function phoenixGroups(text: string, prefix: 'IGO' | ''): PhoenixGroup[] {
  return parseTabari(text).flatMap((entry) => {
    const code = entry.codes.find((c) => c.code.startsWith(prefix) && c.code !== 'ELI');
    const dated = entry.codes.some((c) => c.from !== undefined || c.to !== undefined || c.code === 'ELI');
    if (code === undefined || dated) return [];
    const names = entry.names.map((n) => tabariWords(n).replace(/\s*\([^)]*\)\s*$/, '')).filter((n) => n.length > 1);
    return names.length > 0 ? [{ names, cameo: code.code }] : [];
  });
}
