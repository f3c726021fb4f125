import { extract, readArticle } from '../../../src/extract';
import type { ArticleInput } from '../../../src/domain/types';
import { groundAnswers, LLM_CONFIDENCE } from '../../../src/llm/ground';
import type { Answer, AnswerEvent } from '../../../src/llm/schema';

const body = [
  'Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Monday.',
  'The two leaders discussed trade and climate finance ahead of the BRICS summit.',
  'Modi also met Zentrix executives in New Delhi on March 3.',
].join(' ');

const article: ArticleInput = {
  id: 'a',
  origin: 'call.txt',
  title: null,
  url: null,
  source: null,
  published: '2025-03-14',
  body,
};

const call: AnswerEvent = {
  type: 'CALL',
  participants: [
    { name: 'Narendra Modi', role: 'PARTICIPANT' },
    { name: 'Lula', role: 'PARTICIPANT' },
  ],
  datePhrase: 'on Monday',
  evidence:
    'Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Monday.',
};

const answer = (events: AnswerEvent[], actors: Answer['actors'] = []): Answer => ({ actors, events });
const ground = (...answers: Answer[]) => groundAnswers(readArticle(article), answers);

describe('a model’s event is grounded in its sentence', () => {
  test('a well-formed event is kept, with the article’s own sentence, our date and our actors', () => {
    const { mentions, dropped, actors } = ground(answer([call]));
    expect(dropped).toEqual([]);
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m).toMatchObject({ type: 'CALL', date: '2025-03-10', confidence: LLM_CONFIDENCE, rule: 'llm' });
    expect(m?.evidence).toEqual({ sentence: call.evidence, start: 0, end: call.evidence.length });
    // The same ids as the rules give the two people: one person, one node, whichever extractor found them.
    const ruleIds = extract(article).actors.map((a) => a.id);
    for (const p of m?.participants ?? []) expect(ruleIds).toContain(p.actorId);
    expect(m?.participants.map((p) => p.role)).toEqual(['PARTICIPANT', 'PARTICIPANT']);
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining(m?.participants.map((p) => p.actorId) ?? []));
  });

  test('the date is our date stage’s reading of the sentence, never a date the model made up', () => {
    const [m] = ground(answer([{ ...call, datePhrase: 'March 12, 2025' }])).mentions;
    expect(m?.date).toBe('2025-03-10');
  });

  test('an evidence sentence that is not in the article drops the event', () => {
    const invented = { ...call, evidence: 'Modi and Lula spoke by phone on Monday about the summit.' };
    expect(ground(answer([invented]))).toMatchObject({ mentions: [], dropped: ['evidence not found'] });
  });

  test('a fragment of a few words is no evidence', () => {
    expect(ground(answer([{ ...call, evidence: 'on Monday.' }])).dropped).toEqual(['evidence not found']);
  });

  test('a participant the article never names drops the event', () => {
    const merkel = {
      ...call,
      participants: [...call.participants, { name: 'Angela Merkel', role: 'PARTICIPANT' as const }],
    };
    const listed = [{ name: 'Angela Merkel', kind: 'PERSON' as const, title: 'Chancellor', affiliation: 'Germany' }];
    expect(ground(answer([merkel], listed))).toMatchObject({ mentions: [], dropped: ['unknown participant'] });
  });

  test('an actor our linking missed counts when the evidence sentence names it and the answer lists its kind', () => {
    const meeting: AnswerEvent = {
      type: 'MEETING',
      participants: [
        { name: 'Modi', role: 'PARTICIPANT' },
        { name: 'Zentrix', role: 'PARTICIPANT' },
      ],
      datePhrase: 'on March 3',
      evidence: 'Modi also met Zentrix executives in New Delhi on March 3.',
    };
    const listed = [{ name: 'Zentrix', kind: 'ORGANIZATION' as const, title: null, affiliation: null }];
    const { mentions, actors } = ground(answer([meeting], listed));
    expect(mentions[0]?.date).toBe('2025-03-03');
    expect(extract(article).actors.map((a) => a.id)).not.toContain('zentrix');
    expect(actors).toContainEqual(expect.objectContaining({ id: 'zentrix', kind: 'ORGANIZATION' }));
    // Unlisted, its kind is unknown: the event is dropped rather than guessed.
    expect(ground(answer([meeting])).dropped).toEqual(['unknown participant']);
  });

  test('roles that do not fit the type drop the event; a symmetric type’s roles are all PARTICIPANT', () => {
    const sanction: AnswerEvent = { ...call, type: 'SANCTION' };
    expect(ground(answer([sanction])).dropped).toEqual(['roles do not fit the type']);
    const directed: AnswerEvent = {
      ...call,
      participants: [
        { name: 'Narendra Modi', role: 'SOURCE' },
        { name: 'Lula', role: 'TARGET' },
      ],
    };
    expect(ground(answer([directed])).mentions[0]?.participants.map((p) => p.role)).toEqual([
      'PARTICIPANT',
      'PARTICIPANT',
    ]);
    const alone: AnswerEvent = { ...call, participants: [{ name: 'Modi', role: 'PARTICIPANT' }] };
    expect(ground(answer([alone])).dropped).toEqual(['roles do not fit the type']);
  });
});
