import type { RelationType } from '../../../src/domain/ontology';
import type { ArticleInput, ExtractedEvent } from '../../../src/domain/types';
import { extract } from '../../../src/extract';
import { TRIGGERS, type RuleExample, type TriggerRule } from '../../../src/extract/6-events/triggers';
import { articleOf } from './articleOf';

/**
 * The rule table's own test: every trigger rule is named once, and each of its examples, walked through the whole
 * extractor, yields an event recorded with the rule's id, while none of its counterexamples does. Add a rule with its
 * examples and this test checks them; no row to write here.
 */

/** The events of one text, as the extractor finds them in an article of that text alone. */
function eventsOf(body: string): ExtractedEvent[] {
  const article: ArticleInput = articleOf(body, '2025-03-04');
  return extract(article).events;
}

/** The rules an event records, without the suffix of an event another implies ("agreement-signed-deal+implied"). */
const rulesOf = (e: ExtractedEvent): string[] =>
  (e.rules ?? (e.rule === undefined ? [] : [e.rule])).map((r) => r.replace(/\+.*$/, ''));

/** An example's text, the type of event it must yield, and the actors of that event if the example names them. */
const exampleOf = (
  rule: TriggerRule,
  x: RuleExample,
): { text: string; type: RelationType; participants: readonly string[] | null } =>
  typeof x === 'string'
    ? { text: x, type: rule.type, participants: null }
    : { text: x.text, type: x.type ?? rule.type, participants: x.participants ?? null };

/** How an event reads in a failure message: "MEETING vladimir-putin,xi-jinping [meeting-met-verb]". */
const shown = (e: ExtractedEvent): string =>
  `${e.type} ${e.participants.map((p) => p.actorId).join(',')} [${rulesOf(e).join(',')}]`;

describe('the trigger rule table', () => {
  it('names every rule once, in kebab-case', () => {
    const ids = TRIGGERS.map((r) => r.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z]+(?:-[a-z]+)+$/.test(id))).toEqual([]);
  });

  it('gives every rule an example', () => {
    expect(TRIGGERS.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
  });
});

const examples = TRIGGERS.flatMap((rule) =>
  rule.examples.map((x) => {
    const { text, type, participants } = exampleOf(rule, x);
    return [rule.id, type, text, participants] as const;
  }),
);

describe('each example fires its rule', () => {
  it.each(examples)('%s (%s): %s', (id, type, text, participants) => {
    const events = eventsOf(text);
    const actors = (e: ExtractedEvent) => e.participants.map((p) => p.actorId);
    const fired = events.some(
      (e) =>
        e.type === type &&
        rulesOf(e).includes(id) &&
        (participants === null || actors(e).join(' ') === participants.join(' ')),
    );
    // (On a failure, the events the text did yield say which rule took the sentence instead.)
    expect({ fired, events: events.map(shown) }).toMatchObject({ fired: true });
  });
});

const counterexamples = TRIGGERS.flatMap((rule) =>
  (rule.counterexamples ?? []).map((text) => [rule.id, text] as const),
);

describe('no counterexample fires its rule', () => {
  it.each(counterexamples)('%s: %s', (id, text) => {
    expect(
      eventsOf(text)
        .filter((e) => rulesOf(e).includes(id))
        .map(shown),
    ).toEqual([]);
  });
});
