/**
 * Nothing unproven gets in. A model's event is kept only when its evidence occurs in the article (after whitespace
 * and quote normalisation: normalize.ts), mapped back to the article's own sentence, and every participant is an
 * actor our own linking found in the article (4-link.ts: the gazetteer, one name per person) or is named in that
 * sentence. The date is never the model's: it is what our date stage (5-dates.ts) read in the evidence sentence,
 * against the publication date. What is dropped, and why, is returned for the run's report.
 */
import { actorId } from '../domain/ids';
import { ACTOR_KINDS, type ActorKind } from '../domain/ontology';
import type { ExtractedActor, Participant } from '../domain/types';
import type { ArticleReading } from '../extract';
import { phraseKey, STATE_GAZETTEER } from '../extract/countries';
import type { EventMention } from '../extract/6-events';
import { knownPerson, oneNameOf } from '../extract/knownPeople';
import { ORGANISATION_GAZETTEER } from '../extract/organisations';
import { findQuote, foldName, isNamedIn, normalise, type NormalisedText } from './normalize';
import type { DropReason } from './report';
import { rolesOf, type Answer, type AnswerActor, type AnswerEvent } from './schema';

/**
 * The confidence of a model's event: below the rules' usual 0.8-0.9, since no rule vouches for how the sentence
 * reads, and above a reported one's, since its sentence, actors and date were checked.
 */
export const LLM_CONFIDENCE = 0.7;
/** The rule id an evaluation reports for a model's event (`npm run eval -- --by-rule`). */
export const LLM_RULE = 'llm';
/** Fewer words than this is a phrase, not a sentence: too short to say which sentence it is. */
const MIN_EVIDENCE_WORDS = 3;

export interface Grounded {
  mentions: EventMention[];
  actors: ExtractedActor[];
  dropped: DropReason[];
}

/** The article's actors by every name the article gives them, and the actors the model adds, by id. */
class Actors {
  private readonly byName = new Map<string, string>();
  readonly added = new Map<string, ExtractedActor>();
  readonly linked: ReadonlyMap<string, ExtractedActor>;

  constructor(private readonly reading: ArticleReading) {
    this.linked = new Map(reading.actors.map((a) => [a.id, a]));
    for (const a of reading.actors) for (const n of [a.name, ...a.aliases]) this.name(n, a.id);
    reading.mentions.forEach((m, k) => {
      const id = reading.actorOf[k];
      if (id) for (const n of [m.surface, m.name]) this.name(n, id);
    });
  }

  private name(name: string, id: string): void {
    const key = foldName(name);
    if (!this.byName.has(key)) this.byName.set(key, id);
  }

  /** The actor a name stands for in the article, or null. */
  linkedId(name: string): string | null {
    return this.byName.get(foldName(name)) ?? null;
  }

  /**
   * The actor of the one linked mention in the evidence whose name has `name` among its words ("Lula" in "Luiz
   * Inacio Lula da Silva"), or null: none, or several actors.
   */
  withinMention(name: string, sentences: ReadonlySet<number>): string | null {
    const ids = new Set<string>();
    this.reading.mentions.forEach((m, k) => {
      const id = this.reading.actorOf[k];
      if (id && sentences.has(m.sentence) && isNamedIn(name, m.name)) ids.add(id);
    });
    const [only, ...others] = ids;
    return only !== undefined && others.length === 0 ? only : null;
  }

  /** The id of an actor the model names that our linking did not find, made from the gazetteers if they know it. */
  add(name: string, listed: AnswerActor | undefined): string | null {
    const entry = STATE_GAZETTEER.get(phraseKey(name)) ?? ORGANISATION_GAZETTEER.get(phraseKey(name));
    if (entry) return this.linkedId(entry.actor) ?? this.put({ ...blank(entry.actor, entry.kind) });
    if (listed === undefined || !(ACTOR_KINDS as readonly string[]).includes(listed.kind)) return null;
    if (listed.kind !== 'PERSON') return this.put(blank(name, listed.kind));
    const known = knownPerson(name, this.reading.article.published);
    if (known === null) return this.put({ ...blank(name, 'PERSON'), role: this.titleOf(listed) });
    const full = oneNameOf(known);
    const affiliation = known.affiliation === null ? null : this.affiliationId(known.affiliation);
    return this.linkedId(full) ?? this.put({ ...blank(full, 'PERSON'), role: known.role, affiliation });
  }

  /** A title the model gives is kept only when the article writes it. */
  private titleOf(listed: AnswerActor): string | null {
    return listed.title !== null && isNamedIn(listed.title, this.reading.article.body) ? listed.title : null;
  }

  private affiliationId(name: string): string {
    const kind = ORGANISATION_GAZETTEER.has(phraseKey(name)) ? 'ORGANIZATION' : 'STATE';
    return this.linkedId(name) ?? this.put(blank(name, kind));
  }

  private put(actor: ExtractedActor): string {
    if (!this.added.has(actor.id) && !this.linked.has(actor.id)) this.added.set(actor.id, actor);
    this.name(actor.name, actor.id);
    return actor.id;
  }
}

const blank = (name: string, kind: ActorKind): ExtractedActor => ({
  id: actorId(name),
  name,
  kind,
  aliases: [],
  role: null,
  affiliation: null,
});

/** Where the evidence lies: the article's sentences it covers, or null when it is not in the article. */
function locate(reading: ArticleReading, body: NormalisedText, evidence: string) {
  if (normalise(evidence).text.split(' ').length < MIN_EVIDENCE_WORDS) return null;
  const found = findQuote(body, evidence);
  if (found === null) return null;
  const covered = reading.sentences.filter((s) => s.start < found.end && s.end > found.start);
  const [first] = covered;
  const last = covered.at(-1);
  if (first === undefined || last === undefined) return null;
  return {
    first,
    indices: new Set(covered.map((s) => s.index)),
    text: reading.article.body.slice(first.start, last.end),
  };
}

type Located = NonNullable<ReturnType<typeof locate>>;

/** The participants with their roles, once each, or null when the roles do not fit the type (schema.ts rolesOf). */
function fitRoles(event: AnswerEvent, ids: readonly string[]): Participant[] | null {
  const allowed = rolesOf(event.type);
  const out: Participant[] = [];
  event.participants.forEach((p, k) => {
    const id = ids[k];
    // A symmetric type's participants are all PARTICIPANT: a SOURCE and TARGET there say only who came first.
    const role = allowed.length === 1 ? 'PARTICIPANT' : p.role;
    if (id !== undefined && !out.some((q) => q.actorId === id)) out.push({ actorId: id, role });
  });
  const rolesFit = out.every((p) => allowed.includes(p.role)) && allowed.every((r) => out.some((p) => p.role === r));
  return out.length >= 2 && rolesFit ? out : null;
}

/** Our date stage's date of the evidence: the one the model's date phrase names, else the sentence's only one. */
function dateOf(reading: ArticleReading, at: Located, phrase: string | null): string | null {
  const dates = reading.dates.filter((d) => at.indices.has(d.sentence));
  const textOf = (d: (typeof dates)[number]) => {
    const tokens = reading.sentences[d.sentence]?.tokens ?? [];
    return reading.article.body.slice(tokens[d.start]?.start ?? 0, tokens[d.end - 1]?.end ?? 0);
  };
  if (phrase !== null) {
    const named = dates.find((d) => isNamedIn(textOf(d), phrase) || isNamedIn(phrase, textOf(d)));
    if (named) return named.date;
  }
  const [only, ...others] = dates;
  return only !== undefined && others.length === 0 ? only.date : null;
}

function groundEvent(
  reading: ArticleReading,
  body: NormalisedText,
  actors: Actors,
  listed: ReadonlyMap<string, AnswerActor>,
  event: AnswerEvent,
): EventMention | DropReason {
  const at = locate(reading, body, event.evidence);
  if (at === null) return 'evidence not found';
  const ids: string[] = [];
  for (const p of event.participants) {
    const id = isNamedIn(p.name, at.text)
      ? (actors.linkedId(p.name) ??
        actors.withinMention(p.name, at.indices) ??
        actors.add(p.name, listed.get(foldName(p.name))))
      : actors.linkedId(p.name);
    if (id === null) return 'unknown participant';
    ids.push(id);
  }
  const participants = fitRoles(event, ids);
  if (participants === null) return 'roles do not fit the type';
  const { first } = at;
  const inLead = reading.newsDay !== null && first.index < reading.newsDay.sentences;
  return {
    type: event.type,
    participants,
    date: dateOf(reading, at, event.datePhrase),
    location: null,
    confidence: LLM_CONFIDENCE,
    evidence: { sentence: first.text, start: first.start, end: first.end },
    ...(inLead && reading.newsDay ? { leadDate: reading.newsDay.day } : {}),
    rule: LLM_RULE,
  };
}

/** The actors to write: those of the kept events and those the model lists that the article's linking knows. */
function actorsToWrite(
  actors: Actors,
  mentions: readonly EventMention[],
  answers: readonly Answer[],
): ExtractedActor[] {
  const wanted = new Set(mentions.flatMap((m) => m.participants.map((p) => p.actorId)));
  for (const a of answers.flatMap((x) => x.actors)) {
    const id = actors.linkedId(a.name);
    if (id !== null) wanted.add(id);
  }
  const all = [...actors.linked.values(), ...actors.added.values()];
  // A person's affiliation is an actor too (the writer links the role to it).
  for (const a of all) if (wanted.has(a.id) && a.affiliation !== null) wanted.add(a.affiliation);
  return all.filter((a) => wanted.has(a.id));
}

/** The events of the answers (one per piece of the article) that stand, and the article's actors they involve. */
export function groundAnswers(reading: ArticleReading, answers: readonly Answer[]): Grounded {
  const body = normalise(reading.article.body);
  const actors = new Actors(reading);
  const listed = new Map(answers.flatMap((a) => a.actors).map((a) => [foldName(a.name), a]));
  const mentions: EventMention[] = [];
  const dropped: DropReason[] = [];
  for (const event of answers.flatMap((a) => a.events)) {
    const grounded = groundEvent(reading, body, actors, listed, event);
    if (typeof grounded === 'string') dropped.push(grounded);
    else mentions.push(grounded);
  }
  return { mentions, actors: actorsToWrite(actors, mentions, answers), dropped };
}
