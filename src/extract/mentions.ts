import type { ActorKind } from '../domain/ontology';
import { STATE_GAZETTEER, type GazetteerEntry, type GazetteerForm } from './countries';
import { ORGANISATION_GAZETTEER } from './organisations';
import type { Sentence, Token } from './sentences';

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
  | 'government';

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
}

const GAZETTEER = new Map<string, GazetteerEntry>([...STATE_GAZETTEER, ...ORGANISATION_GAZETTEER]);
const MAX_PHRASE = 6;

/** The head of a title: the word that says what the person is. */
const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'advisor', 'adviser', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'ambassador', 'envoy', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'emir',
  'sultan', 'general', 'commander', 'chief', 'counterpart', 'senator', 'sen', 'governor', 'mayor', 'director',
  'chairman', 'chairwoman', 'chair', 'head', 'official', 'diplomat', 'negotiator', 'pope', 'speaker',
  'representative', 'rep', 'gen', 'colonel', 'admiral', 'marshal', 'monarch', 'secretary-general', 'czar', 'tsar',
]);

/** Words that qualify a title head ("Foreign", "Deputy Prime", "National Security"). */
const TITLE_MODIFIERS = new Set([
  'foreign', 'defense', 'defence', 'finance', 'interior', 'economy', 'economic', 'trade', 'energy', 'justice',
  'deputy', 'vice', 'prime', 'national', 'security', 'supreme', 'senior', 'special', 'top', 'former', 'acting',
  'crown', 'first', 'presidential', 'ministry', 'affairs', 'intelligence', 'military', 'press', 'executive',
  'assistant', 'lieutenant', 'state', 'chief', 'opposition', 'border', 'climate', 'middle', 'east', 'white', 'house',
]);

/** Words after "of" inside a title ("Secretary of State", "Chief of Staff"). */
const TITLE_OF_OBJECTS = new Set(['state', 'defense', 'defence', 'treasury', 'commerce', 'energy', 'homeland', 'staff', 'war', 'the']);

/** Forms of address dropped from the canonical name but kept as an alias. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'sheikh', 'ayatollah', 'hojatoleslam', 'madam']);

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du']);

/** Nouns for the people who act for a state or party ("Russian officials", "US administration"). */
export const GROUP_NOUNS = new Set([
  'officials', 'official', 'leaders', 'leadership', 'government', 'administration', 'authorities', 'forces', 'troops',
  'military', 'army', 'navy', 'diplomats', 'delegation', 'counterparts', 'counterpart', 'negotiators', 'lawmakers',
  'senators', 'ministers', 'regime', 'side', 'envoys',
]);

/** Prepositions after which a place is where something happens. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** Capitalised words that are never part of a person's name. */
const NOT_NAME = /^(the|a|an|and|or|but|of|in|on|at|to|for|with|by|from|as|this|that|these|those|it|its|he|she|they|we|i|his|her|their|our|my|meanwhile|however|according|since|during|while|after|before|when|although|though|if|neither|nor|both|also|then|so|yet|still|reminder|advertisement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** compromise's word classes that a capitalised word in a name never has ("Later", "Meanwhile", "Top"). */
const NOT_NAME_TAGS = ['Adverb', 'Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Date', 'Value'];
const nameLike = (t: Token) => PERSON_TAGS.some((tag) => t.tags.has(tag)) || !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));

const isCap = (t: Token | undefined): t is Token => t !== undefined && t.capitalised;

function surfaceOf(s: Sentence, from: number, to: number, body: SentenceText): string {
  const first = s.tokens[from];
  const last = s.tokens[to - 1];
  return body(first.start, last.end).replace(/['’]s?$/, '');
}

/** Reads text of the body by offsets (the sentence's own text, offset by its start). */
type SentenceText = (start: number, end: number) => string;

function sentenceText(s: Sentence): SentenceText {
  return (start, end) => s.text.slice(start - s.start, end - s.start);
}

/** Longest gazetteer phrase starting at token i; every word capitalised except connectors. */
function gazetteerAt(tokens: Token[], i: number): { entry: GazetteerEntry; end: number } | null {
  for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (!isCap(words[0]) || !isCap(words[n - 1])) continue;
    if (words.slice(0, -1).some((w) => w.possessive)) continue; // "Iran’s Foreign" is not one name
    const entry = GAZETTEER.get(words.map((w) => w.norm).join(' '));
    if (entry) return { entry, end: i + n };
  }
  return null;
}

/** Title words from token i: modifiers and heads, "of State"; returns the end and whether a head was seen. */
function titleAt(tokens: Token[], i: number): { end: number; hasHead: boolean } {
  let j = i;
  let hasHead = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (TITLE_HEADS.has(t.norm)) hasHead = true;
    else if (TITLE_MODIFIERS.has(t.norm)) { /* part of the title */ }
    else if (t.norm === 'of' && hasHead && isCap(tokens[j + 1]) && TITLE_OF_OBJECTS.has(tokens[j + 1].norm)) j++;
    else break;
    j++;
    if (t.possessive || /[,;:]/.test(t.post)) break;
  }
  return { end: j, hasHead };
}

/**
 * Capitalised name words from token i (with inner particles); stops after a possessive or punctuation.
 * After a title any capitalised word is a name ("Foreign Minister Hakan Fidan"); without one, a word
 * compromise reads as an adverb, verb or the like is not ("Later Donald Trump returned").
 */
function nameAt(tokens: Token[], i: number, titled: boolean): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const t = tokens[j];
    const particle = NAME_PARTICLES.has(t.norm) && j > i && isCap(tokens[j + 1]);
    if (!particle && (!isCap(t) || NOT_NAME.test(t.norm) || TITLE_HEADS.has(t.norm) || GAZETTEER.has(t.norm) || (!titled && !nameLike(t)))) break;
    j++;
    if (t.possessive || /[,;:.!?”"]/.test(t.post)) break;
  }
  // A trailing particle is not part of the name.
  while (j > i && NAME_PARTICLES.has(tokens[j - 1].norm)) j--;
  return j;
}

function isLocative(sentence: number, tokens: Token[], start: number, end: number, entry: GazetteerEntry, previous: Mention | undefined): boolean {
  if (entry.kind !== 'STATE' || entry.form === 'adjective' || entry.form === 'members') return false;
  if (tokens[end]?.tags.has('Gerund')) return false; // "interest in Moscow facilitating talks": Moscow acts
  let k = start - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k] && LOCATIVE.has(tokens[k].norm)) return true;
  // "in Riyadh, Saudi Arabia": the country after a place is part of the place.
  return previous !== undefined && previous.sentence === sentence && previous.locative && previous.end === start && /,$/.test(tokens[start - 1].post);
}

export function findMentions(sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const text = sentenceText(s);
    const tokens = s.tokens;
    let i = 0;
    while (i < tokens.length) {
      const m = personAt(s, i, text) ?? actorAt(s, i, text, mentions[mentions.length - 1]) ?? candidateAt(s, i, text);
      if (!m) { i++; continue; }
      mentions.push(...m);
      i = Math.max(...m.map((x) => x.end));
    }
  }
  return mentions;
}

/** "[Russian] Foreign Minister [Ayatollah] Sergei Lavrov": affiliation, title, honorific, name. */
function personAt(s: Sentence, i: number, text: SentenceText): Mention[] | null {
  const tokens = s.tokens;
  let j = i;
  let affiliation: string | null = null;
  let affiliationAlias: string | null = null;
  const aff = gazetteerAt(tokens, i);
  if (aff && aff.entry.form !== 'members') {
    affiliation = aff.entry.actor;
    if (aff.entry.form !== 'adjective') affiliationAlias = surfaceOf(s, i, aff.end, text);
    j = aff.end;
  } else if (/^(his|her|their)$/.test(tokens[i].norm)) {
    j = i + 1; // "his Ukrainian counterpart Andrii Sybiha"
    const inner = gazetteerAt(tokens, j);
    if (inner && inner.entry.form === 'adjective') { affiliation = inner.entry.actor; j = inner.end; }
  }
  const title = titleAt(tokens, j);
  let k = title.end;
  const honorificStart = k;
  while (k < tokens.length && HONORIFICS.has(tokens[k].norm) && isCap(tokens[k])) k++;
  const hasHonorific = k > honorificStart;
  if (!title.hasHead && !hasHonorific) return null;
  const nameEnd = nameAt(tokens, k, true);
  if (nameEnd === k) return null;
  const start = /^(his|her|their)$/.test(tokens[i].norm) ? i + 1 : i;
  const name = surfaceOf(s, k, nameEnd, text);
  const person: Mention = {
    sentence: s.index, start, end: nameEnd, surface: surfaceOf(s, start, nameEnd, text), kind: 'PERSON', name,
    form: 'person', role: title.end > j ? surfaceOf(s, j, title.end, text) : null, affiliation, affiliationAlias,
    honorificName: hasHonorific ? surfaceOf(s, honorificStart, nameEnd, text) : null, alias: null,
    possessive: tokens[nameEnd - 1].possessive, personTagged: true, locative: false,
  };
  return withGovernment(s, person, text);
}

/** "Trump’s administration": besides the person, a mention of the state he governs. */
function withGovernment(s: Sentence, person: Mention, text: SentenceText): Mention[] {
  const next = s.tokens[person.end];
  if (!next || !/^(administration|government)$/.test(next.norm)) return [person];
  const government: Mention = {
    ...person, end: person.end + 1, surface: surfaceOf(s, person.start, person.end + 1, text), kind: 'STATE',
    form: 'government', role: null, possessive: next.possessive, alias: null,
  };
  return [person, government];
}

/** A state or organisation, extended by a group noun ("Russian counterparts", "US administration"). */
function actorAt(s: Sentence, i: number, text: SentenceText, previous: Mention | undefined): Mention[] | null {
  const hit = gazetteerAt(s.tokens, i);
  if (!hit) return null;
  let { end } = hit;
  let form: MentionForm = hit.entry.form;
  const next = s.tokens[end];
  if (next && GROUP_NOUNS.has(next.norm) && !s.tokens[end - 1].possessive) {
    end++;
    if (form === 'adjective') form = 'members';
  }
  return [{
    sentence: s.index, start: i, end, surface: surfaceOf(s, i, end, text), kind: hit.entry.kind, name: hit.entry.actor,
    form, role: null, affiliation: null, affiliationAlias: null, honorificName: null, possessive: s.tokens[end - 1].possessive, personTagged: false,
    alias: hit.entry.form === 'adjective' ? null : surfaceOf(s, i, hit.end, text),
    locative: isLocative(s.index, s.tokens, i, end, hit.entry, previous),
  }];
}

/** A capitalised sequence that may be a person's name ("Trump", "Donald Trump", "Biden Administration"). */
function candidateAt(s: Sentence, i: number, text: SentenceText): Mention[] | null {
  const end = nameAt(s.tokens, i, false);
  if (end === i) return null;
  const name = surfaceOf(s, i, end, text);
  const candidate: Mention = {
    sentence: s.index, start: i, end, surface: name, kind: 'PERSON', name, form: 'name-candidate', role: null,
    affiliation: null, affiliationAlias: null, honorificName: null, alias: null, possessive: s.tokens[end - 1].possessive, locative: false,
    personTagged: s.tokens.slice(i, end).some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))),
  };
  // "the Biden Administration" written as one capitalised phrase.
  const last = s.tokens[end - 1];
  if (end - i >= 2 && /^(administration|government)$/.test(last.norm)) {
    const person = { ...candidate, end: end - 1, name: surfaceOf(s, i, end - 1, text), surface: surfaceOf(s, i, end - 1, text), possessive: false };
    return [person, { ...candidate, kind: 'STATE', form: 'government', alias: name.replace(/^the\s+/i, '') }];
  }
  return withGovernment(s, candidate, text);
}
