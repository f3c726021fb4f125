/**
 * What the model is asked. PROMPT_VERSION names the wording: change the wording, change the version, and cached
 * answers to the old question are not reused (cache.ts keys by it).
 */
import { ACTOR_KINDS, RELATION_TYPES, type RelationType } from '../domain/ontology';
import type { PartialDate } from '../domain/partialDate';
import { rolesOf } from './schema';

export const PROMPT_VERSION = 'events-v1';

/** What each relation type means, for the model; typed by the ontology, so a new type cannot be left out. */
const MEANING: Readonly<Record<RelationType, string>> = {
  CALL: 'a phone or video call between them',
  MEETING: 'they met in person (talks, a visit, a summit, a reception)',
  MEDIATION: 'the MEDIATOR brokered or hosted talks between the PARTY actors',
  ALLIANCE: 'a standing alliance, partnership or defence pact between them',
  NEGOTIATION: 'they negotiated (talks about a deal, a ceasefire, terms)',
  BRIEFING: 'the SOURCE briefed or informed the TARGET',
  STATEMENT: 'the SOURCE made a statement about or to the TARGET',
  CRITICISM: 'the SOURCE criticised, condemned or accused the TARGET',
  THREAT: 'the SOURCE threatened the TARGET',
  SANCTION: 'the SOURCE imposed sanctions or other penalties on the TARGET',
  CONFLICT: 'they fight each other (war, strikes, armed clashes)',
  AGREEMENT: 'they signed or reached an agreement',
  COOPERATION: 'they cooperate (trade, aid, joint projects, ties)',
  SUPPLY: 'the SOURCE supplied the TARGET (weapons, aid, goods)',
};

function typeLines(): string[] {
  return RELATION_TYPES.map((type) => `- ${type} (roles ${rolesOf(type).join(', ')}): ${MEANING[type]}`);
}

export function systemPrompt(): string {
  return [
    'You read one news article and list the relationships between actors that it reports as having happened.',
    `Actors are people, states and organisations (kinds: ${ACTOR_KINDS.join(', ')}). Relation types:`,
    ...typeLines(),
    'Rules:',
    '- Report only what the article states happened: nothing planned, denied, hoped for or hypothetical.',
    '- evidence is one sentence of the article, copied exactly, character for character, that states the event.',
    '- Every participant is an actor of your list, named in the evidence sentence or elsewhere in the article.',
    '- Name each actor by the fullest name the article gives it; never add an actor the article does not name.',
    '- datePhrase is the words of the evidence sentence that date the event ("on Monday", "Feb. 12"), copied',
    '  exactly, or null. Never work out a date yourself.',
    'Answer with JSON that fits the schema given, and nothing else.',
  ].join('\n');
}

/** The user message: the article's text (or one piece of a long one) and its publication date. */
export function userPrompt(text: string, published: PartialDate | null, piece: { index: number; of: number }): string {
  const part = piece.of > 1 ? ` (part ${piece.index + 1} of ${piece.of}; the parts overlap)` : '';
  return [`Published: ${published ?? 'unknown'}`, `Article${part}:`, text].join('\n');
}
