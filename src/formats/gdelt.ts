/**
 * GDELT 2.0 event exports (tab-separated, 61 columns, one event per line; the
 * layout of the GDELT Event Codebook V2.0) read into our events. Pure: lines in,
 * coded events and per-line outcomes out. Events of CAMEO codes the ontology does
 * not map, and events whose actors are not ours, are skipped with a reason.
 */
import { CAMEO_CODES } from '../domain/cameo';
import { defined, elementAt } from '../domain/guaranteed';
import { articleId, eventId } from '../domain/ids';
import { ONTOLOGY, relationTypeOfCameo, type RelationType } from '../domain/ontology';
import type { PartialDate } from '../domain/partialDate';
import type { ExtractedActor, Participant } from '../domain/types';
import type { EventToWrite, GraphToWrite } from '../graph/writer';
import { resolveCameoActor, type CameoActor } from './cameoActors';

export const GDELT_COLUMNS = 61;

/** Column positions of the fields we read (GDELT Event Codebook V2.0). */
const COLUMN = { id: 0, day: 1, actor1: 5, actor2: 15, eventCode: 26, actionGeo: 52, sourceUrl: 60 } as const;

export interface GdeltRow {
  line: number;
  globalEventId: string;
  /** SQLDATE, the date of the event, to the day. */
  date: PartialDate;
  actor1: CameoActor | null;
  actor2: CameoActor | null;
  eventCode: string;
  location: string | null;
  sourceUrl: string;
}

export type SkipKind = 'unmapped-code' | 'missing-actor' | 'unresolved-actor' | 'same-actor';

/** What became of one line: an event, a skip (a row we do not take) or a malformed line. */
export type LineOutcome =
  | { line: number; kind: 'event'; event: CodedEvent }
  | { line: number; kind: 'skipped'; skip: SkipKind; reason: string }
  | { line: number; kind: 'malformed'; reason: string };

export interface CodedEvent {
  globalEventId: string;
  type: RelationType;
  cameo: string;
  actors: ExtractedActor[];
  participants: Participant[];
  date: PartialDate;
  location: string | null;
  sourceUrl: string;
  /** Says where the event comes from, in place of the sentence a coded event does not have. */
  note: string;
}

/** The column at `at` of a line already checked to have GDELT_COLUMNS columns. */
const column = (cols: readonly string[], at: number): string =>
  elementAt(cols, at, `a GDELT line has ${GDELT_COLUMNS} columns`);

function actorAt(cols: readonly string[], at: number): CameoActor | null {
  const code = column(cols, at);
  if (code === '') return null;
  return {
    code,
    name: column(cols, at + 1),
    countryCode: column(cols, at + 2),
    knownGroupCode: column(cols, at + 3),
  };
}

function dayOf(sqlDate: string): PartialDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(sqlDate);
  if (m === null) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  // Round-trips only when the day exists (no 2025-02-30).
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : null;
}

/** One line as a row, or why it is not one. */
export function parseGdeltLine(
  text: string,
  line: number,
): { ok: true; row: GdeltRow } | { ok: false; reason: string } {
  const cols = text.replace(/\r$/, '').split('\t');
  if (cols.length !== GDELT_COLUMNS) {
    return { ok: false, reason: `${cols.length} columns, expected ${GDELT_COLUMNS} (a GDELT 2.0 event export)` };
  }
  const globalEventId = column(cols, COLUMN.id);
  if (!/^\d+$/.test(globalEventId))
    return { ok: false, reason: `GLOBALEVENTID is not a number: ${JSON.stringify(globalEventId)}` };
  const day = column(cols, COLUMN.day);
  const date = dayOf(day);
  if (date === null) return { ok: false, reason: `SQLDATE is not a YYYYMMDD date: ${JSON.stringify(day)}` };
  const eventCode = column(cols, COLUMN.eventCode);
  if (!/^\d{3,4}$/.test(eventCode))
    return { ok: false, reason: `EventCode is not a CAMEO code: ${JSON.stringify(eventCode)}` };
  const sourceUrl = column(cols, COLUMN.sourceUrl).trim();
  if (!/^https?:\/\/\S+$/.test(sourceUrl))
    return { ok: false, reason: `SOURCEURL is not a web address: ${JSON.stringify(sourceUrl)}` };
  return {
    ok: true,
    row: {
      line,
      globalEventId,
      date,
      actor1: actorAt(cols, COLUMN.actor1),
      actor2: actorAt(cols, COLUMN.actor2),
      eventCode,
      location: column(cols, COLUMN.actionGeo) || null,
      sourceUrl,
    },
  };
}

/** Actor1 and Actor2 as participants, in the roles the ontology gives the type. */
function participantsOf(type: RelationType, first: string, second: string): Participant[] {
  if (type === 'MEDIATION')
    return [
      { actorId: first, role: 'MEDIATOR' },
      { actorId: second, role: 'PARTY' },
    ];
  if (ONTOLOGY[type].symmetric)
    return [
      { actorId: first, role: 'PARTICIPANT' },
      { actorId: second, role: 'PARTICIPANT' },
    ];
  return [
    { actorId: first, role: 'SOURCE' },
    { actorId: second, role: 'TARGET' },
  ];
}

/** A row as one of our events, or why it is skipped. */
export function codeRow(row: GdeltRow): LineOutcome {
  const skipped = (skip: SkipKind, reason: string): LineOutcome => ({ line: row.line, kind: 'skipped', skip, reason });
  const type = relationTypeOfCameo(row.eventCode);
  if (type === null) return skipped('unmapped-code', `CAMEO ${row.eventCode} is not mapped to a relation type`);
  if (row.actor1 === null || row.actor2 === null)
    return skipped('missing-actor', `CAMEO ${row.eventCode} without ${row.actor1 === null ? 'Actor1' : 'Actor2'}`);
  const [first, second] = [resolveCameoActor(row.actor1), resolveCameoActor(row.actor2)];
  if (!first.ok) return skipped('unresolved-actor', `Actor1 ${first.reason}`);
  if (!second.ok) return skipped('unresolved-actor', `Actor2 ${second.reason}`);
  if (first.actor.id === second.actor.id)
    return skipped('same-actor', `Actor1 and Actor2 are both ${first.actor.name}`);
  const cameo = row.eventCode;
  const { name } = defined(CAMEO_CODES[cameo.slice(0, 3)], 'every CAMEO code the ontology maps is in CAMEO_CODES');
  return {
    line: row.line,
    kind: 'event',
    event: {
      globalEventId: row.globalEventId,
      type,
      cameo,
      actors: [first.actor, second.actor],
      participants: participantsOf(type, first.actor.id, second.actor.id),
      date: row.date,
      location: row.location,
      sourceUrl: row.sourceUrl,
      note:
        `No sentence: GDELT event ${row.globalEventId}, coded from this article as CAMEO ${cameo} "${name}" ` +
        `by ${first.actor.name} (${row.actor1.code}) with ${second.actor.name} (${row.actor2.code}).`,
    },
  };
}

/** Reads one line: malformed, skipped, or an event. */
export function readGdeltLine(text: string, line: number): LineOutcome {
  const parsed = parseGdeltLine(text, line);
  return parsed.ok ? codeRow(parsed.row) : { line, kind: 'malformed', reason: parsed.reason };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * Coded events as graphs to write, one per source article: its SOURCEURL is the
 * article (the id an ingested article with that URL has), and rows that code one
 * event of ours twice (042 by one side, 043 by the other) become one event.
 */
export function codedGraphs(events: readonly CodedEvent[], origin: string): GraphToWrite[] {
  const byUrl = new Map<string, CodedEvent[]>();
  for (const e of events) byUrl.set(e.sourceUrl, [...(byUrl.get(e.sourceUrl) ?? []), e]);
  return [...byUrl].map(([url, coded]) => {
    const merged = new Map<string, EventToWrite>();
    for (const e of coded) {
      const id = eventId(e.type, e.participants, e.date);
      const known = merged.get(id);
      if (known !== undefined) {
        known.evidence.push({ sentence: e.note });
        continue;
      }
      merged.set(id, {
        id,
        type: e.type,
        participants: e.participants,
        date: e.date,
        location: e.location,
        confidence: null,
        evidence: [{ sentence: e.note }],
      });
    }
    return {
      coded: true,
      article: { id: articleId(url), origin, title: null, url, source: hostOf(url), published: null },
      actors: [...new Map(coded.flatMap((e) => e.actors).map((a) => [a.id, a])).values()],
      events: [...merged.values()],
    };
  });
}
