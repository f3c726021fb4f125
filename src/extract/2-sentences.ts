import nlp from 'compromise';
import { elementAt } from '../domain/guaranteed';
import { KNOWN_NAME_TAG, NOT_NAME, NOT_NAME_TAGS, PERSON_TAGS, SENTENCE_OPENER } from './lexicon/names';
import { isSpelledFullName } from './knownPeople';
import { normalizeWord } from './normalizeWord';
import { ARTICLE } from './lexicon/determiners';
import { PREPOSITIONS } from './lexicon/grammar';

// (Kept here too: the tokens' `norm` is this module's, and most stages import it from here.)
export { normalizeWord };
import {
  BEFORE_PLURAL_OF_WORD,
  FINITE_S_VERB,
  NAME_SPELLED_VERBS,
  HYPHENATED_NOUNS,
  MODIFIER_NOUN,
  NAMED_GATHERING_NOUN,
  NOUN_OPENING_PREPOSITION,
  ORDER_ADVERB,
  PHRASAL_PARTICLE,
} from './lexicon/tagging';

/**
 * Sentences and tokens with character offsets into the body.
 * compromise runs ONCE over the whole body (its cost is the budget of the whole
 * pipeline); every later stage reads these tokens and never re-parses text.
 */

export interface Token {
  /** The word as written, without surrounding punctuation ("Trump’s"). */
  text: string;
  /** Lower case, curly apostrophes straightened, possessive "'s" removed ("trump"). */
  norm: string;
  start: number;
  end: number;
  /** Punctuation written before / after the word, whitespace trimmed ("“", ",", ".”"). */
  pre: string;
  post: string;
  possessive: boolean;
  capitalised: boolean;
  /** Inside quotation marks: someone's words, not the reporter's. */
  quoted: boolean;
  /** compromise's part-of-speech tags (Verb, Gerund, Person, City, ...). */
  tags: ReadonlySet<string>;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * The token at k of a span the caller has already bounded (a mention's [start, end), a name found by a scan). A
 * missing one means that bound is wrong: elementAt (src/domain/guaranteed.ts) throws naming the index, rather than
 * let a silent undefined flow on.
 */
export function tokenAt(tokens: readonly Token[], k: number): Token {
  return elementAt(tokens, k, 'tokenAt: a token of the span the caller bounded');
}

const OPEN_QUOTE = /[“«]|^"/;
const CLOSE_QUOTE = /[”»]|"$/;

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** compromise keeps "… failed.” He left." as one sentence; a closing quote after a full stop ends one. */
const QUOTED_STOP = /[.!?]["”’»]$/;

/** compromise reads "announced on X. It came" as the initial of a name ("George W. Bush"); a sentence opener after it ends one. */
const isLetterStop = (last: Token, next: string): boolean =>
  /^\p{Lu}$/u.test(last.text) && last.post === '.' && SENTENCE_OPENER.test(next);

/** The last two tokens added, or null before there are two. */
function lastTwo(tokens: readonly Token[]): [Token, Token] | null {
  const [a, b] = tokens.slice(-2);
  return a && b ? [a, b] : null;
}

/** The last three tokens added, or null before there are three. */
function lastThree(tokens: readonly Token[]): [Token, Token, Token] | null {
  const [a, b, c] = tokens.slice(-3);
  return a && b && c ? [a, b, c] : null;
}

/** A word compromise read otherwise, as a noun: plural when it ends in "s". */
const asNoun = (t: Token): Token => ({ ...t, tags: new Set(['Noun', t.norm.endsWith('s') ? 'Plural' : 'Singular']) });

/**
 * "fresh rounds of sanctions", "a series of strikes": compromise reads a plural noun after an adjective or article and
 * before "of" as a verb, which hides the event noun after it from the verb that governs it. Called as each token is
 * added, it corrects the one before (its next word is known only then).
 */
function nounBeforeOf(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last) return;
  const [before, word, of] = last;
  if (of.norm !== 'of' || !word.tags.has('Verb') || word.capitalised) return;
  if (!before.tags.has('Adjective') && !before.tags.has('Determiner') && !BEFORE_PLURAL_OF_WORD.test(before.norm))
    return;
  tokens[tokens.length - 2] = asNoun(word);
}

/** "cease-fire", "stand-off": a noun written in two tokens; the second is read as the one word the rules know. */
function hyphenatedNoun(tokens: Token[]): void {
  const last = lastTwo(tokens);
  if (!last) return;
  const [first, second] = last;
  const word = first.post === '-' ? HYPHENATED_NOUNS[`${first.norm} ${second.norm}`] : undefined;
  if (!word) return;
  // (The first half is part of the noun, no verb of its own: "a military stand-off".)
  tokens[tokens.length - 2] = asNoun(first);
  tokens[tokens.length - 1] = asNoun({ ...second, norm: word });
}

/** The tokens of the hyphen-joined chain that ends at `end` ("face-to-face": three), from its first. */
function hyphenChainStart(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k > 0 && tokens[k - 1]?.post === '-') k--;
  return k;
}

/**
 * "held face-to-face talks", "a four-eyed meeting": a hyphen-joined chain before a word is a compound modifier, but
 * compromise reads its last part as a verb ("to face talks"), which cuts the noun off from the verb that governs it.
 * When the chain stands after an article or possessive (an ordinal between them: "their first face-to-face meeting"),
 * or before a plain noun, its parts are adjectives and a gerund after an article's chain is the noun itself ("a
 * four-eyed meeting").
 */
function compoundModifier(tokens: Token[]): void {
  const end = tokens.length - 2;
  const last = tokens[end];
  const next = tokens[end + 1];
  if (!last || !next || last.post === '-' || tokens[end - 1]?.post !== '-' || next.capitalised) return;
  const start = hyphenChainStart(tokens, end);
  const chain = tokens.slice(start, end + 1);
  if (!chain.some((t) => t.tags.has('Verb'))) return;
  // ("their first face-to-face meeting", "a second in-person meeting": an ordinal between the article and the chain.)
  const ordinal = tokens[start - 1]?.tags.has('Ordinal') === true;
  const opener = tokens[ordinal ? start - 2 : start - 1];
  const afterArticle = opener !== undefined && (opener.tags.has('Determiner') || opener.tags.has('Possessive'));
  const beforeNoun = next.tags.has('Noun') && !next.tags.has('Verb');
  if (!afterArticle && !beforeNoun) return;
  tokens.splice(start, chain.length, ...chain.map((t) => ({ ...t, tags: new Set(['Adjective']) })));
  if (afterArticle && next.tags.has('Gerund')) tokens[end + 1] = asNoun(next);
}

/** "held back to back phone talks": compromise reads "back" as a verb, which hides the talks from "held"; it is an adverb. */
function backToBack(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last || last[0].norm !== 'back' || last[1].norm !== 'to' || last[2].norm !== 'back') return;
  tokens.splice(-3, 3, ...last.map((t) => ({ ...t, tags: new Set(['Adverb']) })));
}

/**
 * "carried out airstrikes", "clashes broke out between": compromise tags a phrasal verb's particle as a verb of its
 * own, which makes the noun after it (or the "between" after it) another verb's; it is part of the verb before it.
 */
function phrasalParticle(tokens: Token[]): void {
  const last = lastTwo(tokens);
  if (!last) return;
  const [verb, word] = last;
  if (!PHRASAL_PARTICLE.test(word.norm) || !word.tags.has('PhrasalVerb') || !verb.tags.has('Verb')) return;
  tokens[tokens.length - 1] = { ...word, tags: new Set(['Particle']) };
}

/** A present-tense verb in "-s" that may be a plural noun compromise misread ("launched airstrikes"). */
const isPresentS = (t: Token): boolean =>
  t.tags.has('PresentTense') &&
  t.norm.endsWith('s') &&
  !FINITE_S_VERB.test(t.norm) &&
  !t.tags.has('Auxiliary') &&
  !t.tags.has('Copula') &&
  !t.capitalised;

/**
 * "launched airstrikes", "carried out attacks", "Israeli warplanes launched": compromise reads many plural nouns as
 * verbs in "-s", but two finite verbs never stand side by side: a "-s" word next to a past tense is a plural noun
 * (its object after it, its subject before it).
 */
function pluralAmongVerbs(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last) return;
  const [before, word, after] = last;
  const past = (t: Token | undefined) => t !== undefined && t.tags.has('PastTense') && !t.tags.has('Auxiliary');
  if (isPresentS(after) && (past(word) || (word.tags.has('Particle') && past(before))))
    tokens[tokens.length - 1] = asNoun(after);
  if (isPresentS(word) && past(after) && !before.tags.has('Pronoun') && !before.tags.has('Verb'))
    tokens[tokens.length - 2] = asNoun(word);
}

/**
 * "places 25 percent tariffs on imports from Canada", "a ban on exports to Russia": compromise reads a plural noun right
 * after a preposition as a verb in "-s", which ends the noun phrase there and cuts the state after it ("from Canada") off
 * from the measure; no finite verb stands right after a preposition (lexicon/tagging.ts, NOUN_OPENING_PREPOSITION).
 */
function pluralAfterPreposition(tokens: Token[]): void {
  const last = lastTwo(tokens);
  if (!last) return;
  const [preposition, word] = last;
  // (Not a bare verb compromise also tags present, "in order to discuss", nor one in "-ss": neither is a plural.)
  const plural = isPresentS(word) && !word.tags.has('Infinitive') && !word.norm.endsWith('ss');
  if (NOUN_OPENING_PREPOSITION.test(preposition.norm) && plural) tokens[tokens.length - 1] = asNoun(word);
}

/**
 * "carried out air strikes on Hamas": a modifier noun compromise read as a bare verb, between a verb (or its particle)
 * and a noun, is a noun; "to air grievances", "will air the interview" keep their verb.
 */
function modifierNoun(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last) return;
  const [before, word, after] = last;
  if (!MODIFIER_NOUN.test(word.norm) || !word.tags.has('Verb') || !after.tags.has('Noun')) return;
  if (!(before.tags.has('Particle') || (before.tags.has('Verb') && !before.tags.has('Modal') && before.norm !== 'to')))
    return;
  tokens[tokens.length - 2] = asNoun(word);
}

/** Whether a token opens a noun phrase an "-ly" participle may modify: an article, possessive, adjective or preposition, or
 * a finite past verb whose object it is ("held closely watched talks"), never an auxiliary ("has repeatedly attacked"). */
const opensModifiedPhrase = (t: Token): boolean =>
  t.tags.has('Determiner') ||
  t.possessive ||
  t.tags.has('Adjective') ||
  t.tags.has('Preposition') ||
  (t.tags.has('PastTense') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));

/**
 * "held closely watched bilateral meetings with Netanyahu", "with the newly appointed Secretary of State Marco Rubio":
 * compromise reads the participle after an "-ly" adverb as a finite verb, which cuts the noun after it off from the verb
 * or preposition that governs it; inside a noun phrase it is an adjective. The phrase's opener decides: "Russia has
 * repeatedly attacked cities" and "Putin personally met Xi" keep their verb.
 */
function adverbParticiple(tokens: Token[]): void {
  const [opener, adverb, participle, next] = tokens.slice(-4);
  if (!opener || !adverb || !participle || !next) return;
  if (!adverb.tags.has('Adverb') || !adverb.norm.endsWith('ly') || participle.capitalised) return;
  if (!participle.tags.has('PastTense') || participle.tags.has('Auxiliary')) return;
  if (!(next.tags.has('Noun') || next.tags.has('Adjective')) || next.tags.has('Pronoun')) return;
  if (!opensModifiedPhrase(opener)) return;
  tokens[tokens.length - 2] = { ...participle, tags: new Set(['Adjective']) };
}

/**
 * "took part in such Quad talks": after a determiner and a name, compromise reads a gathering's plural noun as the
 * name's verb; a name after "the" or "such" is the noun's modifier ("The Kremlin talks" is rare, "the Quad talks" news).
 */
function gatheringAfterName(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last) return;
  const [determiner, name, word] = last;
  if (!determiner.tags.has('Determiner') || !name.capitalised || !name.tags.has('Noun')) return;
  if (!NAMED_GATHERING_NOUN.test(word.norm) || !word.tags.has('Verb')) return;
  tokens[tokens.length - 1] = asNoun(word);
}

/** The most words of a known full name whose first word knownNameOpener looks back to ("Kim Jong Un": three). */
const KNOWN_NAME_WORDS = 4;

/** Whether compromise's tags allow a word in a person's name: a name's tag, or no word class a name never has. */
export const isNameLike = (t: Token): boolean =>
  PERSON_TAGS.some((tag) => t.tags.has(tag)) || !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));

/** The tags of a known full name's words (knownNameOpener). */
const KNOWN_NAME_TAGS: readonly string[] = ['Noun', 'ProperNoun', 'Person', 'Singular', KNOWN_NAME_TAG];

/**
 * "To Lam met Xi Jinping", "talks with To Lam": compromise reads the first word of a name it does not know as the
 * word it also spells (the infinitive's "to"), which cuts the name in two for every stage after. When the capitalised
 * words just added complete a known full name (the gazetteer's) whose first word was so read, or is a word never in a
 * name (NOT_NAME), they are a person's, marked as a known name (KNOWN_NAME_TAG) for 3-mentions.ts.
 */
function knownNameOpener(tokens: Token[]): void {
  const last = tokens[tokens.length - 1];
  if (!last || !(last.capitalised || isHyphenTail(tokens)) || tokens.length < 2) return;
  for (let k = tokens.length - 2; k >= 0 && tokens.length - k <= KNOWN_NAME_WORDS; k--) {
    const word = elementAt(tokens, k, 'knownNameOpener: k within the tokens');
    if (!word.capitalised || /[,;:.!?]/.test(word.post) || word.possessive) return;
    if (isNameLike(word) && !NOT_NAME.test(word.norm)) continue;
    const span = tokens.slice(k);
    // ("To Lam's visit": the possessive is not the name's.)
    if (!isSpelledFullName(spelling(span).replace(/['’]s$/, ''))) return;
    tokens.splice(k, span.length, ...span.map((t) => ({ ...t, tags: new Set(KNOWN_NAME_TAGS) })));
    return;
  }
}

/**
 * Whether the last word hangs by a hyphen on a capitalised one before it: the lower-case half of a Korean given name
 * ("Park Geun-hye", whose "Park" opening a sentence compromise reads as the verb; "Moon Jae-in").
 */
function isHyphenTail(tokens: readonly Token[]): boolean {
  const [before, last] = tokens.slice(-2);
  return before !== undefined && last !== undefined && before.capitalised && before.post === '-';
}

/** The words as written, a hyphen kept where one joins two ("Park Geun-hye"), else one space apart. */
const spelling = (words: readonly Token[]): string =>
  words.map((t, k) => (k === words.length - 1 ? t.text : t.text + (t.post === '-' ? '-' : ' '))).join('');

/**
 * "The move drew criticism from Egypt", "Trump drew condemnation": compromise reads "drew" as the first name Drew even
 * in lower case, which hides the verb from every rule after; a first name never stands in lower case inside a
 * sentence, so the verb it also spells is read (NAME_SPELLED_VERBS).
 */
function nameSpelledVerb(tokens: Token[]): void {
  const word = tokens[tokens.length - 1];
  const tags = word === undefined ? undefined : NAME_SPELLED_VERBS[word.norm];
  if (!word || !tags || word.capitalised || !word.tags.has('FirstName')) return;
  tokens[tokens.length - 1] = { ...word, tags: new Set(tags) };
}

/** Corrections of compromise's tags, in the order they run as each token is added (each reads the last few tokens). */
/**
 * "The two leaders last spoke on June 14", "They last met in Bali": compromise reads "last" between a subject and its
 * past verb as a verb (or an adjective), which leaves the subject with a verb of its own before the trigger and no
 * event; there it is an adverb of the verb after it (ORDER_ADVERB). After a determiner it stays an adjective: "the last
 * attacked ship".
 */
function orderAdverb(tokens: Token[]): void {
  const last = lastThree(tokens);
  if (!last) return;
  const [subject, word, verb] = last;
  if (!ORDER_ADVERB.test(word.norm) || !subject.tags.has('Noun') || subject.tags.has('Determiner')) return;
  if (!verb.tags.has('PastTense') || verb.tags.has('Auxiliary') || verb.tags.has('Copula')) return;
  tokens[tokens.length - 2] = { ...word, tags: new Set(['Adverb']) };
}

/**
 * "held a telephone call on Friday with Putin": compromise reads "call on" as a phrasal verb even after "a telephone",
 * which hides the call from "held" and its "with" from the call. A bare verb right after an article and a singular noun
 * is no finite verb of that noun ("a spokesman call on" is no English; "the leaders call on" and "a spokesman called on"
 * are): it is a noun, and its particle, when a preposition, is one. Called as the particle is added.
 */
function determinedPhrasalNoun(tokens: Token[]): void {
  const [article, modifier, word, particle] = tokens.slice(-4);
  if (!article || !modifier || !word || !particle || !ARTICLE.test(article.norm)) return;
  if (!modifier.tags.has('Singular') || modifier.tags.has('Verb') || /,/.test(modifier.post)) return;
  const bareVerb =
    word.tags.has('PhrasalVerb') &&
    word.tags.has('Verb') &&
    !word.tags.has('PastTense') &&
    !word.tags.has('Gerund') &&
    !word.norm.endsWith('s');
  if (!bareVerb || !particle.tags.has('PhrasalVerb') || !PREPOSITIONS.has(particle.norm)) return;
  tokens.splice(-2, 2, asNoun(word), { ...particle, tags: new Set(['Preposition']) });
}

const TAG_CORRECTIONS: readonly ((tokens: Token[]) => void)[] = [
  nameSpelledVerb,
  nounBeforeOf,
  backToBack,
  phrasalParticle,
  determinedPhrasalNoun,
  pluralAmongVerbs,
  pluralAfterPreposition,
  hyphenatedNoun,
  compoundModifier,
  modifierNoun,
  adverbParticiple,
  gatheringAfterName,
  knownNameOpener,
  orderAdverb,
];

/** A term's text and punctuation, trimmed; "-U.S. President": an abbreviation's last dot, which compromise leaves outside the word after a hyphen, put back. */
function termText(term: Term): { text: string; pre: string; post: string } {
  const abbreviation = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(term.text) && term.post.startsWith('.');
  return {
    text: abbreviation ? `${term.text}.` : term.text,
    pre: term.pre.trim(),
    post: (abbreviation ? term.post.slice(1) : term.post).trim(),
  };
}

export function splitSentences(body: string): Sentence[] {
  const doc = nlp(body) as unknown as { document: Term[][] };
  const sentences: Sentence[] = [];
  let cursor = 0;
  let quoted = false;
  let tokens: Token[] = [];
  let sentenceEnd = 0;
  const close = () => {
    const first = tokens[0];
    if (first === undefined) return;
    const start = first.start - first.pre.length;
    sentences.push({ index: sentences.length, text: body.slice(start, sentenceEnd), start, end: sentenceEnd, tokens });
    tokens = [];
  };
  for (const terms of doc.document) {
    for (const term of terms) {
      if (term.text === '') continue; // compromise's implicit words ("can’t" → can + not)
      const start = body.indexOf(term.text, cursor);
      if (start < 0)
        throw new Error(
          `splitSentences: token ${JSON.stringify(term.text)} not found in the body after offset ${cursor}`,
        );
      const { text, pre, post } = termText(term);
      const end = start + text.length;
      if (OPEN_QUOTE.test(pre)) quoted = true;
      const last = tokens[tokens.length - 1];
      if (last && ((QUOTED_STOP.test(last.post) && /^\p{Lu}/u.test(term.text)) || isLetterStop(last, term.text)))
        close();
      tokens.push({
        text,
        norm: normalizeWord(text),
        start,
        end,
        pre,
        post,
        // "the United States' allies": compromise moves a plural possessive's apostrophe into the punctuation after.
        possessive: /['’]s$|s['’]$/i.test(text) || (/s$/i.test(text) && /^['’]/.test(post)),
        capitalised: /^\p{Lu}/u.test(text),
        quoted,
        tags: term.tags,
      });
      for (const correct of TAG_CORRECTIONS) correct(tokens);
      if (CLOSE_QUOTE.test(post)) quoted = false;
      cursor = end;
      sentenceEnd = end + (term.post.length - term.post.trimStart().length) + post.length;
    }
    close();
  }
  return sentences;
}
