import type { ExtractedActor } from '../domain/types';
import { actorId } from '../domain/ids';
import type { Mention } from './mentions';
import { phraseKey } from './countries';
import { ORGANISATION_GAZETTEER } from './organisations';

/**
 * Stage 4: one canonical actor per real-world actor. "Trump", "Donald Trump" and
 * "US President Donald Trump" are one person, named by the longest bare name the
 * article gives; a surname alone resolves to the full name seen in the article.
 * Capitalised words that no title, name tag or earlier full name vouches for
 * ("Bloomberg", "Meanwhile") are not actors.
 */

export interface Linked {
  actors: ExtractedActor[];
  /** Actor id per mention (same index as the mentions), null when it names no actor. */
  actorOf: (string | null)[];
}

/**
 * "the Biden administration" is an American idiom: other governments are "the
 * government", so a leader's administration of unknown nationality is the US one.
 */
const ADMINISTRATION_STATE = 'United States';

const words = (name: string) => name.split(/\s+/);

/** "Trump" and "Donald Trump": the shorter is the tail of the longer. */
function isTailOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  return s.length <= l.length && s.every((w, k) => w.toLowerCase() === l[l.length - s.length + k].toLowerCase());
}

interface Draft {
  name: string;
  kind: ExtractedActor['kind'];
  aliases: Set<string>;
  role: string | null;
  affiliation: string | null;
}

export function linkMentions(mentions: readonly Mention[]): Linked {
  const drafts = new Map<string, Draft>();
  const draft = (name: string, kind: ExtractedActor['kind']): Draft => {
    const id = actorId(name);
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = { name, kind, aliases: new Set(), role: null, affiliation: null }));
    return d;
  };

  // Canonical people: titled names first, then tagged multi-word names, longest first, so that a
  // shorter name attaches to a longer one. A candidate that ends with a titled name is that person:
  // its extra leading word is sentence noise ("Later Donald Trump returned").
  const byLength = (a: string, b: string) => words(b).length - words(a).length;
  const titled = mentions.filter((m) => m.kind === 'PERSON' && m.form === 'person').map((m) => m.name).sort(byLength);
  const tagged = mentions.filter((m) => m.kind === 'PERSON' && m.form === 'name-candidate' && m.personTagged && words(m.name).length > 1)
    .map((m) => m.name).sort(byLength);
  const canonical: string[] = [];
  for (const name of titled) if (!canonical.some((c) => isTailOf(name, c))) canonical.push(name);
  for (const name of tagged) if (!canonical.some((c) => isTailOf(name, c) || isTailOf(c, name))) canonical.push(name);
  const personOf = (m: Mention): string | null => {
    const full = canonical.find((c) => isTailOf(m.name, c) || (m.form === 'name-candidate' && isTailOf(c, m.name)));
    if (full) return full;
    return m.form === 'person' || m.personTagged ? m.name : null;
  };

  const actorOf = mentions.map((m): string | null => {
    if (m.kind === 'PERSON') {
      const name = personOf(m);
      if (!name) return null;
      const d = draft(name, 'PERSON');
      if (isTailOf(m.name, name)) for (const alias of [m.surface, m.name, m.honorificName]) if (alias) d.aliases.add(alias);
      d.role ??= m.role;
      if (m.affiliation && !d.affiliation) {
        const kind = ORGANISATION_GAZETTEER.has(phraseKey(m.affiliation)) ? 'ORGANIZATION' : 'STATE';
        d.affiliation = actorId(draft(m.affiliation, kind).name);
      }
      if (m.affiliation && m.affiliationAlias) draft(m.affiliation, 'STATE').aliases.add(m.affiliationAlias);
      return actorId(name);
    }
    if (m.form === 'government') return null; // resolved below, once every person's affiliation is known
    const d = draft(m.name, m.kind);
    if (m.alias) d.aliases.add(m.alias);
    return actorId(m.name);
  });

  mentions.forEach((m, k) => {
    if (m.form !== 'government') return;
    const leader = personOf(m);
    const leaderDraft = leader ? drafts.get(actorId(leader)) : undefined;
    const stateId = leaderDraft?.affiliation ?? actorId(draft(ADMINISTRATION_STATE, 'STATE').name);
    if (m.alias) drafts.get(stateId)?.aliases.add(m.alias);
    actorOf[k] = stateId;
  });

  const actors = [...drafts.entries()].map(([id, d]): ExtractedActor => {
    // Readers look people up by surname ("Erdogan") even where the article never uses it alone.
    if (d.kind === 'PERSON' && words(d.name).length > 1) d.aliases.add(words(d.name).slice(-1)[0]);
    d.aliases.delete(d.name);
    return { id, name: d.name, kind: d.kind, aliases: [...d.aliases].sort(), role: d.role, affiliation: d.affiliation };
  });
  return { actors, actorOf };
}
