import type { ExtractedActor } from '../domain/types';
import { actorId } from '../domain/ids';
import type { Mention } from './3-mentions';
import { transliterationKey } from '../gazetteer/names';
import { oneNameOf, type KnownPerson } from './knownPeople';
import { phraseKey } from './countries';
import { HONORIFIC, PATRONYMIC } from './lexicon/names';
import { COUNTERPART_OFFICES } from './lexicon/reference';
import {
  DIPLOMAT_WORD,
  LEADER_WORD,
  NO_OFFICE_TITLE,
  OUT_OF_OFFICE_ROLE,
  SAME_OFFICE_TITLES,
  TOP_ROLE,
} from './lexicon/titles';
import { ORGANISATION_GAZETTEER } from './organisations';

/**
 * One canonical actor per real-world actor. "Trump", "Donald Trump" and
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

/** Folded words, read once per spelling: linking compares the same few names many times. */
const folded = new Map<string, string>();
const foldedOf = (text: string): string => {
  let key = folded.get(text);
  if (key === undefined) folded.set(text, (key = transliterationKey(text)));
  return key;
};

/**
 * One word of two names, as spelt or as transliterated otherwise: "Dmitriev" and "Dmitriyev", "Sergei" and
 * "Sergey" (transliterationKey); not "Lavrov" and "Ryabkov".
 */
const isSameWord = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && (a.toLowerCase() === b.toLowerCase() || foldedOf(a) === foldedOf(b));

/**
 * "Xi" and "Xi Jinping", "Kim" and "Kim Jong Un": in Chinese, Korean and many other names the
 * family name comes first, so one word may also name a person by the head of a longer name.
 */
function isHeadOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  const [first] = s;
  const [lead] = l;
  return s.length === 1 && l.length > 1 && isSameWord(first, lead);
}

/**
 * "Lula" and "Luiz Inácio Lula da Silva": a one-word name may be a capitalised word inside a long name (a nickname
 * or a patronymic a person is known by), never its first or last word, which the head and tail rules cover.
 */
function isInnerOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  const [only] = s;
  return (
    only !== undefined &&
    s.length === 1 &&
    l.length > 2 &&
    /^\p{Lu}/u.test(only) &&
    l.slice(1, -1).some((w) => w.toLowerCase() === only.toLowerCase())
  );
}

/**
 * "Trump" and "Donald Trump": the shorter is the tail of the longer. But "King Salman" is not "Mohammed bin Salman",
 * his son: a tail that begins after a patronymic particle names the father ("bin Salman" itself may name the son).
 */
function isTailOf(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  return (
    s.length <= l.length &&
    s.every((w, k) => isSameWord(w, l[l.length - s.length + k])) &&
    // (Any case: "Mohammed Bin Salman".)
    !PATRONYMIC.test((l[l.length - s.length - 1] ?? '').toLowerCase())
  );
}

/**
 * A name without the honorifics it opens with: a sentence's opening name keeps them ("Mr Putin told Mr Orban",
 * "Earlier this month, Sheikh Mohammed Al Thani voiced ..."), where a title's name drops them. Its last word stays.
 */
function withoutHonorifics(name: string): string {
  const w = words(name);
  return w.slice(w.findIndex((x, k) => k === w.length - 1 || !HONORIFIC.test(x.toLowerCase()))).join(' ');
}

/**
 * A short form of a long name, as a later sentence gives it: the same first word with the long name's middle left
 * out ("Mohammed Al Thani" for "Mohammed bin Abdulrahman bin Jassim Al Thani", "John Kerry" for "John Forbes Kerry"),
 * or a patronymic name without the family name after it ("Mohamed bin Zayed" for "Mohamed bin Zayed Al Nahyan").
 * Not "Hamad Al Thani" for "Tamim bin Hamad Al Thani" (another first word: his father).
 */
function isShortFormOf(short: string, long: string): boolean {
  const s = words(withoutHonorifics(short));
  const l = words(long);
  if (s.length < 2 || l.length <= s.length || !isSameWord(s[0], l[0])) return false;
  const isPrefix = s.every((w, k) => isSameWord(w, l[k]));
  if (isPrefix) return s.some((w) => PATRONYMIC.test(w.toLowerCase()));
  return isTailOf(s.slice(1).join(' '), long);
}

/** The one name of `canonical` that `name` is a short form of, if exactly one (two Al Nahyans named Mohammed: none). */
function shortenedFrom(canonical: readonly string[], name: string): string | undefined {
  const found = canonical.filter((c) => isShortFormOf(name, c));
  return found.length === 1 ? found[0] : undefined;
}

/** The article's people: its canonical names (canonicalPeople) and the gazetteer's person for each name it knows. */
interface People {
  canonical: readonly string[];
  known: ReadonlyMap<string, KnownPerson>;
  /** The name each known person (by gazetteer id) is drafted under. */
  named: ReadonlyMap<string, string>;
  namedBefore: NamedBefore;
}

interface Draft {
  name: string;
  kind: ExtractedActor['kind'];
  aliases: Set<string>;
  role: string | null;
  affiliation: string | null;
}

/** The article's actors as they are drafted, by id, in the order first met (the order of the actors returned). */
class Drafts {
  readonly byId = new Map<string, Draft>();

  /** The draft of the actor named `name`, made on first sight. */
  of(name: string, kind: ExtractedActor['kind']): Draft {
    const id = actorId(name);
    const found = this.byId.get(id);
    if (found) return found;
    const made: Draft = { name, kind, aliases: new Set(), role: null, affiliation: null };
    this.byId.set(id, made);
    return made;
  }

  /** The actor a title's affiliation names ("Russian Foreign Minister": Russia; "UN Secretary-General": the UN), as an id. */
  affiliationId(name: string): string {
    return actorId(this.of(name, ORGANISATION_GAZETTEER.has(phraseKey(name)) ? 'ORGANIZATION' : 'STATE').name);
  }
}

/**
 * The canonical people of the article: titled names first, then tagged multi-word names, longest first, so that a
 * shorter name attaches to a longer one.
 */
function canonicalPeople(mentions: readonly Mention[]): string[] {
  const byLength = (a: string, b: string) => words(b).length - words(a).length;
  const titled = mentions
    .filter((m) => m.kind === 'PERSON' && m.form === 'person')
    .map((m) => m.name)
    .sort(byLength);
  const tagged = mentions
    .filter(
      (m) =>
        m.kind === 'PERSON' &&
        m.form === 'name-candidate' &&
        (m.personTagged || m.known !== null) &&
        words(m.name).length > 1,
    )
    .map((m) => m.name)
    .sort(byLength);
  const canonical: string[] = [];
  for (const name of titled)
    if (!canonical.some((c) => isTailOf(name, c)) && !headedBy(canonical, name) && !shortenedFrom(canonical, name))
      canonical.push(name);
  for (const name of tagged) if (!isCanonicalAlready(canonical, name)) canonical.push(name);
  return canonical;
}

/** Whether a tagged name is one of the canonical people already: a tail, head or short form of one, or its same id. */
function isCanonicalAlready(canonical: readonly string[], name: string): boolean {
  const bare = withoutHonorifics(name);
  return (
    canonical.some((c) => isTailOf(bare, c) || isTailOf(c, name) || actorId(c) === actorId(name)) ||
    headedBy(canonical, bare) !== undefined ||
    shortenedFrom(canonical, name) !== undefined
  );
}

/** The one canonical name that a one-word name heads (or else is inside), if exactly one does. */
function headedBy(canonical: readonly string[], name: string): string | undefined {
  const heads = canonical.filter((c) => isHeadOf(name, c));
  const inner = canonical.filter((c) => isInnerOf(name, c));
  return heads.length === 1 ? heads[0] : heads.length === 0 && inner.length === 1 ? inner[0] : undefined;
}

/**
 * The canonical name of the person a mention names, or null if it names none. A candidate that ends with a titled
 * name is that person: its extra leading word is sentence noise ("Later Donald Trump returned").
 */
function personOf(canonical: readonly string[], m: Mention, named?: NamedBefore): string | null {
  // ("Mr Putin told Mr Orban": the opening "Mr" is no part of the name Vladimir Putin ends with.)
  const bare = withoutHonorifics(m.name);
  const tail = canonical.find((c) => isTailOf(bare, c) || (m.form === 'name-candidate' && isTailOf(c, m.name)));
  const head = headedBy(canonical, bare);
  // ("Modi asked Nawaz Sharif ... Nawaz in his response said ... Modi met Maryam Nawaz ... Modi told Nawaz": a one-word
  // name that heads a name the article wrote before the word's first use, and ends only one written after that, is
  // the first person's, wherever the article uses it.)
  const headFirst =
    named !== undefined && tail !== undefined && head !== undefined && !named(tail, m) && named(head, m);
  const full = (headFirst ? head : tail) ?? head ?? shortenedFrom(canonical, m.name);
  if (full) return full;
  return m.form === 'person' || m.personTagged || m.known !== null ? m.name : null;
}

/** Whether the article wrote a canonical name in full before it first wrote a mention's name. */
type NamedBefore = (canonical: string, m: Mention) => boolean;

/** NamedBefore over the article's mentions, in the order written. */
function namedBefore(mentions: readonly Mention[]): NamedBefore {
  const first = new Map<string, number>();
  mentions.forEach((m, k) => {
    const name = withoutHonorifics(m.name);
    if (m.kind === 'PERSON' && !first.has(name)) first.set(name, k);
  });
  return (canonical, m) => (first.get(canonical) ?? Infinity) < (first.get(withoutHonorifics(m.name)) ?? -1);
}

/**
 * The gazetteer's person for each name the article gives a person by: "Volodymyr Zelensky" is Volodymyr Zelenskyy,
 * and so is a later "Zelensky" that names him. Only a mention naming itself counts: a bare "Trump" that the article's
 * "Lara Trump" names stays hers, as the gazetteer's Donald Trump would not.
 */
function knownPeople(mentions: readonly Mention[], canonical: readonly string[]): Omit<People, 'namedBefore'> {
  const known = new Map<string, KnownPerson>();
  const named = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON' || m.known === null || m.form === 'description') continue;
    const written = personOf(canonical, m);
    if (written !== m.name || known.has(written)) continue;
    known.set(written, m.known);
    // One person, one name in every article (oneNameOf), whatever the article writes.
    if (!named.has(m.known.id)) named.set(m.known.id, oneNameOf(m.known));
  }
  return { canonical, known, named };
}

/** The name a person of the article is drafted under: one per known person, else as written. */
function draftName(people: People, written: string): string {
  const known = people.known.get(written);
  return (known && people.named.get(known.id)) ?? written;
}

/**
 * The actor a mention names, drafting it: a person with their aliases, role and affiliation, or a state or
 * organisation. Descriptions and governments wait (null) until every person's role and affiliation is known.
 */
function linkMention(m: Mention, drafts: Drafts, people: People): string | null {
  if (m.form === 'description') return null; // resolved by linkDescriptions
  if (m.kind === 'PERSON') {
    const written = personOf(people.canonical, m, people.namedBefore);
    if (!written) return null;
    // A known person is named as the gazetteer names them, the article's spellings kept as aliases.
    const known = people.known.get(written);
    const name = draftName(people, written);
    const d = drafts.of(name, 'PERSON');
    if (isTailOf(withoutHonorifics(m.name), written) || isHeadOf(m.name, written) || isShortFormOf(m.name, written))
      for (const alias of [m.surface, m.name, m.honorificName, written]) if (alias) d.aliases.add(alias);
    // The article's own surname too, where the gazetteer spells the name another way ("Mottaki" for Manuchehr Motaki).
    if (name !== written && words(written).length > 1) d.aliases.add(words(written).at(-1) ?? written);
    d.role ??= roleOf(m.role, known);
    if (m.affiliation && !d.affiliation) d.affiliation = drafts.affiliationId(m.affiliation);
    if (m.affiliation && m.affiliationAlias) drafts.of(m.affiliation, 'STATE').aliases.add(m.affiliationAlias);
    // The article's title speaks first; the gazetteer gives the role and state it leaves out ("President Joe Biden").
    if (known?.affiliation && !d.affiliation) d.affiliation = drafts.affiliationId(known.affiliation);
    return actorId(name);
  }
  if (m.form === 'government') return null; // resolved by linkGovernments
  if (m.state) drafts.of(m.state, 'STATE'); // a party may act for its state (see events)
  const d = drafts.of(m.name, m.kind);
  if (m.alias) d.aliases.add(m.alias);
  return actorId(m.name);
}

/** "Trump’s administration", "the Biden Administration": the state its leader belongs to. */
function linkGovernments(
  mentions: readonly Mention[],
  actorOf: (string | null)[],
  drafts: Drafts,
  people: People,
): void {
  mentions.forEach((m, k) => {
    if (m.form !== 'government') return;
    const written = personOf(people.canonical, m);
    const leader = written === null ? null : draftName(people, written);
    const leaderDraft = leader ? drafts.byId.get(actorId(leader)) : leaderMentioned(mentions, actorOf, m, drafts);
    // "the National Unity Government" names no leader: only "the X administration" is American by idiom.
    if (!leaderDraft?.affiliation && !/administration$/i.test(m.alias ?? '')) return;
    const stateId = leaderDraft?.affiliation ?? actorId(drafts.of(ADMINISTRATION_STATE, 'STATE').name);
    if (m.alias) drafts.byId.get(stateId)?.aliases.add(m.alias);
    actorOf[k] = stateId;
  });
}

/**
 * The leader a government is named by, as linked from the person mention it opens with: "the Biden administration",
 * "the Modi government" name the gazetteer's person by surname alone, which the article may never write in full.
 */
function leaderMentioned(
  mentions: readonly Mention[],
  actorOf: readonly (string | null)[],
  government: Mention,
  drafts: Drafts,
): Draft | undefined {
  const k = mentions.findIndex(
    (p) => p.kind === 'PERSON' && p.sentence === government.sentence && p.start === government.start,
  );
  const id = actorOf[k];
  return id ? drafts.byId.get(id) : undefined;
}

/** "the Russian President": the one person of the article with that title (and affiliation), or its state. */
function linkDescriptions(mentions: readonly Mention[], actorOf: (string | null)[], drafts: Drafts): void {
  const firstNamed = firstMentionOf(mentions, actorOf);
  mentions.forEach((m, k) => {
    if (m.form !== 'description') return;
    // ("The President also spoke with Prime Minister Gillard of Australia; President Dilma Rousseff of Brazil; ...": a
    // holder first named later in the description's own sentence is someone the sentence sets apart from it, unless
    // the name is set beside it, "the Israeli ambassador to Brazil, Daniel Zonshine". A lead's description may name
    // one the article names further down.)
    const isNamedAfterInSentence = (id: string) => {
      const first = mentions[firstNamed.get(id) ?? -1];
      return first !== undefined && first.sentence === m.sentence && first.start > m.start;
    };
    const anyHolders = holdersOf(m, drafts);
    const holders = anyHolders.filter(([id]) => m.apposed || !isNamedAfterInSentence(id));
    const state = m.affiliation === null ? null : actorId(m.affiliation);
    const [fit, ...otherFits] = holders.filter(([, d]) => state === null || d.affiliation === state);
    // "Prime Minister Kyriakos Mitsotakis ... the Greek leader": else the one holder whose state the article never gave.
    const [unplaced, ...otherUnplaced] = holders.filter(([, d]) => d.affiliation === null);
    if (fit && otherFits.length === 0) actorOf[k] = fit[0];
    else if (!fit && unplaced && otherUnplaced.length === 0) actorOf[k] = unplaced[0];
    // "North Korea’s foreign minister warned", "Iran’s president criticised": an officeholder the article does not name
    // at all acts for the state (or organisation) that holds the office, as its officials and forces do; not one out
    // of office.
    // ("the Israeli ambassador to Brazil, Daniel Zonshine,": a title the name right after it holds is that person's.)
    // (Only where no one of the article holds the title: "The American diplomat met Wang Yi" names someone.)
    else if (
      anyHolders.length === 0 &&
      m.affiliation !== null &&
      !OUT_OF_OFFICE_ROLE.test(`${m.role ?? ''} ${m.surface}`) &&
      !m.apposed
    )
      actorOf[k] = drafts.affiliationId(m.affiliation);
  });
}

/** The index of each actor's first mention by name (descriptions, linked later, are none). */
function firstMentionOf(mentions: readonly Mention[], actorOf: readonly (string | null)[]): Map<string, number> {
  const first = new Map<string, number>();
  actorOf.forEach((id, k) => {
    if (id !== null && mentions[k]?.form !== 'description' && !first.has(id)) first.set(id, k);
  });
  return first;
}

/**
 * The people of the article who hold the title a description names ("the Russian President", "the Greek leader", "the
 * American diplomat").
 */
function holdersOf(m: Mention, drafts: Drafts): [string, Draft][] {
  return [...drafts.byId.entries()].filter(
    ([, d]) =>
      d.kind === 'PERSON' &&
      d.role !== null &&
      !/^former\b/i.test(d.role) &&
      (d.role.toLowerCase().endsWith(m.name) ||
        (m.affiliation !== null &&
          (SAME_OFFICE_TITLES[m.name] ?? []).some((title) => d.role?.toLowerCase().endsWith(title))) ||
        (LEADER_WORD.test(m.name) && TOP_ROLE.test(d.role) && !/opposition/i.test(m.role ?? '')) ||
        // ("the American diplomat" after "Blinken", Secretary of State.)
        (DIPLOMAT_WORD.test(m.name) && isForeignOffice(d.role))),
  );
}

/** A role of the office that runs a state's diplomacy: "Foreign Minister", "Secretary of State" (COUNTERPART_OFFICES). */
function isForeignOffice(role: string): boolean {
  const lower = role.toLowerCase();
  return COUNTERPART_OFFICES.some((o) => o.office === 'foreign' && o.roleWords.some((w) => lower.includes(w)));
}

/** The drafted actors as extracted, each with its surname among its aliases. */
function toActors(drafts: Drafts): ExtractedActor[] {
  return [...drafts.byId.entries()].map(([id, d]): ExtractedActor => {
    // Readers look people up by surname ("Erdogan") even where the article never uses it alone.
    const surname = words(d.name).at(-1);
    if (d.kind === 'PERSON' && words(d.name).length > 1 && surname !== undefined) d.aliases.add(surname);
    d.aliases.delete(d.name);
    return { id, name: d.name, kind: d.kind, aliases: [...d.aliases].sort(), role: d.role, affiliation: d.affiliation };
  });
}

export function linkMentions(mentions: readonly Mention[]): Linked {
  const drafts = new Drafts();
  const canonical = canonicalPeople(mentions);
  const people = { ...knownPeople(mentions, canonical), namedBefore: namedBefore(mentions) };
  const actorOf = mentions.map((m) => linkMention(m, drafts, people));
  linkGovernments(mentions, actorOf, drafts, people);
  linkDescriptions(mentions, actorOf, drafts);
  return { actors: toActors(drafts), actorOf };
}

/**
 * The role to give a person: the article's title, unless it names no office ("counterpart", "leader") and the
 * gazetteer knows the person's office on the date ("his Venezuelan counterpart Nicolas Maduro": President); else the
 * gazetteer's role of an untitled name.
 */
function roleOf(written: string | null, known: KnownPerson | undefined): string | null {
  if (written !== null && !(NO_OFFICE_TITLE.test(written) && known?.current && known.role)) return written;
  return known?.role ?? written;
}
