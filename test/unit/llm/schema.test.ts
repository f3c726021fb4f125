import { ACTOR_KINDS, ONTOLOGY, PARTICIPANT_ROLES, RELATION_TYPES } from '../../../src/domain/ontology';
import { answerSchema, rolesOf, schemaDigest } from '../../../src/llm/schema';
import { checkAnswer } from '../../../src/llm/validate';

/** A path into the generated schema, for reading what it lists. */
function at(schema: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], schema);
}

const good = {
  actors: [
    { name: 'Narendra Modi', kind: 'PERSON', title: 'Prime Minister', affiliation: 'India' },
    { name: 'India', kind: 'STATE', title: null, affiliation: null },
  ],
  events: [
    {
      type: 'CALL',
      participants: [
        { name: 'Narendra Modi', role: 'PARTICIPANT' },
        { name: 'Lula', role: 'PARTICIPANT' },
      ],
      datePhrase: 'on Monday',
      evidence: 'Modi spoke by phone with Lula on Monday.',
    },
  ],
};

describe('the answer schema is generated from the ontology', () => {
  const schema = answerSchema();
  const event = at(schema, 'properties', 'events', 'items', 'properties');
  const actor = at(schema, 'properties', 'actors', 'items', 'properties');

  test('its relation types, roles and actor kinds are the ontology’s lists, in their order', () => {
    expect(at(event, 'type', 'enum')).toEqual([...RELATION_TYPES]);
    expect(at(event, 'participants', 'items', 'properties', 'role', 'enum')).toEqual([...PARTICIPANT_ROLES]);
    expect(at(actor, 'kind', 'enum')).toEqual([...ACTOR_KINDS]);
  });

  test('every object lists all its properties as required and allows no others (strict structured output)', () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'object') objects.push(o);
      for (const value of Object.values(o)) walk(value);
    };
    walk(schema);
    expect(objects).toHaveLength(4);
    for (const o of objects) {
      expect(o.additionalProperties).toBe(false);
      expect(o.required).toEqual(Object.keys(o.properties as object));
    }
  });

  test('the roles of a type follow its direction: symmetric PARTICIPANT, mediation MEDIATOR and PARTY', () => {
    for (const type of RELATION_TYPES) {
      const roles = rolesOf(type);
      if (ONTOLOGY[type].symmetric) expect(roles).toEqual(['PARTICIPANT']);
      else if (type === 'MEDIATION') expect(roles).toEqual(['MEDIATOR', 'PARTY']);
      else expect(roles).toEqual(['SOURCE', 'TARGET']);
    }
  });

  test('its digest is stable for one ontology', () => {
    expect(schemaDigest()).toBe(schemaDigest());
    expect(schemaDigest()).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('every answer is validated', () => {
  test('a well-formed answer passes, fenced in Markdown or not', () => {
    expect(checkAnswer(JSON.stringify(good))).toEqual({ ok: true, answer: good });
    expect(checkAnswer(`\`\`\`json\n${JSON.stringify(good)}\n\`\`\``)).toEqual({ ok: true, answer: good });
  });

  test('text that is not JSON is malformed JSON', () => {
    expect(checkAnswer('{"actors": [')).toMatchObject({ ok: false, problem: 'malformed JSON' });
    expect(checkAnswer('Sure! Here are the events:')).toMatchObject({ ok: false, problem: 'malformed JSON' });
  });

  test.each([
    ['an unknown relation type', { ...good, events: [{ ...good.events[0], type: 'FRIENDSHIP' }] }, /events\/0\/type/],
    ['a missing evidence', { ...good, events: [{ ...good.events[0], evidence: undefined }] }, /evidence/],
    ['a property not in the schema', { ...good, summary: 'two calls' }, /additional properties/],
    ['an unknown actor kind', { ...good, actors: [{ ...good.actors[0], kind: 'CITY' }] }, /actors\/0\/kind/],
    [
      'a role that is no role',
      { ...good, events: [{ ...good.events[0], participants: [{ name: 'X', role: 'HOST' }] }] },
      /role/,
    ],
    ['events that are not a list', { ...good, events: {} }, /events/],
  ])('%s is a schema violation, named by where it is', (_, answer, where) => {
    const checked = checkAnswer(JSON.stringify(answer));
    expect(checked).toMatchObject({ ok: false, problem: 'schema violation' });
    expect(checked.ok ? '' : checked.detail).toMatch(where);
  });
});
