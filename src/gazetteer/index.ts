/**
 * The gazetteer: known people (with dated roles), states (with names, demonyms and
 * metonyms) and organisations (with acronyms), as built by `npm run gazetteer:build`
 * into data/gazetteer/. Pure lookups over Maps built once; `loadGazetteer()` reads the
 * files once per process. data/gazetteer/README.md describes the data and its sources.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { comparePartial } from './dates';
import { nameKey, transliterationKey } from './names';
import type { Metonym, Organisation, PartialIsoDate, Person, Role, RoleKind, State } from './types';

export type { Metonym, Organisation, Person, Role, RoleKind, State } from './types';
export { nameKey, stripDiacritics, transliterationKey } from './names';

export interface PersonMatch {
  person: Person;
  /** The text was a single word naming the person alone ("Putin"), not a full name. */
  alone: boolean;
  /** The single word is also a common word, first name or shared surname: accept it only with support (a title, a first name, an earlier full mention). */
  guard: boolean;
  /** Only a transliteration of the text names this person, where another person is spelled so exactly ("Lammy": Lamy). */
  transliterated?: true;
}

export interface RoleAt {
  role: Role;
  /**
   * In office on the date, or the last office the person had left by then, or, when every role begins later, the
   * first of them (`future`: Carney a few days before he became Prime Minister of Canada).
   */
  status: 'current' | 'former' | 'future';
  /** False when the date is after the role's source was compiled and no later source says it ended. */
  confirmed: boolean;
}

export interface ResolvedPerson extends PersonMatch {
  role: RoleAt;
}

export interface MetonymMatch {
  state: State;
  metonym: Metonym;
}

export interface Gazetteer {
  readonly people: readonly Person[];
  readonly states: readonly State[];
  readonly organisations: readonly Organisation[];
  /** People a name may refer to: a full name or variant, or a single word naming them alone; else a transliteration of one. */
  peopleByName(text: string): PersonMatch[];
  /**
   * The role a person holds on an ISO date ("2025-03-01", or a partial "2025"), else the last one they left, else the
   * first one they will hold; undefined if the person has no dated role.
   */
  roleAt(person: Person, date: PartialIsoDate): RoleAt | undefined;
  /**
   * The one person an untitled name means on a date: among the people the name may refer to,
   * the one holding a role then (confirmed before assumed), else the one who last held one, else
   * the one who holds one next.
   * Undefined when no one matches or two people tie (two current officeholders named
   * "Wong" in October 2024): the caller then leaves the name to its other rules.
   */
  resolvePerson(text: string, date: PartialIsoDate): ResolvedPerson | undefined;
  /** A state by its name, a variant or an ISO3 code. */
  stateByName(text: string): State | undefined;
  /** A state by a demonym or adjective ("Russian"). */
  stateByDemonym(text: string): State | undefined;
  /** A state by a capital, seat or organ standing for it ("the Kremlin", "Downing Street", "Tehran"). */
  stateByMetonym(text: string): MetonymMatch | undefined;
  /** Organisations by acronym (exact case: "WHO", not "who") or by name and variant. */
  organisationsByName(text: string): Organisation[];
}

/** Lookup key for phrases that may start with "the": "the Kremlin" and "Kremlin" meet. */
export const phraseKey = (text: string): string => nameKey(text).replace(/^the /, '');

/** Which role a reader means when a person holds several on one date. */
const KIND_RANK: Readonly<Record<RoleKind, number>> = {
  headOfState: 0,
  headOfGovernment: 1,
  orgLeader: 2,
  armedGroupLeader: 3,
  foreignMinister: 4,
  defenceMinister: 5,
  government: 6,
  military: 7,
  other: 8,
};
const TRUST: Readonly<Record<Role['source'], number>> = { facts: 0, wikidata: 1, phoenix: 2 };
/** Phoenix's sector codes say too little to assume a role went on after the file was compiled. */
const ASSUMED_TO_CONTINUE = (r: Role) => r.kind !== 'government' && r.kind !== 'military';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Whether the role is in force on the date; undefined when its source cannot say. */
function inForce(role: Role, date: PartialIsoDate): { current: boolean; confirmed: boolean } | undefined {
  if (role.from !== undefined && comparePartial(role.from, date) > 0) return { current: false, confirmed: true };
  if (role.to !== undefined) {
    const order = comparePartial(date, role.to);
    if (order < 0) return { current: true, confirmed: true };
    // A partial end ("2024") may still hold on a date inside that year: unconfirmed.
    return { current: order === 0 && role.to.length < 10, confirmed: false };
  }
  if (role.lastKnown === undefined || comparePartial(date, role.lastKnown) <= 0)
    return { current: true, confirmed: true };
  return ASSUMED_TO_CONTINUE(role) ? { current: true, confirmed: false } : undefined;
}

const byPreference = (a: Role, b: Role) =>
  KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
  TRUST[a.source] - TRUST[b.source] ||
  (b.from ?? '').localeCompare(a.from ?? '');

export function roleAt(person: Person, date: PartialIsoDate): RoleAt | undefined {
  const current: { role: Role; confirmed: boolean }[] = [];
  for (const role of person.roles) {
    const state = inForce(role, date);
    if (state?.current) current.push({ role, confirmed: state.confirmed });
  }
  // A role known to hold on the date beats one only assumed to ("President of Turkey since 2014", as of 2022).
  current.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || byPreference(a.role, b.role));
  const [best] = current;
  if (best) return { role: best.role, status: 'current', confirmed: best.confirmed };
  const ended = person.roles.filter((r) => r.to !== undefined && comparePartial(r.to, date) <= 0);
  ended.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || byPreference(a, b));
  const [last] = ended;
  if (last) return { role: last, status: 'former', confirmed: true };
  const upcoming = person.roles.filter((r) => r.from !== undefined && comparePartial(r.from, date) > 0);
  upcoming.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || byPreference(a, b));
  const [next] = upcoming;
  return next ? { role: next, status: 'future', confirmed: true } : undefined;
}

/** Whether the role names an office (a president, a minister), not one of Phoenix's sectors ("government official"). */
const isOffice = (role: Role) => ASSUMED_TO_CONTINUE(role);

/**
 * Lower wins: a confirmed current office (0) before a confirmed current Phoenix sector (1), an
 * assumed role (2), a former one (3), one not yet begun (4). "Zuma" in 2012 is the President, not
 * the minister Phoenix lists as a government official; former roles still tie (a surname alone
 * stays unresolved).
 */
function tier(r: RoleAt): number {
  if (r.status === 'future') return 4;
  if (r.status !== 'current') return 3;
  if (!r.confirmed) return 2;
  return isOffice(r.role) ? 0 : 1;
}

function resolveAmong(matches: readonly PersonMatch[], date: PartialIsoDate): ResolvedPerson | undefined {
  const ranked = matches
    .flatMap((m) => {
      const role = roleAt(m.person, date);
      return role ? [{ ...m, role }] : [];
    })
    // A person another spelling names stands only while in office ("Sarkisian" in 2019: Armen Sarkissian, President);
    // out of office, the person the text spells exactly is meant ("Lammy" in June 2024 is David Lammy, a month before
    // he became Foreign Secretary, not Pascal Lamy, the WTO's former head).
    .filter((m) => m.transliterated === undefined || m.role.status === 'current')
    .sort((a, b) => tier(a.role) - tier(b.role));
  const [best, next] = ranked;
  if (best === undefined) return undefined;
  return next !== undefined && tier(next.role) === tier(best.role) ? undefined : best;
}

/** The matches of `first`, then those of `more` for people `first` lacks, marked as transliterations. */
function unionOf(first: readonly PersonMatch[], more: readonly PersonMatch[]): PersonMatch[] {
  const others = more.filter((m) => !first.some((f) => f.person === m.person));
  return [...first, ...others.map((m): PersonMatch => ({ ...m, transliterated: true }))];
}

/**
 * Whether two given names are spellings of one name: the same after transliteration folding, or one a short
 * alteration of the other with the same first two letters ("Aleksandr"/"Alexander", "Mohammad"/"Mohammed",
 * "Nicolás"/"Nicolas"), not two names ("Serzh"/"Armen", "Ali"/"Alan").
 */
export function isSameGivenName(a: string, b: string): boolean {
  const [x, y] = [transliterationKey(a), transliterationKey(b)];
  if (x === y) return true;
  if (x.length < 4 || y.length < 4 || x.slice(0, 2) !== y.slice(0, 2)) return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 7 ? 2 : 1);
}

/**
 * Whether two surnames are transliterations of one ("Lukashenka"/"Lukashenko", "Sarkisian"/"Sargsyan"): the same
 * first two letters and a few letters apart for a long name, one for a short one; not two names ("Ahmed"/"Ali").
 */
export function isSameSurname(a: string, b: string): boolean {
  const [x, y] = [transliterationKey(a), transliterationKey(b)];
  if (x === y) return true;
  if (x.length < 5 || y.length < 5 || x.slice(0, 2) !== y.slice(0, 2)) return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 3 : 1);
}

/** Levenshtein distance, for the short given names isSameGivenName and isSameSurname compare. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * A full name no source spells so ("Aleksandr Lukashenka"), read as a surname that names a known person alone and a
 * given name that is a spelling of that person's ("Alexander Lukashenko"): that person, as a full name. A given
 * name of another ("Serzh Sarkissian" for Armen Sarkissian) matches nobody.
 */
function byGivenNameAndSurname(text: string, spelledAs: (text: string) => PersonMatch[]): PersonMatch[] {
  const words = nameKey(text).split(' ');
  if (words.length !== 2) return [];
  const [given = '', surname = ''] = words;
  return spelledAs(surname)
    .filter((m) => m.alone)
    .filter((m) =>
      [m.person.name, ...m.person.variants].some((n) => {
        const own = nameKey(n).split(' ');
        return own.length >= 2 && isSameGivenName(own[0] ?? '', given);
      }),
    )
    .map((m) => ({ person: m.person, alone: false, guard: false }));
}

/** The Arabic article news writes before a surname: "al-Hajraf", "Al Budaiwi", "el-Sisi". */
const ARTICLES: readonly string[] = ['al', 'el'];

/**
 * A surname that names the person alone, with the article their own full name writes before it ("Nayef Al Hajraf":
 * "Al Hajraf"; "Jasem al-Budaiwi": "al-Budaiwi"): news writes the surname alone with its article as often as without.
 * Only where the person's name or a variant has that article before that surname, so "Al Gore" never reads as "Gore".
 */
function articledSurnames(person: Person, word: string): string[] {
  const names = [person.name, ...person.variants].map(nameKey);
  return ARTICLES.map((article) => `${article} ${nameKey(word)}`).filter((phrase) =>
    names.some((n) => n.endsWith(` ${phrase}`)),
  );
}

/** Whether the single word naming the person alone needs a guard (see Person.ambiguousAlone). */
function isGuardedAlone(person: Person, word: string): boolean {
  const key = nameKey(word);
  return (person.ambiguousAlone ?? []).some((w) => nameKey(w) === key);
}

export function createGazetteer(
  people: readonly Person[],
  states: readonly State[],
  organisations: readonly Organisation[],
): Gazetteer {
  const peopleByKey = new Map<string, PersonMatch[]>();
  const addPerson = (key: string, match: PersonMatch) => {
    if (!(peopleByKey.get(key) ?? []).some((m) => m.person === match.person)) push(peopleByKey, key, match);
  };
  for (const person of people) {
    for (const name of [person.name, ...person.variants])
      addPerson(nameKey(name), { person, alone: false, guard: false });
    for (const word of person.alone) {
      const guard = isGuardedAlone(person, word); // "Al Ali" is as ambiguous as "Ali"
      for (const form of [word, ...articledSurnames(person, word)])
        addPerson(nameKey(form), { person, alone: true, guard });
    }
  }
  // A spelling no source lists ("Sergei Lavrov" for Wikidata's "Sergey Lavrov") meets its person by transliteration.
  const peopleByTransliteration = new Map<string, PersonMatch[]>();
  for (const [key, matches] of peopleByKey)
    for (const match of matches) {
      const folded = transliterationKey(key);
      if (!(peopleByTransliteration.get(folded) ?? []).some((m) => m.person === match.person))
        push(peopleByTransliteration, folded, match);
    }
  // Both spellings count: "Sarkisian" is Serzh Sargsyan's spelling and, by transliteration, Armen Sarkissian's; the
  // date then chooses between them. (Joined once here, so that a lookup folds a name only when its spelling misses.)
  for (const [key, matches] of peopleByKey)
    peopleByKey.set(key, unionOf(matches, peopleByTransliteration.get(transliterationKey(key)) ?? []));
  const spelledAs = (text: string): PersonMatch[] =>
    peopleByKey.get(nameKey(text)) ?? peopleByTransliteration.get(transliterationKey(text)) ?? [];
  const matchesOf = (text: string): PersonMatch[] => {
    const spelled = spelledAs(text);
    return spelled.length > 0 ? spelled : byGivenNameAndSurname(text, spelledAs);
  };
  const stateNames = new Map<string, State>();
  const demonyms = new Map<string, State>();
  const metonyms = new Map<string, MetonymMatch>();
  for (const state of states) {
    for (const n of [state.iso3, state.name, ...state.variants])
      if (!stateNames.has(phraseKey(n))) stateNames.set(phraseKey(n), state);
    for (const d of state.demonyms) if (!demonyms.has(phraseKey(d))) demonyms.set(phraseKey(d), state);
    for (const m of state.metonyms)
      if (!metonyms.has(phraseKey(m.text))) metonyms.set(phraseKey(m.text), { state, metonym: m });
  }
  const acronyms = new Map<string, Organisation[]>();
  const orgNames = new Map<string, Organisation[]>();
  for (const org of organisations) {
    for (const a of org.acronyms) push(acronyms, a, org);
    for (const n of [org.name, ...org.variants]) push(orgNames, phraseKey(n), org);
  }
  return {
    people,
    states,
    organisations,
    peopleByName: matchesOf,
    roleAt,
    resolvePerson: (text, date) => resolveAmong(matchesOf(text), date),
    stateByName: (text) => stateNames.get(phraseKey(text)),
    stateByDemonym: (text) => demonyms.get(phraseKey(text)),
    stateByMetonym: (text) => metonyms.get(phraseKey(text)),
    organisationsByName: (text) => acronyms.get(text.trim()) ?? orgNames.get(phraseKey(text)) ?? [],
  };
}

/** data/gazetteer/, next to src/ in the repository. */
export const GAZETTEER_DIR = path.resolve(__dirname, '..', '..', 'data', 'gazetteer');

let loaded: Gazetteer | undefined;

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

/** The gazetteer built into data/gazetteer/, read once per process. */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  if (loaded && dir === GAZETTEER_DIR) return loaded;
  const g = createGazetteer(
    readJson<Person[]>(dir, 'people.json'),
    readJson<State[]>(dir, 'states.json'),
    readJson<Organisation[]>(dir, 'organisations.json'),
  );
  if (dir === GAZETTEER_DIR) loaded = g;
  return g;
}
