import { eventsOf, eventTable } from './eventTable';

/**
 * A supply told as a noun ("the delivery of", "the supply of", "the allocation of", "the transfer of") that the subject
 * announced, approved, completed or began goes from the subject to the actor after its "to" (triggers.ts,
 * supply-delivery-of-goods; lexicon/force.ts DELIVERY_MADE). Rows after real news phrasings of 2023-2025 (World Arabia,
 * 112 Ukraine, Top Urdu, Babel, Mehr, Pledge Times, Tribune; names and wording shortened).
 */
eventTable('a supply made or decided, told as a noun, goes to the actor after its "to"', [
  [
    'The United States and its allies have announced the delivery of five additional air defense systems to Ukraine.',
    ['SUPPLY SOURCE:united-states TARGET:ukraine @2025-03-04'],
  ],
  [
    'In recent months of his presidency, Biden approved the allocation of over 1 billion dollars in American weapons from US stocks to Ukraine.',
    ['SUPPLY SOURCE:joe-biden TARGET:ukraine @2025-03-04'],
  ],
  [
    'Germany has approved the supply of locally produced Leopard tanks to Ukraine.',
    ['SUPPLY SOURCE:germany TARGET:ukraine @2025-03-04'],
  ],
  [
    'Britain announced the transfer of a new package of military aid to Ukraine.',
    ['SUPPLY SOURCE:united-kingdom TARGET:ukraine @2025-03-04'],
  ],
]);

describe('a supply noun stopped, backed, asked for, of other goods or of another giver supplies nothing', () => {
  const rows: string[] = [
    // Backed or asked for (Pledge Times 2023, Top Urdu 2023).
    'Washington would support the delivery of advanced warplanes, including F-16 fighters, to Ukraine, an official said.',
    'Ukraine had been demanding the supply of Leopard tanks from Germany for several weeks.',
    'Germany will not approve the supply of tanks to Ukraine.',
    // The goods of another giver, named after "from" (Tribune 2023).
    'The US approved the transfer of F-16 fighter jets from Denmark to Ukraine.',
    // No goods: people or troops moved.
    'Turkey announced the transfer of the prisoners to Ukraine on Friday.',
    'Russia announced the transfer of troops to Belarus on Friday.',
  ];
  it.each(rows)('%s', (text) => expect(eventsOf(text)).toEqual([]));
});
