import type { PartialDate } from '../domain/partialDate';
import { comparePartial } from '../gazetteer/dates';
import {
  loadGazetteer,
  nameKey,
  transliterationKey,
  type Gazetteer,
  type ResolvedPerson,
  type Role,
} from '../gazetteer';
import { phraseKey, STATE_GAZETTEER } from './countries';
import { ORGANISATION_GAZETTEER } from './organisations';

/**
 * People the gazetteer (src/gazetteer, data/gazetteer) knows, as the extractor names them: an untitled "Macron" in
 * an article of 2025-03-10 is Emmanuel Macron, President, of France. The article's date chooses the role: "Trump" in
 * 2022 is the former President of the United States, in 2025 the President.
 */

export interface KnownPerson {
  /** The gazetteer's id, one per real person ("Q3052772"). */
  id: string;
  /** The gazetteer's canonical name ("Volodymyr Zelenskyy"). */
  name: string;
  /** Its full spellings, the canonical name first ("Volodymyr Zelenskyy", "Volodymyr Zelensky", …). */
  spellings: readonly string[];
  /**
   * The title held on the article's date, short as news writes it ("President"); "former President" after it;
   * "incoming Prime Minister" in the months before it (UPCOMING_WINDOW_MONTHS).
   */
  role: string | null;
  /** The extractor's name of the state or organisation the person acts for on the date ("France"); null out of office. */
  affiliation: string | null;
  /** Named by the name alone ("Macron", "von der Leyen"), not by a full name. */
  alone: boolean;
  /** That one word is also a common word or a shared surname: it needs support (a title, an earlier full mention). */
  guard: boolean;
  /** In office on the article's date (not a former officeholder). */
  current: boolean;
  /** The word naming the person alone names other known people too ("Johnson"). */
  shared: boolean;
  /** Phoenix's vague "government official" or "military officer": news does not name such people by surname alone. */
  vague: boolean;
  /** Every office the gazetteer dates for the person, titled as news writes it (roleTerms.ts reads their terms). */
  offices: readonly KnownOffice[];
}

/** An office of a known person: a short title, the extractor's name of where, and the dates as the source gives them. */
export interface KnownOffice {
  title: string;
  of: string;
  from: PartialDate | null;
  to: PartialDate | null;
}

/** The gazetteer, read on first use (once per process). */
let gazetteer: Gazetteer | undefined;
const theGazetteer = (): Gazetteer => (gazetteer ??= loadGazetteer());

/** The extractor's name of a state (by ISO3) or organisation (by gazetteer id), built on first use. */
let affiliations: Map<string, string> | undefined;

function affiliationNames(g: Gazetteer): Map<string, string> {
  if (affiliations) return affiliations;
  const names = new Map<string, string>();
  for (const s of g.states) {
    const actor = [s.name, ...s.variants].map((n) => STATE_GAZETTEER.get(phraseKey(n))?.actor).find(Boolean);
    names.set(s.iso3, actor ?? s.name);
  }
  for (const o of g.organisations) {
    const spellings = [o.name, ...o.acronyms, ...o.variants].map((n) => n.replace(/^the\s+/i, ''));
    const actor = spellings.map((n) => ORGANISATION_GAZETTEER.get(phraseKey(n))?.actor).find(Boolean);
    names.set(o.id, actor ?? o.name);
  }
  affiliations = names;
  return names;
}

/** The extractor's name of the state (ISO3) or organisation (gazetteer id) a gazetteer role is of. */
export const affiliationNameOf = (of: string): string | undefined => affiliationNames(theGazetteer()).get(of);

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The title as news writes it before a name: "President of the French Republic" → "President", "Minister of Foreign
 * Affairs of Kuwait" → "Foreign Minister", "United States Secretary of State" → "Secretary of State", "Special Envoy
 * to the Middle East" → "Special Envoy". Null for
 * Phoenix's sector codes, which say no office.
 */
export function shortTitle(role: Role): string | null {
  const { kind, title } = role;
  if (kind === 'government' || kind === 'military') return null;
  if (kind === 'foreignMinister')
    return /secretary of state/i.test(title)
      ? 'Secretary of State'
      : /foreign secretary/i.test(title)
        ? 'Foreign Secretary'
        : 'Foreign Minister';
  if (kind === 'defenceMinister')
    return /secretary of (?:defen[cs]e|war)/i.test(title)
      ? 'Secretary of Defense'
      : /defen[cs]e secretary/i.test(title)
        ? 'Defence Secretary'
        : 'Defence Minister';
  if (kind === 'armedGroupLeader') return 'Leader';
  const head = (title.split(/\s+(?:of|on|for|to)\s+/)[0] ?? title).replace(/^(?:United States|US)\s+/, '');
  // ("Prime minister of India": news capitalises each word of a title before a name.)
  return head.split(' ').map(capitalised).join(' ');
}

/** The word news writes before the title of an office left ("former President") or not yet taken ("incoming"). */
const TENSE_WORD = { former: 'former', future: 'incoming' } as const;

/**
 * How long before taking office a person named alone is taken to be the future officeholder: a leader-elect or
 * designate (Mexico's president-elect waits four months, the US one ten weeks, Carney waited five days). Earlier, a
 * surname is as likely another's ("Carney" in 2013: Jay Carney, the White House spokesman, not Mark Carney, Prime
 * Minister of Canada from 2025).
 */
const UPCOMING_WINDOW_MONTHS = 6;

/** The date `months` later, at the date's own precision ("2025-03-10" → "2025-09-10"; "2025" → "2025"). */
function monthsLater(date: PartialDate, months: number): PartialDate {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (match === null) return date;
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const month = String((total % 12) + 1).padStart(2, '0');
  return `${Math.floor(total / 12)}-${month}${date.slice(7)}`;
}

/** Whether the date is within the window before the role's start (`from` is later than the date). */
function isSoonBefore(from: PartialDate | undefined, date: PartialDate): boolean {
  return from !== undefined && comparePartial(from, monthsLater(date, UPCOMING_WINDOW_MONTHS)) <= 0;
}

function toKnown(name: string, r: ResolvedPerson, g: Gazetteer): KnownPerson {
  const title = shortTitle(r.role.role);
  const vague = title === null;
  return {
    id: r.person.id,
    name: r.person.name,
    spellings: [r.person.name, ...r.person.variants],
    role: title === null ? null : r.role.status === 'current' ? title : `${TENSE_WORD[r.role.status]} ${title}`,
    // A former officeholder no longer acts for the state, nor does one not yet in office: "Trump" in 2022 speaks for
    // no government, nor "Carney" on 10 March 2025, four days before he became Prime Minister of Canada.
    affiliation: r.role.status === 'current' ? (affiliationNames(g).get(r.role.role.of) ?? null) : null,
    alone: r.alone,
    guard: r.guard,
    current: r.role.status === 'current',
    shared: r.alone && g.peopleByName(name).filter((m) => m.alone).length > 1,
    vague,
    offices: officesOf(r.person.roles, g),
  };
}

function officesOf(roles: readonly Role[], g: Gazetteer): KnownOffice[] {
  return roles.flatMap((role) => {
    const title = shortTitle(role);
    const of = affiliationNames(g).get(role.of);
    return title === null || of === undefined ? [] : [{ title, of, from: role.from ?? null, to: role.to ?? null }];
  });
}

/** A year is known: "2025-03-10", "2025"; not "--03-10" nor null, which cannot choose a role. */
export const hasYear = (date: PartialDate | null): date is PartialDate => date !== null && /^\d{4}/.test(date);

/**
 * The person a name written with middle initials or a generational suffix means, read without them ("Antony J. Blinken"
 * in State Department readouts, "Lloyd J. Austin III"), unless the person's own spellings carry other initials ("George
 * H. W. Bush" is not George W. Bush).
 */
function resolvedWithoutInitials(
  g: Gazetteer,
  name: string,
  date: PartialDate,
): ReturnType<Gazetteer['resolvePerson']> {
  const plain = withoutInitials(name);
  if (plain === name) return undefined;
  const r = g.resolvePerson(plain, date);
  if (!r) return undefined;
  const written = initialsOf(name);
  const own = [r.person.name, ...r.person.variants].map(initialsOf).filter((i) => i !== '');
  return own.length === 0 || own.includes(written) ? r : undefined;
}

/** The middle initials of a name, joined ("George H. W. Bush" → "H.W."; none → ""). */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w, k, all) => k > 0 && k < all.length - 1 && INITIAL.test(w))
    .join('');

/**
 * A full name without its middle initials and generational suffix, as the gazetteer writes most names: "Antony J.
 * Blinken", "Lloyd J. Austin III", "Joseph R. Biden Jr." are "Antony Blinken", "Lloyd Austin", "Joseph Biden" (the
 * first and last words stay).
 */
function withoutInitials(name: string): string {
  const words = name.split(/\s+/);
  const last = words.length - 1;
  const kept = words.filter((w, k) => !(k > 0 && k < last && INITIAL.test(w)));
  while (kept.length > 2 && GENERATION.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join(' ');
}

const INITIAL = /^\p{Lu}\.$/u;
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * The person the gazetteer says a name means on the article's date, or null: none, two tied, or no year to choose
 * a role by. The caller applies the guards (a common word alone needs support).
 */
export function knownPerson(name: string, date: PartialDate | null): KnownPerson | null {
  if (!hasYear(date)) return null;
  const g = theGazetteer();
  const r = g.resolvePerson(name, date) ?? resolvedWithoutInitials(g, name, date);
  if (r?.role.status === 'future' && !isSoonBefore(r.role.role.from, date)) return null;
  return r ? toKnown(name, r, g) : null;
}

/**
 * Whether one word names a known person alone ("Blinken", which compromise reads as a verb); a word that is also a
 * common word or shared surname ("May") counts only when `guarded` words may ("Prime Minister May": after a title).
 */
export function isKnownSurname(word: string, guarded: boolean): boolean {
  return theGazetteer()
    .peopleByName(word)
    .some((m) => m.alone && (guarded || !m.guard));
}

/** Letters beyond ASCII ("Nicolás", "Félix"): a spelling that keeps them says more than one that drops them. */
const accented = (n: string): number => n.replace(/\p{ASCII}/gu, '').length;
/** How many i's a spelling writes: "Zelensky" before "Zelenskiy", fewer first. */
const iCount = (n: string): number => n.replace(/[^i]/gi, '').length;
/**
 * How many y's end the spelling's words: "Sergei" before "Sergey", "Zelensky" before "Zelenskyy", fewer first. A y
 * inside a word is no transliteration's ending and counts for nothing ("Nazarbayev", "Khalil al-Hayya").
 */
const endingYs = (n: string): number => (n.match(/y+(?=$|[\s-])/gi) ?? []).join('').length;

/**
 * Of several spellings of one person, the one every article gets, whatever its own spelling: the most accented, then
 * the plainest transliteration (fewest y's ending a word, then fewest i's: "Sergei Lavrov", "Volodymyr Zelensky",
 * "Rustem Umerov"), then the first the gazetteer lists (its canonical name first: "Abbas Araghchi", "Nursultan
 * Nazarbayev").
 */
const preferredOf = (spellings: readonly string[]): string | undefined =>
  spellings
    .map((n, k) => ({ n, k }))
    .sort(
      (a, b) =>
        accented(b.n) - accented(a.n) || endingYs(a.n) - endingYs(b.n) || iCount(a.n) - iCount(b.n) || a.k - b.k,
    )
    .map(({ n }) => n)[0];

/**
 * The one name a known person gets in every article, whatever the article calls them ("Cyril Ramaphosa",
 * "Ramaphosa", "President Ramaphosa"; "Bongbong Marcos", "Ferdinand Marcos Jr."): the preferred transliteration
 * (preferredOf) of the gazetteer's canonical name. An actor's id is made from its name, so a name chosen from the
 * article's own spelling split one person into several actors across articles (one per form written); the article's
 * spellings stay the actor's aliases.
 */
export function oneNameOf(known: KnownPerson): string {
  const key = transliterationKey(known.name);
  return preferredOf(known.spellings.filter((n) => transliterationKey(n) === key)) ?? known.name;
}

/** Whether the words are a known person's full name ("Theresa May", whose last word is also a month). */
export function isKnownFullName(words: string): boolean {
  return theGazetteer()
    .peopleByName(words)
    .some((m) => !m.alone);
}

/**
 * Whether the words are a person's own name as the gazetteer writes it, not one of its variants ("Gen Nakatani" is;
 * "King Abdullah", a variant that holds the title, is not).
 */
export function isKnownOwnName(words: string): boolean {
  const key = nameKey(words);
  return theGazetteer()
    .peopleByName(words)
    .some((m) => !m.alone && nameKey(m.person.name) === key);
}

let firstWords: Set<string> | undefined;

/** The first word of every full name and variant the gazetteer spells (as nameKey writes it): a cheap test first. */
function fullNameFirstWords(): Set<string> {
  firstWords ??= new Set(
    theGazetteer().people.flatMap((p) => [p.name, ...p.variants].map((n) => nameKey(n).split(' ', 1)[0] ?? '')),
  );
  return firstWords;
}

/**
 * Whether the words spell a known person's full name or one of its variants, any accents ("To Lam": Tô Lâm), not a
 * name matched through a transliteration or its given name's spelling ("A K" is not "AKK"), for a word read as no
 * name's to open it.
 */
export function isSpelledFullName(words: string): boolean {
  const key = nameKey(words);
  if (!fullNameFirstWords().has(key.split(' ', 1)[0] ?? '')) return false;
  return theGazetteer()
    .peopleByName(words)
    .some((m) => !m.alone && [m.person.name, ...m.person.variants].some((n) => nameKey(n) === key));
}
