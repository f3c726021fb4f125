import { extract } from '../../../src/extract';
import { SHARED_STATE_WORDS } from '../../../src/extract/countries';
import { articleOf } from './articleOf';

/**
 * A word two states share ("Congolese" of DR Congo and of the Republic of the Congo; "Dominican"; the bare name
 * "Congo", which AP style gives the DR Congo) before a known person's title is the state that person holds office in.
 * Rows retold after reports of Denis Sassou Nguesso's visits to Moscow (2024) and Oyo talks (2023-2026) and of Felix
 * Tshisekedi's diplomacy, wording changed. A person the gazetteer does not know keeps the first reading.
 */
describe('shared state words: the known person chooses the state', () => {
  const rows: [string, string, string][] = [
    [
      'Congolese President Denis Sassou Nguesso arrived in Moscow on Tuesday for talks with Russian President Vladimir Putin.',
      'denis-sassou-nguesso',
      'Republic of the Congo',
    ],
    [
      'Angolan President Joao Lourenco paid a courtesy call on Congo President Denis Sassou Nguesso in Brazzaville.',
      'denis-sassou-nguesso',
      'Republic of the Congo',
    ],
    // (Still the DR Congo's for its own president, and for the other state's written names.)
    [
      'Congolese President Felix Tshisekedi met Rwandan President Paul Kagame in Doha on Tuesday.',
      'felix-tshisekedi',
      'DR Congo',
    ],
    [
      'US Assistant Secretary of State Molly Phee met Congo-Brazzaville President Denis Sassou Nguesso in New York.',
      'denis-sassou-nguesso',
      'Republic of the Congo',
    ],
  ];
  it.each(rows)('%s', (text, id, state) => {
    const graph = extract(articleOf(text, '2024-06-12'));
    const person = graph.actors.find((a) => a.id === id);
    const stateActor = graph.actors.find((a) => a.name === state);
    expect({ affiliation: person?.affiliation, state: stateActor?.kind }).toEqual({
      affiliation: stateActor?.id,
      state: 'STATE',
    });
  });

  it('drafts no state of the other reading', () => {
    const graph = extract(
      articleOf(
        'Congolese President Denis Sassou Nguesso met Russian President Vladimir Putin on Tuesday.',
        '2024-06-12',
      ),
    );
    expect(graph.actors.map((a) => a.name)).not.toContain('DR Congo');
  });

  it('lists the words states share, and no word only one state uses', () => {
    expect(SHARED_STATE_WORDS.get('congolese')).toEqual(expect.arrayContaining(['DR Congo', 'Republic of the Congo']));
    expect(SHARED_STATE_WORDS.get('congo')).toEqual(expect.arrayContaining(['DR Congo', 'Republic of the Congo']));
    expect(SHARED_STATE_WORDS.has('dominican')).toBe(true);
    expect(SHARED_STATE_WORDS.has('russian')).toBe(false);
    expect(SHARED_STATE_WORDS.has('congo brazzaville')).toBe(false);
  });
});
