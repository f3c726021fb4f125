import { tokenAt, type Sentence, type Token } from './2-sentences';
import type { Mention } from './3-mentions';
import { HONORIFIC } from './lexicon/names';
import { COMPASS, COMPOUND_ADJECTIVE_END, GREETING, NEWS_AGENCY, PLATFORM, SAINT } from './lexicon/notPersons';
import { MINISTRY_PORTFOLIO } from './lexicon/officials';
import { INSTITUTION_WORD, ORGANISATION_HEAD } from './lexicon/organisations';
import { GEOGRAPHIC_NOUN, NAMED_AFTER_CITY_NOUN } from './lexicon/places';
import { TITLE_HEAD, TITLE_MODIFIER, TITLE_OF_OBJECT } from './lexicon/titles';

/**
 * The names of the PERSON mentions 3-mentions.ts found, checked as names: a capitalised phrase that is a place
 * ("St. Peter's Square", "the Far East"), an organisation's fragment ("Atomic Energy Agency"), a form of address
 * ("Dear Mr"), a rank ("Major" of "Major General"), a compound adjective ("Obama-era"), a dateline in capitals, a platform ("Telegram") or a news agency ("AP")
 * names no person and is dropped; a title or department glued before a name ("Treasury Scott Bessent", "Islamic
 * Revolution Ayatollah Seyyed Ali Khamenei") is cut off it.
 */

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const hasFirstName = (name: readonly Token[]) => name.some((t) => FIRST_NAME_TAGS.some((tag) => t.tags.has(tag)));
const isTitleWord = (t: Token) => TITLE_HEAD.test(t.norm) || TITLE_MODIFIER.test(t.norm);

/** "St. Peter's Basilica", "Saint Isaac's Cathedral": a saint's name in a place's. */
const isSaintsPlace = (tokens: readonly Token[], from: number, name: readonly Token[]) =>
  SAINT.test(tokens[from - 1]?.norm ?? '') || SAINT.test(name[0]?.norm ?? '');

/** "Atomic Energy Agency", "Direct Investment Fund", "Security Service": an organisation's name, or its tail. */
const isOrganisationName = (name: readonly Token[]) => {
  const last = name.at(-1)?.norm ?? '';
  return INSTITUTION_WORD.test(last) || ORGANISATION_HEAD.test(last);
};

/** "the Black Sea", "the Far East", "the Middle East": a region's name, with no given name in it. */
const isRegionName = (name: readonly Token[]) => {
  const last = name.at(-1)?.norm ?? '';
  return (COMPASS.test(last) || GEOGRAPHIC_NOUN.test(last)) && !hasFirstName(name);
};

/** "the Doha Forum", "the Oslo Accords" (their city no actor: 3-mentions.ts): a gathering's or a text's name. */
const isGatheringName = (name: readonly Token[]) =>
  NAMED_AFTER_CITY_NOUN.test(name.at(-1)?.norm ?? '') && !hasFirstName(name);

/** "Mr", "Dear Mr": a form of address with no name after it. */
const isAddressAlone = (name: readonly Token[]) =>
  HONORIFIC.test(name.at(-1)?.norm ?? '') && name.every((t) => HONORIFIC.test(t.norm) || GREETING.test(t.norm));

/** "Special", "Major" (of "Major General", an honorific to compromise): title words, or a word before a title's head. */
function isRankAlone(tokens: readonly Token[], end: number, name: readonly Token[]): boolean {
  if (name.every(isTitleWord)) return true;
  const next = tokens[end];
  const [only] = name;
  return (
    name.length === 1 &&
    only !== undefined &&
    !only.possessive &&
    only.post === '' &&
    next?.capitalised === true &&
    TITLE_HEAD.test(next.norm) &&
    !['FirstName', 'LastName'].some((tag) => only.tags.has(tag))
  );
}

/** "Obama-era sanctions", "the Saudi-led coalition": a compound adjective, not a name. */
const isCompoundAdjective = (name: readonly Token[]) =>
  name.some((t, k) => k > 0 && name[k - 1]?.post === '-' && COMPOUND_ADJECTIVE_END.test(t.norm));

/** "JOINT BASE ELMENDORF-RICHARDSON": a dateline in capitals, two words or more, one of four letters or more. */
const isCapitalsLine = (name: readonly Token[]) =>
  name.length >= 2 &&
  name.every((t) => t.text === t.text.toUpperCase()) &&
  name.some((t) => t.text.replace(/\P{L}/gu, '').length >= 4);

/** "Alaska (AP) —", "(Reuters)": a news agency credited in brackets, as datelines do. */
const isAgencyCredit = (name: readonly Token[]) =>
  name.length === 1 && name[0] !== undefined && NEWS_AGENCY.test(name[0].norm) && name[0].pre.includes('(');

/** Whether the tokens of a PERSON mention's name name no person at all. */
export function isNoPersonsName(tokens: readonly Token[], from: number, end: number): boolean {
  const name = tokens.slice(from, end);
  return (
    isSaintsPlace(tokens, from, name) ||
    isOrganisationName(name) ||
    isRegionName(name) ||
    isGatheringName(name) ||
    isAddressAlone(name) ||
    isRankAlone(tokens, end, name) ||
    isCompoundAdjective(name) ||
    isCapitalsLine(name) ||
    PLATFORM.test(name[0]?.norm ?? '') ||
    isAgencyCredit(name)
  );
}

/**
 * Where a name really starts, past a title phrase glued before it: after the last honorific that has a name after
 * it ("Islamic Revolution Ayatollah Seyyed [Ali Khamenei]"), else past leading title and department words
 * ("Treasury [Scott Bessent]", "Chief of Staff [Susie Wiles]" read from "Staff"); two words at least remain.
 */
export function nameStart(tokens: readonly Token[], from: number, end: number): number {
  let start = from;
  for (let k = from + 1; k < end - 1; k++)
    if (HONORIFIC.test(tokenAt(tokens, k).norm) && !HONORIFIC.test(tokenAt(tokens, k + 1).norm)) start = k + 1;
  if (start > from) return start;
  while (start < end - 2) {
    const t = tokenAt(tokens, start);
    if (!isTitleWord(t) && !TITLE_OF_OBJECT.test(t.norm) && !MINISTRY_PORTFOLIO.test(t.norm)) break;
    start++;
  }
  return start;
}

/** The token where a mention's name starts: its name is the tail of its span ("US President [Donald Trump]"). */
function nameFrom(s: Sentence, m: Mention): number {
  for (let k = m.start; k < m.end; k++)
    if (s.text.slice(tokenAt(s.tokens, k).start - s.start).startsWith(m.name)) return k;
  return m.start;
}

/** The article's mentions with each person's name checked: dropped if it names no person, trimmed if glued. */
export function checkPersonNames(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    if (m.kind !== 'PERSON' || (m.form !== 'person' && m.form !== 'name-candidate')) return [m];
    const s = sentences[m.sentence]?.index === m.sentence ? sentences[m.sentence] : undefined;
    if (s === undefined) return [m];
    const from = nameFrom(s, m);
    if (isNoPersonsName(s.tokens, from, m.end)) return [];
    const start = nameStart(s.tokens, from, m.end);
    if (start === from) return [m];
    const name = s.text
      .slice(tokenAt(s.tokens, start).start - s.start, tokenAt(s.tokens, m.end - 1).end - s.start)
      .replace(/['’]s?$/, '');
    return [{ ...m, name }];
  });
}
