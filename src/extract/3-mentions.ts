import type { ActorKind } from '../domain/ontology';
import { SHARED_STATE_WORDS, STATE_GAZETTEER, type GazetteerEntry, type GazetteerForm } from './countries';
import { COMBINING_FORMS } from './lexicon/countries';
import { DEAL } from './lexicon/deals';
import { AIMED_WEAPON, STANDING_WAR, TRADED_GOODS } from './lexicon/force';
import { VERBAL_AIM } from './lexicon/insults';
import { ARMED_SERVICE, TWO_WORD_FORCES, STATE_FORCE_WORD } from './lexicon/military';
import {
  HONORIFIC,
  HONORIFIC_SECOND,
  KNOWN_NAME_TAG,
  NAME_PARTICLE,
  NOT_NAME,
  PERSON_POSSESSIVE,
  PERSON_TAGS,
} from './lexicon/names';
import {
  GOVERNMENT,
  GROUP_NOUN,
  MINISTRY_PORTFOLIO,
  MINISTRY_STAFF,
  POSTED_TITLE,
  SPOKESPERSON,
  AGENCY_NAME_END,
  STATE_ORGAN,
  TWO_WORD_ORGANS,
} from './lexicon/officials';
import {
  COMPANY_NAME_BREAK,
  COMPANY_NOUN,
  COMPANY_SUFFIX,
  FIRM_PARTNERS,
  COMPANY_LEGAL_FORM,
  COMPANY_NAME_CONNECTOR,
  INSTITUTION_WORD,
  NAME_CONNECTOR,
  ORGANISATION_HEAD,
} from './lexicon/organisations';
import {
  DESCRIPTION_BREAK,
  GEOGRAPHIC_NOUN,
  LOCATIVE_PREPOSITION,
  NAMED_AFTER_CITY_NOUN,
  PLACES_OF_OFFICE,
  STATE_NOUN,
  PART_OF_STATE,
  PART_OF_AMERICA,
  AMERICA_FORMS,
} from './lexicon/places';
import {
  APPOSITION_FILLER,
  POSTING_PREPOSITION,
  REGION_MODIFIER,
  TITLE_HEAD,
  TITLE_MODIFIER,
  TITLE_OF_OBJECT,
  OF_OBJECT_OPENER,
  TITLE_PREPOSITION,
  LOWER_TITLE_END,
  VAGUE_TITLE,
  ROYAL_TITLES,
  TOP_ROLE,
} from './lexicon/titles';
import { ORGANISATION_GAZETTEER } from './organisations';
import { ITEM_CIRCUMSTANCE } from './lexicon/reference';
import { INDEFINITE_ARTICLE } from './lexicon/determiners';
import { checkPersonNames } from './personNames';
import {
  isKnownFullName,
  isKnownOwnName,
  isKnownSurname,
  isSpelledFullName,
  knownPerson,
  type KnownPerson,
} from './knownPeople';
import type { PartialDate } from '../domain/partialDate';
import { isNameLike, tokenAt, type Sentence, type Token } from './2-sentences';
/**
 * Actor mentions in each sentence: people (title patterns, honorifics,
 * capitalised names), states (names, demonyms, capitals, seats of power) and
 * organisations. A mention is a token span; linking (4-link.ts) decides which
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
  /** The person the gazetteer says the name means on the article's date (knownPeople.ts), guards passed. */
  known: KnownPerson | null;
}

/** Looks a phrase key up: the article's own definitions first, then the gazetteers. */
type Lookup = (key: string) => GazetteerEntry | undefined;

const GAZETTEER = new Map<string, GazetteerEntry>([...STATE_GAZETTEER, ...ORGANISATION_GAZETTEER]);
/** The gazetteers alone, without an article's own definitions. */
const inGazetteer: Lookup = (key) => GAZETTEER.get(key);
/** Longest actor name in words ("Community of Latin American and Caribbean States"). */
const MAX_PHRASE = 8;

/** A word of a title, singular or plural ("presidents", "Foreign"): no actor of its own. */
export const isTitleWord = (norm: string): boolean => isHead(norm) || TITLE_MODIFIER.test(norm) || isPluralHead(norm);

/** A title's head, or one elected and not yet in office: "President-elect Donald Trump", "Prime Minister-elect Mark Carney". */
const isHead = (norm: string): boolean =>
  TITLE_HEAD.test(norm) || (norm.endsWith(ELECT) && TITLE_HEAD.test(norm.slice(0, -ELECT.length)));
const ELECT = '-elect';

/** "Prime Ministers Modi and Sharif": a plural head titles each of the coordinated names. */
const isPluralHead = (norm: string): boolean =>
  norm.length > 3 && norm.endsWith('s') && TITLE_HEAD.test(norm.slice(0, -1));

/** Some word of the span ends an institution's name ("Pakistan’s Air Force", "Iran’s Guardian Council"). */
const isInstitutionName = (words: readonly Token[]): boolean => words.some((t) => INSTITUTION_WORD.test(t.norm));

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

/**
 * The last words of the gazetteer's spellings written in lower case ("network" of "Haqqani network", "d'Orsay"):
 * a phrase may end in one of these uncapitalised, when the gazetteer spells it so (lowerLast).
 */
const LOWER_LAST_WORDS: ReadonlySet<string> = new Set(
  [...GAZETTEER].filter(([, e]) => e.lowerLast).map(([key]) => key.split(' ').at(-1) ?? ''),
);

/** A phrase's last word as the gazetteer may end a name: capitalised, or one of LOWER_LAST_WORDS. */
const mayEndName = (t: Token | undefined): boolean =>
  t !== undefined && (t.capitalised || LOWER_LAST_WORDS.has(t.norm));

/**
 * Longest gazetteer phrase starting at token i; every word capitalised except connectors, and a last word the
 * gazetteer writes in lower case ("the Haqqani network", "the Quai d'Orsay").
 */
function gazetteerAt(
  tokens: readonly Token[],
  i: number,
  lookup: Lookup,
): { entry: GazetteerEntry; end: number } | null {
  for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    const first = tokenAt(words, 0);
    // ("al-Shabaab", "al Qaeda": an Arabic article opens the name in lower case.)
    if (!(first.capitalised || (n > 1 && first.norm === 'al')) || !mayEndName(words.at(-1))) continue;
    // "Iran’s Foreign" is not one name; "People’s Republic of China" is.
    if (words.slice(0, -1).some((w) => w.possessive && w.norm !== 'people')) continue;
    const found = lookup(words.map((w) => w.norm).join(' '));
    const entry = isCap(words.at(-1)) || found?.lowerLast ? found : undefined;
    // (A short word in lower case is no acronym, unless it is a state's adjective: "Lao Prime Minister".)
    if (n === 1 && isNotAcronym(first) && entry?.form !== 'adjective') continue;
    if (entry) return { entry, end: i + n };
  }
  return null;
}

/**
 * Past a state's acronym in brackets right after its name: "Democratic Republic of the Congo (DRC) President Felix
 * Tshisekedi", "the Central African Republic (CAR), Faustin Touadéra" (State Department, newsghana, allAfrica
 * 2019-2025). `k` is the token after the name; the token after the acronym, or k when there is none.
 */
function pastBracketedAcronym(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  // (The bracket right after the name and shut by nothing but a comma: "WASHINGTON (AP) — President Joe Biden" and
  // "Pakistan, (APP) Prime Minister" are datelines and their agencies.)
  const opens = t !== undefined && /^\s*$/.test(tokens[k - 1]?.post ?? '') && t.pre.endsWith('(');
  return opens && /^\),?$/.test(t.post) && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(t.text) ? k + 1 : k;
}

/** A word that continues a title after its "of" ("State", "Foreign", "Interior"; not "the leader of the East African nation"). */
function isTitleContinuation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return (
    (isCap(t) || isLowerTitleObject(tokens, k)) &&
    !REGION_MODIFIER.test(t.norm) &&
    (isOfObjectWord(tokens, k) || TITLE_MODIFIER.test(t.norm))
  );
}

/** A word of a title's "of" object: "Staff", "Operations"; "Joint" only before another ("Joint Operations"). */
function isOfObjectWord(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? '';
  return TITLE_OF_OBJECT.test(norm) || (OF_OBJECT_OPENER.test(norm) && TITLE_OF_OBJECT.test(tokens[k + 1]?.norm ?? ''));
}

/**
 * "Secretary of the Security Council Sergei Shoigu", "Chairman of the Presidential Council Mohamed al-Menfi": a title's
 * "of" object may name an institution (its modifiers read as title words); its last word ("Council", "Committee",
 * "Assembly") belongs to the title when a capitalised name follows it unbroken, or the name would open with it.
 */
function closesInstitutionBeforeName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isCap(t) && INSTITUTION_WORD.test(t.norm) && !/[,;:.!?]/.test(t.post) && isCap(tokens[k + 1]);
}

/**
 * "Director of the Federal Security Service Alexander Bortnikov", "Chairman of the State Duma Vyacheslav Volodin": a
 * title's "of" object that names an institution no list knows, its words capitalised and its last one an
 * institution's, right before the holder's name. `of` is the preposition's token; returns the token after the
 * institution, or -1. (An institution the gazetteer knows, "the European Commission", is the person's affiliation,
 * read as before.)
 */
function institutionObjectEnd(tokens: readonly Token[], of: number): number {
  const from = tokens[of + 1]?.norm === 'the' ? of + 2 : of + 1;
  if (gazetteerAt(tokens, from, inGazetteer)) return -1;
  for (let k = from; k < from + MAX_INSTITUTION_WORDS; k++) {
    const t = tokens[k];
    if (!isCap(t) || t.possessive || /[,;:.!?]/.test(t.post)) return -1;
    if (closesInstitutionBeforeName(tokens, k)) return k + 1;
  }
  return -1;
}

/** How many words an unknown institution after a title's "of" may hold ("the Central Intelligence Agency"). */
const MAX_INSTITUTION_WORDS = 4;

/**
 * "Russia's chief of the general staff General Valery Gerasimov", "Congolese head of state Denis Sassou-Nguesso": a
 * title with an "of" object is written in lower case too; the object is title words up to its last word ("staff",
 * "army", "state"), right before a capitalised name or rank.
 */
function isLowerTitleObject(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + LOWER_OBJECT_WORDS; j++) {
    const norm = tokens[j]?.norm ?? '';
    // (A name must follow: "spoke with Egypt's head of state about the release" is a description, no title.)
    if (LOWER_TITLE_END.test(norm) && !LOWER_TITLE_END.test(tokens[j + 1]?.norm ?? ''))
      return isCap(tokens[j + 1]) && !/[,;:.!?]/.test(tokens[j]?.post ?? '');
    if (!TITLE_OF_OBJECT.test(norm) && !TITLE_MODIFIER.test(norm)) return false;
  }
  return false;
}

/** How many words a lower-case title's "of" object may hold ("of the general staff" is reached in two). */
const LOWER_OBJECT_WORDS = 3;

/**
 * A title's abbreviation in brackets right after it, "External Affairs Minister (EAM) S Jaishankar", "National Security
 * Adviser (NSA) Ajit Doval" (PTI, ANI copy): part of the title, so the name after it is the holder's (else the title
 * alone became an actor, `external-affairs-minister`).
 */
function isBracketedAbbreviation(t: Token): boolean {
  return t.pre.endsWith('(') && t.post.startsWith(')') && BRACKETED_ABBREVIATION.test(t.text);
}
const BRACKETED_ABBREVIATION = /^\p{Lu}{2,5}$/u;

/** Title words from token i: modifiers and heads, "of State"; returns the end and whether a head was seen. */
function titleAt(tokens: readonly Token[], i: number): { end: number; hasHead: boolean } {
  let j = i;
  let hasHead = false;
  // (After a title's "of": its object, "Chief of Army Staff", "Chief of Staff", before any rank that follows.)
  let ofObject = false;
  // (Where an unknown institution after the title's "of" ends: institutionObjectEnd, read once per preposition.)
  let institutionEnd: number;
  while (j < tokens.length) {
    const t = tokenAt(tokens, j);
    const next = tokens[j + 1];
    // ("Gen Nakatani", Japan's defence minister: a title's abbreviation opening a known full name is the name's.)
    if (isTitleOpeningKnownName(tokens, j)) break;
    if (isHead(t.norm) || isPluralHead(t.norm)) hasHead = true;
    else if (hasHead && isBracketedAbbreviation(t)) {
      /* "External Affairs Minister (EAM) S Jaishankar", "National Security Adviser (NSA) Ajit Doval" */
    } else if (TITLE_MODIFIER.test(t.norm)) {
      /* part of the title */
    } else if (hasHead && t.norm === ELECT.slice(1) && tokens[j - 1]?.post === '-') {
      /* "President-Elect William Ruto", the tagger's two words for one: the head's "-elect" */
    } else if (!hasHead && isCap(t) && INSTITUTION_WORD.test(t.norm) && isHead(next?.norm ?? '')) {
      /* "Vietnamese National Assembly Chairman Vuong Dinh Hue": the institution the head presides over */
    } else if (ofObject && t.norm !== 'the' && isOfObjectWord(tokens, j)) {
      /* "Chief of Army Staff", "Chief of Staff" */
    } else if (ofObject && closesInstitutionBeforeName(tokens, j)) {
      /* "Secretary of the Security Council Sergei Shoigu": the institution's last word, then its holder's name */
    } else if (
      t.norm === 'in' &&
      t.post === '-' &&
      tokens[j - 1]?.post === '-' &&
      hasHead &&
      isHead(next?.norm ?? '')
    ) {
      /* "commander-in-chief General Valery Zaluzhny" */
    }
    // "Secretary of State", "Minister of Foreign Affairs", "Minister for Foreign Affairs": an "of" or "for" inside the title.
    else if (
      TITLE_PREPOSITION.test(t.norm) &&
      hasHead &&
      isTitleContinuation(tokens, next?.norm === 'the' ? j + 2 : j + 1)
    ) {
      j = next?.norm === 'the' ? j + 1 : j;
      ofObject = true;
    } else if (TITLE_PREPOSITION.test(t.norm) && hasHead && (institutionEnd = institutionObjectEnd(tokens, j)) > 0) {
      // "Director of the Federal Security Service Alexander Bortnikov": past the institution, at its last word.
      j = institutionEnd - 1;
    } else if (t.norm === 'and' && hasHead && isCap(next) && isTitleWord(next.norm)) {
      /* "Deputy Prime Minister and Foreign Minister" */
    } else if (t.norm === 'and' && !hasHead && j > i && TITLE_MODIFIER.test(next?.norm ?? '')) {
      /* "EU foreign policy and security chief Josep Borrell": modifiers joined before their head */
    } else if (POSTING_PREPOSITION.test(t.norm) && hasHead && POSTED_TITLE.test(tokenAt(tokens, j - 1).norm)) {
      // "US Ambassador to Malaysia Edgard Kagan", "Senior Advisor for Africa": the place is part of the title.
      const from = next?.norm === 'the' ? j + 2 : j + 1;
      const place = gazetteerAt(
        tokens,
        from,
        (key) =>
          GAZETTEER.get(key) ?? (PLACES_OF_OFFICE.has(key) ? { actor: key, kind: 'STATE', form: 'name' } : undefined),
      );
      // ("China's new ambassador to the U.S., Qin Gang,": a comma after the place may set off the holder's name; not
      // one that goes on listing places, "U.N. ambassadors for the United States, United Kingdom and Switzerland",
      // nor one before a second title, "Special Representative for Afghanistan, Ambassador Mohammad Sadiq".)
      if (!place) break;
      const afterPlace = tokenAt(tokens, place.end - 1).post;
      if (/[;:]/.test(afterPlace)) break;
      const afterComma = /,/.test(afterPlace) ? tokens[place.end] : undefined;
      if (afterComma && (isTitleWord(afterComma.norm) || gazetteerAt(tokens, place.end, inGazetteer))) break;
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
function isGivenName(tokens: readonly Token[], j: number, afterTitle: boolean, lookup: Lookup): boolean {
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

/** The words of tokens [from, to) as written, one space apart. */
const spanWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

/**
 * "Orban criticised von der Leyen", "talks with bin Salman": lower-case particles, then one capitalised word, that
 * the gazetteer knows as a person's name alone. Any other lower-case "de", "al" or "von" opens no name.
 */
function opensKnownName(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (
    k < tokens.length &&
    k - i < 3 &&
    NAME_PARTICLE.test(tokenAt(tokens, k).norm) &&
    !tokenAt(tokens, k).capitalised
  )
    k++;
  const word = tokens[k];
  if (k === i || !isCap(word) || /[,;:.!?]/.test(tokenAt(tokens, k - 1).post)) return false;
  return isKnownSurname(spanWords(tokens, i, k + 1).replace(/['’]s$/, ''), false);
}

/** How many words the second name of a pair may take before the war noun: "the Israel-Hamas war", "the Iran-Iraq war". */
const WAR_PAIR_SPAN = 3;

/**
 * "a cease-fire in the Israel-Hamas war", "in the Iran-Iraq war": a state joined by a hyphen to another name before a
 * standing war is that war's side, no place (6-events/assertion.ts reads the pair as the war's sides).
 */
function isFirstOfWarPair(tokens: readonly Token[], end: number): boolean {
  if (tokens[end - 1]?.post !== '-' || tokens[end]?.capitalised !== true) return false;
  return tokens.slice(end + 1, end + 1 + WAR_PAIR_SPAN).some((x) => STANDING_WAR.test(x.norm));
}

/**
 * "a ceasefire in Moscow’s war with Ukraine", "drones used in Russia’s invasion of Ukraine": a state's possessive
 * before a standing war (past a few modifiers, no punctuation) owns the war, whatever preposition comes before it; no
 * place (6-events/warSides.ts reads the owner as the war's side). "in Russia's Kursk region" stays a place.
 */
function isOwnerOfWar(tokens: readonly Token[], end: number): boolean {
  if (!tokens[end - 1]?.tags.has('Possessive')) return false;
  for (let k = end; k < end + WAR_PAIR_SPAN; k++) {
    const x = tokens[k];
    if (x === undefined) return false;
    if (STANDING_WAR.test(x.norm)) return true;
    if (x.capitalised || /[,;:]/.test(x.post)) return false;
  }
  return false;
}

/**
 * Whether the capitalised word at j completes a known full name begun at i ("Theresa May", "Hun Sen", "Luís
 * Montenegro"): a word that alone would end the name (a month, a title's abbreviation, a state) is then the name's.
 */
function completesKnownName(tokens: readonly Token[], i: number, j: number): boolean {
  return j > i && tokenAt(tokens, j).capitalised && isKnownFullName(spanWords(tokens, i, j + 1));
}

/**
 * Whether the capitalised word at j and the one or two capitalised words after it are a person's own name ("Gen
 * Nakatani"; not "King Abdullah", a variant that holds the title).
 */
function isTitleOpeningKnownName(tokens: readonly Token[], j: number): boolean {
  if (!tokenAt(tokens, j).capitalised || /[.,;:]/.test(tokenAt(tokens, j).post)) return false;
  return [j + 1, j + 2].some(
    (k) =>
      k < tokens.length &&
      tokens.slice(j, k + 1).every((x, d) => x.capitalised && (d === k - j || !/[,;:]/.test(x.post))) &&
      isKnownOwnName(spanWords(tokens, j, k + 1)),
  );
}

/** The most words of a known full name that opens with a state's name ("Israel Katz"). */
const PLACE_OPENED_NAME_WORDS = 4;

/**
 * How many words from i spell, as the gazetteer does, a known person's full name whose first word the gazetteer also
 * knows as a state's or organisation's name: "Israel Katz met Blinken" is the minister, not Israel. 0 when none does. Only a
 * spelling of the whole name counts (isSpelledFullName), every word capitalised, no punctuation inside.
 */
function placeOpenedNameLength(tokens: readonly Token[], i: number, lookup: Lookup): number {
  const first = tokens[i];
  // (A state's name, not its adjective: "Palestinian Authority" is no one's name.)
  if (!isCap(first) || lookup(first.norm)?.form !== 'name' || /[,;:.!?]/.test(first.post) || first.possessive) return 0;
  for (let n = Math.min(PLACE_OPENED_NAME_WORDS, tokens.length - i); n >= 2; n--) {
    const words = tokens.slice(i, i + n);
    const inner = words.slice(0, -1);
    if (!words.every(isCap) || inner.some((t) => t.possessive || /[,;:.!?]/.test(t.post))) continue;
    if (isSpelledFullName(spanWords(tokens, i, i + n).replace(/['’]s$/, ''))) return n;
  }
  return 0;
}

/** A title's modifier followed by its head, as in "Prime Minister", "Vice President", "Foreign Minister". */
const isTitleOpener = (tokens: readonly Token[], j: number) =>
  TITLE_MODIFIER.test(tokens[j]?.norm ?? '') && TITLE_HEAD.test(tokens[j + 1]?.norm ?? '');

/**
 * Capitalised name words from token i (with inner particles); stops after a possessive or punctuation.
 * After a title any capitalised word is a name ("Foreign Minister Hakan Fidan"); without one, a word
 * compromise reads as an adverb, verb or the like is not ("Later Donald Trump returned").
 */
function nameAt(tokens: readonly Token[], i: number, titled: boolean, lookup: Lookup): number {
  let j = i;
  while (j < tokens.length && j - i < 7) {
    const t = tokenAt(tokens, j);
    const before = tokens[j - 1];
    // ("Alaska (AP) — Putin": a bracket or a dash parts a dateline from the story; no name spans it.)
    if (j > i && /[([—–]/.test(t.pre)) break;
    // "Jong-un", "al-Houthi", "Abdel-Fattah": a word after a hyphen belongs to the name, whatever its case.
    const hyphenated = j > i && before !== undefined && before.post === '-' && t.start === before.end + 1;
    // "von der Leyen": particles inside a name, before a capitalised word or another particle; opening it only when
    // the gazetteer knows the whole as someone's name alone ("von der Leyen", "bin Salman", "de Mistura").
    const particle =
      NAME_PARTICLE.test(t.norm) &&
      (j > i
        ? isCap(tokens[j + 1]) || t.post === '-' || NAME_PARTICLE.test(tokens[j + 1]?.norm ?? '')
        : opensKnownName(tokens, i));
    if (
      !hyphenated &&
      !particle &&
      // ("To Lam": the words of a known full name whose first word compromise read as another, 2-sentences.ts.)
      !t.tags.has(KNOWN_NAME_TAG) &&
      (!isCap(t) ||
        // ("Prime Minister May", "Theresa May": a month after a title, or ending a known full name, is a name.)
        (NOT_NAME.test(t.norm) &&
          !(titled && j === i && isKnownSurname(t.text, true)) &&
          !completesKnownName(tokens, i, j)) ||
        // ("Hun Sen": a title's abbreviation ending a known full name is the name's.)
        (TITLE_HEAD.test(t.norm) && !completesKnownName(tokens, i, j)) ||
        // ("CELAC chairman SVG Prime Minister Ralph Gonsalves": a title's modifier before its head opens the next title.)
        (j > i && isTitleOpener(tokens, j) && !completesKnownName(tokens, i, j)) ||
        // ("Luís Montenegro", "Prime Minister Luís Montenegro": a state's name ending a known full name is the name's.)
        (lookup(t.norm) !== undefined &&
          !isNotAcronym(t) &&
          !isGivenName(tokens, j, titled && j === i, lookup) &&
          !completesKnownName(tokens, i, j)) ||
        // ("Blinken met": a known person's name, whatever word class compromise gives it; "Kim Jong Un warned": so is
        // the word that completes a known full name, "Un" read as a verb's prefix.)
        (!titled && !isNameLike(t) && !isKnownSurname(t.text, false) && !completesKnownName(tokens, i, j)))
    )
      break;
    j++;
    // ("George W. Bush": a middle initial's full stop is inside the name; so is a first initial's after a title,
    // "External Affairs Minister S. Jaishankar".)
    const initial = /^\p{Lu}$/u.test(t.text) && t.post === '.' && (j > i + 1 || titled) && isCap(tokens[j]);
    if (t.possessive || (/[,;:.!?”")\]—–]/.test(t.post) && !initial)) break;
  }
  // A trailing particle is not part of the name.
  while (j > i && NAME_PARTICLE.test(tokenAt(tokens, j - 1).norm)) j--;
  // ("CELAC chairman SVG Prime Minister Ralph Gonsalves": an acronym alone, before the next title, names a body.)
  const isTitleNext = () => isTitleOpener(tokens, j) || TITLE_HEAD.test(tokens[j]?.norm ?? '');
  if (j === i + 1 && isAcronymOnly(tokenAt(tokens, i)) && isTitleNext()) return i;
  return j;
}

/** A word in capitals alone, as acronyms are written: "SVG", "CELAC". */
const isAcronymOnly = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text);

function isLocative(
  sentence: number,
  tokens: readonly Token[],
  start: number,
  end: number,
  entry: GazetteerEntry,
  previous: Mention | undefined,
): boolean {
  // (An organisation's seat city, "in Brussels", is a place as a state's capital is.)
  if ((entry.kind !== 'STATE' && entry.form !== 'capital') || entry.form === 'adjective' || entry.form === 'members')
    return false;
  const last = tokenAt(tokens, end - 1);
  if (tokens[end]?.tags.has('Gerund')) return false; // "interest in Moscow facilitating talks": Moscow acts
  if (last.post === '-' && tokens[end]?.norm === 'based') return true; // "Lebanon-based Hezbollah": where it is
  // A dateline ("BAMAKO - ", "MUSCAT/SANAA/WASHINGTON - ", "Dubai: ") says where the report was filed.
  // (Set off by a space: "Iran-backed Houthis" opens with a hyphenated modifier, no dateline.)
  const dateline =
    /^(?:[-—–:]|--)$/.test(last.post) &&
    (tokens[end]?.start ?? Infinity) > last.end + last.post.length &&
    tokens.slice(0, end).every((t) => t.text === t.text.toUpperCase() || start === 0);
  // "WASHINGTON (AP) — ": a dateline in capitals followed by the agency's name.
  const capitals =
    start === 0 && tokens.slice(start, end).every((t) => /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase());
  if (dateline || (capitals && /\(/.test(`${last.post}${tokens[end]?.pre ?? ''}`))) return true;
  if (start === 0 && isAgencyBracketAt(tokens, end)) return true;
  if (isFirstOfWarPair(tokens, end) || isOwnerOfWar(tokens, end)) return false;
  if (TRADED_GOODS.test(tokens[end]?.norm ?? '')) return false; // "$16 billion in US goods": whose goods, no place
  let k = start - 1;
  if (PART_OF_STATE.test(tokens[k]?.norm ?? '') && !tokens[k]?.capitalised) k--; // "in northern Guatemala"
  if (tokens[k]?.norm === 'the') k--;
  // ("launched 59 drones at Kyiv": what weapons are aimed at is their target, no place of the event; so is what words
  // are aimed at: "lashed out at Washington".)
  const before = tokens[k - 1]?.norm ?? '';
  const aimed = tokens[k]?.norm === 'at' && (AIMED_WEAPON.test(before) || VERBAL_AIM.test(before));
  if (LOCATIVE_PREPOSITION.test(tokens[k]?.norm ?? '') && !aimed) return true;
  // "in Riyadh, Saudi Arabia": the country after a place is part of the place; "entities in Iran, the United Arab
  // Emirates and China": so is the next of a list of places, past its "the" (not "in Doha, the US said": a state
  // followed by its verb acts).
  const the = tokens[start - 1]?.norm === 'the' ? 1 : 0;
  return (
    previous !== undefined &&
    previous.sentence === sentence &&
    previous.locative &&
    previous.end === start - the &&
    /,$/.test(tokens[start - 1 - the]?.post ?? '') &&
    (the === 0 || !tokens[end]?.tags.has('Verb'))
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
  const legal = COMPANY_LEGAL_FORM.test(t.norm);
  if (!(COMPANY_SUFFIX.test(t.norm) || legal) || !t.capitalised || k === 0 || !isCap(tokens[k - 1])) return null;
  // ("Kave Coffee, S.A.": a legal form may follow a comma; "Grupo de Administración Empresarial S.A." has a connector.)
  const longest = legal ? MAX_LEGAL_NAME_WORDS : MAX_COMPANY_WORDS;
  let from = k;
  // ("Akhtar and Sons Private Limited": the "and" of a family firm is a word more.)
  let extra = 0;
  while (from > 0 && k - from < longest - 1 + extra) {
    const w = tokenAt(tokens, from - 1);
    const comma = /[,;:.!?]/.test(w.post) && !(legal && from === k && /^,$/.test(w.post));
    const partners = w.norm === 'and' && FIRM_PARTNERS.test(tokenAt(tokens, from).norm) && isCap(tokens[from - 2]);
    const connector = legal && COMPANY_NAME_CONNECTOR.test(w.norm) && isCap(tokens[from - 2]);
    if (!(w.capitalised || connector || partners) || comma || GAZETTEER.has(w.norm)) break;
    if (partners) extra = 1;
    from--;
  }
  return [from, k + 1];
}

/** How many words a company name ending in a legal form may have ("Grupo de Administración Empresarial S.A."). */
const MAX_LEGAL_NAME_WORDS = 6;

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
      if (
        words.length < 2 ||
        GAZETTEER.has(key) ||
        found.has(key) ||
        words.some((w) => TITLE_HEAD.test(w.norm)) ||
        isStatesOwnService(words)
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
      // ("External Affairs Minister (EAM) S Jaishankar": the bracketed abbreviation of a title, no organisation's name;
      // titleAt takes it into the title.)
      if (isHead(tokenAt(words, words.length - 1).norm)) return;
      const key = words.map((w) => w.norm).join(' ');
      // "the Republic of Korea (ROK)": the bracketed acronym of an actor the gazetteer knows names that actor.
      const known = GAZETTEER.get(key);
      if (known !== undefined && known.form === 'name' && !GAZETTEER.has(t.norm)) found.set(t.norm, known);
      // "Memoranda of Understanding (MoUs)", "Free Trade Agreement (FTA)": a text's acronym, no actor's.
      // ("Indian Air Force (IAF)", "Royal Thai Navy (RTN)": a state's own service keeps acting as the state.)
      if (
        known !== undefined ||
        GAZETTEER.has(t.norm) ||
        words.some((w) => DEAL.test(w.norm) || w.norm === 'understanding') ||
        isStatesOwnService(words)
      )
        return;
      const entry: GazetteerEntry = { actor: spanText(s, from, k), kind: 'ORGANIZATION', form: 'name' };
      found.set(key, entry);
      found.set(t.norm, entry);
    });
  }
}

/**
 * "Myanmar Army", "Indian Air Force", "Royal Thai Navy", "United States Navy": a state's name or adjective (after "Royal"
 * in a monarchy) followed by words of its forces only names the state's own service, which acts as the state: no
 * organisation of its own, even where the article gives it an acronym ("Royal Thai Navy (RTN)").
 */
function isStatesOwnService(words: readonly Token[]): boolean {
  const from = words[0]?.norm === 'royal' ? 1 : 0;
  for (let n = words.length - 1; n > from; n--) {
    const state = STATE_GAZETTEER.get(
      words
        .slice(from, n)
        .map((w) => w.norm)
        .join(' '),
    );
    if (state !== undefined && words.slice(n).every((w) => STATE_FORCE_WORD.test(w.norm))) return true;
  }
  return false;
}

/** The organisations and companies an article names that no gazetteer lists: they hold for the whole article. */
function definitions(sentences: readonly Sentence[]): Map<string, GazetteerEntry> {
  const found = companies(sentences);
  namedOrganisations(sentences, found);
  definedAcronyms(sentences, found);
  return found;
}

/**
 * The mentions of an article's sentences. `published` (the article's date) lets the gazetteer say who an untitled
 * name is and which role they held then; without a year, names are found by the other rules alone.
 */
export function findMentions(sentences: readonly Sentence[], published: PartialDate | null = null): Mention[] {
  const defined = definitions(sentences);
  const lookup: Lookup = defined.size === 0 ? inGazetteer : (key) => defined.get(key) ?? GAZETTEER.get(key);
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const text = sentenceText(s);
    const tokens = s.tokens;
    let i = 0;
    while (i < tokens.length) {
      // A name the article defines ("General Dynamics", one of "other companies") is not a title and a name; it may
      // own the title after it ("Russian Security Council Secretary Sergei Shoigu").
      const definedHit = defined.size > 0 ? gazetteerAt(tokens, i, (key) => defined.get(key)) : null;
      const m =
        (definedHit
          ? (titledByDefinedAt(s, i, definedHit.end, text, lookup) ?? actorAt(s, i, text, mentions.at(-1), lookup))
          : null) ??
        personAt(s, i, text, lookup) ??
        placeOpenedNameAt(s, i, text, lookup) ??
        actorAt(s, i, text, mentions.at(-1), lookup) ??
        candidateAt(s, i, text, lookup);
      if (!m) {
        i++;
        continue;
      }
      mentions.push(...m);
      i = Math.max(...m.map((x) => x.end));
    }
  }
  const people = checkPersonNames(sentences, splitPairs(sentences, appositiveTitles(sentences, mentions)));
  return knownPeople(sentences, people, published);
}

/**
 * "Russian Security Council Secretary Sergei Shoigu": a name the article defines, then a title: the person holds the
 * title in the defined body, as after a gazetteer's name ("NATO Secretary General Mark Rutte"). Null when no title's
 * head follows the defined name (`end`), which then stands alone.
 */
function titledByDefinedAt(s: Sentence, i: number, end: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  return titleAt(s.tokens, end).hasHead ? personAt(s, i, text, lookup) : null;
}

/**
 * "Massad Boulos, US President Donald Trump's Senior Advisor for Africa": a name whose apposition is a title
 * is a person's, titled after it rather than before. Wire copy often writes that title in lower case, with its object:
 * "Abdelfattah El Burhan, president of the Sovereignty Council,", "Masrour Barzani, prime minister of the Kurdistan
 * region" (isLowerTitleOf).
 */
function appositiveTitles(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const tokens = tokensOf(sentences, m);
    if (
      m.form !== 'name-candidate' ||
      m.personTagged ||
      m.end - m.start < 2 ||
      !/^,$/.test(tokenAt(tokens, m.end - 1).post) ||
      isInstitutionName(tokens.slice(m.start, m.end))
    )
      return m;
    for (let k = m.end; k < Math.min(tokens.length, m.end + APPOSITION_WORDS); k++) {
      const t = tokenAt(tokens, k);
      if (TITLE_HEAD.test(t.norm) && (t.capitalised || isLowerTitleOf(tokens, m.end, k)))
        return { ...m, personTagged: true };
      if (!t.capitalised && !APPOSITION_FILLER.test(t.norm) && !TITLE_MODIFIER.test(t.norm)) return m;
      if (k > m.end && /[,;:.]/.test(tokenAt(tokens, k - 1).post)) return m;
    }
    return m;
  });
}

/**
 * A lower-case title head at k, right after the apposition's comma at `from` or its title modifiers ("prime"), and
 * followed by its object's preposition: "president of", "prime minister of", "adviser to". (A bare lower-case noun,
 * "chief among the critics", is no office without its "of"; "the spokesman for the Yemeni government" is read as a
 * description, with its state, elsewhere.)
 */
function isLowerTitleOf(tokens: readonly Token[], from: number, k: number): boolean {
  const next = tokens[k + 1]?.norm ?? '';
  if (!tokens.slice(from, k).every((x) => !x.capitalised && TITLE_MODIFIER.test(x.norm))) return false;
  return /^$/.test(tokenAt(tokens, k).post) && (TITLE_PREPOSITION.test(next) || POSTING_PREPOSITION.test(next));
}

/** The tokens of the sentence a mention is in (a mention's sentence is the index of one of `sentences`). */
function tokensOf(sentences: readonly Sentence[], m: Mention): readonly Token[] {
  const s = sentences[m.sentence];
  if (s === undefined)
    throw new Error(`tokensOf: mention "${m.surface}" is of sentence ${m.sentence}, not one of ${sentences.length}`);
  return s.tokens;
}

/** How far into an apposition its title may come ("US President Donald Trump's Senior Advisor"). */
const APPOSITION_WORDS = 8;

/**
 * "The Duda-Nauseda meeting": two surnames of titled people of the article joined by a hyphen are two
 * people, each its own mention, not one unknown name.
 */
function splitPairs(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const surnames = new Set(
    mentions.filter((m) => m.form === 'person').map((m) => (m.name.split(/\s+/).at(-1) ?? m.name).toLowerCase()),
  );
  return mentions.flatMap((m) => {
    const tokens = tokensOf(sentences, m);
    const [a, b] = [tokens[m.start], tokens[m.start + 1]];
    if (
      m.form !== 'name-candidate' ||
      m.end - m.start !== 2 ||
      a === undefined ||
      b === undefined ||
      a.post !== '-' ||
      !surnames.has(a.norm) ||
      !surnames.has(b.norm)
    )
      return [m];
    const one = (t: Token, k: number): Mention => ({
      ...m,
      start: k,
      end: k + 1,
      surface: t.text,
      name: t.text.replace(/['’]s$/, ''),
      possessive: t.possessive,
    });
    return [one(a, m.start), one(b, m.start + 1)];
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
  known: null,
};

/** What a title at token i belongs to: a state or organisation before it ("Russian", "China’s"), or a person ("his"). */
interface TitleOwner {
  /** Canonical name of the state or organisation ("Russia"). */
  affiliation: string | null;
  /** The affiliation as written, when that is a name ("Kremlin"; not "Russian"). */
  affiliationAlias: string | null;
  /** A state's possessive: "China’s Xi Jinping", "Egypt’s head of state". */
  ownedBy: boolean;
  /** Where the title starts, past its owner. */
  titleStart: number;
}

/** The owner of a title at token i: "[Russian] Foreign Minister", "[his] counterpart", "[his Ukrainian] counterpart". */
function ownerAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): TitleOwner {
  const tokens = s.tokens;
  const none: TitleOwner = { affiliation: null, affiliationAlias: null, ownedBy: false, titleStart: i };
  // ("arrived in South Africa, President Cyril Ramaphosa held": a comma ends the place, it titles nobody.)
  const found = gazetteerAt(tokens, i, lookup);
  // (Nor does a dateline's dash: "MANILA, PHILIPPINES - Adm. John Aquilino" is filed there, not the Philippines'.)
  // (A name's acronym in brackets stands between it and the title: "Democratic Republic of the Congo (DRC) President".)
  const end = found && found.entry.form === 'name' ? pastBracketedAcronym(tokens, found.end) : (found?.end ?? i);
  const aff = found && !/[,;:]/.test(tokenAt(tokens, end - 1).post) && !isDashBreak(tokens, end - 1) ? found : null;
  if (aff && aff.entry.form !== 'members') {
    return {
      affiliation: aff.entry.actor,
      affiliationAlias: aff.entry.form !== 'adjective' ? surfaceOf(s, i, aff.end, text) : null,
      ownedBy: aff.entry.kind === 'STATE' && tokenAt(tokens, aff.end - 1).possessive,
      titleStart: end,
    };
  }
  if (!PERSON_POSSESSIVE.test(tokenAt(tokens, i).norm)) return none;
  // "his Ukrainian counterpart Andrii Sybiha"
  const inner = gazetteerAt(tokens, i + 1, lookup);
  return inner && inner.entry.form === 'adjective'
    ? { ...none, affiliation: inner.entry.actor, titleStart: inner.end }
    : { ...none, titleStart: i + 1 };
}

/** How many words a news agency's or paper's name in a dateline's bracket may have. */
const AGENCY_WORDS = 5;

/**
 * "Belgium, (Brussels Morning Newspaper) The EU Council", "Islamabad, (APP) - ": a bracket of capitalised words right
 * after the opening place (a comma between at most), closed and followed by the story, names who filed the report:
 * the place before it is a dateline, in any case.
 */
function isAgencyBracketAt(tokens: readonly Token[], k: number): boolean {
  if (!/\(/.test(`${tokens[k - 1]?.post ?? ''}${tokens[k]?.pre ?? ''}`)) return false;
  for (let j = k; j < Math.min(tokens.length - 1, k + AGENCY_WORDS); j++) {
    const t = tokenAt(tokens, j);
    if (!t.capitalised) return false;
    if (/\)/.test(t.post)) return /^\W*$/.test(t.post.replace(')', '')) && tokens[j + 1]?.capitalised === true;
  }
  return false;
}

/** "PHILIPPINES - Adm.": a dash set off by a space after token k parts a dateline from the story ("Iran-backed" has none). */
function isDashBreak(tokens: readonly Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  return /^(?:[-—–]|--)$/.test(t.post) && (tokens[k + 1]?.start ?? Infinity) > t.end + t.post.length;
}

/** Where the honorifics from token k end ("Ayatollah", "Datuk Seri"): k itself when there are none. */
function honorificsEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  for (let t = tokens[end]; isCap(t); t = tokens[end]) {
    if (!HONORIFIC.test(t.norm) && !(end > k && HONORIFIC_SECOND.test(t.norm))) break;
    end++;
  }
  return end;
}

/** A person's mention being read at a token: its owner, title and honorifics, known before its name. */
interface PersonContext {
  s: Sentence;
  text: SentenceText;
  lookup: Lookup;
  /** Where the mention starts (past a person's possessive: "his"). */
  spanStart: number;
  owner: TitleOwner;
  /** Title words [owner.titleStart, title.end); whether a head was among them. */
  title: { end: number; hasHead: boolean };
  /** Where the name starts, past the honorifics [title.end, nameStart). */
  nameStart: number;
}

const hasHonorific = (p: PersonContext): boolean => p.nameStart > p.title.end;
const isPluralTitle = (p: PersonContext): boolean =>
  p.s.tokens.slice(p.owner.titleStart, p.title.end).some((t) => isPluralHead(t.norm));
const roleOf = (p: PersonContext): string => surfaceOf(p.s, p.owner.titleStart, p.title.end, p.text);

/** The person named by tokens [nameFrom, nameTo), mentioned by the span from spanFrom. */
function makePerson(
  p: PersonContext,
  span: { spanFrom: number; nameFrom: number; nameTo: number },
  role: string | null,
): Mention {
  const { spanFrom, nameFrom, nameTo } = span;
  return {
    ...blank,
    sentence: p.s.index,
    start: spanFrom,
    end: nameTo,
    surface: surfaceOf(p.s, spanFrom, nameTo, p.text),
    kind: 'PERSON',
    name: surfaceOf(p.s, nameFrom, nameTo, p.text),
    form: 'person',
    role,
    affiliation: p.owner.affiliation,
    affiliationAlias: p.owner.affiliationAlias,
    honorificName: hasHonorific(p) && nameFrom === p.nameStart ? surfaceOf(p.s, p.title.end, nameTo, p.text) : null,
    possessive: tokenAt(p.s.tokens, nameTo - 1).possessive,
    personTagged: true,
  };
}

/**
 * "[Russian] Foreign Minister [Ayatollah] Sergei Lavrov": affiliation, title, honorific, name;
 * "China’s Xi Jinping": a state's possessive before a name; "Prime Ministers Modi and Sharif":
 * a plural title before coordinated names; "the Russian President": a title alone.
 */
function personAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  const owner = ownerAt(s, i, text, lookup);
  const title = titleAt(s.tokens, owner.titleStart);
  const spanStart = PERSON_POSSESSIVE.test(tokenAt(s.tokens, i).norm) ? i + 1 : i;
  const p: PersonContext = { s, text, lookup, spanStart, owner, title, nameStart: honorificsEnd(s.tokens, title.end) };
  if (!title.hasHead && !hasHonorific(p)) return ownedNameAt(p);
  const ofPlace = hasHonorific(p) ? undefined : titleOfPlaceAt(p);
  return ofPlace !== undefined ? ofPlace : titledNameAt(p, i);
}

/** "China’s Xi Jinping", "Ukraine’s Volodymr Zelensky": a name, not an organisation or place, owned by a state. */
function ownedNameAt(p: PersonContext): Mention[] | null {
  const { s, owner, title } = p;
  const j = owner.titleStart;
  if (!owner.ownedBy || title.end > j) return null;
  const end = nameAt(s.tokens, j, false, p.lookup);
  const words = s.tokens.slice(j, end);
  if (
    end === j ||
    words.some((t) => t.tags.has('Organization') || t.tags.has('Place')) ||
    isInstitutionName(words) ||
    !(words.length >= 2 || words.some(isPersonTagged))
  )
    return null;
  return [makePerson(p, { spanFrom: p.spanStart, nameFrom: j, nameTo: end }, null)];
}

/**
 * A title of a state or organisation, then the name: "the Secretary General of the United Nations, Antonio Guterres",
 * "President of the Russian Federation Vladimir Putin", "his counterpart in Kathmandu, K P Sharma Oli" (a title in a
 * state's capital, set off by a comma), "the leader of the East African nation, William Ruto,". Returns undefined
 * when the title is followed by no "of" or "in", null when what follows names an institution, not a person.
 */
function titleOfPlaceAt(p: PersonContext): Mention[] | null | undefined {
  const { s, title } = p;
  const tokens = s.tokens;
  const inState = tokens[title.end]?.norm === 'in';
  if ((tokens[title.end]?.norm !== 'of' && !inState) || /[,;:]/.test(tokenAt(tokens, title.end - 1).post))
    return undefined;
  const from = tokens[title.end + 1]?.norm === 'the' ? title.end + 2 : title.end + 1;
  const place = gazetteerAt(tokens, from, p.lookup);
  const of =
    place &&
    (!inState ||
      (place.entry.kind === 'STATE' &&
        place.entry.form !== 'adjective' &&
        /^,$/.test(tokenAt(tokens, place.end - 1).post)))
      ? place
      : null;
  // (Not "the leaders of Mali, Burkina Faso and Niger": one head, and a name that is no state's.)
  const plural = isPluralTitle(p);
  if (!of) return plural ? undefined : (describedStateAt(p, from) ?? institutionHolderAt(p, from));
  // ("Leader of Taliban delegation Mullah Baradar": the organisation's group noun is part of the title.)
  const group = tokens[of.end];
  // ("President of the Central African Republic (CAR), Faustin Touadéra": past the state's acronym, its bracket shut.)
  const ofEnd = of.entry.form === 'name' ? pastBracketedAcronym(tokens, of.end) : of.end;
  const titleEnd = group && GROUP_NOUN.test(group.norm) && !group.capitalised ? of.end + 1 : ofEnd;
  const before = tokenAt(tokens, titleEnd - 1).post.replace(ofEnd > of.end ? /^\)/ : /^$/, '');
  // ("the Chairperson of the African Union Commission H.E. Mahmoud Ali Youssouf": the name past its honorifics.)
  const nameFrom = honorificsEnd(tokens, titleEnd);
  const end =
    !plural && /^,?$/.test(before) && !gazetteerAt(tokens, nameFrom, p.lookup)
      ? nameAt(tokens, nameFrom, true, p.lookup)
      : -1;
  if (end <= nameFrom) return undefined;
  const affiliationAlias = of.entry.form === 'adjective' ? null : surfaceOf(s, from, of.end, p.text);
  // ("the head of the Russian Orthodox Church, Patriarch Kirill": an institution's name is no person's; its holder
  // named after the comma is: "the Flag Officer-in-Command of the Philippine Navy, Vice Adm. Toribio Adaci".)
  if (isInstitutionName(tokens.slice(nameFrom, end)))
    return (
      institutionHolderAt(p, nameFrom)?.map((m) => ({ ...m, affiliation: of.entry.actor, affiliationAlias })) ?? null
    );
  const person = makePerson(p, { spanFrom: p.spanStart, nameFrom, nameTo: end }, roleOf(p));
  // (The name with its honorifics stays an alias, as after a title alone: "Mullah Abdul Ghani Baradar".)
  const honorificName = nameFrom > titleEnd ? surfaceOf(s, titleEnd, end, p.text) : person.honorificName;
  return [{ ...person, honorificName, affiliation: of.entry.actor, affiliationAlias }];
}

/** How many words a described state may take, up to its comma ("the leader of the East African nation,"). */
const DESCRIBED_STATE_WORDS = 6;

/** "the leader of the East African nation, William Ruto,": a title of a state described from `from`, then the name. */
function describedStateAt(p: PersonContext, from: number): Mention[] | undefined {
  const tokens = p.s.tokens;
  const comma = tokens.findIndex((x, d) => d >= from && d < from + DESCRIBED_STATE_WORDS && /[,;:]/.test(x.post));
  const stateNoun = tokens[comma];
  if (
    stateNoun === undefined ||
    !/,/.test(stateNoun.post) ||
    !STATE_NOUN.test(stateNoun.norm) ||
    !tokens.slice(from, comma).every((x) => !x.tags.has('Verb') && !DESCRIPTION_BREAK.test(x.norm)) ||
    gazetteerAt(tokens, comma + 1, p.lookup)
  )
    return undefined;
  const nameEnd = nameAt(tokens, comma + 1, true, p.lookup);
  if (nameEnd > comma + 2 && (nameEnd === tokens.length || /[,.;:]/.test(tokenAt(tokens, nameEnd - 1).post)))
    return [makePerson(p, { spanFrom: p.spanStart, nameFrom: comma + 1, nameTo: nameEnd }, roleOf(p))];
  return undefined;
}

/**
 * "the new commander of Indo-Pacific Command, Admiral Samuel Paparo,": a title of an institution the gazetteer does not
 * know (its capitalised name up to a comma), then its holder's name, after a rank if any. The holder is the person.
 */
function institutionHolderAt(p: PersonContext, from: number): Mention[] | undefined {
  const tokens = p.s.tokens;
  const comma = tokens.findIndex((x, d) => d >= from && d < from + DESCRIBED_STATE_WORDS && /[,;:]/.test(x.post));
  if (comma < from || !/^,$/.test(tokenAt(tokens, comma).post)) return undefined;
  if (!tokens.slice(from, comma + 1).every((x) => isCap(x) && !x.tags.has('Verb'))) return undefined;
  const rank = titleAt(tokens, comma + 1);
  const nameFrom = honorificsEnd(tokens, rank.hasHead ? rank.end : comma + 1);
  if (gazetteerAt(tokens, nameFrom, p.lookup)) return undefined;
  const nameEnd = nameAt(tokens, nameFrom, true, p.lookup);
  // (A name set off by a second comma or ending the sentence: "..., Admiral Samuel Paparo, at Malacanang".)
  // (Not a name a verb follows, which opens the main clause: "In his talks with the commander of X, President
  // Ferdinand Marcos Jr. said".)
  if (nameEnd < nameFrom + 2 || (nameEnd < tokens.length && !/[,.;:]/.test(tokenAt(tokens, nameEnd - 1).post)))
    return undefined;
  if (tokens[nameEnd]?.tags.has('Verb')) return undefined;
  return [makePerson(p, { spanFrom: p.spanStart, nameFrom, nameTo: nameEnd }, roleOf(p))];
}

/**
 * "In his talks with his North Korean counterpart, Lavrov said ...": a name after a title's comma that a verb follows
 * at once opens the main clause as its subject; it is no apposition naming the title's holder (as in "his
 * counterpart, Peter Szijjarto, said", set off by a second comma).
 */
function isClauseSubjectAfterComma(tokens: readonly Token[], titleEnd: number, nameStart: number, nameEnd: number) {
  const last = tokens[nameEnd - 1];
  return (
    nameEnd > nameStart &&
    /,/.test(tokens[titleEnd - 1]?.post ?? '') &&
    last !== undefined &&
    last.post.trim() === '' &&
    !last.possessive &&
    tokens[nameEnd]?.tags.has('Verb') === true
  );
}

/**
 * "his counterpart, Chinese Foreign Minister Wang Yi,", "his Chinese counterpart, Vice Premier He Lifeng,": after a
 * title's comma, words that open a title of their own (a state's adjective, then a title with its head) are no name
 * (they were a person "Chinese Foreign"); the title stands alone, and the titled person after it is read on its own.
 */
function opensTitleAfterComma(p: PersonContext, nameStart: number): boolean {
  const tokens = p.s.tokens;
  if (!/,/.test(tokens[nameStart - 1]?.post ?? '')) return false;
  const owner = gazetteerAt(tokens, nameStart, p.lookup);
  return titleAt(tokens, owner?.entry.form === 'adjective' ? owner.end : nameStart).hasHead;
}

/**
 * A title (or honorific) and then the name: "Foreign Minister Sergei Lavrov", "Ayatollah Ali Khamenei"; a plural
 * title before two names ("Prime Ministers Modi and Sharif"); or, with no name, a title alone ("the Russian
 * President") for linking to resolve.
 */
function titledNameAt(p: PersonContext, i: number): Mention[] | null {
  const { s, owner, title, nameStart } = p;
  const tokens = s.tokens;
  const nameEnd = nameAt(tokens, nameStart, true, p.lookup);
  const role = title.end > owner.titleStart ? roleOf(p) : null;
  // ("the Australia-New Zealand Leaders' Meeting": a title in the possessive owns the noun after it, no holder's name.)
  const owns = title.end > owner.titleStart && tokenAt(tokens, title.end - 1).possessive;
  if (
    nameEnd === nameStart ||
    owns ||
    isClauseSubjectAfterComma(tokens, title.end, nameStart, nameEnd) ||
    opensTitleAfterComma(p, nameStart)
  )
    return hasHonorific(p) ? null : descriptionAt(p, i, role);
  const person = makePerson(p, { spanFrom: p.spanStart, nameFrom: nameStart, nameTo: nameEnd }, role);
  const listed = isPluralTitle(p) ? titledListAfter(p, person, role) : null;
  if (listed) return listed;
  if (isPluralTitle(p) && tokens[nameEnd]?.norm === 'and' && !tokenAt(tokens, nameEnd - 1).possessive) {
    const secondEnd = nameAt(tokens, nameEnd + 1, true, p.lookup);
    if (secondEnd > nameEnd + 1) {
      const singular = role === null ? null : role.replace(/s$/, '');
      const second = makePerson(p, { spanFrom: nameEnd + 1, nameFrom: nameEnd + 1, nameTo: secondEnd }, singular);
      // ("Iraqi and Syrian Foreign Ministers Fuad Hussein and Faisal Mekdad": the owners are each name's, in order; the
      // first owner is part of the first person's mention, no actor of its own.)
      const first = coordinatedOwnerBefore(p, i);
      if (first)
        return [
          {
            ...person,
            ...first,
            start: first.start,
            surface: surfaceOf(s, first.start, nameEnd, p.text),
            role: singular,
          },
          second,
        ];
      return [{ ...person, role: singular }, second];
    }
  }
  return withGovernment(s, person, p.text);
}

/**
 * "foreign ministers Vladimir Norov of Uzbekistan, Sirojiddin Muhriddin of Tajikistan, and Mukhtar Tileuberdi of
 * Kazakhstan", "his counterparts Penny Wong of Australia and Antony Blinken of the United States": a plural title
 * before a list of names, each of which may carry its state after "of". The title names every member (so an unknown
 * name is a person's, as right after a title), and each member's "of" gives its state. A list set off by commas
 * counts only when an "and" closes it ("Presidents Putin, Xi said" is no list); a member that opens a title of its own
 * ("and the Turkmen Ambassador, Shadurdy Meredov") or names a state ends the list, read on by the other rules. Null
 * when no member follows the first with an "of" state or a comma (the two-name "and" case is read below).
 */
function titledListAfter(p: PersonContext, first: Mention, role: string | null): Mention[] | null {
  const tokens = p.s.tokens;
  const singular = role === null ? null : role.replace(/s$/, '');
  const members: Mention[] = [];
  // Whether some member carries its "of" state (withStateAfter returns a new mention only then).
  let withOf = false;
  const stated = (m: Mention): Mention => {
    const out = withStateAfter(p, m);
    withOf ||= out !== m;
    return out;
  };
  let member = stated({ ...first, role: singular });
  let closed = false;
  for (;;) {
    members.push(member);
    let k = member.end;
    const comma = /^,$/.test(tokenAt(tokens, k - 1).post);
    if (tokens[k]?.norm === 'and') {
      closed = true;
      k++;
    } else if (!comma) break;
    if (titleAt(tokens, tokens[k]?.norm === 'the' ? k + 1 : k).hasHead || gazetteerAt(tokens, k, p.lookup)) break;
    const end = nameAt(tokens, k, true, p.lookup);
    if (end < k + 2 || tokenAt(tokens, end - 1).possessive) break;
    const next = makePerson(p, { spanFrom: k, nameFrom: k, nameTo: end }, singular);
    member = stated({ ...next, affiliation: null, affiliationAlias: null });
    if (closed) {
      members.push(member);
      break;
    }
  }
  // (Two names joined by "and" alone are read below, with their coordinated owners: "Iraqi and Syrian Foreign
  // Ministers Fuad Hussein and Faisal Mekdad".)
  if (members.length < 2 || !closed || (members.length === 2 && !withOf)) return null;
  return members;
}

/** A member of a titled list with the "of" state after its name ("Penny Wong of Australia"): the state is its own. */
function withStateAfter(p: PersonContext, m: Mention): Mention {
  const tokens = p.s.tokens;
  if (tokens[m.end]?.norm !== 'of' || /[,;:]/.test(tokenAt(tokens, m.end - 1).post)) return m;
  const from = tokens[m.end + 1]?.norm === 'the' ? m.end + 2 : m.end + 1;
  const hit = gazetteerAt(tokens, from, p.lookup);
  if (!hit || hit.entry.kind !== 'STATE' || hit.entry.form === 'adjective') return m;
  return {
    ...m,
    end: hit.end,
    surface: surfaceOf(p.s, m.start, hit.end, p.text),
    affiliation: hit.entry.actor,
    affiliationAlias: surfaceOf(p.s, from, hit.end, p.text),
  };
}

/** How many words a state's adjective may take before a coordinated one ("South Korean and Japanese ministers"). */
const OWNER_WORDS = 3;

/** A state's adjective ("Iraqi"), or its name used as one ("Saudi"), not a possessive ("Iraq's"). */
const isOwnerForm = (tokens: readonly Token[], hit: { entry: GazetteerEntry; end: number }): boolean =>
  (hit.entry.form === 'adjective' || hit.entry.form === 'name') && !tokenAt(tokens, hit.end - 1).possessive;

/**
 * "[Iraqi] and Syrian Foreign Ministers Fuad Hussein and Faisal Mekdad": a state's adjective coordinated with the owner
 * of a plural title at token i, which is the first name's state (the owner at i being the second's). Undefined when
 * none stands there.
 */
function coordinatedOwnerBefore(
  p: PersonContext,
  i: number,
): { start: number; affiliation: string; affiliationAlias: null } | undefined {
  const tokens = p.s.tokens;
  if (p.owner.affiliation === null || p.owner.titleStart === i || tokens[i - 1]?.norm !== 'and') return undefined;
  for (let j = i - 2; j >= Math.max(0, i - 1 - OWNER_WORDS); j--) {
    const hit = gazetteerAt(tokens, j, p.lookup);
    if (hit && hit.end === i - 1 && hit.entry.kind === 'STATE' && isOwnerForm(tokens, hit))
      return hit.entry.actor === p.owner.affiliation
        ? undefined
        : { start: j, affiliation: hit.entry.actor, affiliationAlias: null };
  }
  return undefined;
}

/**
 * "the Russian President", "Egypt’s head of state", "The U.S. president": a definite title
 * without a name. Linking resolves it to the one person of the article who holds that title.
 */
function descriptionAt(p: PersonContext, i: number, role: string | null): Mention[] | null {
  const { s, owner } = p;
  const { titleStart } = owner;
  const titleEnd = p.title.end;
  // ("China's ambassador to Washington", "Russia's deputy envoy to the United Nations": the office ends before where
  // the envoy serves, which is part of the title and no actor of the sentence.)
  const headEnd = postingAt(s.tokens, titleStart, titleEnd) ?? titleEnd;
  const head = s.tokens[headEnd - 1];
  if (role === null || head === undefined || headEnd - titleStart > 3 || !TITLE_HEAD.test(head.norm)) return null;
  // "the head of the intelligence agency" heads something else; "the leader" alone could be anyone's.
  if (s.tokens[titleEnd]?.norm === 'of' && !owner.ownedBy) return null;
  if (owner.affiliation === null && VAGUE_TITLE.test(head.norm)) return null;
  // ("called on the visiting Sri Lankan leader": a word of the person's circumstance may stand after "the".)
  const determiner = ITEM_CIRCUMSTANCE.test(s.tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  if (s.tokens[determiner]?.norm !== 'the' && !owner.ownedBy && !isStateSpokesperson(s.tokens, determiner, p))
    return null;
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
      surface: surfaceOf(s, i, titleEnd, p.text),
      kind: 'PERSON',
      name: head.norm,
      form: 'description',
      role,
      affiliation: owner.affiliation,
      possessive: head.possessive,
      apposed,
    },
  ];
}

/**
 * "A Chinese mainland spokesperson slammed", "A Chinese spokeswoman on Tuesday hit back at" (Xinhua, China Daily, China
 * News Service 2014-2025): an unnamed spokesperson of a state speaks for it, with "a" as with "the". (Only a
 * spokesperson: "an Iranian general", "a Russian soldier" are some one of many, no voice of the state.)
 */
function isStateSpokesperson(tokens: readonly Token[], determiner: number, p: PersonContext): boolean {
  return (
    INDEFINITE_ARTICLE.test(tokens[determiner]?.norm ?? '') &&
    p.owner.affiliation !== null &&
    SPOKESPERSON.test(tokens[p.title.end - 1]?.norm ?? '')
  );
}

/** Where the place an envoy serves opens inside the title tokens [from, to) ("ambassador [to] Washington"), if it does. */
function postingAt(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let k = from + 1; k < to; k++)
    if (POSTING_PREPOSITION.test(tokenAt(tokens, k).norm) && POSTED_TITLE.test(tokenAt(tokens, k - 1).norm)) return k;
  return undefined;
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

/** "the South China Sea": a state's name ending at `end` inside a place name names no actor. */
function isPartOfPlaceName(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return (
    next !== undefined && next.capitalised && GEOGRAPHIC_NOUN.test(next.norm) && !tokenAt(tokens, end - 1).possessive
  );
}

/**
 * "the Doha Forum", "the Minsk agreements": a capital right before the noun of a gathering or a text named after it
 * is part of that name; the state neither speaks to it nor signs it ("Doha said", "talks in Doha" stay Qatar's).
 */
function isNamedAfterCity(tokens: readonly Token[], entry: GazetteerEntry, end: number): boolean {
  const next = tokens[end];
  return (
    entry.form === 'capital' &&
    next !== undefined &&
    NAMED_AFTER_CITY_NOUN.test(next.norm) &&
    !tokenAt(tokens, end - 1).possessive &&
    !/[,;:.!?]/.test(tokenAt(tokens, end - 1).post)
  );
}

/**
 * "Latin America", "the South American country", "North American leaders": "America" after a capitalised part of the
 * continent names the region, not the United States ("South Korea" and "South Africa" are gazetteer names of their own,
 * matched whole before this is asked).
 */
function isPartOfAmerica(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  return (
    end === start + 1 &&
    AMERICA_FORMS.test(tokenAt(tokens, start).norm) &&
    before !== undefined &&
    before.capitalised &&
    PART_OF_AMERICA.test(before.norm) &&
    !/[-—–,;:]/.test(before.post)
  );
}

/** "the Sea of Japan", "the Gulf of Mexico", "the Gulf of Thailand": a state's name after "Sea of" names a place, no actor. */
function isNamedPlaceOf(tokens: readonly Token[], start: number): boolean {
  const noun = tokens[start - 2];
  return tokens[start - 1]?.norm === 'of' && noun !== undefined && noun.capitalised && GEOGRAPHIC_NOUN.test(noun.norm);
}

/**
 * The two words at k name one group that acts for the state or party before them: a ministry or its staff named by
 * its portfolio ("foreign ministry", "defence officials", "foreign ministers"), a force ("coast guard", "border
 * guards"), or for a state one of its councils ("security council"). (The first of the two words, "foreign" or
 * "coast", is no group noun of its own.)
 */
function isTwoWordGroup(tokens: readonly Token[], k: number, state: boolean): boolean {
  const twoWords = `${tokens[k]?.norm} ${tokens[k + 1]?.norm}`;
  return (
    (MINISTRY_PORTFOLIO.test(tokens[k]?.norm ?? '') && MINISTRY_STAFF.test(tokens[k + 1]?.norm ?? '')) ||
    TWO_WORD_FORCES.has(twoWords) ||
    (state && TWO_WORD_ORGANS.has(twoWords))
  );
}

/** "B-2", "F-35", "Su-34", "MQ-9": letters, a hyphen and a number name a model of aircraft or weapon. */
function isModelDesignation(token: Token | undefined): boolean {
  return token !== undefined && /^[a-z]{1,3}-\d{1,3}[a-z]?$/.test(token.norm);
}

/**
 * How far a mention of the state or organisation a gazetteer hit names reaches, and its form then: "Russian
 * counterparts", "US administration", "the Brazilian foreign ministry", "Russia’s military", "Indian and Chinese
 * troops".
 */
function extendActor(
  tokens: readonly Token[],
  hit: { entry: GazetteerEntry; end: number },
  lookup: Lookup,
): { end: number; form: MentionForm } {
  const { end } = hit;
  const form: MentionForm = hit.entry.form;
  const named = tokenAt(tokens, end - 1);
  // "the Brazilian foreign ministry", "Chinese Coast Guard vessels": a ministry named by its portfolio, or a force of
  // two words, acts for its state like "Russian officials".
  // ("American B-2 bombers", "Israeli F-35 jets": a model's designation between the state and its war machines.)
  const model = isModelDesignation(tokens[end]) && GROUP_NOUN.test(tokens[end + 1]?.norm ?? '') ? 1 : 0;
  const compound = model || (isTwoWordGroup(tokens, end, hit.entry.kind === 'STATE') ? 1 : 0);
  const next = tokens[end + compound];
  if (next && (GROUP_NOUN.test(next.norm) || compound === 1) && !named.possessive)
    return { end: end + compound + 1, form: form === 'adjective' ? 'members' : form };
  // ("Iranian, Russian and Turkish leaders": the first of three or more shares the group noun too.)
  if (form === 'adjective' && /,/.test(named.post) && isListSharingGroup(tokens, end, lookup))
    return { end, form: 'members' };
  if (form === 'adjective' && next?.norm === 'and') {
    // "Indian and Chinese troops": the first of two coordinated adjectives shares the group noun; so it does with a
    // state's or group's name used as one ("Israeli and Hamas negotiators", "Iranian and Saudi diplomats").
    const other = stateOrServiceAt(tokens, end + 1, lookup);
    const modifier = other?.entry.form === 'adjective' || other?.entry.form === 'name';
    // ("Japanese and South Korean foreign ministers", "Japanese and Philippine coast guard vessels": two words too.)
    const at = other?.end ?? 0;
    const shared =
      modifier &&
      !tokenAt(tokens, at - 1).possessive &&
      (GROUP_NOUN.test(tokens[at]?.norm ?? '') || isTwoWordGroup(tokens, at, other?.entry.kind === 'STATE'));
    return { end, form: shared ? 'members' : form };
  }
  if (hit.entry.kind === 'STATE' && named.possessive && next) {
    // "Russia’s military launched strikes", "Pakistan’s Air Force": the state's own forces or government act as the state.
    // ("China's foreign ministry condemned": a ministry named by its portfolio speaks for its state too.)
    const force = compound === 1 ? 2 : STATE_ORGAN.test(next.norm) ? 1 : agencyNameLength(tokens, end, lookup);
    return { end: end + force, form };
  }
  return { end, form };
}

/** How many states' adjectives a list before a group noun may name ("Egyptian, Jordanian, Iraqi and Saudi ministers"). */
const MAX_LISTED_ADJECTIVES = 8;

/**
 * Whether the adjectives listed after a comma at k, the last after "and", end before a group noun they all share:
 * "Iranian, Russian and Turkish leaders", "Egyptian, Jordanian, and Iraqi foreign ministers". Not "Iranian, Russian
 * and Turkish" before any other noun, nor a list ending in a possessive ("Iranian, Russian and Turkey's leaders").
 */
function isListSharingGroup(tokens: readonly Token[], k: number, lookup: Lookup): boolean {
  let at = k;
  for (let n = 0; n < MAX_LISTED_ADJECTIVES; n++) {
    const closing = tokens[at]?.norm === 'and';
    const listed = stateOrServiceAt(tokens, closing ? at + 1 : at, lookup);
    if (!listed || (listed.entry.form !== 'adjective' && listed.entry.form !== 'name')) return false;
    const last = tokenAt(tokens, listed.end - 1);
    if (last.possessive) return false;
    at = listed.end;
    if (closing)
      return GROUP_NOUN.test(tokens[at]?.norm ?? '') || isTwoWordGroup(tokens, at, listed.entry.kind === 'STATE');
    if (!/,/.test(last.post) && tokens[at]?.norm !== 'and') return false;
  }
  return false;
}

/**
 * "Lithuania's State Border Guard Service", "Jordan's Foreign Affairs Ministry": the length of a state agency's
 * capitalised name at k, which ends in an agency's word (lexicon AGENCY_NAME_END); 0 when none does within four words,
 * or when the name is an organisation the gazetteer knows (it is an actor of its own).
 */
function agencyNameLength(tokens: readonly Token[], k: number, lookup: Lookup): number {
  if (gazetteerAt(tokens, k, lookup)) return 0;
  for (let j = k; j < k + AGENCY_NAME_WORDS && isCap(tokens[j]); j++)
    if (AGENCY_NAME_END.test(tokenAt(tokens, j).norm) && !isCap(tokens[j + 1])) return j + 1 - k;
  return 0;
}

/** How many capitalised words a state agency's name has at most ("State Border Guard Service"). */
const AGENCY_NAME_WORDS = 4;

/**
 * "the Security Council of Russia", "the Security Council of the Russian Federation": a state's council named with "of"
 * after it is the state's (the hit of its spelling alone is the United Nations' council), up to the state's name.
 */
function organOf(
  tokens: readonly Token[],
  i: number,
  hit: { entry: GazetteerEntry; end: number },
  lookup: Lookup,
): { entry: GazetteerEntry; end: number } | null {
  const organ = tokens
    .slice(i, hit.end)
    .map((t) => t.norm)
    .join(' ');
  if (!TWO_WORD_ORGANS.has(organ) || tokens[hit.end]?.norm !== 'of') return null;
  const at = tokens[hit.end + 1]?.norm === 'the' ? hit.end + 2 : hit.end + 1;
  const state = gazetteerAt(tokens, at, lookup);
  return state && state.entry.kind === 'STATE' && state.entry.form === 'name'
    ? { entry: state.entry, end: state.end }
    : null;
}

/**
 * "the Royal Australian Navy", "Royal Thai Army", "Royal Saudi Air Force": "Royal" opens the name of a monarchy's
 * service, which acts for the state named after it (no person called Royal, whose name would split "Indian and Royal
 * Australian Navies" in two). The state's hit, to be extended from "Royal" over the service.
 */
function royalServiceAt(
  tokens: readonly Token[],
  i: number,
  lookup: Lookup,
): { entry: GazetteerEntry; end: number } | null {
  if (tokens[i]?.norm !== 'royal' || !tokens[i]?.capitalised) return null;
  const state = gazetteerAt(tokens, i + 1, lookup);
  const service = tokens[state?.end ?? i]?.norm ?? '';
  return state?.entry.kind === 'STATE' && (STATE_FORCE_WORD.test(service) || ARMED_SERVICE.test(service))
    ? state
    : null;
}

/** A gazetteer entry at token i, or a monarchy's service opened by "Royal" (royalServiceAt). */
function stateOrServiceAt(
  tokens: readonly Token[],
  i: number,
  lookup: Lookup,
): { entry: GazetteerEntry; end: number } | null {
  return gazetteerAt(tokens, i, lookup) ?? royalServiceAt(tokens, i, lookup);
}

/**
 * "the Indo-French joint exercise", "Sino-Russian cooperation": a state's combining form, joined by a hyphen to another
 * state, is that state's adjective ("Indo-Pacific", before no state, is a region). The state's hit, one word long.
 */
function combiningFormAt(
  tokens: readonly Token[],
  i: number,
  lookup: Lookup,
): { entry: GazetteerEntry; end: number } | null {
  const t = tokens[i];
  const state = t?.capitalised && t.post.trim() === '-' ? COMBINING_FORMS[t.norm] : undefined;
  const entry = state === undefined ? undefined : STATE_GAZETTEER.get(state.toLowerCase());
  if (entry === undefined || gazetteerAt(tokens, i + 1, lookup)?.entry.kind !== 'STATE') return null;
  return { entry: { ...entry, form: 'adjective' }, end: i + 1 };
}

/** A state or organisation, extended by a group noun ("Russian counterparts", "US administration"). */
function actorAt(
  s: Sentence,
  i: number,
  text: SentenceText,
  previous: Mention | undefined,
  lookup: Lookup,
): Mention[] | null {
  const found = stateOrServiceAt(s.tokens, i, lookup) ?? combiningFormAt(s.tokens, i, lookup);
  if (
    !found ||
    isPartOfPlaceName(s.tokens, found.end) ||
    isPartOfAmerica(s.tokens, i, found.end) ||
    isNamedPlaceOf(s.tokens, i) ||
    isNamedAfterCity(s.tokens, found.entry, found.end)
  )
    return null;
  const hit = organOf(s.tokens, i, found, lookup) ?? found;
  const { end, form } = extendActor(s.tokens, hit, lookup);
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
      possessive: tokenAt(s.tokens, end - 1).possessive,
      state: hit.entry.state ?? null,
      alias: hit.entry.form === 'adjective' ? null : surfaceOf(s, i, hit.end, text),
      locative: isLocative(s.index, s.tokens, i, end, hit.entry, previous),
    },
  ];
}

/** A capitalised sequence that may be a person's name ("Trump", "Donald Trump", "Biden Administration"). */
function candidateAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  const end = nameAt(s.tokens, i, false, lookup);
  return end === i ? null : candidateOf(s, i, end, text);
}

/** "Israel Katz met Blinken": a known full name that opens with a state's name (placeOpenedNameLength), a person's. */
function placeOpenedNameAt(s: Sentence, i: number, text: SentenceText, lookup: Lookup): Mention[] | null {
  const n = placeOpenedNameLength(s.tokens, i, lookup);
  return n === 0 ? null : candidateOf(s, i, i + n, text);
}

/** The words [i, end) as a name that may be a person's, and the government named by it ("the Biden Administration"). */
function candidateOf(s: Sentence, i: number, end: number, text: SentenceText): Mention[] {
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
    possessive: tokenAt(s.tokens, end - 1).possessive,
    personTagged: s.tokens.slice(i, end).some(isPersonTagged) && !isInstitutionName(s.tokens.slice(i, end)),
  };
  // "the Biden Administration" written as one capitalised phrase.
  if (end - i >= 2 && GOVERNMENT.test(tokenAt(s.tokens, end - 1).norm)) {
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

/**
 * Who the gazetteer says each person's name is on the article's date: "Macron welcomed Zelensky" names Emmanuel
 * Macron and Volodymyr Zelenskyy, untitled. A name it does not know keeps to the other rules.
 */
function knownPeople(sentences: readonly Sentence[], mentions: Mention[], published: PartialDate | null): Mention[] {
  if (published === null) return mentions;
  // The people already named in full or by title: support for a later common-word surname ("Theresa May … May").
  const supported = new Set<string>();
  let lower: Set<string> | undefined;
  const writtenLower = (norm: string) => (lower ??= lowerCaseWords(sentences)).has(norm);
  return mentions.map((m) => {
    if (m.kind !== 'PERSON' || (m.form !== 'person' && m.form !== 'name-candidate')) return m;
    const known = knownPerson(m.name, published) ?? knownByTitledName(m, published);
    if (known === null) return m;
    const tokens = tokensOf(sentences, m);
    const read = withSharedState(m, known, tokens);
    if (!isVouchedFor(known, read, tokens, supported, writtenLower)) return m;
    supported.add(known.id);
    return { ...read, known };
  });
}

/**
 * "King Abdullah", "Sultan Haitham": a name the gazetteer knows only with its title (the given name alone names many
 * people) is that person when the title stands before it.
 */
function knownByTitledName(m: Mention, published: PartialDate): KnownPerson | null {
  return m.role === null || m.form !== 'person' ? null : knownPerson(`${m.role} ${m.name}`, published);
}

/** Words the article writes in lower case somewhere ("hope", "rice"): common words, whatever a name list says. */
function lowerCaseWords(sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (!t.capitalised) found.add(t.norm);
  return found;
}

/**
 * "Congolese President Denis Sassou Nguesso", "Congo President Denis Sassou Nguesso": a title's state written with a
 * word two states share (countries.ts SHARED_STATE_WORDS) is the known person's state, when that is one of the two.
 */
function withSharedState(m: Mention, known: KnownPerson, tokens: readonly Token[]): Mention {
  if (m.form !== 'person' || m.affiliation === null || known.affiliation === null) return m;
  let key = '';
  let shared: readonly string[] | undefined;
  // (The longest state phrase at the title's start: "Congo-Brazzaville" is one state's, its "Congo" is not shared.)
  for (let k = m.start; k < Math.min(m.end, m.start + MAX_PHRASE); k++) {
    key = key === '' ? (tokens[k]?.norm ?? '') : `${key} ${tokens[k]?.norm ?? ''}`;
    if (STATE_GAZETTEER.has(key)) shared = SHARED_STATE_WORDS.get(key);
  }
  const sharers = shared ?? [];
  return sharers.includes(m.affiliation) && sharers.includes(known.affiliation)
    ? { ...m, affiliation: known.affiliation }
    : m;
}

/**
 * "Prince Mohammed" is not the Comoros' foreign minister Mbae Mohamed, nor "President Sheikh Mohamed" him: after a
 * royal title (lexicon/titles.ts ROYAL_TITLES), a word many people share ("Mohammed") names one of them only if they
 * led a state or government ("King Abdullah", "Emir Tamim"). Other titles vouch as they did ("Chairman Kim").
 */
function isTitleAtOdds(m: Mention, known: KnownPerson): boolean {
  if (!known.alone || !(known.guard || known.shared) || m.role === null) return false;
  const head =
    m.role
      .toLowerCase()
      .split(/[\s-]+/)
      .at(-1) ?? '';
  return ROYAL_TITLES.test(head) && !known.offices.some((o) => TOP_ROLE.test(o.title));
}

/**
 * Whether the gazetteer's reading of a name may stand. A title vouches for it unless the title's state is another
 * ("Prime Minister May" of Britain, not a president of elsewhere). A full name stands alone. A surname alone stands
 * when the article named the person before, or else when it is no common word ("May", "Lee", "Khan", "Hope"), no
 * word the article writes in lower case, and, if several known people share it ("Johnson"), names the one of them
 * in office on the date. A surname whose only office the gazetteer can tell is Phoenix's vague "government official"
 * ("Mubarak" in 2010) stands only for one known person in office then.
 */
function isVouchedFor(
  known: KnownPerson,
  m: Mention,
  tokens: readonly Token[],
  supported: ReadonlySet<string>,
  writtenLower: (norm: string) => boolean,
): boolean {
  if (m.form === 'person')
    return (
      (m.affiliation === null || known.affiliation === null || m.affiliation === known.affiliation) &&
      !isTitleAtOdds(m, known)
    );
  if (!known.alone || supported.has(known.id)) return true;
  if (known.guard || (known.shared && !known.current) || (known.vague && (known.shared || !known.current)))
    return false;
  // (A name's own particles are lower case: "von der Leyen" is vouched for by "Leyen".)
  return !tokens.slice(m.start, m.end).some((t) => t.capitalised && writtenLower(t.norm));
}
