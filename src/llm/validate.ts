/**
 * Every answer is checked against the schema it was asked for (schema.ts), whether or not the endpoint enforced it,
 * by Ajv (a maintained JSON Schema validator), before anything of it is read.
 */
import Ajv from 'ajv';
import { answerSchema, type Answer } from './schema';

/** Why an answer is refused as a whole (the run's report counts them). */
export type AnswerProblem = 'malformed JSON' | 'schema violation';

export type CheckedAnswer = { ok: true; answer: Answer } | { ok: false; problem: AnswerProblem; detail: string };

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
const isAnswer = ajv.compile<Answer>(answerSchema());

/**
 * The message content of a chat completion as an answer. Some models wrap JSON in a Markdown fence even in JSON mode:
 * a fence around the whole content is taken off, nothing else is repaired.
 */
export function checkAnswer(content: string): CheckedAnswer {
  const trimmed = content.trim();
  const fenced = /^```(?:json)?\n/.exec(trimmed);
  const unfenced = fenced && trimmed.endsWith('```') ? trimmed.slice(fenced[0].length, -3) : trimmed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unfenced);
  } catch (error) {
    return { ok: false, problem: 'malformed JSON', detail: error instanceof Error ? error.message : String(error) };
  }
  if (isAnswer(parsed)) return { ok: true, answer: parsed };
  const [first] = isAnswer.errors ?? [];
  const where = first?.instancePath === '' ? 'the answer' : (first?.instancePath ?? 'the answer');
  return { ok: false, problem: 'schema violation', detail: `${where} ${first?.message ?? 'does not fit the schema'}` };
}
