import type { ActorKind, ParticipantRole, RelationType } from './ontology';
import type { Day } from './dayBounds';
import type { PartialDate } from './partialDate';

/** An article as read from a file: front matter plus body. */
export interface ArticleInput {
  /** Deterministic id (from the URL when there is one, else from the file name). */
  id: string;
  /** Where it came from (file name), for messages. */
  origin: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: PartialDate | null;
  body: string;
}

/** An article handed over as text and fields (the ingest mutation), not as a file. */
export interface ArticleSubmission {
  text: string;
  title?: string | null;
  url?: string | null;
  published?: PartialDate | null;
  source?: string | null;
}

export interface ExtractedActor {
  /** Deterministic, from the canonical name: "donald-trump". */
  id: string;
  name: string;
  kind: ActorKind;
  /** Every other surface form seen for this actor ("Trump", "Moscow"). */
  aliases: string[];
  /** Title of a person ("Foreign Minister"). */
  role: string | null;
  /** Actor id of the state or organisation the role is held in. */
  affiliation: string | null;
  /**
   * The role as the graph keeps it (HOLDS_ROLE): its bare title, where, and the term it was held, where known
   * (src/extract/roleTerms.ts). Null: no role to keep. Absent (producers other than the extractor): `role` in
   * `affiliation`, open on both sides.
   */
  held?: HeldRole | null;
}

/** A title a person holds in a state or organisation, and its first and last day (ISO days, null: unknown). */
export interface HeldRole {
  title: string;
  /** Actor id of the state or organisation. */
  of: string;
  from: Day | null;
  to: Day | null;
}

export interface Participant {
  actorId: string;
  role: ParticipantRole;
}

export interface Evidence {
  sentence: string;
  /** Character offsets of the sentence in the article body. */
  start: number;
  end: number;
}

export interface ExtractedEvent {
  /** Deterministic: type + sorted participants + date (see domain/ids). */
  id: string;
  type: RelationType;
  /** Ordered as the text gives them: the first is the source of a directed type. */
  participants: Participant[];
  date: PartialDate | null;
  location: string | null;
  confidence: number;
  evidence: Evidence[];
  /**
   * The first and the last ISO day ("2025-02-18") on which it can have happened, null where unknown: the days its
   * date spans, no later than its article's publication, and within what ordering words say ("Lavrov later briefed
   * Araghchi", after a meeting of Feb. 18). Set by the extractor's last stage (src/extract/9-bounds.ts).
   */
  earliest?: Day | null;
  latest?: Day | null;
  /**
   * Debug: the id of the trigger rule (src/extract/6-events/triggers.ts) whose mention is the first evidence, `+implied` and
   * the like for an event a rule's event implies. Read by the evaluation only; nothing writes it to the graph.
   */
  rule?: string;
  /** Debug: the ids of every rule whose mention merged into this event, the first evidence's first. */
  rules?: string[];
}

export interface ExtractedGraph {
  article: ArticleInput;
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  /** Non-fatal problems worth telling the user ("no publication date: years unknown"). */
  warnings: string[];
}
