import { phraseKey, type GazetteerEntry, type GazetteerForm } from './countries';
import { ORGANISATION_STATES, ORGANISATIONS } from './lexicon/organisations';

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
        map.set(phraseKey(p), {
          actor,
          kind: 'ORGANIZATION',
          form,
          ...(state ? { state } : {}),
        });
    }
  }
  return map;
}

export const ORGANISATION_GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();
