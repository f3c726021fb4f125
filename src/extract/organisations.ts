import { loadGazetteer } from '../gazetteer';
import { phraseKey, spelledAs, STATE_GAZETTEER, type GazetteerEntry, type GazetteerForm } from './countries';
import { ORGANISATION_STATES, ORGANISATIONS, SKIPPED_ORGANISATION_SPELLINGS } from './lexicon/organisations';

/**
 * The gazetteer of organisations, built from the deliberate list of lexicon/organisations.ts: each spelling's phrase
 * key to its actor.
 */
function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const [actor, forms] of Object.entries(ORGANISATIONS)) {
    const state = ORGANISATION_STATES[actor];
    for (const [form, phrases] of Object.entries(forms) as [GazetteerForm, readonly string[]][]) {
      for (const p of phrases)
        map.set(phraseKey(p), spelledAs({ actor, kind: 'ORGANIZATION', form, ...(state ? { state } : {}) }, p));
    }
  }
  addReviewed(map);
  return map;
}

/**
 * The other spellings and acronyms of the gazetteer's reviewed organisations (data/gazetteer/organisations.json,
 * `source: hand`): "the League of Arab States", "Hizballah", "UNRWA", "JNIM". A spelling names the actor another of
 * its spellings already names here, else the gazetteer's name; Phoenix's unreviewed entries are left out.
 */
function addReviewed(map: Map<string, GazetteerEntry>): void {
  for (const org of loadGazetteer().organisations) {
    if (org.source !== 'hand') continue;
    const spellings = [org.name, ...org.acronyms, ...org.variants]
      .map((n) => n.replace(/^the\s+/i, ''))
      .filter((n) => !SKIPPED_ORGANISATION_SPELLINGS.has(n) && !/^\p{Lu}{2}$/u.test(n));
    const known = spellings.map((n) => map.get(phraseKey(n))).find((e) => e !== undefined);
    const entry: GazetteerEntry = known
      ? { actor: known.actor, kind: 'ORGANIZATION', form: 'name', ...(known.state ? { state: known.state } : {}) }
      : { actor: org.name, kind: 'ORGANIZATION', form: 'name' };
    for (const n of spellings) {
      const key = phraseKey(n);
      if (key !== '' && !map.has(key) && !STATE_GAZETTEER.has(key)) map.set(key, spelledAs(entry, n));
    }
  }
}

export const ORGANISATION_GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();
