/**
 * The two files the evaluation compares, read from parsed JSON: a hand-labelled gold
 * file and the extractor's prediction for the same article (docs/EVALUATION.md).
 * Readers check the fields the scorer relies on and fill absent optional ones, so
 * the scoring code never has to.
 */
import { isJsonObject } from '../domain/json';

export interface GoldActor {
  name: string;
  aliases: string[];
  /** The name of the state (or organisation) a person acts for: the target of roll-ups. */
  affiliation: string | null;
}

/** What matching needs of an edge, gold or predicted. */
export interface EdgeEnds {
  type: string;
  source: string;
  target: string;
  /** MEDIATION only: the parties the mediator stands between. */
  parties: string[];
}

export interface GoldEdge extends EdgeEnds {
  date: string | null;
  evidence: string;
}

export interface Gold {
  actors: GoldActor[];
  edges: GoldEdge[];
  /** Edges that are neither right nor wrong when predicted. */
  acceptable: EdgeEnds[];
}

export interface PredictedActor {
  id: string | null;
  name: string;
  aliases: string[];
}

export interface PredictedEdge extends EdgeEnds {
  date: string | null;
  evidence: string;
  /** The id of the extraction rule that produced the edge, when the extractor says. */
  rule: string | null;
}

export interface Prediction {
  actors: PredictedActor[];
  edges: PredictedEdge[];
}

export const EMPTY_PREDICTION: Prediction = { actors: [], edges: [] };

type Json = Record<string, unknown>;

function fail(where: string, contract: string, value: unknown): never {
  throw new Error(`${where}: expected ${contract}, got ${JSON.stringify(value) ?? String(value)}`);
}

function objectAt(value: unknown, where: string): Json {
  return isJsonObject(value) ? value : fail(where, 'an object', value);
}

/** An optional list: absent or null reads as empty. */
function listAt(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(where, 'a list', value);
}

function textAt(value: unknown, where: string): string {
  return typeof value === 'string' ? value : fail(where, 'a string', value);
}

/** An optional string: absent, null and empty all read as null. */
function optionalTextAt(value: unknown, where: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  return textAt(value, where);
}

function textsAt(value: unknown, where: string): string[] {
  return listAt(value, where).map((item, i) => textAt(item, `${where}[${i}]`));
}

function readEnds(value: unknown, where: string): EdgeEnds {
  const edge = objectAt(value, where);
  return {
    type: textAt(edge.type, `${where}.type`),
    source: textAt(edge.source, `${where}.source`),
    target: textAt(edge.target, `${where}.target`),
    parties: textsAt(edge.parties, `${where}.parties`),
  };
}

/** A gold file; `where` names it in errors. Gold types and names are taken as written. */
export function readGold(value: unknown, where: string): Gold {
  const gold = objectAt(value, where);
  const actors = listAt(gold.actors, `${where}.actors`).map((item, i) => {
    const at = `${where}.actors[${i}]`;
    const actor = objectAt(item, at);
    return {
      name: textAt(actor.name, `${at}.name`),
      aliases: textsAt(actor.aliases, `${at}.aliases`),
      affiliation: optionalTextAt(actor.affiliation, `${at}.affiliation`),
    };
  });
  const edges = listAt(gold.edges, `${where}.edges`).map((item, i) => {
    const at = `${where}.edges[${i}]`;
    const edge = objectAt(item, at);
    return {
      ...readEnds(edge, at),
      date: optionalTextAt(edge.date, `${at}.date`),
      evidence: optionalTextAt(edge.evidence, `${at}.evidence`) ?? '',
    };
  });
  const acceptable = listAt(gold.acceptable, `${where}.acceptable`).map((item, i) =>
    readEnds(item, `${where}.acceptable[${i}]`),
  );
  return { actors, edges, acceptable };
}

/** A prediction file; types are compared upper-cased, so they are read that way. */
export function readPrediction(value: unknown, where: string): Prediction {
  const prediction = objectAt(value, where);
  const actors = listAt(prediction.actors, `${where}.actors`).map((item, i) => {
    const at = `${where}.actors[${i}]`;
    const actor = objectAt(item, at);
    return {
      id: optionalTextAt(actor.id, `${at}.id`),
      name: textAt(actor.name, `${at}.name`),
      aliases: textsAt(actor.aliases, `${at}.aliases`),
    };
  });
  const edges = listAt(prediction.edges, `${where}.edges`).map((item, i) => {
    const at = `${where}.edges[${i}]`;
    const edge = objectAt(item, at);
    const ends = readEnds(edge, at);
    return {
      ...ends,
      type: ends.type.toUpperCase(),
      date: optionalTextAt(edge.date, `${at}.date`),
      evidence: optionalTextAt(edge.evidence, `${at}.evidence`) ?? '',
      rule: optionalTextAt(edge.rule, `${at}.rule`),
    };
  });
  return { actors, edges };
}
