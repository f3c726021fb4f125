import { spanOf } from '../domain/dayBounds';
import { actorId } from '../domain/ids';
import type { PartialDate } from '../domain/partialDate';
import type { ExtractedActor, HeldRole } from '../domain/types';
import { loadGazetteer, roleAt, type Person, type Role, type RoleKind } from '../gazetteer';
import type { Mention } from './3-mentions';
import { affiliationNameOf, hasYear, knownPerson, oneNameOf, shortTitle } from './knownPeople';
import { matchOffice } from './roleTerms';

/**
 * Who held an office in a state on the article's date, by the gazetteer (src/gazetteer): "Modi held talks with his
 * Japanese counterpart" in an article of 2025-03-10 means the Prime Minister of Japan then, Shigeru Ishiba, though
 * the article never names him. Only a term the gazetteer's own dates cover counts (not one merely assumed to go on
 * after its source was compiled: Wikidata's foreign minister of 2022 may have left by 2025), and only when exactly
 * one person held it; otherwise the caller keeps the state.
 */

/** An office asked for: its kind, and a word its title must have (a president's counterpart is a president, no king). */
export interface OfficeWanted {
  kind: RoleKind;
  titleWord?: string;
}

/** The article's view of its actors, which an officeholder the events name joins. */
export interface ArticleActorMaps {
  mentions: readonly Mention[];
  actorOf: readonly (string | null)[];
  /** Kind per actor id, extended with each officeholder introduced. */
  kindOf: Map<string, string>;
  /** The state a person acts for, extended with each officeholder introduced. */
  affiliationOf: Map<string, string | null>;
}

/** A person's role, as the gazetteer dates it. */
export interface HeldBy {
  person: Person;
  role: Role;
}

/** Each role of a kind with its person, per list of people (the gazetteer's, or a test's); built on first use. */
const byKind = new WeakMap<readonly Person[], Map<RoleKind, HeldBy[]>>();

function rolesOfKind(people: readonly Person[], kind: RoleKind): readonly HeldBy[] {
  let index = byKind.get(people);
  if (!index) {
    index = new Map();
    for (const person of people)
      for (const role of person.roles) {
        const list = index.get(role.kind) ?? [];
        list.push({ person, role });
        index.set(role.kind, list);
      }
    byKind.set(people, index);
  }
  return index.get(kind) ?? [];
}

/** The extractor's actor id of what a role is of (a state's ISO3), as linking names it (knownPeople); kept per code. */
const stateIds = new Map<string, string | undefined>();

function stateIdOf(of: string): string | undefined {
  if (!stateIds.has(of)) {
    const name = affiliationNameOf(of);
    stateIds.set(of, name === undefined ? undefined : actorId(name));
  }
  return stateIds.get(of);
}

/** Whether the gazetteer's own dates put the date inside the role's term (roleAt reads them for that role alone). */
function isHeldOn(person: Person, role: Role, date: PartialDate): boolean {
  const held = roleAt({ ...person, roles: [role] }, date);
  return held?.status === 'current' && held.confirmed;
}

/** The people who held the office in the state (an actor id) on the date, each once, with the role they held it by. */
export function holdersOn(
  state: string,
  office: OfficeWanted,
  date: PartialDate,
  people: readonly Person[] = loadGazetteer().people,
): HeldBy[] {
  const word = office.titleWord?.toLowerCase();
  const found = rolesOfKind(people, office.kind).filter(
    ({ person, role }) =>
      stateIdOf(role.of) === state &&
      (word === undefined || role.title.toLowerCase().includes(word)) &&
      isHeldOn(person, role, date),
  );
  return found.filter((f, k) => found.findIndex((g) => g.person.id === f.person.id) === k);
}

/**
 * The officeholders an article's events name without the article naming them: each is the article's own actor when
 * the article names that person elsewhere, else an actor introduced here (its name spelt as linking spells the
 * person, so that one person stays one node across articles).
 */
export class Officeholders {
  private readonly introduced = new Map<string, ExtractedActor>();
  /** The article's actor for each gazetteer person it names (by gazetteer id). */
  private readonly named = new Map<string, string>();

  constructor(
    private readonly published: PartialDate | null,
    private readonly article: ArticleActorMaps,
  ) {
    article.mentions.forEach((m, k) => {
      const id = article.actorOf[k];
      if (m.known && id && !this.named.has(m.known.id)) this.named.set(m.known.id, id);
    });
  }

  /** The actor id of the one person who held the office in the state on the article's date; null if not one. */
  readonly holderOf = (state: string, office: OfficeWanted): string | null => {
    if (!hasYear(this.published)) return null;
    const [only, ...others] = holdersOn(state, office, this.published);
    if (!only || others.length > 0) return null;
    return this.named.get(only.person.id) ?? this.introduce(only.person, only.role, state);
  };

  /** The actors introduced that the events name as participants. */
  introducedIn(events: readonly { participants: readonly { actorId: string }[] }[]): ExtractedActor[] {
    const used = new Set(events.flatMap((e) => e.participants.map((p) => p.actorId)));
    return [...this.introduced.values()].filter((a) => used.has(a.id));
  }

  /** The actor of a person the article does not name, as linking would draft them; null if the name is ambiguous. */
  private introduce(person: Person, role: Role, state: string): string | null {
    const published = this.published;
    const known = published === null ? null : knownPerson(person.name, published);
    if (known?.id !== person.id) return null;
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;
    const name = oneNameOf(known);
    const id = actorId(name);
    // (An actor of that name the article already has, titled where linking met no gazetteer person, is that person.)
    if (this.article.kindOf.has(id)) return this.article.kindOf.get(id) === 'PERSON' ? id : null;
    const title = shortTitle(role);
    const office = title === null ? null : matchOffice(known, { title, of: state, tense: null }, published);
    const held: HeldRole | null = office && {
      title: office.title,
      of: state,
      from: spanOf(office.from).earliest,
      to: spanOf(office.to).latest,
    };
    const aliases = surname === name ? [] : [surname];
    this.introduced.set(id, { id, name, kind: 'PERSON', aliases, role: title, affiliation: state, held });
    this.article.kindOf.set(id, 'PERSON');
    this.article.affiliationOf.set(id, state);
    return id;
  }
}
