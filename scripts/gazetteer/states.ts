/**
 * States: the UN members in the world-countries package (ODbL), with Palestine, Taiwan,
 * Kosovo and the Holy See, their names, English demonyms and capitals; plus the hand-kept
 * names, seats and organs of data/sources/hand/states.tsv.
 */
import countries from 'world-countries';
import type { Metonym, MetonymKind, State } from '../../src/gazetteer/types';
import { nameKey } from '../../src/gazetteer/names';
import { readTsv } from './records';

/** Not UN members, but acting as states in the news. world-countries codes Kosovo "UNK". */
const ALSO_STATES = new Set(['PSE', 'TWN', 'UNK', 'VAT']);

/** world-countries' common names that English-language news writes otherwise. */
const NEWS_NAME: Readonly<Record<string, string>> = { TUR: 'Turkey', CZE: 'Czech Republic' };

/**
 * Bare names English-language news (AP style) gives to another state than world-countries does: bare "Congo" is the
 * Democratic Republic of the Congo, the other one being "Congo-Brazzaville" or "the Republic of Congo".
 */
const NEWS_BARE_NAME: Readonly<Record<string, string>> = { Congo: 'COD' };

const HAND_KINDS = new Set(['name', 'demonym', 'seat', 'organ', 'capital', 'ambiguous-capital']);

const latin = (s: string) => /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s);

interface HandRow {
  iso3: string;
  text: string;
  kind: string;
}

function handRows(text: string): HandRow[] {
  return readTsv(text).map(([iso3 = '', value = '', kind = ''], i) => {
    if (!HAND_KINDS.has(kind))
      throw new Error(`states.tsv row ${i + 1}: kind must be one of ${[...HAND_KINDS].join(', ')}, got "${kind}"`);
    return { iso3, text: value, kind };
  });
}

function metonymsOf(capitals: readonly string[], hand: readonly HandRow[]): Metonym[] {
  const byKey = new Map<string, Metonym>();
  const add = (text: string, kind: MetonymKind, ambiguous = false) => {
    const m: Metonym = { text, kind };
    if (ambiguous) m.ambiguous = true;
    byKey.set(`${kind}:${text}`, m);
  };
  const ambiguousCapitals = new Set(hand.filter((r) => r.kind === 'ambiguous-capital').map((r) => r.text));
  for (const c of capitals) add(c, 'capital', ambiguousCapitals.has(c));
  for (const r of hand)
    if (r.kind === 'seat' || r.kind === 'organ' || r.kind === 'capital') add(r.text, r.kind);
    else if (r.kind === 'ambiguous-capital' && !capitals.includes(r.text)) add(r.text, 'capital', true);
  return [...byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text));
}

export function buildStates(handText: string): State[] {
  const hand = handRows(handText);
  const states = countries.filter((c) => c.unMember || ALSO_STATES.has(c.cca3));
  return states
    .map((c): State => {
      const rows = hand.filter((r) => r.iso3 === c.cca3);
      const name = NEWS_NAME[c.cca3] ?? c.name.common;
      const spellings = [c.name.common, c.name.official, ...c.altSpellings].filter((s) => s.length > 3 && latin(s));
      const names = [
        ...spellings.filter((n) => (NEWS_BARE_NAME[n] ?? c.cca3) === c.cca3),
        ...Object.keys(NEWS_BARE_NAME).filter((n) => NEWS_BARE_NAME[n] === c.cca3),
        ...rows.filter((r) => r.kind === 'name').map((r) => r.text),
      ];
      const eng = c.demonyms.eng;
      const demonyms = [...(eng ? [eng.m, eng.f] : []), ...rows.filter((r) => r.kind === 'demonym').map((r) => r.text)];
      return {
        iso3: c.cca3,
        name,
        variants: [...new Set(names)].filter((v) => v !== name).sort(),
        demonyms: [...new Set(demonyms)].sort(),
        metonyms: metonymsOf(c.capital, rows),
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/** Overrides for the country names of the Wikidata lists that world-countries spells otherwise. */
const WIKIDATA_NAMES: Readonly<Record<string, string>> = {
  'the bahamas': 'BHS',
  'the gambia': 'GMB',
  turkey: 'TUR',
  'holy see': 'VAT',
  "people's republic of china": 'CHN',
  'kingdom of the netherlands': 'NLD',
  'state of palestine': 'PSE',
};

/** A lookup from a state's English name (any spelling in states.json) to its ISO3. */
export function stateLookup(states: readonly State[]): (name: string) => string | undefined {
  const byKey = new Map<string, string>(Object.entries(WIKIDATA_NAMES));
  for (const s of states)
    for (const n of [s.name, ...s.variants]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), s.iso3);
  return (name) => byKey.get(nameKey(name));
}
