/**
 * CAMEO actors (as GDELT codes them) resolved to our actors, or not at all. A
 * country code with a state role (RUSGOV, USAMIL) is the state, whose id is the one
 * the extractor gives it; a leader's name GDELT matched (THEODOR STOLOJAN) is a
 * person; groups, places and everything else are left out: never guessed.
 */
import nlp from 'compromise';
import countries from 'world-countries';
import { actorId } from '../domain/ids';
import type { ExtractedActor } from '../domain/types';
import { phraseKey, STATE_GAZETTEER } from '../extract/countries';

export interface CameoActor {
  /** The full CAMEO code: country, then roles ("RUSGOV", "USAMIL", "GOV", "IGOUNO"). */
  code: string;
  /** What GDELT matched: a country, capital or city, a leader's name, or a role word. */
  name: string;
  countryCode: string;
  knownGroupCode: string;
}

export type ActorResolution = { ok: true; actor: ExtractedActor } | { ok: false; reason: string };

/** CAMEO's own country codes where they are not ISO 3166 alpha-3 (GDELT's CAMEO.country.txt). */
const CAMEO_TO_ISO3: Readonly<Record<string, string>> = { ROM: 'ROU', TMP: 'TLS', MTN: 'MNE' };

/** Roles that act for their state: government, military, police, judiciary, legislature, intelligence. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** ISO alpha-3 → the state's name as the extractor's gazetteer gives it ("TUR" → "Turkey"). */
const STATE_BY_ISO3: ReadonlyMap<string, string> = new Map(
  countries.flatMap((c) => {
    const entry = STATE_GAZETTEER.get(phraseKey(c.name.common));
    return entry !== undefined && entry.kind === 'STATE' && entry.form === 'name'
      ? [[c.cca3, entry.actor] as const]
      : [];
  }),
);

/** The state a CAMEO country code names, or null (regions such as AFR and WST, territories). */
export function stateOfCountryCode(code: string): string | null {
  return STATE_BY_ISO3.get(CAMEO_TO_ISO3[code] ?? code) ?? null;
}

const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** A person's name: two words or more, every one of which compromise reads as part of a person's name. */
function personName(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || STATE_GAZETTEER.has(phraseKey(name))) return null;
  const candidate = titleCase(name.trim());
  const terms = nlp(candidate).terms().json() as { terms: { tags: string[] }[] }[];
  return terms.length === words.length && terms.every((t) => t.terms[0]?.tags.includes('Person')) ? candidate : null;
}

const state = (name: string): ExtractedActor => ({
  id: actorId(name),
  name,
  kind: 'STATE',
  aliases: [],
  role: null,
  affiliation: null,
});

export function resolveCameoActor(a: CameoActor): ActorResolution {
  const label = `${a.code} ${a.name}`.trim();
  // GDELT leaves the country column empty on some coded actors ("ROUELI"); the code still starts with it.
  const country = a.countryCode !== '' ? a.countryCode : a.code.slice(0, 3);
  const stateName = stateOfCountryCode(country);
  if (stateName === null) return { ok: false, reason: `${label}: not a state's actor` };
  const person = personName(a.name);
  if (person !== null)
    return {
      ok: true,
      actor: { id: actorId(person), name: person, kind: 'PERSON', aliases: [], role: null, affiliation: null },
    };
  const roles = a.code.slice(3).match(/.{3}/g) ?? [];
  if (a.knownGroupCode !== '' || roles.some((r) => !STATE_ROLES.has(r))) {
    return { ok: false, reason: `${label}: a group within ${stateName}, not the state` };
  }
  return { ok: true, actor: state(stateName) };
}
