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

/**
 * "Xi" and "Xi Jinping", "Kim" and "Kim Jong Un": in Chinese, Korean and many other names the
 * family name comes first, so one word may also name a person by the head of a longer name.
 */
function isHeadOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  return s.length === 1 && l.length > 1 && s[0].toLowerCase() === l[0].toLowerCase();
}

/**
 * "Lula" and "Luiz Inácio Lula da Silva": a one-word name may be a capitalised word inside a long name (a nickname
 * or a patronymic a person is known by), never its first or last word, which the head and tail rules cover.
 */
function isInnerOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  return (
    s.length === 1 &&
    l.length > 2 &&
    /^\p{Lu}/u.test(s[0]) &&
    l.slice(1, -1).some((w) => w.toLowerCase() === s[0].toLowerCase())
  );
}

/** Titles of the one who leads a state: "the Turkish leader", "Egypt’s head of state". */
const TOP_ROLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|monarch)$/i;

/** "bin Salman", "ibn Saud", "bint Mohammed": the word after the particle is a father's name. */
const PATRONYMIC = /^(?:bin|ibn|bint|binti)$/i;

/**
 * "Trump" and "Donald Trump": the shorter is the tail of the longer. But "King Salman" is not "Mohammed bin Salman",
 * his son: a tail that begins after a patronymic particle names the father ("bin Salman" itself may name the son).
 */
function isTailOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  return (
    s.length <= l.length &&
    s.every((w, k) => w.toLowerCase() === l[l.length - s.length + k].toLowerCase()) &&
    !PATRONYMIC.test(l[l.length - s.length - 1] ?? '')
  );
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
  /** The actor a title's affiliation names ("Russian Foreign Minister": Russia; "UN Secretary-General": the UN), as an id. */
  const affiliationId = (name: string): string =>
    actorId(draft(name, ORGANISATION_GAZETTEER.has(phraseKey(name)) ? 'ORGANIZATION' : 'STATE').name);

  // Canonical people: titled names first, then tagged multi-word names, longest first, so that a
  // shorter name attaches to a longer one. A candidate that ends with a titled name is that person:
  // its extra leading word is sentence noise ("Later Donald Trump returned").
  const byLength = (a: string, b: string) => words(b).length - words(a).length;
  const titled = mentions
    .filter((m) => m.kind === 'PERSON' && m.form === 'person')
    .map((m) => m.name)
    .sort(byLength);
  const tagged = mentions
    .filter((m) => m.kind === 'PERSON' && m.form === 'name-candidate' && m.personTagged && words(m.name).length > 1)
    .map((m) => m.name)
    .sort(byLength);
  const canonical: string[] = [];
  /** The one canonical name that a one-word name heads (or else is inside), if exactly one does. */
  const headed = (name: string): string | undefined => {
    const heads = canonical.filter((c) => isHeadOf(name, c));
    const inner = canonical.filter((c) => isInnerOf(name, c));
    return heads.length === 1 ? heads[0] : heads.length === 0 && inner.length === 1 ? inner[0] : undefined;
  };
  for (const name of titled) if (!canonical.some((c) => isTailOf(name, c)) && !headed(name)) canonical.push(name);
  for (const name of tagged)
    if (!canonical.some((c) => isTailOf(name, c) || isTailOf(c, name) || actorId(c) === actorId(name)))
      canonical.push(name);
  const personOf = (m: Mention): string | null => {
    const full =
      canonical.find((c) => isTailOf(m.name, c) || (m.form === 'name-candidate' && isTailOf(c, m.name))) ??
      headed(m.name);
    if (full) return full;
    return m.form === 'person' || m.personTagged ? m.name : null;
  };

  const actorOf = mentions.map((m): string | null => {
    if (m.form === 'description') return null; // resolved below, once every person's role is known
    if (m.kind === 'PERSON') {
      const name = personOf(m);
      if (!name) return null;
      const d = draft(name, 'PERSON');
      if (isTailOf(m.name, name) || isHeadOf(m.name, name))
        for (const alias of [m.surface, m.name, m.honorificName]) if (alias) d.aliases.add(alias);
      d.role ??= m.role;
      if (m.affiliation && !d.affiliation) d.affiliation = affiliationId(m.affiliation);
      if (m.affiliation && m.affiliationAlias) draft(m.affiliation, 'STATE').aliases.add(m.affiliationAlias);
      return actorId(name);
    }
    if (m.form === 'government') return null; // resolved below, once every person's affiliation is known
    if (m.state) draft(m.state, 'STATE'); // a party may act for its state (see events)
    const d = draft(m.name, m.kind);
    if (m.alias) d.aliases.add(m.alias);
    return actorId(m.name);
  });

  mentions.forEach((m, k) => {
    if (m.form !== 'government') return;
    const leader = personOf(m);
    const leaderDraft = leader ? drafts.get(actorId(leader)) : undefined;
    // "the National Unity Government" names no leader: only "the X administration" is American by idiom.
    if (!leaderDraft?.affiliation && !/administration$/i.test(m.alias ?? '')) return;
    const stateId = leaderDraft?.affiliation ?? actorId(draft(ADMINISTRATION_STATE, 'STATE').name);
    if (m.alias) drafts.get(stateId)?.aliases.add(m.alias);
    actorOf[k] = stateId;
  });

  // "the Russian President": the one person of the article with that title (and affiliation).
  mentions.forEach((m, k) => {
    if (m.form !== 'description') return;
    const state = m.affiliation === null ? null : actorId(m.affiliation);
    const holders = [...drafts.entries()].filter(
      ([, d]) =>
        d.kind === 'PERSON' &&
        d.role !== null &&
        (d.role.toLowerCase().endsWith(m.name) ||
          (/^(?:leader|head)$/.test(m.name) && TOP_ROLE.test(d.role) && !/opposition/i.test(m.role ?? ''))),
    );
    const fits = holders.filter(([, d]) => state === null || d.affiliation === state);
    // "Prime Minister Kyriakos Mitsotakis ... the Greek leader": else the one holder whose state the article never gave.
    const unplaced = holders.filter(([, d]) => d.affiliation === null);
    if (fits.length === 1) actorOf[k] = fits[0][0];
    else if (fits.length === 0 && unplaced.length === 1) actorOf[k] = unplaced[0][0];
    // "North Korea’s foreign minister warned", "Iran’s president criticised": an officeholder the article does not name
    // at all acts for the state (or organisation) that holds the office, as its officials and forces do; not one out
    // of office.
    // ("the Israeli ambassador to Brazil, Daniel Zonshine,": a title the name right after it holds is that person's.)
    else if (
      holders.length === 0 &&
      m.affiliation !== null &&
      !/opposition|former|rebel|exiled/i.test(`${m.role ?? ''} ${m.surface}`) &&
      !m.apposed
    )
      actorOf[k] = affiliationId(m.affiliation);
  });

  const actors = [...drafts.entries()].map(([id, d]): ExtractedActor => {
    // Readers look people up by surname ("Erdogan") even where the article never uses it alone.
    if (d.kind === 'PERSON' && words(d.name).length > 1) d.aliases.add(words(d.name).slice(-1)[0]);
    d.aliases.delete(d.name);
    return { id, name: d.name, kind: d.kind, aliases: [...d.aliases].sort(), role: d.role, affiliation: d.affiliation };
  });
  return { actors, actorOf };
}
