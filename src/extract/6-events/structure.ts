import { isTitleWord } from '../3-mentions';
import { tokenAt, type Token } from '../2-sentences';
import { ACTING_FOR_NOUNS, GROUP_NOUN, PEOPLE_NOUN, TALKING_TEAMS } from '../lexicon/officials';
import { MEASURE, MEMBER_ASIDE_PARTICIPLE } from '../lexicon/force';
import { ALLY_NOUNS } from '../lexicon/ties';
import { APPOSED_NAME_HEAD } from '../lexicon/travel';
import { RECIPROCAL_FORCE } from '../lexicon/military';
import { words } from '../lexicon/words';
import { MODALS } from '../lexicon/modality';
import { FIRST_PERSON_POSSESSIVES } from '../lexicon/determiners';
import {
  AND_JOINERS,
  AUXILIARIES,
  COMPANION_BY,
  COMPANION_WITH,
  FRONTING,
  LIST_OPENER,
  ORIGIN_PREPOSITION,
  PLACE_PREPOSITION,
  PREPOSITIONS,
  REQUEST_LINK,
} from '../lexicon/grammar';
import { APPOSITIVE_WORD, ITEM_CIRCUMSTANCE, ITEM_EPITHET, PERSON_DETERMINER, RELATIVE } from '../lexicon/reference';
import {
  type Candidate,
  isHyphenBacker,
  isReporting,
  type SentenceContext,
  SKIPPABLE,
  type Trigger,
  wordBefore,
  isCommonNoun,
} from './clause';

/**
 * The structure of a sentence around its actors, read the same way wherever an event needs it: the actor a word governs
 * ("with the presidents of the U.S. and China", "including Lula"), the members of a coordinated list ("Rubio and
 * Lavrov", "A, B and C", "Ushakov, and the head of the Russian Orthodox Church, Patriarch Kirill"), appositions ("his
 * South African counterpart, Naledi Pandor") and relative clauses skipped between members. agent.ts and participants.ts
 * read lists and governed actors only through these.
 */

/** "my" and "our" before a person's title in a quotation: "a bilateral meeting with my Lao counterpart, Sonexay". */
const FIRST_PERSON_OWNER = words(FIRST_PERSON_POSSESSIVES);
const isOwnedByMe = (t: Token, c: Candidate): boolean => c.kind === 'PERSON' && FIRST_PERSON_OWNER.test(t.norm);

/**
 * Candidate starting right after token p, skipping up to `skip` determiners and appositive words;
 * "Somalia’s breakaway region of Somaliland" is Somaliland.
 */
export function candidateAfter(ctx: SentenceContext, p: number, skip: number): Candidate | undefined {
  // "with the presidents of the U.S. and China", "between the foreign ministers of Armenia and Azerbaijan": the states
  // whose leaders they are.
  const tokens = ctx.s.tokens;
  // (The preposition itself: the actor comes right after it.)
  const ofAt = (k: number) => {
    const end = spokenForEnd(tokens, k);
    return end < 0 ? -1 : end - 1;
  };
  // ("talks with his counterpart, Foreign Minister Wang Yi": a person's title words are skipped free of count; but
  // "calls with senior Indian and Pakistani officials" names no person.)
  const c = ctx.candidates.find((x) => {
    if (x.start <= p || x.start > p + 1 + skip + FREE_TITLE_WORDS) return false;
    const between = tokens.slice(p + 1, x.start);
    // ("with the newly appointed Secretary of State, Marco Rubio": the title's modifiers are the title's.)
    const titled = (t: Token, i: number) =>
      x.kind === 'PERSON' && (isTitleWord(t.norm) || isTitleModifier(tokens, p + 1 + i));
    return (
      x.start > p &&
      between.filter((t, i) => !titled(t, i)).length <= skip &&
      between.every(
        (t, i) => SKIPPABLE.has(t.norm) || APPOSITIVE_WORD.test(t.norm) || titled(t, i) || isOwnedByMe(t, x),
      )
    );
  });
  const determined = PERSON_DETERMINER.test(tokens[p + 1]?.norm ?? ''); // "the presidents of", "his counterparts from"
  const start = determined && ofAt(p + 2) >= 0 ? ofAt(p + 2) : ofAt(p + 1) >= 0 ? ofAt(p + 1) : p;
  if (!c && start > p) return candidateAfter(ctx, start, 1);
  if (!c?.possessive) return c && named(ctx, c);
  // "Yemen’s Houthi group"; "with Trump's son-in-law Jared Kushner": the person a person's possessive owns.
  const possessed =
    ctx.candidates.find((x) => x.start === c.end) ?? (c.kind === 'PERSON' ? ownedPerson(ctx, c) : undefined);
  if (possessed) return possessed;
  const of = tokens.findIndex((t, k) => k >= c.end && k <= c.end + 3 && t.norm === 'of');
  const owned =
    of < 0
      ? undefined
      : ctx.candidates.find((x) => x.start === of + 1 || (x.start === of + 2 && tokens[of + 1]?.norm === 'the'));
  return owned && tokens.slice(c.end, of).every((t) => !t.capitalised) ? owned : c;
}

/**
 * A word at k that qualifies a person's title rather than naming anyone: a circumstance ("outgoing", "newly"), an
 * "-ly" adverb and the participle it modifies ("the newly appointed", "the recently elected"), which 2-sentences.ts
 * tags as an adjective, or a capitalised word right before a title word (the callers have found no actor there).
 */
function isTitleModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // ("with Delaware senator Chris Coons", "Kerala Chief Minister": a name no actor is read from, owning the title.)
  if (t.capitalised && isTitleWord(tokens[k + 1]?.norm ?? '')) return true;
  const lyAdverb = (u: Token | undefined) => u !== undefined && u.tags.has('Adverb') && u.norm.endsWith('ly');
  if (ITEM_CIRCUMSTANCE.test(t.norm)) return true;
  if (lyAdverb(t)) return tokens[k + 1]?.tags.has('Adjective') === true;
  return t.tags.has('Adjective') && lyAdverb(tokens[k - 1]);
}

/** How many title words before a person a preposition may skip free of count ("Deputy Prime Minister and Foreign Minister"). */
const FREE_TITLE_WORDS = 6;

/**
 * "the presidents of", "foreign ministers of", "counterparts from" at token k: the token after the preposition of those
 * who act or talk for the states that follow, or -1 when no such phrase starts at k.
 */
function spokenForEnd(tokens: readonly Token[], k: number): number {
  let head = k;
  while (
    head < k + OFFICE_WORDS &&
    isTitleWord(tokens[head]?.norm ?? '') &&
    !SPEAKING_FOR.test(tokens[head]?.norm ?? '')
  )
    head++;
  // ("talks with counterparts from Saudi Arabia, the UAE and Brazil": where they come from is whom they act for.)
  return SPEAKING_FOR.test(tokens[head]?.norm ?? '') && ORIGIN_PREPOSITION.test(tokens[head + 1]?.norm ?? '')
    ? head + 2
    : -1;
}

/**
 * Past the words at `from` that name those who act for the actor after them ("the foreign ministers of"): where the
 * actor they stand for may start; `from` itself when there are none.
 */
export function pastSpokenFor(tokens: readonly Token[], from: number): number {
  const k = PERSON_DETERMINER.test(tokens[from]?.norm ?? '') ? from + 1 : from;
  const end = spokenForEnd(tokens, k);
  return end < 0 ? from : end;
}

/**
 * "met leaders including Lula and Ramaphosa", "spoke with several leaders, including Putin and Zelensky": the first
 * actor of the list that opens after a plural noun following token p (the rest are its group). Undefined when the words
 * after p are no such noun phrase ("met Lula, including ..." names an actor first; "leaders from Brazil" has no list).
 */
export function includedAfter(ctx: SentenceContext, p: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  // ("called several world leaders on Saturday, including Cameron": a date between the noun and its list is skipped.)
  let noun: Token | undefined;
  let skipped = 0;
  for (let k = p + 1; k < tokens.length && k <= p + 1 + INCLUDING_NOUN_WORDS + skipped; k++) {
    const word = tokens[k];
    if (word !== undefined && isDateWord(tokens, k)) {
      skipped++;
      continue;
    }
    let before = k - 1;
    while (before > p && isDateWord(tokens, before)) before--;
    // ("met three leaders on Sunday: Macron, Scholz and Meloni": a colon after the plural noun opens its list.)
    if (k > p + 1 && /:/.test(tokens[k - 1]?.post ?? '') && tokens[before]?.tags.has('Plural') === true)
      return candidateAfter(ctx, k - 1, 1);
    // ("met several African leaders, including Kagame": a demonym of no state the article names is the noun's modifier;
    // so is a name the article does not take for an actor, right before a noun of officials: "several Congress
    // leaders, including Rahul Gandhi", "Likud lawmakers, including ...".)
    // ("met with several Heads of State including Kagame": capitalised title words are the noun's.)
    const modifier =
      word?.tags.has('Demonym') === true || isOfficialsModifier(tokens, k) || isTitleWord(word?.norm ?? '');
    if (word === undefined || (word.capitalised && !modifier) || ctx.candidates.some((c) => c.start === k))
      return undefined;
    noun = tokens[before];
    // (The plural noun may be the word at p itself: "sanctioned Russian officials, including Shoigu"; or the head of an
    // "of" phrase: "heads of state including Kagame".)
    const opens =
      LIST_OPENER.test(word.norm) &&
      (noun?.tags.has('Plural') === true || isPluralOfHead(tokens, p, before)) &&
      // ("among them Rosneft": "among" opens a list only with its "them".)
      (word.norm !== 'among' || tokens[k + 1]?.norm === 'them');
    if (opens) return candidateAfter(ctx, word.norm === 'among' ? k + 1 : k, 1);
    if (/[,;:]/.test(noun?.post ?? '') && k > p + 1) return undefined;
    if (word.tags.has('Verb') && !word.tags.has('Noun')) return undefined;
  }
  return undefined;
}

/** "heads of state", "heads of state and government": a plural title word, then "of" and its nouns, ending at `end`. */
function isPluralOfHead(tokens: readonly Token[], from: number, end: number): boolean {
  let of = from + 1;
  while (of < end && tokens[of]?.norm !== 'of') of++;
  const head = tokens[of - 1];
  return of < end && head !== undefined && head.tags.has('Plural') && isTitleWord(head.norm);
}

/** A capitalised word right before a plural noun of a group of people: "Congress leaders", "Fatah officials". */
function isOfficialsModifier(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return (
    tokens[k]?.capitalised === true &&
    noun !== undefined &&
    !noun.capitalised &&
    noun.tags.has('Plural') &&
    GROUP_NOUN.test(noun.norm)
  );
}

/** How many words a place phrase between a verb and its person object may take ("in the building of the Government"). */
const FRONTED_PLACE_WORDS = 12;
/** How many date or place phrases may stand there ("yesterday at Bayan Palace in the Kuwaiti capital"). */
const FRONTED_PHRASES = 4;

/**
 * "received yesterday at Bayan Palace His Highness the Crown Prince", "received at Al Alam Palace on Wednesday King
 * Philippe", "received in the building of the Government the Minister of Foreign Affairs Riyad al-Maliki", "received
 * at the Presidential Palace on Tuesday President Ruto": dates and place phrases that stand between a verb and its
 * person object (official readouts put the object last). Where that person starts, right after them; `from` itself
 * when no person starts there.
 */
export function pastFrontedAdjuncts(ctx: SentenceContext, from: number): number {
  const tokens = ctx.s.tokens;
  const isPersonAt = (k: number) => ctx.candidates.some((c) => c.start === k && c.kind === 'PERSON');
  let k = from;
  for (let step = 0; step < FRONTED_PHRASES; step++) {
    while (isDateWord(tokens, k) && !/[,;:]/.test(tokenAt(tokens, k).post)) k++;
    const next = frontedPlaceEnd(tokens, k, isPersonAt);
    if (next === undefined) break;
    k = next;
  }
  return k > from && isPersonAt(k) ? k : from;
}

/**
 * The end of a place phrase opening at k ("at Bayan Palace", "in the building of the Government of Tajikistan"): where
 * a person, a date or another place phrase starts, with no comma, verb or preposition but "of" before; undefined when
 * it opens no such one.
 */
function frontedPlaceEnd(tokens: readonly Token[], k: number, isPersonAt: (k: number) => boolean): number | undefined {
  if (!PLACE_PREPOSITION.test(tokens[k]?.norm ?? '')) return undefined;
  for (let j = k + 1; j < k + 1 + FRONTED_PLACE_WORDS && j < tokens.length; j++) {
    if (/[,;:]/.test(tokenAt(tokens, j - 1).post)) return undefined;
    // (A second place phrase may follow: "at Bayan Palace in the Kuwaiti capital His Highness ...".)
    if (j > k + 1 && (isPersonAt(j) || isDateWord(tokens, j) || PLACE_PREPOSITION.test(tokenAt(tokens, j).norm)))
      return j;
    const t = tokenAt(tokens, j);
    if ((PREPOSITIONS.has(t.norm) && t.norm !== 'of') || (t.tags.has('Verb') && !t.tags.has('Noun'))) return undefined;
  }
  return undefined;
}

/** A word of a date phrase: "Saturday", "on" before it, "last week". */
function isDateWord(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  return (
    word !== undefined && (word.tags.has('Date') || (word.norm === 'on' && tokens[k + 1]?.tags.has('Date') === true))
  );
}

/**
 * "sanctions against forty Venezuelan officials, including President Nicolás Maduro": the members a group of a state's
 * people (ending at `end`) is said to include, each reached by what reaches the group.
 */
export function includedMembers(ctx: SentenceContext, end: number): Candidate[] {
  const first = includedAfter(ctx, end - 1);
  return first ? group(ctx, first) : [];
}

/** How many goods words may follow a measure's target before the next measure: "Mexican goods", "EU farm products". */
const GOODS_WORDS = 2;

/** How many words a measure coordinated after the first may take before its own "on": "and a steeper 20% tariff on". */
const GAPPED_MEASURE_WORDS = 7;

/** A share of a measure: "25%", "20 per cent", "a 35 percent tariff". */
const isShare = (t: Token): boolean => t.tags.has('Percent') || t.norm === 'percent' || t.norm === 'cent';

/**
 * "a 25% tariff on Mexican goods and a 35% tariff on Canadian goods", "tariffs of 25% on Mexico and 10% on China", "a
 * 10% tariff on all imports, with a steeper 20% tariff on EU products": a second measure coordinated after the first
 * target, its verb left out, reaches the actor after its own "on" too. Between the coordinator and "on" stand only a
 * share or a measure's noun and their modifiers: no verb ("and spoke on China" is another clause), no name. `end` is
 * where the first target ends.
 */
export function gappedMeasureMembers(ctx: SentenceContext, end: number): Candidate[] {
  const tokens = ctx.s.tokens;
  let k = end;
  while (k < end + GOODS_WORDS && isCommonNoun(tokens[k])) k++;
  const coordinator = tokens[k];
  const opens = coordinator?.norm === 'and' || (coordinator?.norm === 'with' && /,/.test(tokens[k - 1]?.post ?? ''));
  if (!opens) return [];
  let measured = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + GAPPED_MEASURE_WORDS); j++) {
    const t = tokenAt(tokens, j);
    if (t.norm === 'on') {
      const at = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
      const target = measured ? ctx.candidates.find((c) => c.start === at) : undefined;
      return target ? group(ctx, target) : [];
    }
    if (t.tags.has('Verb') || t.capitalised) return [];
    measured ||= MEASURE.test(t.norm) || isShare(t);
  }
  return [];
}

/** Those who act or talk for a state, whose state follows them: "the presidents of", "counterparts from". */
const SPEAKING_FOR = words(ACTING_FOR_NOUNS, TALKING_TEAMS);

/**
 * How many words ("several world leaders", "more than a dozen key world leaders") may stand between a preposition or
 * verb and the "including" of a list.
 */
const INCLUDING_NOUN_WORDS = 7;

/** How many title words ("foreign", "defence") may come before the noun of those who act for states ("ministers of"). */
const OFFICE_WORDS = 2;

/**
 * "the Palestinian group Islamic Jihad": a group of a state's people followed by its name is the named group;
 * "his South African counterpart, Minister of Foreign Affairs Naledi Pandor": a state's title in apposition, the person.
 */
function named(ctx: SentenceContext, c: Candidate): Candidate {
  const group =
    c.form === 'members' ? ctx.candidates.find((x) => x.start === c.end && x.kind === 'ORGANIZATION') : undefined;
  if (group) return group;
  if (c.form !== 'members' && c.form !== 'adjective') return c.kind === 'PERSON' ? c : (describedPerson(ctx, c) ?? c);
  const tokens = ctx.s.tokens;
  let k = c.end;
  while (k < tokens.length && isTitleWord(tokens[k]?.norm ?? '') && !tokens[k]?.capitalised) k++;
  // (One person is in apposition to a singular title: "with Russian officials, Lavrov said" is no apposition.)
  const apposed =
    isTitleWord(tokens[k - 1]?.norm ?? '') &&
    !/s$/.test(tokens[k - 1]?.norm ?? '') &&
    /^,$/.test(tokens[k - 1]?.post ?? '');
  return (apposed && ctx.candidates.find((x) => x.start === k && x.kind === 'PERSON')) || c;
}

/**
 * "talks with his NATO ally, US President Joe Biden": an organisation's or state's name qualifying a singular noun,
 * then a person set off by a comma, is that person (who ends the sentence or a phrase: "with the NATO chief, Rutte
 * said" is no apposition).
 */
function describedPerson(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const noun = tokens[c.end];
  if (!noun || noun.capitalised || !noun.tags.has('Noun') || /s$/.test(noun.norm) || !/^,$/.test(noun.post.trim()))
    return undefined;
  const person = ctx.candidates.find((x) => x.start === c.end + 1 && x.kind === 'PERSON');
  const after = person ? tokens[person.end] : undefined;
  const ends = person !== undefined && (after === undefined || /[,;:]/.test(tokens[person.end - 1]?.post ?? ''));
  return ends && !after?.tags.has('Verb') ? person : undefined;
}

/**
 * "to meet the chief of Sudan's Transitional Military Council, Lieutenant General Abdel Fattah al-Burhan,", "met the
 * president of the Palestinian Authority, Mahmoud Abbas, in Ramallah": the body a singular title's "of" names, then a
 * person set off by commas (or ending the sentence), is that person, the office's holder.
 */
function officeHolder(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (c.kind === 'PERSON' || !/^,$/.test(tokens[c.end - 1]?.post.trim() ?? '')) return undefined;
  // (Past a state's possessive, "of Sudan's", and an article, "of the", to the "of" and its title.)
  let k = c.start - 1;
  const owner = ctx.candidates.find((x) => x.end === c.start && x.possessive);
  if (owner) k = owner.start - 1;
  if (tokens[k]?.norm === 'the') k--;
  const title = tokens[k - 1];
  if (tokens[k]?.norm !== 'of' || !title || title.capitalised || !isTitleWord(title.norm) || /s$/.test(title.norm))
    return undefined;
  const person = ctx.candidates.find((x) => x.start === c.end && x.kind === 'PERSON');
  if (!person) return undefined;
  const closed = person.end === tokens.length || /[,;:]/.test(tokens[person.end - 1]?.post ?? '');
  return closed ? person : undefined;
}

/**
 * "Pakistan's army chief Field Marshal Asim Munir", "Sudan's army chief Abdel Fattah al-Burhan": a state's organ
 * followed at once by a person whose title opens with a common word is that organ's head, the person named.
 */
function headOf(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  const tokens = ctx.s.tokens;
  const title = tokens[c.end];
  if (
    c.kind !== 'STATE' ||
    !title ||
    title.capitalised ||
    !isTitleWord(title.norm) ||
    /[,;:]/.test(tokens[c.end - 1]?.post ?? '')
  )
    return undefined;
  return ctx.candidates.find((x) => x.start === c.end && x.kind === 'PERSON');
}

/**
 * "Russia's invasion of Ukraine was condemned", "The Israeli strike on Qatar drew condemnation": the actor whose
 * possessive or adjective opens the noun phrase that is the subject of the verb at `verb` (what it did is what the clause
 * speaks of). Undefined when the clause opens otherwise, or a comma or another verb comes between.
 */
export function subjectOwner(ctx: SentenceContext, verb: number): Candidate | undefined {
  const tokens = ctx.s.tokens;
  let k = Math.max(ctx.dateline, ctx.clause.indexOf(ctx.clause[verb] ?? -1));
  while (k < verb && SKIPPABLE.has(tokens[k]?.norm ?? '')) k++;
  const c = ctx.candidates.find((x) => x.start === k && (x.possessive || x.form === 'adjective'));
  const phrase = c ? tokens.slice(c.end, verb) : [];
  return c &&
    c.end < verb &&
    phrase.every((x) => !/[,;:]/.test(x.post) && (!x.tags.has('Verb') || x.tags.has('Noun'))) &&
    !ctx.candidates.some(
      (x) => x.start >= c.end && x.end <= verb && x.form !== 'adjective' && !isAfterPreposition(tokens, x),
    )
    ? c
    : undefined;
}

/**
 * "killed nationals of Britain, Canada and Australia", "citizens from France and Italy": the members of a list whose
 * people (no organ of theirs) a noun names, who are victims or origins, no parties.
 */
export function peopleListed(ctx: SentenceContext): Set<Candidate> {
  const tokens = ctx.s.tokens;
  const out = new Set<Candidate>();
  for (const c of ctx.candidates) {
    let k = c.start - 1;
    while (k >= 0 && SKIPPABLE.has(tokens[k]?.norm ?? '')) k--;
    if (out.has(c) || !ORIGIN_PREPOSITION.test(tokens[k]?.norm ?? '') || !PEOPLE_NOUN.test(tokens[k - 1]?.norm ?? ''))
      continue;
    for (const m of group(ctx, c)) out.add(m);
  }
  return out;
}

/** An actor right after a preposition (past determiners): "on Qatar", "in the Gaza Strip". */
function isAfterPreposition(tokens: readonly Token[], c: Candidate): boolean {
  let k = c.start - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k]?.norm ?? '')) k--;
  return PREPOSITIONS.has(tokens[k]?.norm ?? '');
}

/** After a candidate ending at `end`: the end of a relative clause ", who controls the army," or `end` itself. */
export function skipRelative(tokens: readonly Token[], end: number): number {
  if (!/,/.test(tokens[end - 1]?.post ?? '') || !RELATIVE.test(tokens[end]?.norm ?? '') || tokens[end]?.norm === 'that')
    return end;
  for (let k = end; k < tokens.length && k < end + 15; k++) if (/,/.test(tokens[k]?.post ?? '')) return k + 1;
  return end;
}

/**
 * After a list member ending at `end`: past a relative clause (skipRelative) and an aside set off by commas that names
 * who leads or backs the member, when the list's "and" follows it: "between the Sudanese Armed Forces, led by General
 * al-Burhan, and the RSF", "between the army, backed by Russia, and the rebels" (the leader or backer is no member). Not
 * "the army, led by Burhan, said": a clause goes on there, no list.
 */
function pastMemberAside(tokens: readonly Token[], end: number): number {
  const from = skipRelative(tokens, end);
  if (!/,/.test(tokens[from - 1]?.post ?? '') || !MEMBER_ASIDE_PARTICIPLE.test(tokens[from]?.norm ?? '')) return from;
  if (tokens[from + 1]?.norm !== 'by') return from;
  for (let k = from + 2; k < tokens.length && k < from + 2 + MEMBER_ASIDE_WORDS; k++) {
    const post = tokens[k]?.post ?? '';
    if (/[;:]/.test(post)) return from;
    if (/,/.test(post)) return tokens[k + 1]?.norm === 'and' ? k + 1 : from;
  }
  return from;
}

/** How many words the agent of a member's aside may have ("notorious commander Mohamed Hamdan Dagalo (Hemedti)"). */
const MEMBER_ASIDE_WORDS = 8;

/**
 * After a person member, past an aside of their office set off by commas before the list's "and": "Mohammed bin Ahmed
 * Al Bowardi, Minister of State for Defence Affairs, and Gursediin Saikhanbayar, Minister of Defence of Mongolia,
 * signed" (WAM 2023). The aside holds a title word and no verb; `from` itself when there is none.
 */
function pastOfficeAside(ctx: SentenceContext, from: number, member: Candidate): number {
  const tokens = ctx.s.tokens;
  if (member.kind !== 'PERSON' || !/,/.test(tokens[from - 1]?.post ?? '')) return from;
  for (let k = from; k < tokens.length && k < from + MEMBER_ASIDE_WORDS; k++) {
    const x = tokenAt(tokens, k);
    // ("Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sooronbai Jeenbekov, and": a person named is a member.)
    const named = ctx.candidates.some((c) => c.start === k && c.kind === 'PERSON');
    if ((x.tags.has('Verb') && !isTitleWord(x.norm)) || /[;:]/.test(x.post) || named) return from;
    if (/,/.test(x.post)) {
      const titled = tokens.slice(from, k + 1).some((t) => isTitleWord(t.norm));
      return titled && tokens[k + 1]?.norm === 'and' ? k + 1 : from;
    }
  }
  return from;
}

/**
 * A candidate and those coordinated with it ("Rubio and Lavrov", "Russia, Iran and China"). Title
 * words between them are skipped ("Maduro, and Guyanese presidents, Irfaan Ali"), as are relative
 * clauses ("Burhan, who controls the military, and Dagalo"); a state followed by a person in
 * apposition is that person ("Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali").
 */
export function group(ctx: SentenceContext, givenFirst: Candidate, andOnly = false): Candidate[] {
  const tokens = ctx.s.tokens;
  // ("clashed with U.S. ally the Philippines": the first member is the ally named, not its owner.)
  const given = allyNamedAfter(ctx, givenFirst) ?? givenFirst;
  const first =
    given.kind === 'PERSON'
      ? given
      : (headOf(ctx, given) ?? describedPerson(ctx, given) ?? officeHolder(ctx, given) ?? given);
  // "the two leaders": both actors it refers back to, at the same span.
  const out = [first, ...ctx.candidates.filter((x) => x !== first && x.start === first.start && x.end === first.end)];
  let from = pastOfficeAside(ctx, pastMemberAside(tokens, first.end), first);
  let closed = false;
  /** Members joined by a bare comma since the last "and": kept only if an "and" closes the list. */
  let open = 0;
  let last = out.at(-1) ?? first;
  for (const c of ctx.candidates) {
    if (c.start < from || (c.form === 'adjective' && !isListedAdjective(ctx, last, from, c))) continue;
    // "Israel and the Iran-backed Hezbollah": the backer before the hyphen is no member; the one it backs is.
    if (isHyphenBacker(tokens, c)) continue;
    // ("the face-off between China and U.S. ally the Philippines": whose ally the member is, no member.)
    if (isAllyOwner(ctx, c)) continue;
    // "Wang Yi, China's foreign minister,": the description of a member's office is that member again.
    if (c.start === from && isApposedDescription(ctx, c)) {
      from = pastMemberAside(tokens, apposedEnd(ctx, c));
      continue;
    }
    // "the Caribbean Community (Caricom) and ...": an abbreviation in brackets is the same actor again.
    // ("including Paul Kagame (Rwanda), Filipe Nyusi (Mozambique) and ...": a person's state in brackets, no member.)
    const bracketed = c.start === from && /\(/.test(tokens[c.start]?.pre ?? '');
    if (bracketed && (c.actorId === last.actorId || (last.kind === 'PERSON' && c.kind === 'STATE'))) {
      from = pastMemberAside(tokens, c.end);
      continue;
    }
    // "A, vice president of the Supreme Court; B, a deputy; and C, ...": a member's description closed by a semicolon
    // (and the actors it names) is no member; the actor after the semicolon is the next one.
    const semicolonNext = afterSemicolonItem(ctx, from);
    if (semicolonNext > 0 && c.start < semicolonNext) continue;
    const between = wordsBetween(ctx, from, c);
    // "Foreign Minister Olivier Nduhungirehe of Rwanda and ...", "Queen Maxima of the Netherlands, Angela Merkel and":
    // the person's state, no member of its own.
    const ofThe = tokens[from + 1]?.norm === 'the' ? 2 : 1;
    if (
      between.length === 1 &&
      between[0] === 'of' &&
      last.kind === 'PERSON' &&
      c.kind === 'STATE' &&
      c.start === from + ofThe
    ) {
      from = pastMemberAside(tokens, c.end);
      continue;
    }
    const comma = /,/.test(tokens[from - 1]?.post ?? '');
    // "A, B and C": after "and C" a comma ends the list ("between the Houthis and the US, Oman's minister said").
    // (An apposition is set off on both sides: "Venezuela, Nicolás Maduro, and"; not "South Africa, Cyril Ramaphosa and Trump had".)
    const apposition =
      between.length === 0 &&
      from === c.start &&
      last.kind === 'STATE' &&
      c.kind === 'PERSON' &&
      (/,/.test(tokens[c.end - 1]?.post ?? '') || c.end === tokens.length);
    // ("Zelensky's visit to South Africa, Cyril Ramaphosa and Trump had": a bare comma lists actors of one kind.)
    const listed =
      between.length === 0 &&
      comma &&
      !closed &&
      !andOnly &&
      ((c.kind === 'PERSON') === (last.kind === 'PERSON') || apposition);
    // "spoke with Brown, Harper and Abdullah, along with Ban Ki-moon": one more member of the closed list.
    const continued = closed && between.length === 2 && continuesList(ctx, c.start - 1 - titlesBefore(tokens, c.start));
    // ("spoke with Prime Minister Julia Gillard of Australia; President Dilma Rousseff of Brazil; and ...": items with no
    // description, each ended by its semicolon.)
    const afterSemicolon = /;/.test(tokens[from - 1]?.post ?? '')
      ? tokens[from]?.norm === 'and'
        ? from + 1
        : from
      : -1;
    const semicolonMember =
      (semicolonNext > 0 && isSemicolonMember(ctx, semicolonNext, c, last)) ||
      (afterSemicolon > 0 && last.kind === 'PERSON' && isSemicolonMember(ctx, afterSemicolon, c, last));
    const anded = isAndJoined(between);
    const joined =
      anded ||
      semicolonMember ||
      listed ||
      continued ||
      isDescribedMember(ctx, from, c) ||
      isMemberAfterAside(ctx, from, c);
    if (!joined || isNextClauseSubject(ctx, first, c) || opensClauseAfterList(ctx, closed, from, c)) break;
    const member = apposition ? c : (ownedPerson(ctx, c) ?? named(ctx, c));
    if (apposition) out[out.length - 1] = member;
    else out.push(member);
    last = member;
    // (Semicolons mark a list's items as "and" does: "A, a judge; B, a deputy".)
    if (between.length === 1 || between[0] === 'and' || anded || continued || semicolonMember) open = 0;
    else if (!apposition) open++;
    // ("Hayashi and his counterparts Wong of Australia, Jaishankar of India and Blinken": the plural title after the
    // "and" opens a list of its own, which its own "and" closes.)
    closed ||= (between.length === 1 || between[0] === 'and' || anded) && !opensNestedList(tokens, from, c);
    from = pastOfficeAside(ctx, pastMemberAside(tokens, member.end), member);
  }
  // "With Biden, PM Modi briefed him": a comma without a closing "and" ends a phrase, not a list; but "Lockheed Martin,
  // Raytheon, General Dynamics and other companies", "Germany, France and others" close it with unnamed members.
  // ("Biden, Sunak, Macron and a number of other world leaders", "and several other leaders": unnamed ones too.)
  // ("the leaders of Germany, Poland, Sweden, as well as with the representative of Ivory Coast": "as well as" closes
  // the list as "and" does, whatever it adds.)
  const others = (tokens[from]?.norm === 'and' && isUnnamedOthers(tokens, from + 1)) || isAsWellAs(tokens, from);
  const listed = open > 0 && !others ? out.slice(0, out.length - open) : out;
  if (isOpenerEndedAtFirst(ctx, listed)) return listed.slice(0, 1);
  return (andOnly ? undefined : officeholdersApposed(ctx, listed)) ?? listed;
}

/**
 * "In response to Russia's invasion of Ukraine, the UK and the US have imposed sanctions": a list begun inside a
 * sentence's fronted phrase (a preposition first, no verb before the list) whose comma is followed by actors and then
 * a verb: the comma ends the phrase, and those actors are the subject of the verb, no members. ("After talks with
 * Germany, France and Italy, Macron said": the phrase's own list, closed before its comma, has no verb right after.)
 */
function isOpenerEndedAtFirst(ctx: SentenceContext, listed: readonly Candidate[]): boolean {
  const tokens = ctx.s.tokens;
  const first = listed[0];
  const last = listed.at(-1);
  const opener = tokens[0]?.norm ?? '';
  if (!first || !last || listed.length < 2 || !(PREPOSITIONS.has(opener) || FRONTING.test(opener))) return false;
  if (!/,/.test(tokens[first.end - 1]?.post ?? '') || /,/.test(tokens[last.end - 1]?.post ?? '')) return false;
  if (tokens.slice(0, first.start).some((t) => isFiniteVerb(t) && !t.tags.has('Noun'))) return false;
  // ("the UK and the US governments have imposed": the members' head noun before the verb.)
  const head = tokens[last.end];
  const next = head?.tags.has('Noun') && !head.capitalised && !head.tags.has('Verb') ? tokens[last.end + 1] : head;
  return next !== undefined && (isFiniteVerb(next) || CLAUSE_VERB_START.test(next.norm));
}

/** Words that open a clause's verb: an auxiliary or a modal ("have imposed", "will meet"). */
const CLAUSE_VERB_START = words(AUXILIARIES, MODALS);

/**
 * Whether the words between two members join them as "and" does: "and", "as well as" (lexicon/grammar.ts AND_JOINERS).
 * ("Macron and Merz, as well as Starmer": a list closed by its "and" takes one more member so.)
 */
function isAndJoined(between: readonly string[]): boolean {
  return AND_JOINED.has(between.join(' '));
}

const AND_JOINED: ReadonlySet<string> = new Set(AND_JOINERS);

/** Whether a joiner other than "and" (AND_JOINERS: "as well as") opens at token k. */
function isAsWellAs(tokens: readonly Token[], k: number): boolean {
  return LONG_JOINERS.some((joiner) => joiner.every((word, d) => tokens[k + d]?.norm === word));
}

const LONG_JOINERS: readonly string[][] = AND_JOINERS.filter((j) => j !== 'and').map((j) => j.split(' '));

/**
 * Whether the words after the "and" at `from` and before the member's name (a mention may begin with its title) hold a
 * plural title: "and his counterparts Wong", "and leaders".
 */
function opensNestedList(tokens: readonly Token[], from: number, member: Candidate): boolean {
  for (let k = from + 1; k < member.end; k++) {
    const t = tokens[k];
    if (!t || /,/.test(t.pre + t.post)) return false;
    if (t.tags.has('Plural') && isTitleWord(t.norm)) return true;
    if (t.capitalised && !isTitleWord(t.norm)) return false;
  }
  return false;
}

/** How many words may open an unnamed rest of a list before its "other": "a number of other", "several other". */
const OTHERS_REACH = 4;

/** "others", "other leaders", "a number of other world leaders": the unnamed rest of a list, from token k. */
function isUnnamedOthers(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + OTHERS_REACH); j++) {
    const x = tokens[j];
    if (!x || x.capitalised) return false;
    if (/^others?$/.test(x.norm)) return true;
    if (/[,;:]/.test(x.post)) return false;
  }
  return false;
}

/**
 * "the prime ministers of Greece and Albania, Kyriakos Mitsotakis and Edi Rama": states listed after those who act for
 * them ("the prime ministers of"), then a comma and as many people, are those people, one per state in order.
 */
function officeholdersApposed(ctx: SentenceContext, states: readonly Candidate[]): Candidate[] | undefined {
  const tokens = ctx.s.tokens;
  const first = states[0];
  const last = states.at(-1);
  if (!first || !last || states.length < 2 || states.some((c) => c.kind !== 'STATE' || c.form === 'adjective'))
    return undefined;
  const of = first.start - (tokens[first.start - 1]?.norm === 'the' ? 2 : 1);
  if (tokens[of]?.norm !== 'of' || !SPEAKING_FOR.test(tokens[of - 1]?.norm ?? '')) return undefined;
  if (!/,/.test(tokens[last.end - 1]?.post ?? '')) return undefined;
  const person = ctx.candidates.find((c) => c.start === last.end && c.kind === 'PERSON');
  const people = person ? group(ctx, person, true) : [];
  return people.length === states.length && people.every((c) => c.kind === 'PERSON') ? people : undefined;
}

/**
 * "Blinken met Netanyahu and Herzog held talks with Gallant": after "and", an actor followed by a finite verb of its
 * own is the subject of the next clause, no member of the list of objects begun after an earlier verb (a subject list,
 * "Macron and Scholz held talks", has no verb before its first member).
 */
function isNextClauseSubject(ctx: SentenceContext, first: Candidate, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const next = tokens[c.end];
  if (next === undefined || !isFiniteVerb(next) || AUXILIARY_VERB.test(next.norm)) return false;
  if (tokens[c.start - 1]?.norm !== 'and') return false;
  const verb = tokens[wordBefore(tokens, first.start - titlesBefore(tokens, first.start))];
  // ("said Ukrainian and Russian officials had co-operated": a verb of saying opens a clause whose subject is the list.)
  return verb !== undefined && isFiniteVerb(verb) && !AUXILIARY_VERB.test(verb.norm) && !isReporting(verb);
}

/**
 * "spoke with the leaders of Britain, France and Italy, and the White House said ...": after a list closed by its "and",
 * ", and" with an actor and a verb opens a clause of its own; the actor is no member.
 */
function opensClauseAfterList(ctx: SentenceContext, closed: boolean, from: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const next = tokens[c.end];
  return (
    closed && tokens[from]?.norm === 'and' && /,/.test(tokens[from - 1]?.post ?? '') && !!next && isFiniteVerb(next)
  );
}

/** Verbs that take no object of their own ("Russia has ...", "was ..."). */
const AUXILIARY_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did)$/;

/** A verb that can head a clause: "held", "met", "says" (no "-ing" form, no participle after "was"). */
function isFiniteVerb(x: Token): boolean {
  return x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Participle') && !/ing$/.test(x.norm);
}

/**
 * "with Israeli, Palestinian, Egyptian and Jordanian leaders", "with Egyptian and Qatari mediators": a state's adjective
 * right after the comma or "and" that follows another one is a member of their list (the people of each state), where an adjective elsewhere only qualifies a noun
 * ("Obama, the US president," names no member for "US").
 */
function isListedAdjective(ctx: SentenceContext, last: Candidate, from: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const comma = c.start === from && /,/.test(tokens[from - 1]?.post ?? '');
  const and = c.start === from + 1 && tokens[from]?.norm === 'and';
  return (last.form === 'adjective' || last.form === 'members') && last.end === from && (comma || and);
}

/**
 * "Egyptian and Qatari mediators", "Israeli, Egyptian and Jordanian leaders": the states' adjectives coordinated before
 * the adjective c, first to last ("US and Israeli" too: a state's name used as an adjective). Empty when the word
 * before c is no "and" or comma after such an adjective ("the Israeli mediators" has none).
 */
export function adjectivesBefore(ctx: SentenceContext, c: Candidate): Candidate[] {
  const tokens = ctx.s.tokens;
  const out: Candidate[] = [];
  let at = c.start;
  let closed = false;
  for (;;) {
    const and: boolean = !closed && tokens[at - 1]?.norm === 'and';
    const end = and ? at - 1 : at;
    const prev = ctx.candidates.find((x) => x.end === end && !x.possessive && x.kind !== 'PERSON');
    if (!prev || (!and && !/,/.test(tokens[end - 1]?.post ?? '')) || prev.end - prev.start > 2) break;
    // ("Indian and Chinese troops", "Iranian, Russian and Turkish forces": an adjective before, sharing the noun, is a
    // mention of the state's members; "Russian troops, Ukrainian forces" is no list of adjectives.)
    const shares = prev.form === 'members' && prev.end === end && !GROUP_NOUN.test(tokens[end - 1]?.norm ?? '');
    if (prev.form !== 'adjective' && prev.form !== 'name' && !shares) break;
    out.unshift(prev);
    closed ||= and;
    at = prev.start;
  }
  // ("Erdogan, Israeli officials": a comma without an "and" after it is no list.)
  return closed ? out : [];
}

/**
 * "Indian and Chinese troops clashed", "Thai and Cambodian clashes": force that sides use on each other, so that the
 * states coordinated before it are all its sides.
 */
export function isReciprocalForce(ctx: SentenceContext, t: Trigger): boolean {
  return t.rule.type === 'CONFLICT' && RECIPROCAL_FORCE.test(ctx.s.tokens[t.at]?.norm ?? '');
}

/**
 * "met Yuri Ushakov, and the head of the Russian Orthodox Church, Patriarch Kirill,": after "and", a person set off by
 * commas after a description of his office (a title word, no verb, no other comma) is the member joined.
 */
function isDescribedMember(ctx: SentenceContext, from: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let and = from;
  while (and < c.start && (tokens[and]?.norm !== 'and' || tokens[and]?.quoted)) and++;
  const description = tokens.slice(and + 1, c.start);
  return (
    c.kind === 'PERSON' &&
    and < c.start &&
    tokens.slice(from, and).every((t) => !t.capitalised && !t.tags.has('Verb')) &&
    description.length <= DESCRIPTION_LENGTH &&
    /,/.test(description.at(-1)?.post ?? '') &&
    description.slice(0, -1).every((t) => !/[,;:]/.test(t.post)) &&
    description.every((t) => !t.tags.has('Verb') || isTitleWord(t.norm)) &&
    description.some((t) => isTitleWord(t.norm) && !t.capitalised) &&
    (/,/.test(tokens[c.end - 1]?.post ?? '') || c.end === tokens.length)
  );
}

/**
 * "Marvin Aguilar, vice president of the Supreme Court; Walmaro Gutierrez, a deputy; and ...": where the last member
 * (ending at `from`) is followed by a comma, a short description without a verb and a semicolon, the position after
 * it (past an "and"); else -1.
 */
function afterSemicolonItem(ctx: SentenceContext, from: number): number {
  const tokens = ctx.s.tokens;
  if (!/,/.test(tokens[from - 1]?.post ?? '')) return -1;
  for (let k = from; k < from + SEMICOLON_DESCRIPTION_LENGTH && k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || (t.tags.has('Verb') && !isTitleWord(t.norm))) return -1;
    if (!/;/.test(t.post)) {
      if (/[,:.!?]/.test(t.post)) return -1;
      continue;
    }
    return tokens[k + 1]?.norm === 'and' ? k + 2 : k + 1;
  }
  return -1;
}

/**
 * The actor after a semicolon item, past titles, states' adjectives and "the" only, of the last member's kind, is the
 * next member, unless a
 * verb follows it before the next semicolon or the end ("Biden met Xi, China's leader; Putin, meanwhile, met Modi": a
 * clause of its own).
 */
function isSemicolonMember(ctx: SentenceContext, next: number, c: Candidate, last: Candidate): boolean {
  const tokens = ctx.s.tokens;
  const isAdjective = (k: number) => ctx.candidates.some((x) => x.form === 'adjective' && x.start <= k && k < x.end);
  const titles = tokens.slice(next, c.start).filter((_, d) => !isAdjective(next + d));
  let end = c.end;
  while (end < tokens.length && !/;/.test(tokens[end - 1]?.post ?? '')) end++;
  return (
    c.kind === last.kind &&
    titles.every((t) => t.norm === 'the' || isTitleWord(t.norm)) &&
    tokens.slice(c.end, end).every((t) => !t.tags.has('Verb') || isTitleWord(t.norm))
  );
}

/** How many words a member's description before a semicolon may have ("chief of the national police in Leon"). */
const SEMICOLON_DESCRIPTION_LENGTH = 14;

/**
 * "France, Germany and, to a lesser extent, Italy", "Egypt and, more recently, Qatar": after an "and", a short aside set
 * off by commas (no name, no verb) comes before the last member. The member must end the list: "and, on Monday, Italy
 * said" opens a clause of its own.
 */
function isMemberAfterAside(ctx: SentenceContext, from: number, c: Candidate): boolean {
  const tokens = ctx.s.tokens;
  let start = c.start;
  while (start > from + 1 && SKIPPABLE.has(tokens[start - 1]?.norm ?? '')) start--;
  const aside = tokens.slice(from + 1, start);
  return (
    tokens[from]?.norm === 'and' &&
    /^,$/.test(tokens[from]?.post ?? '') &&
    aside.length > 0 &&
    aside.length <= ASIDE_WORDS &&
    /,/.test(aside.at(-1)?.post ?? '') &&
    aside.slice(0, -1).every((t) => !/[,;:]/.test(t.post)) &&
    aside.every((t) => !t.capitalised && !t.tags.has('Verb')) &&
    !ctx.candidates.some((x) => x.start > from && x.start < c.start) &&
    !tokens[c.end]?.tags.has('Verb')
  );
}

/** How many words an aside inside a list may have ("to a lesser extent", "more recently", "above all"). */
const ASIDE_WORDS = 5;

/** How many words a description of an office before its holder may have ("the head of the Russian Orthodox Church"). */
const DESCRIPTION_LENGTH = 9;

/**
 * The words between a group's last member (ending at `from`) and candidate c that could join them, past titles,
 * determiners, states' adjectives and places ("Hamas and Lebanon-based Hezbollah": where a member is based is no
 * word between members).
 */
function wordsBetween(ctx: SentenceContext, from: number, c: Candidate): string[] {
  const tokens = ctx.s.tokens;
  return tokens
    .slice(from, c.start)
    .map((t) => t.norm)
    .filter(
      (w, d) =>
        !isTitleWord(w) &&
        !PERSON_DETERMINER.test(w) &&
        !ITEM_CIRCUMSTANCE.test(w) &&
        !ITEM_EPITHET.test(w) &&
        // ("between Israel and the militant group Hamas": the noun a member's name is apposed to.)
        !(APPOSED_NAME_HEAD.test(w) && from + d === c.start - 1) &&
        !isInHyphenBacker(ctx, from + d) &&
        !isInAllyOwner(ctx, from + d) &&
        !ctx.candidates.some(
          (x) => x.form === 'adjective' && x.start >= from && x.end <= c.start && tokens[x.start]?.norm === w,
        ) &&
        !ctx.places.some((x) => x.start <= from + d && x.end > from + d) &&
        !(w === 'based' && tokens[from + d - 1]?.post === '-'),
    );
}

const ALLY_NOUN = words(ALLY_NOUNS);

/** "U.S. ally the Philippines", "Russian ally Lukashenko": the actor an ally noun right after c names (c its owner). */
function allyNamedAfter(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  const tokens = ctx.s.tokens;
  if (!ALLY_NOUN.test(tokens[c.end]?.norm ?? '') || /[,;:]/.test(tokens[c.end]?.post ?? '')) return undefined;
  const next = tokens[c.end + 1]?.norm === 'the' ? c.end + 2 : c.end + 1;
  return ctx.candidates.find((x) => x.start === next && x.form !== 'adjective');
}

/** Whether c owns the ally an ally noun right after it names: whose ally a member is, no member itself. */
export function isAllyOwner(ctx: SentenceContext, c: Candidate): boolean {
  return allyNamedAfter(ctx, c) !== undefined;
}

/** Whether the word at p is an ally's owner or its ally noun ("U.S.", "ally"), no word between members. */
function isInAllyOwner(ctx: SentenceContext, p: number): boolean {
  return ctx.candidates.some((x) => x.start <= p && p <= x.end && isAllyOwner(ctx, x));
}

/** Whether the word at p is a backer of an "X-backed" or its participle ("Iran", "backed"), no word between members. */
function isInHyphenBacker(ctx: SentenceContext, p: number): boolean {
  return ctx.candidates.some((x) => x.start <= p && p <= x.end && isHyphenBacker(ctx.s.tokens, x));
}

/**
 * "and Pakistan's visiting Prime Minister Shehbaz Sharif", "met Lebanon's parliament Speaker Nabih Berri": the person of
 * a state's possessive, who is the one joined or reached (title and office words between; no preposition or comma:
 * "Russia's attack on President Zelensky" reaches Russia's deed, not him). A person's possessive owns a person too,
 * whose office or kin it names: "talks between Putin and Trump's special envoy Steve Witkoff", "met Witkoff and Trump's
 * national security adviser Mike Waltz", "met with Trump's son-in-law Jared Kushner" (the possessor met no one); but
 * only past the nouns of that office, no verb ("Netanyahu's office said Dermer met ..." is no office's holder).
 */
export function ownedPerson(ctx: SentenceContext, c: Candidate): Candidate | undefined {
  if (!c.possessive) return undefined;
  const tokens = ctx.s.tokens;
  const person = c.kind === 'PERSON';
  // (A preposition inside a hyphenated word is no preposition: "son-in-law".)
  const hyphened = (k: number) => tokens[k - 1]?.post === '-' && tokens[k]?.post === '-';
  return ctx.candidates.find(
    (x) =>
      x.kind === 'PERSON' &&
      x.start >= c.end &&
      x.start <= c.end + 4 &&
      tokens
        .slice(c.end, x.start)
        .every(
          (w, d) =>
            (!w.capitalised || isTitleWord(w.norm)) &&
            (!PREPOSITIONS.has(w.norm) || hyphened(c.end + d)) &&
            !/[,;:]/.test(w.post) &&
            !(person && isVerbNotTitle(w)),
        ),
  );
}

/** A word read only as a verb, not as a noun or adjective of an office: "said", "met" (not "lead", "envoy"). */
function isVerbNotTitle(w: Token): boolean {
  return w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective') && !isTitleWord(w.norm);
}

/**
 * "met with Wang Yi, China's foreign minister,": a description of an office set off by a comma right after a person;
 * "met with Steve Witkoff, Trump's special envoy,": so is a person's possessive and the office it owns (ownerOfOffice).
 */
export function isApposedDescription(ctx: SentenceContext, c: Candidate): boolean {
  if (!/,/.test(ctx.s.tokens[c.start - 1]?.post ?? '')) return false;
  if (!ctx.candidates.some((x) => x.end === c.start && x.kind === 'PERSON')) return false;
  return c.form === 'description' || officeOwnedEnd(ctx, c) >= 0;
}

/**
 * "Witkoff, US President Donald Trump's Middle East envoy, a meeting ...", "with Jared Kushner, Donald Trump's
 * son-in-law, and special envoy Steve Witkoff": a person's possessive, then the words of an office or kinship it owns
 * (no person named, no verb) up to a comma or the sentence's end, which describes the person before it; the index past
 * those words, or -1. (The possessor met no one: "Trump's envoy Steve Witkoff" names its person, see ownedPerson.)
 */
function officeOwnedEnd(ctx: SentenceContext, c: Candidate): number {
  const tokens = ctx.s.tokens;
  if (!c.possessive || c.kind !== 'PERSON') return -1;
  for (let k = c.end; k < tokens.length && k < c.end + OWNED_OFFICE_WORDS; k++) {
    const w = tokens[k];
    if (!w || isVerbNotTitle(w) || ctx.candidates.some((x) => x.start === k && x.kind === 'PERSON')) return -1;
    if (/[,;:.]/.test(w.post) || k === tokens.length - 1) return k + 1;
  }
  return -1;
}

/** How many words the office a person's possessive owns may have ("Middle East envoy", "senior adviser and son-in-law"). */
const OWNED_OFFICE_WORDS = 8;

/** Where the description of a member set off after it ends: past a person's office (officeOwnedEnd), else c's end. */
function apposedEnd(ctx: SentenceContext, c: Candidate): number {
  return Math.max(c.end, officeOwnedEnd(ctx, c));
}

/** How many title words ("United Nations Secretary-General") stand right before token k. */
function titlesBefore(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (n < k && tokens[k - 1 - n]?.norm !== 'with' && isTitleWord(tokens[k - 1 - n]?.norm ?? '')) n++;
  return n;
}

/**
 * "spoke with Brown, Harper and Abdullah, along with Ban Ki-moon": a companion preposition at p after the comma that
 * closes a list of two or more ("A, B and C,") adds a member to that list; it is no companion of the clause's subject.
 * ("Macron, along with Scholz, met Zelensky" and "met Zelensky together with Scholz" follow no closed list.)
 */
export function continuesList(ctx: SentenceContext, p: number): boolean {
  const tokens = ctx.s.tokens;
  if (!isCompanionPreposition(tokens, p) || tokens[p]?.norm !== 'with' || !/,/.test(tokens[p - 2]?.post ?? ''))
    return false;
  const members = ctx.candidates.filter((x) => x.form !== 'adjective' && x.end <= p - 1);
  const last = members.find((x) => x.end === p - 1);
  const before = members.filter((x) => last !== undefined && x.end <= last.start).at(-1);
  return last !== undefined && before !== undefined && wordsBetween(ctx, before.end, last).join(' ') === 'and';
}

/** "along with", "together with", "joined by", "accompanied by" at token p: a preposition of companions, no counterpart. */
export function isCompanionPreposition(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 1]?.norm ?? '';
  return (
    (tokens[p]?.norm === 'with' && COMPANION_WITH.test(before)) ||
    (tokens[p]?.norm === 'by' && COMPANION_BY.test(before))
  );
}

/**
 * "Macron, along with Scholz and Draghi, met Zelensky", "met Zelensky together with Scholz": the companions of the
 * subject of the clause that token `at` is in, who act with it.
 */
export function companions(ctx: SentenceContext, at: number): Candidate[] {
  return ctx.s.tokens.flatMap((_, p) => {
    if (ctx.clause[p] !== ctx.clause[at] || !isCompanionPreposition(ctx.s.tokens, p) || continuesList(ctx, p))
      return [];
    const first = candidateAfter(ctx, p, 2);
    return first ? group(ctx, first) : [];
  });
}

/**
 * "Sushma Swaraj called on President Mahmoud Abbas", "Hasina called on President Kovind and the two leaders discussed
 * trade": people called on (after the trigger's "on") who are asked nothing — no "to" or "for" after them — are
 * visited; "called on Putin to end the war" asks something of him.
 */
export function isVisitCalledOn(ctx: SentenceContext, t: Trigger): boolean {
  const first = candidateAfter(ctx, t.end - 1, 2);
  if (first?.kind !== 'PERSON') return false;
  const end = group(ctx, first).at(-1)?.end ?? first.end;
  return !REQUEST_LINK.test(ctx.s.tokens[end]?.norm ?? '');
}

/**
 * "discussed trade ties with Lula", "joint projects with Mitsotakis": a present-tense "-s" verb right after a lower-case
 * noun or adjective is the plural noun of that phrase (the tagger reads "ties" and "projects" as verbs after a noun).
 */
export function isPluralNounAfterModifier(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  const before = tokens[k - 1];
  return (
    x !== undefined &&
    before !== undefined &&
    x.tags.has('PresentTense') &&
    /[^s]s$/.test(x.norm) &&
    !x.capitalised &&
    !before.capitalised &&
    !before.tags.has('Verb') &&
    (before.tags.has('Noun') || before.tags.has('Adjective')) &&
    !/[,;:]/.test(before.post)
  );
}
