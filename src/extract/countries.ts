import countries from 'world-countries';
import type { ActorKind } from '../domain/ontology';
import { loadGazetteer, type Metonym } from '../gazetteer';
import {
  ALSO_STATES,
  AMBIGUOUS_CAPITALS,
  AMBIGUOUS_SPELLINGS,
  DE_FACTO_STATES,
  EXTRA_ADJECTIVES,
  NEWS_ADJECTIVE_OWNERS,
  EXTRA_NAMES,
  NEWS_BARE_NAMES,
  NEWS_NAME,
  ORGANISATION_CAPITALS,
  SEATS,
  SKIPPED_METONYMS,
} from './lexicon/countries';
import { normalizeWord } from './normalizeWord';

/**
 * The gazetteer of states, built from the maintained `world-countries` package
 * (names, official names, alternative spellings, English demonyms, capitals),
 * plus a few seats of power used as metonyms ("the Kremlin said") and the other data of lexicon/countries.ts.
 */

/** How a phrase names its actor; decides whether it can be a place or a modifier. */
export type GazetteerForm =
  | 'name' // "Iran", "Islamic Republic of Iran", "the Democratic Party"
  | 'capital' // "Moscow": the state when it acts, a place after "in"
  | 'seat' // "the Kremlin": always the state
  | 'adjective' // "Russian", "Democratic": a modifier ("Russian officials")
  | 'members'; // "Russians", "Democrats": the people of the actor, acting as it

export interface GazetteerEntry {
  /** Canonical actor name ("United States"). */
  actor: string;
  kind: ActorKind;
  form: GazetteerForm;
  /** The state a domestic organisation belongs to (a party: "Democratic Party" → "United States"). */
  state?: string;
  /**
   * A spelling of the entry ends in a word written in lower case ("Haqqani network", "Quai d'Orsay"): the text
   * may end the name so (names are otherwise found as runs of capitalised words).
   */
  lowerLast?: true;
}

/** `entry` as `phrase` spells it: marked when the phrase's last word is written in lower case (see lowerLast). */
export function spelledAs(entry: GazetteerEntry, phrase: string): GazetteerEntry {
  const words = phrase.trim().split(/[\s-]+/);
  return words.length > 1 && /^\p{Ll}/u.test(words.at(-1) ?? '') ? { ...entry, lowerLast: true } : entry;
}

/** Phrase key: words normalised and joined by one space ("saudi arabia"). */
export function phraseKey(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .map(normalizeWord)
    .filter(Boolean)
    .join(' ');
}

/** A spelling that is a real name: Latin script, no ISO code, not an inverted "Iran, Islamic Republic of". */
function isRealName(spelling: string): boolean {
  return (
    !/^[A-Z]{2,3}$/.test(spelling) && !spelling.includes(',') && /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(spelling)
  );
}

/** English plural of a demonym for its people: "Russian" → "Russians", "Israeli" → "Israelis". */
function demonymPlural(demonym: string): string | null {
  if (/(?:an|i)$/.test(demonym)) return `${demonym}s`;
  if (demonym === 'British') return 'Britons';
  return null;
}

function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  const add = (phrase: string, entry: GazetteerEntry) => {
    const key = phraseKey(phrase);
    // Wire copy often drops accents: "Brasilia", "Bogota", "Elysee" are the same names.
    for (const k of new Set([key, key.normalize('NFD').replace(/\p{M}/gu, '')]))
      if (k !== '' && !map.has(k)) map.set(k, spelledAs(entry, phrase));
  };
  const states = countries.filter((c) => c.independent || ALSO_STATES.has(c.name.common));
  // Names first so that a name always wins over another state's demonym or capital.
  for (const c of states) {
    const actor = NEWS_NAME[c.name.common] ?? c.name.common;
    const state = (form: GazetteerForm): GazetteerEntry => ({ actor, kind: 'STATE', form });
    for (const n of [
      actor,
      c.name.common,
      c.name.official,
      ...(EXTRA_NAMES[actor] ?? []),
      // (A spelling news writes as the state's own adjective is that: "Lao Prime Minister", below.)
      ...c.altSpellings.filter(
        (s) =>
          isRealName(s) &&
          !AMBIGUOUS_SPELLINGS.has(s) &&
          (NEWS_BARE_NAMES[s] ?? actor) === actor &&
          !(EXTRA_ADJECTIVES[actor] ?? []).includes(s),
      ),
    ])
      add(n, state('name'));
  }
  for (const [actor, names] of Object.entries(DE_FACTO_STATES))
    for (const n of names) add(n, { actor, kind: 'STATE', form: 'name' });
  for (const [actor, seats] of Object.entries(SEATS))
    for (const s of seats) add(s, { actor, kind: 'STATE', form: 'seat' });
  for (const [adjective, actor] of Object.entries(NEWS_ADJECTIVE_OWNERS))
    add(adjective, { actor, kind: 'STATE', form: 'adjective' });
  // Before the states' capitals, so that the organisation's seat is not its state's capital.
  for (const [capital, actor] of Object.entries(ORGANISATION_CAPITALS))
    add(capital, { actor, kind: 'ORGANIZATION', form: 'capital' });
  for (const c of states) {
    const actor = NEWS_NAME[c.name.common] ?? c.name.common;
    const eng = c.demonyms.eng;
    for (const d of eng ? new Set([eng.m, eng.f, ...(EXTRA_ADJECTIVES[actor] ?? [])]) : []) {
      add(d, { actor, kind: 'STATE', form: 'adjective' });
      const plural = demonymPlural(d);
      if (plural) add(plural, { actor, kind: 'STATE', form: 'members' });
    }
    for (const capital of c.capital) {
      if (AMBIGUOUS_CAPITALS.has(capital)) continue;
      add(capital, { actor, kind: 'STATE', form: 'capital' });
      const short = capital.replace(/\s+D\.C\.$/, ''); // "Washington D.C." is written "Washington"
      if (short !== capital) add(short, { actor, kind: 'STATE', form: 'capital' });
    }
  }
  addMetonyms(map, add);
  return map;
}

/** How a gazetteer metonym names its state: a capital is also a place; a seat or organ is always the state. */
const METONYM_FORM: Readonly<Record<Metonym['kind'], GazetteerForm>> = {
  name: 'name',
  capital: 'capital',
  seat: 'seat',
  organ: 'seat',
};

/**
 * The metonyms of the gazetteer (data/gazetteer/states.json) the lists above lack: "the Casa Rosada", "Planalto",
 * "Number 10", "Bankova", "Foggy Bottom". Known spellings keep their entries; ambiguous capitals are left out.
 */
function addMetonyms(map: Map<string, GazetteerEntry>, add: (phrase: string, entry: GazetteerEntry) => void): void {
  for (const state of loadGazetteer().states) {
    const actor = [state.name, ...state.variants].map((n) => map.get(phraseKey(n))?.actor).find(Boolean);
    if (actor === undefined) continue;
    for (const m of state.metonyms)
      if (!m.ambiguous && !SKIPPED_METONYMS.has(m.text))
        add(m.text.replace(/^the\s+/i, ''), { actor, kind: 'STATE', form: METONYM_FORM[m.kind] });
  }
}

export const STATE_GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();

/**
 * Words two states share (phrase key -> their actors), read by STATE_GAZETTEER as the first only: demonyms
 * ("Congolese": DR Congo and the Republic of the Congo; "Dominican": Dominica and the Dominican Republic) and bare
 * names news gives to one ("Congo", NEWS_BARE_NAMES) that the other's spellings hold too. A known person's title after
 * one is in the state the person holds office in ("Congolese President Denis Sassou Nguesso": the Republic of the
 * Congo).
 */
function sharedWords(): Map<string, string[]> {
  const sharers = new Map<string, Set<string>>();
  const add = (phrase: string, actor: string) => {
    const key = phraseKey(phrase);
    sharers.set(key, (sharers.get(key) ?? new Set()).add(actor));
  };
  for (const c of countries.filter((x) => x.independent || ALSO_STATES.has(x.name.common))) {
    const actor = NEWS_NAME[c.name.common] ?? c.name.common;
    const eng = c.demonyms.eng;
    for (const d of eng ? new Set([eng.m, eng.f]) : []) add(d, actor);
    for (const spelling of c.altSpellings) {
      const news = NEWS_BARE_NAMES[spelling];
      if (news !== undefined && news !== actor) [news, actor].forEach((a) => add(spelling, a));
    }
  }
  return new Map([...sharers].filter(([, actors]) => actors.size > 1).map(([key, actors]) => [key, [...actors]]));
}

export const SHARED_STATE_WORDS: ReadonlyMap<string, readonly string[]> = sharedWords();
