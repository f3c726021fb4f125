/**
 * The shapes of the gazetteer's JSON files (data/gazetteer/), shared by the build
 * script (scripts/gazetteer/build.ts) that writes them and the loader that reads them.
 */

/** A date as precise as the source gives it: "2024", "2024-07" or "2024-07-05". */
export type PartialIsoDate = string;

/**
 * What a role is, so that a reader can rank roles without parsing titles. `government` is Phoenix's CAMEO GOV
 * code (some office in government, which one unsaid), `military` its MIL.
 */
export const ROLE_KINDS = [
  'headOfState',
  'headOfGovernment',
  'foreignMinister',
  'defenceMinister',
  'orgLeader',
  'armedGroupLeader',
  'government',
  'military',
  'other',
] as const;

export type RoleKind = (typeof ROLE_KINDS)[number];

/** Where a row came from, in increasing order of trust (a later source overrides an earlier one). */
export type RoleSource = 'phoenix' | 'wikidata' | 'facts';

export interface Role {
  title: string;
  kind: RoleKind;
  /** A state's ISO 3166 alpha-3 code ("USA"), or an organisation's id ("NATO"). */
  of: string;
  from?: PartialIsoDate;
  to?: PartialIsoDate;
  /**
   * For a role with no end: the date its source was compiled. After it, the source cannot
   * say whether the role went on, so the role is neither current nor former.
   */
  lastKnown?: PartialIsoDate;
  source: RoleSource;
}

export interface Person {
  /** A Wikidata id ("Q7747") when a source gives one, else "p:" and a slug of the name. */
  id: string;
  name: string;
  /** Full forms of the name: spellings, transliterations, diacritic-free forms. */
  variants: string[];
  /** Single words that name the person alone in news ("Putin", "Zelenskyy"). */
  alone: string[];
  /**
   * The words of `alone` that are also a common English word, a first name or a surname
   * shared by many ("May", "Dan", "Khan", "Sharif"): such a word matches only with a first
   * name, a title, or an earlier full mention. Per word, since one person's other word may
   * be unambiguous ("Abiy", beside "Ali"; "Shehbaz", beside "Sharif").
   */
  ambiguousAlone?: string[];
  roles: Role[];
}

export type MetonymKind = 'name' | 'capital' | 'seat' | 'organ';

export interface Metonym {
  text: string;
  kind: MetonymKind;
  /** The capital is also a common word or a frequent place name elsewhere ("Victoria", "Kingston"). */
  ambiguous?: true;
}

export interface State {
  iso3: string;
  name: string;
  variants: string[];
  demonyms: string[];
  metonyms: Metonym[];
}

export type OrganisationKind = 'international' | 'armed group';

export interface Organisation {
  id: string;
  name: string;
  acronyms: string[];
  variants: string[];
  kind: OrganisationKind;
  /** The CAMEO code Phoenix gives it ("IGOUNO"), when Phoenix lists it. */
  cameo?: string;
  /** The state an armed group fights in or against, when the source says. */
  state?: string;
  /** `hand`: kept and reviewed in data/sources/hand/organisations.tsv; `phoenix`: a Phoenix entry as it comes, unreviewed. */
  source: 'hand' | 'phoenix';
}

/** data/gazetteer/meta.json: what the files were built from. */
export interface GazetteerMeta {
  builtFrom: Record<string, string>;
  counts: { people: number; roles: number; states: number; organisations: number };
}
