import type { ActorKind } from '../domain/ontology';
import { STATE_GAZETTEER, type GazetteerEntry, type GazetteerForm } from './countries';
import { DEAL } from './lexicon/deals';
import { TWO_WORD_FORCES, STATE_FORCE_WORD } from './lexicon/military';
import { HONORIFIC, HONORIFIC_SECOND, NAME_PARTICLE, NOT_NAME, PERSON_POSSESSIVE } from './lexicon/names';
import { GOVERNMENT, GROUP_NOUN, MINISTRY_PORTFOLIO, POSTED_TITLE, STATE_ORGAN } from './lexicon/officials';
import {
  COMPANY_NAME_BREAK,
  COMPANY_NOUN,
  COMPANY_SUFFIX,
  INSTITUTION_WORD,
  NAME_CONNECTOR,
  ORGANISATION_HEAD,
} from './lexicon/organisations';
import {
  DESCRIPTION_BREAK,
  GEOGRAPHIC_NOUN,
  LOCATIVE_PREPOSITION,
  PLACES_OF_OFFICE,
  STATE_NOUN,
} from './lexicon/places';
import {
  APPOSITION_FILLER,
  POSTING_PREPOSITION,
  REGION_MODIFIER,
  TITLE_HEAD,
  TITLE_MODIFIER,
  TITLE_OF_OBJECT,
  TITLE_PREPOSITION,
  VAGUE_TITLE,
} from './lexicon/titles';
import { ORGANISATION_GAZETTEER } from './organisations';
import { tokenAt, type Sentence, type Token } from './sentences';
/**
 * Stage 3: actor mentions in each sentence: people (title patterns, honorifics,
 * capitalised names), states (names, demonyms, capitals, seats of power) and
 * organisations. A mention is a token span; linking (stage 4) decides which
 * real-world actor it names.
 */

export type MentionForm =
  | GazetteerForm
  /** A person introduced by a title or honorific: certainly a person. */
  | 'person'
  /** A capitalised name without a title: a person only if linking can confirm it. */
  | 'name-candidate'
  /** "Trump’s administration", "the Biden Administration": the state a leader governs. */
  | 'government'
  /** "the Russian President", "the Turkish leader": a person named by title alone, resolved by linking. */
  | 'description';

export interface Mention {
  sentence: number;
  /** Token span [start, end) within the sentence. */
  start: number;
  end: number;
  /** The whole span as written, possessive removed ("US President Donald Trump"). */
  surface: string;
  kind: ActorKind;
  /** A person's bare name ("Ali Khamenei"), or a state's or organisation's canonical name. */
  name: string;
  form: MentionForm;
  /** A person's title ("Foreign Minister"). */
  role: string | null;
  /** Canonical name of the state or organisation in the title ("Russian Foreign Minister": Russia). */
  affiliation: string | null;
  /** The affiliation as written, when that is a name ("Kremlin spokesman": Kremlin; not "Russian"). */
  affiliationAlias: string | null;
  /** The name with its honorific, kept as an alias ("Ayatollah Ali Khamenei"). */
  honorificName: string | null;
  /** How a state or organisation was named, when that is a name ("Moscow", "Biden Administration"; not "Russian officials"). */
  alias: string | null;
  possessive: boolean;
  /** compromise tagged a word of it as a person's name: evidence for a title-less candidate. */
  personTagged: boolean;
  /** "in Riyadh": where something happens, not who does it. */
  locative: boolean;
  /** The state a domestic organisation belongs to ("Democratic leaders": United States). */
  state: string | null;
  /** A title set off by a comma before a capitalised word: "the Israeli ambassador to Brazil, Daniel Zonshine,". */
  apposed: boolean;
}

/** Looks a phrase key up: the article's own definitions first, then the gazetteers. */
type Lookup = (key: string) => GazetteerEntry | undefined;

const GAZETTEER = new Map<string, GazetteerEntry>([...STATE_GAZETTEER, ...ORGANISATION_GAZETTEER]);
/** Longest actor name in words ("Community of Latin American and Caribbean States"). */
const MAX_PHRASE = 8;

/** A word of a title, singular or plural ("presidents", "Foreign"): no actor of its own. */
export const isTitleWord = (norm: string): boolean =>
  TITLE_HEAD.test(norm) || TITLE_MODIFIER.test(norm) || isPluralHead(norm);

/** "Prime Ministers Modi and Sharif": a plural head titles each of the coordinated names. */
const isPluralHead = (norm: string): boolean =>
  norm.length > 3 && norm.endsWith('s') && TITLE_HEAD.test(norm.slice(0, -1));

/** Some word of the span ends an institution's name ("Pakistan’s Air Force", "Iran’s Guardian Council"). */
const namesInstitution = (words: readonly Token[]): boolean => words.some((t) => INSTITUTION_WORD.test(t.norm));

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** compromise's word classes that a capitalised word in a name never has ("Later", "Meanwhile", "Top"). */
const NOT_NAME_TAGS = ['Adverb', 'Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Date', 'Value'];
const isNameLike = (t: Token) =>
  PERSON_TAGS.some((tag) => t.tags.has(tag)) || !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));

const isCap = (t: Token | undefined): t is Token => t !== undefined && t.capitalised;

function surfaceOf(s: Sentence, from: number, to: number, body: SentenceText): string {
  return body(tokenAt(s.tokens, from).start, tokenAt(s.tokens, to - 1).end).replace(/['’]s?$/, '');
}

/** Reads text of the body by offsets (the sentence's own text, offset by its start). */
type SentenceText = (start: number, end: number) => string;

function sentenceText(s: Sentence): SentenceText {
  return (start, end) => s.text.slice(start - s.start, end - s.start);
}

/** "Kim Jong Un": a short acronym ("UN", "EU", "US") is one only when written in capitals. */
const isNotAcronym = (t: Token) => {
  const bare = t.text.replace(/['’]s$/, ''); // "EU’s" is the acronym too
  return t.norm.length <= 3 && bare !== bare.toUpperCase();
};

/** Longest gazetteer phrase starting at token i; every word capitalised except connectors. */
function gazetteerAt(tokens: Token[], i: number, lookup: Lookup): { entry: GazetteerEntry; end: number } | null {
  for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    const first = tokenAt(words, 0);
    // ("al-Shabaab", "al Qaeda": an Arabic article opens the name in lower case.)
    if (!(first.capitalised || (n > 1 && first.norm === 'al')) || !isCap(words.at(-1))) continue;
    // "Iran’s Foreign" is not one name; "People’s Republic of China" is.
    if (words.slice(0, -1).some((w) => w.possessive && w.norm !== 'people')) continue;
    if (n === 1 && isNotAcronym(first)) continue;
    const entry = lookup(words.map((w) => w.norm).join(' '));
    if (entry) return { entry, end: i + n };
  }
  return null;
}

/** How many words such a description may take, up to its comma. */
const DESCRIBED_STATE_WORDS = 6;
/** A word that continues a title after its "of" ("State", "Foreign", "Interior"; not "the leader of the East African nation"). */
function continuesTitle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return isCap(t) && !REGION_MODIFIER.test(t.norm) && (TITLE_OF_OBJECT.test(t.norm) || TITLE_MODIFIER.test(t.norm));
}

/** Title words from token i: modifiers and heads, "of State"; returns the end and whether a head was seen. */
function titleAt(tokens: Token[], i: number): { end: number; hasHead: boolean } {
  let j = i;
  let hasHead = false;
  while (j < tokens.length) {
    const t = tokenAt(tokens, j);
    const next = tokens[j + 1];
    if (TITLE_HEAD.test(t.norm) || isPluralHead(t.norm)) hasHead = true;
    else if (TITLE_MODIFIER.test(t.norm)) {
      /* part of the title */
    }
    // "Secretary of State", "Minister of Foreign Affairs", "Minister for Foreign Affairs": an "of" or "for" inside the title.
    else if (TITLE_PREPOSITION.test(t.norm) && hasHead && continuesTitle(tokens, next?.norm === 'the' ? j + 2 : j + 1))
      j = next?.norm === 'the' ? j + 1 : j;
    else if (t.norm === 'and' && hasHead && isCap(next) && isTitleWord(next.norm)) {
      /* "Deputy Prime Minister and Foreign Minister" */
    } else if (POSTING_PREPOSITION.test(t.norm) && hasHead && POSTED_TITLE.test(tokenAt(tokens, j - 1).norm)) {
      // "US Ambassador to Malaysia Edgard Kagan", "Senior Advisor for Africa": the place is part of the title.
      const from = next?.norm === 'the' ? j + 2 : j + 1;
      const place = gazetteerAt(
        tokens,
        from,
        (key) =>
          GAZETTEER.get(key) ?? (PLACES_OF_OFFICE.has(key) ? { actor: key, kind: 'STATE', form: 'name' } : undefined),
      );
      if (!place || /[,;:]/.test(tokenAt(tokens, place.end - 1).post)) break;
      j = place.end - 1;
    } else break;
    j++;
    if (t.possessive || /[,;:]/.test(t.post)) break;
  }
  return { end: j, hasHead };
}

/**
 * "Foreign Minister Israel Katz", "Acting Secretary Chad Wolf": right after a title, a state's name followed by a
 * word that can be a surname is a given name.
 */
function isGivenName(tokens: Token[], j: number, afterTitle: boolean, lookup: Lookup): boolean {
  const t = tokenAt(tokens, j);
  const next = tokens[j + 1];
  return (
    afterTitle &&
    !t.possessive &&
    !/[,;:.!?]/.test(t.post) &&
    isCap(next) &&
    lookup(next.norm) === undefined &&
    !NOT_NAME.test(next.norm) &&
    !TITLE_HEAD.test(next.norm)
  );
}

/**
 * Capitalised name words from token i (with inner particles); stops after a possessive or punctuation.
 * After a title any capitalised word is a name ("Foreign Minister Hakan Fidan"); without one, a word
 * compromise reads as an adverb, verb or the like is not ("Later Donald Trump returned").
 */
function nameAt(tokens: Token[], i: number, titled: boolean, lookup: Lookup): number {
  let j = i;
  while (j < tokens.length && j - i < 7) {
    const t = tokenAt(tokens, j);
    const before = tokens[j - 1];
    // "Jong-un", "al-Houthi", "Abdel-Fattah": a word after a hyphen belongs to the name, whatever its case.
    const hyphenated = j > i && before !== undefined && before.post === '-' && t.start === before.end + 1;
    // "von der Leyen": particles inside a name, before a capitalised word or another particle.
    const particle =
      NAME_PARTICLE.test(t.norm) &&
      j > i &&
      (isCap(tokens[j + 1]) || t.post === '-' || NAME_PARTICLE.test(tokens[j + 1]?.norm ?? ''));
    if (
      !hyphenated &&
      !particle &&
      (!isCap(t) ||
        NOT_NAME.test(t.norm) ||
        TITLE_HEAD.test(t.norm) ||
        (lookup(t.norm) !== undefined && !isNotAcronym(t) && !isGivenName(tokens, j, titled && j === i, lookup)) ||
        (!titled && !isNameLike(t)))
    )
      break;
    j++;
    // ("George W. Bush": a middle initial's full stop is inside the name.)
    const initial = /^\p{Lu}$/u.test(t.text) && t.post === '.' && j > i + 1 && isCap(tokens[j]);
    if (t.possessive || (/[,;:.!?”"]/.test(t.post) && !initial)) break;
  }
  // A trailing particle is not part of the name.
  while (j > i && NAME_PARTICLE.test(tokenAt(tokens, j - 1).norm)) j--;
  return j;
}

function isLocative(
  sentence: number,
  tokens: Token[],
  start: number,
  end: number,
  entry: GazetteerEntry,
  previous: Mention | undefined,
): boolean {
  if (entry.kind !== 'STATE' || entry.form === 'adjective' || entry.form === 'members') return false;
  const last = tokenAt(tokens, end - 1);
  if (tokens[end]?.tags.has('Gerund')) return false; // "interest in Moscow facilitating talks": Moscow acts
  if (last.post === '-' && tokens[end]?.norm === 'based') return true; // "Lebanon-based Hezbollah": where it is
  // A dateline ("BAMAKO - ", "MUSCAT/SANAA/WASHINGTON - ", "Dubai: ") says where the report was filed.
  const dateline =
    /^(?:[-—–:]|--)$/.test(last.post) &&
    tokens.slice(0, end).every((t) => t.text === t.text.toUpperCase() || start === 0);
  // "WASHINGTON (AP) — ": a dateline in capitals followed by the agency's name.
  const capitals =
    start === 0 && tokens.slice(start, end).every((t) => /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase());
  if (dateline || (capitals && /\(/.test(`${last.post}${tokens[end]?.pre ?? ''}`))) return true;
  let k = start - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (LOCATIVE_PREPOSITION.test(tokens[k]?.norm ?? '')) return true;
  // "in Riyadh, Saudi Arabia": the country after a place is part of the place.
  return (
    previous !== undefined &&
    previous.sentence === sentence &&
    previous.locative &&
    previous.end === start &&
    /,$/.test(tokens[start - 1]?.post ?? '')
  );
}

/** compromise reads the word as part of a person's name. */
const isPersonTagged = (t: Token) => PERSON_TAGS.some((tag) => t.tags.has(tag));

const MAX_COMPANY_WORDS = 4;

/** The text of tokens [from, to) of a sentence, as written. */
function spanText(s: Sentence, from: number, to: number): string {
  return s.text.slice(tokenAt(s.tokens, from).start - s.start, tokenAt(s.tokens, to - 1).end - s.start);
}

/** The capitalised name starting at k (up to 4 words, none a known actor), as its end, or k if none. */
function companyNameAt(tokens: readonly Token[], k: number): number {
  let end = k;
  while (end - k < MAX_COMPANY_WORDS) {
    const t = tokens[end];
    if (!isCap(t) || GAZETTEER.has(t.norm) || COMPANY_NAME_BREAK.test(t.norm)) break;
    end++;
    if (/[,;:.!?()]/.test(t.post) || t.possessive) break;
  }
  return end;
}

/** A list of company names from k on ("Rosneft and Lukoil", "Lockheed Martin, Raytheon, General Dynamics"), as [from, to) spans. */
function companyListAt(tokens: readonly Token[], k: number): [number, number][] {
  const spans: [number, number][] = [];
  let at = k;
  while (at < tokens.length) {
    const end = companyNameAt(tokens, at);
    if (end === at) break;
    spans.push([at, end]);
    if (tokens[end]?.norm === 'and' && isCap(tokens[end + 1])) at = end + 1;
    else if (/,/.test(tokenAt(tokens, end - 1).post) && isCap(tokens[end])) at = end;
    else break;
  }
  return spans;
}

/** "Northrop Grumman Corporation": a company suffix at k and the capitalised words before it, as a [from, to) span. */
function suffixedCompanyAt(tokens: readonly Token[], k: number): [number, number] | null {
  const t = tokenAt(tokens, k);
  if (!COMPANY_SUFFIX.test(t.norm) || !t.capitalised || k === 0 || !isCap(tokens[k - 1])) return null;
  let from = k;
  while (from > 0 && k - from < MAX_COMPANY_WORDS - 1) {
    const w = tokenAt(tokens, from - 1);
    if (!w.capitalised || /[,;:.!?]/.test(w.post) || GAZETTEER.has(w.norm)) break;
    from--;
  }
  return [from, k + 1];
}

/**
 * The companies a company noun at k lists, as [from, to) spans: after it ("oil companies Rosneft and Lukoil",
 * "units of Lockheed Martin, Raytheon"), or before "and other" ("Lockheed Martin, Raytheon and other companies").
 */
function listedCompaniesAt(tokens: readonly Token[], k: number): [number, number][] {
  const t = tokenAt(tokens, k);
  if (!COMPANY_NOUN.test(t.norm) || t.capitalised) return [];
  const after = tokens[k + 1]?.norm === 'of' || tokens[k + 1]?.norm === 'including' ? k + 2 : k + 1;
  const spans = companyListAt(tokens, after);
  if (spans.length === 0 && tokens[k - 1]?.norm === 'other' && tokens[k - 2]?.norm === 'and') {
    let start = k - 3;
    while (start > 0) {
      const w = tokenAt(tokens, start - 1);
      if (!w.capitalised && !/,/.test(w.post)) break;
      start--;
    }
    while (start < k - 2 && !isCap(tokens[start])) start++;
    for (const [from, to] of companyListAt(tokens, start)) if (to <= k - 2) spans.push([from, to]);
  }
  return spans;
}

/** Records the company named by tokens [from, to) of s, unless a gazetteer knows it. */
function addCompany(found: Map<string, GazetteerEntry>, s: Sentence, from: number, to: number): void {
  const words = s.tokens.slice(from, to);
  const key = words.map((w) => w.norm).join(' ');
  if (words.length === 0 || GAZETTEER.has(key)) return;
  found.set(key, { actor: spanText(s, from, to).replace(/[’']s$/, ''), kind: 'ORGANIZATION', form: 'name' });
}

/**
 * Companies an article names as such: "oil companies Rosneft and Lukoil", "units of Lockheed
 * Martin, Raytheon, General Dynamics and other companies", "Northrop Grumman Corporation".
 * Sanctions and arms deals name them; without this they would pass for people or be lost.
 */
function companies(sentences: readonly Sentence[]): Map<string, GazetteerEntry> {
  const found = new Map<string, GazetteerEntry>();
  for (const s of sentences) {
    s.tokens.forEach((_, k) => {
      const suffixed = suffixedCompanyAt(s.tokens, k);
      if (suffixed) addCompany(found, s, ...suffixed);
      for (const [from, to] of listedCompaniesAt(s.tokens, k)) addCompany(found, s, from, to);
    });
  }
  return found;
}

/** Where the name of an organisation whose head word is at k starts ("the [Three Brotherhood Alliance]"). */
function organisationStart(tokens: readonly Token[], k: number): number {
  let from = k;
  while (from > 0 && k - from < MAX_PHRASE - 1) {
    const w = tokenAt(tokens, from - 1);
    // "Economic and Monetary Union"; but not "the Myanmar Army and the Arakan Army", nor "Kyaw of the Arakan Army".
    const connector = NAME_CONNECTOR.test(w.norm) && w.norm !== 'the' && w.norm !== 'of';
    if (/[,;:.!?"”)(]/.test(w.post) || w.possessive || !(connector || (w.capitalised && !NOT_NAME.test(w.norm)))) break;
    from--;
  }
  while (from < k && (!tokenAt(tokens, from).capitalised || NAME_CONNECTOR.test(tokenAt(tokens, from).norm))) from++;
  return from;
}

/**
 * Organisations the gazetteer does not know, named as such: a capitalised name ending in a word like
 * "Alliance" or "Army" ("the Three Brotherhood Alliance", "the Ta'ang National Liberation Army"). A state's
 * name and its forces ("Myanmar Army", "Russian Armed Forces") stay that state's.
 */
function namedOrganisations(sentences: readonly Sentence[], found: Map<string, GazetteerEntry>): void {
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      if (!t.capitalised || !ORGANISATION_HEAD.test(t.norm) || !isCap(s.tokens[k - 1])) return;
      const from = organisationStart(s.tokens, k);
      const words = s.tokens.slice(from, k + 1);
      const key = words.map((w) => w.norm).join(' ');
      const statesOwn =
        STATE_GAZETTEER.has(tokenAt(words, 0).norm) && words.slice(1).every((w) => STATE_FORCE_WORD.test(w.norm));
      if (
        words.length < 2 ||
        GAZETTEER.has(key) ||
        found.has(key) ||
        words.some((w) => TITLE_HEAD.test(w.norm)) ||
        statesOwn
      )
        return;
      found.set(key, { actor: spanText(s, from, k + 1), kind: 'ORGANIZATION', form: 'name' });
    });
  }
}

/**
 * "the Alliance of Sahel States (AES)": an article defines an organisation by giving
 * its acronym in brackets after its name. Both then name an organisation for the
 * whole article, although no gazetteer lists it.
 */
function definedAcronyms(sentences: readonly Sentence[], found: Map<string, GazetteerEntry>): void {
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      if (k < 2 || !t.pre.endsWith('(') || !t.post.startsWith(')') || !/^\p{Lu}[\p{L}\d]{1,7}$/u.test(t.text)) return;
      let from = k;
      while (from > 0 && k - from < MAX_PHRASE) {
        const w = tokenAt(s.tokens, from - 1);
        if (/[,;:.!?"”)(]/.test(w.post) || (!w.capitalised && !NAME_CONNECTOR.test(w.norm))) break;
        from--;
      }
      while (from < k && !isCap(s.tokens[from])) from++;
      const words = s.tokens.slice(from, k);
      const [first] = words;
      if (
        first === undefined ||
        words.length < 2 ||
        first.text.charAt(0).toUpperCase() !== t.text.charAt(0).toUpperCase()
      )
        return;
      const key = words.map((w) => w.norm).join(' ');
      // "Memoranda of Understanding (MoUs)", "Free Trade Agreement (FTA)": a text's acronym, no actor's.
      if (
        GAZETTEER.has(key) ||
        GAZETTEER.has(t.norm) ||
        words.some((w) => DEAL.test(w.norm) || w.norm === 'understanding')
      )
        return;
      const entry: GazetteerEntry = { actor: spanText(s, from, k), kind: 'ORGANIZATION', form: 'name' };
      found.set(key, entry);
      found.set(t.norm, entry);
    });
  }
}

/** The organisations and companies an article names that no gazetteer lists: they hold for the whole article. */
function definitions(sentences: readonly Sentence[]): Map<string, GazetteerEntry> {
  const found = companies(sentences);
  namedOrganisations(sentences, found);
  definedAcronyms(sentences, found);
  return found;
}

export function findMentions(sentences: readonly Sentence[]): Mention[] {
  const defined = definitions(sentences);
  const lookup: Lookup =
    defined.size === 0 ? (key) => GAZETTEER.get(key) : (key) => defined.get(key) ?? GAZETTEER.get(key);
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const text = sentenceText(s);
    const tokens = s.tokens;
    let i = 0;
    while (i < tokens.length) {
      // A name the article defines ("General Dynamics", one of "other companies") is not a title and a name.
      const definedHere = defined.size > 0 && gazetteerAt(tokens, i, (key) => defined.get(key)) !== null;
      const m =
        (definedHere ? actorAt(s, i, text, mentions[mentions.length - 1], lookup) : null) ??
        personAt(s, i, text, lookup) ??
        actorAt(s, i, text, mentions[mentions.length - 1], lookup) ??
        candidateAt(s, i, text, lookup);
      if (!m) {
        i++;
        continue;
      }
      mentions.push(...m);
      i = Math.max(...m.map((x) => x.end));
    }
  }
  return splitPairs(sentences, appositiveTitles(sentences, mentions));
}

/**
 * "Massad Boulos, US President Donald Trump's Senior Advisor for Africa": a name whose apposition is a title
 * is a person's, titled after it rather than before.
 */
function appositiveTitles(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const tokens = sentences[m.sentence].tokens;
    if (
      m.form !== 'name-candidate' ||
      m.personTagged ||
      m.end - m.start < 2 ||
      !/^,$/.test(tokens[m.end - 1].post) ||
      namesInstitution(tokens.slice(m.start, m.end))
    )
      return m;
    for (let k = m.end; k < Math.min(tokens.length, m.end + APPOSITION_WORDS); k++) {
      if (TITLE_HEAD.test(tokens[k].norm) && tokens[k].capitalised) return { ...m, personTagged: true };
      if (!tokens[k].capitalised && !APPOSITION_FILLER.test(tokens[k].norm)) return m;
      if (k > m.end && /[,;:.]/.test(tokens[k - 1].post)) return m;
    }
    return m;
  });
}

/** How far into an apposition its title may come ("US President Donald Trump's Senior Advisor"). */
const APPOSITION_WORDS = 8;

/**
 * "The Duda-Nauseda meeting": two surnames of titled people of the article joined by a hyphen are two
 * people, each its own mention, not one unknown name.
 */
function splitPairs(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const surnames = new Set(
    mentions.filter((m) => m.form === 'person').map((m) => m.name.split(/\s+/).pop()!.toLowerCase()),
  );
  return mentions.flatMap((m) => {
    const tokens = sentences[m.sentence].tokens;
    const [a, b] = [tokens[m.start], tokens[m.start + 1]];
    if (
      m.form !== 'name-candidate' ||
      m.end - m.start !== 2 ||
      a.post !== '-' ||
      !surnames.has(a.norm) ||
      !surnames.has(b.norm)
    )
      return [m];
    const one = (k: number): Mention => ({
      ...m,
      start: k,
      end: k + 1,
      surface: tokens[k].text,
      name: tokens[k].text.replace(/['’]s$/, ''),
      possessive: tokens[k].possessive,
    });
    return [one(m.start), one(m.start + 1)];
  });
}

const blank = {
  role: null,
  affiliation: null,
  affiliationAlias: null,
  honorificName: null,
  alias: null,
  personTagged: false,
  locative: false,
  state: null,
  apposed: false,
};

/**
 * "[Russian] Foreign Minister [Ayatollah] Sergei Lavrov": affiliation, title, honorific, name;
 * "China’s Xi Jinping": a state's possessive before a name; "Prime Ministers Modi and Sharif":
 * a plural title before coordinated names; "the Russian President": a title alone.
 */
function personAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  const tokens = s.tokens;
  let j = i;
  let affiliation: string | null = null;
  let affiliationAlias: string | null = null;
  let ownedBy = false;
  // ("arrived in South Africa, President Cyril Ramaphosa held": a comma ends the place, it titles nobody.)
  const found = gazetteerAt(tokens, i, lookup);
  const aff = found && !/[,;:]/.test(tokens[found.end - 1].post) ? found : null;
  if (aff && aff.entry.form !== 'members') {
    affiliation = aff.entry.actor;
    if (aff.entry.form !== 'adjective') affiliationAlias = surfaceOf(s, i, aff.end, text);
    ownedBy = aff.entry.kind === 'STATE' && tokens[aff.end - 1].possessive;
    j = aff.end;
  } else if (PERSON_POSSESSIVE.test(tokens[i].norm)) {
    j = i + 1; // "his Ukrainian counterpart Andrii Sybiha"
    const inner = gazetteerAt(tokens, j, lookup);
    if (inner && inner.entry.form === 'adjective') {
      affiliation = inner.entry.actor;
      j = inner.end;
    }
  }
  const start = PERSON_POSSESSIVE.test(tokens[i].norm) ? i + 1 : i;
  const title = titleAt(tokens, j);
  let k = title.end;
  const honorificStart = k;
  while (
    k < tokens.length &&
    isCap(tokens[k]) &&
    (HONORIFIC.test(tokens[k].norm) || (k > honorificStart && HONORIFIC_SECOND.test(tokens[k].norm)))
  )
    k++;
  const hasHonorific = k > honorificStart;
  /** The person named by tokens [nameFrom, nameTo), mentioned by the span from spanFrom. */
  const make = (spanFrom: number, nameFrom: number, nameTo: number, role: string | null): Mention => ({
    ...blank,
    sentence: s.index,
    start: spanFrom,
    end: nameTo,
    surface: surfaceOf(s, spanFrom, nameTo, text),
    kind: 'PERSON',
    name: surfaceOf(s, nameFrom, nameTo, text),
    form: 'person',
    role,
    affiliation,
    affiliationAlias,
    honorificName: hasHonorific && nameFrom === k ? surfaceOf(s, honorificStart, nameTo, text) : null,
    possessive: tokens[nameTo - 1].possessive,
    personTagged: true,
  });
  if (!title.hasHead && !hasHonorific) {
    // "China’s Xi Jinping", "Ukraine’s Volodymr Zelensky": a name, not an organisation or place, owned by a state.
    if (!ownedBy || title.end > j) return null;
    const end = nameAt(tokens, j, false, lookup);
    const words = tokens.slice(j, end);
    if (
      end === j ||
      words.some((t) => t.tags.has('Organization') || t.tags.has('Place')) ||
      namesInstitution(words) ||
      !(words.length >= 2 || words.some(isPersonTagged))
    )
      return null;
    return [make(start, j, end, null)];
  }
  // "the Secretary General of the United Nations, Antonio Guterres", "President of the Russian Federation Vladimir
  // Putin": a title of a state or organisation, then the name.
  // ("his counterpart in Kathmandu, K P Sharma Oli": a title in a state's capital, set off by a comma, then the name.)
  const inState = tokens[title.end]?.norm === 'in';
  if (
    title.hasHead &&
    !hasHonorific &&
    (tokens[title.end]?.norm === 'of' || inState) &&
    !/[,;:]/.test(tokens[title.end - 1].post)
  ) {
    const from = tokens[title.end + 1]?.norm === 'the' ? title.end + 2 : title.end + 1;
    const place = gazetteerAt(tokens, from, lookup);
    const of =
      place &&
      (!inState ||
        (place.entry.kind === 'STATE' && place.entry.form !== 'adjective' && /^,$/.test(tokens[place.end - 1].post)))
        ? place
        : null;
    // (Not "the leaders of Mali, Burkina Faso and Niger": one head, and a name that is no state's.)
    const plural = tokens.slice(j, title.end).some((x) => isPluralHead(x.norm));
    // ("Leader of Taliban delegation Mullah Baradar": the organisation's group noun is part of the title.)
    const nameFrom =
      of && GROUP_NOUN.test(tokens[of.end]?.norm ?? '') && !tokens[of.end].capitalised ? of.end + 1 : (of?.end ?? -1);
    const end =
      of && !plural && /^,?$/.test(tokens[nameFrom - 1].post) && !gazetteerAt(tokens, nameFrom, lookup)
        ? nameAt(tokens, nameFrom, true, lookup)
        : -1;
    // ("the head of the Russian Orthodox Church, Patriarch Kirill": an institution's name is no person's.)
    if (end > nameFrom && namesInstitution(tokens.slice(nameFrom, end))) return null;
    if (of && end > nameFrom) {
      return [
        {
          ...make(start, nameFrom, end, surfaceOf(s, j, title.end, text)),
          affiliation: of.entry.actor,
          affiliationAlias: of.entry.form === 'adjective' ? null : surfaceOf(s, from, of.end, text),
        },
      ];
    }
    // "the leader of the East African nation, William Ruto,": a title of a state described, not named, then the name.
    const comma = tokens.findIndex((x, d) => d >= from && d < from + DESCRIBED_STATE_WORDS && /[,;:]/.test(x.post));
    if (
      !of &&
      !plural &&
      comma >= 0 &&
      /,/.test(tokens[comma].post) &&
      STATE_NOUN.test(tokens[comma].norm) &&
      tokens.slice(from, comma).every((x) => !x.tags.has('Verb') && !DESCRIPTION_BREAK.test(x.norm)) &&
      !gazetteerAt(tokens, comma + 1, lookup)
    ) {
      const nameEnd = nameAt(tokens, comma + 1, true, lookup);
      if (nameEnd > comma + 2 && (nameEnd === tokens.length || /[,.;:]/.test(tokens[nameEnd - 1].post)))
        return [make(start, comma + 1, nameEnd, surfaceOf(s, j, title.end, text))];
    }
  }
  const nameEnd = nameAt(tokens, k, true, lookup);
  const role = title.end > j ? surfaceOf(s, j, title.end, text) : null;
  if (nameEnd === k) return hasHonorific ? null : descriptionAt(s, i, j, title.end, role, affiliation, ownedBy, text);
  const person = make(start, k, nameEnd, role);
  const pluralTitle = tokens.slice(j, title.end).some((t) => isPluralHead(t.norm));
  if (pluralTitle && tokens[nameEnd]?.norm === 'and' && !tokens[nameEnd - 1].possessive) {
    const secondEnd = nameAt(tokens, nameEnd + 1, true, lookup);
    if (secondEnd > nameEnd + 1) {
      const singular = role === null ? null : role.replace(/s$/, '');
      return [{ ...person, role: singular }, make(nameEnd + 1, nameEnd + 1, secondEnd, singular)];
    }
  }
  return withGovernment(s, person, text);
}

/**
 * "the Russian President", "Egypt’s head of state", "The U.S. president": a definite title
 * without a name. Linking resolves it to the one person of the article who holds that title.
 */
function descriptionAt(
  s: Sentence,
  i: number,
  titleStart: number,
  titleEnd: number,
  role: string | null,
  affiliation: string | null,
  ownedBy: boolean,
  text: SentenceText,
): Mention[] | null {
  const head = s.tokens[titleEnd - 1];
  if (role === null || titleEnd - titleStart > 3 || !TITLE_HEAD.test(head.norm)) return null;
  // "the head of the intelligence agency" heads something else; "the leader" alone could be anyone's.
  if (s.tokens[titleEnd]?.norm === 'of' && !ownedBy) return null;
  if (affiliation === null && VAGUE_TITLE.test(head.norm)) return null;
  if (s.tokens[i - 1]?.norm !== 'the' && !ownedBy) return null;
  // ("the Israeli ambassador to Brazil, Daniel Zonshine,": past a place the envoy is sent to, a comma and a name.)
  const comma = s.tokens.slice(titleEnd - 1, titleEnd + 3).findIndex((t) => /,/.test(t.post));
  const apposed =
    comma >= 0 &&
    (s.tokens[titleEnd + comma]?.capitalised ?? false) &&
    s.tokens.slice(titleEnd, titleEnd + comma).every((t) => !t.tags.has('Verb'));
  return [
    {
      ...blank,
      sentence: s.index,
      start: i,
      end: titleEnd,
      surface: surfaceOf(s, i, titleEnd, text),
      kind: 'PERSON',
      name: head.norm,
      form: 'description',
      role,
      affiliation,
      possessive: head.possessive,
      apposed,
    },
  ];
}

/** "Trump’s administration": besides the person, a mention of the state he governs. */
function withGovernment(s: Sentence, person: Mention, text: SentenceText): Mention[] {
  const next = s.tokens[person.end];
  if (!next || !GOVERNMENT.test(next.norm)) return [person];
  const government: Mention = {
    ...person,
    end: person.end + 1,
    surface: surfaceOf(s, person.start, person.end + 1, text),
    kind: 'STATE',
    form: 'government',
    role: null,
    possessive: next.possessive,
    alias: null,
  };
  return [person, government];
}

/** "the South China Sea": a state's name inside a place name names no actor. */
function isPartOfPlaceName(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.capitalised && GEOGRAPHIC_NOUN.test(next.norm) && !tokens[end - 1].possessive;
}

/** A state or organisation, extended by a group noun ("Russian counterparts", "US administration"). */
function actorAt(
  s: Sentence,
  i: number,
  text: SentenceText,
  previous: Mention | undefined,
  lookup: Lookup,
): Mention[] | null {
  const hit = gazetteerAt(s.tokens, i, lookup);
  if (!hit || isPartOfPlaceName(s.tokens, i, hit.end)) return null;
  let { end } = hit;
  let form: MentionForm = hit.entry.form;
  // "the Brazilian foreign ministry", "Chinese Coast Guard vessels": a ministry named by its portfolio, or a force of
  // two words, acts for its state like "Russian officials".
  const twoWords = `${s.tokens[end]?.norm} ${s.tokens[end + 1]?.norm}`;
  // (The first of two words that name one group: "foreign" of "foreign ministry", "coast" of "coast guard".)
  const compound =
    (MINISTRY_PORTFOLIO.test(s.tokens[end]?.norm ?? '') && s.tokens[end + 1]?.norm === 'ministry') ||
    TWO_WORD_FORCES.has(twoWords)
      ? 1
      : 0;
  const next = s.tokens[end + compound];
  if (next && (GROUP_NOUN.test(next.norm) || compound === 1) && !s.tokens[end - 1].possessive) {
    end += compound + 1;
    if (form === 'adjective') form = 'members';
  } else if (form === 'adjective' && next?.norm === 'and') {
    // "Indian and Chinese troops": the first of two coordinated adjectives shares the group noun.
    const other = gazetteerAt(s.tokens, end + 1, lookup);
    if (other?.entry.form === 'adjective' && GROUP_NOUN.test(s.tokens[other.end]?.norm ?? '')) form = 'members';
  } else if (hit.entry.kind === 'STATE' && s.tokens[end - 1].possessive && next) {
    // "Russia’s military launched strikes", "Pakistan’s Air Force": the state's own forces or government act as the state.
    const force = TWO_WORD_FORCES.has(twoWords) ? 2 : STATE_ORGAN.test(next.norm) ? 1 : 0;
    end += force;
  }
  return [
    {
      ...blank,
      sentence: s.index,
      start: i,
      end,
      surface: surfaceOf(s, i, end, text),
      kind: hit.entry.kind,
      name: hit.entry.actor,
      form,
      possessive: s.tokens[end - 1].possessive,
      state: hit.entry.state ?? null,
      alias: hit.entry.form === 'adjective' ? null : surfaceOf(s, i, hit.end, text),
      locative: isLocative(s.index, s.tokens, i, end, hit.entry, previous),
    },
  ];
}

/** A capitalised sequence that may be a person's name ("Trump", "Donald Trump", "Biden Administration"). */
function candidateAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  const end = nameAt(s.tokens, i, false, lookup);
  if (end === i) return null;
  const name = surfaceOf(s, i, end, text);
  const candidate: Mention = {
    ...blank,
    sentence: s.index,
    start: i,
    end,
    surface: name,
    kind: 'PERSON',
    name,
    form: 'name-candidate',
    // ("the Russian Orthodox Church": a word of a person's name does not make an institution a person.)
    possessive: s.tokens[end - 1].possessive,
    personTagged: s.tokens.slice(i, end).some(isPersonTagged) && !namesInstitution(s.tokens.slice(i, end)),
  };
  // "the Biden Administration" written as one capitalised phrase.
  const last = s.tokens[end - 1];
  if (end - i >= 2 && GOVERNMENT.test(last.norm)) {
    const person = {
      ...candidate,
      end: end - 1,
      name: surfaceOf(s, i, end - 1, text),
      surface: surfaceOf(s, i, end - 1, text),
      possessive: false,
    };
    // (Named by its leader, like "Trump’s administration": linking finds the state through the leader.)
    return [
      person,
      { ...candidate, name: person.name, kind: 'STATE', form: 'government', alias: name.replace(/^the\s+/i, '') },
    ];
  }
  return withGovernment(s, candidate, text);
}
