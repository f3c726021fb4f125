import { eventTable } from './eventTable';

/**
 * Public statements one actor makes to or about another (the `statement-` rules of 6-events/triggers.ts, with their
 * words in lexicon/statements.ts): rows retold after wire reports of foreign ministries and leaders, not from the
 * labelled sets. Each mechanism has rows that must fire and rows that must not.
 */

eventTable('statements: support and solidarity voiced for an actor', [
  [
    'Spain reiterated its firm support for Palestine on Tuesday.',
    ['STATEMENT SOURCE:spain TARGET:palestine @2025-03-04'],
  ],
  [
    "Indian Prime Minister Narendra Modi conveyed India's support for Sri Lanka on Monday.",
    ['STATEMENT SOURCE:india TARGET:sri-lanka @2025-03-03'],
  ],
  ['Canada stands in solidarity with the people of Iran.', ['STATEMENT SOURCE:canada TARGET:iran @2025-03-04']],
  // A stance with nobody to stand with, and support that is sent, not voiced.
  ['Germany expressed support for the ceasefire plan.', []],
  ['Japan sent humanitarian support to Ukraine.', []],
]);

eventTable('statements: a move of another approved of (not a visitor welcomed)', [
  [
    'The Kremlin welcomed Hamas’s acceptance of the plan on Saturday.',
    ['STATEMENT SOURCE:russia TARGET:hamas @2025-03-01'],
  ],
  ['Qatar praised the role of Egypt in the talks.', ['STATEMENT SOURCE:qatar TARGET:egypt @2025-03-04']],
  [
    'US National Security Adviser Jake Sullivan welcomed the progress Armenia and Azerbaijan had made.',
    [
      'STATEMENT SOURCE:jake-sullivan TARGET:armenia @2025-03-04',
      'STATEMENT SOURCE:jake-sullivan TARGET:azerbaijan @2025-03-04',
    ],
  ],
  [
    'Hungary welcomed Chinese President Xi Jinping to Budapest on Wednesday.',
    ['MEETING PARTICIPANT:hungary PARTICIPANT:xi-jinping @2025-02-26'],
  ],
]);

eventTable('statements: a request or demand put to an actor', [
  [
    'Turkey appealed to Russia and Ukraine to return to talks.',
    ['STATEMENT SOURCE:turkey TARGET:russia @2025-03-04', 'STATEMENT SOURCE:turkey TARGET:ukraine @2025-03-04'],
  ],
  [
    'German Chancellor Olaf Scholz pressed China to use its influence on Russia.',
    ['STATEMENT SOURCE:olaf-scholz TARGET:china @2025-03-04'],
  ],
  [
    'The United States asked Israel to allow more aid into Gaza on Friday.',
    ['STATEMENT SOURCE:united-states TARGET:israel @2025-02-28'],
  ],
  ['Beijing demanded that Washington stop arming Taiwan.', ['STATEMENT SOURCE:china TARGET:united-states @2025-03-04']],
  [
    'The European Union has asked Serbia and Kosovo to agree on a roadmap.',
    [
      'STATEMENT SOURCE:european-union TARGET:serbia @2025-03-04',
      'STATEMENT SOURCE:european-union TARGET:kosovo @2025-03-04',
    ],
  ],
  // Denied, negated, and asked of someone who is no actor.
  ['Russia denied that it had asked Iran to supply drones.', []],
  ['The minister asked reporters to wait for the statement.', []],
  ['Israel said it had not demanded that Egypt close the crossing.', []],
]);

eventTable('statements: a call for better ties with an actor', [
  [
    'Pakistan’s Prime Minister Shehbaz Sharif called for normal relations with India.',
    ['STATEMENT SOURCE:shehbaz-sharif TARGET:india @2025-03-04'],
  ],
  [
    'Serbian President Aleksandar Vucic called for dialogue with Kosovo on Friday.',
    ['STATEMENT SOURCE:aleksandar-vucic TARGET:kosovo @2025-02-28'],
  ],
  ['Russia called for calm in the region on Monday.', []],
]);

eventTable('statements: passives, questions and stances of others are no statement of the subject', [
  // A passive subject is the one asked or encouraged, not the one who asks.
  ["Kenya was encouraged by Ethiopia's willingness to talk.", []],
  ['Russian President Vladimir Putin was asked by reporters to comment.', []],
  // A question is no request; the "to" of another clause is not what is asked.
  ['Ukrainian President Volodymyr Zelensky asked Putin about the war, to which he replied.', []],
  // Support that is another's, named in a concern: criticism only.
  ["India expressed concern over China's support for Pakistan.", ['CRITICISM SOURCE:india TARGET:china @2025-03-04']],
]);
