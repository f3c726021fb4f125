import { spanOf } from '../domain/dayBounds';
import { actorId } from '../domain/ids';
import type { PartialDate } from '../domain/partialDate';
import {
  HYPHENED_TENSE_WORDS,
  OPEN_TERM,
  ROLE_TENSE_WORDS,
  mayBeOneTerm,
  narrowTerm,
  readTitle,
  tenseTerm,
  type RoleTense,
  type Term,
} from '../domain/roleTerms';
import type { ExtractedActor, HeldRole } from '../domain/types';
import { comparePartial } from '../gazetteer/dates';
import type { Sentence } from './2-sentences';
import type { Mention } from './3-mentions';
import type { KnownOffice, KnownPerson } from './knownPeople';

/**
 * The term each person's role was held, where known (src/domain/roleTerms.ts): the gazetteer's dated office that
 * the title and state name, chosen by the article's date and words ("former US President Donald Trump" in 2022
 * is the term of 2017-01-20 to 2021-01-20), narrowed by what the words say ("former": ended by publication).
 * A pure step after linking; it changes no actor's role or affiliation, only adds `held`.
 */

/** The tense of a person mention's title: inside it ("former President"), or the word just before it ("Former US President"). */
export function tenseOf(m: Mention, sentences: readonly Sentence[]): RoleTense | null {
  if (m.role === null) return null;
  const inTitle = readTitle(m.role).tense;
  if (inTitle !== null) return inTitle;
  const before = sentences[m.sentence]?.tokens[m.start - 1];
  const tense = before === undefined ? undefined : ROLE_TENSE_WORDS[before.norm];
  if (before === undefined || tense === undefined) return null;
  // ("then-Secretary of State", not "Trump then met"; "former US President", not "the former, President X".)
  const hyphened = before.post === '-';
  if (HYPHENED_TENSE_WORDS.includes(before.norm) ? !hyphened : before.post !== '') return null;
  return tense;
}

/** Titles compare in lower case, hyphen or space alike, a leading "Federal" aside ("Federal Chancellor"). */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .replace(/^federal /, '')
    .trim();

/** Whether the office has ended by the date (its last day is no later, at the precision both have). */
const hasEnded = (o: KnownOffice, date: PartialDate) => o.to !== null && comparePartial(o.to, date) <= 0;
const hasBegun = (o: KnownOffice, date: PartialDate) => o.from === null || comparePartial(o.from, date) <= 0;
const byFrom = (a: KnownOffice, b: KnownOffice) => (a.from ?? '').localeCompare(b.from ?? '');
const byTo = (a: KnownOffice, b: KnownOffice) => (a.to ?? '').localeCompare(b.to ?? '');

/**
 * Which of the matching offices the article means, by its date and the title's tense: "former" and "then-" the last
 * one ended by then; "incoming" the first one not begun; otherwise the one in force, else the last ended ("President
 * Trump" in 2022, as Americans go on calling him).
 */
function officeMeant(offices: readonly KnownOffice[], tense: RoleTense | null, date: PartialDate): KnownOffice | null {
  const ended = offices.filter((o) => hasEnded(o, date)).sort(byTo);
  const inForce = offices.filter((o) => hasBegun(o, date) && !hasEnded(o, date)).sort(byFrom);
  const upcoming = offices.filter((o) => !hasBegun(o, date)).sort(byFrom);
  if (tense === 'incoming') return upcoming[0] ?? null;
  if (tense === 'former' || tense === 'then') return ended.at(-1) ?? inForce.at(-1) ?? null;
  return inForce.at(-1) ?? ended.at(-1) ?? null;
}

/** The office of the known person with that title (and in that state, if given) that the article means, if any. */
export function matchOffice(
  known: KnownPerson,
  role: { title: string; of: string | null; tense: RoleTense | null },
  published: PartialDate | null,
): KnownOffice | null {
  const fits = known.offices.filter(
    (o) => titleKey(o.title) === titleKey(role.title) && (role.of === null || actorId(o.of) === role.of),
  );
  if (published === null || !/^\d{4}/.test(published)) return fits.length === 1 ? (fits[0] ?? null) : null;
  return officeMeant(fits, role.tense, published);
}

/** A gazetteer office's term, loosely: from the first day its start spans to the last day its end spans. */
const officeTerm = (o: KnownOffice): Term => ({ from: spanOf(o.from).earliest, to: spanOf(o.to).latest });

/** The person's mentions in the article, in order. */
const mentionsOf = (id: string, mentions: readonly Mention[], actorOf: readonly (string | null)[]) =>
  mentions.filter((m, k) => actorOf[k] === id && m.kind === 'PERSON');

/**
 * The role a person's actor holds, as the graph keeps it: the title without its tense word, where (the affiliation,
 * else the office's state if the article names it), and the term. The gazetteer's dates win over words that
 * contradict them; words narrow them otherwise. Null when no state or organisation is known to hold it in.
 */
function heldRoleOf(
  actor: ExtractedActor & { role: string },
  own: readonly Mention[],
  context: { sentences: readonly Sentence[]; published: PartialDate | null; actorIds: ReadonlySet<string> },
): HeldRole | null {
  const read = readTitle(actor.role);
  // The mention that gave the actor its role says its tense; else the gazetteer's "former President" does.
  const titled = own.find((m) => m.role === actor.role);
  const tense = (titled && tenseOf(titled, context.sentences)) ?? read.tense;
  const known = own.find((m) => m.known !== null)?.known ?? null;
  const office = known && matchOffice(known, { title: read.title, of: actor.affiliation, tense }, context.published);
  const officeOf = office ? actorId(office.of) : null;
  const of = actor.affiliation ?? (officeOf !== null && context.actorIds.has(officeOf) ? officeOf : null);
  if (of === null) return null;
  const words = tenseTerm(tense, context.published);
  const dated = office ? officeTerm(office) : OPEN_TERM;
  const term = mayBeOneTerm(dated, words) ? narrowTerm(dated, words) : dated;
  return { title: office?.title ?? read.title, of, ...term };
}

/** The actors, each person with a role given the role's term as the graph keeps it (`held`). */
export function withHeldRoles(
  actors: readonly ExtractedActor[],
  mentions: readonly Mention[],
  actorOf: readonly (string | null)[],
  sentences: readonly Sentence[],
  published: PartialDate | null,
): ExtractedActor[] {
  const context = { sentences, published, actorIds: new Set(actors.map((a) => a.id)) };
  return actors.map((a) =>
    a.kind !== 'PERSON' || a.role === null
      ? a
      : { ...a, held: heldRoleOf({ ...a, role: a.role }, mentionsOf(a.id, mentions, actorOf), context) },
  );
}
