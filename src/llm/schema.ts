/**
 * The JSON Schema of a model's answer, generated from the ontology (src/domain/ontology.ts): its relation types,
 * participant roles and actor kinds are read from there, never listed again. The same schema goes to the endpoint
 * (structured output) and to the validator (validate.ts), so what is asked is what is checked. It keeps to the
 * keywords that OpenAI's strict mode, Ollama and llama.cpp's grammar all take: type, properties, required,
 * additionalProperties false, enum, items and description.
 */
import { createHash } from 'node:crypto';
import {
  ACTOR_KINDS,
  ONTOLOGY,
  PARTICIPANT_ROLES,
  RELATION_TYPES,
  type ActorKind,
  type ParticipantRole,
  type RelationType,
} from '../domain/ontology';

export interface AnswerActor {
  name: string;
  kind: ActorKind;
  title: string | null;
  affiliation: string | null;
}

export interface AnswerParticipant {
  name: string;
  role: ParticipantRole;
}

export interface AnswerEvent {
  type: RelationType;
  participants: AnswerParticipant[];
  /** The words of the evidence that date the event, as written ("on Monday"); never a date the model works out. */
  datePhrase: string | null;
  /** The sentence of the article that states the event, copied exactly. */
  evidence: string;
}

export interface Answer {
  actors: AnswerActor[];
  events: AnswerEvent[];
}

/**
 * The roles an event of a type takes (docs/ARCHITECTURE.md, "The ontology"): a symmetric type's participants are
 * PARTICIPANT, a mediation's MEDIATOR and PARTY, any other directed type's SOURCE and TARGET.
 */
export function rolesOf(type: RelationType): readonly ParticipantRole[] {
  if (ONTOLOGY[type].symmetric) return ['PARTICIPANT'];
  return type === 'MEDIATION' ? ['MEDIATOR', 'PARTY'] : ['SOURCE', 'TARGET'];
}

const text = (description: string) => ({ type: 'string', description });
const textOrNull = (description: string) => ({ type: ['string', 'null'], description });
const oneOf = (values: readonly string[], description: string) => ({ type: 'string', enum: [...values], description });
const record = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

export function answerSchema(): Record<string, unknown> {
  const actor = record({
    name: text('the fullest name the article gives, as written'),
    kind: oneOf(ACTOR_KINDS, 'what the actor is'),
    title: textOrNull("a person's title as the article writes it (Foreign Minister), else null"),
    affiliation: textOrNull('the state or organisation the title is held in, as named in the article, else null'),
  });
  const participant = record({
    name: text('the name of one of the actors listed, as written there'),
    role: oneOf(PARTICIPANT_ROLES, 'its role in the event'),
  });
  const event = record({
    type: oneOf(RELATION_TYPES, 'the relation type'),
    participants: { type: 'array', items: participant },
    datePhrase: textOrNull('the words of the evidence sentence that date the event, copied exactly, else null'),
    evidence: text('the one sentence of the article that states the event, copied exactly'),
  });
  return record({ actors: { type: 'array', items: actor }, events: { type: 'array', items: event } });
}

/** A short digest of the schema: a changed ontology is a changed question, so cached answers no longer count. */
export function schemaDigest(): string {
  return createHash('sha256').update(JSON.stringify(answerSchema())).digest('hex').slice(0, 12);
}
